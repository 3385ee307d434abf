//! What Ofsted's inspection reports share (2009-2026): a title block with the
//! council, the dates and the inspectors; judgement tables whose labels and
//! grades wrap over lines; lists of what needs to improve. Every kind of report
//! reads these through the functions here, so that each rule exists once.
//!
//! A judgement table is read from its lines joined into one string, so that a
//! label or grade broken over two or three lines ("Requires / improvement to be /
//! good") reads whole. Only the table is read: grades quoted in the narrative (an
//! earlier inspection, another council) are never taken.

use super::Draft;
use super::doc::{Class, Doc};
use super::scan::{CleanLine, date_span, first_date, first_visit_span, loose};
use crate::council::Registry;
use crate::grade::level_from_word;
use crate::model::*;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// Lines joined with single spaces, remembering which line each piece came from.
pub struct Flat<'a, 'b> {
    pub text: String,
    starts: Vec<(usize, &'a CleanLine<'b>)>,
}

impl<'a, 'b> Flat<'a, 'b> {
    pub fn new(lines: impl IntoIterator<Item = &'a CleanLine<'b>>) -> Flat<'a, 'b> {
        let mut text = String::new();
        let mut starts = Vec::new();
        for l in lines {
            if l.text.is_empty() {
                continue;
            }
            if !text.is_empty() {
                text.push(' ');
            }
            starts.push((text.len(), l));
            text.push_str(&l.text);
        }
        Flat { text, starts }
    }

    /// The line a byte offset of the joined text came from.
    pub fn line_at(&self, offset: usize) -> Option<&'a CleanLine<'b>> {
        let i = self.starts.partition_point(|(s, _)| *s <= offset);
        i.checked_sub(1).map(|i| self.starts[i].1)
    }

    /// A source spanning the lines from `start` to `end` (byte offsets).
    pub fn source(&self, start: usize, end: usize) -> Source {
        let first = self.line_at(start);
        let line = first.map_or(0, |l| l.no);
        let page = first.and_then(|l| l.page);
        let text = self.text.get(start..end).unwrap_or("").trim().to_string();
        super::scan::source_of(line, page, &text)
    }
}

/// A grade as the SIF and ILACS tables print it, at the start of `s` (after an
/// optional footnote number or full stop stuck to the label). Returns (printed
/// grade, level, bytes used). "Not judged" reads with no level.
pub fn grade_at(s: &str) -> Option<(String, Option<Level>, usize)> {
    static G: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^[\s:.\d]*?\b(outstanding|good|requires? improvement(?: to be good)?|inadequate|not judged|adequate)\b")
            .unwrap()
    });
    let c = G.captures(s)?;
    let m = c.get(1)?;
    let raw = m.as_str().to_string();
    let level = level_from_word(&raw);
    Some((raw, level, m.end()))
}

/// A grade printed on the line above its label, its end perhaps below it
/// ("Requires improvement to" / label / "be good"): `before` is all that stands
/// between the previous row and the label, `after` what follows the label.
/// Returns the grade and how many bytes of `after` complete it.
fn grade_around(before: &str, after: &str) -> Option<(String, Option<Level>, usize)> {
    // The row's number ("3.", "2.1") stands between the grade and the label.
    let before = before
        .trim()
        .trim_end_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ');
    if before.is_empty() || before.len() > 40 {
        return None;
    }
    let tail = after.trim_start();
    let skipped = after.len() - tail.len();
    for ending in [
        "to be good",
        "be good",
        "improvement to be good",
        "improvement",
        "",
    ] {
        if !tail.starts_with(ending) {
            continue;
        }
        let joined = format!("{before} {ending}");
        if let Some((raw, level, used)) = grade_at(&joined) {
            // The grade must be the whole of what stands above the label.
            if used >= joined.trim_end().len() {
                let used_after = if ending.is_empty() {
                    0
                } else {
                    skipped + ending.len()
                };
                return Some((raw, level, used_after));
            }
        }
    }
    None
}

/// Compiles a framework's table labels: (pattern, area).
pub fn labels(list: &[(&str, Area)]) -> Vec<(Regex, Area)> {
    list.iter()
        .map(|(p, a)| (Regex::new(&format!("(?i){p}")).expect("label pattern"), *a))
        .collect()
}

/// Reads a judgement table: for each label, its first appearance with a grade
/// right after it (or, failing that, on the line above it), so that a sentence
/// that repeats a label ("children in care and care leavers have declined") is
/// never taken for its row. A label found with no grade is reported, not guessed.
pub fn read_table(
    flat: &Flat,
    labels: &[(Regex, Area)],
    year: Option<i32>,
    d: &mut Draft,
) -> Vec<Judgement> {
    // Every appearance of every label, in order.
    let mut all: Vec<(usize, usize, Area)> = labels
        .iter()
        .flat_map(|(re, area)| {
            re.find_iter(&flat.text)
                .map(move |m| (m.start(), m.end(), *area))
        })
        .collect();
    all.sort_by_key(|f| (f.0, std::cmp::Reverse(f.1)));
    // A label inside a longer one at the same place ("children in care" in
    // "children in care and care leavers") is not a label of its own.
    all.dedup_by(|b, a| b.0 < a.1 && b.2 != a.2 && b.1 <= a.1);
    let mut out: Vec<Judgement> = Vec::new();
    let mut unread: Vec<(usize, usize, Area)> = Vec::new();
    let mut prev_end = 0;
    for (i, &(start, end, area)) in all.iter().enumerate() {
        if out.iter().any(|j| j.area == area) {
            continue;
        }
        let next = all.get(i + 1).map_or(flat.text.len(), |f| f.0.max(end));
        let after = &flat.text[end..next];
        let before = flat.text.get(prev_end..start).unwrap_or("");
        let grade = grade_at(after)
            .map(|(raw, level, used)| (raw, level, end + used))
            .or_else(|| {
                grade_around(before, after).map(|(raw, level, used)| (raw, level, end + used))
            });
        match grade {
            Some((raw, level, grade_end)) => {
                let from = if grade_at(after).is_some() {
                    start
                } else {
                    prev_end.max(start - before.len())
                };
                out.push(Judgement {
                    scope: Scope::None,
                    area,
                    label: flat.text[start..end].to_string(),
                    year,
                    grade: Grade::new(raw, level),
                    source: flat.source(from, grade_end),
                });
                prev_end = grade_end;
            }
            None => unread.push((start, end, area)),
        }
    }
    for (start, end, area) in unread {
        if out.iter().any(|j| j.area == area) {
            continue;
        }
        let label = &flat.text[start..end];
        d.warn(
            flat.line_at(start).map(|l| l.no),
            DiagnosticCode::GradeUnreadable,
            format!("no grade could be read after '{label}'"),
        );
    }
    out.sort_by_key(|j| j.source.line);
    out
}

/// Where the title stands in the title block: from the line `start` (an index
/// into the title block's lines) up to the first line of dates, people or table.
pub fn title_range(doc: &Doc, start: usize) -> Range<usize> {
    let keys = doc.title.keys();
    let end = (start + 1..keys.len())
        .find(|&i| {
            let k = &keys[i];
            k.starts_with("inspection date")
                || k.starts_with("report published")
                || k.starts_with("published")
                || k.starts_with("lead inspector")
                || k.starts_with("reporting inspector")
                || k.starts_with("judgement grade")
                || k.starts_with("age group")
                || k.starts_with("date of previous")
        })
        .unwrap_or(keys.len().min(start + 6));
    start..end
}

/// The title's text as printed, its lines joined, page numbers and footnote
/// marks left out.
pub fn title_text(doc: &Doc, range: Range<usize>) -> String {
    range
        .map(|i| doc.lines[doc.title.lines[i]].text.as_ref())
        .filter(|t| !t.chars().all(|c| c.is_ascii_digit() || c.is_whitespace()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The council of an inspection report, kept as printed: the name the title
/// gives (`in_title`), else a "Local authority:" label, else the lines above the
/// title, else a line under it that is a council's name, else the council the
/// registry finds in the title block.
pub fn read_council(doc: &Doc, title: Range<usize>, in_title: Option<&str>, d: &mut Draft) {
    let registry = Registry::get();
    let generic = |name: &str| {
        loose(name).split(' ').all(|w| {
            matches!(
                w,
                "local" | "authority" | "children" | "s" | "social" | "care" | "services" | "the"
            )
        })
    };
    let line = |i: usize| &doc.lines[doc.title.lines[i]];
    let label = doc
        .title_lines()
        .find_map(|l| local_authority_label(&l.text));
    let above: Vec<&str> = (0..title.start)
        .map(|i| line(i).text.as_ref())
        .filter(|t| !t.chars().all(|c| c.is_ascii_digit() || c.is_whitespace()))
        .filter(|t| {
            !matches!(
                loose(t).as_str(),
                "ofsted" | "local area partnership report"
            )
        })
        .collect();
    let below = title
        .clone()
        .skip(1)
        .map(line)
        .find(|l| registry.resolve(&l.text).is_ok())
        .map(|l| l.text.to_string());
    let name = in_title
        .map(str::trim)
        .filter(|n| !n.is_empty() && !generic(n))
        .map(str::to_string)
        .or(label)
        .or_else(|| (!above.is_empty() && above.len() <= 3).then(|| above.join(" ")))
        .or(below)
        .or_else(|| council_by_registry(doc.title_lines(), |_| true).map(|(_, e)| e.name.clone()));
    d.council = name.map(|n| n.trim_end_matches([',', ':']).trim().to_string());
}

/// The first of `lines` (at most 120 characters, and `wanted`) in which the
/// registry finds a council by name, and that council.
pub fn council_by_registry<'l, 'a: 'l>(
    lines: impl Iterator<Item = &'l CleanLine<'a>>,
    wanted: impl Fn(&CleanLine) -> bool,
) -> Option<(&'l CleanLine<'a>, &'static crate::council::CouncilEntry)> {
    let registry = Registry::get();
    lines
        .filter(|l| l.text.len() <= 120 && wanted(l))
        .find_map(|l| Some((l, registry.find_in(&l.text)?)))
}

/// The facts of a report's title block: its title (the title-block lines from
/// `start`, see [`title_range`]), its council (the one the title names, as
/// `named` reads it, else as [`read_council`] finds it), the inspection's dates
/// and the year they give.
pub fn read_heading(
    doc: &Doc,
    start: usize,
    named: impl Fn(&str) -> Option<String>,
    d: &mut Draft,
) {
    let range = title_range(doc, start);
    let printed = title_text(doc, range.clone());
    read_council(doc, range, named(&printed).as_deref(), d);
    d.title = Some(printed);
    read_dates(doc, d);
    inspection_year(d);
}

/// The name after a "Local authority:" label ("LOCAL AUTHORITY Bromley").
pub fn local_authority_label(text: &str) -> Option<String> {
    const LABEL: &str = "local authority";
    let head = text.get(..LABEL.len())?;
    let rest = &text[LABEL.len()..];
    if !head.eq_ignore_ascii_case(LABEL) || rest.starts_with(char::is_alphanumeric) {
        return None;
    }
    let name = rest.trim_start_matches([':', ' ']).trim();
    (!name.is_empty() && name.len() <= 80).then(|| name.to_string())
}

/// The dates of the title block: "Inspection date(s): ..." (a range that may
/// wrap onto the next line; split visits), "Report published: ..." or
/// "Published: ...".
pub fn read_dates(doc: &Doc, d: &mut Draft) {
    let lines: Vec<&CleanLine> = doc.title_lines().collect();
    for l in &lines {
        let k = l.key();
        if k.starts_with("report published") || k.starts_with("published") {
            d.dates.published = first_date(&l.text);
        }
    }
    let Some(i) = lines
        .iter()
        .position(|l| l.key().starts_with("inspection date"))
    else {
        d.warn(
            None,
            DiagnosticCode::DatesNotFound,
            "no inspection dates are printed",
        );
        return;
    };
    let l = lines[i];
    let mut text = l.text.to_string();
    // "28 – 30" / "January 2014": a range broken over lines.
    static YEAR_END: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b\d{4}\s*$").unwrap());
    let t = text.trim_end();
    let dangling = !YEAR_END.is_match(t)
        && (t.ends_with(|c: char| c.is_ascii_digit() || c == '–' || c == '-')
            || t.ends_with(" and")
            || t.ends_with(" to"));
    if dangling {
        if let Some(next) = lines.get(i + 1) {
            text = format!("{text} {}", next.text);
        }
    }
    match date_span(&text) {
        Some((a, b)) => {
            d.dates.inspection_start = Some(a);
            d.dates.inspection_end = Some(b);
            d.first_visit = first_visit_span(&text);
        }
        None => d.warn(
            Some(l.no),
            DiagnosticCode::DateUnreadable,
            format!("the inspection dates could not be read from '{}'", l.text),
        ),
    }
}

/// Inspectors anywhere in the report: "Lead inspector: Claire Beckingham, His
/// Majesty's Inspector", "Lead inspector on site: Pietro Battista", "Deputy lead
/// inspector: ...", "Reporting inspector Helen Cawston HMI". Names only, without
/// their titles.
pub fn read_people(doc: &Doc, d: &mut Draft) {
    static LEAD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(deputy lead|lead|reporting) inspectors?(?: on site)?\s*(?::\s*|\s)(.*)$")
            .unwrap()
    });
    for (i, l) in doc.lines.iter().enumerate() {
        if !l.text.contains("nspector") || matches!(doc.class[i], Class::Blank) {
            continue;
        }
        let Some(c) = LEAD.captures(&l.text) else {
            continue;
        };
        let role = match c[1].to_lowercase().as_str() {
            "deputy lead" => Role::DeputyLeadInspector,
            "reporting" => Role::ReportingInspector,
            _ => Role::LeadInspector,
        };
        let mut names = c[2].trim().to_string();
        if names.is_empty() {
            // The name on the next line with text.
            names = doc
                .content(i + 1..(i + 4).min(doc.lines.len()))
                .next()
                .map(|n| n.text.to_string())
                .unwrap_or_default();
        }
        for name in names.split(" and ") {
            let name = clean_name(name);
            let words = name.split_whitespace().count();
            let looks_like_name = (1..=5).contains(&words)
                && name
                    .split_whitespace()
                    .all(|w| w.starts_with(|c: char| c.is_uppercase()));
            if !looks_like_name || d.people.iter().any(|p| p.name == name && p.role == role) {
                continue;
            }
            d.people.push(Person {
                name,
                role,
                post: None,
            });
        }
    }
}

fn clean_name(s: &str) -> String {
    let s = s.split(',').next().unwrap_or("").trim();
    let mut words: Vec<&str> = s.split_whitespace().collect();
    while let Some(last) = words.last() {
        let l = last.to_lowercase();
        if matches!(l.as_str(), "hmi" | "senior" | "ofsted" | "inspector") || l.contains("majesty")
        {
            words.pop();
        } else {
            break;
        }
    }
    words.join(" ")
}

/// A report's or letter's year is the year its inspection or visit ended;
/// failing dates, the year it was published or the letter was dated, with a
/// diagnostic. The PDF's creation date is never used.
pub fn inspection_year(d: &mut Draft) {
    if let Some(e) = d.dates.inspection_end {
        d.year = Some(e.year);
    } else if let Some(p) = d.dates.published.or(d.dates.letter) {
        d.year = Some(p.year);
        d.warn(
            None,
            DiagnosticCode::YearInferred,
            "no inspection or visit dates could be read; the year is the year of publication or of the letter",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grades_at_the_start() {
        assert_eq!(
            grade_at("  Requires improvement to be good 2.1").map(|g| g.1),
            Some(Some(Level::Adequate))
        );
        assert_eq!(grade_at("1 Good").map(|g| g.0), Some("Good".to_string()));
        assert_eq!(grade_at(" Not judged").map(|g| g.1), Some(None));
        assert_eq!(grade_at(" The experiences"), None);
    }

    #[test]
    fn names_without_titles() {
        assert_eq!(
            clean_name("Claire Beckingham, His Majesty's Inspector"),
            "Claire Beckingham"
        );
        assert_eq!(clean_name("Gary Lamb HMI"), "Gary Lamb");
        assert_eq!(clean_name("John Mitchell, Senior HMI"), "John Mitchell");
        assert_eq!(clean_name("  Louise Warren "), "Louise Warren");
    }
}

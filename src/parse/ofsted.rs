//! What the SIF (2013-2018) and ILACS (2018-2026) reports share: a first page
//! with the council, the dates and a judgement table whose labels and grades wrap
//! over lines; a lead inspector; lists of what needs to improve.
//!
//! The judgement table is read from the first page's text joined into one string,
//! so that a label or grade broken over two or three lines ("Requires /
//! improvement to be / good") reads whole. Only the table is read: grades quoted
//! in the narrative (an earlier inspection, another council) are never taken.

use super::Draft;
use super::scan::{CleanLine, date_span, first_date, loose, strip_bullet};
use crate::grade::level_from_word;
use crate::model::*;
use regex::Regex;
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
/// optional footnote number stuck to the label). Returns (printed grade, level,
/// bytes used). "Not judged" reads with no level.
pub fn grade_at(s: &str) -> Option<(String, Option<Level>, usize)> {
    static G: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^[\s:\d]*?\b(outstanding|good|requires? improvement(?: to be good)?|inadequate|not judged|adequate)\b")
            .unwrap()
    });
    let c = G.captures(s)?;
    let m = c.get(1)?;
    let raw = m.as_str().to_string();
    let level = level_from_word(&raw);
    Some((raw, level, m.end()))
}

/// Compiles a framework's table labels: (pattern, area).
pub fn labels(list: &[(&str, Area)]) -> Vec<(Regex, Area)> {
    list.iter()
        .map(|(p, a)| (Regex::new(&format!("(?i){p}")).expect("label pattern"), *a))
        .collect()
}

/// Reads a judgement table: each label's first appearance in `flat`, and the grade
/// that follows it. A label whose grade cannot be read is reported, not guessed.
pub fn read_table(
    flat: &Flat,
    labels: &[(Regex, Area)],
    year: Option<i32>,
    d: &mut Draft,
) -> Vec<Judgement> {
    let mut found: Vec<(usize, usize, Area)> = Vec::new();
    for (re, area) in labels {
        if let Some(m) = re.find(&flat.text) {
            found.push((m.start(), m.end(), *area));
        }
    }
    found.sort_by_key(|f| f.0);
    let mut out = Vec::new();
    for (i, &(start, end, area)) in found.iter().enumerate() {
        let next = found.get(i + 1).map_or(flat.text.len(), |f| f.0);
        let between = &flat.text[end..next.max(end)];
        let printed_label = flat.text[start..end].to_string();
        match grade_at(between) {
            Some((raw, level, used)) => out.push(Judgement {
                scope: Scope::None,
                area,
                label: printed_label,
                year,
                grade: Grade::new(raw, level),
                source: flat.source(start, end + used),
            }),
            None => {
                let line = flat.line_at(start).map(|l| l.no);
                d.warn(
                    line,
                    format!("no grade could be read after '{printed_label}'"),
                );
            }
        }
    }
    out
}

/// The council printed above a report's title: the lines before it, without
/// page numbers ("St. Helens Metropolitan Borough" / "Council").
pub fn name_above(opening: &[&CleanLine], title_at: usize) -> Option<String> {
    let name: Vec<&str> = opening[..title_at]
        .iter()
        .map(|l| l.text.as_ref())
        .filter(|t| !t.chars().all(|c| c.is_ascii_digit() || c.is_whitespace()))
        .collect();
    (!name.is_empty()).then(|| name.join(" "))
}

/// "Inspection date(s): ..." with a date range that may wrap onto the next line.
pub fn read_inspection_dates(lines: &[CleanLine], d: &mut Draft) {
    let texts: Vec<&CleanLine> = super::scan::opening(lines, 80).collect();
    for (i, l) in texts.iter().enumerate() {
        let t = l.key();
        if !t.starts_with("inspection date") {
            continue;
        }
        let mut text = l.text.to_string();
        // "28 – 30" / "January 2014": a range broken over lines.
        static YEAR_END: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b\d{4}\s*$").unwrap());
        let t = text.trim_end();
        let dangling = !YEAR_END.is_match(t)
            && (t.ends_with(|c: char| c.is_ascii_digit() || c == '–' || c == '-')
                || t.ends_with(" and")
                || t.ends_with(" to"));
        if dangling {
            if let Some(next) = texts.get(i + 1) {
                text = format!("{text} {}", next.text);
            }
        }
        match date_span(&text) {
            Some((a, b)) => {
                d.dates.inspection_start = Some(a);
                d.dates.inspection_end = Some(b);
            }
            None => d.warn(
                Some(l.no),
                format!("the inspection dates could not be read from '{}'", l.text),
            ),
        }
        return;
    }
    d.warn(None, "no inspection dates are printed");
}

/// "Report published: 27 June 2016".
pub fn read_published(lines: &[CleanLine], d: &mut Draft) {
    d.dates.published = lines
        .iter()
        .take(120)
        .find(|l| l.key().starts_with("report published"))
        .and_then(|l| first_date(&l.text));
}

/// "Lead inspector: Claire Beckingham, His Majesty's Inspector", "Lead inspector:
/// Gary Lamb HMI"; deputies too. Names only, without their titles.
pub fn read_inspectors(lines: &[CleanLine], d: &mut Draft) {
    static LEAD: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)^(deputy lead|lead) inspectors?\s*:\s*(.+)$").unwrap());
    for l in lines {
        if !l.text.contains("nspector") {
            continue;
        }
        let Some(c) = LEAD.captures(&l.text) else {
            continue;
        };
        let role = if c[1].to_lowercase().starts_with("deputy") {
            "deputy lead inspector"
        } else {
            "lead inspector"
        };
        for name in c[2].split(" and ") {
            let name = clean_name(name);
            if name.is_empty() || d.people.iter().any(|p| p.name == name && p.role == role) {
                continue;
            }
            d.people.push(Person {
                name,
                role: role.to_string(),
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

/// The first year of: the publication date, the PDF's creation date, the end of
/// the inspection. Says which when it is not the publication.
pub fn report_year(d: &mut Draft, pdf_created: Option<Date>) {
    if let Some(p) = d.dates.published {
        d.year = Some(p.year);
    } else if let Some(c) = pdf_created.filter(|c| d.dates.inspection_start.is_none_or(|s| *c >= s))
    {
        d.year = Some(c.year);
        d.warn(
            None,
            format!("no publication date is printed; the report's year is taken from the PDF's creation date ({c})"),
        );
    } else if let Some(e) = d.dates.inspection_end {
        d.year = Some(e.year);
        d.warn(
            None,
            "no publication date is printed; the report's year is the year the inspection ended",
        );
    }
}

/// Headings of lists of what needs to improve, and the kind of list each is.
fn list_heading(text: &str) -> Option<&'static str> {
    let t = loose(text);
    match t.as_str() {
        "what needs to improve" => Some("What needs to improve"),
        "areas for priority action" => Some("Areas for priority action"),
        "priority and immediate action" | "immediate action" => {
            Some("Priority and immediate action")
        }
        "areas for improvement" => Some("Areas for improvement"),
        "recommendations" => Some("Recommendations"),
        _ => None,
    }
}

/// A line that is only a page number, or a running header ending in one.
fn is_page_furniture(text: &str) -> bool {
    text.chars()
        .all(|c| c.is_ascii_digit() || c.is_whitespace())
        || is_contents_entry(text)
}

/// A short title line inside a list: no sentence, no final full stop.
fn is_subheading(text: &str) -> bool {
    let t = text.trim();
    t.len() < 80
        && !t.ends_with('.')
        && !t.ends_with(',')
        && t.starts_with(|c: char| c.is_uppercase())
}

/// The text of the item the next line with text starts, if it starts one.
fn next_item<'a>(lines: &'a [CleanLine<'_>]) -> Option<&'a str> {
    let l = lines.iter().find(|l| !l.text.is_empty())?;
    if let Some(b) = strip_bullet(&l.text) {
        return Some(b);
    }
    let (n, rest) = l.text.split_once(". ")?;
    (n.len() <= 3 && n.chars().all(|c| c.is_ascii_digit())).then_some(rest.trim_start())
}

/// Recommendations are written as actions ("Ensure that ...", "The LSCB should
/// ..."); the numbered paragraphs of the findings that follow them are not. A
/// group title inside a list of recommendations is taken as such only when an
/// action follows it.
fn reads_as_action(item: &str) -> bool {
    const VERBS: &[&str] = &[
        "accelerate",
        "act",
        "address",
        "adopt",
        "agree",
        "align",
        "analyse",
        "apply",
        "arrange",
        "assess",
        "assure",
        "audit",
        "better",
        "bring",
        "build",
        "carry",
        "challenge",
        "change",
        "check",
        "clarify",
        "close",
        "collate",
        "collect",
        "commission",
        "communicate",
        "compile",
        "complete",
        "conduct",
        "confirm",
        "consider",
        "consistently",
        "consolidate",
        "continue",
        "co-ordinate",
        "coordinate",
        "create",
        "define",
        "deliver",
        "demonstrate",
        "design",
        "determine",
        "develop",
        "drive",
        "embed",
        "enable",
        "encourage",
        "engage",
        "enhance",
        "ensure",
        "escalate",
        "establish",
        "evaluate",
        "examine",
        "expand",
        "extend",
        "finalise",
        "focus",
        "formalise",
        "fully",
        "further",
        "gain",
        "gather",
        "give",
        "help",
        "hold",
        "identify",
        "implement",
        "improve",
        "include",
        "increase",
        "inform",
        "integrate",
        "introduce",
        "invest",
        "involve",
        "keep",
        "lead",
        "learn",
        "listen",
        "maintain",
        "make",
        "manage",
        "measure",
        "meet",
        "monitor",
        "move",
        "obtain",
        "offer",
        "oversee",
        "place",
        "plan",
        "prepare",
        "prioritise",
        "produce",
        "promote",
        "promptly",
        "protect",
        "provide",
        "publish",
        "put",
        "raise",
        "re-establish",
        "record",
        "recruit",
        "reduce",
        "refresh",
        "reinforce",
        "report",
        "require",
        "resolve",
        "respond",
        "restructure",
        "retain",
        "review",
        "revise",
        "rigorously",
        "safeguard",
        "scrutinise",
        "secure",
        "seek",
        "set",
        "share",
        "simplify",
        "speed",
        "stop",
        "strengthen",
        "streamline",
        "support",
        "sustain",
        "swiftly",
        "tackle",
        "take",
        "target",
        "test",
        "track",
        "train",
        "understand",
        "undertake",
        "update",
        "urgently",
        "use",
        "visit",
        "widen",
        "work",
    ];
    let first = item.split_whitespace().next().unwrap_or("").to_lowercase();
    VERBS.contains(&first.trim_matches(|c: char| !c.is_alphabetic() && c != '-'))
        || item.contains(" should ")
}

/// A contents entry: a title and a page number.
pub fn is_contents_entry(text: &str) -> bool {
    static ENTRY: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\S\s+\d{1,3}$").unwrap());
    ENTRY.is_match(text.trim_end()) && text.len() < 90
}

/// Reads every list of what needs to improve as areas for improvement. `lscb_from`
/// is the line number where the LSCB review starts, if the report has one: lists
/// after it are filed under the LSCB.
pub fn read_improvements(lines: &[CleanLine], lscb_from: Option<usize>, d: &mut Draft) {
    static NUMBERED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(\d{1,3})\.\s+(.*)$").unwrap());
    let mut i = 0;
    while i < lines.len() {
        let Some(heading) = list_heading(&lines[i].text) else {
            i += 1;
            continue;
        };
        let area = lscb_from
            .filter(|&from| lines[i].no >= from)
            .map(|_| Area::Lscb);
        i += 1;
        let mut items: Vec<(String, Source)> = Vec::new();
        let mut numbered = false;
        let mut after_blank = false;
        while i < lines.len() {
            let l = &lines[i];
            if l.text.is_empty() {
                after_blank = true;
                i += 1;
                continue;
            }
            if list_heading(&l.text).is_some() {
                break;
            }
            let (is_item, body, is_number) = if let Some(c) = NUMBERED.captures(&l.text) {
                (true, c[2].to_string(), true)
            } else if let Some(b) = strip_bullet(&l.text) {
                (true, b.to_string(), false)
            } else {
                (false, l.text.to_string(), false)
            };
            if is_item {
                if is_number {
                    numbered = true;
                }
                // A bullet under a numbered recommendation belongs to it.
                if !is_number && numbered {
                    if let Some(last) = items.last_mut() {
                        let sep = if last.0.ends_with(':') { " " } else { "; " };
                        last.0 = format!("{}{sep}{}", last.0, body);
                        after_blank = false;
                        i += 1;
                        continue;
                    }
                }
                items.push((body, l.source()));
                after_blank = false;
            } else if !items.is_empty() && !after_blank && !is_contents_entry(&l.text) {
                let last = items.last_mut().expect("an item");
                last.0 = format!("{} {}", last.0, l.text);
            } else if items.is_empty() && !after_blank {
                // An introduction ("In order to improve, the local authority should:").
            } else if is_page_furniture(&l.text) {
                // A page number or running header between two items.
            } else if is_subheading(&l.text)
                && next_item(&lines[i + 1..]).is_some_and(reads_as_action)
            {
                // "Care leavers", "Missing children": a group within the list.
                after_blank = false;
            } else {
                break;
            }
            i += 1;
        }
        for (text, source) in items {
            d.find(Finding {
                kind: FindingKind::AreaForImprovement,
                scope: Scope::None,
                area,
                heading: Some(heading.to_string()),
                timescale: None,
                text: text.trim().to_string(),
                year: d.year,
                action: None,
                source,
            });
        }
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

//! What the inspections of 2009-2013 share: a "Record of main findings" table,
//! a body whose headings carry "Grade 1 (Outstanding)" .. "Grade 4
//! (Inadequate)", and areas for improvement grouped by timescale. The
//! safeguarding and looked after children inspections have two blocks; the
//! 2012-2013 inspections of looked after children and of child protection one.

use super::council::read_council;
use super::heading::{inspection_year, read_dates, title_range, title_text};
use super::people::read_people;
use super::scale::scale_or;
use crate::grade::{Scale, level_from_word, reconcile};
use crate::loose::loose;
use crate::model::*;
use crate::parse::doc::{Class, Doc, Section};
use crate::parse::draft::Draft;
use crate::parse::read::areas::inspection_area;
use crate::parse::text::clean::clean;
use crate::parse::text::words::strip_bullet;
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// A 2012-2013 inspection of one block (looked after children, or child
/// protection): the title (`title`, compared loosely, wrapping over up to three
/// lines), the council named with it, and the block's judgements.
pub(crate) fn read_one_block(
    doc: &Doc,
    title: &str,
    framework: Framework,
    scope: Scope,
    d: &mut Draft,
) {
    let start = doc.title.line_starting(title).unwrap_or(0);
    let range = title_range(doc, start);
    let lines = (1..=3)
        .find(|&n| doc.title.joined_from(start, n).len() >= title.len())
        .unwrap_or(1);
    d.set_title(Some(title_text(doc, start..(start + lines).min(range.end))));
    read_council(doc, range, None, d);
    d.set_framework(Some(framework));
    read_inspection(doc, Some(scope), Scale::GRADE_ONE_IS_BEST, d);
}

/// What the 2009-2013 inspections share: dates and inspectors, the scale from
/// the printed key, the "Record of main findings", and the body's graded
/// headings and areas for improvement. `scope` is the block of a report that has
/// one; a report with two says which by its headings.
pub(crate) fn read_inspection(doc: &Doc, scope: Option<Scope>, era: Scale, d: &mut Draft) {
    read_dates(doc, d);
    read_people(doc, d);
    inspection_year(d);
    let scale = scale_or(
        &doc.lines,
        era,
        "Grade 1 = outstanding .. Grade 4 = inadequate",
        d,
    );
    let record = doc
        .sections
        .iter()
        .find(|s| s.key.starts_with("record of main findings"));
    match record {
        Some(s) => read_record(doc, s, scope, d),
        None => d.warn(
            None,
            DiagnosticCode::StructureNotFound,
            "the 'Record of main findings' table was not found; grades are read from the body only",
        ),
    }
    let end = record.map_or(doc.lines.len(), |s| s.heading);
    read_body(doc, 0..end, scope, scale, d);
}

/// A grade printed on its own or after its label: "Grade 3 (Adequate)",
/// "Adequate (Grade 3)", "Inadequate Grade 4", "Grade 4 (inadequate)". Returns
/// where it starts, the number and the word.
fn grade_statement(text: &str) -> Option<(usize, Option<u8>, Option<&str>)> {
    static GRADE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:\bGrade\s*([1-4])\s*(?:\(\s*(outstanding|good|adequate|inadequate)\s*\))?|\b(outstanding|good|adequate|inadequate)\s*\(?\s*Grade\s*([1-4])\s*\)?)\s*\.?$").unwrap()
    });
    if !text.contains("rade") && !text.contains("RADE") {
        return None;
    }
    let c = GRADE.captures(text)?;
    let number = c.get(1).or(c.get(4)).and_then(|m| m.as_str().parse().ok());
    let word = c.get(2).or(c.get(3)).map(|m| m.as_str());
    Some((c.get(0)?.start(), number, word))
}

/// A heading that starts one of a two-block report's blocks.
fn scope_heading(text: &str) -> Option<Scope> {
    if text.len() >= 100 {
        return None;
    }
    let t = loose(text);
    if t.len() < 80
        && (t.starts_with("the inspection outcomes")
            || t.ends_with("services")
            || t.starts_with("services for"))
    {
        if t.contains("looked after") {
            return Some(Scope::LookedAfter);
        }
        if t.contains("safeguarding") {
            return Some(Scope::Safeguarding);
        }
    }
    None
}

/// The "Record of main findings" table: block rows, group rows, graded rows. A
/// label that wraps onto a second line ("Outcomes for looked after children and"
/// / "young people  Adequate") is read whole.
fn read_record(doc: &Doc, section: &Section, fixed: Option<Scope>, d: &mut Draft) {
    // In text taken from a PDF the table has no cell marks: "Label   Grade".
    static TRAILING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^(.*?\S)\s+(outstanding|good|adequate|inadequate)(?:\s*\(?grade\s*[1-4]\)?)?$",
        )
        .unwrap()
    });
    let mut scope = fixed;
    let mut pending: Option<String> = None;
    for l in doc.content(section.body.clone()) {
        let (label, grade) = match l.clean_cells() {
            Some(cells) => {
                let cell = |i: usize| cells.get(i).map(|c| c.to_string()).unwrap_or_default();
                (cell(0), cell(1))
            }
            None => match TRAILING.captures(&l.text) {
                Some(c) => (c[1].to_string(), c[2].to_string()),
                None => (l.text.to_string(), String::new()),
            },
        };
        if grade.is_empty() {
            match scope_heading(&label) {
                Some(s) if fixed.is_none() => scope = Some(s),
                _ => {}
            }
            pending = (l.cells().is_none()).then_some(label);
            continue;
        }
        let label = match pending.take() {
            Some(p) if label.starts_with(char::is_lowercase) => format!("{p} {label}"),
            _ => label,
        };
        let Some(scope) = scope else { continue };
        let Some(area) = inspection_area(&label, scope) else {
            d.warn(
                Some(l.no),
                DiagnosticCode::UnknownLabel,
                format!("'{label}' is not a judgement apa knows; skipped"),
            );
            continue;
        };
        let level = level_from_word(&grade);
        if level.is_none() {
            d.warn(
                Some(l.no),
                DiagnosticCode::GradeUnreadable,
                format!("grade '{grade}' for '{label}' could not be read"),
            );
        }
        d.judge(Judgement::new(
            scope,
            area,
            label,
            d.year(),
            Grade::new(grade, level),
            l.source(),
        ));
    }
}

/// Body grades ("Grade 3 (Adequate)" under a heading, or after a sentence) and
/// the areas for improvement, in their block.
fn read_body(
    doc: &Doc,
    range: std::ops::Range<usize>,
    fixed: Option<Scope>,
    scale: Scale,
    d: &mut Draft,
) {
    // The heading each section's first line stands under.
    let heading_of: HashMap<usize, &Section> = doc
        .sections
        .iter()
        .filter_map(|s| Some((doc.first_content(s)?, s)))
        .collect();
    let mut scope = fixed;
    let mut last_text: Option<usize> = None;
    let mut i = range.start;
    while i < range.end {
        let l = &doc.lines[i];
        let class = doc.class[i];
        i += 1;
        if matches!(class, Class::Blank | Class::Furniture | Class::Contents) {
            continue;
        }
        if fixed.is_none()
            && let Some(s) = scope_heading(&l.text)
        {
            scope = Some(s);
            last_text = Some(i - 1);
            continue;
        }
        let Some(scope) = scope else {
            last_text = Some(i - 1);
            continue;
        };
        if l.key() == "areas for improvement" {
            i = read_timescales(doc, i..range.end, scope, d);
            continue;
        }
        if let Some((at, number, word)) = grade_statement(&l.text) {
            let before = l.text[..at].trim();
            // The label: what precedes the grade on its line, else the heading it
            // stands under, else the line above.
            let (label, label_line) = if !before.is_empty() {
                (before.to_string(), None)
            } else if let Some(s) = heading_of.get(&(i - 1)) {
                (doc.heading_text(s), Some(s.heading))
            } else {
                (
                    last_text
                        .map(|x| doc.lines[x].text.to_string())
                        .unwrap_or_default(),
                    last_text,
                )
            };
            if label.len() < 250 {
                judge_statement(
                    doc,
                    i - 1,
                    &label,
                    label_line,
                    (number, word),
                    scope,
                    scale,
                    d,
                );
            }
        }
        last_text = Some(i - 1);
    }
}

/// Records a grade read from a statement, its number and word reconciled on the
/// document's scale.
#[allow(clippy::too_many_arguments)]
fn judge_statement(
    doc: &Doc,
    at: usize,
    label: &str,
    label_line: Option<usize>,
    (number, word): (Option<u8>, Option<&str>),
    scope: Scope,
    scale: Scale,
    d: &mut Draft,
) {
    let l = &doc.lines[at];
    let Some(area) = inspection_area(label, scope) else {
        d.warn(
            Some(l.no),
            DiagnosticCode::UnknownLabel,
            format!("a grade follows '{label}', which is not a judgement apa knows; skipped"),
        );
        return;
    };
    let (start, _, _) = grade_statement(&l.text).unwrap_or((0, None, None));
    let raw = l.text[start..].trim().trim_end_matches('.').to_string();
    let level = match reconcile(number, word, scale) {
        Ok(level) => level,
        Err(_) => {
            d.warn(
                Some(l.no),
                DiagnosticCode::GradesDisagree,
                format!("'{raw}' gives a number and a word that disagree on this document's scale"),
            );
            None
        }
    };
    let mut source = l.source();
    if let Some(x) = label_line.filter(|&x| x != at) {
        source.text = format!("{} | {}", doc.lines[x].text, l.text);
    }
    d.judge(Judgement::new(
        scope,
        area,
        label.trim_end_matches('.').to_string(),
        d.year(),
        Grade::new(raw, level),
        source,
    ));
}

/// Items grouped under "Immediately:", "Within three months", "Within six
/// months"; an item may wrap over lines and run on across a page break. Returns
/// the index of the first line after the list.
fn read_timescales(doc: &Doc, range: std::ops::Range<usize>, scope: Scope, d: &mut Draft) -> usize {
    let mut timescale = None;
    let mut items: Vec<(Option<Timescale>, String, Source)> = Vec::new();
    // Whether the line before (blanks aside) continues an item.
    let mut in_item = false;
    for i in range.clone() {
        let l = &doc.lines[i];
        match doc.class[i] {
            Class::Blank => {
                in_item = false;
                continue;
            }
            Class::Furniture | Class::Contents => continue,
            _ => {}
        }
        let t = l.key();
        let ts = if t.starts_with("immediately") {
            Some(Timescale::Immediately)
        } else if t.starts_with("within three months") || t.starts_with("within 3 months") {
            Some(Timescale::WithinThreeMonths)
        } else if t.starts_with("within six months") || t.starts_with("within 6 months") {
            Some(Timescale::WithinSixMonths)
        } else {
            None
        };
        if ts.is_some() {
            timescale = ts;
            in_item = false;
            continue;
        }
        if let Some(item) = strip_bullet(l.raw.trim()) {
            if timescale.is_none() {
                d.warn(
                    Some(l.no),
                    DiagnosticCode::ListItem,
                    "an area for improvement stands under no timescale",
                );
            }
            items.push((timescale, clean(item), l.source()));
            in_item = true;
            continue;
        }
        if in_item && doc.class[i] == Class::Text {
            // The item's next line.
            let last = items.last_mut().expect("an item");
            last.1 = format!("{} {}", last.1, l.text);
            continue;
        }
        if !items.is_empty() || timescale.is_some() {
            push_items(items, scope, d);
            return i;
        }
    }
    push_items(items, scope, d);
    range.end
}

fn push_items(items: Vec<(Option<Timescale>, String, Source)>, scope: Scope, d: &mut Draft) {
    for (timescale, text, source) in items {
        d.add_finding(
            Finding::new(FindingKind::AreaForImprovement, text, d.year(), source)
                .in_scope(scope)
                .within(timescale),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grade_statements_in_their_printed_forms() {
        assert_eq!(
            grade_statement("Grade 3 (Adequate)"),
            Some((0, Some(3), Some("Adequate")))
        );
        assert_eq!(
            grade_statement("Grade 4 (inadequate)"),
            Some((0, Some(4), Some("inadequate")))
        );
        assert_eq!(
            grade_statement("Inadequate Grade 4"),
            Some((0, Some(4), Some("Inadequate")))
        );
        assert_eq!(
            grade_statement("Adequate (Grade 3)"),
            Some((0, Some(3), Some("Adequate")))
        );
        assert_eq!(
            grade_statement("The quality of provision Grade 3 (Adequate)").map(|g| g.0),
            Some(25)
        );
        assert_eq!(
            grade_statement("Grade 3 (Adequate) was given in 2010 to"),
            None
        );
    }
}

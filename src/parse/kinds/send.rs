//! Area SEND inspections of a local area partnership (2023 framework): one of
//! three outcomes, on a scale of their own that is never mixed into the four
//! grades ("... typically lead to positive experiences and outcomes ...", "...
//! lead to inconsistent experiences and outcomes ...", "There are widespread
//! and/or systemic failings ..."); areas for priority action and areas for
//! improvement as tables (responsible body | action).

use super::kind::{KindReader, Letters};
use crate::loose::loose;
use crate::model::*;
use crate::parse::doc::flat::Flat;
use crate::parse::doc::{Doc, Title};
use crate::parse::draft::Draft;
use crate::parse::read::heading::read_heading;
use crate::parse::read::lists::join_sub_item;
use crate::parse::text::clean::clean;
use crate::parse::text::dates::date_span;
use crate::parse::text::words::strip_bullet;
use regex::Regex;
use std::sync::LazyLock;

pub(super) const READER: KindReader = KindReader {
    kind: DocumentKind::SendAreaInspection,
    recognise,
    read,
    names: &["area send inspection"],
};

const TITLE: &str = "area send inspection of";

fn recognise(title: &Title, _: &Letters) -> bool {
    title.line_starting(TITLE).is_some()
}

/// The outcomes, each by the words that state it.
const OUTCOMES: [(&str, Level); 3] = [
    (
        "typically lead to positive experiences and outcomes",
        Level::Positive,
    ),
    (
        "lead to inconsistent experiences and outcomes",
        Level::Inconsistent,
    ),
    (
        "widespread and or systemic failings",
        Level::SystemicFailings,
    ),
];

fn read(doc: &Doc, d: &mut Draft) {
    let start = doc.title.line_starting(TITLE).unwrap_or(0);
    read_heading(doc, start, partnership, d);
    read_previous(doc, d);
    read_outcome(doc, d);
    // The two tables' headings stand on their own lines after the first page
    // (the extracted text puts the table's header row right under them).
    let part = |name: &str, from: usize| {
        (from.max(doc.first_page().end)..doc.lines.len()).find(|&i| {
            doc.lines[i].key() == name && doc.class[i] != crate::parse::doc::Class::Contents
        })
    };
    let priority = part("areas for priority action", 0);
    let improve = part("areas for improvement", priority.unwrap_or(0));
    if let Some(at) = priority {
        let end = improve.unwrap_or(doc.lines.len());
        for (text, source) in priority_rows(doc, at + 1..end) {
            d.add_finding(
                Finding::new(FindingKind::PriorityAction, text, d.year(), source)
                    .under("Areas for priority action".to_string()),
            );
        }
    }
    if let Some(at) = improve {
        for (text, source) in improvement_rows(doc, at + 1..doc.lines.len()) {
            d.add_finding(
                Finding::new(FindingKind::AreaForImprovement, text, d.year(), source)
                    .under("Areas for improvement".to_string()),
            );
        }
    }
}

/// Where a table of actions ends: the next part of the report.
fn table_ends(l: &crate::parse::doc::line::CleanLine) -> bool {
    let k = l.key();
    k.starts_with("local area partnership details")
        || k.starts_with("information about this inspection")
        || k.starts_with("areas for improvement")
        || k.starts_with("inspection team")
}

/// The priority table's rows (responsible body | action), as the text gives
/// them: a responsible body's lines (short names, or the left of a line with a
/// wide gap), then the action's. A body after an action starts the next row;
/// each row is one item, whatever sentences it holds.
fn priority_rows(doc: &Doc, range: std::ops::Range<usize>) -> Vec<(String, Source)> {
    let mut rows: Vec<(String, Source)> = Vec::new();
    let mut in_action = false;
    for l in doc.content(range) {
        if table_ends(l) {
            break;
        }
        let k = l.key();
        if k.starts_with("responsible body") {
            continue;
        }
        let raw = l.raw.trim_end();
        let trimmed = raw.trim_start();
        // A bullet is the action's, in the right-hand cell ("that:" / "▪ annual
        // reviews ..."), however short.
        if let Some(item) = strip_bullet(trimmed) {
            if let Some(last) = rows.last_mut().filter(|_| !item.trim().is_empty()) {
                join_sub_item(&mut last.0, &clean(item));
                in_action = true;
            }
            continue;
        }
        // "Integrated Care Board  Health leaders must ...": a body's last line
        // and the action's first, side by side.
        let (body, action) = match trimmed.find("  ") {
            Some(at) if at > 0 => (Some(trimmed[..at].trim()), Some(clean(&trimmed[at..]))),
            _ => {
                let starts_action = raw.starts_with(' ') && !in_action;
                // A body's name: short, capitalised, ending no sentence or
                // clause ("Bexley Council and South"); "to ensure that:" and
                // "a timely way" are the action's wrapped lines.
                let looks_like_body = trimmed.len() <= 32
                    && trimmed.starts_with(|c: char| c.is_uppercase())
                    && !trimmed.ends_with(['.', ':', ';', ',']);
                if in_action && !looks_like_body || starts_action {
                    (None, Some(l.text.to_string()))
                } else if looks_like_body {
                    (Some(trimmed), None)
                } else {
                    (None, Some(l.text.to_string()))
                }
            }
        };
        if body.is_some() && in_action {
            in_action = false;
        }
        if let Some(a) = action {
            // An action that starts in lower case goes on with the row before
            // it (the body's cell is printed again after a page break).
            let goes_on = a.trim_start().starts_with(|c: char| c.is_lowercase());
            if in_action || goes_on {
                if let Some(last) = rows.last_mut() {
                    last.0 = format!("{} {}", last.0, a.trim());
                }
            } else {
                rows.push((a.trim().to_string(), l.source()));
                in_action = true;
            }
        }
    }
    rows
}

/// The areas-for-improvement table's rows: one paragraph each, separated by a
/// blank line, or by a line that starts a recommendation of its own (its
/// subject, then "should", "must" or "need to" within its first words) right
/// after a sentence's end.
fn improvement_rows(doc: &Doc, range: std::ops::Range<usize>) -> Vec<(String, Source)> {
    let mut rows: Vec<(String, Source)> = Vec::new();
    let mut after_blank = true;
    for i in range {
        let l = &doc.lines[i];
        match doc.class[i] {
            crate::parse::doc::Class::Blank => {
                after_blank = true;
                continue;
            }
            crate::parse::doc::Class::Furniture => continue,
            _ => {}
        }
        if table_ends(l) && !(rows.is_empty() && l.key() == "areas for improvement") {
            break;
        }
        if l.key() == "areas for improvement" {
            continue;
        }
        let recommends = {
            let first: Vec<String> = l.key().split(' ').take(10).map(str::to_string).collect();
            l.text.starts_with(|c: char| c.is_uppercase())
                && first
                    .iter()
                    .any(|w| matches!(w.as_str(), "should" | "must" | "need" | "needs"))
        };
        // A bullet, or a line in lower case, goes on with its row, across a
        // blank or a page break.
        let text = l.text.trim();
        if strip_bullet(text).is_some_and(str::is_empty) {
            continue;
        }
        let goes_on = strip_bullet(text).is_some()
            || text.starts_with(['−', '–'])
            || text.starts_with(|c: char| c.is_lowercase());
        let new_row = match rows.last() {
            None => true,
            Some(_) if goes_on => false,
            Some(last) => after_blank || (last.0.ends_with('.') && recommends),
        };
        if new_row {
            rows.push((l.text.to_string(), l.source()));
        } else if let Some(last) = rows.last_mut() {
            last.0 = format!("{} {}", last.0, l.text);
        }
        after_blank = false;
    }
    rows
}

/// "Area SEND inspection of Halton Local Area Partnership": the partnership's
/// council.
fn partnership(title: &str) -> Option<String> {
    static OF: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^area send inspection of\s+(.+?)(?:\s+local area partnership)?\s*$")
            .unwrap()
    });
    OF.captures(title).map(|c| c[1].trim().to_string())
}

/// "Date(s) of previous inspection: 27 to 31 March 2017", or "Not previously
/// inspected".
fn read_previous(doc: &Doc, d: &mut Draft) {
    let Some(l) = doc.title_lines().find(|l| {
        l.key().starts_with("date of previous inspection")
            || l.key().starts_with("dates of previous inspection")
    }) else {
        return;
    };
    if let Some((a, b)) = date_span(&l.text) {
        d.set_previous_inspection_start(Some(a));
        d.set_previous_inspection_end(Some(b));
    }
}

/// The outcome, from the "Inspection outcome" section: the one statement of the
/// three it makes. None or more than one is reported, never guessed.
fn read_outcome(doc: &Doc, d: &mut Draft) {
    let section = doc.section(|k| k == "inspection outcome");
    let lines = match section {
        Some(s) => doc.content(s.body.clone()).take(8).collect::<Vec<_>>(),
        None => doc.content(doc.first_page()).collect(),
    };
    let flat = Flat::new(lines);
    let text = loose(&flat.text);
    let found: Vec<&(&str, Level)> = OUTCOMES.iter().filter(|(p, _)| text.contains(p)).collect();
    match found.as_slice() {
        [(_, level)] => {
            let sentence = flat
                .text
                .split_inclusive(". ")
                .next()
                .unwrap_or(&flat.text)
                .trim()
                .to_string();
            let source = flat.source(0, sentence.len().min(flat.text.len()));
            d.judge(Judgement::new(
                Scope::None,
                Area::SendOutcome,
                "Inspection outcome".to_string(),
                d.year(),
                Grade::new(sentence, Some(*level)),
                source,
            ));
        }
        [] => d.warn(
            None,
            DiagnosticCode::JudgementMissing,
            "the inspection's outcome was not found",
        ),
        _ => d.warn(
            None,
            DiagnosticCode::GradesDisagree,
            "the outcome section states more than one outcome; none is taken",
        ),
    }
}

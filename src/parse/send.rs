//! Area SEND inspections of a local area partnership (2023 framework): one of
//! three outcomes, on a scale of their own that is never mixed into the four
//! grades ("... typically lead to positive experiences and outcomes ...", "...
//! lead to inconsistent experiences and outcomes ...", "There are widespread
//! and/or systemic failings ..."); areas for priority action and areas for
//! improvement as tables (responsible body | action).

use super::Draft;
use super::doc::{Doc, Title};
use super::kinds::KindReader;
use super::ofsted::{Flat, read_council, read_dates, title_range, title_text};
use super::scan::{date_span, loose};
use crate::model::*;
use regex::Regex;
use std::sync::LazyLock;

pub(super) const READER: KindReader = KindReader {
    kind: DocumentKind::SendAreaInspection,
    recognise,
    read,
};

const TITLE: &str = "area send inspection of";

fn recognise(title: &Title) -> bool {
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
    let range = title_range(doc, start);
    let printed = title_text(doc, range.clone());
    read_council(doc, range, partnership(&printed).as_deref(), d);
    d.title = Some(printed);
    read_dates(doc, d);
    read_previous(doc, d);
    match d.dates.inspection_end {
        Some(end) => d.year = Some(end.year),
        None => d.warn(
            None,
            DiagnosticCode::DatesNotFound,
            "the inspection's dates were not found",
        ),
    }
    read_outcome(doc, d);
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
        d.dates.previous_inspection_start = Some(a);
        d.dates.previous_inspection_end = Some(b);
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
            d.judge(Judgement {
                scope: Scope::None,
                area: Area::SendOutcome,
                label: "Inspection outcome".to_string(),
                year: d.year,
                grade: Grade::new(sentence, Some(*level)),
                source,
            });
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

//! The title block of Ofsted's reports (2009-2026): the title, the inspection's
//! dates, and the year they give.

use super::council::read_council;
use crate::model::*;
use crate::parse::doc::Doc;
use crate::parse::doc::line::CleanLine;
use crate::parse::draft::Draft;
use crate::parse::text::dates::{date_span, first_date, first_visit_span};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

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
    d.set_title(Some(printed));
    read_dates(doc, d);
    inspection_year(d);
}

/// The dates of the title block: "Inspection date(s): ..." (a range that may
/// wrap onto the next line; split visits), "Report published: ..." or
/// "Published: ...".
pub fn read_dates(doc: &Doc, d: &mut Draft) {
    let lines: Vec<&CleanLine> = doc.title_lines().collect();
    for l in &lines {
        let k = l.key();
        if k.starts_with("report published") || k.starts_with("published") {
            d.set_published(first_date(&l.text));
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
    if dangling && let Some(next) = lines.get(i + 1) {
        text = format!("{text} {}", next.text);
    }
    match date_span(&text) {
        Some((a, b)) => {
            d.set_inspection_start(Some(a));
            d.set_inspection_end(Some(b));
            d.set_first_visit(first_visit_span(&text));
        }
        None => d.warn(
            Some(l.no),
            DiagnosticCode::DateUnreadable,
            format!("the inspection dates could not be read from '{}'", l.text),
        ),
    }
}

/// A report's or letter's year is the year its inspection or visit ended;
/// failing dates, the year it was published or the letter was dated, with a
/// diagnostic. The PDF's creation date is never used.
pub fn inspection_year(d: &mut Draft) {
    if let Some(e) = d.dates().inspection_end {
        d.set_year(Some(e.year));
    } else if let Some(p) = d.dates().published.or(d.dates().letter) {
        d.set_year(Some(p.year));
        d.warn(
            None,
            DiagnosticCode::YearInferred,
            "no inspection or visit dates could be read; the year is the year of publication or of the letter",
        );
    }
}

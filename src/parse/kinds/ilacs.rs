//! Inspections of local authority children's services (ILACS, 2018-2026): a
//! Judgement | Grade table on the first page. From inspections in 2023 the
//! "children in care and care leavers" judgement is split in two; inspections from
//! 27 April 2026 on have no overall effectiveness judgement (see
//! [`crate::framework`]). Short or standard is never printed: it is inferred from
//! the first on-site visit's span and the record says so.

use super::kind::{KindReader, Letters};
use crate::framework;
use crate::model::*;
use crate::parse::doc::flat::Flat;
use crate::parse::doc::{Doc, Title};
use crate::parse::draft::Draft;
use crate::parse::read::heading::read_heading;
use crate::parse::read::judgements::{heading_grade, labels, read_table};
use crate::parse::read::lists::read_lists;
use crate::parse::read::people::read_people;
use regex::Regex;
use std::sync::LazyLock;

pub(super) const READER: KindReader = KindReader {
    kind: DocumentKind::IlacsInspection,
    recognise,
    read,
    names: &[],
};

/// "Inspection of children's social care services", "Inspection of <council>
/// (local authority) children's services", "Inspection of <a children's services
/// trust>": a title of its own lines (a sentence that goes on after "children's
/// services in 2017" is narrative), naming the services, or else standing over
/// the Judgement | Grade table; and no letter of another kind.
fn recognise(title: &Title, letters: &Letters) -> bool {
    let keys = title.keys();
    let has_table = keys.iter().any(|k| k == "judgement grade");
    (0..keys.len())
        .filter(|&i| keys[i].starts_with("inspection of "))
        .any(|i| {
            let head = title.joined_from(i, 3);
            let names_services = (1..=3).any(|n| {
                let t = title.joined_from(i, n);
                t.ends_with("children s services") || t.ends_with("children s social care services")
            });
            !letters.named_in(&head) && (names_services || (has_table && keys[i].len() <= 70))
        })
}

static LABELS: LazyLock<Vec<(Regex, Area)>> = LazyLock::new(|| {
    labels(&[
        (
            r"impact of leaders on (?:social work )?practice with children and families",
            Area::Leadership,
        ),
        (
            r"experiences and progress of children who need help and protection",
            Area::HelpAndProtection,
        ),
        // One judgement until 2022, two from 2023: the longer label first.
        (
            r"experiences and progress of children in care(?: and care leavers)?",
            Area::LookedAfter,
        ),
        // "children care leavers" is a misprint seen in reports of 2025-2026.
        (
            r"experiences and progress of (?:children )?care leavers",
            Area::CareLeavers,
        ),
        (r"overall effectiveness", Area::OverallEffectiveness),
    ])
});

fn read(doc: &Doc, d: &mut Draft) {
    let start = doc
        .title
        .keys()
        .iter()
        .position(|k| k.starts_with("inspection of "))
        .unwrap_or(0);
    read_heading(doc, start, council_in_title, d);
    read_people(doc, d);
    infer_framework(d);
    let year = d.year();

    // The table: from its "Judgement | Grade" header, on the first two pages.
    let rows = doc.content(doc.pages(2));
    let header = rows.clone().position(|l| l.key() == "judgement grade");
    if header.is_none() {
        d.warn(
            None,
            DiagnosticCode::StructureNotFound,
            "no 'Judgement | Grade' table heading; the judgements are looked for on the first page",
        );
    }
    let table = Flat::new(rows.skip(header.map_or(0, |h| h + 1)));
    for j in read_table(&table, &LABELS, year, d) {
        d.judge(j);
    }
    let start = d.dates().inspection_start;
    let has = |a: Area| d.judgements().iter().any(|j| j.area == a);
    let overall_due = framework::has_overall_effectiveness(start);
    if has(Area::OverallEffectiveness) && !overall_due {
        d.warn(
            None,
            DiagnosticCode::UnexpectedJudgement,
            "an overall effectiveness judgement, though inspections from 27 April 2026 on have none",
        );
    } else if !has(Area::OverallEffectiveness) && overall_due {
        d.warn(
            None,
            DiagnosticCode::JudgementMissing,
            "no overall effectiveness judgement was found",
        );
    }
    cross_check_headings(doc, d);
    read_lists(doc, None, false, d);
}

/// The body repeats each grade in a heading ("The experiences and progress of
/// children in care: good"). Where one disagrees with the table, the table's
/// grade stands and a diagnostic says so.
fn cross_check_headings(doc: &Doc, d: &mut Draft) {
    let first = doc.first_page();
    for s in doc.sections.iter().filter(|s| s.heading >= first.end) {
        let text = doc.heading_text(s);
        let Some((label, raw, level)) = heading_grade(&text) else {
            continue;
        };
        let Some(area) = LABELS
            .iter()
            .find(|(re, _)| {
                re.find(label)
                    .is_some_and(|m| m.end() == label.trim_end().len())
            })
            .map(|(_, a)| *a)
        else {
            continue;
        };
        let table = d
            .judgements()
            .iter()
            .find(|j| j.area == area)
            .map(|j| (j.grade.level, j.grade.raw.clone(), j.source.line));
        if let Some((table_level, table_raw, table_line)) = table
            && table_level != Some(level)
        {
            d.warn(
                    Some(doc.lines[s.heading].no),
                    DiagnosticCode::HeadingDisagrees,
                    format!(
                        "the heading '{text}' says {raw}, the table (line {table_line}) {table_raw}; the table's grade is kept"
                    ),
                );
        }
    }
}

/// The council a title names: "Inspection of Devon local authority children's
/// services", "Inspection of Bradford Children and Families Trust".
fn council_in_title(title: &str) -> Option<String> {
    static NAMED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^Inspection of (.+?)\s+(?:local authority\s+)?children'?s\s+(?:social care\s+)?services(?:\s+\d+)?\s*$")
            .unwrap()
    });
    static WHOLE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)^Inspection of (.+)$").unwrap());
    NAMED
        .captures(title)
        .or_else(|| WHOLE.captures(title))
        .map(|c| c[1].trim().to_string())
}

/// Short or standard, from the first visit on site (a return visit months later
/// does not make a short inspection standard).
fn infer_framework(d: &mut Draft) {
    let Some((start, end)) = d.first_visit() else {
        d.warn(
            None,
            DiagnosticCode::FrameworkInferred,
            "short or standard inspection: unknown, since the on-site dates could not be read",
        );
        return;
    };
    let span = end.day_number() - start.day_number();
    let f = framework::ilacs_framework(span);
    d.set_framework(Some(f));
    let total = d
        .dates()
        .inspection_start
        .zip(d.dates().inspection_end)
        .map(|(a, b)| b.day_number() - a.day_number());
    let note = match total {
        Some(t) if t > span => {
            format!(" (the inspection returned later: {t} days from first to last day)")
        }
        _ if span > 15 => {
            " (longer than a standard inspection: visits split over time?)".to_string()
        }
        _ => String::new(),
    };
    d.warn(
        None,
        DiagnosticCode::FrameworkInferred,
        format!(
            "{} inferred from the first on-site visit's span of {span} days{note}; reports do not print it",
            if f == Framework::IlacsShort {
                "short inspection"
            } else {
                "standard inspection"
            }
        ),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn councils_named_in_titles() {
        assert_eq!(
            council_in_title("Inspection of Devon local authority children's services").as_deref(),
            Some("Devon")
        );
        assert_eq!(
            council_in_title("Inspection of Bradford Children and Families Trust").as_deref(),
            Some("Bradford Children and Families Trust")
        );
        // The council printed above such a title is read instead (see read_council).
        assert_eq!(
            council_in_title("Inspection of local authority children's social care services")
                .as_deref(),
            Some("local authority")
        );
    }
}

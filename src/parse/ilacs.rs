//! Inspections of local authority children's services (ILACS, 2018-2026): a
//! Judgement | Grade table on the first page. From inspections in 2023 the
//! "children in care and care leavers" judgement is split in two; inspections from
//! 27 April 2026 on have no overall effectiveness judgement. Short or standard is
//! never printed: it is inferred from the on-site span and the record says so.

use super::Draft;
use super::ofsted::{
    Flat, labels, name_above, read_improvements, read_inspection_dates, read_inspectors,
    read_table, report_year,
};
use super::scan::{CleanLine, loose};
use crate::model::*;
use regex::Regex;
use std::sync::LazyLock;

pub fn is_title(head: &str) -> bool {
    // "Inspection of children's social care services", "Inspection of <council>
    // children's services" (the council's name in at most 80 characters). Found by
    // plain search: a regular expression with a bounded gap costs more than the
    // rest of detecting a document's kind.
    let title = head.match_indices("inspection of ").find_map(|(at, lead)| {
        let rest = &head[at + lead.len()..];
        const SOCIAL_CARE: &str = "children s social care services";
        const SERVICES: &str = " children s services";
        if rest.starts_with(SOCIAL_CARE) {
            return Some(&head[at..at + lead.len() + SOCIAL_CARE.len()]);
        }
        // The name: 1 to 80 characters, the first match after it.
        let limit = rest.char_indices().nth(80).map_or(rest.len(), |(i, _)| i);
        let first = rest.char_indices().nth(1).map_or(rest.len(), |(i, _)| i);
        // The phrase may start at the 80th character at the latest; the window
        // ends at a character's edge.
        let mut end = (limit + SERVICES.len()).min(rest.len());
        while !rest.is_char_boundary(end) {
            end += 1;
        }
        let found = rest[first..end].find(SERVICES).map(|i| first + i)?;
        Some(&head[at..at + lead.len() + found + SERVICES.len()])
    });
    // Letters of other kinds name children's services too, and carry no grades.
    const NOT_GRADED: [&str; 5] = [
        "contact referral and assessment",
        "focused visit",
        "monitoring visit",
        "multi agency",
        "joint targeted",
    ];
    title.is_some_and(|t| !NOT_GRADED.iter().any(|n| t.contains(n)))
}

static COMBINED: LazyLock<Vec<(Regex, Area)>> = LazyLock::new(|| {
    labels(&[
        (
            r"impact of leaders on (?:social work )?practice with children and families",
            Area::Leadership,
        ),
        (
            r"experiences and progress of children who need help and protection",
            Area::HelpAndProtection,
        ),
        (
            r"experiences and progress of children in care and care leavers",
            Area::LookedAfter,
        ),
        (r"overall effectiveness", Area::OverallEffectiveness),
    ])
});

static SPLIT: LazyLock<Vec<(Regex, Area)>> = LazyLock::new(|| {
    labels(&[
        (
            r"impact of leaders on (?:social work )?practice with children and families",
            Area::Leadership,
        ),
        (
            r"experiences and progress of children who need help and protection",
            Area::HelpAndProtection,
        ),
        (
            r"experiences and progress of children in care",
            Area::LookedAfter,
        ),
        // "children care leavers" is a misprint seen in a 2025 report.
        (
            r"experiences and progress of (?:children )?care leavers",
            Area::CareLeavers,
        ),
        (r"overall effectiveness", Area::OverallEffectiveness),
    ])
});

/// Inspections from this day on have no overall effectiveness judgement.
const NO_OVERALL_FROM: Date = Date {
    year: 2026,
    month: 4,
    day: 27,
};

pub fn parse(lines: &[CleanLine], d: &mut Draft) {
    let opening: Vec<&CleanLine> = super::scan::opening(lines, 40).collect();
    read_heading(&opening, d);
    read_inspection_dates(lines, d);
    read_inspectors(lines, d);
    report_year(d, d.dates.pdf_created);
    infer_framework(d);
    let year = d.year;

    let header = opening.iter().position(|l| l.key() == "judgement grade");
    let table_lines: Vec<&CleanLine> = match header {
        Some(at) => opening[at + 1..].iter().copied().take(20).collect(),
        None => {
            d.warn(None, "no 'Judgement | Grade' table heading; the judgements are looked for in the opening lines");
            opening.clone()
        }
    };
    let flat = Flat::new(table_lines);
    let combined =
        loose(&flat.text).contains("experiences and progress of children in care and care leavers");
    let found = read_table(&flat, if combined { &COMBINED } else { &SPLIT }, year, d);
    for j in found {
        d.judge(j);
    }
    let has = |a: Area| d.judgements.iter().any(|j| j.area == a);
    let after_reform = d
        .dates
        .inspection_start
        .is_some_and(|s| s >= NO_OVERALL_FROM);
    if has(Area::OverallEffectiveness) && after_reform {
        d.warn(None, "an overall effectiveness judgement, though inspections from 27 April 2026 on have none");
    } else if !has(Area::OverallEffectiveness) && !after_reform {
        d.warn(None, "no overall effectiveness judgement was found");
    }
    read_improvements(lines, None, d);
}

/// The council: "Inspection of Devon local authority children's services", or the
/// lines above "Inspection of children's social care services" (2018-2020).
fn read_heading(opening: &[&CleanLine], d: &mut Draft) {
    static NAMED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^Inspection of (.+?)\s+(?:local authority\s+)?children'?s services\b")
            .unwrap()
    });
    let title_at = opening
        .iter()
        .position(|l| l.key().starts_with("inspection of"));
    let Some(at) = title_at else { return };
    let title: Vec<&str> = opening[at..]
        .iter()
        .take_while(|l| !l.key().starts_with("inspection date"))
        .map(|l| l.text.as_ref())
        .collect();
    let title = title.join(" ");
    if let Some(c) = NAMED.captures(&title) {
        d.council = Some(c[1].trim().to_string());
    } else {
        d.council = name_above(opening, at);
    }
    d.title = Some(title);
}

/// Short (7 days or less from first to last day on site) or standard.
fn infer_framework(d: &mut Draft) {
    let (Some(start), Some(end)) = (d.dates.inspection_start, d.dates.inspection_end) else {
        d.warn(
            None,
            "short or standard inspection: unknown, since the on-site dates could not be read",
        );
        return;
    };
    let span = end.day_number() - start.day_number();
    let framework = if span <= 7 {
        Framework::IlacsShort
    } else {
        Framework::IlacsStandard
    };
    d.framework = Some(framework);
    let note = if span > 15 {
        " (longer than a standard inspection: visits split over time?)"
    } else {
        ""
    };
    d.warn(
        None,
        format!(
            "{} inferred from the on-site span of {span} days from first to last day{note}; reports do not print it",
            if framework == Framework::IlacsShort { "short inspection" } else { "standard inspection" }
        ),
    );
}

#[cfg(test)]
mod tests {
    use super::is_title;

    /// The title as a regular expression says it: what `is_title` must match.
    fn by_regex(head: &str) -> bool {
        let re = regex::Regex::new(
            r"inspection of (children s social care services|.{1,80}? children s services)",
        )
        .unwrap();
        re.find(head).is_some_and(|m| {
            ![
                "contact referral and assessment",
                "focused visit",
                "monitoring visit",
            ]
            .iter()
            .chain(&["multi agency", "joint targeted"])
            .any(|n| m.as_str().contains(n))
        })
    }

    #[test]
    fn titles_of_graded_inspections() {
        let heads = [
            "ofsted inspection of bromley children s services".to_string(),
            "x inspection of children s social care services y".to_string(),
            format!("inspection of {} children s services", "a".repeat(80)),
            format!("inspection of {} children s services", "a".repeat(81)),
            format!("inspection of {} children s services", "é".repeat(80)),
            format!("inspection of {} children s services", "é".repeat(81)),
            format!("inspection of {}x{}", "a".repeat(80), "é".repeat(20)),
            format!("inspection of {} children s servicé", "a".repeat(80)),
            "inspection of children s services".to_string(),
            "focused visit inspection of bromley children s services".to_string(),
            "inspection of bromley s focused visit to children s services".to_string(),
            "inspection of bromley children s".to_string(),
            "inspection of inspection of x children s services".to_string(),
            "inspection of a monitoring visit b inspection of c children s services".to_string(),
            "inspection of".to_string(),
            String::new(),
        ];
        for head in &heads {
            assert_eq!(is_title(head), by_regex(head), "{head}");
        }
        assert!(is_title(&heads[0]) && is_title(&heads[2]) && !is_title(&heads[3]));
    }
}

//! Council committee papers that quote Ofsted's ratings ("awarded a rating of
//! 'Level 3 Good - Performs Well'", the joint area review's "Level 2: Adequate")
//! and carry an improvement plan table (area for improvement, actions, timeframe,
//! progress, lead officers).
//!
//! A rating's year is the year of the assessment the sentence names ("the 2011
//! Annual Performance Assessment", "In Autumn 2008", "the Joint Area Review, in
//! late Autumn 2006"), never a publication date; "sustained in 2009 and 2010" and
//! "sustained ... since 2008" extend it to those years.

use super::kind::{KindReader, Letters};
use crate::grade::{Scale, level_from_word, reconcile};
use crate::loose::loose;
use crate::model::*;
use crate::parse::doc::line::CleanLine;
use crate::parse::doc::{Doc, Title};
use crate::parse::draft::Draft;
use crate::parse::read::council::council_by_registry;
use crate::parse::read::scale::assessment_scale;
use crate::parse::text::cells::cell_parts;
use crate::parse::text::clean::clean;
use crate::parse::text::dates::{find_years, first_date, years_outside_dates};
use crate::parse::text::words::{sentences, title_case};
use regex::Regex;
use std::sync::LazyLock;

static RATING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bLevel\s+([1-4])\s*:?\s*(outstanding|excellent|good|adequate|inadequate|poor)\b(?:\s*[-–—]\s*performs\s+(excellently|well|adequately|poorly))?").unwrap()
});

pub(super) const READER: KindReader = KindReader {
    kind: DocumentKind::CouncilReport,
    recognise,
    read,
    names: &[],
};

/// A committee paper: at least two of its header's labels, and Ofsted's
/// assessment named.
fn recognise(title: &Title, _: &Letters) -> bool {
    let marks = [
        "decision maker",
        "decision type",
        "contact officer",
        "ward councillor",
        "report no",
    ];
    marks.iter().filter(|m| title.contains(m)).count() >= 2
        && (title.contains("performance assessment") || title.contains("ofsted"))
}

fn read(doc: &Doc, d: &mut Draft) {
    let lines = &doc.lines[..];
    read_heading(doc, d);
    let scale = assessment_scale(lines, d);
    read_ratings(lines, scale, d);
    if d.year().is_none() {
        d.set_year(d.judgements().iter().filter_map(|j| j.year).max());
    }
    read_plan(lines, d);
}

fn read_heading(doc: &Doc, d: &mut Draft) {
    let lines = &doc.lines[..];
    static OF: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)ASSESSMENT (?:RATING )?OF (?:THE )?(.+?)['’]S\b").unwrap()
    });
    let title = lines
        .iter()
        .find(|l| l.text.starts_with("Title:"))
        .map(|l| l.text.trim_start_matches("Title:").trim().to_string())
        .or_else(|| {
            doc.title_lines()
                .find(|l| l.key().contains("performance assessment"))
                .map(|l| l.text.to_string())
        });
    if let Some(t) = &title {
        if let Some(c) = OF.captures(t) {
            d.set_council_printed(title_case(&c[1]).replace(" Of ", " of "));
        }
        d.set_year(find_years(t).first().map(|&(_, y)| y));
    }
    d.set_title(title);
    if !d.has_council()
        && let Some((_, e)) = council_by_registry(doc.title_lines(), |l| {
            l.text.contains("Borough of") || l.text.contains("Council")
        })
    {
        d.set_council_entry(e);
    }
    for l in doc.title_lines() {
        if let Some(rest) = l.text.strip_prefix("Date:") {
            d.set_meeting(first_date(rest));
        }
        for (prefix, role) in [
            ("Contact Officer:", Role::ContactOfficer),
            ("Chief Officer:", Role::ChiefOfficer),
        ] {
            if let Some(rest) = l.text.strip_prefix(prefix)
                && let Some((name, post)) = rest.split_once(',')
            {
                d.add_person(Person {
                    name: name.trim().to_string(),
                    role,
                    post: Some(post.trim().trim_end_matches(',').to_string()),
                });
            }
        }
    }
}

/// Years in a sentence that may name an assessment: not inside a full date, not a
/// publication year.
fn assessment_years(s: &str) -> Vec<i32> {
    years_outside_dates(s)
        .into_iter()
        .filter(|(at, _)| {
            let before: String = s[..*at]
                .chars()
                .rev()
                .take(16)
                .collect::<String>()
                .to_lowercase();
            !before.contains("dehsilbup")
        })
        .map(|(_, y)| y)
        .collect()
}

/// Reads every rating; ratings a sentence states outright are added before those
/// only implied by "sustained", so that each year keeps its most direct source.
fn read_ratings(lines: &[CleanLine], scale: Scale, d: &mut Draft) {
    let mut implied = Vec::new();
    for l in lines {
        if !(l.text.contains("Level") || l.text.contains("level")) || !RATING.is_match(&l.text) {
            continue;
        }
        let sents = sentences(&l.text);
        for (k, s) in sents.iter().enumerate() {
            for c in RATING.captures_iter(s) {
                let m = c.get(0).unwrap();
                // Number and word reconciled on the scale; a descriptor
                // ("Performs Well") must agree with them too.
                let n: u8 = c[1].parse().unwrap_or(0);
                let performs = c
                    .get(3)
                    .and_then(|p| level_from_word(&format!("performs {}", p.as_str())));
                let agreed = reconcile(Some(n), Some(&c[2]), scale).ok().flatten();
                let level = if agreed.is_some() && performs.is_none_or(|p| Some(p) == agreed) {
                    agreed
                } else {
                    d.warn(Some(l.no), DiagnosticCode::GradesDisagree, format!("'{}': its number, word and descriptor disagree; the grade is left empty", m.as_str()));
                    None
                };
                let before = &s[..m.start()];
                let prev = k.checked_sub(1).map(|p| sents[p].as_str());
                let year = assessment_years(before)
                    .first()
                    .copied()
                    .or_else(|| prev.and_then(|p| assessment_years(p).first().copied()));
                let context = loose(&format!("{} {}", prev.unwrap_or(""), before));
                let label = if loose(before).contains("joint area review") {
                    "Joint Area Review outcomes rating"
                } else if context.contains("annual performance assessment")
                    || context.contains("apa")
                {
                    "Annual Performance Assessment rating"
                } else {
                    "Children's services rating"
                };
                if year.is_none() {
                    d.warn(
                        Some(l.no),
                        DiagnosticCode::YearNotFound,
                        format!("the year of '{}' could not be read", m.as_str()),
                    );
                }
                let mut years: Vec<Option<i32>> = vec![year];
                years.extend(sustained_years(&s[m.end()..], year).into_iter().map(Some));
                for (i, y) in years.into_iter().enumerate() {
                    let j = Judgement::new(
                        Scope::None,
                        Area::ChildrensServices,
                        if i == 0 {
                            label.to_string()
                        } else {
                            format!("{label} (sustained)")
                        },
                        y,
                        Grade::new(m.as_str(), level),
                        l.source(),
                    );
                    if i == 0 {
                        d.judge(j);
                    } else {
                        implied.push(j);
                    }
                }
            }
        }
    }
    for j in implied {
        d.judge(j);
    }
}

/// "this rating was sustained in 2009 and 2010" -> 2009, 2010; "sustained for the
/// last four years since 2008" -> 2008 up to the rating's own year.
fn sustained_years(after: &str, year: Option<i32>) -> Vec<i32> {
    static SINCE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)since\s+(\d{4})").unwrap());
    let lower = after.to_lowercase();
    let Some(at) = lower.find("sustained") else {
        return Vec::new();
    };
    let tail = &after[at..];
    if let Some(c) = SINCE.captures(tail) {
        let (Ok(from), Some(to)) = (c[1].parse::<i32>(), year) else {
            return Vec::new();
        };
        return (from..=to).filter(|y| Some(*y) != year).collect();
    }
    find_years(tail)
        .into_iter()
        .map(|(_, y)| y)
        .filter(|y| Some(*y) != year)
        .collect()
}

/// The improvement plan: a group row names a theme; each row after it has an area
/// for improvement and its actions, with timeframes and progress paired to the
/// actions where the counts match.
fn read_plan(lines: &[CleanLine], d: &mut Draft) {
    let is_header = |cells: &[&str]| {
        cells
            .first()
            .is_some_and(|c| loose(c).starts_with("area for improvement"))
            && cells.iter().any(|c| loose(c).contains("action"))
    };
    let Some(start) = lines.iter().position(|l| l.cells().is_some_and(&is_header)) else {
        return;
    };
    let mut group: Option<String> = None;
    let mut area: Option<String> = None;
    for l in &lines[start + 1..] {
        let Some(cells) = l.cells() else {
            continue;
        };
        if cells.len() < 4 || is_header(cells) {
            continue;
        }
        let cell = |i: usize| cells.get(i).copied().unwrap_or("");
        let title = cell_parts(cell(0)).heading.unwrap_or_default();
        let rest_empty = (1..cells.len()).all(|i| clean(cell(i)).is_empty());
        if rest_empty {
            // A theme row, or a note in brackets under one.
            if !title.is_empty() && !title.starts_with('(') {
                group = Some(title);
                area = None;
            }
            continue;
        }
        if !title.is_empty() {
            area = Some(title.clone());
            d.add_finding(
                Finding::new(FindingKind::AreaForImprovement, title, d.year(), l.source())
                    .under_opt(group.clone()),
            );
        }
        read_actions(l, cells, area.clone(), d);
    }
}

/// A plan row's actions, each with its timeframe, progress and leads where
/// the row pairs them one to one (or gives one action), filed under `area`.
fn read_actions(l: &CleanLine, cells: &[&str], area: Option<String>, d: &mut Draft) {
    let cell = |i: usize| cells.get(i).copied().unwrap_or("");
    let actions = cell_parts(cell(1)).items;
    let column = |i: usize| -> Vec<String> {
        let p = cell_parts(cell(i));
        if p.paragraphs.is_empty() {
            p.heading.into_iter().collect()
        } else {
            p.paragraphs
        }
    };
    let (timeframes, progress, leads) = (column(2), column(3), column(4));
    let lead = (!leads.is_empty()).then(|| leads.join("; "));
    let paired = |v: &Vec<String>, i: usize| -> Option<String> {
        if v.len() == actions.len() {
            v.get(i).cloned()
        } else if actions.len() == 1 && !v.is_empty() {
            Some(v.join("; "))
        } else {
            None
        }
    };
    for (name, v) in [("timeframes", &timeframes), ("progress entries", &progress)] {
        if !v.is_empty() && v.len() != actions.len() && actions.len() > 1 {
            d.warn(
                Some(l.no),
                DiagnosticCode::Mismatch,
                format!(
                    "{} actions but {} {name} ({}); they are not paired",
                    actions.len(),
                    v.len(),
                    v.join("; ")
                ),
            );
        }
    }
    for (i, text) in actions.iter().enumerate() {
        d.add_finding(
            Finding::new(FindingKind::Action, text.clone(), d.year(), l.source())
                .under_opt(area.clone())
                .with_action(Some(ActionDetails {
                    timeframe: paired(&timeframes, i),
                    progress: paired(&progress, i),
                    lead: lead.clone(),
                })),
        );
    }
}

//! Councils' children and young people's plans that reproduce their assessment:
//! a grade table with years across ("Summary of Grades (2006-2008)"), headings
//! with a grade ("Overall effectiveness of Children's Services (Grade 3)"), and the
//! "Major strengths | Important weaknesses" tables per outcome.

use super::kind::{KindReader, Letters};
use crate::grade::Scale;
use crate::loose::loose;
use crate::model::*;
use crate::parse::doc::line::CleanLine;
use crate::parse::doc::{Doc, Title};
use crate::parse::draft::Draft;
use crate::parse::read::areas::assessment_area;
use crate::parse::read::council::council_by_registry;
use crate::parse::read::scale::assessment_scale;
use crate::parse::read::strengths::strength_tables;
use crate::parse::text::cells::is_separator;
use crate::parse::text::clean::clean;
use crate::parse::text::dates::years_outside_dates;
use crate::parse::text::words::sentences;
use regex::Regex;
use std::sync::LazyLock;

pub(super) const READER: KindReader = KindReader {
    kind: DocumentKind::ChildrenPlan,
    recognise,
    read,
    names: &[],
};

fn recognise(title: &Title, _: &Letters) -> bool {
    title.contains("children and young people s plan")
        || title.contains("children and young peoples plan")
}

fn read(doc: &Doc, d: &mut Draft) {
    let lines = &doc.lines[..];
    read_heading(doc, d);
    let scale = assessment_scale(lines, d);
    read_grade_tables(lines, scale, d);
    read_unmarked_grade_tables(lines, scale, d);
    d.set_year(d.judgements().iter().filter_map(|j| j.year).max());
    read_grade_headings(lines, scale, d);
    if d.year().is_none() {
        d.set_year(d.judgements().iter().filter_map(|j| j.year).max());
    }
    read_strengths(lines, d);
}

fn read_heading(doc: &Doc, d: &mut Draft) {
    d.set_title(
        doc.title_lines()
            .find(|l| l.key().contains("children and young people s plan"))
            .map(|l| l.text.to_string()),
    );
    // The council as the plan names itself ("London Borough of Bromley").
    let named = council_by_registry(doc.title_lines(), |l| {
        let t = l.key();
        l.text.len() < 80
            && (t.contains("borough")
                || t.contains("council")
                || t.contains("county")
                || t.contains("city"))
    })
    .map(|(l, _)| l.text.trim_end_matches([':', ' ']).to_string());
    if let Some(name) = named {
        d.set_council_printed(name);
    }
}

/// A table with years across and judgement areas down, each cell a grade 1-4.
fn read_grade_tables(lines: &[CleanLine], scale: Scale, d: &mut Draft) {
    let mut i = 0;
    while i < lines.len() {
        let Some(cells) = lines[i].cells() else {
            i += 1;
            continue;
        };
        let years: Vec<Option<i32>> = cells
            .iter()
            .map(|c| {
                // Most cells are text: only one with four digits (or an entity
                // that could be one) can be a year.
                let digits = c.bytes().filter(u8::is_ascii_digit).count();
                if digits < 4 && !c.contains('&') {
                    return None;
                }
                let c = if c.contains(['<', '*']) {
                    clean(c)
                } else {
                    c.trim().to_string()
                };
                (c.len() == 4).then(|| c.parse().ok()).flatten()
            })
            .collect();
        i += 1;
        if years.iter().flatten().count() < 2 {
            continue;
        }
        while i < lines.len() {
            let l = &lines[i];
            let Some(cells) = l.clean_cells() else {
                if l.text.is_empty() || is_separator(l.raw) {
                    i += 1;
                    continue;
                }
                break;
            };
            i += 1;
            let Some(label) = cells.first() else { continue };
            let Some(area) = assessment_area(label) else {
                continue;
            };
            let values: Vec<(i32, &str)> = years
                .iter()
                .zip(cells.iter().map(|c| c.as_ref()))
                .filter_map(|(y, c)| Some(((*y)?, c)))
                .collect();
            if !values
                .iter()
                .all(|(_, v)| v.len() == 1 && v.parse::<u8>().is_ok_and(|n| (1..=4).contains(&n)))
            {
                continue;
            }
            judge_years(l, area, label, values, scale, d);
        }
    }
}

/// A row of a grade table: one judgement a year.
fn judge_years(
    l: &CleanLine,
    area: Area,
    label: &str,
    values: Vec<(i32, &str)>,
    scale: Scale,
    d: &mut Draft,
) {
    for (year, raw) in values {
        let level = raw.parse().ok().and_then(|n| scale.level(n));
        d.judge(Judgement::new(
            Scope::None,
            area,
            label.to_string(),
            Some(year),
            Grade::new(raw.to_string(), level),
            l.source(),
        ));
    }
}

/// The same tables in text without cell marks (a PDF's text): a line of years
/// alone ("2006 2007 2008"), then rows whose words end with one grade 1-4 a year
/// ("Being healthy 2 2 3"), up to the first line that is no such row.
fn read_unmarked_grade_tables(lines: &[CleanLine], scale: Scale, d: &mut Draft) {
    let mut i = 0;
    while i < lines.len() {
        let header = &lines[i];
        i += 1;
        // A cheap look first (every line passes here): digits and spaces only.
        let t = header.text.as_bytes();
        let maybe =
            (9..=80).contains(&t.len()) && t.iter().all(|b| b.is_ascii_digit() || *b == b' ');
        if !maybe || header.cells().is_some() {
            continue;
        }
        let words: Vec<&str> = header.text.split_whitespace().collect();
        let years: Vec<i32> = words
            .iter()
            .filter_map(|w| (w.len() == 4).then(|| w.parse().ok()).flatten())
            .filter(|y| (1990..=2100).contains(y))
            .collect();
        if years.len() < 2 || years.len() != words.len() {
            continue;
        }
        while i < lines.len() {
            let l = &lines[i];
            if l.text.is_empty() {
                i += 1;
                continue;
            }
            let words: Vec<&str> = l.text.split_whitespace().collect();
            if words.len() <= years.len() {
                break;
            }
            let (label, grades) = words.split_at(words.len() - years.len());
            let is_grade = |g: &&str| g.len() == 1 && (b'1'..=b'4').contains(&g.as_bytes()[0]);
            if !grades.iter().all(is_grade) {
                break;
            }
            i += 1;
            let label = label.join(" ");
            if let Some(area) = assessment_area(&label) {
                let values = years.iter().copied().zip(grades.iter().copied()).collect();
                judge_years(l, area, &label, values, scale, d);
            }
        }
    }
}

/// "Overall effectiveness of Children's Services (Grade 3)": the latest
/// assessment's grade, whose year the paragraphs above name.
fn read_grade_headings(lines: &[CleanLine], scale: Scale, d: &mut Draft) {
    static HEADING: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)^(?:\d+\.\s*)?(.+?)\s*\(Grade\s*([1-4])\)\s*$").unwrap());
    for (i, l) in lines.iter().enumerate() {
        // A cheap look first: the pattern is tried only where it can match.
        let Some(c) = l
            .text
            .contains("(Grade")
            .then(|| HEADING.captures(&l.text))
            .flatten()
        else {
            continue;
        };
        let label = c[1].to_string();
        let Some(area) = assessment_area(&label) else {
            continue;
        };
        let year = assessment_year_above(&lines[..i]).or(d.year());
        if year.is_none() {
            d.warn(
                Some(l.no),
                DiagnosticCode::YearNotFound,
                format!("the year of '{}' could not be read", l.text),
            );
        }
        let level = c[2].parse().ok().and_then(|n| scale.level(n));
        d.judge(Judgement::new(
            Scope::None,
            area,
            label,
            year,
            Grade::new(format!("Grade {}", &c[2]), level),
            l.source(),
        ));
    }
}

/// The newest year named with the annual performance assessment in the few
/// paragraphs above a line (dates of meetings excluded).
fn assessment_year_above(lines: &[CleanLine]) -> Option<i32> {
    lines
        .iter()
        .rev()
        .filter(|l| !l.text.is_empty())
        .take(6)
        .flat_map(|l| sentences(&l.text))
        .filter(|s| {
            let t = loose(s);
            t.contains("annual performance assessment") || t.contains(" apa")
        })
        .flat_map(|s| years_outside_dates(&s).into_iter().map(|(_, y)| y))
        .max()
}

/// "Major strengths | Important weaknesses and areas for development" tables.
fn read_strengths(lines: &[CleanLine], d: &mut Draft) {
    for f in strength_tables(lines, d.year()) {
        d.add_finding(f);
    }
}

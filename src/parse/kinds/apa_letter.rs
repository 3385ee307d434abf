//! Annual performance assessment letters (Ofsted and CSCI, 2005-2008): the annex
//! table of final judgements (1-4, 4 best, or the printed key), the SUMMARY table
//! of strengths and areas for improvement per outcome, and the areas for
//! exploration in the joint area review.

use super::kind::{KindReader, Letters};
use crate::grade::Scale;
use crate::model::*;
use crate::parse::doc::line::CleanLine;
use crate::parse::doc::{Doc, Title};
use crate::parse::draft::Draft;
use crate::parse::read::areas::{assessment_area, outcome_area};
use crate::parse::read::scale::assessment_scale;
use crate::parse::read::strengths::strength_tables;
use crate::parse::text::cells::is_separator;
use crate::parse::text::clean::clean;
use crate::parse::text::dates::{find_years, first_date};
use crate::parse::text::words::{strip_bullet, title_case};
use regex::Regex;
use std::sync::LazyLock;

pub(super) const READER: KindReader = KindReader {
    kind: DocumentKind::ApaLetter,
    recognise,
    read,
    names: &[],
};

fn recognise(title: &Title, _: &Letters) -> bool {
    title.contains("annual performance assessment of")
}

fn read(doc: &Doc, d: &mut Draft) {
    let lines = &doc.lines[..];
    read_heading(doc, d);
    read_signatories(lines, d);
    read_judgements(lines, d);
    read_summary(lines, d);
    read_exploration(lines, d);
}

fn read_heading(doc: &Doc, d: &mut Draft) {
    read_title(&doc.lines, d);
    read_annex(&doc.lines, d);
    read_letter_dates(doc, d);
}

/// The title ("Annual performance assessment of ... 2005") gives the council
/// and the year.
fn read_title(lines: &[CleanLine], d: &mut Draft) {
    // 2005: "ANNUAL PERFORMANCE ASSESSMENT OF LONDON BOROUGH OF BROMLEY'S ... 2005".
    static TITLE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)ANNUAL PERFORMANCE ASSESSMENT OF (.+?)['’]S\b").unwrap());
    // 2006-2008: "2006 ANNUAL PERFORMANCE ASSESSMENT OF SERVICES FOR CHILDREN AND
    // YOUNG PEOPLE IN ESSEX COUNTY COUNCIL" (the council may be on the next line).
    static TITLE_IN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)ANNUAL PERFORMANCE ASSESSMENT OF SERVICES FOR CHILDREN AND YOUNG PEOPLE IN\b\s*(.*?)(?:\s+\d{4})?\s*$",
        )
        .unwrap()
    });
    // Cheap looks before each pattern: they run only where they can match.
    let maybe_title = |t: &str| t.contains("ERFORMANCE") || t.contains("erformance");
    let council_case = |s: &str| {
        title_case(s)
            .replace(" Of ", " of ")
            .replace(" And ", " and ")
    };
    if let Some(i) = lines.iter().position(|l| {
        maybe_title(&l.text) && (TITLE_IN.is_match(&l.text) || TITLE.is_match(&l.text))
    }) {
        let l = &lines[i];
        d.set_title(Some(l.text.to_string()));
        d.set_year(find_years(&l.text).last().map(|&(_, y)| y));
        let named = match TITLE_IN.captures(&l.text) {
            Some(c) if !c[1].is_empty() => Some(council_case(&c[1])),
            // The title broken after "IN": the council is the next line.
            Some(_) => lines[i + 1..]
                .iter()
                .find(|n| !n.text.is_empty())
                .filter(|n| n.text.len() <= 80)
                .map(|n| {
                    if d.year().is_none() {
                        d.set_year(find_years(&n.text).last().map(|&(_, y)| y));
                    }
                    d.set_title(Some(format!("{} {}", l.text, n.text)));
                    let name = n
                        .text
                        .trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ');
                    council_case(name)
                }),
            None => TITLE.captures(&l.text).map(|c| council_case(&c[1])),
        };
        if let Some(name) = named {
            d.set_council_printed(name);
        }
    }
}

/// The annex of final judgements ("APA final judgements 2006: Essex") names
/// the council and the year, which it settles.
fn read_annex(lines: &[CleanLine], d: &mut Draft) {
    static ANNEX: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)APA final judgements? (\d{4})\s*:\s*(.+)$").unwrap());
    let maybe_annex = |t: &str| t.contains("udgement") || t.contains("UDGEMENT");
    if let Some(c) = lines.iter().find_map(|l| {
        maybe_annex(&l.text)
            .then(|| ANNEX.captures(&l.text))
            .flatten()
    }) {
        d.set_council_printed(c[2].trim());
        let annex_year: i32 = c[1].parse().unwrap_or_default();
        if d.year().is_some_and(|y| y != annex_year) {
            d.warn(
                None,
                DiagnosticCode::YearInferred,
                format!(
                    "the title says {:?} but the annex says {annex_year}",
                    d.year()
                ),
            );
        }
        d.set_year(Some(annex_year));
    }
}

/// The letter's and the meeting's dates; the letter's year where nothing else
/// gives one.
fn read_letter_dates(doc: &Doc, d: &mut Draft) {
    let lines = &doc.lines[..];
    // The letter's date stands alone near the top; the meeting's date is in the
    // first paragraph.
    d.set_letter(
        doc.title_lines()
            .find(|l| l.text.len() <= 25 && first_date(&l.text).is_some())
            .and_then(|l| first_date(&l.text)),
    );
    d.set_meeting(
        lines
            .iter()
            .find(|l| l.key().contains("meeting held on"))
            .and_then(|l| {
                let at = l.text.find("meeting held on")?;
                first_date(&l.text[at..])
            }),
    );
    // Some 2006-2008 titles print no year: the letter, sent in the autumn of the
    // assessment's year, dates it.
    if d.year().is_none()
        && let Some(date) = d.dates().letter
    {
        d.set_year(Some(date.year));
        d.warn(
                None,
                DiagnosticCode::YearInferred,
                format!(
                    "the title and the annex print no year; {} is the year of the letter's date ({date})",
                    date.year
                ),
            );
    }
}

/// Signatories follow "Yours sincerely": a name in capitals, then role lines.
fn read_signatories(lines: &[CleanLine], d: &mut Draft) {
    let Some(start) = lines
        .iter()
        .position(|l| l.key().starts_with("yours sincerely"))
    else {
        return;
    };
    let mut current: Option<(String, Vec<String>)> = None;
    for l in &lines[start + 1..] {
        if l.text.is_empty() {
            continue;
        }
        if l.raw.trim_start().starts_with('#') || l.cells().is_some() {
            break;
        }
        let letters: String = l.text.chars().filter(|c| c.is_alphabetic()).collect();
        let is_name = !letters.is_empty()
            && letters.chars().all(char::is_uppercase)
            && l.text.split_whitespace().count() <= 4;
        if is_name {
            if let Some((name, roles)) = current.take() {
                d.add_person(person(name, roles));
            }
            current = Some((title_case(&l.text), Vec::new()));
        } else if let Some((_, roles)) = current.as_mut() {
            roles.push(l.text.to_string());
        }
    }
    if let Some((name, roles)) = current {
        d.add_person(person(name, roles));
    }
}

fn person(name: String, role_lines: Vec<String>) -> Person {
    // A role broken over lines ("Quality, Performance and" / "Methods") joins with a
    // space; separate lines (post, organisation) with a comma.
    let mut role = String::new();
    for r in role_lines {
        if role.is_empty() {
            role = r;
        } else if role.ends_with(" and") || role.ends_with(',') || r.starts_with(char::is_lowercase)
        {
            role = format!("{role} {r}");
        } else {
            role = format!("{role}, {r}");
        }
    }
    Person {
        name,
        role: Role::Signatory,
        post: Some(role).filter(|r| !r.is_empty()),
    }
}

/// The annex table: label cell, grade cell.
fn read_judgements(lines: &[CleanLine], d: &mut Draft) {
    let scale = assessment_scale(lines, d);
    // The header row names judgements or grades ("Areas for judgement | Final
    // judgements", "Judgement | Grade"); the key's own rows start with a number.
    let Some(header) = lines.iter().position(|l| {
        l.cells().is_some()
            && (l.key().contains("judgement") || l.key().contains("grade"))
            && !l.key().starts_with("grade ")
            && !l.key().starts_with(|c: char| c.is_ascii_digit())
    }) else {
        if !read_unmarked_judgements(lines, scale, d) {
            d.warn(
                None,
                DiagnosticCode::StructureNotFound,
                "the table of final judgements was not found",
            );
        }
        return;
    };
    for l in &lines[header + 1..] {
        if l.text.is_empty() {
            continue;
        }
        if is_separator(l.raw) {
            continue;
        }
        let Some(cells) = l.clean_cells() else {
            break;
        };
        let cells: Vec<&str> = cells
            .iter()
            .map(|c| c.as_ref())
            .filter(|c| !c.is_empty())
            .collect();
        let (Some(label), Some(raw)) = (cells.first(), cells.last()) else {
            continue;
        };
        if cells.len() < 2 {
            continue;
        }
        judge_row(l, label, raw, scale, d);
    }
}

/// One row of the annex table: its label names the judgement, its last cell is
/// the grade.
fn judge_row(l: &CleanLine, label: &str, raw: &str, scale: Scale, d: &mut Draft) {
    let Some(area) = assessment_area(label) else {
        d.warn(
            Some(l.no),
            DiagnosticCode::UnknownLabel,
            format!("judgement '{label}' is not an area apa knows; skipped"),
        );
        return;
    };
    let level = raw.parse::<u8>().ok().and_then(|n| scale.level(n));
    if level.is_none() {
        d.warn(
            Some(l.no),
            DiagnosticCode::GradeUnreadable,
            format!("grade '{raw}' for '{label}' could not be read"),
        );
    }
    d.judge(Judgement::new(
        Scope::None,
        area,
        label.to_string(),
        d.year(),
        Grade::new(raw.to_string(), level),
        l.source(),
    ));
}

/// The annex table in text without cell marks (a PDF's text): after the heading
/// ("APA final judgements 2005: ...", "Areas for judgement ... Grade awarded"),
/// each judgement's words end with its grade, on the same line or alone on the
/// next; a long label may wrap over lines. Returns whether a row was read.
fn read_unmarked_judgements(lines: &[CleanLine], scale: Scale, d: &mut Draft) -> bool {
    static ROW: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(.*?\S)\s+([1-4])$").unwrap());
    let is_heading = |l: &CleanLine| {
        let k = l.key();
        k.starts_with("apa final judgement") || k.starts_with("areas for judgement")
    };
    let Some(start) = lines.iter().position(is_heading) else {
        return false;
    };
    let mut read = false;
    // The words of a label broken over lines, waiting for their grade.
    let mut label = String::new();
    for l in &lines[start + 1..] {
        if l.text.is_empty() || is_separator(l.raw) || is_heading(l) {
            continue;
        }
        // The key below the table ("Grade Service descriptors ..."), a heading, or
        // a paragraph too long to be a label: the table is over.
        if l.key().starts_with("grade") || l.key().starts_with("key") || l.heading {
            break;
        }
        if l.text.len() == 1 && l.text.as_bytes()[0].is_ascii_digit() {
            // A grade alone, for the words above it if they name a judgement (a
            // page number under other words is no grade).
            if assessment_area(label.trim()).is_some() {
                read = true;
                judge_row(l, label.trim(), &l.text, scale, d);
            }
            label.clear();
            continue;
        }
        if let Some(c) = ROW.captures(&l.text) {
            let text = format!("{label} {}", &c[1]);
            let words = text.trim();
            if assessment_area(words).is_some() {
                read = true;
                judge_row(l, words, &c[2], scale, d);
                label.clear();
                continue;
            }
        }
        label = format!("{label} {}", l.text);
        if label.len() > 400 {
            break;
        }
    }
    read
}

/// The SUMMARY table (2005) or the "Major strengths | Important weaknesses" tables
/// (2006-2008): strengths and areas for improvement per outcome.
fn read_summary(lines: &[CleanLine], d: &mut Draft) {
    for f in strength_tables(lines, d.year()) {
        d.add_finding(f);
    }
}

/// "Areas for exploration in the joint area review": outcome headings, italic
/// criteria, bullets (sub-bullets join their parent).
fn read_exploration(lines: &[CleanLine], d: &mut Draft) {
    let Some(start) = lines
        .iter()
        .position(|l| l.key().starts_with("areas for exploration"))
    else {
        return;
    };
    let mut area = None;
    let mut criteria: Vec<String> = Vec::new();
    let mut after_bullet = false;
    for l in &lines[start + 1..] {
        if l.text.is_empty() {
            continue;
        }
        let raw = l.raw.trim_end();
        let indent = raw.len() - raw.trim_start().len();
        if l.heading && strip_bullet(raw).is_none() {
            match outcome_area(&l.text) {
                Some(a) => {
                    area = Some(a);
                    criteria.clear();
                    after_bullet = false;
                    continue;
                }
                None => break,
            }
        }
        let trimmed = raw.trim_start();
        let italic =
            trimmed.starts_with('*') && !trimmed.starts_with("* ") && trimmed.ends_with('*');
        if italic {
            if after_bullet {
                criteria.clear();
                after_bullet = false;
            }
            criteria.push(l.text.trim_end_matches(':').to_string());
            continue;
        }
        let Some(item) = strip_bullet(trimmed) else {
            continue;
        };
        let item = clean(item);
        if indent >= 2
            && let Some(parent) = d
                .last_finding()
                .filter(|f| f.kind == FindingKind::AreaForExploration)
        {
            let sep = if parent.text.ends_with(':') {
                " "
            } else {
                "; "
            };
            parent.text = format!("{}{sep}{}", parent.text, item);
            continue;
        }
        after_bullet = true;
        d.add_finding(
            Finding::new(FindingKind::AreaForExploration, item, d.year(), l.source())
                .filed(area)
                .under_opt((!criteria.is_empty()).then(|| criteria.join(" / "))),
        );
    }
}

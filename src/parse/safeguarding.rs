//! Inspections of safeguarding and looked after children services (2009-2013):
//! two blocks (safeguarding; looked after children), each graded "Grade 1
//! (Outstanding)" .. "Grade 4 (Inadequate)" in the body and in words in the
//! "Record of main findings" table. Both are read and must agree; some headings
//! carry their grade only in the body. Areas for improvement are grouped by
//! timescale.

use super::Draft;
use super::areas::inspection_area;
use super::key::read_key;
use super::scan::{CleanLine, date_span, first_date, loose, strip_bullet};
use crate::grade::{Scale, level_from_word};
use crate::model::*;
use regex::Regex;
use std::sync::LazyLock;

static GRADE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bGrade\s*([1-4])\s*\(\s*(outstanding|good|adequate|inadequate)\s*\)").unwrap()
});

pub fn parse(lines: &[CleanLine], d: &mut Draft) {
    read_heading(lines, d);
    let scale = match read_key(lines) {
        Some((s, _)) => s,
        None => {
            d.warn(None, "no key to the grades is printed; this era's scale (Grade 1 = outstanding .. Grade 4 = inadequate) is assumed");
            Scale::GRADE_ONE_IS_BEST
        }
    };
    let record = lines
        .iter()
        .position(|l| l.key().starts_with("record of main findings") && !is_contents(l));
    if let Some(at) = record {
        read_record(&lines[at + 1..], d);
    } else {
        d.warn(
            None,
            "the 'Record of main findings' table was not found; grades are read from the body only",
        );
    }
    let body = &lines[..record.unwrap_or(lines.len())];
    read_body(body, scale, d);
}

fn read_heading(lines: &[CleanLine], d: &mut Draft) {
    static TITLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^Inspection of safeguarding and looked after children services\s*:?\s*(.*)$",
        )
        .unwrap()
    });
    if let Some((l, c)) = lines
        .iter()
        .filter(|l| l.text.starts_with("Inspection") || l.text.starts_with("INSPECTION"))
        .find_map(|l| TITLE.captures(&l.text).map(|c| (l, c)))
    {
        d.title = Some(l.text.to_string());
        let name = c[1].trim();
        if !name.is_empty() {
            d.council = Some(name.to_string());
        }
    }
    if d.council.is_none() {
        d.council = lines.iter().find_map(|l| {
            let t = l.text.strip_prefix("Record of main findings:")?;
            Some(t.trim().to_string()).filter(|t| !t.is_empty())
        });
    }
    for l in lines.iter().take(80) {
        let t = l.key();
        if t.starts_with("inspection dates") || t.starts_with("inspection date") {
            if let Some((a, b)) = date_span(&l.text) {
                d.dates.inspection_start = Some(a);
                d.dates.inspection_end = Some(b);
            }
        } else if t.starts_with("published") {
            d.dates.published = first_date(&l.text);
        } else if t.starts_with("reporting inspector") || t.starts_with("lead inspector") {
            let role = if t.starts_with("reporting") {
                "reporting inspector"
            } else {
                "lead inspector"
            };
            let name = l
                .text
                .split_whitespace()
                .skip(2)
                .collect::<Vec<_>>()
                .join(" ");
            let name = name.trim_start_matches(':').trim().to_string();
            if !name.is_empty() {
                d.people.push(Person {
                    name,
                    role: role.to_string(),
                });
            }
        }
    }
    d.year = d
        .dates
        .published
        .or(d.dates.inspection_start)
        .map(|x| x.year);
}

/// A table-of-contents row: a label and a page number.
fn is_contents(l: &CleanLine) -> bool {
    let cells_end_in_page = l.cells().is_some_and(|cells| {
        cells.len() >= 2
            && cells
                .last()
                .is_some_and(|c| !c.is_empty() && c.chars().all(|ch| ch.is_ascii_digit()))
    });
    // Without cell marks (text from a PDF): a short title ending in a page number.
    cells_end_in_page || super::ofsted::is_contents_entry(&l.text)
}

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

/// The "Record of main findings" table: block rows, group rows, graded rows.
fn read_record(lines: &[CleanLine], d: &mut Draft) {
    // In text taken from a PDF the table has no cell marks: "Label   Grade".
    static TRAILING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(.*?\S)\s+(outstanding|good|adequate|inadequate)$").unwrap()
    });
    let mut scope = None;
    for l in lines {
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
            if let Some(s) = scope_heading(&label) {
                scope = Some(s);
            }
            continue;
        }
        let Some(scope) = scope else { continue };
        let Some(area) = inspection_area(&label, scope) else {
            d.warn(
                Some(l.no),
                format!("'{label}' is not a judgement apa knows; skipped"),
            );
            continue;
        };
        let level = level_from_word(&grade);
        if level.is_none() {
            d.warn(
                Some(l.no),
                format!("grade '{grade}' for '{label}' could not be read"),
            );
        }
        d.judge(Judgement {
            scope,
            area,
            label,
            year: d.year,
            grade: Grade::new(grade, level),
            source: l.source(),
        });
    }
}

/// Body grades ("Grade 3 (Adequate)" under a heading or after a sentence) and
/// the areas for improvement, in their block.
fn read_body(lines: &[CleanLine], scale: Scale, d: &mut Draft) {
    let mut scope = None;
    let mut last_text: Option<&CleanLine> = None;
    let mut i = 0;
    while i < lines.len() {
        let l = &lines[i];
        i += 1;
        if l.text.is_empty() || is_contents(l) {
            continue;
        }
        if let Some(s) = scope_heading(&l.text) {
            scope = Some(s);
            last_text = Some(l);
            continue;
        }
        let Some(scope) = scope else {
            last_text = Some(l);
            continue;
        };
        if l.key() == "areas for improvement" {
            i += read_improvements(&lines[i..], scope, d);
            continue;
        }
        let maybe_grade = l.text.contains("Grade") || l.text.contains("grade");
        if let Some(c) = maybe_grade.then(|| GRADE.captures(&l.text)).flatten() {
            let m = c.get(0).unwrap();
            let before = l.text[..m.start()].trim();
            let label_line = if before.is_empty() {
                last_text
            } else {
                Some(l)
            };
            let label = if before.is_empty() {
                last_text.map(|x| x.text.to_string()).unwrap_or_default()
            } else {
                before.to_string()
            };
            // A grade in the middle of a paragraph is not a heading's grade.
            let trailing = l.text[m.end()..].trim();
            if trailing.is_empty() && label.len() < 250 {
                match inspection_area(&label, scope) {
                    Some(area) => {
                        let n: u8 = c[1].parse().unwrap_or(0);
                        let by_number = scale.level(n);
                        let by_word = level_from_word(&c[2]);
                        let level = if by_number == by_word {
                            by_number
                        } else {
                            d.warn(Some(l.no), format!("'{}' gives a number and a word that disagree on this document's scale", m.as_str()));
                            None
                        };
                        d.judge(Judgement {
                            scope,
                            area,
                            label: label.trim_end_matches('.').to_string(),
                            year: d.year,
                            grade: Grade::new(m.as_str(), level),
                            source: label_line.map_or_else(
                                || l.source(),
                                |x| {
                                    let mut s = l.source();
                                    if x.no != l.no {
                                        s.text = format!("{} | {}", x.text, l.text);
                                    }
                                    s
                                },
                            ),
                        });
                    }
                    None => d.warn(
                        Some(l.no),
                        format!(
                            "a grade follows '{label}', which is not a judgement apa knows; skipped"
                        ),
                    ),
                }
            }
        }
        last_text = Some(l);
    }
}

/// Bullets grouped under "Immediately:", "Within three months", "Within six months".
/// Returns how many lines it consumed.
fn read_improvements(lines: &[CleanLine], scope: Scope, d: &mut Draft) -> usize {
    let mut timescale = None;
    let mut seen_bullet = false;
    for (n, l) in lines.iter().enumerate() {
        if l.text.is_empty() {
            continue;
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
            continue;
        }
        if let Some(item) = strip_bullet(l.raw.trim()) {
            seen_bullet = true;
            if timescale.is_none() {
                d.warn(
                    Some(l.no),
                    "an area for improvement stands under no timescale",
                );
            }
            d.find(Finding {
                kind: FindingKind::AreaForImprovement,
                scope,
                area: None,
                heading: None,
                timescale,
                text: super::scan::clean(item),
                year: d.year,
                action: None,
                source: l.source(),
            });
            continue;
        }
        if seen_bullet || timescale.is_some() {
            return n;
        }
    }
    lines.len()
}

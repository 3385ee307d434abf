//! How grades read in a terminal table: the printed grade, with its level where
//! the printed value is a bare number, coloured by level; conflicting sources
//! side by side and marked.

use super::columns::{Col, Columns, Value, spaced};
use super::style::Paint;
use super::table::{Cell, Column, Fit, Grid};
use super::{Tabular, opt};
use apa::analysis::compare::GradeLine;
use apa::analysis::{GradeValue, Slot};
use apa::model::{Area, Scope};
use serde::Serialize;

/// "2 (adequate)" for a bare number, "Grade 3 (Adequate)" and "Good" as printed.
pub fn grade_text(v: &GradeValue) -> String {
    let raw = v.raw.trim();
    match v.level {
        Some(level) if raw.chars().all(|c| c.is_ascii_digit()) => format!("{raw} ({level})"),
        None if raw.is_empty() => "not read".to_string(),
        None => format!("{raw} (not read)"),
        _ => raw.to_string(),
    }
}

/// A slot's text: one value where the sources agree; each value and a mark where
/// they do not. `note` adds a source mark to each value (trend tables).
pub fn slot_text(slot: &Slot, note: &dyn Fn(&GradeValue) -> String) -> String {
    if slot.conflict {
        let parts: Vec<String> = slot
            .values
            .iter()
            .map(|v| format!("{}{}", grade_text(v), note(v)))
            .collect();
        format!("{} (sources disagree)", parts.join(" / "))
    } else {
        let mut notes: Vec<String> = slot.values.iter().map(note).collect();
        notes.dedup();
        format!("{}{}", grade_text(&slot.values[0]), notes.concat())
    }
}

/// A matrix cell: the slot's text, its level's code as short form ("?" where
/// the sources disagree or the grade was not read).
pub fn slot_cell(slot: Option<&Slot>, note: &dyn Fn(&GradeValue) -> String) -> Cell {
    match slot {
        None => Cell::default(),
        Some(s) => Cell::grade(slot_text(s, note), s.level()),
    }
}

/// One value of a grade matrix as a flat row, for CSV and JSON lines.
#[derive(Serialize)]
pub struct SlotRow {
    pub schema_version: u32,
    pub council: String,
    pub year: i32,
    pub scope: String,
    pub area: String,
    pub raw: String,
    pub level: Option<String>,
    pub score: Option<u8>,
    pub conflict: bool,
    pub source: String,
}

impl Tabular for SlotRow {
    fn columns() -> Columns<SlotRow> {
        let text = |key, meaning, get: fn(&SlotRow) -> String| {
            Col::new(key, meaning, move |r: &SlotRow| Value::Text(get(r))).shown(Fit::Wrap)
        };
        Columns(vec![
            text("council", "The council", |r| r.council.clone()),
            text("year", "The year", |r| r.year.to_string()),
            text("scope", "The block of a 2009-2013 inspection", |r| {
                r.scope.clone()
            }),
            text("area", "The judgement", |r| r.area.clone()),
            text("raw", "The grade as printed", |r| r.raw.clone()),
            text("level", "The grade's level", |r| opt(&r.level)),
            text("score", "The grade's score", |r| opt(&r.score)),
            text("conflict", "Whether two sources disagree", |r| {
                r.conflict.to_string()
            }),
            text("source", "Where it was read", |r| r.source.clone()),
        ])
    }
}

/// Every value of every cell: (council, year, scope, area, what the sources say).
pub fn slot_rows<'a>(
    cells: impl Iterator<Item = (&'a str, i32, Scope, Area, &'a Slot)>,
) -> Vec<SlotRow> {
    cells
        .flat_map(|(council, year, scope, area, slot)| {
            slot.values.iter().map(move |v| SlotRow {
                schema_version: apa::model::SCHEMA_VERSION,
                council: council.to_string(),
                year,
                scope: scope.as_str().to_string(),
                area: area.to_string(),
                raw: v.raw.clone(),
                level: v.level.map(|l| l.to_string()),
                score: v.score,
                conflict: slot.conflict,
                source: v.source.to_string(),
            })
        })
        .collect()
}

/// "Overall effectiveness" or "Safeguarding: Overall effectiveness".
pub fn area_label(scope: Scope, area: Area) -> String {
    match scope {
        Scope::None => area.title().to_string(),
        Scope::Safeguarding => format!("Safeguarding: {}", area.title()),
        Scope::LookedAfter => format!("Looked after: {}", area.title()),
    }
}

/// A grade matrix: labels down (judgement areas, or councils), columns across,
/// each cell coloured by level (its background), with level codes where the
/// width is short and in parts that repeat the labels where it is shorter.
pub fn matrix_grid(
    headers: Vec<String>,
    lines: &[(String, Vec<Option<&Slot>>)],
    note: &dyn Fn(&GradeValue) -> String,
) -> Grid {
    let mut headers = headers.into_iter();
    let label = headers.next().unwrap_or_default();
    let columns = std::iter::once(Column::new(label, Fit::Wrap).min(20).key())
        .chain(headers.map(|h| Column::new(h, Fit::Short)))
        .collect();
    let mut grid = Grid::new(columns, Paint::Background);
    for (label, cells) in lines {
        let mut row = vec![Cell::text(label.clone())];
        row.extend(cells.iter().map(|s| slot_cell(*s, note)));
        grid.push(row);
    }
    grid
}

pub fn column_title(c: &apa::analysis::compare::Column) -> String {
    format!("{} {}", c.council, c.year)
}

pub fn grade_lines_view(lines: &[GradeLine]) -> Vec<(String, Vec<Option<&Slot>>)> {
    lines
        .iter()
        .map(|l| {
            (
                area_label(l.scope, l.area),
                l.cells.iter().map(Option::as_ref).collect(),
            )
        })
        .collect()
}

/// The letters between inspections as rows: year, kind, dates, subject and how
/// many priority actions and areas for improvement each set.
pub fn visit_rows(visits: &[apa::analysis::Visit]) -> (Vec<String>, Vec<Vec<String>>) {
    let headers = [
        "Year",
        "Letter",
        "Dates",
        "Subject",
        "Priority actions",
        "To improve",
    ]
    .map(String::from)
    .to_vec();
    let rows = visits
        .iter()
        .map(|v| {
            let dates = match (v.start, v.end) {
                (Some(a), Some(b)) if a == b => a.to_string(),
                (Some(a), Some(b)) => format!("{a} to {b}"),
                _ => String::new(),
            };
            vec![
                opt(&v.year),
                spaced(v.kind.as_str()),
                dates,
                v.subject.clone().unwrap_or_default(),
                v.priority_actions.to_string(),
                v.areas_for_improvement.to_string(),
            ]
        })
        .collect();
    (headers, rows)
}

/// The letters between inspections as a table for the terminal; with
/// `council`, a column naming each letter's council first.
pub fn visit_grid(visits: &[apa::analysis::Visit], council: bool) -> Grid {
    let (headers, rows) = visit_rows(visits);
    let lead = council.then(|| Column::new("Council", Fit::Whole));
    let columns = lead
        .into_iter()
        .chain(headers.into_iter().enumerate().map(|(i, h)| match i {
            0 => Column::new(h, Fit::Whole),
            3 => Column::new(h, Fit::Wrap).min(20),
            _ => Column::new(h, Fit::Wrap),
        }))
        .collect();
    let mut grid = Grid::new(columns, Paint::Text);
    for (visit, row) in visits.iter().zip(rows) {
        let lead = council.then(|| Cell::text(visit.council.clone()));
        grid.push(
            lead.into_iter()
                .chain(row.into_iter().map(Cell::text))
                .collect(),
        );
    }
    grid
}

//! How grades read in a terminal table: the printed grade, with its level where
//! the printed value is a bare number, coloured by level; conflicting sources
//! side by side and marked.

use super::output::{Style, Tabular, opt};
use apa::analysis::compare::{Column, GradeLine};
use apa::analysis::{GradeValue, Slot};
use apa::model::{Area, Scope};
use comfy_table::{Cell, ColumnConstraint, Width};
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

pub fn slot_cell(style: &Style, slot: Option<&Slot>, note: &dyn Fn(&GradeValue) -> String) -> Cell {
    match slot {
        None => Cell::new(""),
        Some(s) => style.grade_cell(&slot_text(s, note), s.level()),
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
    fn headers() -> &'static [&'static str] {
        &[
            "council", "year", "scope", "area", "raw", "level", "score", "conflict", "source",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.council.clone(),
            self.year.to_string(),
            self.scope.clone(),
            self.area.clone(),
            self.raw.clone(),
            opt(&self.level),
            opt(&self.score),
            self.conflict.to_string(),
            self.source.clone(),
        ]
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

/// A grade matrix: judgement areas down, columns across.
pub fn matrix_table(
    style: &Style,
    headers: Vec<String>,
    lines: &[(String, Vec<Option<&Slot>>)],
    note: &dyn Fn(&GradeValue) -> String,
) -> comfy_table::Table {
    let mut t = style.table();
    let columns = headers.len();
    t.set_header(headers);
    // The labels keep a readable width; the grade columns share the rest.
    t.set_constraints(
        std::iter::once(ColumnConstraint::LowerBoundary(Width::Fixed(24)))
            .chain((1..columns).map(|_| ColumnConstraint::LowerBoundary(Width::Fixed(8)))),
    );
    for (label, cells) in lines {
        let mut row = vec![Cell::new(label)];
        row.extend(cells.iter().map(|s| slot_cell(style, *s, note)));
        t.add_row(row);
    }
    t
}

pub fn column_title(c: &Column) -> String {
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

/// Markdown: the same matrix as a markdown table.
pub fn matrix_markdown(
    headers: &[String],
    lines: &[(String, Vec<Option<&Slot>>)],
    note: &dyn Fn(&GradeValue) -> String,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let rows = lines.iter().map(|(label, cells)| {
        let mut r = vec![label.clone()];
        r.extend(
            cells
                .iter()
                .map(|s| s.map(|s| slot_text(s, note)).unwrap_or_default()),
        );
        r
    });
    super::output::markdown(headers, rows, out)
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
                v.kind.as_str().replace('_', " "),
                dates,
                v.subject.clone().unwrap_or_default(),
                v.priority_actions.to_string(),
                v.areas_for_improvement.to_string(),
            ]
        })
        .collect();
    (headers, rows)
}

/// The letters between inspections as a table for the terminal.
pub fn visit_table(style: &Style, visits: &[apa::analysis::Visit]) -> comfy_table::Table {
    let (headers, rows) = visit_rows(visits);
    let mut t = style.table();
    t.set_header(headers);
    t.set_constraints((0..6).map(|i| {
        if i == 3 {
            ColumnConstraint::LowerBoundary(Width::Fixed(20))
        } else {
            ColumnConstraint::ContentWidth
        }
    }));
    for r in rows {
        t.add_row(r);
    }
    t
}

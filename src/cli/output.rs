//! Renderers: table, JSON, JSON lines, CSV and markdown, all fed from the same
//! rows so that every format carries the same facts.

use apa::model::Level;
use clap::ValueEnum;
use comfy_table::{Cell, Color, ColumnConstraint, ContentArrangement, Table, Width, presets};
use serde::Serialize;
use std::io::{self, IsTerminal, Write};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
    Jsonl,
    Csv,
    Markdown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// How tables look: colour, and width (the terminal's, or a fixed one when
/// output goes to a file or pipe, so that output is the same on every machine).
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
    pub terminal: bool,
}

/// Width of tables written to a file or pipe.
pub const FIXED_WIDTH: u16 = 120;

impl Style {
    pub fn new(choice: ColorChoice) -> Style {
        let terminal = io::stdout().is_terminal();
        // NO_COLOR (https://no-color.org) and a dumb terminal turn colour off
        // unless the user asks for it on the command line.
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
            || std::env::var_os("TERM").is_some_and(|t| t == "dumb");
        let color = match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => terminal && !no_color,
        };
        Style { color, terminal }
    }

    pub fn table(&self) -> Table {
        let mut t = Table::new();
        t.load_style(presets::UTF8_FULL_CONDENSED);
        t.set_content_arrangement(ContentArrangement::Dynamic);
        // COLUMNS, where set, says how wide; else the terminal's width, or a
        // fixed width when output goes to a file or a pipe.
        let columns = std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse::<u16>().ok())
            .filter(|&c| c >= 20);
        if let Some(c) = columns {
            t.set_width(c);
            t.force_no_tty();
        } else if !self.terminal {
            t.set_width(FIXED_WIDTH);
            t.force_no_tty();
        }
        if self.color {
            t.enforce_styling();
        }
        t
    }

    /// A cell showing a grade, coloured by level on a terminal.
    pub fn grade_cell(&self, text: &str, level: Option<Level>) -> Cell {
        let cell = Cell::new(text);
        if !self.color {
            return cell;
        }
        match level {
            Some(Level::Outstanding) => cell.fg(Color::Green),
            Some(Level::Good) => cell.fg(Color::Cyan),
            Some(Level::Adequate) => cell.fg(Color::Yellow),
            Some(Level::Inadequate) => cell.fg(Color::Red),
            Some(Level::Positive) => cell.fg(Color::Green),
            Some(Level::Inconsistent) => cell.fg(Color::Yellow),
            Some(Level::SystemicFailings) => cell.fg(Color::Red),
            None => cell.fg(Color::DarkGrey),
        }
    }
}

/// A row type every renderer can write.
pub trait Tabular: Serialize {
    fn headers() -> &'static [&'static str];
    fn cells(&self) -> Vec<String>;
    /// The level to colour the row's grade cells by, if any.
    fn level(&self) -> Option<Level> {
        None
    }
    /// Which cells carry a grade.
    fn grade_columns() -> &'static [usize] {
        &[]
    }
    /// Headers and cells of the terminal table, which may leave out what the
    /// machine formats need and a reader does not.
    fn table_headers() -> &'static [&'static str] {
        Self::headers()
    }
    fn table_cells(&self) -> Vec<String> {
        self.cells()
    }
    /// Table columns that wrap to fit the width; the others keep their content's width.
    fn flexible_columns() -> &'static [usize] {
        &[]
    }
}

/// `file:line` with the folders left out, for tables.
fn short_source(source: &apa::analysis::SourceRef) -> String {
    let file = source.file.as_str();
    let name = file.rsplit(['/', '\\']).next().unwrap_or(file);
    format!(
        "{}:{}",
        name.strip_prefix("sample:").unwrap_or(name),
        source.line
    )
}

pub fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_default()
}

pub fn render<T: Tabular>(
    rows: &[T],
    format: Format,
    style: &Style,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Json => write_json(rows, out),
        Format::Jsonl => write_jsonl(rows, out),
        Format::Csv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record(T::headers()).map_err(csv_io)?;
            for r in rows {
                w.write_record(r.cells()).map_err(csv_io)?;
            }
            w.flush()
        }
        Format::Markdown => {
            let headers: Vec<String> = T::headers().iter().map(|h| h.to_string()).collect();
            markdown(&headers, rows.iter().map(Tabular::cells), out)
        }
        Format::Table => {
            let mut t = style.table();
            t.set_header(T::table_headers().to_vec());
            let flexible = T::flexible_columns();
            if !flexible.is_empty() {
                t.set_constraints((0..T::table_headers().len()).map(|i| {
                    if flexible.contains(&i) {
                        ColumnConstraint::LowerBoundary(Width::Fixed(12))
                    } else {
                        ColumnConstraint::ContentWidth
                    }
                }));
            }
            for r in rows {
                let cells = r.table_cells();
                t.add_row(cells.iter().enumerate().map(|(i, c)| {
                    if T::grade_columns().contains(&i) {
                        style.grade_cell(c, r.level())
                    } else {
                        Cell::new(c)
                    }
                }));
            }
            writeln!(out, "{t}")
        }
    }
}

pub fn write_json<T: Serialize + ?Sized>(value: &T, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}

pub fn write_jsonl<T: Serialize>(rows: &[T], out: &mut dyn Write) -> io::Result<()> {
    for r in rows {
        serde_json::to_writer(&mut *out, r)?;
        writeln!(out)?;
    }
    Ok(())
}

pub fn markdown(
    headers: &[String],
    rows: impl Iterator<Item = Vec<String>>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let esc = |s: &str| s.replace('|', "\\|").replace('\n', " ");
    writeln!(
        out,
        "| {} |",
        headers
            .iter()
            .map(|h| esc(h))
            .collect::<Vec<_>>()
            .join(" | ")
    )?;
    writeln!(out, "|{}", " --- |".repeat(headers.len()))?;
    for r in rows {
        writeln!(
            out,
            "| {} |",
            r.iter().map(|c| esc(c)).collect::<Vec<_>>().join(" | ")
        )?;
    }
    Ok(())
}

fn csv_io(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

impl Tabular for apa::analysis::GradeRow {
    fn headers() -> &'static [&'static str] {
        &[
            "council", "year", "kind", "scope", "area", "raw", "level", "score", "source",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.council.clone(),
            opt(&self.year),
            self.kind.to_string(),
            self.scope.as_str().to_string(),
            self.area.to_string(),
            self.raw.clone(),
            opt(&self.level),
            opt(&self.score),
            self.source.to_string(),
        ]
    }
    fn level(&self) -> Option<Level> {
        self.level
    }
    fn grade_columns() -> &'static [usize] {
        &[5, 6]
    }
    fn table_headers() -> &'static [&'static str] {
        &[
            "council", "year", "kind", "scope", "area", "grade", "level", "source",
        ]
    }
    /// Kind, area and grade give way; the source never breaks.
    fn flexible_columns() -> &'static [usize] {
        &[2, 4, 5]
    }
    fn table_cells(&self) -> Vec<String> {
        let mut c = self.cells();
        c.remove(7);
        if c[3] == "none" {
            c[3].clear();
        }
        // Keys written with spaces wrap at a word, never inside one.
        c[2] = c[2].replace('_', " ");
        c[4] = c[4].replace('_', " ");
        c[7] = short_source(&self.source);
        c
    }
}

impl Tabular for apa::analysis::FindingRow {
    fn headers() -> &'static [&'static str] {
        &[
            "council",
            "year",
            "kind",
            "scope",
            "area",
            "timescale",
            "text",
            "source",
            "theme",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.council.clone(),
            opt(&self.year),
            self.kind.as_str().to_string(),
            self.scope.as_str().to_string(),
            self.area.map(|a| a.to_string()).unwrap_or_default(),
            self.timescale
                .map(|t| t.as_str().to_string())
                .unwrap_or_default(),
            self.text.clone(),
            self.source.to_string(),
            opt(&self.theme),
        ]
    }
    fn table_headers() -> &'static [&'static str] {
        &[
            "council",
            "year",
            "kind",
            "area",
            "timescale",
            "text",
            "source",
        ]
    }
    fn flexible_columns() -> &'static [usize] {
        &[5, 6]
    }
    fn table_cells(&self) -> Vec<String> {
        let mut c = self.cells();
        c.pop();
        c.remove(3);
        c[6] = short_source(&self.source);
        c
    }
}

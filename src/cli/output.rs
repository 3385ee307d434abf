//! Renderers: table, JSON, JSON lines, CSV and markdown, all fed from the same
//! rows so that every format carries the same facts.

pub use super::layout::{Cell, Column, Fit, Grid, Paint};
use apa::model::Level;
use clap::ValueEnum;
use comfy_table::{Cell as TableCell, Color, ContentArrangement, Table, presets};
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

    /// How wide tables may be: COLUMNS where set; else the terminal's width,
    /// or a fixed width when output goes to a file or a pipe, so that output
    /// is the same on every machine.
    pub fn width(&self) -> usize {
        let columns = std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse::<u16>().ok())
            .filter(|&c| c >= 20);
        let terminal = || {
            self.terminal
                .then(|| Table::new().width())
                .flatten()
                .filter(|&w| w >= 20)
        };
        columns.or_else(terminal).unwrap_or(FIXED_WIDTH) as usize
    }

    /// A table in apa's style; the layout (`layout::Grid`) sets its widths.
    pub fn table(&self) -> Table {
        let mut t = Table::new();
        t.load_style(presets::UTF8_FULL_CONDENSED);
        t.set_content_arrangement(ContentArrangement::Disabled);
        t.force_no_tty();
        if self.color {
            t.enforce_styling();
        }
        t
    }

    /// A cell showing a level, coloured by it on a terminal: its text, or
    /// (matrices) its background, with dark text on it so both read.
    pub fn level_cell(&self, text: String, level: Option<Level>, paint: Paint) -> TableCell {
        let cell = TableCell::new(text);
        if !self.color {
            return cell;
        }
        let colour = match level {
            Some(Level::Outstanding | Level::Positive) => Color::Green,
            Some(Level::Good) => Color::Cyan,
            Some(Level::Adequate | Level::Inconsistent) => Color::Yellow,
            Some(Level::Inadequate | Level::SystemicFailings) => Color::Red,
            None => return cell.fg(Color::DarkGrey),
        };
        match paint {
            Paint::Text => cell.fg(colour),
            Paint::Background => cell.bg(colour).fg(Color::Black),
        }
    }
}

/// A row type every renderer can write.
pub trait Tabular: Serialize {
    fn headers() -> &'static [&'static str];
    fn cells(&self) -> Vec<String>;
    /// The terminal table's columns, which may leave out what the machine
    /// formats need and a reader does not: by default every column, wrapping
    /// at spaces.
    fn table_columns() -> Vec<Column> {
        Self::headers()
            .iter()
            .map(|h| Column::new(*h, Fit::Wrap))
            .collect()
    }
    /// The terminal table's cells, one per `table_columns`.
    fn table_row(&self) -> Vec<Cell> {
        self.cells().into_iter().map(Cell::text).collect()
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
        // An empty table says nothing; the command says on stderr why.
        Format::Table | Format::Markdown if rows.is_empty() => Ok(()),
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
            let mut grid = Grid::new(T::table_columns(), Paint::Text);
            for r in rows {
                grid.push(r.table_row());
            }
            print_grid(&grid, style, out)
        }
    }
}

/// Prints a grid's tables, and on stderr what it left out to fit.
pub fn print_grid(grid: &Grid, style: &Style, out: &mut dyn Write) -> io::Result<()> {
    let (tables, coded, note) = grid.render(style);
    for (i, t) in tables.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        writeln!(out, "{t}")?;
    }
    if !coded.is_empty() {
        let key: Vec<String> = coded
            .iter()
            .map(|l| {
                // In running text: "RI requires improvement / adequate".
                let words = super::palette::words(*l);
                format!("{} {}{}", l.code(), words[..1].to_lowercase(), &words[1..])
            })
            .collect();
        let key = format!("Levels: {}.", key.join(", "));
        for line in wrap(&key, style.width()) {
            writeln!(out, "{line}")?;
        }
    }
    if let Some(note) = note {
        eprintln!("apa: note: {note}");
    }
    Ok(())
}

/// Text in lines of at most `width` characters, broken at spaces.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split(' ') {
        match lines.last_mut() {
            Some(l) if l.chars().count() + 1 + word.chars().count() <= width => {
                l.push(' ');
                l.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
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
    /// The source and the printed grade stay whole; kind, scope and area
    /// wrap at their words; narrow tables show level codes and leave out
    /// scope, kind, the printed grade and the source, in that order.
    fn table_columns() -> Vec<Column> {
        vec![
            Column::new("council", Fit::Whole),
            Column::new("year", Fit::Whole),
            Column::new("kind", Fit::Wrap).drop(4),
            Column::new("scope", Fit::Wrap).drop(5),
            Column::new("area", Fit::Wrap),
            Column::new("grade", Fit::Wrap).drop(3),
            Column::new("level", Fit::Short),
            Column::new("source", Fit::Source).drop(2),
        ]
    }
    fn table_row(&self) -> Vec<Cell> {
        let scope = match self.scope {
            apa::model::Scope::None => String::new(),
            s => s.as_str().replace('_', " "),
        };
        // Keys written with spaces wrap at a word, never inside one.
        vec![
            Cell::text(self.council.clone()),
            Cell::text(opt(&self.year)),
            Cell::text(self.kind.as_str().replace('_', " ")),
            Cell::text(scope),
            Cell::text(self.area.as_str().replace('_', " ")),
            Cell::text(self.raw.clone()).colour(self.level),
            Cell::grade(opt(&self.level).replace('_', " "), self.level),
            Cell::text(short_source(&self.source)),
        ]
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
    /// The text takes the room; narrow tables leave out the area, the kind,
    /// the timescale and the source, in that order.
    fn table_columns() -> Vec<Column> {
        vec![
            Column::new("council", Fit::Whole),
            Column::new("year", Fit::Whole),
            Column::new("kind", Fit::Wrap).drop(4),
            Column::new("area", Fit::Wrap).drop(5),
            Column::new("timescale", Fit::Wrap).drop(3),
            Column::new("text", Fit::Wrap).min(30),
            Column::new("source", Fit::Source).drop(2),
        ]
    }
    fn table_row(&self) -> Vec<Cell> {
        vec![
            Cell::text(self.council.clone()),
            Cell::text(opt(&self.year)),
            Cell::text(self.kind.as_str().replace('_', " ")),
            Cell::text(
                self.area
                    .map(|a| a.as_str().replace('_', " "))
                    .unwrap_or_default(),
            ),
            Cell::text(
                self.timescale
                    .map(|t| t.as_str().replace('_', " "))
                    .unwrap_or_default(),
            ),
            Cell::text(self.text.clone()),
            Cell::text(short_source(&self.source)),
        ]
    }
}

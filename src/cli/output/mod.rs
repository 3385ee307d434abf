//! Output formats: table, JSON, JSON lines, CSV and markdown, each a renderer
//! of its own, all fed from the same rows so that every format carries the
//! same facts. `style` holds colour and width, `table` the terminal tables'
//! layout, `matrix` the grade matrices of `grades --matrix`, `compare` and
//! `trend`, `palette` the colours the terminal, the workbook and the page share.

pub mod csv;
pub mod json;
pub mod markdown;
pub mod matrix;
pub mod palette;
pub mod style;
pub mod table;

pub use csv::write_csv;
pub use json::{write_json, write_jsonl};
pub use markdown::markdown;
pub use style::{ColorChoice, Paint, Style};
pub use table::{Cell, Column, Fit, Grid, print_grid, wrap};

use clap::ValueEnum;
use serde::Serialize;
use std::io::{self, Write};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
    Jsonl,
    Csv,
    Markdown,
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
pub fn short_source(source: &apa::analysis::SourceRef) -> String {
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
        Format::Csv => write_csv(T::headers(), rows.iter().map(Tabular::cells), out),
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

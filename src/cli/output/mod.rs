//! Output formats: table, JSON, JSON lines, CSV and markdown, each a renderer
//! of its own, all fed from the same rows so that every format carries the
//! same facts. `style` holds colour and width, `table` the terminal tables'
//! layout, `matrix` the grade matrices of `grades --matrix`, `compare` and
//! `trend`, `palette` the colours the terminal, the workbook and the page share.

pub mod columns;
pub mod csv;
pub mod json;
pub mod markdown;
pub mod matrix;
pub mod palette;
pub mod rows;
pub mod sections;
pub mod style;
pub mod table;

pub use columns::{Col, Columns, Value, opt, spaced};
pub use csv::write_csv;
pub use json::{write_json, write_jsonl};
pub use markdown::markdown;
pub use style::{ColorChoice, Paint, Style, say};
pub use table::{Cell, Fit, Grid, print_grid};

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

/// A row type every renderer can write: its columns, each said once (see
/// [`columns`]); JSON is the row's own serde form.
pub trait Tabular: Serialize + Sized {
    fn columns() -> Columns<Self>;
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
            let cols = T::columns();
            let cells = rows.iter().map(|r| cols.csv_row(r));
            write_csv(&cols.keys(), cells, style.csv_raw, out)
        }
        Format::Markdown => {
            let cols = T::columns();
            let headers: Vec<String> = cols.keys().iter().map(|h| h.to_string()).collect();
            markdown(&headers, rows.iter().map(|r| cols.csv_row(r)), out)
        }
        Format::Table => {
            let cols = T::columns();
            let mut grid = Grid::new(cols.table_columns(), Paint::Text);
            for r in rows {
                grid.push(cols.table_row(r));
            }
            print_grid(&grid, style, out)
        }
    }
}

//! `apa grades`: one row per judgement, or a matrix of areas against councils
//! and years.

use crate::cli::Outcome;
use crate::cli::args::{DisplayArgs, FilterArgs, InputArgs};
use crate::cli::output::matrix::{area_label, column_title, matrix_grid, matrix_markdown};
use crate::cli::output::{
    Cell, Column, Fit, Format, Tabular, opt, print_grid, render, short_source, write_json,
};
use apa::analysis::Slot;
use apa::model::Scope;
use clap::Args;
use std::io::Write;

#[derive(Debug, Args)]
pub struct GradesArgs {
    #[command(flatten)]
    pub input: InputArgs,

    #[command(flatten)]
    pub filter: FilterArgs,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,

    /// A matrix instead of rows: councils and years down, judgements across.
    /// Table and markdown show the grades; CSV is wide (a column per
    /// judgement, holding its level); JSON gives each cell with its sources;
    /// JSON lines stay one judgement per line.
    #[arg(long)]
    pub matrix: bool,
}

pub fn run(
    args: &GradesArgs,
    display: &DisplayArgs,
    out: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    let filter = args.filter.filter()?;
    let loaded = args.input.load(display);
    let nothing = apa::analysis::grade_rows(&loaded.reports, &filter).is_empty()
        && crate::cli::nothing_found(&loaded, "no graded judgement matches");
    if args.matrix && args.format != Format::Jsonl {
        let (columns, lines) = apa::analysis::grade_matrix(&loaded.reports, &filter);
        match args.format {
            Format::Json => write_json(
                &serde_json::json!({
                    "schema_version": apa::model::SCHEMA_VERSION,
                    "columns": columns,
                    "lines": lines,
                }),
                out,
            )?,
            Format::Csv => wide_csv(&columns, &lines, out)?,
            _ => {
                // Councils down, judgements across.
                let headers: Vec<String> = std::iter::once("Council".to_string())
                    .chain(lines.iter().map(|l| area_label(l.scope, l.area)))
                    .collect();
                let rows: Vec<(String, Vec<Option<&Slot>>)> = columns
                    .iter()
                    .enumerate()
                    .map(|(i, c)| {
                        let cells = lines.iter().map(|l| l.cells[i].as_ref()).collect();
                        (column_title(c), cells)
                    })
                    .collect();
                let none = |_: &apa::analysis::GradeValue| String::new();
                if args.format == Format::Markdown {
                    matrix_markdown(&headers, &rows, &none, out)?;
                } else {
                    print_grid(&matrix_grid(headers, &rows, &none), &display.style(), out)?;
                }
            }
        }
    } else {
        let rows = apa::analysis::grade_rows(&loaded.reports, &filter);
        render(&rows, args.format, &display.style(), out)?;
    }
    Ok(Outcome {
        failed_inputs: loaded.failures.len(),
        nothing_found: nothing,
        ..Outcome::default()
    })
}

/// The matrix as a wide table for a spreadsheet: one row per council and year,
/// one column per judgement (`overall_effectiveness`, or with its scope first,
/// `safeguarding_overall_effectiveness`) holding the level; where sources
/// disagree, each level separated by " / "; where the grade could not be
/// read, "not read". The long form (`grades --format csv`) has the printed
/// grades and their sources.
fn wide_csv(
    columns: &[apa::analysis::compare::Column],
    lines: &[apa::analysis::compare::GradeLine],
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    let keys = lines.iter().map(|l| match l.scope {
        Scope::None => l.area.as_str().to_string(),
        s => format!("{}_{}", s.as_str(), l.area.as_str()),
    });
    let header: Vec<String> = ["council".to_string(), "year".to_string()]
        .into_iter()
        .chain(keys)
        .collect();
    w.write_record(&header)?;
    for (i, c) in columns.iter().enumerate() {
        let cells = lines.iter().map(|l| match &l.cells[i] {
            None => String::new(),
            Some(slot) => {
                let mut levels: Vec<String> = slot
                    .values
                    .iter()
                    .map(|v| v.level.map_or("not read".to_string(), |l| l.to_string()))
                    .collect();
                levels.dedup();
                levels.join(" / ")
            }
        });
        let record: Vec<String> = [c.council.clone(), c.year.to_string()]
            .into_iter()
            .chain(cells)
            .collect();
        w.write_record(&record)?;
    }
    w.flush()
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

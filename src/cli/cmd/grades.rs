//! `apa grades`: one row per judgement, or a matrix of areas against councils
//! and years.

use crate::cli::Outcome;
use crate::cli::args::{DisplayArgs, Selection};
use crate::cli::output::matrix::{area_label, column_title, matrix_grid};
use crate::cli::output::sections::{Section, write_markdown};
use crate::cli::output::write_csv;
use crate::cli::output::{Format, print_grid, render, write_json};
use apa::analysis::Slot;
use apa::model::Scope;
use clap::Args;
use std::io::Write;

#[derive(Debug, Args)]
pub struct GradesArgs {
    #[command(flatten)]
    pub selection: Selection,

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
    let (filter, loaded) = args.selection.read(display)?;
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
            Format::Csv => wide_csv(&columns, &lines, display.style().csv_raw, out)?,
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
                    let grid = matrix_grid(headers, &rows, &none);
                    write_markdown(&[Section::untitled().grid(grid)], out)?;
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
    raw: bool,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let keys = lines.iter().map(|l| match l.scope {
        Scope::None => l.area.as_str().to_string(),
        s => format!("{}_{}", s.as_str(), l.area.as_str()),
    });
    let header: Vec<String> = ["council".to_string(), "year".to_string()]
        .into_iter()
        .chain(keys)
        .collect();
    let rows = columns.iter().enumerate().map(|(i, c)| {
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
        [c.council.clone(), c.year.to_string()]
            .into_iter()
            .chain(cells)
            .collect::<Vec<String>>()
    });
    write_csv(&header, rows, raw, out)
}

//! `apa grades`: one row per judgement, or a matrix of areas against councils
//! and years.

use super::output::{Format, render, write_json};
use super::view::{column_title, grade_lines_view, matrix_markdown, matrix_table};
use super::{DisplayArgs, FilterArgs, InputArgs, Outcome};
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

    /// A matrix instead of rows: judgement areas down, councils and years across
    /// (table and markdown; JSON gives the matrix's cells with their sources).
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
        && super::nothing_found(&loaded, "no graded judgement matches");
    if args.matrix && matches!(args.format, Format::Table | Format::Markdown | Format::Json) {
        let (columns, lines) = apa::analysis::grade_matrix(&loaded.reports, &filter);
        let headers: Vec<String> = std::iter::once("Judgement".to_string())
            .chain(columns.iter().map(column_title))
            .collect();
        let none = |_: &apa::analysis::GradeValue| String::new();
        match args.format {
            Format::Json => write_json(
                &serde_json::json!({ "columns": columns, "lines": lines }),
                out,
            )?,
            Format::Markdown => matrix_markdown(&headers, &grade_lines_view(&lines), &none, out)?,
            _ => writeln!(
                out,
                "{}",
                matrix_table(&display.style(), headers, &grade_lines_view(&lines), &none)
            )?,
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

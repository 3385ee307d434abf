//! `apa parse`: the full records.

use crate::cli::Outcome;
use crate::cli::args::{DisplayArgs, InputArgs};
use crate::cli::output::{
    Cell, Column, Fit, Format, Tabular, opt, render, write_json, write_jsonl,
};
use apa::model::Report;
use clap::Args;
use serde::Serialize;
use std::io::Write;

#[derive(Debug, Args)]
pub struct ParseArgs {
    #[command(flatten)]
    pub input: InputArgs,

    /// json (an array of records), jsonl (one record a line), or table/csv/markdown (one summary row a record).
    #[arg(long, value_enum, default_value_t = Format::Json)]
    pub format: Format,
}

#[derive(Serialize)]
struct Summary<'a> {
    file: &'a str,
    kind: String,
    council: &'a str,
    year: Option<i32>,
    judgements: usize,
    findings: usize,
    diagnostics: usize,
}

impl Tabular for Summary<'_> {
    fn headers() -> &'static [&'static str] {
        &[
            "file",
            "kind",
            "council",
            "year",
            "judgements",
            "findings",
            "diagnostics",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.file.to_string(),
            self.kind.clone(),
            self.council.to_string(),
            opt(&self.year),
            self.judgements.to_string(),
            self.findings.to_string(),
            self.diagnostics.to_string(),
        ]
    }
    fn table_columns() -> Vec<Column> {
        Self::headers()
            .iter()
            .map(|&h| match h {
                "file" => Column::new(h, Fit::Source),
                "kind" | "council" => Column::new(h, Fit::Wrap),
                "diagnostics" => Column::new(h, Fit::Whole).drop(1),
                "findings" => Column::new(h, Fit::Whole).drop(2),
                "judgements" => Column::new(h, Fit::Whole).drop(3),
                _ => Column::new(h, Fit::Whole),
            })
            .collect()
    }
    fn table_row(&self) -> Vec<Cell> {
        let mut c: Vec<Cell> = self.cells().into_iter().map(Cell::text).collect();
        c[1].text = c[1].text.replace('_', " ");
        c
    }
}

pub fn run(
    args: &ParseArgs,
    display: &DisplayArgs,
    out: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    let loaded = args.input.load(display);
    let reports: &[Report] = &loaded.reports;
    match args.format {
        Format::Json => write_json(reports, out)?,
        Format::Jsonl => write_jsonl(reports, out)?,
        other => {
            let rows: Vec<Summary> = reports
                .iter()
                .map(|r| Summary {
                    file: &r.file,
                    kind: r.kind.to_string(),
                    council: r.council_name(),
                    year: r.year,
                    judgements: r.judgements.len(),
                    findings: r.findings.len(),
                    diagnostics: r.diagnostics.len(),
                })
                .collect();
            render(&rows, other, &display.style(), out)?;
        }
    }
    Ok(Outcome {
        failed_inputs: loaded.failures.len(),
        ..Outcome::default()
    })
}

//! `apa parse`: the full records.

use crate::cli::Outcome;
use crate::cli::args::{DisplayArgs, InputArgs};
use crate::cli::output::{
    Col, Columns, Fit, Format, Tabular, Value, render, write_json, write_jsonl,
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
struct Summary {
    file: String,
    kind: String,
    council: String,
    year: Option<i32>,
    judgements: usize,
    findings: usize,
    diagnostics: usize,
}

impl Tabular for Summary {
    fn columns() -> Columns<Summary> {
        Columns(vec![
            Col::new("file", "The document", |r: &Summary| Value::text(&r.file)).shown(Fit::Source),
            Col::new("kind", "The kind of document", |r: &Summary| {
                Value::word(&r.kind)
            })
            .shown(Fit::Wrap),
            Col::new("council", "The council", |r: &Summary| {
                Value::text(&r.council)
            })
            .shown(Fit::Wrap),
            Col::new("year", "The year", |r: &Summary| Value::int(r.year)).shown(Fit::Whole),
            Col::new("judgements", "Judgements read", |r: &Summary| {
                Value::count(r.judgements)
            })
            .shown(Fit::Whole)
            .drop(3),
            Col::new("findings", "Findings read", |r: &Summary| {
                Value::count(r.findings)
            })
            .shown(Fit::Whole)
            .drop(2),
            Col::new("diagnostics", "Diagnostics given", |r: &Summary| {
                Value::count(r.diagnostics)
            })
            .shown(Fit::Whole)
            .drop(1),
        ])
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
                    file: r.file.clone(),
                    kind: r.kind.to_string(),
                    council: r.council_name().to_string(),
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

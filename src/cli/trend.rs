//! `apa trend COUNCIL`: each judgement area over the years, with sources.

use super::output::{Format, Tabular, opt, render, write_json};
use super::view::{area_label, matrix_markdown, matrix_table};
use super::{DisplayArgs, InputArgs, Outcome, resolve_councils};
use apa::analysis::GradeValue;
use apa::analysis::trend::{Trend, trend};
use clap::Args;
use serde::Serialize;
use std::io::Write;

#[derive(Debug, Args)]
pub struct TrendArgs {
    /// The council: any spelling, or an LA or ONS code.
    #[arg(value_name = "COUNCIL")]
    pub council: String,

    /// Report files or folders to read instead of --dir or the built-in samples (repeatable).
    #[arg(long = "reports", value_name = "PATH")]
    pub paths: Vec<std::path::PathBuf>,

    /// A folder of reports to read instead of the built-in samples.
    #[arg(long, env = "APA_REPORTS", value_name = "DIR")]
    pub dir: Option<std::path::PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Serialize)]
struct PointRow {
    council: String,
    year: i32,
    scope: String,
    area: String,
    raw: String,
    level: Option<String>,
    score: Option<u8>,
    conflict: bool,
    source: String,
}

impl Tabular for PointRow {
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

pub fn run(
    args: &TrendArgs,
    display: &DisplayArgs,
    out: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    let council = resolve_councils(std::slice::from_ref(&args.council))?.remove(0);
    let input = InputArgs {
        paths: args.paths.clone(),
        dir: args.dir.clone(),
    };
    let loaded = input.load(display);
    let t = trend(&loaded.reports, &council);
    let style = display.style();
    // Each value carries a mark naming its source document, listed under the table.
    let files: Vec<String> = t.reports.clone();
    let note = |v: &GradeValue| -> String {
        let file = v
            .source
            .rsplit_once(':')
            .map_or(v.source.as_str(), |(f, _)| f);
        files
            .iter()
            .position(|f| f == file)
            .map(|i| format!(" [{}]", i + 1))
            .unwrap_or_default()
    };
    let headers: Vec<String> = std::iter::once("Judgement".to_string())
        .chain(t.years.iter().map(|y| y.to_string()))
        .collect();
    let lines: Vec<(String, Vec<Option<&apa::analysis::Slot>>)> = t
        .lines
        .iter()
        .map(|l| {
            (
                area_label(l.scope, l.area),
                l.cells.iter().map(Option::as_ref).collect(),
            )
        })
        .collect();
    match args.format {
        Format::Json => write_json(&t, out)?,
        Format::Table | Format::Markdown => {
            if t.years.is_empty() {
                writeln!(
                    out,
                    "No graded report about {council} in {}.",
                    loaded.origin
                )?;
            } else {
                writeln!(
                    out,
                    "{council}: {}-{}",
                    t.years[0],
                    t.years[t.years.len() - 1]
                )?;
                if args.format == Format::Table {
                    writeln!(out, "{}", matrix_table(&style, headers, &lines, &note))?;
                } else {
                    matrix_markdown(&headers, &lines, &note, out)?;
                }
                writeln!(out, "\nSources ({} from {}):", files.len(), loaded.origin)?;
                for (i, f) in files.iter().enumerate() {
                    writeln!(out, "  [{}] {f}", i + 1)?;
                }
                match t.conflicts {
                    0 => writeln!(out, "No two sources disagree.")?,
                    n => writeln!(
                        out,
                        "{n} grade(s) where sources disagree, marked \"sources disagree\"."
                    )?,
                }
            }
        }
        other => render(&point_rows(&t), other, &style, out)?,
    }
    Ok(Outcome {
        failed_inputs: loaded.failures.len(),
        ..Outcome::default()
    })
}

fn point_rows(t: &Trend) -> Vec<PointRow> {
    let mut rows = Vec::new();
    for l in &t.lines {
        for (year, slot) in t.years.iter().zip(&l.cells) {
            for v in slot
                .iter()
                .flat_map(|s| s.values.iter().map(move |v| (s.conflict, v)))
            {
                rows.push(PointRow {
                    council: t.council.clone(),
                    year: *year,
                    scope: l.scope.as_str().to_string(),
                    area: l.area.to_string(),
                    raw: v.1.raw.clone(),
                    level: v.1.level.map(|x| x.to_string()),
                    score: v.1.score,
                    conflict: v.0,
                    source: v.1.source.clone(),
                });
            }
        }
    }
    rows
}

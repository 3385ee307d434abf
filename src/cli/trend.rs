//! `apa trend COUNCIL`: each judgement area over the years, with sources.

use super::output::{Format, print_grid, render, write_json};
use super::view::{SlotRow, area_label, matrix_grid, matrix_markdown, slot_rows};
use super::{DisplayArgs, Outcome, ReportsArgs, resolve_councils};
use apa::analysis::GradeValue;
use apa::analysis::trend::{Trend, trend};
use clap::Args;
use std::io::Write;

#[derive(Debug, Args)]
pub struct TrendArgs {
    /// The council: any spelling, or an LA or ONS code.
    #[arg(value_name = "COUNCIL")]
    pub council: String,

    /// Report files or folders to read (as --reports).
    #[arg(value_name = "PATH")]
    pub files: Vec<std::path::PathBuf>,

    #[command(flatten)]
    pub reports: ReportsArgs,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

pub fn run(
    args: &TrendArgs,
    display: &DisplayArgs,
    out: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    let council = resolve_councils(std::slice::from_ref(&args.council))?.remove(0);
    let loaded = args.reports.input(&args.files).load(display);
    let t = trend(&loaded.reports, &council);
    let style = display.style();
    // Each value carries a mark naming its source document, listed under the table.
    let files: Vec<String> = t.reports.clone();
    let note = |v: &GradeValue| -> String {
        let file = v.source.file.as_str();
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
            if t.years.is_empty() && t.visits.is_empty() {
                // Said on stderr below.
            } else {
                let span: Vec<i32> = t
                    .years
                    .iter()
                    .copied()
                    .chain(t.visits.iter().filter_map(|v| v.year))
                    .collect();
                let (first, last) = (span.iter().min(), span.iter().max());
                if let (Some(first), Some(last)) = (first, last) {
                    writeln!(out, "{council}: {first}-{last}")?;
                }
                if t.years.is_empty() {
                    // Letters only.
                } else if args.format == Format::Table {
                    print_grid(&matrix_grid(headers, &lines, &note), &style, out)?;
                } else {
                    matrix_markdown(&headers, &lines, &note, out)?;
                }
                if !t.visits.is_empty() {
                    writeln!(out, "\nLetters between inspections")?;
                    if args.format == Format::Table {
                        print_grid(&super::view::visit_grid(&t.visits, false), &style, out)?;
                    } else {
                        let (h, rows) = super::view::visit_rows(&t.visits);
                        super::output::markdown(&h, rows.into_iter(), out)?;
                    }
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
        nothing_found: t.years.is_empty()
            && t.visits.is_empty()
            && super::nothing_found(&loaded, &format!("no report about {council}")),
        ..Outcome::default()
    })
}

fn point_rows(t: &Trend) -> Vec<SlotRow> {
    slot_rows(t.lines.iter().flat_map(|l| {
        t.years
            .iter()
            .zip(&l.cells)
            .filter_map(move |(year, slot)| {
                Some((t.council.as_str(), *year, l.scope, l.area, slot.as_ref()?))
            })
    }))
}

//! `apa trend COUNCIL`: each judgement area over the years, with sources.

use crate::cli::Outcome;
use crate::cli::args::{DisplayArgs, ReportsArgs, resolve_councils};
use crate::cli::output::matrix::{SlotRow, area_label, matrix_grid, slot_rows};
use crate::cli::output::sections::{Section, write_markdown, write_table};
use crate::cli::output::{Format, render, write_json};
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

    /// The council's statistical neighbours that have reports too, each
    /// after it (JSON: an array of trends).
    #[arg(long)]
    pub neighbours: bool,

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
    let mut councils = vec![council.clone()];
    if args.neighbours {
        let with_reports: Vec<&str> = loaded.reports.iter().map(|r| r.council_name()).collect();
        councils.extend(
            crate::cli::args::with_neighbours(&councils)
                .into_iter()
                .skip(1)
                .filter(|n| with_reports.contains(&n.as_str())),
        );
    }
    let trends: Vec<Trend> = councils.iter().map(|c| trend(&loaded.reports, c)).collect();
    let style = display.style();
    match args.format {
        Format::Json if args.neighbours => write_json(&trends, out)?,
        Format::Json => write_json(&trends[0], out)?,
        Format::Table | Format::Markdown => {
            let sections: Vec<Section> = trends
                .iter()
                .filter(|t| !t.years.is_empty() || !t.visits.is_empty())
                .flat_map(|t| sections(t, &loaded.origin))
                .collect();
            if args.format == Format::Table {
                write_table(&sections, &style, out)?;
            } else {
                write_markdown(&sections, out)?;
            }
        }
        other => {
            let rows: Vec<SlotRow> = trends.iter().flat_map(point_rows).collect();
            render(&rows, other, &style, out)?
        }
    }
    let empty = |t: &Trend| t.years.is_empty() && t.visits.is_empty();
    if empty(&trends[0]) && !trends.iter().all(empty) {
        crate::cli::output::say(&format!(
            "apa: note: no report about {council} in {}",
            loaded.origin
        ));
    }
    Ok(Outcome {
        failed_inputs: loaded.failures.len(),
        nothing_found: trends.iter().all(empty)
            && crate::cli::nothing_found(&loaded, &format!("no report about {council}")),
        ..Outcome::default()
    })
}

/// One council's trend laid out once, for the terminal and for markdown: its
/// grades over the years (each value marked with its source), its letters
/// between inspections, and its sources.
fn sections(t: &Trend, origin: &str) -> Vec<Section> {
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
    let span: Vec<i32> = t
        .years
        .iter()
        .copied()
        .chain(t.visits.iter().filter_map(|v| v.year))
        .collect();
    let mut grades = match (span.iter().min(), span.iter().max()) {
        (Some(first), Some(last)) if first < last => {
            Section::new(format!("{}: {first}-{last}", t.council))
        }
        (Some(year), _) => Section::new(format!("{}: {year}", t.council)),
        _ => Section::untitled(),
    };
    if let Some(year) = t.formed {
        grades = grades.line(format!(
            "{} was formed in {year} from {}: the reports before then are {}.",
            t.council,
            t.formed_from.join(" and "),
            if t.formed_from.len() == 1 {
                format!("{}'s", t.formed_from[0])
            } else {
                "theirs".to_string()
            }
        ));
    }
    if let Some(year) = t.replaced {
        grades = grades.line(format!(
            "{} was replaced in {year} by {}: `apa trend` follows each of them on.",
            t.council,
            t.replaced_by.join(" and ")
        ));
    }
    // A council with letters only has no grades.
    if !t.years.is_empty() {
        grades = grades.grid(matrix_grid(headers, &lines, &note));
    }
    let mut out = vec![grades];
    if !t.visits.is_empty() {
        out.push(
            Section::new("Letters between inspections")
                .grid(crate::cli::output::matrix::visit_grid(&t.visits, false)),
        );
    }
    let sources = files
        .iter()
        .enumerate()
        .map(|(i, f)| format!("[{}] {f}", i + 1))
        .collect();
    out.push(
        Section::new(format!("Sources ({} from {origin}):", files.len()))
            .items(sources)
            .line(match t.conflicts {
                0 => "No two sources disagree.".to_string(),
                n => format!("{n} grade(s) where sources disagree, marked \"sources disagree\"."),
            }),
    );
    out
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

//! `apa inspections`: one row per inspection or letter, each judgement a
//! column; `--latest` each council's most recent; `--summary` counts of levels
//! per judgement, nationally or `--by region`.

use crate::cli::Outcome;
use crate::cli::args::{DisplayArgs, Selection};
use crate::cli::output::{Format, render};
use apa::analysis::inspections::{InspectionRow, latest, rows, summary};
use apa::model::Date;
use clap::{Args, ValueEnum};
use std::io::Write;

#[derive(Debug, Args)]
pub struct InspectionsArgs {
    #[command(flatten)]
    pub selection: Selection,

    /// Only documents dated on or after this day (inspection end, else publication or letter; YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub since: Option<Date>,

    /// Only documents dated on or before this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub until: Option<Date>,

    /// Each council's most recent graded document only.
    #[arg(long)]
    pub latest: bool,

    /// Counts and shares of each level per judgement instead of rows.
    #[arg(long)]
    pub summary: bool,

    /// With --summary: one group per region instead of England as a whole.
    #[arg(long, value_enum, requires = "summary")]
    pub by: Option<GroupBy>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GroupBy {
    Region,
}

pub fn run(
    args: &InspectionsArgs,
    display: &DisplayArgs,
    out: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    let (filter, loaded) = args.selection.read(display)?;
    let mut found: Vec<InspectionRow> = rows(&loaded.reports, &filter)
        .into_iter()
        .filter(|r| {
            let date = r.date();
            args.since.is_none_or(|s| date.is_some_and(|d| d >= s))
                && args.until.is_none_or(|u| date.is_some_and(|d| d <= u))
        })
        .collect();
    if args.latest {
        found = latest(found);
    }
    let nothing =
        found.is_empty() && crate::cli::nothing_found(&loaded, "no inspection or letter matches");
    if args.summary {
        render(
            &summary(&found, args.by == Some(GroupBy::Region)),
            args.format,
            &display.style(),
            out,
        )?;
    } else {
        render(&found, args.format, &display.style(), out)?;
    }
    Ok(Outcome {
        failed_inputs: loaded.failures.len(),
        nothing_found: nothing,
        ..Outcome::default()
    })
}

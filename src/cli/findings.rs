//! `apa findings`: one row per strength, area for improvement, area for
//! exploration or planned action.

use super::output::{Format, render};
use super::{DisplayArgs, FilterArgs, InputArgs, Outcome};
use clap::Args;
use std::io::Write;

#[derive(Debug, Args)]
pub struct FindingsArgs {
    #[command(flatten)]
    pub input: InputArgs,

    #[command(flatten)]
    pub filter: FilterArgs,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

pub fn run(
    args: &FindingsArgs,
    display: &DisplayArgs,
    out: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    let filter = args.filter.filter()?;
    let loaded = args.input.load(display);
    let rows = apa::analysis::finding_rows(&loaded.reports, &filter);
    render(&rows, args.format, &display.style(), out)?;
    Ok(Outcome {
        failed_inputs: loaded.failures.len(),
        nothing_found: rows.is_empty() && super::nothing_found(&loaded, "no finding matches"),
        ..Outcome::default()
    })
}

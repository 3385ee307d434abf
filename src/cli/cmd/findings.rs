//! `apa findings`: one row per strength, area for improvement, area for
//! exploration or planned action.

use crate::cli::Outcome;
use crate::cli::args::{DisplayArgs, Selection};
use crate::cli::output::{Format, render};
use apa::model::FindingKind;
use clap::Args;
use std::io::Write;

#[derive(Debug, Args)]
pub struct FindingsArgs {
    #[command(flatten)]
    pub selection: Selection,

    /// Only this kind of finding; repeatable.
    #[arg(long, value_name = "FINDING", value_parser = finding_parser())]
    pub finding: Vec<FindingKind>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

pub fn run(
    args: &FindingsArgs,
    display: &DisplayArgs,
    out: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    let (filter, loaded) = args.selection.read(display)?;
    let mut rows = apa::analysis::finding_rows(&loaded.reports, &filter);
    if !args.finding.is_empty() {
        rows.retain(|r| args.finding.contains(&r.kind));
    }
    render(&rows, args.format, &display.style(), out)?;
    Ok(Outcome {
        failed_inputs: loaded.failures.len(),
        nothing_found: rows.is_empty() && crate::cli::nothing_found(&loaded, "no finding matches"),
        ..Outcome::default()
    })
}

/// The kinds of finding, listed in `--help` from the model's own list.
fn finding_parser() -> impl clap::builder::TypedValueParser<Value = FindingKind> {
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(FindingKind::ALL.map(FindingKind::as_str)).map(|s| {
        FindingKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .expect("a listed kind")
    })
}

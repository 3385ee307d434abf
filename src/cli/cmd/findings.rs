//! `apa findings`: one row per strength, area for improvement, area for
//! exploration or planned action.

use crate::cli::Outcome;
use crate::cli::args::{DisplayArgs, FilterArgs, InputArgs};
use crate::cli::output::{Cell, Column, Fit, Format, Tabular, opt, render, short_source};
use apa::model::FindingKind;
use clap::Args;
use std::io::Write;

#[derive(Debug, Args)]
pub struct FindingsArgs {
    #[command(flatten)]
    pub input: InputArgs,

    #[command(flatten)]
    pub filter: FilterArgs,

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
    let filter = args.filter.filter()?;
    let loaded = args.input.load(display);
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

impl Tabular for apa::analysis::FindingRow {
    fn headers() -> &'static [&'static str] {
        &[
            "council",
            "year",
            "kind",
            "scope",
            "area",
            "timescale",
            "text",
            "source",
            "theme",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.council.clone(),
            opt(&self.year),
            self.kind.as_str().to_string(),
            self.scope.as_str().to_string(),
            self.area.map(|a| a.to_string()).unwrap_or_default(),
            self.timescale
                .map(|t| t.as_str().to_string())
                .unwrap_or_default(),
            self.text.clone(),
            self.source.to_string(),
            opt(&self.theme),
        ]
    }
    /// The text takes the room; narrow tables leave out the area, the kind,
    /// the timescale and the source, in that order.
    fn table_columns() -> Vec<Column> {
        vec![
            Column::new("council", Fit::Whole),
            Column::new("year", Fit::Whole),
            Column::new("kind", Fit::Wrap).drop(4),
            Column::new("area", Fit::Wrap).drop(5),
            Column::new("timescale", Fit::Wrap).drop(3),
            Column::new("text", Fit::Wrap).min(30),
            Column::new("source", Fit::Source).drop(2),
        ]
    }
    fn table_row(&self) -> Vec<Cell> {
        vec![
            Cell::text(self.council.clone()),
            Cell::text(opt(&self.year)),
            Cell::text(self.kind.as_str().replace('_', " ")),
            Cell::text(
                self.area
                    .map(|a| a.as_str().replace('_', " "))
                    .unwrap_or_default(),
            ),
            Cell::text(
                self.timescale
                    .map(|t| t.as_str().replace('_', " "))
                    .unwrap_or_default(),
            ),
            Cell::text(self.text.clone()),
            Cell::text(short_source(&self.source)),
        ]
    }
}

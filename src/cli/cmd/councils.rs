//! `apa councils`: the council registry, with codes.

use crate::cli::Outcome;
use crate::cli::args::DisplayArgs;
use crate::cli::output::{Cell, Column, Fit, Format, Tabular, render};
use apa::council::Registry;
use clap::Args;
use serde::Serialize;
use std::io::Write;

#[derive(Debug, Args)]
pub struct CouncilsArgs {
    /// Only councils in this region (e.g. "London", "north west"; case and spacing ignored).
    #[arg(long, value_name = "REGION")]
    pub region: Option<String>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Serialize)]
struct CouncilRow<'a> {
    schema_version: u32,
    name: &'a str,
    la_code: &'a str,
    ons_code: &'a str,
    region: &'a str,
    la_type: &'a str,
    aliases: Vec<&'a str>,
    neighbours: Vec<&'a str>,
}

impl Tabular for CouncilRow<'_> {
    fn headers() -> &'static [&'static str] {
        &[
            "name",
            "la_code",
            "ons_code",
            "region",
            "la_type",
            "aliases",
            "neighbours",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.name.to_string(),
            self.la_code.to_string(),
            self.ons_code.to_string(),
            self.region.to_string(),
            self.la_type.to_string(),
            self.aliases.join("; "),
            self.neighbours.join("; "),
        ]
    }
    fn table_columns() -> Vec<Column> {
        vec![
            Column::new("name", Fit::Wrap),
            Column::new("LA code", Fit::Whole),
            Column::new("ONS code", Fit::Whole).drop(2),
            Column::new("region", Fit::Wrap),
            Column::new("type", Fit::Wrap).drop(1),
        ]
    }
    fn table_row(&self) -> Vec<Cell> {
        self.cells()[..5].iter().cloned().map(Cell::text).collect()
    }
}

pub fn run(
    args: &CouncilsArgs,
    display: &DisplayArgs,
    out: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    let registry = Registry::get();
    let region = args
        .region
        .as_deref()
        .map(crate::cli::args::resolve_region)
        .transpose()?;
    let rows: Vec<CouncilRow> = registry
        .entries()
        .iter()
        .filter(|e| region.as_ref().is_none_or(|r| e.region == *r))
        .map(|e| CouncilRow {
            schema_version: apa::model::SCHEMA_VERSION,
            name: &e.name,
            la_code: &e.la_code,
            ons_code: &e.ons_code,
            region: &e.region,
            la_type: &e.la_type,
            aliases: e.aliases.iter().map(String::as_str).collect(),
            neighbours: e
                .neighbours
                .iter()
                .map(|c| registry.by_code(c).map_or(c.as_str(), |n| n.name.as_str()))
                .collect(),
        })
        .collect();
    render(&rows, args.format, &display.style(), out)?;
    Ok(Outcome::default())
}

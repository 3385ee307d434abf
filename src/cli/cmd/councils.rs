//! `apa councils`: the council registry, with codes.

use crate::cli::Outcome;
use crate::cli::args::DisplayArgs;
use crate::cli::output::{Col, Columns, Fit, Format, Tabular, Value, render};
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
struct CouncilRow {
    schema_version: u32,
    name: String,
    la_code: String,
    ons_code: String,
    region: String,
    la_type: String,
    aliases: Vec<String>,
    neighbours: Vec<String>,
}

impl Tabular for CouncilRow {
    fn columns() -> Columns<CouncilRow> {
        Columns(vec![
            Col::new("name", "The council's short name", |r: &CouncilRow| {
                Value::text(&r.name)
            })
            .shown(Fit::Wrap),
            Col::new("la_code", "DfE three-digit LA code", |r: &CouncilRow| {
                Value::text(&r.la_code)
            })
            .shown_as("LA code", Fit::Whole),
            Col::new("ons_code", "ONS code", |r: &CouncilRow| {
                Value::text(&r.ons_code)
            })
            .shown_as("ONS code", Fit::Whole)
            .drop(2),
            Col::new("region", "The region", |r: &CouncilRow| {
                Value::text(&r.region)
            })
            .shown(Fit::Wrap),
            Col::new("la_type", "The kind of council", |r: &CouncilRow| {
                Value::text(&r.la_type)
            })
            .shown_as("type", Fit::Wrap)
            .drop(1),
            Col::new("aliases", "Other names it goes by", |r: &CouncilRow| {
                Value::text(r.aliases.join("; "))
            }),
            Col::new(
                "neighbours",
                "Its statistical neighbours",
                |r: &CouncilRow| Value::text(r.neighbours.join("; ")),
            ),
        ])
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
            name: e.name.clone(),
            la_code: e.la_code.clone(),
            ons_code: e.ons_code.clone(),
            region: e.region.clone(),
            la_type: e.la_type.clone(),
            aliases: e.aliases.clone(),
            neighbours: e
                .neighbours
                .iter()
                .map(|c| registry.by_code(c).map_or(c.clone(), |n| n.name.clone()))
                .collect(),
        })
        .collect();
    render(&rows, args.format, &display.style(), out)?;
    Ok(Outcome::default())
}

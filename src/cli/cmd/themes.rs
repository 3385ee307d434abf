//! `apa themes`: the most common themes of what needs to improve across the
//! reports, with how many items name each, the councils, and an example.

use crate::cli::Outcome;
use crate::cli::args::{DisplayArgs, Selection};
use crate::cli::output::{Cell, Col, Columns, Fit, Format, Tabular, Value, opt, render};
use apa::analysis::themes::{ThemeRow, summary};
use clap::Args;
use std::io::Write;

#[derive(Debug, Args)]
pub struct ThemesArgs {
    #[command(flatten)]
    pub selection: Selection,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

impl Tabular for ThemeRow {
    fn columns() -> Columns<ThemeRow> {
        Columns(vec![
            Col::new("theme", "The theme (data/themes.csv)", |r: &ThemeRow| {
                Value::text(&r.theme)
            })
            .shown(Fit::Wrap),
            Col::new(
                "items",
                "How many items have it as their main theme",
                |r: &ThemeRow| Value::count(r.items),
            )
            .shown(Fit::Whole),
            Col::new(
                "councils",
                "The councils with such items",
                |r: &ThemeRow| Value::text(r.councils.join("; ")),
            )
            .shown(Fit::Wrap)
            .drop(1)
            .cell(|r| {
                Cell::text(match r.councils.len() {
                    0..=4 => r.councils.join(", "),
                    n => format!("{n}: {}, ...", r.councils[..3].join(", ")),
                })
            }),
            Col::new("example", "A recent item of the theme", |r: &ThemeRow| {
                Value::text(&r.example)
            })
            .shown(Fit::Wrap)
            .min(30)
            .cell(|r| {
                Cell::text(format!(
                    "{} ({}, {})",
                    r.example,
                    r.example_council,
                    opt(&r.example_year)
                ))
            }),
            Col::new(
                "example_council",
                "The example's council",
                |r: &ThemeRow| Value::text(&r.example_council),
            ),
            Col::new("example_year", "The example's year", |r: &ThemeRow| {
                Value::int(r.example_year)
            }),
            Col::source(
                "example_source",
                "Where the example was read",
                |r: &ThemeRow| &r.example_source,
            ),
        ])
    }
}

pub fn run(
    args: &ThemesArgs,
    display: &DisplayArgs,
    out: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    let (filter, loaded) = args.selection.read(display)?;
    let rows = apa::analysis::finding_rows(&loaded.reports, &filter);
    let themes = summary(&rows);
    render(&themes, args.format, &display.style(), out)?;
    Ok(Outcome {
        failed_inputs: loaded.failures.len(),
        nothing_found: themes.is_empty()
            && crate::cli::nothing_found(&loaded, "no area for improvement with a theme"),
        ..Outcome::default()
    })
}

//! `apa themes`: the most common themes of what needs to improve across the
//! reports, with how many items name each, the councils, and an example.

use crate::cli::Outcome;
use crate::cli::args::{DisplayArgs, FilterArgs, InputArgs};
use crate::cli::output::{Cell, Column, Fit, Format, Tabular, opt, render};
use apa::analysis::themes::{ThemeRow, summary};
use clap::Args;
use std::io::Write;

#[derive(Debug, Args)]
pub struct ThemesArgs {
    #[command(flatten)]
    pub input: InputArgs,

    #[command(flatten)]
    pub filter: FilterArgs,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

impl Tabular for ThemeRow {
    fn headers() -> &'static [&'static str] {
        &[
            "theme",
            "items",
            "councils",
            "example",
            "example_council",
            "example_year",
            "example_source",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.theme.clone(),
            self.items.to_string(),
            self.councils.join("; "),
            self.example.clone(),
            self.example_council.clone(),
            opt(&self.example_year),
            self.example_source.to_string(),
        ]
    }
    fn table_columns() -> Vec<Column> {
        vec![
            Column::new("theme", Fit::Wrap),
            Column::new("items", Fit::Whole),
            Column::new("councils", Fit::Wrap).drop(1),
            Column::new("example", Fit::Wrap).min(30),
        ]
    }
    fn table_row(&self) -> Vec<Cell> {
        let councils = match self.councils.len() {
            0..=4 => self.councils.join(", "),
            n => format!("{n}: {}, ...", self.councils[..3].join(", ")),
        };
        vec![
            self.theme.clone(),
            self.items.to_string(),
            councils,
            format!(
                "{} ({}, {})",
                self.example,
                self.example_council,
                opt(&self.example_year)
            ),
        ]
        .into_iter()
        .map(Cell::text)
        .collect()
    }
}

pub fn run(
    args: &ThemesArgs,
    display: &DisplayArgs,
    out: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    let filter = args.filter.filter()?;
    let loaded = args.input.load(display);
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

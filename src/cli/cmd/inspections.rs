//! `apa inspections`: one row per inspection or letter, each judgement a
//! column; `--latest` each council's most recent; `--summary` counts of levels
//! per judgement, nationally or `--by region`.

use crate::cli::Outcome;
use crate::cli::args::{DisplayArgs, FilterArgs, InputArgs};
use crate::cli::output::{Cell, Column, Fit, Format, Tabular, opt, render};
use apa::analysis::inspections::{COLUMNS, InspectionRow, SummaryRow, latest, rows, summary};
use apa::model::{Date, Level};
use clap::{Args, ValueEnum};
use std::io::Write;

#[derive(Debug, Args)]
pub struct InspectionsArgs {
    #[command(flatten)]
    pub input: InputArgs,

    #[command(flatten)]
    pub filter: FilterArgs,

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

/// A level in a few letters, for narrow tables: O, G, RI, I; SEND outcomes P,
/// IC, SF.
fn code(level: Option<Level>) -> String {
    level.map(Level::code).unwrap_or_default().to_string()
}

impl Tabular for InspectionRow {
    fn headers() -> &'static [&'static str] {
        &[
            "council",
            "la_code",
            "ons_code",
            "region",
            "kind",
            "framework",
            "year",
            "inspection_start",
            "inspection_end",
            "published",
            "letter",
            "overall_effectiveness",
            "help_and_protection",
            "looked_after",
            "adoption",
            "care_leavers",
            "leadership",
            "lscb",
            "send_outcome",
            "childrens_services",
            "areas_for_improvement",
            "priority_actions",
            "file",
        ]
    }
    fn cells(&self) -> Vec<String> {
        let mut c = vec![
            self.council.clone(),
            opt(&self.la_code),
            opt(&self.ons_code),
            opt(&self.region),
            self.kind.to_string(),
            self.framework
                .map(|f| f.as_str().to_string())
                .unwrap_or_default(),
            opt(&self.year),
            opt(&self.inspection_start),
            opt(&self.inspection_end),
            opt(&self.published),
            opt(&self.letter),
        ];
        c.extend(COLUMNS.iter().map(|a| opt(&self.level(*a))));
        c.extend([
            self.areas_for_improvement.to_string(),
            self.priority_actions.to_string(),
            self.file.clone(),
        ]);
        c
    }
    /// Judgements as level codes, coloured; the kind wraps and, in narrow
    /// tables, is left out first.
    fn table_columns() -> Vec<Column> {
        let judgements = [
            "OE", "H&P", "LAC", "Adopt", "CL", "Lead", "LSCB", "SEND", "CS",
        ];
        [
            Column::new("council", Fit::Wrap).key(),
            Column::new("year", Fit::Whole).key(),
            Column::new("kind", Fit::Wrap).drop(3),
        ]
        .into_iter()
        .chain(judgements.map(|h| Column::new(h, Fit::Whole)))
        .chain([
            Column::new("AFI", Fit::Whole).drop(2),
            Column::new("PA", Fit::Whole).drop(1),
        ])
        .collect()
    }
    fn table_row(&self) -> Vec<Cell> {
        let mut c = vec![
            Cell::text(self.council.clone()),
            Cell::text(opt(&self.year)),
            Cell::text(self.kind.as_str().replace('_', " ")),
        ];
        c.extend(COLUMNS.iter().map(|a| {
            let level = self.level(*a);
            Cell::text(code(level)).colour(level)
        }));
        c.extend([
            Cell::text(self.areas_for_improvement.to_string()),
            Cell::text(self.priority_actions.to_string()),
        ]);
        c
    }
}

impl Tabular for SummaryRow {
    fn headers() -> &'static [&'static str] {
        &["group", "judgement", "level", "count", "share"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.group.clone(),
            self.judgement.to_string(),
            self.level.to_string(),
            self.count.to_string(),
            format!("{:.3}", self.share),
        ]
    }
    fn table_row(&self) -> Vec<Cell> {
        let mut c: Vec<Cell> = self.cells().into_iter().map(Cell::text).collect();
        c[1].text = c[1].text.replace('_', " ");
        c[2] = Cell::text(c[2].text.replace('_', " ")).colour(Some(self.level));
        c[4].text = format!("{:.0}%", self.share * 100.0);
        c
    }
}

pub fn run(
    args: &InspectionsArgs,
    display: &DisplayArgs,
    out: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    let filter = args.filter.filter()?;
    let loaded = args.input.load(display);
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

//! `apa inspections`: one row per inspection or letter, each judgement a
//! column; `--latest` each council's most recent; `--summary` counts of levels
//! per judgement, nationally or `--by region`.

use super::output::{Format, Tabular, opt, render};
use super::{DisplayArgs, FilterArgs, InputArgs, Outcome};
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
    match level {
        Some(Level::Outstanding) => "O",
        Some(Level::Good) => "G",
        Some(Level::Adequate) => "RI",
        Some(Level::Inadequate) => "I",
        Some(Level::Positive) => "P",
        Some(Level::Inconsistent) => "IC",
        Some(Level::SystemicFailings) => "SF",
        None => "",
    }
    .to_string()
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
    fn table_headers() -> &'static [&'static str] {
        &[
            "council", "year", "kind", "OE", "H&P", "LAC", "Adopt", "CL", "Lead", "LSCB", "SEND",
            "CS", "AFI", "PA",
        ]
    }
    fn table_cells(&self) -> Vec<String> {
        let mut c = vec![
            self.council.clone(),
            opt(&self.year),
            self.kind.as_str().replace('_', " "),
        ];
        c.extend(COLUMNS.iter().map(|a| code(self.level(*a))));
        c.extend([
            self.areas_for_improvement.to_string(),
            self.priority_actions.to_string(),
        ]);
        c
    }
    fn flexible_columns() -> &'static [usize] {
        &[0, 2]
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
    fn table_cells(&self) -> Vec<String> {
        let mut c = self.cells();
        c[4] = format!("{:.0}%", self.share * 100.0);
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
        found.is_empty() && super::nothing_found(&loaded, "no inspection or letter matches");
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

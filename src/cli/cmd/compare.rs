//! `apa compare A B [C ...]`: councils side by side.

use crate::cli::args::{DisplayArgs, ReportsArgs, resolve_councils};
use crate::cli::output::Paint;
use crate::cli::output::matrix::{SlotRow, column_title, grade_lines_view, matrix_grid, slot_rows};
use crate::cli::output::sections::{Section, write_markdown, write_table};
use crate::cli::output::spaced;
use crate::cli::output::table::{Cell, Column, Fit, Grid};
use crate::cli::output::{Col, Columns, Format, Tabular, Value, opt, render, write_json};
use crate::cli::{Outcome, UsageError};
use apa::analysis::compare::{Comparison, compare};
use clap::Args;
use serde::Serialize;
use std::io::Write;

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Councils to compare: any spelling ("bromley", "London Borough of Bromley", "LB Bromley") or an LA or ONS code; report files or folders may follow them.
    #[arg(num_args = 1.., value_name = "COUNCIL|PATH")]
    pub councils: Vec<String>,

    /// Compare these years (repeatable). Default: each council's latest report of the most recent kind they all have (years may differ; the output says which); where they share no kind, each council's latest year with grades.
    #[arg(long, value_name = "YEAR")]
    pub year: Vec<i32>,

    /// Add each council's statistical neighbours that have reports.
    #[arg(long)]
    pub neighbours: bool,

    /// Add every council of this region that has reports ("London", "north
    /// west").
    #[arg(long, value_name = "REGION")]
    pub region: Option<String>,

    #[command(flatten)]
    pub reports: ReportsArgs,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

pub fn run(
    args: &CompareArgs,
    display: &DisplayArgs,
    out: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    let (names, paths) = crate::cli::args::councils_and_paths(&args.councils)?;
    if names.is_empty() && args.region.is_none() {
        return Err(
            UsageError("apa compare needs at least one council (or --region)".to_string()).into(),
        );
    }
    let mut councils = resolve_councils(&names)?;
    let loaded = args.reports.input(&paths).load(display);
    if args.neighbours {
        // The neighbours that have reports: a column for each of the others
        // would be empty.
        let with_reports: Vec<&str> = loaded.reports.iter().map(|r| r.council_name()).collect();
        councils = crate::cli::args::with_neighbours(&councils)
            .into_iter()
            .enumerate()
            .filter(|(i, n)| *i < councils.len() || with_reports.contains(&n.as_str()))
            .map(|(_, n)| n)
            .collect();
    }
    if let Some(region) = &args.region {
        let region = crate::cli::args::resolve_region(region)?;
        let mut in_region: Vec<String> = loaded
            .reports
            .iter()
            .filter_map(|r| r.council.as_ref())
            .filter(|c| c.region.as_ref() == Some(&region))
            .filter_map(|c| c.canonical.clone())
            .collect();
        in_region.sort();
        for c in in_region {
            if !councils.contains(&c) {
                councils.push(c);
            }
        }
    }
    let cmp = compare(&loaded.reports, &councils, &args.year);
    let style = display.style();
    match args.format {
        Format::Json => write_json(&cmp, out)?,
        // Nothing to show: said on stderr below.
        Format::Table | Format::Markdown if cmp.columns.is_empty() => {}
        Format::Table => write_table(
            &sections(&cmp, &loaded.origin, !args.year.is_empty()),
            &style,
            out,
        )?,
        Format::Markdown => {
            write_markdown(&sections(&cmp, &loaded.origin, !args.year.is_empty()), out)?
        }
        other => render(&export_rows(&cmp), other, &style, out)?,
    }
    for c in &cmp.without_reports {
        crate::cli::output::say(&format!(
            "apa: note: no graded report about {c} for the years asked in {}",
            loaded.origin
        ));
    }
    Ok(Outcome {
        failed_inputs: loaded.failures.len(),
        nothing_found: cmp.columns.is_empty()
            && crate::cli::nothing_found(&loaded, "no graded report about these councils"),
        ..Outcome::default()
    })
}

/// One fact of a comparison as a flat row (CSV, JSON lines): every section is
/// there, told apart by `section` (`grade`, `strength`, `area_for_improvement`,
/// `shared_weakness`, `letter`), so that no export drops a part of it.
#[derive(Debug, Serialize)]
pub struct CompareRow {
    pub schema_version: u32,
    pub section: &'static str,
    pub council: String,
    pub year: Option<i32>,
    /// The judgement area, the outcome or list a finding stands under, the theme,
    /// or the letter's kind.
    pub heading: String,
    /// The grade as printed, or the text.
    pub text: String,
    pub level: Option<String>,
    pub score: Option<u8>,
    pub conflict: bool,
    pub source: String,
}

impl Tabular for CompareRow {
    fn columns() -> Columns<CompareRow> {
        let text = |key, meaning, get: fn(&CompareRow) -> String| {
            Col::new(key, meaning, move |r: &CompareRow| Value::Text(get(r))).shown(Fit::Wrap)
        };
        Columns(vec![
            text(
                "section",
                "grade, strength, area_for_improvement, shared_weakness or letter",
                |r| r.section.to_string(),
            ),
            text("council", "The council", |r| r.council.clone()),
            text("year", "The year", |r| opt(&r.year)),
            text(
                "heading",
                "The judgement, the list a finding stands under, the theme, or the letter's kind",
                |r| r.heading.clone(),
            ),
            text("text", "The grade as printed, or the item", |r| {
                r.text.clone()
            }),
            text("level", "The grade's level", |r| opt(&r.level)),
            text("score", "The grade's score", |r| opt(&r.score)),
            text("conflict", "Whether two sources disagree", |r| {
                r.conflict.to_string()
            }),
            text("source", "Where it was read", |r| r.source.clone()),
        ])
    }
}

fn export_rows(cmp: &Comparison) -> Vec<CompareRow> {
    let row = |section, council: &str, year, heading: String, text: String| CompareRow {
        schema_version: apa::model::SCHEMA_VERSION,
        section,
        council: council.to_string(),
        year,
        heading,
        text,
        level: None,
        score: None,
        conflict: false,
        source: String::new(),
    };
    let mut out: Vec<CompareRow> = slot_rows(cmp.grades.iter().flat_map(|line| {
        cmp.columns
            .iter()
            .zip(&line.cells)
            .filter_map(move |(col, slot)| {
                Some((
                    col.council.as_str(),
                    col.year,
                    line.scope,
                    line.area,
                    slot.as_ref()?,
                ))
            })
    }))
    .into_iter()
    .map(|s: SlotRow| CompareRow {
        level: s.level,
        score: s.score,
        conflict: s.conflict,
        source: s.source,
        ..row("grade", &s.council, Some(s.year), s.area, s.raw)
    })
    .collect();
    for line in &cmp.findings {
        for (col, cell) in cmp.columns.iter().zip(&line.cells) {
            for (section, items) in [
                ("strength", &cell.strengths),
                ("area_for_improvement", &cell.areas_for_improvement),
            ] {
                out.extend(items.iter().map(|t| {
                    row(
                        section,
                        &col.council,
                        Some(col.year),
                        line.title.clone(),
                        t.clone(),
                    )
                }));
            }
        }
    }
    for s in &cmp.shared_weaknesses {
        out.extend(s.mentions.iter().map(|m| {
            row(
                "shared_weakness",
                &m.council,
                Some(m.year),
                s.theme.clone(),
                m.text.clone(),
            )
        }));
    }
    for v in &cmp.visits {
        out.push(CompareRow {
            source: v.file.clone(),
            ..row(
                "letter",
                &v.council,
                v.year,
                v.kind.as_str().to_string(),
                v.subject.clone().unwrap_or_default(),
            )
        });
    }
    out
}

fn bullets(items: &[String]) -> String {
    items
        .iter()
        .map(|i| format!("• {i}"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn headers(cmp: &Comparison, first: &str) -> Vec<String> {
    std::iter::once(first.to_string())
        .chain(cmp.columns.iter().map(column_title))
        .collect()
}

/// The comparison laid out once, for the terminal and for markdown: what the
/// columns are, the grades, strengths and areas for improvement, the
/// weaknesses in common, the letters since each council's last inspection,
/// and the reports used.
fn sections(cmp: &Comparison, origin: &str, years_given: bool) -> Vec<Section> {
    let none = |_: &apa::analysis::GradeValue| String::new();
    let mut out = Vec::new();
    if let Some(line) = basis(cmp, years_given) {
        out.push(Section::untitled().line(line));
    }
    let lines = grade_lines_view(&cmp.grades);
    out.push(Section::new("Grades").grid(matrix_grid(headers(cmp, "Judgement"), &lines, &none)));
    if !cmp.findings.is_empty() {
        out.push(Section::new("Strengths and areas for improvement").grid(findings_grid(cmp)));
    }
    let weaknesses = Section::new("Weaknesses in common");
    out.push(if cmp.shared_weaknesses.is_empty() {
        weaknesses.line("(none found)")
    } else {
        weaknesses.grid(weaknesses_grid(cmp))
    });
    if !cmp.visits.is_empty() {
        let mut v = cmp.visits.clone();
        v.sort_by(|a, b| (&a.council, a.end).cmp(&(&b.council, b.end)));
        out.push(
            Section::new("Letters since the last inspection")
                .grid(crate::cli::output::matrix::visit_grid(&v, true)),
        );
    }
    out.push(
        Section::new(format!(
            "Reports used ({} from {origin}):",
            cmp.reports.len()
        ))
        .items(cmp.reports.clone()),
    );
    out
}

/// Each outcome's strengths and what is to improve, a row each, a council's
/// items in its column.
fn findings_grid(cmp: &Comparison) -> Grid {
    let columns = headers(cmp, "Outcome")
        .into_iter()
        .enumerate()
        .map(|(i, h)| match i {
            0 => Column::new(h, Fit::Wrap).min(12).key(),
            _ => Column::new(h, Fit::Wrap).min(16),
        })
        .collect();
    let mut t = Grid::new(columns, Paint::Text);
    for line in &cmp.findings {
        for (label, pick) in [("strengths", true), ("to improve", false)] {
            let cells: Vec<String> = line
                .cells
                .iter()
                .map(|c| {
                    bullets(if pick {
                        &c.strengths
                    } else {
                        &c.areas_for_improvement
                    })
                })
                .collect();
            if cells.iter().all(String::is_empty) {
                continue;
            }
            // A list's own heading ("What needs to improve", "Areas for
            // priority action") says what its items are.
            let title = if line.area.is_none() && !pick {
                line.title.clone()
            } else {
                format!("{}: {label}", line.title)
            };
            let mut row = vec![Cell::text(title)];
            row.extend(cells.into_iter().map(Cell::text));
            t.push(row);
        }
    }
    t
}

/// The themes of what is to improve that the councils share, with each
/// council's item.
fn weaknesses_grid(cmp: &Comparison) -> Grid {
    let mut t = Grid::new(
        vec![
            Column::new("Theme", Fit::Wrap),
            Column::new("Named as an area for improvement", Fit::Wrap).min(30),
        ],
        Paint::Text,
    );
    for s in &cmp.shared_weaknesses {
        let text = s
            .mentions
            .iter()
            .map(|m| format!("{} {}: {}", m.council, m.year, m.text))
            .collect::<Vec<_>>()
            .join("\n");
        t.push(vec![Cell::text(s.theme.clone()), Cell::text(text)]);
    }
    t
}

/// What the columns are, where apa chose them: "Each council's latest ilacs
/// inspection: Bromley 2023, Bexley 2023 (--year for others)."
fn basis(cmp: &Comparison, years_given: bool) -> Option<String> {
    let columns: Vec<String> = cmp.columns.iter().map(column_title).collect();
    match cmp.kind {
        _ if years_given || columns.is_empty() => None,
        Some(kind) => Some(format!(
            "Each council's latest {}: {} (--year for others).",
            spaced(kind.as_str()),
            columns.join(", ")
        )),
        None => Some(format!(
            "No kind of report is common to all; each council's latest year with grades: {} (--year for others).",
            columns.join(", ")
        )),
    }
}

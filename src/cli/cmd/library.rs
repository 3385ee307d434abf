//! `apa library`: what the library `apa fetch` keeps holds: councils,
//! documents by label and year, dead links, failures, when it was last
//! fetched. In CSV or JSON, the manifest's rows.

use crate::cli::Outcome;
use crate::cli::args::{DisplayArgs, LibraryArgs};
use crate::cli::cmd::fetch::megabytes;
use crate::cli::output::sections::{Section, write_markdown, write_table};
use crate::cli::output::style::Paint;
use crate::cli::output::table::{Cell, Column, Fit as GridFit, Grid};
use crate::cli::output::{Col, Columns, Fit, Format, Style, Tabular, Value, render, say};
use apa::fetch::library::{Entry, Manifest, Status, is_library};
use clap::Args;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

#[derive(Debug, Args)]
pub struct LibraryCmdArgs {
    #[command(flatten)]
    pub library: LibraryArgs,

    /// table and markdown say what the library holds; csv, json and jsonl
    /// give the manifest's rows.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

impl Tabular for Entry {
    fn columns() -> Columns<Entry> {
        let text = |key: &'static str, meaning: &'static str, f: fn(&Entry) -> &str| {
            Col::new(key, meaning, move |e: &Entry| Value::text(f(e)))
        };
        Columns(vec![
            text(
                "file_id",
                "The file's id on Ofsted's files service (the key)",
                |e| &e.file_id,
            ),
            text(
                "urn",
                "The council's page on the site (its unique reference number)",
                |e| &e.urn,
            ),
            text("council", "The council", |e| &e.council)
                .shown(Fit::Whole)
                .label(),
            text("la_code", "The council's DfE code", |e| &e.la_code),
            text("label", "The publication's label on the site", |e| &e.label).shown(Fit::Wrap),
            Col::new("published", "When Ofsted published it", |e: &Entry| {
                Value::Date(e.published_date())
            })
            .shown(Fit::Whole),
            text("url", "Where it is on the site", |e| &e.url),
            text("path", "The file in the library", |e| &e.path),
            text("sha256", "Its SHA-256", |e| &e.sha256),
            Col::new("size", "Its size in bytes", |e: &Entry| {
                Value::int(e.size.and_then(|s| i64::try_from(s).ok()))
            }),
            text("fetched", "When it was fetched or last tried (UTC)", |e| {
                &e.fetched
            }),
            Col::new(
                "status",
                "ok, dead (the site gives no PDF) or failed (tried again next run)",
                |e: &Entry| Value::text(e.status.as_str()),
            )
            .shown(Fit::Whole),
            text("reason", "Why it is dead or failed", |e| &e.reason).shown(Fit::Wrap),
        ])
    }
}

pub fn run(
    args: &LibraryCmdArgs,
    display: &DisplayArgs,
    out: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    let dir = args.library.dir()?;
    status(&dir, args.format, &display.style(), out)
}

/// Says what the library in `dir` holds.
pub fn status(
    dir: &Path,
    format: Format,
    style: &Style,
    out: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    if !is_library(dir) {
        say(&format!(
            "apa: nothing found: no library at {} yet; `apa fetch` makes one",
            dir.display()
        ));
        return Ok(Outcome {
            nothing_found: true,
            ..Outcome::default()
        });
    }
    let manifest = Manifest::read(dir)?;
    if !matches!(format, Format::Table | Format::Markdown) {
        render(&manifest.entries, format, style, out)?;
        return Ok(Outcome::default());
    }
    let sections = sections(dir, &manifest);
    match format {
        Format::Markdown => write_markdown(&sections, out)?,
        _ => write_table(&sections, style, out)?,
    }
    Ok(Outcome::default())
}

/// "1 council", "2 councils".
fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

fn sections(dir: &Path, m: &Manifest) -> Vec<Section> {
    let of = |s: Status| m.entries.iter().filter(move |e| e.status == s);
    let ok: Vec<&Entry> = of(Status::Ok).collect();
    let mut councils: Vec<&str> = ok.iter().map(|e| e.council.as_str()).collect();
    councils.sort();
    councils.dedup();
    let bytes: u64 = ok.iter().filter_map(|e| e.size).sum();
    let last = m
        .entries
        .iter()
        .map(|e| e.fetched.as_str())
        .max()
        .unwrap_or("never");
    let mut out = vec![
        Section::new(format!("The library at {}:", dir.display())).line(format!(
            "{} ({}) for {}; {}; {} failed; last fetched {last}.",
            count(ok.len(), "document"),
            megabytes(bytes),
            count(councils.len(), "council"),
            count(of(Status::Dead).count(), "dead link"),
            of(Status::Failed).count(),
        )),
    ];
    // Documents by label, and by the year they were published.
    let mut by_label: BTreeMap<&str, (usize, String, String)> = BTreeMap::new();
    let mut by_year: BTreeMap<String, usize> = BTreeMap::new();
    for e in &ok {
        let slot = by_label.entry(e.label.as_str()).or_insert((
            0,
            e.published.clone(),
            e.published.clone(),
        ));
        slot.0 += 1;
        if !e.published.is_empty() && (slot.1.is_empty() || e.published < slot.1) {
            slot.1 = e.published.clone();
        }
        if e.published > slot.2 {
            slot.2 = e.published.clone();
        }
        let year = e.published.get(..4).unwrap_or("undated").to_string();
        *by_year.entry(year).or_default() += 1;
    }
    if !by_label.is_empty() {
        let mut g = Grid::new(
            vec![
                Column::new("label", GridFit::Wrap),
                Column::new("documents", GridFit::Whole),
                Column::new("first", GridFit::Whole),
                Column::new("last", GridFit::Whole),
            ],
            Paint::Text,
        );
        for (label, (n, first, last)) in by_label {
            g.rows.push(vec![
                Cell::text(label),
                Cell::text(n.to_string()),
                Cell::text(first),
                Cell::text(last),
            ]);
        }
        out.push(Section::new("Documents by label on the site:").grid(g));
        out.push(
            Section::new("Documents by year published:").line(
                by_year
                    .iter()
                    .map(|(y, n)| format!("{y}: {n}"))
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
        );
    }
    for (status, title) in [
        (
            Status::Dead,
            "Dead links (the site gives no PDF; `apa fetch --recheck` asks again):",
        ),
        (
            Status::Failed,
            "Failed (tried again on the next `apa fetch`):",
        ),
    ] {
        let rows: Vec<&Entry> = of(status).collect();
        if rows.is_empty() {
            continue;
        }
        let mut g = Grid::new(
            vec![
                Column::new("council", GridFit::Whole),
                Column::new("label", GridFit::Wrap),
                Column::new("published", GridFit::Whole),
                Column::new("reason", GridFit::Wrap),
                Column::new("url", GridFit::Wrap),
            ],
            Paint::Text,
        );
        for e in rows {
            g.rows.push(vec![
                Cell::text(&e.council),
                Cell::text(&e.label),
                Cell::text(&e.published),
                Cell::text(&e.reason),
                Cell::text(&e.url),
            ]);
        }
        out.push(Section::new(title).grid(g));
    }
    out
}

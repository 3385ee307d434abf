//! `apa check`: for CI. Every file: parsed or not, its kind, council and year,
//! and whether every judgement its framework requires is there; optionally a
//! policy on the grades. Exit 0 all well, 1 a problem, 2 usage or I/O error.

use crate::cli::args::{DisplayArgs, InputArgs, resolve_councils};
use crate::cli::output::{Col, Columns, Fit, Format, Tabular, Value, opt, render};
use crate::cli::{Outcome, UsageError};
use apa::analysis::check::{CheckResult, Policy, Status, check_report, unreadable};
use apa::model::{Area, Level};
use clap::Args;
use std::io::Write;

/// Unlike the other commands, check never falls back to the samples: a CI job
/// that forgot its reports must not pass.
#[derive(Debug, Args)]
#[command(mut_arg("paths", |a| a.help(
    "Report files or folders to check (PDF or text; folders are walked for *.pdf and *.txt). `-` reads standard input. With none, --dir (or APA_REPORTS), else the library `apa fetch` keeps; check never reads the built-in samples, so that a job without reports fails"
)))]
pub struct CheckArgs {
    #[command(flatten)]
    pub input: InputArgs,

    /// Fail (exit 1) if any selected judgement is below this level: outstanding, good, adequate (= requires improvement), inadequate.
    #[arg(long, value_name = "LEVEL", value_parser = parse_level)]
    pub fail_below: Option<Level>,

    /// Only check reports about this council (any spelling or code); repeatable.
    #[arg(long, value_name = "COUNCIL")]
    pub council: Vec<String>,

    /// The judgement areas --fail-below applies to (e.g. overall_effectiveness); repeatable. Default: all.
    #[arg(long, value_name = "AREA", value_parser = parse_area)]
    pub area: Vec<Area>,

    /// Output format: table, json, jsonl, csv or markdown.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

fn parse_level(s: &str) -> Result<Level, String> {
    s.parse()
}

fn parse_area(s: &str) -> Result<Area, String> {
    s.parse().map_err(|e: String| {
        let all: Vec<&str> = Area::ALL.iter().map(|a| a.as_str()).collect();
        format!("{e} (one of: {})", all.join(", "))
    })
}

impl Tabular for CheckResult {
    fn columns() -> Columns<CheckResult> {
        Columns(vec![
            Col::new("file", "The file checked", |r: &CheckResult| {
                Value::text(&r.file)
            })
            .shown(Fit::Source),
            Col::new("status", "ok, problem or unreadable", |r: &CheckResult| {
                Value::text(match r.status {
                    Status::Ok => "ok",
                    Status::Problem => "problem",
                    Status::Unreadable => "unreadable",
                })
            })
            .shown(Fit::Whole),
            Col::new("kind", "The kind of document", |r: &CheckResult| {
                Value::word(opt(&r.kind))
            })
            .shown(Fit::Wrap)
            .drop(2),
            Col::new("council", "The council", |r: &CheckResult| {
                Value::opt(&r.council)
            })
            .shown(Fit::Wrap),
            Col::new("year", "The year", |r: &CheckResult| Value::int(r.year)).shown(Fit::Whole),
            Col::new(
                "judgements",
                "How many judgements were read",
                |r: &CheckResult| Value::count(r.judgements),
            )
            .shown(Fit::Whole)
            .drop(1),
            Col::new(
                "problems",
                "What is wrong, each problem after a ';'",
                |r: &CheckResult| {
                    Value::text(
                        r.problems
                            .iter()
                            .map(ToString::to_string)
                            .collect::<Vec<_>>()
                            .join("; "),
                    )
                },
            )
            .shown(Fit::Wrap)
            .min(24),
        ])
    }
}

pub fn run(
    args: &CheckArgs,
    display: &DisplayArgs,
    out: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    let councils = resolve_councils(&args.council)?;
    let origin = args.input.origin();
    if matches!(origin, crate::cli::load::Origin::Samples) {
        return Err(UsageError(
            "apa check needs the files or folders to check (or --dir, or a library that `apa fetch` made)".to_string(),
        )
        .into());
    }
    let loaded = crate::cli::load::load(origin, &display.reading());
    let policy = Policy {
        fail_below: args.fail_below,
        areas: args.area.clone(),
    };
    let mut results: Vec<CheckResult> = loaded
        .reports
        .iter()
        .filter(|r| councils.is_empty() || councils.iter().any(|c| c == r.council_name()))
        .map(|r| check_report(r, &policy))
        .collect();
    results.extend(
        loaded
            .failures
            .iter()
            .map(|f| unreadable(&f.file, &f.message)),
    );
    results.sort_by(|a, b| a.file.cmp(&b.file));
    for f in loaded.failures.iter().filter(|f| f.io) {
        crate::cli::output::say(&format!("apa: error: {}: {}", f.file, f.message));
    }
    render(&results, args.format, &display.style(), out)?;
    Ok(Outcome {
        failed_inputs: loaded.failures.iter().filter(|f| f.io).count(),
        check_failed: results.iter().any(|r| r.status != Status::Ok),
        ..Outcome::default()
    })
}

//! A cache of parsed records, keyed by the content hash of each file and the
//! parser's fingerprint, in the user's cache directory (`$APA_CACHE_DIR`, else
//! `$XDG_CACHE_HOME/apa`, else `~/.cache/apa`; `%LOCALAPPDATA%\apa` on Windows).
//! It is never needed for a right answer: an entry that cannot be read, or that
//! was written for other content or another parser, is ignored and rewritten.

use crate::cli::Outcome;
use crate::cli::load::cache::{Cache, PARSER};
use crate::cli::output::{Col, Columns, Fit, Format, Tabular, Value, render};
use clap::{Args, Subcommand};
use serde::Serialize;
use std::io::Write;

#[derive(Debug, Args)]
pub struct CacheArgs {
    #[command(subcommand)]
    pub action: CacheAction,
}

#[derive(Debug, Subcommand)]
pub enum CacheAction {
    /// Remove every cached record.
    Clear,
    /// Where the cache is, how many records it holds and how much space they take.
    Info {
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
}

#[derive(Serialize)]
struct Info {
    schema_version: u32,
    directory: String,
    parser: String,
    records: u64,
    records_of_other_parsers: u64,
    bytes: u64,
}

impl Tabular for Info {
    fn columns() -> Columns<Info> {
        Columns(vec![
            Col::new("directory", "Where the cache is", |r: &Info| {
                Value::text(&r.directory)
            })
            .shown(Fit::Wrap),
            Col::new("parser", "The parser whose records are used", |r: &Info| {
                Value::text(&r.parser)
            })
            .shown(Fit::Wrap),
            Col::new("records", "Records of this parser", |r: &Info| {
                Value::int(Some(r.records as i64))
            })
            .shown(Fit::Wrap),
            Col::new(
                "records_of_other_parsers",
                "Records of other parsers, never used",
                |r: &Info| Value::int(Some(r.records_of_other_parsers as i64)),
            )
            .shown(Fit::Wrap),
            Col::new("bytes", "The cache's size", |r: &Info| {
                Value::int(Some(r.bytes as i64))
            })
            .shown(Fit::Wrap),
        ])
    }
}

fn walk(dir: &std::path::Path, f: &mut dyn FnMut(&std::path::Path, u64)) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let Ok(m) = e.metadata() else { continue };
        if m.is_dir() {
            walk(&e.path(), f);
        } else {
            f(&e.path(), m.len());
        }
    }
}

pub fn run(
    args: &CacheArgs,
    style: &crate::cli::output::Style,
    out: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    let root = Cache::default_root()
        .ok_or_else(|| anyhow::anyhow!("no cache directory: set APA_CACHE_DIR or HOME"))?;
    match &args.action {
        CacheAction::Clear => {
            if root.exists() {
                std::fs::remove_dir_all(&root)
                    .map_err(|e| anyhow::anyhow!("cannot clear {}: {e}", root.display()))?;
            }
            writeln!(out, "cleared {}", root.display())?;
        }
        CacheAction::Info { format } => {
            let (mut records, mut other, mut bytes) = (0, 0, 0);
            let current = root.join(PARSER);
            walk(&root, &mut |p, len| {
                if p.extension().is_some_and(|e| e == "json") {
                    if p.starts_with(&current) {
                        records += 1;
                    } else {
                        other += 1;
                    }
                    bytes += len;
                }
            });
            let info = Info {
                schema_version: apa::model::SCHEMA_VERSION,
                directory: root.display().to_string(),
                parser: PARSER.to_string(),
                records,
                records_of_other_parsers: other,
                bytes,
            };
            render(&[info], *format, style, out)?;
        }
    }
    Ok(Outcome::default())
}

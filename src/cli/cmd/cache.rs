//! A cache of parsed records, keyed by the content hash of each file and the
//! parser's fingerprint, in the user's cache directory (`$APA_CACHE_DIR`, else
//! `$XDG_CACHE_HOME/apa`, else `~/.cache/apa`; `%LOCALAPPDATA%\apa` on Windows).
//! It is never needed for a right answer: an entry that cannot be read, or that
//! was written for other content or another parser, is ignored and rewritten.

use crate::cli::Outcome;
use crate::cli::UsageError;
use crate::cli::load::cache::{Cache, MARKER, PARSER, is_entry_name, is_parser_name};
use crate::cli::output::{Col, Columns, Fit, Format, Tabular, Value, render};
use clap::{Args, Subcommand};
use serde::Serialize;
use std::io::Write;
use std::path::{Path, PathBuf};

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
    /// Temporary files a run killed while writing left.
    temporary_files: u64,
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
            Col::new(
                "temporary_files",
                "Temporary files left by a run killed while writing",
                |r: &Info| Value::int(Some(r.temporary_files as i64)),
            )
            .shown(Fit::Wrap),
            Col::new("bytes", "The cache's size", |r: &Info| {
                Value::int(Some(r.bytes as i64))
            })
            .shown(Fit::Wrap),
        ])
    }
}

/// The cache's entries (and stray temporary files), with their sizes: only
/// files named as the cache names them, in its parser folders, never through
/// a link.
fn entries(root: &Path) -> Vec<(PathBuf, u64)> {
    let mut out = Vec::new();
    let dirs = |p: &Path| -> Vec<std::fs::DirEntry> {
        std::fs::read_dir(p)
            .map(|d| d.flatten().collect())
            .unwrap_or_default()
    };
    for parser in dirs(root) {
        let is_dir = |e: &std::fs::DirEntry| e.file_type().is_ok_and(|t| t.is_dir());
        if !is_dir(&parser) || !is_parser_name(&parser.file_name().to_string_lossy()) {
            continue;
        }
        for shard in dirs(&parser.path()).into_iter().filter(is_dir) {
            for f in dirs(&shard.path()) {
                let name = f.file_name().to_string_lossy().to_string();
                let Ok(m) = f.metadata() else { continue };
                if f.file_type().is_ok_and(|t| t.is_file()) && is_entry_name(&name) {
                    out.push((f.path(), m.len()));
                }
            }
        }
    }
    out
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
            if !root.exists() {
                writeln!(out, "nothing to clear: {} does not exist", root.display())?;
                return Ok(Outcome::default());
            }
            if !Cache::is_marked(&root) {
                return Err(UsageError(format!(
                    "{} is not apa's cache (it has no {MARKER}); nothing was removed",
                    root.display()
                ))
                .into());
            }
            let found = entries(&root);
            for (p, _) in &found {
                std::fs::remove_file(p)
                    .map_err(|e| anyhow::anyhow!("cannot remove {}: {e}", p.display()))?;
            }
            // Folders the cache made and left empty go too; any other file stays.
            for parser in std::fs::read_dir(&root).into_iter().flatten().flatten() {
                if is_parser_name(&parser.file_name().to_string_lossy()) {
                    for shard in std::fs::read_dir(parser.path())
                        .into_iter()
                        .flatten()
                        .flatten()
                    {
                        let _ = std::fs::remove_dir(shard.path());
                    }
                    let _ = std::fs::remove_dir(parser.path());
                }
            }
            writeln!(out, "cleared {} ({} entries)", root.display(), found.len())?;
        }
        CacheAction::Info { format } => {
            let (mut records, mut other, mut stray, mut bytes) = (0, 0, 0, 0);
            let current = root.join(PARSER);
            for (p, len) in entries(&root) {
                if p.extension().is_some_and(|e| e == "tmp") {
                    stray += 1;
                } else if p.starts_with(&current) {
                    records += 1;
                } else {
                    other += 1;
                }
                bytes += len;
            }
            let info = Info {
                schema_version: apa::model::SCHEMA_VERSION,
                directory: root.display().to_string(),
                parser: PARSER.to_string(),
                records,
                records_of_other_parsers: other,
                temporary_files: stray,
                bytes,
            };
            render(&[info], *format, style, out)?;
        }
    }
    Ok(Outcome::default())
}

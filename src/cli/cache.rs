//! A cache of parsed records, keyed by the content hash of each file and the
//! parser's fingerprint, in the user's cache directory (`$APA_CACHE_DIR`, else
//! `$XDG_CACHE_HOME/apa`, else `~/.cache/apa`; `%LOCALAPPDATA%\apa` on Windows).
//! It is never needed for a right answer: an entry that cannot be read, or that
//! was written for other content or another parser, is ignored and rewritten.

use super::Outcome;
use super::output::{Format, Tabular, render};
use apa::model::Report;
use clap::{Args, Subcommand};
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::PathBuf;

/// The parser these records come from: its version and a fingerprint of its source.
pub const PARSER: &str = concat!(env!("CARGO_PKG_VERSION"), "-", env!("APA_PARSER_HASH"));

/// The content hash a cache entry is keyed by.
pub fn content_hash(bytes: &[u8]) -> String {
    blake3::hash(bytes).to_hex().to_string()
}

#[derive(Serialize, Deserialize)]
struct Entry {
    parser: String,
    hash: String,
    report: Report,
}

#[derive(Debug, Clone)]
pub struct Cache {
    root: PathBuf,
}

impl Cache {
    /// The cache directory, if one can be found.
    pub fn default_root() -> Option<PathBuf> {
        let env = |k: &str| {
            std::env::var_os(k)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        };
        env("APA_CACHE_DIR")
            .or_else(|| env("XDG_CACHE_HOME").map(|d| d.join("apa")))
            .or_else(|| {
                if cfg!(windows) {
                    env("LOCALAPPDATA").map(|d| d.join("apa"))
                } else {
                    None
                }
            })
            .or_else(|| env("HOME").map(|d| d.join(".cache").join("apa")))
    }

    pub fn open() -> Option<Cache> {
        Cache::default_root().map(|root| Cache { root })
    }

    fn path(&self, hash: &str) -> PathBuf {
        self.root
            .join(PARSER)
            .join(&hash[..2])
            .join(format!("{hash}.json"))
    }

    /// The cached record for this content, named as the user named the file now.
    pub fn get(&self, hash: &str, file: &str) -> Option<Report> {
        let bytes = std::fs::read(self.path(hash)).ok()?;
        let entry: Entry = serde_json::from_slice(&bytes).ok()?;
        if entry.parser != PARSER || entry.hash != hash {
            return None;
        }
        let mut report = entry.report;
        report.file = file.to_string();
        Some(report)
    }

    /// Stores a record; a failure to write only costs the next run some time.
    pub fn put(&self, hash: &str, report: &Report) {
        let path = self.path(hash);
        let Some(dir) = path.parent() else { return };
        if std::fs::create_dir_all(dir).is_err() {
            return;
        }
        let entry = Entry {
            parser: PARSER.to_string(),
            hash: hash.to_string(),
            report: report.clone(),
        };
        let Ok(json) = serde_json::to_vec(&entry) else {
            return;
        };
        // Write then rename, so that a reader never sees half an entry.
        let tmp = dir.join(format!(".{hash}.{}.tmp", std::process::id()));
        if std::fs::write(&tmp, json).is_ok() && std::fs::rename(&tmp, &path).is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
    }
}

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
    fn headers() -> &'static [&'static str] {
        &[
            "directory",
            "parser",
            "records",
            "records_of_other_parsers",
            "bytes",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.directory.clone(),
            self.parser.clone(),
            self.records.to_string(),
            self.records_of_other_parsers.to_string(),
            self.bytes.to_string(),
        ]
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
    style: &super::output::Style,
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

//! The cache of parsed records: one JSON file per document, keyed by the
//! content hash of its bytes and a fingerprint of the parser, so that a record
//! from other content or another parser is never used.

use apa::model::Report;
use serde::{Deserialize, Serialize};
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

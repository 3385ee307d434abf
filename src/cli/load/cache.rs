//! The cache of parsed records: one file per document, keyed by the content
//! hash of its bytes, what of its name the reading uses, and a fingerprint of
//! the parser, so that a record from other content, another name's reading or
//! another parser is never used. An entry carries a checksum of its record's
//! bytes: one damaged on disk is ignored and written again.
//!
//! The cache owns a folder of its own, `apa` inside the cache directory, marked
//! by a `CACHEDIR.TAG` (the Cache Directory Tagging convention, which backup
//! tools honour); it writes nothing into a folder that holds other files
//! without that mark, and `apa cache clear` removes only the entries it wrote.

use apa::model::Report;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// The parser these records come from: its version and a fingerprint of its source.
pub const PARSER: &str = concat!(env!("CARGO_PKG_VERSION"), "-", env!("APA_PARSER_HASH"));

/// The content hash a cache entry is keyed by.
pub fn content_hash(bytes: &[u8]) -> String {
    blake3::hash(bytes).to_hex().to_string()
}

/// The first line of an entry: what the record after it is.
#[derive(Serialize, Deserialize)]
struct Header {
    parser: String,
    key: String,
    /// blake3 of the record's bytes, the rest of the file.
    checksum: String,
}

/// The marker of apa's own cache folder.
pub const MARKER: &str = "CACHEDIR.TAG";
const MARKER_TEXT: &str = "Signature: 8a477f597d28d172789f06886806bc55\n\
# This file marks the cache of apa (parsed inspection reports). apa cache clear\n\
# removes only the entries apa wrote here. See https://bford.info/cachedir/\n";

#[derive(Debug, Clone)]
pub struct Cache {
    root: PathBuf,
}

/// The cache key of a document: its content hash and whether its name says
/// PDF (the one thing of the name that reading uses: text named `.pdf` is
/// refused as not a PDF).
pub fn key(hash: &str, name: &str) -> String {
    if name.to_ascii_lowercase().ends_with(".pdf") {
        format!("{hash}-pdf")
    } else {
        hash.to_string()
    }
}

/// Whether a file name is one of the cache's entries (`<key>.json`) or its
/// temporary files (`.<key>.<pid>.tmp`).
pub fn is_entry_name(name: &str) -> bool {
    let key = |k: &str| {
        let hash = k.strip_suffix("-pdf").unwrap_or(k);
        hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_hexdigit())
    };
    if let Some(k) = name.strip_suffix(".json") {
        return key(k);
    }
    name.strip_prefix('.')
        .and_then(|n| n.strip_suffix(".tmp"))
        .and_then(|n| n.rsplit_once('.'))
        .is_some_and(|(k, pid)| key(k) && pid.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether a folder name is a parser's (`0.1.0-<16 hex digits>`), as `PARSER` is.
pub fn is_parser_name(name: &str) -> bool {
    name.rsplit_once('-').is_some_and(|(version, hash)| {
        hash.len() == 16
            && hash.bytes().all(|b| b.is_ascii_hexdigit())
            && version
                .split('.')
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    })
}

impl Cache {
    /// The folder the cache owns: `apa` inside `$APA_CACHE_DIR`, else inside
    /// `$XDG_CACHE_HOME`, else `~/.cache/apa` (`%LOCALAPPDATA%\\apa` on Windows).
    pub fn default_root() -> Option<PathBuf> {
        let env = |k: &str| {
            std::env::var_os(k)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        };
        env("APA_CACHE_DIR")
            .or_else(|| env("XDG_CACHE_HOME"))
            .or_else(|| {
                if cfg!(windows) {
                    env("LOCALAPPDATA")
                } else {
                    None
                }
            })
            .or_else(|| env("HOME").map(|d| d.join(".cache")))
            .map(|d| d.join("apa"))
    }

    pub fn open() -> Option<Cache> {
        Cache::default_root().map(|root| Cache { root })
    }

    /// Whether a folder is apa's cache: it holds the marker.
    pub fn is_marked(root: &std::path::Path) -> bool {
        root.join(MARKER).is_file()
    }

    fn path(&self, key: &str) -> PathBuf {
        self.root
            .join(PARSER)
            .join(&key[..2])
            .join(format!("{key}.json"))
    }

    /// The cached record for this key, named as the user named the file now;
    /// none where the entry is missing, of another parser or key, or damaged.
    pub fn get(&self, key: &str, file: &str) -> Option<Report> {
        let path = self.path(key);
        // Only a regular file is an entry (a FIFO or device put in its place is not read).
        if !std::fs::symlink_metadata(&path).ok()?.is_file() {
            return None;
        }
        let bytes = std::fs::read(&path).ok()?;
        let at = memchr::memchr(b'\n', &bytes)?;
        let header: Header = serde_json::from_slice(&bytes[..at]).ok()?;
        let record = &bytes[at + 1..];
        if header.parser != PARSER || header.key != key {
            return None;
        }
        if blake3::hash(record).to_hex().as_str() != header.checksum {
            return None;
        }
        let mut report: Report = serde_json::from_slice(record).ok()?;
        report.file = file.to_string();
        Some(report)
    }

    /// Makes the cache's folder and its marker; false where the folder holds
    /// other files and no marker, so is not the cache's to write in.
    fn claim(&self) -> bool {
        if Cache::is_marked(&self.root) {
            return true;
        }
        // An empty folder, or one that holds only apa's own parser folders
        // (a cache from before the marker), is the cache's to mark.
        let ours = std::fs::read_dir(&self.root).map_or(true, |d| {
            d.flatten().all(|e| {
                e.file_type().is_ok_and(|t| t.is_dir())
                    && is_parser_name(&e.file_name().to_string_lossy())
            })
        });
        ours && std::fs::create_dir_all(&self.root).is_ok()
            && std::fs::write(self.root.join(MARKER), MARKER_TEXT).is_ok()
    }

    /// Stores a record; a failure to write only costs the next run some time.
    pub fn put(&self, key: &str, report: &Report) {
        if !self.claim() {
            return;
        }
        let path = self.path(key);
        let Some(dir) = path.parent() else { return };
        if std::fs::create_dir_all(dir).is_err() {
            return;
        }
        let Ok(record) = serde_json::to_vec(report) else {
            return;
        };
        let header = Header {
            parser: PARSER.to_string(),
            key: key.to_string(),
            checksum: blake3::hash(&record).to_hex().to_string(),
        };
        let Ok(mut bytes) = serde_json::to_vec(&header) else {
            return;
        };
        bytes.push(b'\n');
        bytes.extend_from_slice(&record);
        // Write then rename, so that a reader never sees half an entry.
        let tmp = dir.join(format!(".{key}.{}.tmp", std::process::id()));
        if std::fs::write(&tmp, bytes).is_ok() && std::fs::rename(&tmp, &path).is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
    }
}

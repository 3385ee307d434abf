//! Which documents a run reads: the paths given (files, folders walked
//! recursively, `-` for standard input), a reports folder, or the sample reports
//! built into apa. Each document is parsed on its own; a failure is reported for
//! that document and the run goes on.

pub mod cache;

use apa::fetch::library::{Entry, Status};
use apa::model::Report;
use cache::Cache;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};

/// The five seed documents, built into the binary so that apa works with no
/// reports downloaded.
pub const SAMPLES: [(&str, &str); 5] = [
    (
        "sample:bromley-2005-apa-letter.txt",
        include_str!("../../../fixtures/bromley-2005-apa-letter.txt"),
    ),
    (
        "sample:bexley-2005-apa-letter.txt",
        include_str!("../../../fixtures/bexley-2005-apa-letter.txt"),
    ),
    (
        "sample:bromley-2010-safeguarding-lac-inspection.txt",
        include_str!("../../../fixtures/bromley-2010-safeguarding-lac-inspection.txt"),
    ),
    (
        "sample:bromley-2012-council-report-apa-2011.txt",
        include_str!("../../../fixtures/bromley-2012-council-report-apa-2011.txt"),
    ),
    (
        "sample:bromley-2009-2011-children-plan.txt",
        include_str!("../../../fixtures/bromley-2009-2011-children-plan.txt"),
    ),
];

/// File endings read when walking a folder. A file named on the command line is
/// read whatever its name.
const FOLDER_EXTENSIONS: [&str; 2] = ["pdf", "txt"];

/// A document that could not be read or parsed.
#[derive(Debug, Clone)]
pub struct Failure {
    pub file: String,
    pub message: String,
    /// The file or folder could not be read at all (missing, no permission), as
    /// opposed to read but not understood.
    pub io: bool,
}

/// The outcome of loading: the reports, and the documents that failed.
#[derive(Debug, Default)]
pub struct Loaded {
    pub reports: Vec<Report>,
    pub failures: Vec<Failure>,
    /// Where the documents came from, for the user ("3 reports from ./reports").
    pub origin: String,
}

/// Where to read documents from.
pub enum Origin {
    Paths(Vec<PathBuf>),
    /// The library `apa fetch` keeps: the documents its manifest lists.
    Library(PathBuf),
    Samples,
}

/// How to read: with a cache or not, with a progress bar or not.
#[derive(Debug, Clone, Default)]
pub struct Reading {
    pub cache: Option<Cache>,
    pub progress: bool,
}

/// A document to read: a file, or bytes already in hand (stdin, a sample).
enum Source {
    File(PathBuf),
    Bytes(Vec<u8>),
}

/// Reads and parses every document, in parallel; the result does not depend on
/// the order of the files on disk or on the number of threads.
pub fn load(origin: Origin, reading: &Reading) -> Loaded {
    let mut loaded = Loaded::default();
    let mut work: Vec<(String, Source)> = Vec::new();
    let mut provenance: HashMap<String, Entry> = HashMap::new();
    match origin {
        Origin::Samples => {
            loaded.origin = "the sample reports built into apa".to_string();
            crate::cli::output::say(
                "apa: note: no reports given and no library (`apa fetch` makes one): reading the sample reports built into apa",
            );
            for (name, text) in SAMPLES {
                work.push((name.to_string(), Source::Bytes(text.as_bytes().to_vec())));
            }
        }
        Origin::Library(dir) => {
            loaded.origin = format!("the library at {}", dir.display());
            match apa::fetch::library::Manifest::read(&dir) {
                Ok(m) => {
                    let kept: Vec<Entry> = m
                        .entries
                        .into_iter()
                        .filter(|e| e.status == Status::Ok)
                        .collect();
                    let last = kept
                        .iter()
                        .map(|e| e.fetched.as_str())
                        .max()
                        .unwrap_or("never");
                    crate::cli::output::say(&format!(
                        "apa: note: reading the library at {} ({} documents; last fetched {last})",
                        dir.display(),
                        kept.len()
                    ));
                    for e in kept {
                        let path = dir.join(&e.path);
                        let name = path.display().to_string();
                        work.push((name.clone(), Source::File(path)));
                        provenance.insert(name, e);
                    }
                }
                Err(e) => loaded.failures.push(Failure {
                    file: dir.display().to_string(),
                    message: format!("the library's manifest cannot be read: {e}"),
                    io: true,
                }),
            }
        }
        Origin::Paths(paths) => {
            loaded.origin = paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ");
            work = sources(&paths, &mut loaded.failures);
        }
    }
    let bar = progress_bar(reading.progress, work.len());
    let results: Vec<Result<(String, Report), Failure>> = work
        .into_par_iter()
        .map(|(name, source)| {
            let r = read_one(&name, source, reading.cache.as_ref());
            bar.inc(1);
            r
        })
        .collect();
    bar.finish_and_clear();
    // The same content under two names is one document: read once, listed once.
    let mut seen: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    let mut ok: Vec<(String, Report)> = Vec::new();
    for r in results {
        match r {
            Ok(pair) => ok.push(pair),
            Err(f) => loaded.failures.push(f),
        }
    }
    ok.sort_by(|a, b| a.1.file.cmp(&b.1.file));
    for (hash, mut report) in ok {
        if let Some(e) = provenance.get(&report.file) {
            report.url = Some(e.url.clone()).filter(|u| !u.is_empty());
            report.published = e.published_date();
        }
        match seen.get(&hash) {
            Some(first) => crate::cli::output::say(&format!(
                "apa: note: {} has the same content as {}; it is read once",
                report.file, first
            )),
            None => {
                seen.insert(hash, report.file.clone());
                loaded.reports.push(report);
            }
        }
    }
    apa::analysis::sort_reports(&mut loaded.reports);
    loaded.failures.sort_by(|a, b| a.file.cmp(&b.file));
    loaded
}

/// What the paths name: standard input, each file, and the files of each
/// folder (each folder walked once); what cannot be opened is a failure.
fn sources(paths: &[PathBuf], failures: &mut Vec<Failure>) -> Vec<(String, Source)> {
    let mut work = Vec::new();
    let mut seen_dirs = HashSet::new();
    for p in paths {
        if p.as_os_str() == "-" {
            let mut buf = Vec::new();
            match std::io::stdin().read_to_end(&mut buf) {
                Ok(_) => work.push(("-".to_string(), Source::Bytes(buf))),
                Err(e) => failures.push(Failure {
                    file: "-".to_string(),
                    message: format!("cannot read standard input: {e}"),
                    io: true,
                }),
            }
            continue;
        }
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => {
                let mut files = Vec::new();
                walk(p, &mut files, &mut seen_dirs, failures);
                work.extend(
                    files
                        .into_iter()
                        .map(|f| (f.display().to_string(), Source::File(f))),
                );
            }
            Ok(m) if m.is_file() => work.push((p.display().to_string(), Source::File(p.clone()))),
            Ok(m) => failures.push(not_regular(p, &m)),
            Err(e) => failures.push(Failure {
                file: p.display().to_string(),
                message: io_message(&e),
                io: true,
            }),
        }
    }
    work
}

/// A path that is neither a folder nor a regular file (a FIFO, a device, a
/// socket, or a link to one): refused by its type, before it is opened, since
/// reading it could block for ever or never end.
fn not_regular(p: &Path, m: &std::fs::Metadata) -> Failure {
    #[cfg(unix)]
    let what = {
        use std::os::unix::fs::FileTypeExt;
        let t = m.file_type();
        if t.is_fifo() {
            "a named pipe (FIFO)"
        } else if t.is_char_device() || t.is_block_device() {
            "a device"
        } else if t.is_socket() {
            "a socket"
        } else {
            "not a regular file"
        }
    };
    #[cfg(not(unix))]
    let what = {
        let _ = m;
        "not a regular file"
    };
    Failure {
        file: p.display().to_string(),
        message: format!("{what}, not a report file: not read"),
        io: true,
    }
}

/// A progress bar on stderr for runs of more than a few files, only on a terminal.
fn progress_bar(wanted: bool, len: usize) -> ProgressBar {
    if !wanted || len < 20 || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(len as u64), ProgressDrawTarget::stderr());
    if let Ok(style) =
        ProgressStyle::with_template("{spinner} reading reports {bar:30} {pos}/{len} {elapsed}")
    {
        bar.set_style(style);
    }
    bar
}

/// A document's content hash and its report.
fn read_one(
    name: &str,
    source: Source,
    cache: Option<&Cache>,
) -> Result<(String, Report), Failure> {
    let failure = |message: String, io: bool| Failure {
        file: name.to_string(),
        message,
        io,
    };
    let (bytes, cacheable) = match source {
        Source::Bytes(b) => (b, false),
        Source::File(p) => (
            std::fs::read(&p).map_err(|e| failure(io_message(&e), true))?,
            true,
        ),
    };
    let cache = cache.filter(|_| cacheable);
    let hash = cache::content_hash(&bytes);
    let key = cache::key(&hash, name);
    if let Some(c) = cache
        && let Some(r) = c.get(&key, name)
    {
        return Ok((hash, r));
    }
    let report = parse_contained(&bytes, name).map_err(|m| failure(m, false))?;
    if let Some(c) = cache {
        c.put(&key, &report);
    }
    Ok((hash, report))
}

thread_local! {
    static PARSING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Installs a panic hook that stays quiet for a panic contained while parsing one
/// document (it becomes that document's error) and speaks for any other.
pub fn install_panic_hook() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !PARSING.with(|p| p.get()) {
            default(info);
        }
    }));
}

/// Parses one document; a panic in a dependency is contained to this document.
fn parse_contained(bytes: &[u8], name: &str) -> Result<Report, String> {
    PARSING.with(|p| p.set(true));
    let result = std::panic::catch_unwind(|| apa::parse_bytes(bytes, name));
    PARSING.with(|p| p.set(false));
    match result {
        Ok(r) => r.map_err(|e| e.to_string()),
        Err(_) => Err(
            "apa failed on this document (an internal error); please report it with the file"
                .to_string(),
        ),
    }
}

fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

/// Walks a folder in name order; symlinked folders are followed once (a loop is
/// reported, not followed).
fn walk(
    dir: &Path,
    files: &mut Vec<PathBuf>,
    seen: &mut HashSet<PathBuf>,
    failures: &mut Vec<Failure>,
) {
    let key = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    if !seen.insert(key) {
        failures.push(Failure {
            file: dir.display().to_string(),
            message: "folder already read (a symbolic link loop?); skipped".to_string(),
            io: false,
        });
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            failures.push(Failure {
                file: dir.display().to_string(),
                message: io_message(&e),
                io: true,
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        let hidden = p
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        match std::fs::metadata(&p) {
            Ok(m) if m.is_dir() => walk(&p, files, seen, failures),
            Ok(m) => {
                let ext = p
                    .extension()
                    .and_then(|e| e.to_str())
                    .map(str::to_ascii_lowercase);
                if ext.is_some_and(|e| FOLDER_EXTENSIONS.contains(&e.as_str())) {
                    if m.is_file() {
                        files.push(p);
                    } else {
                        failures.push(not_regular(&p, &m));
                    }
                }
            }
            Err(e) => failures.push(Failure {
                file: p.display().to_string(),
                message: io_message(&e),
                io: true,
            }),
        }
    }
}

//! Which documents a run reads: the paths given (files, folders walked
//! recursively, `-` for standard input), a reports folder, or the sample reports
//! built into apa. Each document is parsed on its own; a failure is reported for
//! that document and the run goes on.

use apa::model::Report;
use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The five seed documents, built into the binary so that apa works with no
/// reports downloaded.
pub const SAMPLES: [(&str, &str); 5] = [
    (
        "sample:bromley-2005-apa-letter.txt",
        include_str!("../../fixtures/bromley-2005-apa-letter.txt"),
    ),
    (
        "sample:bexley-2005-apa-letter.txt",
        include_str!("../../fixtures/bexley-2005-apa-letter.txt"),
    ),
    (
        "sample:bromley-2010-safeguarding-lac-inspection.txt",
        include_str!("../../fixtures/bromley-2010-safeguarding-lac-inspection.txt"),
    ),
    (
        "sample:bromley-2012-council-report-apa-2011.txt",
        include_str!("../../fixtures/bromley-2012-council-report-apa-2011.txt"),
    ),
    (
        "sample:bromley-2009-2011-children-plan.txt",
        include_str!("../../fixtures/bromley-2009-2011-children-plan.txt"),
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
    Samples,
}

pub fn load(origin: Origin) -> Loaded {
    let mut loaded = Loaded::default();
    match origin {
        Origin::Samples => {
            loaded.origin = "the sample reports built into apa".to_string();
            for (name, text) in SAMPLES {
                push(&mut loaded, name, Ok(text.as_bytes().to_vec()));
            }
        }
        Origin::Paths(paths) => {
            loaded.origin = paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ");
            let mut files = Vec::new();
            let mut seen_dirs = HashSet::new();
            for p in &paths {
                if p.as_os_str() == "-" {
                    let mut buf = Vec::new();
                    let read = std::io::stdin().read_to_end(&mut buf).map(|_| buf);
                    push(
                        &mut loaded,
                        "-",
                        read.map_err(|e| format!("cannot read standard input: {e}")),
                    );
                    continue;
                }
                match std::fs::metadata(p) {
                    Ok(m) if m.is_dir() => {
                        walk(p, &mut files, &mut seen_dirs, &mut loaded.failures)
                    }
                    Ok(_) => files.push(p.clone()),
                    Err(e) => loaded.failures.push(Failure {
                        file: p.display().to_string(),
                        message: io_message(&e),
                        io: true,
                    }),
                }
            }
            for f in files {
                let name = f.display().to_string();
                match std::fs::read(&f) {
                    Ok(bytes) => push(&mut loaded, &name, Ok(bytes)),
                    Err(e) => loaded.failures.push(Failure {
                        file: name,
                        message: io_message(&e),
                        io: true,
                    }),
                }
            }
        }
    }
    apa::analysis::sort_reports(&mut loaded.reports);
    loaded.failures.sort_by(|a, b| a.file.cmp(&b.file));
    loaded
}

fn push(loaded: &mut Loaded, name: &str, bytes: Result<Vec<u8>, String>) {
    let result = bytes.and_then(|b| parse_contained(&b, name));
    match result {
        Ok(r) => loaded.reports.push(r),
        Err(message) => loaded.failures.push(Failure {
            file: name.to_string(),
            message,
            io: false,
        }),
    }
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
            Ok(_) => {
                let ext = p
                    .extension()
                    .and_then(|e| e.to_str())
                    .map(str::to_ascii_lowercase);
                if ext.is_some_and(|e| FOLDER_EXTENSIONS.contains(&e.as_str())) {
                    files.push(p);
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

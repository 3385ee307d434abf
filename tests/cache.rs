//! Parallel reading and the cache: the same output with one thread or many, cold
//! or warm; a corrupt or damaged entry is ignored and rewritten; --no-cache
//! writes nothing; the cache writes and clears only its own folder and entries.

use assert_cmd::Command;
use std::path::Path;

fn apa(cache: &Path) -> Command {
    let mut c = Command::cargo_bin("apa").unwrap();
    c.env("NO_COLOR", "1")
        .env_remove("APA_REPORTS")
        .env("APA_CACHE_DIR", cache);
    c
}

fn stdout(c: &mut Command) -> Vec<u8> {
    let out = c.output().unwrap();
    assert!(
        out.status.code() == Some(0) || out.status.code() == Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// Every file below a folder.
fn files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(files(&p));
            } else {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// The cache's entries.
fn entries(dir: &Path) -> Vec<std::path::PathBuf> {
    files(dir)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect()
}

const PDFS: [&str; 3] = [
    "80490_bromley__csi_-_12_january_2024.pdf",
    "80551_sheffield__csi_-_21_february_2014.pdf",
    "80561_staffordshire__csi_-_11_march_2019.pdf",
];

fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for f in PDFS {
        std::fs::copy(Path::new("tests/reports").join(f), dir.path().join(f)).unwrap();
    }
    std::fs::copy(
        "fixtures/bexley-2005-apa-letter.txt",
        dir.path().join("letter.txt"),
    )
    .unwrap();
    dir
}

#[test]
fn cold_warm_and_single_threaded_runs_agree() {
    let cache = tempfile::tempdir().unwrap();
    let reports = folder();
    let args = [
        "parse",
        "--format",
        "json",
        reports.path().to_str().unwrap(),
    ];
    let single = stdout(
        apa(cache.path())
            .env("RAYON_NUM_THREADS", "1")
            .arg("--no-cache")
            .args(args),
    );
    assert!(
        entries(cache.path()).is_empty(),
        "--no-cache writes nothing"
    );
    let cold = stdout(apa(cache.path()).args(args));
    assert_eq!(entries(cache.path()).len(), 4, "one record per file");
    let warm = stdout(apa(cache.path()).args(args));
    assert_eq!(single, cold);
    assert_eq!(cold, warm);
}

#[test]
fn a_corrupt_entry_is_ignored_and_rewritten() {
    let cache = tempfile::tempdir().unwrap();
    let reports = folder();
    let args = [
        "grades",
        "--format",
        "csv",
        reports.path().to_str().unwrap(),
    ];
    let first = stdout(apa(cache.path()).args(args));
    let files = entries(cache.path());
    std::fs::write(&files[0], b"{ not json").unwrap();
    std::fs::write(&files[1], b"").unwrap();
    let again = stdout(apa(cache.path()).args(args));
    assert_eq!(first, again);
    let rewritten = std::fs::read_to_string(&files[0]).unwrap();
    let (header, record) = rewritten.split_once('\n').unwrap();
    assert!(serde_json::from_str::<serde_json::Value>(header).is_ok());
    assert!(serde_json::from_str::<apa::model::Report>(record).is_ok());
}

/// A bit flipped in a record (as a failing disk or a bad copy does) that still
/// reads as JSON changes no answer: the entry's checksum refuses it.
#[test]
fn a_damaged_entry_gives_the_answer_of_no_cache() {
    let cache = tempfile::tempdir().unwrap();
    let reports = folder();
    let args = [
        "findings",
        "--format",
        "csv",
        reports.path().to_str().unwrap(),
    ];
    let truth = stdout(apa(cache.path()).arg("--no-cache").args(args));
    assert_eq!(stdout(apa(cache.path()).args(args)), truth);
    for f in entries(cache.path()) {
        let mut bytes = std::fs::read(&f).unwrap();
        // A letter of the record's text, far from the header line, changed.
        let at = bytes.len() * 2 / 3;
        let at = (at..bytes.len())
            .find(|&i| bytes[i].is_ascii_lowercase())
            .unwrap();
        bytes[at] ^= 0x01;
        std::fs::write(&f, bytes).unwrap();
    }
    assert_eq!(stdout(apa(cache.path()).args(args)), truth);
}

/// Text named `.pdf` is refused as not a PDF, whether or not the same bytes
/// were cached under another name.
#[test]
fn the_cache_answers_as_the_name_would_be_read() {
    let cache = tempfile::tempdir().unwrap();
    let reports = folder();
    stdout(apa(cache.path()).args(["grades", reports.path().to_str().unwrap()]));
    let other = tempfile::tempdir().unwrap();
    let fake = other.path().join("letter.pdf");
    std::fs::copy(reports.path().join("letter.txt"), &fake).unwrap();
    for cached in [false, true] {
        let mut c = apa(cache.path());
        if !cached {
            c.arg("--no-cache");
        }
        let out = c.args(["grades", fake.to_str().unwrap()]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "cached: {cached}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("not a PDF"));
    }
}

/// APA_CACHE_DIR may point at a folder that holds other things: the cache
/// writes in a folder of its own there, and clearing it removes only its
/// entries.
#[test]
fn clearing_the_cache_removes_only_its_own_files() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.txt"), "mine").unwrap();
    std::fs::create_dir(dir.path().join("project")).unwrap();
    std::fs::write(dir.path().join("project/data.json"), "{}").unwrap();
    let reports = folder();
    stdout(apa(dir.path()).args(["grades", reports.path().to_str().unwrap()]));
    assert_eq!(entries(&dir.path().join("apa")).len(), 4);
    stdout(apa(dir.path()).args(["cache", "clear"]));
    assert!(entries(&dir.path().join("apa")).is_empty());
    assert_eq!(
        std::fs::read_to_string(dir.path().join("notes.txt")).unwrap(),
        "mine"
    );
    assert!(dir.path().join("project/data.json").is_file());
    // Even inside its own folder, a file it did not write stays.
    stdout(apa(dir.path()).args(["grades", reports.path().to_str().unwrap()]));
    std::fs::write(dir.path().join("apa/keep.json"), "{}").unwrap();
    stdout(apa(dir.path()).args(["cache", "clear"]));
    assert!(dir.path().join("apa/keep.json").is_file());
}

/// A folder named `apa` that holds other files and no marker is not the
/// cache's: nothing is written there, and clearing it is refused.
#[test]
fn a_folder_without_the_marker_is_not_the_cache() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("apa")).unwrap();
    std::fs::write(dir.path().join("apa/thesis.txt"), "mine").unwrap();
    let reports = folder();
    stdout(apa(dir.path()).args(["grades", reports.path().to_str().unwrap()]));
    assert!(entries(dir.path()).is_empty());
    let out = apa(dir.path()).args(["cache", "clear"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not apa's cache"));
    assert!(dir.path().join("apa/thesis.txt").is_file());
}

#[test]
fn a_renamed_file_is_served_under_its_new_name() {
    let cache = tempfile::tempdir().unwrap();
    let reports = folder();
    stdout(apa(cache.path()).args(["grades", reports.path().to_str().unwrap()]));
    let renamed = reports.path().join("renamed.pdf");
    std::fs::rename(reports.path().join(PDFS[0]), &renamed).unwrap();
    let out =
        stdout(apa(cache.path()).args(["parse", "--format", "json", renamed.to_str().unwrap()]));
    let reports: Vec<apa::model::Report> = serde_json::from_slice(&out).unwrap();
    assert_eq!(reports[0].file, renamed.to_str().unwrap());
    assert_eq!(reports[0].council_name(), "Bromley");
}

#[test]
fn cache_info_and_clear() {
    let cache = tempfile::tempdir().unwrap();
    let reports = folder();
    stdout(apa(cache.path()).args(["grades", reports.path().to_str().unwrap()]));
    let info: Vec<serde_json::Value> = serde_json::from_slice(&stdout(
        apa(cache.path()).args(["cache", "info", "--format", "json"]),
    ))
    .unwrap();
    assert_eq!(info[0]["records"], 4);
    stdout(apa(cache.path()).args(["cache", "clear"]));
    assert!(entries(cache.path()).is_empty());
}

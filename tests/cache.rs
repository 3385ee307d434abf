//! Parallel reading and the cache: the same output with one thread or many, cold
//! or warm; a corrupt entry is ignored and rewritten; --no-cache writes nothing.

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

fn entries(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(entries(&p));
            } else {
                out.push(p);
            }
        }
    }
    out.sort();
    out
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
    let rewritten = std::fs::read(&files[0]).unwrap();
    assert!(serde_json::from_slice::<serde_json::Value>(&rewritten).is_ok());
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

//! Golden records, one harness for three sets, as pulldown-cmark's specs:
//! - `fixtures/*.txt`, the seed documents (text as they were given);
//! - `tests/spec/<kind>/*.txt`, a small text for each kind of document, laid
//!   out as a PDF's text comes (pages parted by a form feed), which must read
//!   as its folder's kind;
//! - `tests/reports/*.pdf`, the real reports vendored for the PDF path;
//! - `tests/regressions/*.txt`, inputs that once broke the parser, each named
//!   after what broke (a document refused records its error).
//!
//! Each document's parsed record must equal the JSON beside it.
//! `UPDATE_GOLDEN=1 cargo test --test golden` rewrites them; review the diff like code.

mod common;

use apa::extract::Text;
use apa::model::DocumentKind;
use std::path::{Path, PathBuf};

fn files(dir: &str, ext: &str) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    out.sort();
    out
}

/// A spec's text as a PDF's text: pages parted by form feeds, numbered from 1.
fn pages(text: &str) -> Text {
    common::pdf_text(text.split('\u{c}'))
}

/// Compares a record with the JSON beside its document (or writes it).
fn check(path: &Path, report: &impl serde::Serialize) {
    let actual = serde_json::to_string_pretty(report).unwrap() + "\n";
    let golden = path.with_extension("json");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&golden, &actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&golden).unwrap_or_else(|_| {
        panic!(
            "{} is missing: run UPDATE_GOLDEN=1 cargo test --test golden",
            golden.display()
        )
    });
    assert!(
        actual == expected,
        "{} differs from {}; run UPDATE_GOLDEN=1 cargo test --test golden and review the diff",
        path.display(),
        golden.display()
    );
}

fn name(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

#[test]
fn every_seed_fixture_matches_its_golden_record() {
    let fixtures = files("fixtures", "txt");
    assert_eq!(fixtures.len(), 5, "the five seed fixtures");
    for path in fixtures {
        let report = apa::parse_bytes(&std::fs::read(&path).unwrap(), &name(&path))
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        check(&path, &report);
    }
}

#[test]
fn every_vendored_report_matches_its_golden_record() {
    let reports = files("tests/reports", "pdf");
    assert!(reports.len() >= 5, "the vendored reports: {reports:?}");
    for path in reports {
        let report = apa::parse_bytes(&std::fs::read(&path).unwrap(), &name(&path))
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        check(&path, &report);
    }
}

#[test]
fn every_regression_matches_its_golden_record() {
    let inputs = files("tests/regressions", "txt");
    assert!(!inputs.is_empty());
    for path in inputs {
        match apa::parse_bytes(&std::fs::read(&path).unwrap(), &name(&path)) {
            Ok(report) => check(&path, &report),
            Err(e) => check(&path, &serde_json::json!({ "error": e.to_string() })),
        }
    }
}

/// Each spec reads as the kind its folder names, and as its golden record.
#[test]
fn every_spec_reads_as_its_kind_and_its_golden_record() {
    let mut kinds = Vec::new();
    for dir in std::fs::read_dir("tests/spec").unwrap() {
        let dir = dir.unwrap().path();
        let kind = dir.file_name().unwrap().to_string_lossy().to_string();
        let specs = files(&dir.to_string_lossy(), "txt");
        assert!(!specs.is_empty(), "{} holds no spec", dir.display());
        for path in specs {
            let text = std::fs::read_to_string(&path).unwrap();
            let report = apa::parse_text(&pages(&text), &name(&path))
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            assert_eq!(report.kind.as_str(), kind, "{}", path.display());
            check(&path, &report);
        }
        kinds.push(kind);
    }
    // Every kind has a spec here or a seed fixture of its own: adding a kind
    // is its file, a line in the table, and a spec.
    let seeds: Vec<DocumentKind> = files("fixtures", "txt")
        .iter()
        .map(|p| {
            apa::parse_bytes(&std::fs::read(p).unwrap(), "seed")
                .unwrap()
                .kind
        })
        .collect();
    for kind in DocumentKind::ALL {
        assert!(
            kinds.iter().any(|k| k == kind.as_str()) || seeds.contains(&kind),
            "no spec for {kind}: add tests/spec/{kind}/NAME.txt"
        );
    }
}

//! What the CLI tests share: the real binary, run as a script would run it.

use assert_cmd::Command;

pub mod site;

/// `apa` with no colour, no reports folder or site from the environment, no
/// library (never the user's), and a cache of its own under the build's
/// temporary folder (never the user's).
#[allow(dead_code)] // not every test file runs the binary
pub fn apa() -> Command {
    let mut c = Command::cargo_bin("apa").unwrap();
    c.env("NO_COLOR", "1")
        .env(
            "APA_CACHE_DIR",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/apa-cache"),
        )
        .env(
            "APA_LIBRARY",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/no-library"),
        )
        .env_remove("APA_REPORTS")
        .env_remove("APA_SITE");
    c
}

/// What a run that must succeed prints on stdout; a failure shows its stderr.
#[allow(dead_code)] // not every test file runs such commands
pub fn stdout_of(mut apa: Command, args: &[&str]) -> String {
    let out = apa.args(args).output().unwrap();
    assert!(
        out.status.success(),
        "apa {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The folder of real reports (../shared/corpus), or `None` where this checkout
/// has none: then one line says so on stderr, past the test harness's capture
/// so that it is seen, once per test program.
#[allow(dead_code)] // not every test file reads the corpus
pub fn corpus() -> Option<std::path::PathBuf> {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if p.join("truth.csv").is_file() {
        return Some(p);
    }
    static SAID: std::sync::Once = std::sync::Once::new();
    SAID.call_once(|| {
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr().lock(),
            "skipped: the tests of the full corpus, since {} is missing (CI has it)",
            p.display()
        );
    });
    None
}

/// Text compared as the truth files say: case, punctuation and spacing aside.
#[allow(dead_code)] // not every test file compares with the truth files
pub fn words(s: &str) -> String {
    s.to_lowercase()
        .replace(['\u{2019}', '\u{2018}'], "'")
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '_' {
                c
            } else {
                ' '
            }
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Compares output with a file under tests/snapshots;
/// `UPDATE_GOLDEN=1 cargo test` rewrites the files (review the diff).
#[allow(dead_code)] // not every test file keeps snapshots
pub fn snapshot(name: &str, actual: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "{name} changed; run UPDATE_GOLDEN=1 cargo test and review the diff\n{actual}"
    );
}

/// Text laid out as a PDF's comes: the pages' lines numbered from 1, each with
/// its page.
#[allow(dead_code)] // for the tests that read synthetic texts
pub fn pdf_text<'a>(pages: impl IntoIterator<Item = &'a str>) -> apa::extract::Text {
    let mut lines = Vec::new();
    for (p, page) in pages.into_iter().enumerate() {
        for l in page.lines() {
            lines.push(apa::extract::Line {
                no: lines.len() + 1,
                page: Some(p as u32 + 1),
                text: l.to_string(),
            });
        }
    }
    apa::extract::Text {
        lines,
        ..apa::extract::Text::default()
    }
}

//! The fetcher's benchmark (not a test): `apa fetch` (release build) against
//! the stand-in site on 127.0.0.1 serving every council and 1,100 distinct
//! PDFs, with no delay, so that what is measured is apa's own cost. It prints
//! the full fetch's time, peak memory and requests, then a routine re-run's,
//! which must ask for the pages only.
//!
//!   cargo bench --bench fetch

#[path = "../tests/common/site.rs"]
mod site;

use site::{File, Plan, Publication, Site};
use std::path::Path;
use std::process::Command;
use std::time::Duration;

const FILES: usize = 1_100;

fn main() {
    let reports = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/reports");
    let pdfs: Vec<Vec<u8>> = [
        "north-somerset__focused-visit__2019-05-08.pdf",
        "80561_staffordshire__csi_-_11_march_2019.pdf",
        "80490_bromley__csi_-_12_january_2024.pdf",
    ]
    .iter()
    .map(|n| std::fs::read(reports.join(n)).unwrap())
    .collect();
    let councils = site::councils();
    let mut plan = Plan {
        councils: councils.clone(),
        ..Plan::default()
    };
    for i in 0..FILES {
        let (urn, _) = &councils[i % councils.len()];
        let id = format!("{}", 50_000_000 + i);
        let day = 1 + (i % 28);
        let year = 2014 + (i % 12);
        plan.pages
            .entry(urn.clone())
            .or_default()
            .push(Publication {
                file_id: id.clone(),
                label: format!("Children's services inspection, pdf - {day} March {year}"),
                off_site: false,
            });
        let mut bytes = pdfs[i % pdfs.len()].clone();
        bytes.extend_from_slice(format!("\n% copy {i}\n").as_bytes());
        plan.files.insert(id, File::Pdf(bytes));
    }
    let bytes: usize = plan
        .files
        .values()
        .map(|f| match f {
            File::Pdf(b) => b.len(),
            _ => 0,
        })
        .sum();
    let server = Site::start(plan, Duration::from_secs(1800));
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library");
    println!(
        "apa fetch: {} councils, {FILES} files ({:.0} MB) from a local site, --delay 0",
        councils.len(),
        bytes as f64 / 1e6
    );
    for run in ["full fetch", "re-run"] {
        server.clear_log();
        let (secs, mb) = timed(&server.base, &library);
        let requests = server.requests();
        let files = requests
            .iter()
            .filter(|r| r.starts_with("/v1/file/"))
            .count();
        println!(
            "  {run:<10}  {secs:>6.2} s  peak {mb:>5.0} MB  {} requests ({} pages, {files} files)",
            requests.len(),
            requests.len() - files
        );
        if run == "re-run" {
            assert_eq!(files, 0, "a re-run asks for files");
        }
    }
}

/// Wall seconds and peak memory (MB) of one `apa fetch`, by GNU time.
fn timed(site: &str, library: &Path) -> (f64, f64) {
    let times = library.with_extension("time");
    let status = Command::new("/usr/bin/time")
        .args(["-f", "%e %M", "-o"])
        .arg(&times)
        .arg(env!("CARGO_BIN_EXE_apa"))
        .args(["fetch", "--delay", "0", "--library"])
        .arg(library)
        .env("APA_SITE", site)
        .stderr(std::process::Stdio::null())
        .status()
        .expect("GNU time (/usr/bin/time) runs apa");
    assert!(status.success(), "apa fetch failed");
    let text = std::fs::read_to_string(&times).unwrap();
    let last = text.lines().last().unwrap_or_default();
    let mut parts = last.split_whitespace();
    let secs: f64 = parts
        .next()
        .and_then(|s| s.parse().ok())
        .unwrap_or(f64::NAN);
    let kb: f64 = parts
        .next()
        .and_then(|s| s.parse().ok())
        .unwrap_or(f64::NAN);
    (secs, kb / 1024.0)
}

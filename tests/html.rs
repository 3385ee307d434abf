//! `apa report`, looked at as a person would: the page opens in headless
//! Chromium, which takes a screenshot at 1280x800; nothing is written to its
//! console, nothing is fetched from the network, the heatmap has a cell for
//! every council and judgement of the data, and hostile text in a report (a
//! `<script>` in an area for improvement) is shown as text.
//! Where Chromium is missing the browser checks say once that they were
//! skipped; CI installs it (`.ci/run`).

mod common;

use apa::analysis::inspections::InspectionRow;
use common::{apa, stdout_of};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const HOSTILE: &str = "<script>document.documentElement.setAttribute('data-pwned','script')</script><img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\">";

/// Debian's chromium, or the browser named by APA_CHROMIUM.
fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("APA_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    for dir in std::env::split_paths(&path) {
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            let p = dir.join(name);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    static SAID: std::sync::Once = std::sync::Once::new();
    SAID.call_once(|| {
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr().lock(),
            "skipped: the browser checks of the HTML report, since Chromium is not installed (CI has it)"
        );
    });
    None
}

/// Runs headless Chromium on a page with a fresh profile, closed to the
/// network's background traffic, and returns (stdout, stderr).
fn browse(browser: &Path, page: &Path, work: &Path, extra: &[String]) -> (String, String) {
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!(
            "--user-data-dir={}",
            work.join("profile").display()
        ))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("chromium starts");
    let out_pipe = child.stdout.take().unwrap();
    let err_pipe = child.stderr.take().unwrap();
    let read = |mut r: Box<dyn std::io::Read + Send>| {
        std::thread::spawn(move || {
            let mut s = String::new();
            let _ = r.read_to_string(&mut s);
            s
        })
    };
    let out = read(Box::new(out_pipe));
    let err = read(Box::new(err_pipe));
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            panic!("chromium did not finish in 120 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    (out.join().unwrap(), err.join().unwrap())
}

/// The page's own requests in a Chromium net log: those with a page as their
/// initiator, to anything but a local file (Chromium's own background
/// requests have no initiator).
fn page_requests(netlog: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(netlog).unwrap();
    // A log Chromium could not close ends inside its list of events.
    let log: serde_json::Value = serde_json::from_str(&text)
        .or_else(|_| {
            let open = text.trim_end().trim_end_matches(',');
            serde_json::from_str(&format!("{open}]}}"))
        })
        .expect("a net log");
    log["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| {
            let p = &e["params"];
            let url = p["url"].as_str()?;
            let initiator = p["initiator"].as_str()?;
            (initiator != "not an origin" && !url.starts_with("file:") && !url.starts_with("data:"))
                .then(|| url.to_string())
        })
        .collect()
}

/// The samples, with a letter's first area for improvement carrying hostile
/// markup, in a folder of their own.
fn reports_with_hostile_text(dir: &Path) -> PathBuf {
    let reports = dir.join("reports");
    std::fs::create_dir_all(&reports).unwrap();
    let paper = "bexley-2005-apa-letter.txt";
    for e in std::fs::read_dir("fixtures").unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "txt") && !p.ends_with(paper) {
            std::fs::copy(&p, reports.join(p.file_name().unwrap())).unwrap();
        }
    }
    let rows: Vec<serde_json::Value> = serde_json::from_str(&stdout_of(
        apa(),
        &[
            "findings",
            &format!("fixtures/{paper}"),
            "--finding",
            "area_for_improvement",
            "--format",
            "json",
        ],
    ))
    .unwrap();
    // The letter is marked up as the archive saved it: markup in its text
    // is written with entities, which the reader turns back into `<`.
    let item = rows[0]["text"].as_str().unwrap();
    let text = std::fs::read_to_string(format!("fixtures/{paper}")).unwrap();
    let at = text.find(item).unwrap() + item.len();
    let escaped = HOSTILE.replace('<', "&lt;").replace('>', "&gt;");
    let hostile = format!("{} {escaped}{}", &text[..at], &text[at..]);
    std::fs::write(reports.join(paper), hostile).unwrap();
    reports
}

#[test]
fn the_report_in_a_browser() {
    let dir = tempfile::tempdir().unwrap();
    let reports = reports_with_hostile_text(dir.path());
    let reports_arg = reports.to_str().unwrap();
    // The hostile text is in a finding, whole.
    let findings = stdout_of(apa(), &["findings", reports_arg, "--format", "csv"]);
    assert!(findings.contains("<script>document.documentElement"));

    let page = dir.path().join("report.html");
    let out = apa()
        .args(["report", reports_arg, "-o"])
        .arg(&page)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = std::fs::read_to_string(&page).unwrap();
    // Escaped in the file: shown as text, never run.
    assert!(html.contains("&lt;script&gt;document.documentElement"));
    assert!(!html.contains("<script>document.documentElement"));
    assert!(!html.contains("<img src=x"));
    // Nothing from the network: no address outside the page.
    assert!(!html.contains("http://") && !html.contains("https://"));
    assert!(html.contains("<th scope=\"col\""));

    let Some(browser) = chromium() else { return };
    let netlog = dir.path().join("net.json");
    let (dom, log) = browse(
        &browser,
        &page,
        dir.path(),
        &[
            format!("--log-net-log={}", netlog.display()),
            "--dump-dom".to_string(),
        ],
    );
    assert!(dom.contains("id=\"latest\""), "the page loaded: {log}");
    let console: Vec<&str> = log.lines().filter(|l| l.contains(":CONSOLE")).collect();
    assert!(console.is_empty(), "console: {console:?}");
    let root = &dom[dom.find("<html").unwrap()..];
    let root = &root[..root.find('>').unwrap()];
    assert!(!root.contains("data-pwned"), "hostile markup ran: {root}");
    assert!(dom.contains("&lt;script&gt;document.documentElement"));
    let requests = page_requests(&netlog);
    assert!(requests.is_empty(), "network requests: {requests:?}");

    // A cell for every council and judgement of the latest inspections.
    let latest: Vec<InspectionRow> = serde_json::from_str(&stdout_of(
        apa(),
        &["inspections", reports_arg, "--latest", "--format", "json"],
    ))
    .unwrap();
    let table = &dom[dom.find("id=\"latest\"").unwrap()..];
    let table = &table[..table.find("</table>").unwrap()];
    let judgements: Vec<&str> = apa::analysis::inspections::COLUMNS
        .iter()
        .filter(|a| latest.iter().any(|r| r.level(**a).is_some()))
        .map(|a| a.as_str())
        .collect();
    assert!(!judgements.is_empty());
    for r in &latest {
        for j in &judgements {
            let cell = format!("data-council=\"{}\" data-judgement=\"{j}\"", r.council);
            assert!(table.contains(&cell), "no cell for {} {j}", r.council);
        }
    }
    // The script ran: the filter box is shown.
    assert!(!dom.contains("id=\"filter-box\" hidden"));

    // A screenshot at 1280x800, as a person first sees the page.
    let shot = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("report-1280x800.png");
    let _ = std::fs::remove_file(&shot);
    browse(
        &browser,
        &page,
        dir.path(),
        &[
            "--window-size=1280,800".to_string(),
            "--hide-scrollbars".to_string(),
            format!("--screenshot={}", shot.display()),
        ],
    );
    let png = std::fs::read(&shot).expect("a screenshot");
    assert!(png.starts_with(b"\x89PNG") && png.len() > 10_000);
}

#[test]
fn the_report_of_the_corpus_has_a_cell_for_every_council() {
    let Some(corpus) = common::corpus() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("corpus.html");
    apa()
        .arg("report")
        .arg(&corpus)
        .arg("-o")
        .arg(&page)
        .output()
        .unwrap();
    let html = std::fs::read_to_string(&page).unwrap();
    let out = apa()
        .args(["inspections", "--latest", "--format", "json"])
        .arg(&corpus)
        .output()
        .unwrap();
    let latest: Vec<InspectionRow> = serde_json::from_slice(&out.stdout).unwrap();
    assert!(latest.len() > 40);
    let table = &html[html.find("id=\"latest\"").unwrap()..];
    let table = &table[..table.find("</table>").unwrap()];
    for r in &latest {
        assert!(
            table.contains(&format!("data-council=\"{}\" data-judgement=", r.council)),
            "{}",
            r.council
        );
    }
}

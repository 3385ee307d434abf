//! `apa fetch` against a stand-in for Ofsted's reports site on 127.0.0.1
//! (`common::site`): a search of every council over two pages, provider pages
//! with labels in the site's spellings, the real PDFs of `tests/reports` as
//! files, and the site's faults. No test reaches beyond loopback.

mod common;

use common::apa;
use common::site::{Fault, File, Plan, Publication, Site};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

const LIFETIME: Duration = Duration::from_secs(120);

fn report(name: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/reports")
            .join(name),
    )
    .unwrap()
}

/// A real PDF made distinct (a comment after its end), so that two files
/// never share content.
fn distinct(name: &str, n: u32) -> Vec<u8> {
    let mut b = report(name);
    b.extend_from_slice(format!("\n% apa test copy {n}\n").as_bytes());
    b
}

fn publication(id: &str, label: &str) -> Publication {
    Publication {
        file_id: id.to_string(),
        label: label.to_string(),
        off_site: false,
    }
}

const BROMLEY: &str = "80490";
const KENT: &str = "80476";
const SHEFFIELD: &str = "80551";
const STAFFORDSHIRE: &str = "80561";
const NORTH_SOMERSET: &str = "80528";

/// Every council the site lists today (the defunct ones are not in its
/// search), the five vendored reports and their faults, and links that give
/// no PDF.
fn plan() -> Plan {
    let mut p = Plan {
        councils: common::site::councils()
            .into_iter()
            .filter(|(_, n)| !["Cumbria", "Northamptonshire", "Poole"].contains(&n.as_str()))
            .collect(),
        ..Plan::default()
    };
    assert!(p.councils.len() > 100, "the search must need two pages");
    p.pages.insert(
        BROMLEY.into(),
        vec![
            publication(
                "50240001",
                "Children's services inspection, pdf - 12 January 2024",
            ),
            publication(
                "50240002",
                "Joint area child protection inspection, pdf - 14 July 2017",
            ),
            publication("50240003", "Area SEND full inspection, pdf - 9 May 2025"),
            Publication {
                off_site: true,
                ..publication(
                    "50240004",
                    "Children's services focused visit, pdf - 1 March 2021",
                )
            },
            publication(
                "50240005",
                "Joint area review - progress inspection as pdf - 1 May 2009",
            ),
        ],
    );
    p.pages.insert(
        KENT.into(),
        vec![publication(
            "2013001",
            "children's services inspection,  pdf - 23 august 2013",
        )],
    );
    p.pages.insert(
        SHEFFIELD.into(),
        vec![publication(
            "2014001",
            "Children's services inspection, pdf - 21 February 2014",
        )],
    );
    p.pages.insert(
        STAFFORDSHIRE.into(),
        vec![publication(
            "50190001",
            "Children's services inspection, pdf - 11 March 2019",
        )],
    );
    p.pages.insert(
        NORTH_SOMERSET.into(),
        vec![publication(
            "50190002",
            "Children's services focused visit, pdf - 8 May 2019",
        )],
    );
    let f = &mut p.files;
    f.insert(
        "50240001".into(),
        File::Pdf(report("80490_bromley__csi_-_12_january_2024.pdf")),
    );
    f.insert("50240002".into(), File::NotFound);
    f.insert("50240003".into(), File::Status(404));
    f.insert(
        "50240005".into(),
        File::FaultThenPdf(
            Fault::RetryAfter(1),
            distinct("80476_kent__csi_-_23_august_2013.pdf", 1),
        ),
    );
    f.insert(
        "2013001".into(),
        File::FaultThenPdf(
            Fault::ServerError,
            report("80476_kent__csi_-_23_august_2013.pdf"),
        ),
    );
    f.insert(
        "2014001".into(),
        File::FaultThenPdf(
            Fault::CutShort,
            report("80551_sheffield__csi_-_21_february_2014.pdf"),
        ),
    );
    f.insert(
        "50190001".into(),
        File::FaultThenPdf(
            Fault::Stall(Duration::from_secs(4)),
            report("80561_staffordshire__csi_-_11_march_2019.pdf"),
        ),
    );
    f.insert(
        "50190002".into(),
        File::Pdf(report("north-somerset__focused-visit__2019-05-08.pdf")),
    );
    p
}

/// `apa fetch` against the site, quick: no delay, short back-off and timeout.
fn fetch(site: &Site, library: &Path) -> assert_cmd::Command {
    paced_fetch(site, library, "0")
}

/// `apa fetch` with this `--delay`.
fn paced_fetch(site: &Site, library: &Path, delay: &str) -> assert_cmd::Command {
    let mut c = apa();
    c.env("APA_SITE", &site.base)
        .env("APA_LIBRARY", library)
        .args([
            "fetch",
            "--delay",
            delay,
            "--backoff",
            "0.05",
            "--timeout",
            "2",
        ])
        .timeout(Duration::from_secs(90));
    c
}

/// The library's files (relative paths and their size and SHA-256), its own
/// bookkeeping aside.
fn files(library: &Path) -> BTreeMap<String, (usize, String)> {
    let mut out = BTreeMap::new();
    let mut stack = vec![library.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            let rel = p
                .strip_prefix(library)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            if rel.starts_with('.') {
                continue;
            }
            if p.is_dir() {
                stack.push(p);
            } else {
                let bytes = std::fs::read(&p).unwrap();
                let sha: String = Sha256::digest(&bytes)
                    .iter()
                    .map(|b| format!("{b:02x}"))
                    .collect();
                out.insert(rel, (bytes.len(), sha));
            }
        }
    }
    out
}

/// The manifest's rows by file id, without the time each was fetched.
fn manifest(library: &Path) -> BTreeMap<String, BTreeMap<String, String>> {
    let mut r = csv::Reader::from_path(library.join("manifest.csv")).unwrap();
    r.deserialize::<BTreeMap<String, String>>()
        .map(|row| {
            let mut row = row.unwrap();
            row.remove("fetched");
            (row["file_id"].clone(), row)
        })
        .collect()
}

#[test]
fn a_fetch_keeps_every_pdf_records_dead_links_and_a_second_run_asks_only_for_pages() {
    let site = Site::start(plan(), LIFETIME);
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library");

    let first = fetch(&site, &library).output().unwrap();
    let stderr = String::from_utf8_lossy(&first.stderr);
    // Dead links found: the run says something failed.
    assert_eq!(first.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("fetched 6 new documents"), "{stderr}");
    assert!(stderr.contains("3 dead links"), "{stderr}");

    // Every PDF, under a name a person can browse; nothing else.
    let kept = files(&library);
    let names: Vec<&str> = kept.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        [
            "Bromley/Children's services inspection - 2024-01-12.pdf",
            "Bromley/Joint area review - progress inspection - 2009-05-01.pdf",
            "Kent/children's services inspection - 2013-08-23.pdf",
            "North Somerset/Children's services focused visit - 2019-05-08.pdf",
            "Sheffield/Children's services inspection - 2014-02-21.pdf",
            "Staffordshire/Children's services inspection - 2019-03-11.pdf",
            "manifest.csv",
        ]
    );
    let sheffield = report("80551_sheffield__csi_-_21_february_2014.pdf");
    assert_eq!(
        kept["Sheffield/Children's services inspection - 2014-02-21.pdf"].0,
        sheffield.len(),
        "a body cut short is fetched again whole"
    );

    // The manifest: every publication, the dead ones with their reason.
    let m = manifest(&library);
    assert_eq!(m.len(), 9);
    let row = |id: &str| &m[id];
    assert_eq!(row("50240001")["status"], "ok");
    assert_eq!(row("50240001")["council"], "Bromley");
    assert_eq!(row("50240001")["la_code"], "305");
    assert_eq!(row("50240001")["urn"], BROMLEY);
    assert_eq!(row("50240001")["published"], "2024-01-12");
    assert_eq!(
        row("50240001")["url"],
        format!("{}v1/file/50240001", site.base)
    );
    assert_eq!(row("50240001")["size"], "210372");
    assert_eq!(row("50240001")["sha256"].len(), 64);
    assert_eq!(row("50240002")["status"], "dead");
    assert!(
        row("50240002")["reason"].contains("Report not found"),
        "{:?}",
        row("50240002")
    );
    assert_eq!(row("50240003")["status"], "dead");
    assert_eq!(row("50240003")["reason"], "HTTP 404");
    assert_eq!(row("50240004")["status"], "dead");
    assert!(row("50240004")["reason"].contains("not on the site's hosts"));

    // Faults tried again; the off-site link never asked for; Retry-After waited.
    let requests = site.requests();
    assert!(!requests.iter().any(|r| r.contains("50240004")));
    for id in ["2013001", "2014001", "50190001", "50240005"] {
        assert_eq!(site.times(&format!("/v1/file/{id}")).len(), 2, "{id}");
    }
    let t = site.times("/v1/file/50240005");
    assert!(
        t[1] - t[0] >= Duration::from_millis(950),
        "Retry-After: 1 not waited"
    );
    // Two search pages (100 a page), then one page per council.
    let searches = requests.iter().filter(|r| r.starts_with("/search")).count();
    assert_eq!(searches, 2);
    let pages = requests
        .iter()
        .filter(|r| r.starts_with("/provider/"))
        .count();
    assert_eq!(pages, plan().councils.len());

    // A second run downloads nothing and asks only for pages.
    site.clear_log();
    let second = fetch(&site, &library).output().unwrap();
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert!(second.status.success(), "{stderr}");
    assert!(stderr.contains("fetched nothing new"), "{stderr}");
    assert!(
        site.requests().iter().all(|r| !r.starts_with("/v1/file/")),
        "{:?}",
        site.requests()
    );
    assert_eq!(files(&library), kept);

    // Every command now reads the library, and each record has its URL.
    let out = apa()
        .env("APA_LIBRARY", &library)
        .args(["parse"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("reading the library at"), "{stderr}");
    let records: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(records.len(), 6);
    for r in &records {
        let url = r["url"].as_str().unwrap();
        assert!(url.starts_with(&format!("{}v1/file/", site.base)), "{url}");
        assert!(r["published"].is_string(), "{r}");
    }
    let bromley = records
        .iter()
        .find(|r| r["url"].as_str().unwrap().ends_with("/50240001"))
        .unwrap();
    assert_eq!(bromley["council"]["canonical"], "Bromley");
    assert_eq!(bromley["published"], "2024-01-12");

    let out = apa()
        .env("APA_LIBRARY", &library)
        .args(["inspections", "--format", "csv", "--council", "bromley"])
        .output()
        .unwrap();
    let csv = String::from_utf8_lossy(&out.stdout);
    assert!(
        csv.contains(&format!("{}v1/file/50240001", site.base)),
        "{csv}"
    );

    // The page and the workbook link each value to Ofsted's copy, at its page.
    let page = dir.path().join("page.html");
    let out = apa()
        .env("APA_LIBRARY", &library)
        .args(["report", "-o"])
        .arg(&page)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(
        html.contains(&format!("href=\"{}v1/file/50240001#page=", site.base)),
        "the page links to the site's copy"
    );
    let book = dir.path().join("book.xlsx");
    let out = apa()
        .env("APA_LIBRARY", &library)
        .args(["export", "xlsx", "-o"])
        .arg(&book)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    use calamine::Reader;
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook(&book).unwrap();
    let grades = wb.worksheet_range("Grades").unwrap();
    let header: Vec<String> = grades
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    let url = header
        .iter()
        .position(|h| h == "url")
        .expect("a url column");
    assert!(
        grades.rows().skip(1).all(|r| r[url]
            .to_string()
            .starts_with(&format!("{}v1/file/", site.base))),
        "every grade from the library has its URL"
    );

    // `apa library` says what is there.
    let out = apa()
        .env("APA_LIBRARY", &library)
        .args(["library"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert!(text.contains("6 documents"), "{text}");
    assert!(text.contains("for 5 councils"), "{text}");
    assert!(text.contains("3 dead links"), "{text}");
    assert!(text.contains("Report not found"), "{text}");
}

#[test]
fn one_council_is_one_page_asked_for_politely() {
    let site = Site::start(plan(), LIFETIME);
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library");
    let out = paced_fetch(&site, &library, "0.3")
        .args([
            "--council",
            "London Borough of Bromley",
            "--kind",
            "children's services inspection",
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let requests = site.requests();
    let pages: Vec<&String> = requests
        .iter()
        .filter(|r| r.starts_with("/provider/"))
        .collect();
    assert_eq!(pages, [&format!("/provider/44/{BROMLEY}")]);
    assert_eq!(
        requests
            .iter()
            .filter(|r| r.starts_with("/v1/file/"))
            .collect::<Vec<_>>(),
        [&"/v1/file/50240001".to_string()],
        "--kind keeps the labels that hold its words"
    );
    // One request at a time, the delay between them.
    let mut times: Vec<Instant> = requests.iter().flat_map(|r| site.times(r)).collect();
    times.sort();
    times.dedup();
    for w in times.windows(2) {
        assert!(
            w[1] - w[0] >= Duration::from_millis(290),
            "requests closer than --delay"
        );
    }
}

#[test]
fn a_dry_run_lists_and_writes_nothing_and_old_councils_are_said() {
    let site = Site::start(plan(), LIFETIME);
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library");
    let out = fetch(&site, &library)
        .args([
            "--dry-run",
            "--council",
            "kent",
            "--council",
            "cumbria",
            "--format",
            "csv",
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.starts_with("council,label,published,file_id,url\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("Kent,children's services inspection,2013-08-23,2013001,"),
        "{stdout}"
    );
    assert!(!library.exists(), "a dry run writes nothing");
    assert!(site.requests().iter().all(|r| !r.starts_with("/v1/file/")));
    assert!(
        stderr.contains("Cumbria: not on the site's search: it was replaced in 2023 by Cumberland and Westmorland and Furness"),
        "{stderr}"
    );
    // --since keeps what was published on or after its date.
    let out = fetch(&site, &library)
        .args([
            "--dry-run",
            "--council",
            "kent",
            "--council",
            "bromley",
            "--since",
            "2014-01-01",
            "--format",
            "csv",
        ])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(!stdout.contains("Kent,"), "{stdout}");
    assert!(
        stdout.contains("Bromley,Children's services inspection,2024-01-12,50240001,"),
        "{stdout}"
    );
    assert!(!stdout.contains("2009-05-01"), "{stdout}");
}

#[test]
fn a_run_killed_mid_download_and_run_again_ends_as_an_uninterrupted_run() {
    let mut p = plan();
    // Slow files, so that the run is killed inside a download.
    p.bytes_per_second = 400_000;
    let only = |cmd: &mut assert_cmd::Command| {
        cmd.args([
            "--council",
            "bromley",
            "--council",
            "kent",
            "--council",
            "sheffield",
            "--council",
            "staffordshire",
        ]);
    };
    let site = Site::start(p, LIFETIME);
    let dir = tempfile::tempdir().unwrap();

    let whole = dir.path().join("whole");
    let mut c = fetch(&site, &whole);
    only(&mut c);
    let _ = c.output().unwrap();

    let killed = dir.path().join("killed");
    let mut c = std::process::Command::new(assert_cmd::cargo::cargo_bin("apa"));
    c.env("APA_SITE", &site.base)
        .env("APA_LIBRARY", &killed)
        .env(
            "APA_CACHE_DIR",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/apa-cache"),
        )
        .args([
            "fetch",
            "--delay",
            "0",
            "--backoff",
            "0.05",
            "--timeout",
            "2",
        ])
        .args([
            "--council",
            "bromley",
            "--council",
            "kent",
            "--council",
            "sheffield",
            "--council",
            "staffordshire",
        ])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    site.clear_log();
    let mut child = c.spawn().unwrap();
    // Killed once the second file is on its way.
    let until = Instant::now() + Duration::from_secs(60);
    while site
        .requests()
        .iter()
        .filter(|r| r.starts_with("/v1/file/"))
        .count()
        < 2
    {
        assert!(
            Instant::now() < until,
            "the run never reached its second file"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(150));
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let halfway = files(&killed);
    assert!(halfway.len() < files(&whole).len(), "killed after the end");

    let mut c = fetch(&site, &killed);
    only(&mut c);
    let _ = c.output().unwrap();
    let documents = |dir: &Path| {
        let mut f = files(dir);
        f.remove("manifest.csv"); // compared below, but for when each was fetched
        f
    };
    assert_eq!(documents(&killed), documents(&whole));
    assert_eq!(manifest(&killed), manifest(&whole));
}

//! The letters between inspections in ../shared/letters (30 focused visits, 8
//! joint targeted area inspections, 8 area SEND inspections), each compared with
//! the truth read by eye: council, dates, lead inspector, focus or theme, the
//! SEND outcome, and every listed item found whole in its section with nothing
//! invented. Where ../shared is missing, the tests say once that they were
//! skipped.

mod common;
use common::words;

use apa::council::Registry;
use apa::model::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

fn letters() -> Option<PathBuf> {
    let corpus = common::corpus()?;
    Some(corpus.parent().unwrap().join("letters"))
}

fn rows(path: &Path) -> Vec<HashMap<String, String>> {
    let mut rdr = csv::Reader::from_path(path).unwrap();
    rdr.deserialize().map(|r| r.unwrap()).collect()
}

fn section_of(f: &Finding) -> &'static str {
    match f.kind {
        FindingKind::PriorityAction => "priority",
        FindingKind::Strength => "strength",
        _ => "improve",
    }
}

/// What differs between a letter's record and its truth.
fn mismatches(folder: &str, r: &Report, t: &HashMap<String, String>) -> Vec<String> {
    let mut out = Vec::new();
    let registry = Registry::get();
    let want = registry.resolve(&t["council"]).ok().map(|e| e.name.clone());
    let got = r.council.as_ref().and_then(|c| c.canonical.clone());
    if got.is_none() || got != want {
        out.push(format!("council {got:?} != {want:?}"));
    }
    let date = |k: &str| t[k].parse::<Date>().ok();
    let expected: Vec<(&str, Option<Date>, Option<Date>)> = match folder {
        "focused_visit" => vec![
            ("letter", r.dates.letter, date("letter_date")),
            ("start", r.dates.inspection_start, date("visit_start")),
            ("end", r.dates.inspection_end, date("visit_end")),
        ],
        "jtai" => vec![
            ("letter", r.dates.letter, date("letter_date")),
            ("start", r.dates.inspection_start, date("start")),
            ("end", r.dates.inspection_end, date("end")),
        ],
        _ => vec![
            ("start", r.dates.inspection_start, date("inspection_start")),
            ("end", r.dates.inspection_end, date("inspection_end")),
        ],
    };
    for (what, got, want) in expected {
        if got != want {
            out.push(format!("{what} {got:?} != {want:?}"));
        }
    }
    match folder {
        "focused_visit" => {
            assert_eq!(r.kind, DocumentKind::FocusedVisit);
            let lead = r
                .people
                .iter()
                .find(|p| p.role.is_lead())
                .map(|p| p.name.as_str());
            if lead != Some(t["lead_inspector"].as_str()) {
                out.push(format!("lead {lead:?} != {:?}", t["lead_inspector"]));
            }
            if words(r.subject.as_deref().unwrap_or("")) != words(&t["focus"]) {
                out.push(format!("subject {:?} != {:?}", r.subject, t["focus"]));
            }
        }
        "jtai" => {
            assert_eq!(r.kind, DocumentKind::JtaiLetter);
            if words(r.subject.as_deref().unwrap_or("")) != words(&t["theme"]) {
                out.push(format!("theme {:?} != {:?}", r.subject, t["theme"]));
            }
            let agencies: Vec<&str> = t["agencies"].split("; ").collect();
            if r.agencies != agencies {
                out.push(format!("agencies {:?} != {agencies:?}", r.agencies));
            }
        }
        _ => {
            assert_eq!(r.kind, DocumentKind::SendAreaInspection);
            let outcome: Vec<Option<Level>> = r
                .judgements
                .iter()
                .filter(|j| j.area == Area::SendOutcome)
                .map(|j| j.grade.level)
                .collect();
            let want: Level = match t["outcome"].as_str() {
                "positive" => Level::Positive,
                "inconsistent" => Level::Inconsistent,
                _ => Level::SystemicFailings,
            };
            if outcome != [Some(want)] {
                out.push(format!("outcome {outcome:?} != {want:?}"));
            }
            // The outcome is on a scale of its own: no four-level grade.
            assert!(
                r.judgements
                    .iter()
                    .all(|j| j.grade.level.is_none_or(Level::is_send_outcome))
            );
        }
    }
    out
}

#[test]
fn every_letter_reads_as_its_truth_says() {
    let Some(dir) = letters() else { return };
    let mut failures = Vec::new();
    let (mut wanted, mut found) = (0, 0);
    for folder in ["focused_visit", "jtai", "send"] {
        let mut items: HashMap<String, Vec<HashMap<String, String>>> = HashMap::new();
        for it in rows(&dir.join(folder).join("items.csv")) {
            items.entry(it["file"].clone()).or_default().push(it);
        }
        let docs = rows(&dir.join(folder).join("docs.csv"));
        assert!(docs.len() >= 8, "{folder}: {} letters", docs.len());
        for t in docs {
            let file = dir.join(folder).join(&t["file"]);
            // Under a neutral name: the parser never reads a file name.
            let r = apa::parse_bytes(&std::fs::read(&file).unwrap(), "letter.pdf").unwrap();
            for m in mismatches(folder, &r, &t) {
                failures.push(format!("{}: {m}", t["file"]));
            }
            let mut left: Vec<(&str, String, &Finding)> = r
                .findings
                .iter()
                .map(|f| (section_of(f), words(&f.text), f))
                .collect();
            for it in items.get(&t["file"]).into_iter().flatten() {
                wanted += 1;
                let (first, last) = (words(&it["first"]), words(&it["last"]));
                match left.iter().position(|(s, text, _)| {
                    *s == it["section"] && text.starts_with(&first) && text.ends_with(&last)
                }) {
                    Some(i) => {
                        found += 1;
                        left.remove(i);
                    }
                    None => failures.push(format!(
                        "{}: missing ({}) '{} ... {}'",
                        t["file"], it["section"], it["first"], it["last"]
                    )),
                }
            }
            for (s, _, f) in left {
                failures.push(format!("{}: invented ({s}) {:?}", t["file"], f.text));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{found} of {wanted} items; {} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(wanted >= 330, "{wanted} items in the truth files");
}

#[test]
fn trend_shows_the_visits_between_inspections() {
    let Some(dir) = letters() else { return };
    let corpus = common::corpus().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    for f in [
        corpus.join("pdf/80562_stockport__csi_-_25_august_2017.pdf"),
        dir.join("focused_visit/stockport__focused-visit__2019-03-11.pdf"),
        dir.join("focused_visit/stockport__focused-visit__2024-02-28.pdf"),
    ] {
        std::fs::copy(&f, tmp.path().join(f.file_name().unwrap())).unwrap();
    }
    let out = common::apa()
        .args(["trend", "stockport", "--format", "json", "--dir"])
        .arg(tmp.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let t: apa::analysis::trend::Trend = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(t.years, [2017]);
    let visits: Vec<(Option<i32>, DocumentKind, usize)> = t
        .visits
        .iter()
        .map(|v| (v.year, v.kind, v.areas_for_improvement))
        .collect();
    assert_eq!(
        visits,
        [
            (Some(2019), DocumentKind::FocusedVisit, 3),
            (Some(2024), DocumentKind::FocusedVisit, 4)
        ]
    );
    assert_eq!(t.reports.len(), 3);
    // The table says so too.
    let table = common::apa()
        .args(["trend", "stockport", "--dir"])
        .arg(tmp.path())
        .output()
        .unwrap();
    let table = String::from_utf8(table.stdout).unwrap();
    assert!(table.contains("Letters between inspections"), "{table}");
    assert!(table.contains("Stockport: 2017-2024"), "{table}");
}

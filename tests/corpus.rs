//! Accuracy on the real reports: every report in ../shared/corpus (and its
//! extra/ folder) is parsed and its council, dates, lead inspector, framework
//! and every grade compared with truth.csv, read by eye from each report. Zero
//! mismatches, under the reports' own names and under neutral ones (the parser
//! never reads a file name).
//!
//! The corpus is not part of a clone: where ../shared/corpus is missing, each
//! test says so in one line and passes without reading it. CI always has it.

mod common;
use common::{apa, corpus, words};

use apa::analysis::GradeRow;
use apa::council::Registry;
use apa::model::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Every row of truth.csv and extra/truth.csv.
fn truth(dir: &Path) -> Vec<HashMap<String, String>> {
    ["truth.csv", "extra/truth.csv"]
        .iter()
        .flat_map(|f| {
            let mut rdr = csv::Reader::from_path(dir.join(f)).unwrap();
            rdr.deserialize()
                .map(|r| r.unwrap())
                .collect::<Vec<HashMap<String, String>>>()
        })
        .collect()
}

/// The grades of a 2012-2013 looked after children inspection, which truth.csv
/// keeps in its notes ("overall effectiveness Grade 3 (Adequate); capacity to
/// improve Grade 2 (Good); ...").
fn lac_grades(notes: &str) -> Vec<(Area, Level)> {
    let re = regex::Regex::new(r"(?i)(overall effectiveness|capacity to improve|outcomes for looked after children and young people|quality of provision|leadership and management) Grade \d \((\w+)\)").unwrap();
    re.captures_iter(notes)
        .map(|c| {
            let area = match c[1].to_lowercase().as_str() {
                "overall effectiveness" => Area::OverallEffectiveness,
                "capacity to improve" => Area::CapacityForImprovement,
                "quality of provision" => Area::QualityOfProvision,
                "leadership and management" => Area::LeadershipAndManagement,
                _ => Area::OutcomesForLookedAfterChildren,
            };
            (area, c[2].parse().unwrap())
        })
        .collect()
}

const AREAS: [(&str, Area); 7] = [
    ("overall_effectiveness", Area::OverallEffectiveness),
    ("help_and_protection", Area::HelpAndProtection),
    ("looked_after", Area::LookedAfter),
    ("adoption", Area::Adoption),
    ("care_leavers", Area::CareLeavers),
    ("leadership", Area::Leadership),
    ("lscb", Area::Lscb),
];

fn expected_level(s: &str) -> Option<Level> {
    match s {
        "not_judged" => None,
        "requires improvement" => Some(Level::Adequate),
        other => Some(other.parse().unwrap()),
    }
}

/// What differs between a parsed report and its row of truth.csv.
fn mismatches(r: &Report, t: &HashMap<String, String>) -> Vec<String> {
    let mut out = Vec::new();
    let registry = Registry::get();
    let want_council = registry
        .resolve(&t["council"])
        .ok()
        .or_else(|| registry.find_in(&t["council"]))
        .map(|e| e.name.clone());
    let got_council = r.council.as_ref().and_then(|c| c.canonical.clone());
    if got_council != want_council {
        out.push(format!("council {got_council:?} != {want_council:?}"));
    }
    let date = |s: &str| {
        if s == "not_shown" {
            None
        } else {
            Some(s.parse::<Date>().unwrap())
        }
    };
    for (field, got, want) in [
        (
            "inspection_start",
            r.dates.inspection_start,
            date(&t["inspection_start"]),
        ),
        (
            "inspection_end",
            r.dates.inspection_end,
            date(&t["inspection_end"]),
        ),
        (
            "publication_date",
            r.dates.published,
            date(&t["publication_date"]),
        ),
    ] {
        if got != want {
            out.push(format!("{field} {got:?} != {want:?}"));
        }
    }
    let lead = r
        .people
        .iter()
        .find(|p| p.role.is_lead())
        .map_or("not_shown", |p| p.name.as_str());
    if lead != t["lead_inspector"] {
        out.push(format!(
            "lead inspector {lead:?} != {:?}",
            t["lead_inspector"]
        ));
    }
    let framework = r.framework.map_or("", Framework::as_str);
    if framework != t["framework"] {
        out.push(format!("framework {framework:?} != {:?}", t["framework"]));
    }
    if t["framework"] == "lac_2013" {
        let want = lac_grades(&t["notes"]);
        let got: Vec<(Area, Level)> = r
            .judgements
            .iter()
            .filter(|j| j.scope == Scope::LookedAfter)
            .filter_map(|j| Some((j.area, j.grade.level?)))
            .collect();
        if want.len() != 5 || got != want {
            out.push(format!("grades {got:?} != {want:?}"));
        }
        return out;
    }
    for (column, area) in AREAS {
        let found: Vec<&Judgement> = r.judgements.iter().filter(|j| j.area == area).collect();
        let want = expected_level(&t[column]);
        match (found.as_slice(), want) {
            ([], None) => {}
            ([j], want)
                if j.grade.level == want
                    && (want.is_some() || j.grade.raw.eq_ignore_ascii_case("not judged")) => {}
            (found, want) => out.push(format!(
                "{column}: read {:?}, expected {want:?}",
                found
                    .iter()
                    .map(|j| (&j.grade.raw, j.grade.level))
                    .collect::<Vec<_>>()
            )),
        }
    }
    if r.judgements
        .iter()
        .any(|j| j.grade.level.is_some() && j.year != r.year)
    {
        out.push("a judgement's year differs from the report's".to_string());
    }
    out
}

#[test]
fn every_corpus_report_matches_truth() {
    let Some(dir) = corpus() else { return };
    let rows = truth(&dir);
    assert!(rows.len() >= 59, "truth.csv has {} rows", rows.len());
    let mut failures = Vec::new();
    for t in &rows {
        let bytes = std::fs::read(dir.join(&t["file"])).unwrap();
        for name in [t["file"].as_str(), "renamed-report.pdf"] {
            match apa::parse_bytes(&bytes, name) {
                Ok(r) => {
                    let m = mismatches(&r, t);
                    if !m.is_empty() {
                        failures.push(format!("{} (as {name}): {}", t["file"], m.join("; ")));
                    }
                }
                Err(e) => failures.push(format!("{} (as {name}): {e}", t["file"])),
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn kinds_and_findings_of_the_corpus() {
    let Some(dir) = corpus() else { return };
    for t in truth(&dir) {
        let r = apa::parse_bytes(&std::fs::read(dir.join(&t["file"])).unwrap(), "x.pdf").unwrap();
        let want = match t["framework"].as_str() {
            "sif" | "sif_reinspection" => DocumentKind::SifInspection,
            "lac_2013" => DocumentKind::LacInspection,
            _ => DocumentKind::IlacsInspection,
        };
        assert_eq!(r.kind, want, "{}", t["file"]);
        assert!(
            r.judgements.iter().all(|j| j.source.page.is_some()),
            "{}: every grade has its page",
            t["file"]
        );
    }
    let bromley = apa::parse_bytes(
        &std::fs::read(dir.join("pdf/80490_bromley__csi_-_12_january_2024.pdf")).unwrap(),
        "x.pdf",
    )
    .unwrap();
    let texts: Vec<&str> = bromley.findings.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "The continued strengthening of practice for children experiencing increasing risks that may lead to the pre-proceedings stage of the public law outline."
        ]
    );
}

/// The section of the truth files a finding belongs in.
fn section_of(f: &Finding) -> &'static str {
    if f.area == Some(Area::Lscb) {
        "lscb"
    } else if f.kind == FindingKind::PriorityAction {
        "priority"
    } else {
        "improve"
    }
}

/// Every area for improvement, priority action and LSCB recommendation the
/// reports print (findings_items.csv), each found once, whole (its first six and
/// last four words), in its section; and no finding that the truth lacks.
#[test]
fn every_area_for_improvement_is_found_whole_and_none_is_invented() {
    let Some(dir) = corpus() else { return };
    let mut items: HashMap<String, Vec<HashMap<String, String>>> = HashMap::new();
    for f in ["findings_items.csv", "extra/findings_items.csv"] {
        let mut rdr = csv::Reader::from_path(dir.join(f)).unwrap();
        for row in rdr.deserialize::<HashMap<String, String>>() {
            let row = row.unwrap();
            items.entry(row["doc"].clone()).or_default().push(row);
        }
    }
    let mut docs: Vec<String> = Vec::new();
    for f in ["findings_docs.csv", "extra/findings_docs.csv"] {
        let mut rdr = csv::Reader::from_path(dir.join(f)).unwrap();
        docs.extend(
            rdr.deserialize::<HashMap<String, String>>()
                .map(|r| r.unwrap()["doc"].clone()),
        );
    }
    assert!(
        docs.len() >= 59,
        "{} reports with findings truth",
        docs.len()
    );
    let (mut wanted, mut found, mut failures) = (0, 0, Vec::new());
    let (mut findings, mut themed) = (0, 0);
    for doc in &docs {
        let r = apa::parse_bytes(&std::fs::read(dir.join(doc)).unwrap(), "x.pdf").unwrap();
        findings += r.findings.len();
        themed += r
            .findings
            .iter()
            .filter(|f| apa::analysis::themes::theme_of(&f.text).is_some())
            .count();
        // The truth lists what needs to improve; strengths (a SIF's "The
        // local authority has the following strengths:") are not in it.
        let mut left: Vec<(&'static str, String, &Finding)> = r
            .findings
            .iter()
            .filter(|f| f.kind != FindingKind::Strength)
            .map(|f| (section_of(f), words(&f.text), f))
            .collect();
        for it in items.get(doc).into_iter().flatten() {
            wanted += 1;
            let (first, last) = (words(&it["first"]), words(&it["last"]));
            let at = left.iter().position(|(s, t, _)| {
                *s == it["section"] && t.starts_with(&first) && t.ends_with(&last)
            });
            match at {
                Some(i) => {
                    found += 1;
                    left.remove(i);
                }
                None => failures.push(format!(
                    "{doc}: missing ({}) '{} ... {}'",
                    it["section"], it["first"], it["last"]
                )),
            }
        }
        for (s, _, f) in left {
            failures.push(format!("{doc}: invented ({s}) {:?}", f.text));
        }
    }
    assert!(
        failures.is_empty(),
        "{found} of {wanted} items found; {} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(wanted >= 640, "{wanted} items in the truth files");
    // The themes cover the real lists: nearly every item has one.
    assert!(
        themed * 100 >= findings * 97,
        "{themed} of {findings} items have a theme"
    );
}

#[test]
fn an_html_page_named_pdf_is_not_a_pdf() {
    let Some(dir) = corpus() else { return };
    let bytes = std::fs::read(dir.join("pdf/80490_bromley__csi_-_17_august_2012.pdf")).unwrap();
    let err = apa::parse_bytes(&bytes, "80490_bromley__csi_-_17_august_2012.pdf").unwrap_err();
    assert!(
        err.to_string()
            .starts_with("not a PDF: the file is named .pdf but starts with '<!DOCTYPE html'"),
        "{err}"
    );
}

fn grades_of(dir: &Path) -> (Option<i32>, Vec<GradeRow>) {
    let out = apa()
        .args(["grades", "--format", "json"])
        .arg(dir)
        .output()
        .unwrap();
    (
        out.status.code(),
        serde_json::from_slice(&out.stdout).unwrap(),
    )
}

#[test]
fn grades_over_the_corpus_folder_and_renamed_copies() {
    let Some(dir) = corpus() else { return };
    let (code, rows) = grades_of(&dir.join("pdf"));
    assert_eq!(
        code,
        Some(2),
        "the HTML page saved as .pdf is a failed input"
    );
    let level = |council: &str, year: i32| {
        rows.iter()
            .find(|r| {
                r.council == council && r.year == Some(year) && r.area == Area::OverallEffectiveness
            })
            .and_then(|r| r.level)
    };
    // A report's year is the year its inspection ended (Bromley's ILACS
    // inspections of December 2018 and November 2023, published in January).
    assert_eq!(level("Bromley", 2016), Some(Level::Inadequate));
    assert_eq!(level("Bromley", 2018), Some(Level::Good));
    assert_eq!(level("Bromley", 2023), Some(Level::Outstanding));
    assert_eq!(level("Bexley", 2014), Some(Level::Adequate));
    assert_eq!(level("Bexley", 2018), Some(Level::Outstanding));
    assert_eq!(level("Bexley", 2023), Some(Level::Outstanding));

    // The same reports under neutral names give the same grades.
    let tmp = tempfile::tempdir().unwrap();
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir.join("pdf"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    for (i, p) in names.iter().enumerate() {
        std::fs::copy(p, tmp.path().join(format!("report-{i:02}.pdf"))).unwrap();
    }
    let (code2, renamed) = grades_of(tmp.path());
    assert_eq!(code2, Some(2));
    let key = |r: &GradeRow| (r.council.clone(), r.year, r.area, r.level);
    let mut a: Vec<_> = rows.iter().map(key).collect();
    let mut b: Vec<_> = renamed.iter().map(key).collect();
    a.sort();
    b.sort();
    assert_eq!(a, b);
}

#[test]
fn trend_bromley_from_2005_to_2023() {
    let Some(dir) = corpus() else { return };
    let tmp = tempfile::tempdir().unwrap();
    for f in std::fs::read_dir("fixtures")
        .unwrap()
        .map(|e| e.unwrap().path())
    {
        if f.extension().is_some_and(|e| e == "txt")
            && f.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("bromley")
        {
            std::fs::copy(&f, tmp.path().join(f.file_name().unwrap())).unwrap();
        }
    }
    for f in [
        "80490_bromley__csi_-_27_june_2016.pdf",
        "80490_bromley__csi_-_07_january_2019.pdf",
        "80490_bromley__csi_-_12_january_2024.pdf",
    ] {
        std::fs::copy(dir.join("pdf").join(f), tmp.path().join(f)).unwrap();
    }
    let out = apa()
        .args(["trend", "bromley", "--format", "json", "--dir"])
        .arg(tmp.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let t: apa::analysis::trend::Trend = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(t.years.first(), Some(&2005));
    assert_eq!(t.years.last(), Some(&2023));
    assert!(t.years.contains(&2016) && t.years.contains(&2018));
    assert_eq!(t.reports.len(), 7);
}

#[test]
fn the_latest_inspection_of_every_council_and_a_summary() {
    let Some(dir) = corpus() else { return };
    let out = apa()
        .args(["inspections", "--latest", "--format", "json"])
        .arg(dir.join("pdf"))
        .arg(dir.join("extra"))
        .output()
        .unwrap();
    let rows: Vec<apa::analysis::inspections::InspectionRow> =
        serde_json::from_slice(&out.stdout).unwrap();
    let bromley = rows.iter().find(|r| r.council == "Bromley").unwrap();
    assert_eq!(bromley.year, Some(2023));
    assert_eq!(bromley.overall_effectiveness, Some(Level::Outstanding));
    let mut councils: Vec<&str> = rows.iter().map(|r| r.council.as_str()).collect();
    let n = councils.len();
    councils.dedup();
    assert_eq!(councils.len(), n, "one row per council");
    let out = apa()
        .args([
            "inspections",
            "--latest",
            "--summary",
            "--by",
            "region",
            "--format",
            "json",
        ])
        .arg(dir.join("pdf"))
        .arg(dir.join("extra"))
        .output()
        .unwrap();
    let summary: Vec<apa::analysis::inspections::SummaryRow> =
        serde_json::from_slice(&out.stdout).unwrap();
    let london_oe: usize = summary
        .iter()
        .filter(|s| s.group == "London" && s.judgement == Area::OverallEffectiveness)
        .map(|s| s.count)
        .sum();
    let london = rows
        .iter()
        .filter(|r| r.region.as_deref() == Some("London") && r.overall_effectiveness.is_some())
        .count();
    assert_eq!(london_oe, london);
    assert!(london > 3);
}

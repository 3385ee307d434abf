//! The real binary, as a user or a CI script runs it: formats decode back into the
//! model types, headers are exact, failures are reported per file with the right
//! exit code.

mod common;
use common::apa;

use apa::analysis::{FindingRow, GradeRow};
use apa::model::*;

fn stdout_of(args: &[&str]) -> String {
    common::stdout_of(apa(), args)
}

#[test]
fn grades_csv_has_the_documented_header_and_rows() {
    let csv = stdout_of(&["grades", "fixtures", "--format", "csv"]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("council,year,kind,scope,area,raw,level,score,source")
    );
    assert!(csv.contains("\nBromley,2005,apa_letter,none,social_care,2,adequate,2,fixtures/bromley-2005-apa-letter.txt:172\n"), "{csv}");
    assert!(csv.contains("\nBexley,2005,apa_letter,none,social_care,4,outstanding,4,"));
    assert!(csv.contains(
        "\nBromley,2010,safeguarding_lac_inspection,safeguarding,children_feel_safe,Good,good,3,"
    ));
    assert!(
        csv.contains("\nBromley,2007,children_plan,none,achieving_economic_wellbeing,3,good,3,")
    );
    // 4 + 4 + 33 + 5 + 24 judgements and the header.
    assert_eq!(csv.lines().count(), 71);
}

#[test]
fn grades_json_decodes_into_rows() {
    let json = stdout_of(&["grades", "fixtures", "--format", "json"]);
    let rows: Vec<GradeRow> = serde_json::from_str(&json).unwrap();
    assert_eq!(rows.len(), 70);
    let feel = rows
        .iter()
        .find(|r| r.area == Area::ChildrenFeelSafe && r.scope == Scope::Safeguarding)
        .unwrap();
    assert_eq!(
        (feel.council.as_str(), feel.year, feel.level, feel.score),
        ("Bromley", Some(2010), Some(Level::Good), Some(3))
    );
}

#[test]
fn findings_csv_header_and_timescales() {
    let csv = stdout_of(&["findings", "fixtures", "--format", "csv"]);
    assert_eq!(
        csv.lines().next(),
        Some("council,year,kind,scope,area,timescale,text,source,theme")
    );
    let json = stdout_of(&["findings", "fixtures", "--format", "json"]);
    let rows: Vec<FindingRow> = serde_json::from_str(&json).unwrap();
    let immediate: Vec<&FindingRow> = rows
        .iter()
        .filter(|r| r.timescale == Some(Timescale::Immediately))
        .collect();
    assert_eq!(immediate.len(), 4);
    assert!(rows.iter().any(|r| r.kind == FindingKind::Action));
}

#[test]
fn parse_reads_standard_input() {
    let text = std::fs::read("fixtures/bexley-2005-apa-letter.txt").unwrap();
    let out = apa()
        .args(["parse", "-"])
        .write_stdin(text)
        .output()
        .unwrap();
    assert!(out.status.success());
    let reports: Vec<Report> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(reports.len(), 1);
    assert_eq!(reports[0].file, "-");
    assert_eq!(reports[0].council_name(), "Bexley");
    assert_eq!(reports[0].judgements.len(), 4);
}

#[test]
fn jsonl_is_one_record_a_line() {
    let out = stdout_of(&["parse", "fixtures", "--format", "jsonl"]);
    let reports: Vec<Report> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(reports.len(), 5);
    assert!(reports.iter().all(|r| r.schema_version == SCHEMA_VERSION));
}

#[test]
fn no_paths_reads_the_built_in_samples() {
    let json = stdout_of(&["grades", "--format", "json"]);
    let rows: Vec<GradeRow> = serde_json::from_str(&json).unwrap();
    assert_eq!(rows.len(), 70);
    assert!(rows.iter().all(|r| r.source.file.starts_with("sample:")));
}

#[test]
fn a_bad_file_is_reported_and_the_rest_still_processed() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        "fixtures/bromley-2005-apa-letter.txt",
        dir.path().join("a.txt"),
    )
    .unwrap();
    std::fs::write(dir.path().join("notes.txt"), "Shopping list: milk, eggs.\n").unwrap();
    std::fs::write(dir.path().join("page.pdf"), "<!DOCTYPE html><html></html>").unwrap();
    let out = apa()
        .args(["grades", "--format", "csv"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("notes.txt: not an inspection report"),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "page.pdf: not a PDF: the file is named .pdf but starts with '<!DOCTYPE html'"
        ),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 2, "{stderr}");
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 5);
}

#[test]
fn an_unknown_council_is_a_usage_error_with_a_suggestion() {
    for args in [
        &["grades", "--council", "bromly"][..],
        &["compare", "bromly", "bexley"],
        &["trend", "bromly"],
        &["findings", "--council", "bromly"],
        &["check", "fixtures", "--council", "bromly"],
    ] {
        let out = apa().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(
            String::from_utf8_lossy(&out.stderr).trim(),
            "apa: error: unknown council 'bromly'; did you mean Bromley?",
            "{args:?}"
        );
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn a_missing_file_is_named() {
    let out = apa().args(["grades", "no-such-file.pdf"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr).trim(),
        "apa: error: no-such-file.pdf: no such file or folder"
    );
}

#[test]
fn themes_across_reports() {
    let json = stdout_of(&["themes", "fixtures", "--format", "json"]);
    let rows: Vec<apa::analysis::themes::ThemeRow> = serde_json::from_str(&json).unwrap();
    assert!(!rows.is_empty());
    // Most items first; each theme names its councils and an example.
    assert!(rows.windows(2).all(|w| w[0].items >= w[1].items));
    let attainment = rows
        .iter()
        .find(|r| r.theme == "school attainment and progress")
        .unwrap();
    assert_eq!(attainment.councils, ["Bexley", "Bromley"]);
    assert!(!attainment.example.is_empty());
    // The same with a region, and a council from another region: nothing.
    let london = stdout_of(&[
        "themes", "fixtures", "--region", "london", "--format", "json",
    ]);
    let london: Vec<apa::analysis::themes::ThemeRow> = serde_json::from_str(&london).unwrap();
    assert_eq!(london, rows);
    let out = common::apa()
        .args(["themes", "fixtures", "--region", "atlantis"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    // Every finding row carries its main theme, the CSV's last column.
    let csv = stdout_of(&["findings", "fixtures", "--format", "csv"]);
    assert!(
        csv.lines()
            .skip(1)
            .any(|l| l.ends_with(",teenage pregnancy"))
    );
}

#[test]
fn one_row_per_inspection_and_a_summary() {
    use apa::analysis::inspections::{InspectionRow, SummaryRow};
    let json = stdout_of(&["inspections", "fixtures", "--format", "json"]);
    let rows: Vec<InspectionRow> = serde_json::from_str(&json).unwrap();
    assert_eq!(rows.len(), 5);
    let bexley = rows.iter().find(|r| r.council == "Bexley").unwrap();
    assert_eq!(bexley.ons_code.as_deref(), Some("E09000004"));
    assert_eq!(bexley.la_code.as_deref(), Some("303"));
    assert_eq!(bexley.region.as_deref(), Some("London"));
    assert_eq!(bexley.childrens_services, Some(Level::Outstanding));
    // Each council's latest graded document.
    let latest = stdout_of(&["inspections", "fixtures", "--latest", "--format", "json"]);
    let latest: Vec<InspectionRow> = serde_json::from_str(&latest).unwrap();
    let councils: Vec<(&str, Option<i32>)> = latest
        .iter()
        .map(|r| (r.council.as_str(), r.year))
        .collect();
    assert_eq!(councils, [("Bexley", Some(2005)), ("Bromley", Some(2011))]);
    // Counts and shares per level.
    let summary = stdout_of(&["inspections", "fixtures", "--summary", "--format", "json"]);
    let summary: Vec<SummaryRow> = serde_json::from_str(&summary).unwrap();
    let cs: Vec<(Level, usize)> = summary
        .iter()
        .filter(|s| s.judgement == apa::model::Area::ChildrensServices)
        .map(|s| (s.level, s.count))
        .collect();
    assert_eq!(cs, [(Level::Outstanding, 1), (Level::Good, 3)]);
    // The CSV has the documented columns.
    let csv = stdout_of(&["inspections", "fixtures", "--format", "csv"]);
    assert!(csv.starts_with("council,la_code,ons_code,region,kind,framework,year,inspection_start,inspection_end,published,letter,overall_effectiveness,help_and_protection,looked_after,adoption,care_leavers,leadership,lscb,send_outcome,childrens_services,areas_for_improvement,priority_actions,file,url\n"));
}

#[test]
fn completions_and_a_manual_page() {
    for (shell, mark) in [
        ("bash", "complete -F _apa"),
        ("zsh", "#compdef apa"),
        ("fish", "complete -c apa"),
    ] {
        let script = stdout_of(&["completions", shell]);
        assert!(script.contains(mark), "{shell}");
        // Every command is offered.
        for command in ["compare", "trend", "inspections", "themes"] {
            assert!(script.contains(command), "{shell}: {command}");
        }
    }
    let man = stdout_of(&["man"]);
    assert!(man.contains(".TH apa 1"));
    assert!(man.contains("inspections"));
}

#[test]
fn an_empty_result_is_said_and_exits_1() {
    let empty = tempfile::tempdir().unwrap();
    for args in [
        vec!["grades".to_string(), empty.path().display().to_string()],
        vec![
            "grades".into(),
            "fixtures".into(),
            "--year".into(),
            "1999".into(),
        ],
        vec!["trend".into(), "leeds".into()],
        vec![
            "compare".into(),
            "bromley".into(),
            "--year".into(),
            "1999".into(),
        ],
        vec![
            "inspections".into(),
            "fixtures".into(),
            "--council".into(),
            "leeds".into(),
        ],
    ] {
        let out = apa().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("apa: nothing found:"), "{args:?}: {stderr}");
    }
}

/// Text from a document reaches spreadsheets: a cell that would run as a
/// formula is written with a ' before it, unless --csv-raw.
#[test]
fn csv_cells_that_look_like_formulas_are_text() {
    let dir = tempfile::tempdir().unwrap();
    let letter = std::fs::read_to_string("fixtures/bexley-2005-apa-letter.txt")
        .unwrap()
        .replace(
            "successful Healthy Schools programme",
            "=HYPERLINK(\"http://x\")",
        );
    assert!(letter.contains("=HYPERLINK"));
    let file = dir.path().join("letter.txt");
    std::fs::write(&file, letter).unwrap();
    let run = |raw: bool| {
        let mut c = common::apa();
        c.args(["findings", "--format", "csv", "--no-cache"])
            .arg(&file);
        if raw {
            c.arg("--csv-raw");
        }
        String::from_utf8(c.output().unwrap().stdout).unwrap()
    };
    assert!(
        run(false).contains(",\"'=HYPERLINK(\"\"http://x\"\")"),
        "{}",
        run(false)
    );
    assert!(run(true).contains(",\"=HYPERLINK(\"\"http://x\"\")"));
}

#[test]
fn a_new_councils_trend_follows_the_council_it_replaced_and_says_so() {
    let spec = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/spec/ilacs_inspection/standard-2025-with-lists.txt"),
    )
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("county.txt"),
        spec.replace("Bury", "Cumbria")
            .replace("9 to 20 June 2025", "10 to 21 January 2022"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("unitary.txt"),
        spec.replace("Bury", "Cumberland"),
    )
    .unwrap();
    let path = dir.path().to_str().unwrap();
    let out = stdout_of(&["trend", "cumberland", path]);
    assert!(
        out.contains(
            "Cumberland was formed in 2023 from Cumbria: the reports before then are Cumbria's."
        ),
        "{out}"
    );
    assert!(out.contains("2022") && out.contains("2025"), "{out}");
    let out = stdout_of(&["trend", "cumbria", path]);
    assert!(
        out.contains("Cumbria was replaced in 2023 by Cumberland and Westmorland and Furness"),
        "{out}"
    );
    assert!(!out.contains("2025"), "{out}");
}

//! `apa compare`, `apa trend` and `apa councils` on the samples built into apa:
//! table snapshots (no colour, fixed width) and JSON decoded into the model.
//! `UPDATE_GOLDEN=1 cargo test --test compare` rewrites the snapshots.

mod common;

use apa::analysis::compare::Comparison;
use apa::analysis::trend::Trend;
use apa::model::*;
use assert_cmd::Command;

/// Run from a neutral folder: the samples must not depend on the working directory.
fn apa() -> Command {
    let mut c = common::apa();
    c.current_dir(std::env::temp_dir());
    c
}

fn run(args: &[&str]) -> String {
    common::stdout_of(apa(), args)
}

fn snapshot(name: &str, actual: &str) {
    common::snapshot(name, actual)
}

#[test]
fn compare_bromley_bexley_table() {
    let out = run(&["compare", "bromley", "bexley"]);
    let social = out.lines().find(|l| l.contains("Social care")).unwrap();
    let cells: Vec<&str> = social
        .split(['│', '┆'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    assert_eq!(cells, ["Social care", "2 (adequate)", "4 (outstanding)"]);
    assert!(out.contains("Weaknesses in common"));
    assert!(out.contains("mental health services"));
    assert!(!out.contains('\u{1b}'), "no colour escapes with NO_COLOR");
    snapshot("compare-bromley-bexley.txt", &out);
}

#[test]
fn compare_accepts_any_spelling_or_code() {
    assert_eq!(
        run(&["compare", "London Borough of Bromley", "E09000004"]),
        run(&["compare", "bromley", "bexley"])
    );
}

#[test]
fn compare_json_decodes() {
    let cmp: Comparison =
        serde_json::from_str(&run(&["compare", "bromley", "bexley", "--format", "json"])).unwrap();
    let cols: Vec<(&str, i32)> = cmp
        .columns
        .iter()
        .map(|c| (c.council.as_str(), c.year))
        .collect();
    assert_eq!(cols, [("Bromley", 2005), ("Bexley", 2005)]);
    let level = |area: Area, i: usize| {
        cmp.grades
            .iter()
            .find(|g| g.area == area)
            .and_then(|g| g.cells[i].as_ref())
            .and_then(|s| s.level())
    };
    assert_eq!(level(Area::SocialCare, 0), Some(Level::Adequate));
    assert_eq!(level(Area::SocialCare, 1), Some(Level::Outstanding));
    assert_eq!(level(Area::Education, 0), Some(Level::Good));
    assert_eq!(level(Area::Education, 1), Some(Level::Good));
    assert_eq!(level(Area::ChildrensServices, 1), Some(Level::Outstanding));
    assert_eq!(level(Area::CapacityToImprove, 0), Some(Level::Good));
    let healthy = cmp
        .findings
        .iter()
        .find(|f| f.area == Some(Area::BeingHealthy))
        .unwrap();
    assert!(
        healthy.cells[0]
            .areas_for_improvement
            .contains(&"reduce teenage pregnancies".to_string())
    );
    assert_eq!(healthy.cells[1].strengths.len(), 2);
    let themes: Vec<&str> = cmp
        .shared_weaknesses
        .iter()
        .map(|s| s.theme.as_str())
        .collect();
    assert!(themes.contains(&"mental health services"), "{themes:?}");
    assert!(themes.contains(&"youth services"), "{themes:?}");
    assert!(cmp.reports.iter().all(|r| r.starts_with("sample:")));
}

#[test]
fn compare_a_year_and_colour() {
    let cmp: Comparison = serde_json::from_str(&run(&[
        "compare", "bromley", "--year", "2008", "--format", "json",
    ]))
    .unwrap();
    assert_eq!(cmp.columns.len(), 1);
    assert!(cmp.grades.iter().any(|g| g.area == Area::BeingHealthy));
    let coloured = run(&["--color", "always", "compare", "bromley", "bexley"]);
    assert!(coloured.contains('\u{1b}'));
}

#[test]
fn trend_bromley_2005_to_2011_with_sources() {
    let t: Trend = serde_json::from_str(&run(&["trend", "bromley", "--format", "json"])).unwrap();
    assert_eq!(t.years, (2005..=2011).collect::<Vec<_>>());
    assert_eq!(t.reports.len(), 4, "Bromley's four sample documents");
    let cs = t
        .lines
        .iter()
        .find(|l| l.scope == Scope::None && l.area == Area::ChildrensServices)
        .unwrap();
    let levels: Vec<Option<Level>> = cs
        .cells
        .iter()
        .map(|c| c.as_ref().and_then(|s| s.level()))
        .collect();
    use Level::*;
    assert_eq!(
        levels,
        [
            Some(Good),
            Some(Adequate),
            Some(Adequate),
            Some(Good),
            Some(Good),
            Some(Good),
            Some(Good)
        ]
    );
    // 2006 and 2008 are each given by two documents that agree.
    assert_eq!(cs.cells[1].as_ref().unwrap().values.len(), 2);
    assert_eq!(t.conflicts, 0);
    let table = run(&["trend", "bromley"]);
    assert!(table.starts_with("Bromley: 2005-2011\n"));
    assert!(table.contains("No two sources disagree."));
    snapshot("trend-bromley.txt", &table);
}

#[test]
fn trend_marks_disagreeing_sources() {
    let dir = tempfile::tempdir().unwrap();
    let plan = std::fs::read_to_string("fixtures/bromley-2009-2011-children-plan.txt").unwrap();
    // Another copy of the plan that prints a different 2007 grade for being healthy.
    let changed = plan.replacen(
        "| Being healthy | 2 | 2 | 3 |",
        "| Being healthy | 2 | 3 | 3 |",
        1,
    );
    assert_ne!(plan, changed);
    std::fs::write(dir.path().join("a.txt"), plan).unwrap();
    std::fs::write(dir.path().join("b.txt"), changed).unwrap();
    let t: Trend = serde_json::from_str(&run(&[
        "trend",
        "bromley",
        "--dir",
        dir.path().to_str().unwrap(),
        "--format",
        "json",
    ]))
    .unwrap();
    assert_eq!(t.conflicts, 1);
    let healthy = t
        .lines
        .iter()
        .find(|l| l.area == Area::BeingHealthy)
        .unwrap();
    let y2007 = healthy.cells[t.years.iter().position(|&y| y == 2007).unwrap()]
        .as_ref()
        .unwrap();
    assert!(y2007.conflict);
    assert_eq!(y2007.values.len(), 2);
    let table = run(&["trend", "bromley", "--dir", dir.path().to_str().unwrap()]);
    assert!(table.contains("sources disagree"));
}

#[test]
fn grades_filters_and_matrix() {
    let rows: Vec<apa::analysis::GradeRow> = serde_json::from_str(&run(&[
        "grades",
        "--council",
        "LB Bromley",
        "--year",
        "2010",
        "--format",
        "json",
    ]))
    .unwrap();
    // 33 from the 2010 inspection; the council paper's rating sustained in 2010.
    assert_eq!(rows.len(), 34);
    assert!(
        rows.iter()
            .all(|r| r.council == "Bromley" && r.year == Some(2010))
    );
    assert_eq!(
        rows.iter()
            .filter(|r| r.kind == DocumentKind::SafeguardingLacInspection)
            .count(),
        33
    );
    let rows: Vec<apa::analysis::GradeRow> = serde_json::from_str(&run(&[
        "grades",
        "--kind",
        "apa_letter",
        "--format",
        "json",
    ]))
    .unwrap();
    assert_eq!(rows.len(), 8);
    let matrix = run(&["grades", "--matrix", "--kind", "apa_letter"]);
    // Councils down, judgements across, in the framework's order.
    let cells = |council: &str| -> Vec<String> {
        let line = matrix.lines().find(|l| l.contains(council)).unwrap();
        line.split(['│', '┆'])
            .map(|c| c.trim().to_string())
            .filter(|c| !c.is_empty())
            .collect()
    };
    assert!(matrix.lines().nth(1).unwrap().contains("Social care"));
    assert_eq!(
        cells("Bexley 2005"),
        [
            "Bexley 2005",
            "4 (outstanding)",
            "3 (good)",
            "4 (outstanding)",
            "4 (outstanding)"
        ]
    );
    assert_eq!(
        cells("Bromley 2005"),
        [
            "Bromley 2005",
            "2 (adequate)",
            "3 (good)",
            "3 (good)",
            "3 (good)"
        ]
    );
    let first = |name: &str| matrix.find(name).unwrap();
    assert!(first("Bexley") < first("Bromley"), "Bexley before Bromley");
    snapshot("grades-matrix-apa-letters.txt", &matrix);
}

#[test]
fn councils_registry() {
    let out = run(&["councils", "--region", "london", "--format", "csv"]);
    assert!(
        out.lines()
            .next()
            .unwrap()
            .starts_with("name,la_code,ons_code,region")
    );
    assert!(out.contains("\nBromley,305,E09000006,London,London Borough,"));
    assert_eq!(out.lines().count(), 34, "33 London councils and the header");
    let all = run(&["councils", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&all).unwrap();
    let names: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"Northamptonshire") && names.contains(&"Cumbria"));
}

#[test]
fn a_council_named_twice_and_a_file_saved_twice_count_once() {
    let tmp = tempfile::tempdir().unwrap();
    for name in ["bromley.txt", "bromley-copy.txt"] {
        std::fs::copy(
            "fixtures/bromley-2005-apa-letter.txt",
            tmp.path().join(name),
        )
        .unwrap();
    }
    std::fs::copy(
        "fixtures/bexley-2005-apa-letter.txt",
        tmp.path().join("bexley.txt"),
    )
    .unwrap();
    let out = common::apa()
        .args([
            "compare",
            "bromley",
            "bexley",
            "LB Bromley",
            "--format",
            "json",
            "--dir",
        ])
        .arg(tmp.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    let cmp: apa::analysis::compare::Comparison = serde_json::from_slice(&out.stdout).unwrap();
    let councils: Vec<&str> = cmp.columns.iter().map(|c| c.council.as_str()).collect();
    assert_eq!(councils, ["Bromley", "Bexley"]);
    assert_eq!(cmp.reports.len(), 2, "{:?}", cmp.reports);
    let bromley_items: usize = cmp
        .findings
        .iter()
        .map(|l| l.cells[0].areas_for_improvement.len())
        .sum();
    assert_eq!(bromley_items, 14, "each area for improvement once");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("has the same content as"), "{stderr}");
}

#[test]
fn reports_given_as_paths_after_the_councils() {
    let by_dir = common::stdout_of(
        common::apa(),
        &[
            "compare", "bromley", "bexley", "--format", "json", "--dir", "fixtures",
        ],
    );
    let by_path = common::stdout_of(
        common::apa(),
        &[
            "compare", "bromley", "bexley", "fixtures", "--format", "json",
        ],
    );
    assert_eq!(by_dir, by_path);
    let trend = common::stdout_of(
        common::apa(),
        &["trend", "bromley", "fixtures", "--format", "json"],
    );
    let t: apa::analysis::trend::Trend = serde_json::from_str(&trend).unwrap();
    assert_eq!(t.years.first(), Some(&2005));
    // A path that does not exist is said to be one.
    let out = common::apa()
        .args(["compare", "bromley", "pdf/"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("'pdf/' looks like a path to reports"), "{err}");
}

#[test]
fn compare_exports_every_section() {
    let csv = common::stdout_of(
        common::apa(),
        &["compare", "bromley", "bexley", "--format", "csv"],
    );
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("section,council,year,heading,text,level,score,conflict,source")
    );
    let count = |section: &str| {
        csv.lines()
            .filter(|l| l.starts_with(&format!("{section},")))
            .count()
    };
    // The 2005 letters: four grades each, their strengths and areas for
    // improvement, and the weaknesses they share.
    assert_eq!(count("grade"), 8);
    assert_eq!(count("strength"), 25);
    assert_eq!(count("area_for_improvement"), 22);
    assert!(count("shared_weakness") >= 8);
    let jsonl = common::stdout_of(
        common::apa(),
        &["compare", "bromley", "bexley", "--format", "jsonl"],
    );
    assert_eq!(jsonl.lines().count(), csv.lines().count() - 1);
    assert!(jsonl.lines().all(|l| l.contains(&format!(
        "\"schema_version\":{}",
        apa::model::SCHEMA_VERSION
    ))));
}

/// `compare` and `trend` are laid out once, as sections: their markdown has a
/// heading for every section title the table prints, and the same rows.
#[test]
fn table_and_markdown_say_the_same() {
    for args in [
        &["compare", "bromley", "bexley"][..],
        &["trend", "bromley"][..],
    ] {
        let table = run(args);
        let mut md_args = args.to_vec();
        md_args.extend(["--format", "markdown"]);
        let markdown = run(&md_args);
        let titles = [
            "Grades",
            "Strengths and areas for improvement",
            "Weaknesses in common",
            "Reports used",
            "Sources",
            "Letters between inspections",
        ];
        for t in titles {
            let in_table = table.lines().any(|l| l.starts_with(t));
            let in_markdown = markdown.lines().any(|l| l.starts_with(&format!("## {t}")));
            assert_eq!(in_table, in_markdown, "{args:?}: section {t}");
        }
        // Every judgement row of the table is a row of the markdown.
        for label in ["Social care", "Children's services", "Capacity to improve"] {
            assert_eq!(
                table.contains(label),
                markdown.contains(&format!("| {label} |")),
                "{args:?}: {label}"
            );
        }
    }
}

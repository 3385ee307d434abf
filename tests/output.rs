//! Output an analyst can use as it is: tables that fit 60, 120 and 200
//! columns without breaking a code or a source, the wide matrix CSV, every
//! section of a comparison in CSV, councils by their everyday names, and
//! neighbours (Barnsley and Sheffield among them). Snapshots under
//! tests/snapshots; `UPDATE_GOLDEN=1 cargo test --test output` rewrites them.

mod common;

use common::{apa, snapshot, stdout_of};

/// A table as its cells: one `Vec` per printed line, one entry per column.
fn cells(table: &str) -> Vec<Vec<String>> {
    table
        .lines()
        .filter(|l| l.starts_with('│'))
        .map(|l| {
            l.trim_matches('│')
                .split('┆')
                .map(|c| c.trim().to_string())
                .collect()
        })
        .collect()
}

fn at_width(width: usize, args: &[&str]) -> String {
    let mut c = apa();
    c.env("COLUMNS", width.to_string());
    let out = c.args(args).output().unwrap();
    assert!(out.status.code() != Some(2), "apa {args:?}");
    String::from_utf8(out.stdout).unwrap()
}

const LEVEL_WORDS: [&str; 7] = [
    "outstanding",
    "good",
    "adequate",
    "inadequate",
    "positive",
    "inconsistent",
    "systemic failings",
];
const LEVEL_CODES: [&str; 7] = ["O", "G", "RI", "I", "P", "IC", "SF"];

#[test]
fn tables_fit_60_120_and_200_columns() {
    let commands: [&[&str]; 10] = [
        &["grades"],
        &["grades", "--matrix"],
        &["findings"],
        &["inspections"],
        &["inspections", "--summary"],
        &["compare", "bromley", "bexley"],
        &["trend", "bromley"],
        &["themes"],
        &["check", "fixtures"],
        &["parse", "--format", "table"],
    ];
    for width in [60, 120, 200] {
        for args in commands {
            let out = at_width(width, args);
            assert!(!out.is_empty(), "apa {args:?} at {width}");
            for line in out.lines() {
                assert!(
                    line.chars().count() <= width,
                    "apa {args:?} at {width}: a line of {} characters\n{line}",
                    line.chars().count()
                );
            }
        }
    }
}

#[test]
fn no_source_or_level_is_broken_mid_word() {
    let csv = stdout_of(apa(), &["grades", "--format", "csv"]);
    let sources: Vec<String> = csv
        .lines()
        .skip(1)
        .map(|l| l.rsplit(',').next().unwrap().replace("sample:", ""))
        .collect();
    for width in [60, 120, 200] {
        let table = at_width(width, &["grades"]);
        snapshot(&format!("grades-{width}.txt"), &table);
        let rows = cells(&table);
        let header = &rows[0];
        let level = header.iter().position(|h| h == "level").unwrap();
        let source = header.iter().position(|h| h == "source");
        assert_eq!(width == 60, source.is_none(), "at {width}");
        for row in &rows[1..] {
            let l = row[level].as_str();
            assert!(
                l.is_empty() || LEVEL_WORDS.contains(&l) || LEVEL_CODES.contains(&l),
                "a level cut at {width}: {l:?}"
            );
            if let Some(s) = source.map(|i| row[i].as_str()).filter(|s| !s.is_empty()) {
                let tail = s.trim_start_matches('…');
                assert!(
                    sources.iter().any(|full| full.ends_with(tail)),
                    "a source broken at {width}: {s:?}"
                );
            }
        }
    }
    // Where a source is shortened, from the left, after a separator.
    let table = at_width(120, &["findings"]);
    let rows = cells(&table);
    let source = rows[0].iter().position(|h| h == "source").unwrap();
    for row in &rows[1..] {
        let s = &row[source];
        assert!(s.is_empty() || s.contains(".txt:"), "{s:?}");
    }
}

#[test]
fn narrow_tables_say_what_they_leave_out_and_keep_the_key() {
    let mut c = apa();
    let out = c.env("COLUMNS", "60").args(["grades"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("the table leaves out kind, scope, grade, source to fit 60 columns"),
        "{stderr}"
    );
    let matrix = at_width(60, &["grades", "--matrix"]);
    assert!(matrix.contains("Levels: O outstanding, G good, RI requires improvement"));
    // Parts of a matrix each start with the councils.
    let parts = matrix.matches("│ Council").count();
    assert!(parts > 1, "{matrix}");
    assert_eq!(matrix.matches("│ Bromley 2005").count(), parts);
}

#[test]
fn the_matrix_as_a_wide_csv() {
    let csv = stdout_of(apa(), &["grades", "--matrix", "--format", "csv"]);
    let mut lines = csv.lines();
    let header = lines.next().unwrap();
    assert!(
        header.starts_with(
            "council,year,social_care,education,childrens_services,capacity_to_improve,"
        ),
        "{header}"
    );
    assert!(header.contains(",safeguarding_overall_effectiveness,"));
    assert!(header.contains(",looked_after_overall_effectiveness,"));
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 8, "Bexley 2005 and Bromley 2005-2011");
    assert!(rows[0].starts_with("Bexley,2005,outstanding,good,outstanding,outstanding,"));
    let columns = header.split(',').count();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    for r in reader.records() {
        assert_eq!(r.unwrap().len(), columns);
    }
    snapshot("grades-matrix.csv", &csv);
}

#[test]
fn compare_in_csv_carries_every_section() {
    let csv = stdout_of(apa(), &["compare", "bromley", "bexley", "--format", "csv"]);
    let sections: std::collections::BTreeSet<&str> = csv
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert_eq!(
        sections.into_iter().collect::<Vec<_>>(),
        [
            "area_for_improvement",
            "grade",
            "shared_weakness",
            "strength"
        ]
    );
    snapshot("compare-bromley-bexley.csv", &csv);
}

#[test]
fn councils_by_their_everyday_names() {
    for (given, council) in [
        ("Stockton", "Stockton-on-Tees"),
        ("Brighton", "Brighton and Hove"),
        ("Kingston", "Kingston upon Thames"),
        ("Richmond", "Richmond upon Thames"),
        ("Kensington", "Kensington and Chelsea"),
        ("Hammersmith", "Hammersmith and Fulham"),
        ("Newcastle", "Newcastle upon Tyne"),
        ("Hull", "Kingston Upon Hull"),
        ("Southend", "Southend-on-Sea"),
        ("Blackburn", "Blackburn with Darwen"),
        ("Bath", "Bath and North East Somerset"),
        ("BANES", "Bath and North East Somerset"),
        ("Windsor", "Windsor and Maidenhead"),
        ("Barking", "Barking and Dagenham"),
        ("Northants", "Northamptonshire"),
        ("Telford", "Telford and Wrekin"),
    ] {
        // No report about them among the samples: "nothing found", named.
        let out = apa().args(["trend", given]).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{given}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains(&format!("no report about {council} ")),
            "{given}: {stderr}"
        );
    }
    let out = apa().args(["trend", "cheshire"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("did you mean Cheshire East or Cheshire West and Chester?")
    );
}

#[test]
fn neighbours_include_barnsley_and_sheffield() {
    let json = stdout_of(apa(), &["councils", "--format", "json"]);
    let councils: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    let neighbours = |name: &str| -> Vec<String> {
        let c = councils.iter().find(|c| c["name"] == name).unwrap();
        c["neighbours"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n.as_str().unwrap().to_string())
            .collect()
    };
    assert!(neighbours("Rotherham").contains(&"Barnsley".to_string()));
    assert!(neighbours("Kirklees").contains(&"Sheffield".to_string()));
    // --neighbours chooses them wherever councils are chosen: Kirklees's
    // include Sheffield, whose report is in the corpus.
    let Some(dir) = common::corpus() else { return };
    let pdf = dir.join("pdf");
    let pdf = pdf.to_str().unwrap();
    for command in [
        &["grades", "--council"][..],
        &["inspections", "--council"],
        &["findings", "--council"],
        &["trend"],
    ] {
        let mut args = command.to_vec();
        args.extend(["kirklees", "--neighbours", "--format", "csv", pdf]);
        // The corpus holds a web page saved as .pdf: named on stderr, exit 2.
        let out = apa().args(&args).output().unwrap();
        let out = String::from_utf8(out.stdout).unwrap();
        assert!(out.lines().any(|l| l.starts_with("Sheffield,")), "{args:?}");
    }
}

#[test]
fn the_latest_inspection_of_every_council_summarised() {
    let Some(dir) = common::corpus() else { return };
    let mut c = apa();
    let out = c
        .env("COLUMNS", "120")
        .args(["inspections", "--latest", "--summary"])
        .arg(dir.join("pdf"))
        .output()
        .unwrap();
    let table = String::from_utf8(out.stdout).unwrap();
    let rows = cells(&table);
    assert_eq!(rows[0], ["group", "judgement", "level", "count", "share"]);
    assert!(
        rows.iter()
            .any(|r| r[0] == "England" && r[1] == "overall effectiveness" && r[2] == "outstanding")
    );
    snapshot("inspections-latest-summary.txt", &table);
}

#[test]
fn completions_for_bash_zsh_and_fish() {
    for shell in ["bash", "zsh", "fish"] {
        let script = stdout_of(apa(), &["completions", shell]);
        for flag in ["neighbours", "region", "finding", "matrix", "latest"] {
            assert!(script.contains(flag), "{shell}: {flag}");
        }
        snapshot(&format!("completions.{shell}"), &script);
    }
}

#[test]
fn every_json_record_carries_the_schema_version() {
    let commands: [&[&str]; 12] = [
        &["grades"],
        &["grades", "--matrix"],
        &["findings"],
        &["inspections"],
        &["inspections", "--summary"],
        &["themes"],
        &["councils"],
        &["check", "fixtures"],
        &["parse"],
        &["trend", "bromley"],
        &["compare", "bromley", "bexley"],
        &["cache", "info"],
    ];
    let version = serde_json::json!(apa::model::SCHEMA_VERSION);
    for args in commands {
        for format in ["json", "jsonl"] {
            let mut a = args.to_vec();
            a.extend(["--format", format]);
            let out = stdout_of(apa(), &a);
            let values: Vec<serde_json::Value> = if format == "jsonl" {
                out.lines()
                    .map(|l| serde_json::from_str(l).unwrap())
                    .collect()
            } else {
                match serde_json::from_str(&out).unwrap() {
                    serde_json::Value::Array(v) => v,
                    v => vec![v],
                }
            };
            assert!(!values.is_empty(), "{a:?}");
            for v in values {
                assert_eq!(v["schema_version"], version, "{a:?}: {v}");
            }
        }
    }
}

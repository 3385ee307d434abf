//! `apa export xlsx`, read back: every sheet with its header, typed cells
//! (dates as dates, numbers as numbers), row counts equal to what
//! `apa inspections`, `grades` and `findings` print, frozen headers,
//! autofilters and levels filled by colour.

mod common;

use apa::analysis::inspections::{InspectionRow, SummaryRow};
use calamine::{Data, Reader, Xlsx, open_workbook};
use common::apa;
use std::io::Read;
use std::path::Path;

fn header(range: &calamine::Range<Data>) -> Vec<String> {
    range
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect()
}

fn column(range: &calamine::Range<Data>, name: &str) -> usize {
    header(range).iter().position(|h| h == name).unwrap()
}

/// The XML of a sheet inside the workbook (calamine reads values, not panes).
fn sheet_xml(path: &Path, n: usize) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut xml = String::new();
    zip.by_name(&format!("xl/worksheets/sheet{n}.xml"))
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

/// Exports `inputs` and checks the workbook against the commands' own output.
fn check_workbook(inputs: &[&str]) -> std::path::PathBuf {
    let dir = tempfile::tempdir().unwrap().keep();
    let path = dir.join("inspections.xlsx");
    let mut args = vec!["export", "xlsx"];
    args.extend(inputs);
    args.extend(["-o", path.to_str().unwrap()]);
    let out = apa().args(&args).output().unwrap();
    assert!(path.is_file(), "{}", String::from_utf8_lossy(&out.stderr));

    let mut book: Xlsx<_> = open_workbook(&path).unwrap();
    assert_eq!(
        book.sheet_names(),
        [
            "README",
            "Inspections",
            "Latest",
            "Grades",
            "Findings",
            "Summary",
            "Sources"
        ]
    );
    let with = |cmd: &[&str]| -> Vec<String> {
        let mut a: Vec<String> = cmd.iter().map(|s| s.to_string()).collect();
        a.extend(inputs.iter().map(|s| s.to_string()));
        a
    };
    let run = |cmd: &[&str]| -> String {
        let a = with(cmd);
        let out = apa().args(&a).output().unwrap();
        String::from_utf8(out.stdout).unwrap()
    };

    // Inspections: `apa inspections`'s columns and rows, dates as dates.
    let inspections: Vec<InspectionRow> =
        serde_json::from_str(&run(&["inspections", "--format", "json"])).unwrap();
    let sheet = book.worksheet_range("Inspections").unwrap();
    let csv_header = run(&["inspections", "--format", "csv"]);
    let csv_header = csv_header.lines().next().unwrap();
    assert_eq!(header(&sheet).join(","), csv_header);
    assert_eq!(sheet.height() - 1, inspections.len());
    let end = column(&sheet, "inspection_end");
    let year = column(&sheet, "year");
    let afi = column(&sheet, "areas_for_improvement");
    for (row, expected) in sheet.rows().skip(1).zip(&inspections) {
        assert_eq!(row[0].to_string(), expected.council);
        match expected.inspection_end {
            Some(_) => assert!(matches!(row[end], Data::DateTime(_)), "{:?}", row[end]),
            None => assert!(matches!(row[end], Data::Empty | Data::String(_))),
        }
        if let Some(y) = expected.year {
            assert_eq!(row[year], Data::Float(f64::from(y)));
        }
        assert_eq!(row[afi], Data::Float(expected.areas_for_improvement as f64));
    }

    // Latest, Grades and Findings: as many rows as the commands print.
    let latest: Vec<InspectionRow> =
        serde_json::from_str(&run(&["inspections", "--latest", "--format", "json"])).unwrap();
    assert_eq!(
        book.worksheet_range("Latest").unwrap().height() - 1,
        latest.len()
    );
    let grades: Vec<serde_json::Value> =
        serde_json::from_str(&run(&["grades", "--format", "json"])).unwrap();
    let sheet = book.worksheet_range("Grades").unwrap();
    assert_eq!(sheet.height() - 1, grades.len());
    let score = column(&sheet, "score");
    assert!(
        sheet
            .rows()
            .skip(1)
            .any(|r| matches!(r[score], Data::Float(_)))
    );
    let findings: Vec<serde_json::Value> =
        serde_json::from_str(&run(&["findings", "--format", "json"])).unwrap();
    let sheet = book.worksheet_range("Findings").unwrap();
    assert_eq!(sheet.height() - 1, findings.len());
    // Each sheet has the columns of the command that lists its rows, a source
    // as its file, page, line and URL: both are made from one list of columns.
    let as_sheet = |csv: String| {
        csv.lines()
            .next()
            .unwrap()
            .replace("source", "file,page,line,url")
    };
    assert_eq!(
        header(&sheet).join(","),
        as_sheet(run(&["findings", "--format", "csv"]))
    );
    assert_eq!(
        header(&book.worksheet_range("Grades").unwrap()).join(","),
        as_sheet(run(&["grades", "--format", "csv"]))
    );
    assert_eq!(
        header(&book.worksheet_range("Summary").unwrap()).join(","),
        as_sheet(run(&[
            "inspections",
            "--latest",
            "--summary",
            "--format",
            "csv"
        ]))
    );

    // Summary: England and each region, as `inspections --latest --summary`.
    let national: Vec<SummaryRow> = serde_json::from_str(&run(&[
        "inspections",
        "--latest",
        "--summary",
        "--format",
        "json",
    ]))
    .unwrap();
    let regional: Vec<SummaryRow> = serde_json::from_str(&run(&[
        "inspections",
        "--latest",
        "--summary",
        "--by",
        "region",
        "--format",
        "json",
    ]))
    .unwrap();
    let sheet = book.worksheet_range("Summary").unwrap();
    assert_eq!(sheet.height() - 1, national.len() + regional.len());
    let share = column(&sheet, "share");
    assert!(matches!(
        sheet.rows().nth(1).unwrap()[share],
        Data::Float(_)
    ));

    // Sources: every grade and finding, with its file, line and (from the
    // library) Ofsted's URL.
    let sheet = book.worksheet_range("Sources").unwrap();
    assert_eq!(sheet.height() - 1, grades.len() + findings.len());
    assert_eq!(
        header(&sheet),
        [
            "sheet", "row", "council", "year", "value", "file", "page", "line", "url"
        ]
    );

    // The README names every column of every sheet.
    let readme = book.worksheet_range("README").unwrap();
    let named: Vec<(String, String)> = readme
        .rows()
        .map(|r| (r[0].to_string(), r[1].to_string()))
        .collect();
    for name in ["Inspections", "Grades", "Findings", "Summary", "Sources"] {
        let sheet = book.worksheet_range(name).unwrap();
        for h in header(&sheet) {
            assert!(
                named.contains(&(name.to_string(), h.clone())),
                "README: {name} {h}"
            );
        }
    }

    // Frozen header rows, autofilters, levels filled by colour.
    for n in 2..=7 {
        let xml = sheet_xml(&path, n);
        assert!(xml.contains("state=\"frozen\""), "sheet {n}");
        assert!(xml.contains("<autoFilter"), "sheet {n}");
    }
    for n in [2, 3, 4, 6] {
        let xml = sheet_xml(&path, n);
        assert!(xml.contains("<conditionalFormatting"), "sheet {n}");
        assert!(
            xml.contains("<formula>\"outstanding\"</formula>"),
            "sheet {n}"
        );
    }
    path
}

#[test]
fn the_workbook_of_the_samples() {
    let path = check_workbook(&["fixtures"]);
    let _ = std::fs::remove_dir_all(path.parent().unwrap());
}

#[test]
fn the_workbook_of_the_corpus() {
    let Some(dir) = common::corpus() else { return };
    let pdf = dir.join("pdf");
    let path = check_workbook(&[pdf.to_str().unwrap()]);
    let _ = std::fs::remove_dir_all(path.parent().unwrap());
}

#[test]
fn the_output_must_be_a_workbook() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("report.pdf");
    std::fs::write(&report, "not to be overwritten").unwrap();
    let out = apa()
        .args(["export", "xlsx", "fixtures", "-o"])
        .arg(&report)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("must end in .xlsx"));
    assert_eq!(
        std::fs::read_to_string(&report).unwrap(),
        "not to be overwritten"
    );
}

/// An output is written whole or not at all: never into a missing folder,
/// never over one of the inputs, each run through a temporary file of its
/// own (two runs at once both leave a whole workbook; a `.part` link left
/// lying there is never followed).
#[test]
fn outputs_are_whole_or_absent() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no/such/folder/out.xlsx");
    let out = common::apa()
        .args(["export", "xlsx", "-o"])
        .arg(&missing)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("there is no folder"));

    let page = dir.path().join("page.html");
    std::fs::write(&page, "<html>mine</html>").unwrap();
    let out = common::apa()
        .arg("report")
        .arg(&page)
        .arg("-o")
        .arg(&page)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is one of the inputs"));
    assert_eq!(std::fs::read_to_string(&page).unwrap(), "<html>mine</html>");

    let book = dir.path().join("same.xlsx");
    let victim = dir.path().join("victim.txt");
    std::fs::write(&victim, "untouched").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(&victim, dir.path().join("same.xlsx.part")).unwrap();
    for _ in 0..3 {
        let runs: Vec<std::process::Child> = (0..2)
            .map(|_| {
                std::process::Command::new(assert_cmd::cargo::cargo_bin("apa"))
                    .args(["export", "xlsx", "-o"])
                    .arg(&book)
                    .env("NO_COLOR", "1")
                    .env_remove("APA_REPORTS")
                    .stderr(std::process::Stdio::null())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for mut r in runs {
            assert!(r.wait().unwrap().success());
        }
        let mut wb: calamine::Xlsx<_> = calamine::open_workbook(&book).unwrap();
        assert!(wb.worksheet_range("Inspections").is_ok());
    }
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "untouched");
    let parts = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".part"))
        .count();
    assert_eq!(
        parts,
        usize::from(cfg!(unix)),
        "only the link laid there is left"
    );
}

/// A finding longer than an Excel cell holds is cut there with a note naming
/// its file; the export goes on (it aborted, naming no file).
#[test]
fn a_text_longer_than_a_cell_is_cut_not_fatal() {
    let dir = tempfile::tempdir().unwrap();
    let letter = std::fs::read_to_string("fixtures/bexley-2005-apa-letter.txt")
        .unwrap()
        .replace(
            "successful Healthy Schools programme",
            &format!(
                "successful Healthy Schools programme {}",
                "word ".repeat(8000)
            ),
        );
    let file = dir.path().join("long.txt");
    std::fs::write(&file, letter).unwrap();
    let book = dir.path().join("out.xlsx");
    let out = common::apa()
        .args(["export", "xlsx", "--no-cache"])
        .arg(&file)
        .arg("-o")
        .arg(&book)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("long.txt: sheet Findings"), "{stderr}");
    assert!(stderr.contains("more than a cell holds (32767); cut there"));
    let mut wb: Xlsx<_> = open_workbook(&book).unwrap();
    let findings = wb.worksheet_range("Findings").unwrap();
    let longest = findings
        .rows()
        .flat_map(|r| r.iter().map(|c| c.to_string().chars().count()))
        .max()
        .unwrap();
    assert_eq!(longest, 32_767);
}

/// A path that does not exist is an error, and no empty workbook or page is
/// written after it.
#[test]
fn nothing_is_written_from_nothing() {
    let dir = tempfile::tempdir().unwrap();
    for (cmd, file) in [("export", "out.xlsx"), ("report", "out.html")] {
        let out_file = dir.path().join(file);
        let mut c = common::apa();
        c.arg(cmd);
        if cmd == "export" {
            c.arg("xlsx");
        }
        let out = c
            .arg(dir.path().join("no-such-folder"))
            .arg("-o")
            .arg(&out_file)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{cmd}");
        assert!(!out_file.exists(), "{cmd} wrote {}", out_file.display());
        assert!(!String::from_utf8_lossy(&out.stderr).contains("wrote"));
    }
}

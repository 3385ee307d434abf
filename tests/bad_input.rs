//! Bad input never breaks a run: each bad file gets one clear line naming it and
//! what is wrong, the other files are still read, nothing panics, nothing is
//! written into the user's folder, and the output is the same however the files
//! lie on disk.

mod common;
use common::apa;

use apa::analysis::GradeRow;
use apa::analysis::check::{CheckResult, Problem, Status};
use apa::model::{Area, Level, Scope};
use std::collections::BTreeMap;
use std::path::Path;

fn seed(name: &str) -> String {
    std::fs::read_to_string(Path::new("fixtures").join(name)).unwrap()
}

/// Windows-1252 bytes for the characters the seeds use.
fn windows_1252(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| match c {
            c if c.is_ascii() => c as u8,
            '’' => 0x92,
            '‘' => 0x91,
            '“' => 0x93,
            '”' => 0x94,
            '•' => 0x95,
            '–' => 0x96,
            '—' => 0x97,
            '£' => 0xA3,
            'é' => 0xE9,
            _ => b'?',
        })
        .collect()
}

fn utf16_le_bom(s: &str) -> Vec<u8> {
    let mut b = vec![0xFF, 0xFE];
    for u in s.encode_utf16() {
        b.extend_from_slice(&u.to_le_bytes());
    }
    b
}

/// A folder holding the seeds (two re-encoded) and every kind of bad input.
fn mixed_folder(dir: &Path) {
    let w = |name: &str, bytes: &[u8]| std::fs::write(dir.join(name), bytes).unwrap();
    w(
        "bromley-2005.txt",
        seed("bromley-2005-apa-letter.txt").as_bytes(),
    );
    w(
        "bexley-2005-cp1252.txt",
        &windows_1252(&seed("bexley-2005-apa-letter.txt")),
    );
    w(
        "inspection-2010-utf16.txt",
        &utf16_le_bom(&seed("bromley-2010-safeguarding-lac-inspection.txt")),
    );
    w(
        "council-paper-crlf.txt",
        seed("bromley-2012-council-report-apa-2011.txt")
            .replace('\n', "\r\n")
            .as_bytes(),
    );
    w(
        "plan.txt",
        seed("bromley-2009-2011-children-plan.txt").as_bytes(),
    );
    w("empty.txt", b"");
    let noise: Vec<u8> = (0..65536u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    w("noise.pdf", &noise);
    w("noise.txt", &noise);
    w(
        "page.pdf",
        b"<!DOCTYPE html>\n<html><head><title>Not found</title></head><body>404</body></html>\n",
    );
    let real = std::fs::read("tests/reports/80490_bromley__csi_-_12_january_2024.pdf").unwrap();
    w("truncated.pdf", &real[..real.len() / 3]);
    w(
        "encrypted.pdf",
        &std::fs::read("tests/bad-input/encrypted.pdf").unwrap(),
    );
    w(
        "scanned.pdf",
        &std::fs::read("tests/bad-input/no-text.pdf").unwrap(),
    );
    w(
        "README.txt",
        b"# Notes\n\nThis folder holds the reports we downloaded.\n",
    );
    let big: String =
        "This line is not an inspection report, only filler text.\n".repeat(50 * 1024 * 1024 / 58);
    w("big.txt", big.as_bytes());
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(dir.join("no-such-target.pdf"), dir.join("dangling.pdf"))
            .unwrap();
        std::os::unix::fs::symlink(dir, dir.join("loop")).unwrap();
    }
}

fn listing(dir: &Path) -> BTreeMap<String, (u64, std::time::SystemTime)> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let m = std::fs::symlink_metadata(e.path()).unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                (m.len(), m.modified().unwrap()),
            )
        })
        .collect()
}

#[test]
fn a_folder_of_bad_input_still_yields_every_seed() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    mixed_folder(dir);
    let before = listing(dir);

    let out = apa()
        .args(["grades", "--format", "json"])
        .arg(dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "failed inputs exit 2");
    let rows: Vec<GradeRow> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        rows.len(),
        70,
        "every seed's judgements, whatever its encoding"
    );
    let social = rows
        .iter()
        .find(|r| r.council == "Bexley" && r.area == apa::model::Area::SocialCare)
        .unwrap();
    assert_eq!(social.level, Some(apa::model::Level::Outstanding));

    let stderr = String::from_utf8(out.stderr).unwrap();
    let expect = [
        ("empty.txt", "empty file"),
        ("noise.pdf", "not a PDF"),
        ("noise.txt", "binary data, not a PDF or text file"),
        (
            "page.pdf",
            "not a PDF: the file is named .pdf but starts with '<!DOCTYPE html'",
        ),
        ("truncated.pdf", "damaged or truncated PDF"),
        ("encrypted.pdf", "encrypted PDF"),
        ("scanned.pdf", "no text layer"),
        ("README.txt", "not an inspection report"),
        ("big.txt", "not an inspection report"),
        ("dangling.pdf", "no such file or folder"),
        ("loop", "symbolic link loop"),
    ];
    for (file, what) in expect {
        let line = stderr
            .lines()
            .find(|l| l.contains(&format!("{file}:")))
            .unwrap_or_else(|| panic!("no line for {file}:\n{stderr}"));
        assert!(
            line.starts_with("apa: error: ") && line.contains(what),
            "{file}: {line}"
        );
    }
    assert_eq!(
        stderr.lines().count(),
        expect.len(),
        "one line per bad input:\n{stderr}"
    );
    assert!(!stderr.contains("panicked"));
    assert_eq!(
        listing(dir),
        before,
        "nothing is written into the user's folder"
    );
}

/// `apa check ARGS --format json`: its exit code and its results.
fn check_json(args: &[&str]) -> (Option<i32>, Vec<CheckResult>) {
    let out = apa()
        .arg("check")
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let results = serde_json::from_slice(&out.stdout).unwrap();
    (out.status.code(), results)
}

#[test]
fn check_lists_each_file_and_its_problem() {
    let tmp = tempfile::tempdir().unwrap();
    mixed_folder(tmp.path());
    let (code, results) = check_json(&[tmp.path().to_str().unwrap()]);
    assert_eq!(code, Some(2), "an unreadable file is an I/O error");
    let status = |name: &str| {
        results
            .iter()
            .find(|r| r.file.ends_with(name))
            .map(|r| r.status)
    };
    for ok in [
        "bromley-2005.txt",
        "bexley-2005-cp1252.txt",
        "inspection-2010-utf16.txt",
        "council-paper-crlf.txt",
        "plan.txt",
    ] {
        assert_eq!(status(ok), Some(Status::Ok), "{ok}");
    }
    for bad in [
        "empty.txt",
        "noise.pdf",
        "page.pdf",
        "truncated.pdf",
        "encrypted.pdf",
        "README.txt",
        "big.txt",
    ] {
        assert_eq!(status(bad), Some(Status::Unreadable), "{bad}");
    }
}

#[test]
fn check_exit_codes_and_policy() {
    let ok = apa().args(["check", "fixtures"]).output().unwrap();
    assert_eq!(
        ok.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&ok.stdout)
    );
    let (code, results) = check_json(&["fixtures", "--fail-below", "good"]);
    assert_eq!(code, Some(1));
    let bromley = results
        .iter()
        .find(|r| r.file.ends_with("bromley-2005-apa-letter.txt"))
        .unwrap();
    assert_eq!(
        bromley.problems,
        [Problem::BelowPolicy {
            scope: Scope::None,
            area: Area::SocialCare,
            level: Level::Adequate,
            minimum: Level::Good
        }]
    );
    assert_eq!(
        bromley.problems[0].to_string(),
        "policy: social_care is adequate (below good)"
    );
    let bexley = results
        .iter()
        .find(|r| r.file.ends_with("bexley-2005-apa-letter.txt"))
        .unwrap();
    assert_eq!(bexley.status, Status::Ok);
    // A council gating on its own grades, on one area.
    let (code, results) = check_json(&[
        "fixtures",
        "--council",
        "bexley",
        "--fail-below",
        "outstanding",
        "--area",
        "education",
    ]);
    assert_eq!(code, Some(1));
    assert_eq!(results.len(), 1);
    assert_eq!(
        results[0].problems,
        [Problem::BelowPolicy {
            scope: Scope::None,
            area: Area::Education,
            level: Level::Good,
            minimum: Level::Outstanding
        }]
    );
    let usage = apa()
        .args(["check", "fixtures", "--fail-below", "great"])
        .output()
        .unwrap();
    assert_eq!(usage.status.code(), Some(2));
    let missing = apa().args(["check", "no-such-folder"]).output().unwrap();
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn check_corpus_and_fixtures() {
    if common::corpus().is_none() {
        return;
    }
    // The reports with truth files; corpus/classes holds documents misread on
    // purpose, by class, for the parser's work (their own tests say how).
    let (code, results) =
        check_json(&["../shared/corpus/pdf", "../shared/corpus/extra", "fixtures"]);
    assert_eq!(code, Some(1));
    let bad: Vec<&CheckResult> = results.iter().filter(|r| r.status != Status::Ok).collect();
    assert_eq!(bad.len(), 1, "{bad:#?}");
    assert!(
        bad[0]
            .file
            .ends_with("80490_bromley__csi_-_17_august_2012.pdf")
    );
    assert!(
        matches!(&bad[0].problems[0], Problem::Unreadable { message } if message.starts_with("not a PDF"))
    );
    // 33 reports, the HTML page, 26 more in extra/, and the five seeds.
    assert_eq!(results.len(), 33 + 1 + 26 + 5);

    // Without that file: exit 0.
    let tmp = tempfile::tempdir().unwrap();
    for e in ["pdf", "extra"]
        .iter()
        .flat_map(|d| std::fs::read_dir(Path::new("../shared/corpus").join(d)).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|e| e.extension().is_some_and(|x| x == "pdf"))
    {
        if !e.ends_with("80490_bromley__csi_-_17_august_2012.pdf") {
            std::fs::copy(&e, tmp.path().join(e.file_name().unwrap())).unwrap();
        }
    }
    let clean = apa()
        .arg("check")
        .arg(tmp.path())
        .arg("fixtures")
        .output()
        .unwrap();
    assert_eq!(
        clean.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&clean.stdout)
    );
}

#[test]
fn output_is_the_same_whatever_the_order_on_disk() {
    let names = ["c.txt", "a.txt", "b.txt"];
    let seeds = [
        "bromley-2005-apa-letter.txt",
        "bexley-2005-apa-letter.txt",
        "bromley-2009-2011-children-plan.txt",
    ];
    let one = tempfile::tempdir().unwrap();
    let two = tempfile::tempdir().unwrap();
    for (n, s) in names.iter().zip(seeds) {
        std::fs::write(one.path().join(n), seed(s)).unwrap();
    }
    for (n, s) in names.iter().zip(seeds).rev() {
        std::fs::write(two.path().join(n), seed(s)).unwrap();
    }
    for cmd in [
        ["parse", "--format", "json"],
        ["grades", "--format", "csv"],
        ["findings", "--format", "jsonl"],
    ] {
        let a = apa()
            .current_dir(one.path())
            .args(cmd)
            .arg(".")
            .output()
            .unwrap()
            .stdout;
        let b = apa()
            .current_dir(two.path())
            .args(cmd)
            .arg(".")
            .output()
            .unwrap()
            .stdout;
        assert!(!a.is_empty());
        assert_eq!(a, b, "{cmd:?}");
        let again = apa()
            .current_dir(one.path())
            .args(cmd)
            .arg(".")
            .output()
            .unwrap()
            .stdout;
        assert_eq!(a, again);
    }
}

#[test]
fn schema_describes_the_records() {
    let out = apa().arg("schema").output().unwrap();
    assert!(out.status.success());
    let schema: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(schema["title"], "Report");
    let props = schema["properties"].as_object().unwrap();
    for field in [
        "schema_version",
        "file",
        "kind",
        "council",
        "year",
        "dates",
        "judgements",
        "findings",
        "diagnostics",
    ] {
        assert!(props.contains_key(field), "{field}");
    }
    // Every record carries the version the schema describes.
    let out = apa()
        .args(["parse", "fixtures/bexley-2005-apa-letter.txt"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["schema_version"], apa::model::SCHEMA_VERSION);
}

/// `apa grades` over a folder of hostile files with a real report copied in
/// beside them, bounded in time: the run must go on past them to the report.
fn grades_beside_a_real_report(dir: &Path) -> std::process::Output {
    std::fs::copy(
        "tests/reports/80490_bromley__csi_-_12_january_2024.pdf",
        dir.join("bromley.pdf"),
    )
    .unwrap();
    apa()
        .args(["grades", "--format", "csv", "--no-cache"])
        .arg(dir)
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap()
}

/// A named pipe or a device (or a link to one) is refused by its type before
/// it is opened, named or in a folder: reading it would block for ever or
/// never end. The run goes on with the real reports beside it.
#[cfg(unix)]
#[test]
fn pipes_and_devices_are_refused_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("x.pdf");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success());
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("zero.txt")).unwrap();
    let out = grades_beside_a_real_report(dir.path());
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("zero.txt: a device, not a report file"),
        "{stderr}"
    );
    if made {
        assert!(stderr.contains("x.pdf: a named pipe (FIFO)"), "{stderr}");
    }
    assert!(String::from_utf8_lossy(&out.stdout).contains("Bromley,2023"));
    let named = apa()
        .args(["grades", "/dev/zero"])
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap();
    assert_eq!(named.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&named.stderr).contains("/dev/zero: a device"));
}

/// Control characters from a document or a file name never reach the
/// terminal, a CSV file or a message raw: they are shown escaped.
#[cfg(unix)]
#[test]
fn control_characters_are_shown_escaped() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("clear\u{1b}[2J\nscreen.txt"),
        "not a report\n",
    )
    .unwrap();
    let letter = std::fs::read_to_string("fixtures/bexley-2005-apa-letter.txt")
        .unwrap()
        .replace(
            "successful Healthy Schools programme",
            "successful \u{1b}[2J programme",
        );
    std::fs::write(dir.path().join("letter.txt"), letter).unwrap();
    for format in ["table", "csv"] {
        let out = apa()
            .args(["findings", "--no-cache", "--format", format])
            .arg(dir.path())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        for stream in [&out.stdout, &out.stderr] {
            assert!(
                !stream.contains(&0x1b),
                "{format}: {}",
                String::from_utf8_lossy(stream)
            );
        }
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("clear\\u{1b}[2J"), "{stderr}");
        assert_eq!(
            stderr.lines().filter(|l| l.contains("clear")).count(),
            1,
            "{stderr}"
        );
        assert!(String::from_utf8_lossy(&out.stdout).contains("\\u{1b}[2J"));
    }
}

/// Hostile PDFs built in code (a few hundred bytes each): a form XObject that
/// draws itself, two that draw each other, a page whose /Parent is itself.
/// Each is refused with what is wrong, in bounded time, and a folder run goes
/// on past it to the real report beside it (a stack overflow used to abort the
/// whole run, printing nothing).
#[test]
fn pdfs_built_to_recurse_are_refused_not_followed() {
    use pdf_extract::{Dictionary, Document, Object, Stream};
    fn pdf(build: impl Fn(&mut Document, (u32, u16), (u32, u16)) -> Dictionary) -> Vec<u8> {
        let mut doc = Document::with_version("1.5");
        let pages = doc.new_object_id();
        let page = doc.new_object_id();
        let resources = build(&mut doc, pages, page);
        let content = doc.add_object(Stream::new(Dictionary::new(), b"/X1 Do".to_vec()));
        let mut p = Dictionary::new();
        p.set("Type", Object::Name(b"Page".to_vec()));
        p.set("Parent", Object::Reference(pages));
        p.set("MediaBox", vec![0.into(), 0.into(), 595.into(), 842.into()]);
        p.set("Contents", Object::Reference(content));
        p.set("Resources", Object::Dictionary(resources));
        doc.objects.insert(page, Object::Dictionary(p));
        let mut root = Dictionary::new();
        root.set("Type", Object::Name(b"Pages".to_vec()));
        root.set("Kids", vec![Object::Reference(page)]);
        root.set("Count", 1);
        doc.objects.insert(pages, Object::Dictionary(root));
        let mut catalog = Dictionary::new();
        catalog.set("Type", Object::Name(b"Catalog".to_vec()));
        catalog.set("Pages", Object::Reference(pages));
        let catalog = doc.add_object(catalog);
        doc.trailer.set("Root", Object::Reference(catalog));
        let mut out = Vec::new();
        doc.save_to(&mut out).unwrap();
        out
    }
    fn form(doc: &mut Document, id: (u32, u16), draws: (u32, u16)) {
        let mut xobjects = Dictionary::new();
        xobjects.set("X1", Object::Reference(draws));
        let mut resources = Dictionary::new();
        resources.set("XObject", Object::Dictionary(xobjects));
        let mut d = Dictionary::new();
        d.set("Type", Object::Name(b"XObject".to_vec()));
        d.set("Subtype", Object::Name(b"Form".to_vec()));
        d.set("BBox", vec![0.into(), 0.into(), 10.into(), 10.into()]);
        d.set("Resources", Object::Dictionary(resources));
        doc.objects
            .insert(id, Object::Stream(Stream::new(d, b"/X1 Do".to_vec())));
    }
    let page_resources = |doc: &mut Document, first: (u32, u16)| {
        let mut xobjects = Dictionary::new();
        xobjects.set("X1", Object::Reference(first));
        let mut r = Dictionary::new();
        r.set("XObject", Object::Dictionary(xobjects));
        let _ = doc;
        r
    };
    let itself = pdf(|doc, _, _| {
        let x = doc.new_object_id();
        form(doc, x, x);
        page_resources(doc, x)
    });
    let each_other = pdf(|doc, _, _| {
        let (a, b) = (doc.new_object_id(), doc.new_object_id());
        form(doc, a, b);
        form(doc, b, a);
        page_resources(doc, a)
    });
    let own_parent = {
        let bytes = pdf(|_, _, _| Dictionary::new());
        // The page's /Parent made the page itself.
        let mut doc = Document::load_mem(&bytes).unwrap();
        let (&_, &page) = doc.get_pages().iter().next().unwrap();
        let dict = doc.get_object_mut(page).unwrap().as_dict_mut().unwrap();
        dict.set("Parent", Object::Reference(page));
        let mut out = Vec::new();
        doc.save_to(&mut out).unwrap();
        out
    };
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in [
        ("itself.pdf", &itself),
        ("each-other.pdf", &each_other),
        ("own-parent.pdf", &own_parent),
    ] {
        std::fs::write(dir.path().join(name), bytes).unwrap();
    }
    let out = grades_beside_a_real_report(dir.path());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr
            .contains("itself.pdf: a PDF built beyond what apa reads: a form XObject draws itself"),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "each-other.pdf: a PDF built beyond what apa reads: a form XObject draws itself"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "own-parent.pdf: a PDF built beyond what apa reads: its page tree goes round"
        ),
        "{stderr}"
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("Bromley,2023"));
}

#[test]
fn check_counts_a_list_it_could_not_read_as_a_problem() {
    let tmp = tempfile::tempdir().unwrap();
    let letter = tmp.path().join("wigan-visit.txt");
    std::fs::write(
        &letter,
        "14 November 2023

Dear Jane

Focused visit to Wigan local authority children's services

This letter summarises the findings of the focused visit to Wigan children's services
on 17 and 18 October 2023. The inspectors were Sam Jones, HMI, and Alex Brown, HMI.

What needs to improve in this area of social work practice?

Findings

Thresholds are understood.
",
    )
    .unwrap();
    let (code, results) = check_json(&[letter.to_str().unwrap()]);
    assert_eq!(code, Some(1), "{results:?}");
    assert_eq!(results[0].status, Status::Problem);
    let said: Vec<String> = results[0].problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(
        said,
        [
            "list at line 10: 'What needs to improve in this area of social work practice?' has no item under it"
        ]
    );
}

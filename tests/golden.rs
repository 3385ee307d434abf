//! Golden records: each fixture's parsed record must equal the JSON beside it.
//! `UPDATE_GOLDEN=1 cargo test --test golden` rewrites them; review the diff like code.

use std::path::Path;

#[test]
fn every_fixture_matches_its_golden_record() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut checked = 0;
    let mut entries: Vec<_> = std::fs::read_dir("fixtures")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
    {
        let name = format!("fixtures/{}", path.file_name().unwrap().to_string_lossy());
        let report = apa::parse_bytes(&std::fs::read(path).unwrap(), &name)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let actual = serde_json::to_string_pretty(&report).unwrap() + "\n";
        let golden = path.with_extension("json");
        if update {
            std::fs::write(&golden, &actual).unwrap();
        } else {
            let expected = std::fs::read_to_string(&golden).unwrap_or_else(|_| {
                panic!(
                    "{} is missing: run UPDATE_GOLDEN=1 cargo test",
                    golden.display()
                )
            });
            assert!(
                actual == expected,
                "{name} differs from {}; run UPDATE_GOLDEN=1 cargo test --test golden and review the diff",
                golden.display()
            );
            // The golden file is itself a valid record.
            let _: apa::model::Report = serde_json::from_str(&expected).unwrap();
        }
        checked += 1;
    }
    assert!(
        checked >= 5,
        "expected the five seed fixtures, found {checked}"
    );
    assert!(Path::new("fixtures").is_dir());
}

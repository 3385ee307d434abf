//! A kind of document is said in one place (`document_kinds!` in the model,
//! its reader in `parse/kinds/`): these tests fail where a kind is left out of
//! what is written by hand around it.

use apa::model::DocumentKind;

/// The README's table of what apa reads names every kind.
#[test]
fn the_readme_names_every_kind() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    for kind in DocumentKind::ALL {
        assert!(
            readme.contains(&format!("| `{kind}` |")),
            "README.md's table of kinds has no row for `{kind}`"
        );
    }
}

/// Every kind is its name in data, and back.
#[test]
fn every_kind_reads_back_from_its_name() {
    for kind in DocumentKind::ALL {
        let json = serde_json::to_string(&kind).unwrap();
        assert_eq!(json, format!("\"{}\"", kind.as_str()));
        assert_eq!(serde_json::from_str::<DocumentKind>(&json).unwrap(), kind);
    }
}

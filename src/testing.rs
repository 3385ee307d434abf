//! What the library's unit tests share.

/// The text of every seed fixture.
pub fn seed_texts() -> Vec<String> {
    std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

use crate::council::Registry;
use crate::model::*;

/// A report of a kind about a council (any spelling the registry knows), with
/// its inspection's dates, and nothing read yet.
pub fn report(kind: DocumentKind, council: &str, start: &str, end: &str) -> Report {
    let end: Date = end.parse().unwrap();
    Report {
        schema_version: SCHEMA_VERSION,
        file: format!("{council}-{end}.pdf"),
        url: None,
        published: None,
        kind,
        title: None,
        subject: None,
        agencies: Vec::new(),
        council: Some(Council::known(
            Registry::get().resolve(council).unwrap(),
            Some(council.to_string()),
        )),
        year: Some(end.year),
        years: vec![end.year],
        framework: None,
        sif_coverage: None,
        dates: Dates {
            inspection_start: Some(start.parse().unwrap()),
            inspection_end: Some(end),
            ..Dates::default()
        },
        people: Vec::new(),
        judgements: Vec::new(),
        findings: Vec::new(),
        diagnostics: Vec::new(),
    }
}

/// The report with a judgement, printed as `raw`.
pub fn judged(mut r: Report, area: Area, raw: &str, level: Option<Level>) -> Report {
    let source = Source {
        line: r.judgements.len() + 1,
        page: Some(1),
        text: raw.to_string(),
    };
    r.judgements.push(Judgement::new(
        Scope::None,
        area,
        area.title(),
        r.year,
        Grade::new(raw, level),
        source,
    ));
    r
}

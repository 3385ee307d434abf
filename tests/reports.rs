//! The real reports vendored in tests/reports (see its README), read by the
//! built binary as a user would: what `apa parse` says of each. These run in any
//! clone; the full corpus tests (tests/corpus.rs) need ../shared.

mod common;
use common::{apa, stdout_of};

use apa::model::*;

fn reports() -> Vec<Report> {
    let out = stdout_of(apa(), &["parse", "tests/reports", "--format", "json"]);
    serde_json::from_str(&out).unwrap()
}

fn date(s: &str) -> Option<Date> {
    Some(s.parse().unwrap())
}

fn levels(r: &Report) -> Vec<(Scope, Area, Option<Level>)> {
    let mut v: Vec<_> = r
        .judgements
        .iter()
        .map(|j| (j.scope, j.area, j.grade.level))
        .collect();
    v.sort();
    v
}

fn by_council<'a>(rs: &'a [Report], name: &str) -> &'a Report {
    rs.iter()
        .find(|r| r.council_name() == name)
        .unwrap_or_else(|| panic!("no report for {name}"))
}

fn lead(r: &Report) -> Option<&str> {
    r.people
        .iter()
        .find(|p| p.role.is_lead())
        .map(|p| p.name.as_str())
}

#[test]
fn a_2013_looked_after_children_inspection() {
    let rs = reports();
    let kent = by_council(&rs, "Kent");
    assert_eq!(kent.kind, DocumentKind::LacInspection);
    assert_eq!(kent.framework, Some(Framework::Lac2013));
    assert_eq!(
        kent.council.as_ref().unwrap().printed.as_deref(),
        Some("Kent County Council")
    );
    assert_eq!(kent.dates.inspection_start, date("2013-07-15"));
    assert_eq!(kent.dates.inspection_end, date("2013-07-19"));
    assert_eq!(kent.dates.published, date("2013-08-23"));
    assert_eq!(kent.year, Some(2013));
    assert_eq!(lead(kent), Some("Helen Cawston"));
    use Area::*;
    let la = Scope::LookedAfter;
    assert_eq!(
        levels(kent),
        vec![
            (la, OverallEffectiveness, Some(Level::Adequate)),
            (la, CapacityForImprovement, Some(Level::Good)),
            (la, QualityOfProvision, Some(Level::Adequate)),
            (la, LeadershipAndManagement, Some(Level::Adequate)),
            (la, OutcomesForLookedAfterChildren, Some(Level::Adequate)),
        ]
    );
    // Areas for improvement by timescale: 3 immediately, 6 within three months,
    // 3 within six months; each item whole, its wrapped lines joined.
    let by = |t: Timescale| {
        kent.findings
            .iter()
            .filter(|f| f.timescale == Some(t))
            .count()
    };
    assert_eq!(
        (
            by(Timescale::Immediately),
            by(Timescale::WithinThreeMonths),
            by(Timescale::WithinSixMonths)
        ),
        (3, 6, 3)
    );
    assert!(kent.findings.iter().any(
        |f| f.text == "improve the quality of supervision and management oversight in casework"
    ));
}

#[test]
fn ilacs_reports_of_2019_and_2023() {
    let rs = reports();
    let staffs = by_council(&rs, "Staffordshire");
    assert_eq!(staffs.kind, DocumentKind::IlacsInspection);
    assert_eq!(
        staffs.council.as_ref().unwrap().printed.as_deref(),
        Some("Staffordshire County Council")
    );
    assert_eq!(staffs.framework, Some(Framework::IlacsShort));
    assert_eq!(staffs.year, Some(2019));
    assert_eq!(lead(staffs), Some("Alison Smale"));
    use Area::*;
    let n = Scope::None;
    assert_eq!(
        levels(staffs),
        vec![
            (n, OverallEffectiveness, Some(Level::Good)),
            (n, HelpAndProtection, Some(Level::Adequate)),
            (n, LookedAfter, Some(Level::Good)),
            (n, Leadership, Some(Level::Good)),
        ]
    );
    let bromley = by_council(&rs, "Bromley");
    assert_eq!(bromley.year, Some(2023), "the year the inspection ended");
    assert_eq!(bromley.dates.published, None);
    assert!(bromley.dates.pdf_created.is_some());
    assert_eq!(levels(bromley).len(), 5);
    assert!(
        levels(bromley)
            .iter()
            .all(|(_, _, l)| *l == Some(Level::Outstanding))
    );
}

#[test]
fn a_sif_report_of_2014() {
    let rs = reports();
    let sheffield = by_council(&rs, "Sheffield");
    assert_eq!(sheffield.kind, DocumentKind::SifInspection);
    assert_eq!(sheffield.framework, Some(Framework::Sif));
    assert_eq!(sheffield.dates.inspection_start, date("2013-11-19"));
    assert_eq!(sheffield.dates.inspection_end, date("2014-01-30"));
    assert_eq!(sheffield.year, Some(2014));
    assert_eq!(lead(sheffield), Some("Sarah Urding"));
    use Area::*;
    let n = Scope::None;
    assert_eq!(
        levels(sheffield),
        vec![
            (n, OverallEffectiveness, Some(Level::Adequate)),
            (n, HelpAndProtection, Some(Level::Good)),
            (n, LookedAfter, Some(Level::Adequate)),
            (n, Adoption, Some(Level::Adequate)),
            (n, CareLeavers, Some(Level::Good)),
            (n, Leadership, Some(Level::Good)),
            (n, Lscb, Some(Level::Good)),
        ]
    );
    assert!(sheffield.judgements.iter().all(|j| j.source.page.is_some()));
}

#[test]
fn a_focused_visit_letter_of_2019() {
    let rs = reports();
    let letter = by_council(&rs, "North Somerset");
    assert_eq!(letter.kind, DocumentKind::FocusedVisit);
    assert!(
        letter.judgements.is_empty(),
        "a focused visit grades nothing"
    );
    assert_eq!(letter.dates.letter, date("2019-05-08"));
    assert_eq!(letter.dates.inspection_start, date("2019-03-19"));
    assert_eq!(letter.dates.inspection_end, date("2019-03-19"));
    assert_eq!(letter.year, Some(2019));
    assert_eq!(lead(letter), Some("Nicola Bennett"));
    assert_eq!(
        letter.subject.as_deref(),
        Some(
            "arrangements at the first point of contact for children who need help and protection"
        )
    );
    let count = |k: FindingKind| letter.findings.iter().filter(|f| f.kind == k).count();
    assert_eq!(count(FindingKind::PriorityAction), 2);
    assert_eq!(count(FindingKind::AreaForImprovement), 3);
}

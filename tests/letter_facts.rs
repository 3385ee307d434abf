//! A letter's facts in every phrasing letters use (the classes of
//! `../shared/corpus/classes/` README, 1, 5, 10, 11, 13, 14 and 19): the team,
//! the visit's dates, the council, the letter's date. Each case is a small
//! synthetic focused visit letter, laid out as a PDF's text comes, for a
//! council and year other than the real documents that showed the layout.

mod common;

use apa::model::*;

/// A focused visit letter: its head (the letter's date lines), its subject
/// line and its opening paragraph.
fn letter(head: &str, subject: &str, opening: &str) -> Report {
    letter_with_list(
        head,
        subject,
        opening,
        "What needs to improve in this area of social work practice?",
    )
}

/// A focused visit letter whose list of what needs to improve has this heading.
fn letter_with_list(head: &str, subject: &str, opening: &str, list: &str) -> Report {
    let page = format!(
        "{head}

Jane Doe
Director of Children's Services
Wigan Council

Dear Jane

{subject}

{opening}

Inspectors looked at the local authority's arrangements for children in need.

{list}

◼  The quality of written plans.

◼  Management oversight of drift in
children's plans.

Findings

◼  Thresholds are understood.

Yours sincerely

Ofsted
Piccadilly Gate
Store Street
Manchester
M1 2WD
"
    );
    let text = common::pdf_text([page.as_str()]);
    apa::parse_text(&text, "synthetic.pdf").unwrap()
}

fn fv(opening: &str) -> Report {
    letter(
        "14 November 2023",
        "Focused visit to Wigan local authority children's services",
        opening,
    )
}

fn team(r: &Report) -> Vec<(&str, Role)> {
    r.people.iter().map(|p| (p.name.as_str(), p.role)).collect()
}

fn days(r: &Report) -> (Option<String>, Option<String>) {
    (
        r.dates.inspection_start.map(|d| d.to_string()),
        r.dates.inspection_end.map(|d| d.to_string()),
    )
}

fn span(a: &str, b: &str) -> (Option<String>, Option<String>) {
    (Some(a.to_string()), Some(b.to_string()))
}

fn said(r: &Report, code: DiagnosticCode) -> bool {
    r.diagnostics.iter().any(|d| d.code == code)
}

#[test]
fn the_team_in_every_phrasing() {
    use Role::{Inspector as I, LeadInspector as L};
    for (sentence, want) in [
        (
            "The inspectors were Sam Jones, HMI, and Alex Brown, HMI.",
            vec![("Sam Jones", L), ("Alex Brown", I)],
        ),
        (
            "His Majesty's Inspectors for the visit were Sam Jones and Alex Brown.",
            vec![("Sam Jones", L), ("Alex Brown", I)],
        ),
        (
            "The visit was carried out by His Majesty's Inspectors Sam Jones and Alex Brown.",
            vec![("Sam Jones", L), ("Alex Brown", I)],
        ),
        (
            "The visit was carried out by Sam Jones, Alex Brown and Chris Green, His Majesty's Inspectors (HMIs).",
            vec![("Sam Jones", L), ("Alex Brown", I), ("Chris Green", I)],
        ),
        (
            "The visit was conducted by Sam Jones and Alex Brown, two of HMI.",
            vec![("Sam Jones", L), ("Alex Brown", I)],
        ),
        (
            "The inspectors were team inspector Alex Brown and lead inspector Sam Jones.",
            vec![("Alex Brown", I), ("Sam Jones", L)],
        ),
    ] {
        let r = fv(&format!(
            "This letter summarises the findings of the focused visit to Wigan children's services on 17 and 18 October 2023. {sentence}"
        ));
        assert_eq!(team(&r), want, "{sentence}");
    }
}

#[test]
fn visit_dates_in_every_phrasing() {
    for (dates, want) in [
        (
            "on 17 and 18 October 2023",
            span("2023-10-17", "2023-10-18"),
        ),
        (
            "between 10 and 12 October 2023",
            span("2023-10-10", "2023-10-12"),
        ),
        (
            "on 29 and 30 September, and 1 October 2023",
            span("2023-09-29", "2023-10-01"),
        ),
        (
            "on 3, 4 and 9 October 2023",
            span("2023-10-03", "2023-10-09"),
        ),
        (
            "on the 10 and 11 of October 2023",
            span("2023-10-10", "2023-10-11"),
        ),
        (
            "between 9 October 2023 and 11 October 2023",
            span("2023-10-09", "2023-10-11"),
        ),
    ] {
        let r = fv(&format!(
            "This letter summarises the findings of the focused visit to Wigan children's services {dates}. The inspectors were Sam Jones, HMI, and Alex Brown, HMI."
        ));
        assert_eq!(days(&r), want, "{dates}");
        assert!(!said(&r, DiagnosticCode::DatesNotFound), "{dates}");
    }
}

#[test]
fn days_without_a_year_take_the_letters_and_say_so() {
    let r = fv(
        "This letter summarises the findings of the focused visit to Wigan children's services on 30 and 31 October. The inspectors were Sam Jones, HMI, and Alex Brown, HMI.",
    );
    assert_eq!(days(&r), span("2023-10-30", "2023-10-31"));
    assert!(said(&r, DiagnosticCode::YearInferred));
    // A month after the letter's is the year before.
    let r = letter(
        "10 January 2024",
        "Focused visit to Wigan local authority children's services",
        "This letter summarises the findings of the focused visit to Wigan children's services on 4 and 5 December. The inspectors were Sam Jones, HMI.",
    );
    assert_eq!(days(&r), span("2023-12-04", "2023-12-05"));
}

#[test]
fn a_visit_after_its_letter_keeps_no_dates_and_says_why() {
    let r = letter(
        "14 January 2023",
        "Focused visit to Wigan local authority children's services",
        "This letter summarises the findings of the focused visit to Wigan children's services on 5 and 6 December 2023. The inspectors were Sam Jones, HMI.",
    );
    assert_eq!(days(&r), (None, None));
    assert!(said(&r, DiagnosticCode::DateUnreadable));
}

#[test]
fn a_visit_a_year_long_keeps_no_dates_and_says_why() {
    // A misprinted year: not a two-day visit in either year, so neither.
    let r = fv(
        "This letter summarises the findings of the focused visit to Wigan children's services on 10 October 2022 to 11 October 2023. The inspectors were Sam Jones, HMI.",
    );
    assert_eq!(days(&r), (None, None));
    assert!(said(&r, DiagnosticCode::DateUnreadable));
    assert_eq!(r.year, Some(2023), "the year is the letter's");
}

#[test]
fn a_jtai_letters_days_without_a_year() {
    let page = "1

2 March 2019

Dear local partnership

Joint targeted area inspection of the multi-agency response to child exploitation in Wigan

Between 28 January and 1 February, Ofsted, the Care Quality Commission (CQC), HMI
Constabulary (HMIC) and HMI Probation (HMIP) carried out a joint inspection of the
multi-agency response to child exploitation in Wigan.

Strengths

\u{25fc}  Partners share information quickly.
";
    let text = common::pdf_text([page]);
    let r = apa::parse_text(&text, "synthetic.pdf").unwrap();
    assert_eq!(r.kind, DocumentKind::JtaiLetter);
    assert_eq!(days(&r), span("2019-01-28", "2019-02-01"));
    assert!(said(&r, DiagnosticCode::YearInferred));
    assert!(!said(&r, DiagnosticCode::DatesNotFound));
}

#[test]
fn the_letters_date_split_over_two_lines() {
    let r = letter(
        "14\n November 2023",
        "Focused visit to Wigan local authority children's services",
        "This letter summarises the findings of the focused visit to Wigan children's services on 17 and 18 October 2023. The inspectors were Sam Jones, HMI.",
    );
    assert_eq!(
        r.dates.letter.map(|d| d.to_string()).as_deref(),
        Some("2023-11-14")
    );
}

#[test]
fn the_council_from_a_possessive_or_a_trusts_name_not_ofsteds_address() {
    let opening = "This letter summarises the findings of the focused visit on 17 and 18 October 2023. The inspectors were Sam Jones, HMI.";
    for (subject, council) in [
        (
            "Focused visit to the London Borough of Southwark's children's services",
            "Southwark",
        ),
        ("Focused visit to Wigan’s children’s services", "Wigan"),
        ("Focused visit to Sandwell Children's Trust", "Sandwell"),
        ("Focused visit to Slough Children First", "Slough"),
    ] {
        let r = letter("14 November 2023", subject, opening);
        assert_eq!(
            r.council.as_ref().and_then(|c| c.canonical.as_deref()),
            Some(council),
            "{subject}"
        );
    }
}

#[test]
fn what_needs_to_improve_in_every_wording() {
    for heading in [
        "What needs to improve in this area of social work practice?",
        "What needs to improve in this area of practice",
        "What needs to improve",
    ] {
        let r = letter_with_list(
            "14 November 2023",
            "Focused visit to Wigan local authority children's services",
            "This letter summarises the findings of the focused visit to Wigan children's services on 17 and 18 October 2023. The inspectors were Sam Jones, HMI.",
            heading,
        );
        let items: Vec<&str> = r.findings.iter().map(|f| f.text.as_str()).collect();
        assert_eq!(
            items,
            [
                "The quality of written plans.",
                "Management oversight of drift in children's plans."
            ],
            "{heading}"
        );
    }
}

/// A focused visit letter whose list runs from page 1 to page 2, with what a
/// PDF's text puts at the foot of page 1 (`foot`) inside it.
fn list_over_a_page(foot: &str) -> Report {
    let one = format!(
        "14 November 2023

Dear Jane

Focused visit to Wigan local authority children's services

This letter summarises the findings of the focused visit to Wigan children's services on 17 and 18 October 2023. The inspectors were Sam Jones, HMI.

What needs to improve in this area of social work practice?1

◼  The quality of written plans.

{foot}
"
    );
    let two = "2

◼  Management oversight of drift in children's plans.

Main findings

Children are seen regularly.
";
    apa::parse_text(&common::pdf_text([one.as_str(), two]), "synthetic.pdf").unwrap()
}

#[test]
fn ofsteds_letterhead_and_a_footnote_at_a_pages_foot_are_stepped_over() {
    let letterhead = "Ofsted
Piccadilly Gate
Store Street
Manchester
M1 2WD
   T 0300 123 1231
Textphone 0161 618 8524
enquiries@ofsted.gov.uk
www.gov.uk/ofsted";
    let footnote = "1 The areas for improvement have been cross-referenced with the outcomes, enablers or principles in
the Children's Social Care: National Framework.";
    // The same block with a blank line inside it, as some letters' text gives it.
    let spaced = "Piccadilly Gate
Store Street
Manchester M1 2WD

  T 0300 123 1231
enquiries@ofsted.gov.uk
www.gov.uk/ofsted";
    // A note set with a blank line between its lines.
    let double_spaced = "1 The areas for improvement have been cross-referenced with the outcomes,

enablers or principles in the Children's Social Care: National Framework,

published in December 2023.";
    for foot in [
        letterhead.to_string(),
        spaced.to_string(),
        footnote.to_string(),
        format!("{footnote}\n\n{letterhead}"),
        double_spaced.to_string(),
    ] {
        let r = list_over_a_page(&foot);
        let items: Vec<&str> = r.findings.iter().map(|f| f.text.as_str()).collect();
        assert_eq!(
            items,
            [
                "The quality of written plans.",
                "Management oversight of drift in children's plans."
            ],
            "{foot}"
        );
    }
}

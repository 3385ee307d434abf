//! Each layout that once cost a grade, a council or a date, as a small synthetic
//! text of its own: a report of the same layout that apa has never seen (another
//! council, another year) must read the same way. The texts are laid out as a
//! PDF's text comes (no markup; a blank line between blocks; pages numbered).

mod common;

use apa::extract::Text;
use apa::model::*;

/// A PDF's text: pages, each lines separated by newlines.
fn pdf(pages: &[&str], created: Option<&str>) -> Text {
    Text {
        pdf_created: created.map(|c| c.parse().unwrap()),
        ..common::pdf_text(pages.iter().copied())
    }
}

fn parse(pages: &[&str]) -> Report {
    apa::parse_text(&pdf(pages, None), "synthetic.pdf").unwrap()
}

fn level(r: &Report, area: Area) -> Option<Level> {
    let found: Vec<&Judgement> = r.judgements.iter().filter(|j| j.area == area).collect();
    assert!(found.len() <= 1, "{area} read twice: {found:?}");
    found.first().and_then(|j| j.grade.level)
}

fn canonical(r: &Report) -> Option<&str> {
    r.council.as_ref().and_then(|c| c.canonical.as_deref())
}

const ILACS_2018_TABLE: &str = "
Judgement  Grade

The impact of leaders on social work practice with
children and families  Good

The experiences and progress of children who need
help and protection   Requires improvement to
be good

The experiences and progress of children in care and
care leavers   Good

Overall effectiveness  Good

Children's services in this area were last inspected in 2014.
";

#[test]
fn council_printed_above_an_ilacs_title() {
    for (above, title) in [
        (
            "Rutland County Council",
            "Inspection of local authority children's services",
        ),
        (
            "Rutland County Council",
            "Inspection of children's social care services",
        ),
        (
            "Rutland county council",
            "Inspection of local authority children's social care\nservices",
        ),
    ] {
        let page = format!(
            "1\n\n{above}\n\n{title}\n\nInspection dates: 16 April to 20 April 2018\n\nLead inspector: Jane Doe HMI\n{ILACS_2018_TABLE}"
        );
        let r = parse(&[&page]);
        assert_eq!(r.kind, DocumentKind::IlacsInspection, "{title}");
        assert_eq!(
            r.council.as_ref().unwrap().printed.as_deref(),
            Some(above),
            "{title}"
        );
        assert_eq!(canonical(&r), Some("Rutland"));
        assert_eq!(level(&r, Area::HelpAndProtection), Some(Level::Adequate));
        assert_eq!(level(&r, Area::OverallEffectiveness), Some(Level::Good));
        assert_eq!(r.framework, Some(Framework::IlacsShort));
    }
}

#[test]
fn councils_a_title_names_in_their_own_words() {
    for (title, printed, council) in [
        (
            "Inspection of Slough Children First",
            "Slough Children First",
            "Slough",
        ),
        (
            "Inspection of Doncaster Children's Services Trust",
            "Doncaster Children's Services Trust",
            "Doncaster",
        ),
        (
            "Inspection of Newcastle local authority\nchildren's services",
            "Newcastle",
            "Newcastle upon Tyne",
        ),
        (
            "Inspection of East Riding local authority\nchildren's services",
            "East Riding",
            "East Riding of Yorkshire",
        ),
    ] {
        let page = format!(
            "{title}\n\nInspection dates: 12 to 23 January 2026\n\nLead inspector: Jo Bloggs, His Majesty's Inspector\n{ILACS_2018_TABLE}"
        );
        let r = parse(&[&page]);
        assert_eq!(r.kind, DocumentKind::IlacsInspection, "{title}");
        assert_eq!(
            r.council.as_ref().unwrap().printed.as_deref(),
            Some(printed)
        );
        assert_eq!(canonical(&r), Some(council), "{title}");
    }
}

const SIF_TITLE: &str = "Inspection of services for children in need of help and
protection, children looked after and care leavers

and

Review of the effectiveness of the Local Safeguarding Children
Board
1";

fn sif_page(council: &str, title: &str, headline: &str, table: &str) -> String {
    format!(
        "1\n\n{council}\n\n{title}\n\nInspection date: 11 January 2016 to 4 February 2016\n\nReport published: 29 March 2016\n\n{headline}\n\n{table}\n\n1 Ofsted produces this report under its power to combine reports.\n"
    )
}

const SIF_TABLE: &str = "1.  Children who need help and protection  Requires improvement

2.  Children looked after and achieving
permanence  Requires improvement

  2.1 Adoption performance  Good

2.2 Experiences and progress of care leavers  Good

3.  Leadership, management and governance  Requires improvement";

const LSCB_PAGE: &str = "2

The Local Safeguarding Children Board (LSCB) is good.

Lead inspector: Ann Other";

#[test]
fn a_sif_headline_without_the_council() {
    let page = sif_page(
        "Wigan Council",
        SIF_TITLE,
        "Children's services require improvement to be good",
        SIF_TABLE,
    );
    let r = parse(&[&page, LSCB_PAGE]);
    assert_eq!(r.kind, DocumentKind::SifInspection);
    assert_eq!(canonical(&r), Some("Wigan"));
    assert_eq!(level(&r, Area::OverallEffectiveness), Some(Level::Adequate));
    assert_eq!(level(&r, Area::CareLeavers), Some(Level::Good));
    assert_eq!(level(&r, Area::Lscb), Some(Level::Good));
    assert_eq!(r.year, Some(2016));
}

#[test]
fn a_reinspection_written_as_one_word() {
    for title in [
        "Reinspection of services for children in need of help and\nprotection, children looked after and care leavers",
        "Re-inspection of services for children in need of help and\nprotection, children looked after and care leavers",
    ] {
        let page = sif_page(
            "Wigan Council",
            title,
            "Children's services in Wigan require improvement to be good",
            SIF_TABLE,
        );
        let r = parse(&[&page]);
        assert_eq!(r.kind, DocumentKind::SifInspection, "{title}");
        assert_eq!(r.framework, Some(Framework::SifReinspection));
        assert_eq!(canonical(&r), Some("Wigan"));
        assert_eq!(level(&r, Area::Adoption), Some(Level::Good));
        // A re-inspection reviews no LSCB: none is required, none is read.
        assert_eq!(level(&r, Area::Lscb), None);
        assert!(
            apa::framework::required(&r)
                .iter()
                .all(|(_, a)| *a != Area::Lscb)
        );
    }
}

#[test]
fn grades_printed_on_the_line_above_their_labels() {
    let table = "Requires improvement to
1.  Children who need help and protection
be good

2.  Children looked after and achieving permanence.  Good

  2.1 Adoption performance  Good

2.2 Experiences and progress of care leavers  Good

Requires improvement to
3.  Leadership, management and governance
be good";
    let page = sif_page(
        "North Somerset",
        SIF_TITLE,
        "Children's services in North Somerset require improvement to\nbe good",
        table,
    );
    let r = parse(&[&page, LSCB_PAGE]);
    assert_eq!(level(&r, Area::HelpAndProtection), Some(Level::Adequate));
    assert_eq!(
        level(&r, Area::LookedAfter),
        Some(Level::Good),
        "a label ending in a full stop"
    );
    assert_eq!(level(&r, Area::Leadership), Some(Level::Adequate));
    assert_eq!(level(&r, Area::OverallEffectiveness), Some(Level::Adequate));

    let ilacs = "Inspection of Torbay local authority
children's services

Inspection dates: 21 March to 1 April 2022

Lead inspector: Andy Smith, His Majesty's Inspector

Judgement  Grade

The impact of leaders on social work practice with children
and families  Good

The experiences and progress of children who need help and
protection  Good

The experiences and progress of children in care and care
leavers  Good

Requires improvement
Overall effectiveness
to be good
";
    let r = parse(&[ilacs]);
    assert_eq!(level(&r, Area::OverallEffectiveness), Some(Level::Adequate));
    assert_eq!(level(&r, Area::LookedAfter), Some(Level::Good));
    assert_eq!(r.framework, Some(Framework::IlacsStandard));
}

#[test]
fn a_judgement_table_that_runs_on_to_page_two() {
    let page1 = sif_page(
        "Oldham Borough Council",
        SIF_TITLE,
        "Children's services in Oldham require improvement to be good",
        "1.  Children who need help and protection  Requires improvement

2.  Children looked after and achieving
permanence  Requires improvement

  2.1 Adoption performance  Good",
    );
    let page2 = " 2
 2.2 Experiences and progress of care leavers  Inadequate

3.  Leadership, management and governance  Requires improvement

Executive summary

The Local Safeguarding Children Board is good.
";
    let r = parse(&[&page1, page2]);
    assert_eq!(level(&r, Area::CareLeavers), Some(Level::Inadequate));
    assert_eq!(level(&r, Area::Leadership), Some(Level::Adequate));
    assert_eq!(level(&r, Area::Adoption), Some(Level::Good));
}

#[test]
fn a_sentence_that_repeats_a_combined_label_is_no_row() {
    let page = "Inspection of Brent local authority
children's services

Inspection dates: 20 to 24 February 2023

Lead inspector: Kendra Bell, His Majesty's Inspector

Judgement  Grade

The impact of leaders on social work
practice with children and families  Good

The experiences and progress of
children who need help and protection   Good

The experiences and progress of
children in care  Requires improvement to be good

The experiences and progress of care
leavers   Outstanding

Overall effectiveness  Good

Since the previous inspection, the experiences and progress of
children in care and care leavers have declined from outstanding.
";
    let r = parse(&[page]);
    assert_eq!(level(&r, Area::LookedAfter), Some(Level::Adequate));
    assert_eq!(level(&r, Area::CareLeavers), Some(Level::Outstanding));
    assert!(
        r.diagnostics
            .iter()
            .all(|d| d.code != DiagnosticCode::GradeUnreadable),
        "{:?}",
        r.diagnostics
    );
}

#[test]
fn the_year_is_the_inspections_not_the_pdfs() {
    let page = format!(
        "Inspection of Bury local authority children's services\n\nInspection dates: 9 to 20 June 2025\n\nLead inspector on site: Pat Smith\n{ILACS_2018_TABLE}"
    );
    // The PDF was made again the next spring.
    let r = apa::parse_text(&pdf(&[&page], Some("2026-03-02")), "x.pdf").unwrap();
    assert_eq!(r.year, Some(2025));
    assert_eq!(r.dates.pdf_created, Some("2026-03-02".parse().unwrap()));
    assert_eq!(r.dates.published, None);
    let lead: Vec<(&str, Role)> = r.people.iter().map(|p| (p.name.as_str(), p.role)).collect();
    assert_eq!(lead, [("Pat Smith", Role::LeadInspector)]);
}

#[test]
fn the_kind_is_decided_by_the_title_not_the_body() {
    // A SIF report whose second page recalls the framework before it.
    let page = sif_page(
        "Wigan Council",
        SIF_TITLE,
        "Children's services in Wigan require improvement to be good",
        SIF_TABLE,
    );
    let page2 = "2\n\nExecutive summary\n\nSince the inspection of safeguarding and looked after children services in 2011, leaders have changed.\n\nThe Local Safeguarding Children Board is good.\n";
    let r = parse(&[&page, page2]);
    assert_eq!(r.kind, DocumentKind::SifInspection);
    assert_eq!(level(&r, Area::Lscb), Some(Level::Good));
}

const LAC_PAGES: [&str; 4] = [
    "Inspection of looked after children
services
Rutland County Council

Inspection dates:  3 – 14 June 2013

Reporting inspector  Sam Jones HMI

Age group:  All
Published:  19 July 2013
",
    "Rutland County Council Inspection of looked after children services
 2

The inspection judgements and what they mean

Outstanding (Grade 1)  A service that significantly exceeds minimum requirements
Good (Grade 2)  A service that exceeds minimum requirements
Adequate (Grade 3)  A service that only meets minimum requirements
Inadequate (Grade 4)  A service that does not meet minimum requirements

The council reviews its Children and Young People's Plan each year.

Overall effectiveness of services for looked
after children and young people
",
    "Rutland County Council Inspection of looked after children services
 3

Grade 4 (inadequate)

1.  The overall effectiveness of services is inadequate.

Capacity to improve

Grade 3 (adequate)

Areas for improvement

2.  In order to improve, the local authority should take the following action.

Immediately:

\u{f0a7}  ensure that every child in care has an allocated
social worker

Within three months:

\u{f0a7}  improve the timeliness of health assessments.

Outcomes for looked after children and young
people

Grade 3 (Adequate)

Quality of provision

Grade 4 (Inadequate)
",
    "Rutland County Council Inspection of looked after children services
 4

Leadership and management

Grade 4 (Inadequate)

Record of main findings

Services for looked after children

Overall effectiveness  Inadequate Grade 4

Capacity to improve  Adequate

Outcomes for looked after children and
young people  Adequate

Quality of provision  Inadequate

Leadership and management  Inadequate
",
];

#[test]
fn a_2013_inspection_of_looked_after_children_services() {
    let r = parse(&LAC_PAGES);
    assert_eq!(
        r.kind,
        DocumentKind::LacInspection,
        "not the plan its body names"
    );
    assert_eq!(r.framework, Some(Framework::Lac2013));
    assert_eq!(canonical(&r), Some("Rutland"));
    assert_eq!(r.year, Some(2013));
    assert_eq!(r.dates.published, Some("2013-07-19".parse().unwrap()));
    let la = |area| {
        r.judgements
            .iter()
            .find(|j| j.scope == Scope::LookedAfter && j.area == area)
            .and_then(|j| j.grade.level)
    };
    // The page break between a heading and its grade; grades in lower case;
    // "Inadequate Grade 4" in the record's cell; a label that wraps.
    assert_eq!(la(Area::OverallEffectiveness), Some(Level::Inadequate));
    assert_eq!(la(Area::CapacityForImprovement), Some(Level::Adequate));
    assert_eq!(
        la(Area::OutcomesForLookedAfterChildren),
        Some(Level::Adequate)
    );
    assert_eq!(la(Area::QualityOfProvision), Some(Level::Inadequate));
    assert_eq!(la(Area::LeadershipAndManagement), Some(Level::Inadequate));
    assert!(
        r.diagnostics
            .iter()
            .all(|d| d.code != DiagnosticCode::GradesDisagree),
        "{:?}",
        r.diagnostics
    );
    let items: Vec<(Option<Timescale>, &str)> = r
        .findings
        .iter()
        .map(|f| (f.timescale, f.text.as_str()))
        .collect();
    assert_eq!(
        items,
        [
            (
                Some(Timescale::Immediately),
                "ensure that every child in care has an allocated social worker"
            ),
            (
                Some(Timescale::WithinThreeMonths),
                "improve the timeliness of health assessments."
            ),
        ]
    );
    assert!(apa::framework::required(&r).len() == 5);
}

#[test]
fn a_2012_inspection_of_arrangements_for_the_protection_of_children() {
    let pages = [
        "Inspection of local authority arrangements for
the protection of children
Rutland County Council

Inspection dates: 10 – 21 September 2012

Lead inspector: Sam Jones HMI

Published: 26 October 2012
",
        "2

Overall effectiveness

Grade 3 (Adequate)

The effectiveness of the help and protection provided to children, young
people, families and carers

Grade 2 (Good)

Areas for improvement

Within three months:

\u{f0a7}  ensure that strategy discussions include the police.
",
    ];
    let r = parse(&pages);
    assert_eq!(r.kind, DocumentKind::ChildProtectionInspection);
    assert_eq!(r.framework, Some(Framework::Cp2012));
    assert_eq!(canonical(&r), Some("Rutland"));
    let sg = |area| {
        r.judgements
            .iter()
            .find(|j| j.scope == Scope::Safeguarding && j.area == area)
            .and_then(|j| j.grade.level)
    };
    assert_eq!(sg(Area::OverallEffectiveness), Some(Level::Adequate));
    assert_eq!(sg(Area::HelpAndProtection), Some(Level::Good));
    assert_eq!(r.findings.len(), 1);
    assert_eq!(r.findings[0].timescale, Some(Timescale::WithinThreeMonths));
}

#[test]
fn a_letter_whose_narrative_names_an_inspection_is_no_inspection() {
    let letter = "8 June 2018

Dear Martin,

Focused visit to Camden children's services

This letter summarises the findings of a focused visit to Camden children's services
on the 15 and 16 of May 2018.

Overview

Within Camden, there is strong corporate leadership. Since the previous
inspection of children's services in 2017, there has been a continued commitment.
";
    let r = parse(&[letter]);
    assert_eq!(r.kind, DocumentKind::FocusedVisit);
    assert!(r.judgements.is_empty());
    assert_eq!(canonical(&r), Some("Camden"));
    assert_eq!(
        r.dates.inspection_start,
        Some("2018-05-15".parse().unwrap())
    );
    assert_eq!(r.dates.inspection_end, Some("2018-05-16".parse().unwrap()));
    assert_eq!(r.dates.letter, Some("2018-06-08".parse().unwrap()));
}

/// An ILACS page with the judgement table, for the list tests below.
fn ilacs_page(list: &str) -> String {
    format!(
        "Inspection of Bury local authority children's services\n\nInspection dates: 9 to 20 June 2025\n\nLead inspector: Pat Smith, His Majesty's Inspector\n{ILACS_2018_TABLE}\n{list}"
    )
}

fn items(r: &Report) -> Vec<(FindingKind, Option<Area>, &str)> {
    r.findings
        .iter()
        .map(|f| (f.kind, f.area, f.text.as_str()))
        .collect()
}

#[test]
fn a_list_heading_with_a_footnote_mark_and_items_over_a_page_break() {
    let page1 = ilacs_page(
        "What needs to improve?1

\u{25fc}  The timeliness of initial health assessments for children in care.
(outcome 4, national framework)

\u{25fc}  The quality of multi-
agency strategy discussions and the recording of
",
    );
    let page2 = "Inspection of Bury local authority children's services
9 to 20 June 2025  2

decisions made in them. (outcome 2, national framework)

\u{25fc}  Decision-making for children on the edge of care.

The experiences and progress of children who need help and protection: good

Children receive a timely response. Leaders know their recommendations.
";
    let running = "Inspection of Bury local authority children's services\n9 to 20 June 2025  3\n\nMore narrative.\n";
    let r = parse(&[&page1, page2, running, running]);
    assert_eq!(
        items(&r),
        [
            (
                FindingKind::AreaForImprovement,
                None,
                "The timeliness of initial health assessments for children in care. (outcome 4, national framework)"
            ),
            (
                FindingKind::AreaForImprovement,
                None,
                "The quality of multi-agency strategy discussions and the recording of decisions made in them. (outcome 2, national framework)"
            ),
            (
                FindingKind::AreaForImprovement,
                None,
                "Decision-making for children on the edge of care."
            ),
        ]
    );
}

#[test]
fn narrative_that_ends_in_recommendations_is_no_list() {
    let r = parse(&[&ilacs_page(
        "Leaders have acted on the previous inspection's
recommendations.

Social workers know their children well and visit them often.

Areas for priority action

\u{25fc}  The response to children at risk of exploitation.
",
    )]);
    assert_eq!(
        items(&r),
        [(
            FindingKind::PriorityAction,
            None,
            "The response to children at risk of exploitation."
        )]
    );
}

#[test]
fn priority_lists_lscb_lists_sub_bullets_and_subheadings() {
    let page1 = sif_page(
        "Wigan Council",
        SIF_TITLE,
        "Children's services in Wigan require improvement to be good",
        SIF_TABLE,
    );
    let page2 = "2

Contents

What does the local authority need to improve?  3
The local authority's strengths  4
The Local Safeguarding Children Board (LSCB)  5
";
    let page3 = "3

What does the local authority need to improve?

Priority and immediate action

There are no areas for priority or immediate action.

Areas for improvement

Care leavers

1.  Ensure that pathway plans are:
\u{25cb} written with young people
\u{25cb} reviewed every six months.

Adoption

2.  When children cannot return home, find adopters without delay.

The local authority's strengths

3.  Leaders know their services well and have acted quickly.
";
    let page4 = "4

The Local Safeguarding Children Board

The Local Safeguarding Children Board is good.

Recommendations

4.  The LSCB should evaluate its multi-agency training.

Inspection findings

5.  The board is well chaired.
";
    let r = parse(&[&page1, page2, page3, page4]);
    assert_eq!(
        items(&r),
        [
            (
                FindingKind::AreaForImprovement,
                None,
                "Ensure that pathway plans are: written with young people; reviewed every six months."
            ),
            (
                FindingKind::AreaForImprovement,
                None,
                "When children cannot return home, find adopters without delay."
            ),
            (
                FindingKind::AreaForImprovement,
                Some(Area::Lscb),
                "The LSCB should evaluate its multi-agency training."
            ),
        ]
    );
    // The statement that there is nothing to list is no item, and no doubt.
    assert!(
        r.diagnostics
            .iter()
            .all(|d| d.code != DiagnosticCode::EmptyList),
        "{:?}",
        r.diagnostics
    );
}

#[test]
fn a_list_heading_with_nothing_under_it_is_said() {
    let r = parse(&[&ilacs_page(
        "What needs to improve?

The experiences and progress of children in care: good

Children in care live in stable homes.
",
    )]);
    assert!(r.findings.is_empty());
    assert!(
        r.diagnostics
            .iter()
            .any(|d| d.code == DiagnosticCode::EmptyList),
        "{:?}",
        r.diagnostics
    );
}

#[test]
fn a_body_heading_that_disagrees_with_the_table() {
    let page1 = ilacs_page("");
    let page2 = "2

The experiences and progress of children who need help and
protection: good

Children are seen promptly.

The experiences and progress of children in care and care leavers: good

Children in care live in stable homes.
";
    let r = parse(&[&page1, page2]);
    // The table says "requires improvement to be good" for help and protection.
    assert_eq!(level(&r, Area::HelpAndProtection), Some(Level::Adequate));
    let notes: Vec<&Diagnostic> = r
        .diagnostics
        .iter()
        .filter(|d| d.code == DiagnosticCode::HeadingDisagrees)
        .collect();
    assert_eq!(notes.len(), 1, "{:?}", r.diagnostics);
    assert!(notes[0].message.contains("help and"));
}

#[test]
fn an_area_send_inspection_and_its_outcome_on_its_own_scale() {
    for (statement, outcome) in [
        (
            "The local area partnership's arrangements typically lead to positive experiences and\noutcomes for children and young people with special educational needs and/or\ndisabilities (SEND).",
            Level::Positive,
        ),
        (
            "The local area partnership's arrangements lead to inconsistent experiences and\noutcomes for children and young people with SEND.",
            Level::Inconsistent,
        ),
        (
            "There are widespread and/or systemic failings leading to significant concerns about the\nexperiences and outcomes of children and young people with SEND.",
            Level::SystemicFailings,
        ),
    ] {
        let page1 = format!(
            "Local area partnership report\n\nArea SEND inspection of Rutland Local\nArea Partnership\n\nInspection dates: 4 to 8 March 2024\n\nDates of previous inspection: 1 to 5 May 2017\n\nInspection outcome\n\n{statement}\n\nInformation about the local area partnership\n\nRutland County Council and the ICB share responsibility.\n"
        );
        let page2 = "2

Areas for improvement

Areas for improvement
Leaders should improve the timeliness of EHC plans. This includes the
quality of advice from health.

Leaders across the partnership should strengthen:
\u{25fc} transitions to adulthood
\u{25fc} the local offer.

Local area partnership details
";
        let r = parse(&[&page1, page2]);
        assert_eq!(r.kind, DocumentKind::SendAreaInspection);
        assert_eq!(canonical(&r), Some("Rutland"));
        assert_eq!(
            r.dates.previous_inspection_start,
            Some("2017-05-01".parse().unwrap())
        );
        assert_eq!(level(&r, Area::SendOutcome), Some(outcome));
        assert_eq!(
            r.judgements[0].grade.score,
            Some(match outcome {
                Level::Positive => 3,
                Level::Inconsistent => 2,
                _ => 1,
            })
        );
        let items: Vec<&str> = r.findings.iter().map(|f| f.text.as_str()).collect();
        assert_eq!(
            items,
            [
                "Leaders should improve the timeliness of EHC plans. This includes the quality of advice from health.",
                "Leaders across the partnership should strengthen: \u{25fc} transitions to adulthood \u{25fc} the local offer."
            ]
        );
    }
}

#[test]
fn a_joint_targeted_area_inspection_letter() {
    let page = "1

12 June 2025

Dear local partnership

Joint targeted area inspection of Rutland

This letter summarises the findings of the joint targeted area inspection (JTAI) of the
multi-agency response to children who go missing in Rutland.

This inspection took place from 12 to 16 May 2025. It was carried out by inspectors
from Ofsted, the Care Quality Commission (CQC) and His Majesty's Inspectorate of
Constabulary and Fire & Rescue Services (HMICFRS).

Strengths

\u{25fc}  Partners share information about missing children quickly.

What needs to improve?

\u{25fc}  The quality of return home interviews.

Next steps

The partnership should prepare a written statement of action.
";
    let r = parse(&[page]);
    assert_eq!(r.kind, DocumentKind::JtaiLetter);
    assert_eq!(canonical(&r), Some("Rutland"));
    assert_eq!(
        r.subject.as_deref(),
        Some("the multi-agency response to children who go missing")
    );
    assert_eq!(r.agencies, ["Ofsted", "CQC", "HMICFRS"]);
    assert_eq!(
        r.dates.inspection_start,
        Some("2025-05-12".parse().unwrap())
    );
    assert_eq!(r.dates.letter, Some("2025-06-12".parse().unwrap()));
    let items: Vec<(FindingKind, &str)> = r
        .findings
        .iter()
        .map(|f| (f.kind, f.text.as_str()))
        .collect();
    assert_eq!(
        items,
        [
            (
                FindingKind::Strength,
                "Partners share information about missing children quickly."
            ),
            (
                FindingKind::AreaForImprovement,
                "The quality of return home interviews."
            ),
        ]
    );
}

#[test]
fn monitoring_visit_letters_and_a_subject_line_inside_the_address() {
    let letter = "14 March 2024

Jane Doe
Director of Children's Services
Rutland County Council Oakham LE15 6HP Monitoring visit to Rutland County Council children's services

Dear Jane

This letter summarises the findings of the monitoring visit to Rutland County Council
children's services on 5 and 6 February 2024. This was the third monitoring visit since
the local authority was judged inadequate. His Majesty's Inspectors for this visit were
Sam Jones and Alex Brown.

Inspectors looked at the local authority's arrangements for children in need of help
and protection.

Areas for priority action

\u{25fc}  The timeliness of strategy discussions.

What needs to improve in this area of social work practice?

\u{25fc}  The quality of child in need plans.

Yours sincerely
";
    let r = parse(&[letter]);
    assert_eq!(r.kind, DocumentKind::MonitoringVisit);
    assert_eq!(canonical(&r), Some("Rutland"));
    assert_eq!(
        r.dates.inspection_start,
        Some("2024-02-05".parse().unwrap())
    );
    assert_eq!(r.dates.inspection_end, Some("2024-02-06".parse().unwrap()));
    assert_eq!(r.dates.letter, Some("2024-03-14".parse().unwrap()));
    let team: Vec<(&str, Role)> = r.people.iter().map(|p| (p.name.as_str(), p.role)).collect();
    assert_eq!(
        team,
        [
            ("Sam Jones", Role::LeadInspector),
            ("Alex Brown", Role::Inspector)
        ]
    );
    assert_eq!(
        r.subject.as_deref(),
        Some("arrangements for children in need of help and protection")
    );
    let items: Vec<(FindingKind, &str)> = r
        .findings
        .iter()
        .map(|f| (f.kind, f.text.as_str()))
        .collect();
    assert_eq!(
        items,
        [
            (
                FindingKind::PriorityAction,
                "The timeliness of strategy discussions."
            ),
            (
                FindingKind::AreaForImprovement,
                "The quality of child in need plans."
            ),
        ]
    );
}

#[test]
fn a_body_line_that_starts_with_a_letters_title_is_no_title() {
    // A sentence wraps so that its second line starts "Joint targeted area
    // inspection": the report is still an ILACS report.
    for wrapped in [
        "Since the last inspection under the single inspection framework (SIF) in 2015 and the\njoint targeted area inspection (JTAI) in May 2021, the local authority has improved.",
        "Leaders have improved services since the previous inspection in 2016 as well as the\nJoint Targeted Area Inspection in 2019. These improvements have included training.",
    ] {
        let page = format!(
            "1\n\nWokingham Borough Council\n\nInspection of local authority children's services\n\nInspection dates: 6 March 2023 to 17 March 2023\n\nLead inspector: Jane Doe HMI\n{ILACS_2018_TABLE}\n{wrapped}\n"
        );
        let r = parse(&[&page]);
        assert_eq!(r.kind, DocumentKind::IlacsInspection, "{wrapped}");
        assert_eq!(canonical(&r), Some("Wokingham"));
        assert_eq!(level(&r, Area::OverallEffectiveness), Some(Level::Good));
    }
}

#[test]
fn a_sifs_list_of_strengths_is_strengths_not_areas_for_improvement() {
    let page = sif_page(
        "Wigan Council",
        SIF_TITLE,
        "Children's services require improvement to be good",
        SIF_TABLE,
    );
    let summary = "3

What does the local authority need to improve?

Areas for improvement

1.  The quality of plans for children in need should improve.

2.  Supervision should be regular and recorded.

4

The local authority has the following strengths:

3.  Children at risk of immediate harm receive a good service.

4.  Care leavers live in suitable accommodation.

Information about this inspection

Inspectors have looked closely at the experiences of children.";
    let r = parse(&[&page, LSCB_PAGE, summary]);
    use FindingKind::{AreaForImprovement as A, Strength as S};
    assert_eq!(
        items(&r)
            .into_iter()
            .map(|(k, _, t)| (k, t))
            .collect::<Vec<_>>(),
        [
            (
                A,
                "The quality of plans for children in need should improve."
            ),
            (A, "Supervision should be regular and recorded."),
            (
                S,
                "Children at risk of immediate harm receive a good service."
            ),
            (S, "Care leavers live in suitable accommodation."),
        ]
    );
}

#[test]
fn sub_bullets_of_every_glyph_stay_with_their_item() {
    for dash in ["−", "-", "–", "⎯", "◦"] {
        let list = format!(
            "What needs to improve

◼  Services to care leavers, including:

{dash}  sufficiency of accommodation

{dash}  assessment of risk and safety planning.

◼  Permanence planning for children.

◼  The quality of life-story work.
"
        );
        let r = parse(&[&ilacs_page(&list)]);
        let texts: Vec<&str> = items(&r).into_iter().map(|(_, _, t)| t).collect();
        assert_eq!(
            texts,
            [
                "Services to care leavers, including: sufficiency of accommodation; assessment of risk and safety planning.",
                "Permanence planning for children.",
                "The quality of life-story work.",
            ],
            "{dash}"
        );
    }
    // A list whose own items are dashes is a list of items.
    let r = parse(&[&ilacs_page(
        "What needs to improve\n\n- The quality of plans.\n\n- Supervision of staff.\n",
    )]);
    assert_eq!(items(&r).len(), 2);
}

#[test]
fn a_jtai_letters_subheadings_inside_its_list_group_items_and_end_nothing() {
    for board in [
        "The LSCB",
        "The Local Safeguarding Children Board",
        "Leadership and management",
    ] {
        let page = format!(
            "1

14 June 2016

Dear local partnership

Joint targeted area inspection of the multi-agency response to child sexual exploitation in Wigan

This inspection took place from 16 to 20 May 2016. It was carried out by inspectors from Ofsted, the Care Quality Commission (CQC), HMI Constabulary (HMIC) and HMI Probation.

Areas for improvement

Identification of risk at the front door

◼  Contacts from partner agencies vary in quality.

◼  Consent is not always recorded.

{board}

◼  The board's dataset is not yet robust.

Case study: area for improvement

Josh is a young person looked after who went missing.
"
        );
        let r = parse(&[&page]);
        assert_eq!(r.kind, DocumentKind::JtaiLetter, "{board}");
        let texts: Vec<&str> = items(&r).into_iter().map(|(_, _, t)| t).collect();
        assert_eq!(
            texts,
            [
                "Contacts from partner agencies vary in quality.",
                "Consent is not always recorded.",
                "The board's dataset is not yet robust.",
            ],
            "{board}"
        );
        assert_eq!(r.agencies, ["Ofsted", "CQC", "HMIC", "HMIP"]);
    }
}

#[test]
fn an_items_second_paragraph_belongs_to_it_and_narrative_after_a_list_does_not() {
    let one = "1

14 June 2019

Dear local partnership

Joint targeted area inspection of the multi-agency response to domestic abuse in Wigan

This inspection took place from 13 to 17 May 2019. It was carried out by inspectors from Ofsted and the Care Quality Commission (CQC).

Strengths

◼  The police have invested in mental health triage, so that an officer and a
nurse attend together.";
    let two = "2

Prompt assessments of need reduce the occasions on which section 136 of the Mental
Health Act is used. Nurses provide immediate advice, and officers across the force are
increasingly confident.

◼  The workforce is well trained.

Inspectors also looked at a sample of cases held by the early help service and
found that most were well managed.

Areas for improvement

◼  Referrals from schools vary in quality.
";
    let r = parse(&[one, two]);
    assert_eq!(r.kind, DocumentKind::JtaiLetter);
    use FindingKind::{AreaForImprovement as A, Strength as S};
    let got: Vec<(FindingKind, &str)> = items(&r).into_iter().map(|(k, _, t)| (k, t)).collect();
    assert_eq!(
        got,
        [
            (
                S,
                "The police have invested in mental health triage, so that an officer and a nurse attend together. Prompt assessments of need reduce the occasions on which section 136 of the Mental Health Act is used. Nurses provide immediate advice, and officers across the force are increasingly confident."
            ),
            (S, "The workforce is well trained."),
            (A, "Referrals from schools vary in quality."),
        ]
    );
}

#[test]
fn a_part_heading_after_an_unfinished_item_ends_the_list() {
    let page = sif_page(
        "Wigan Council",
        SIF_TITLE,
        "Children's services require improvement to be good",
        SIF_TABLE,
    );
    let lscb = "43

Recommendations

147.  Ensure that arrangements for children missing are monitored by the board.

148.  Review the resources available to the partnership to ensure a sufficient focus";
    let findings = "44

Inspection findings – the Local Safeguarding Children Board

149.  The board is inadequate because it is failing to meet its statutory duties.

150.  There is not yet a published strategy for early help.";
    let r = parse(&[&page, LSCB_PAGE, lscb, findings]);
    let texts: Vec<&str> = items(&r).into_iter().map(|(_, _, t)| t).collect();
    assert_eq!(
        texts,
        [
            "Ensure that arrangements for children missing are monitored by the board.",
            "Review the resources available to the partnership to ensure a sufficient focus",
        ]
    );
}

#[test]
fn the_boards_judgement_under_its_local_name() {
    let page = sif_page(
        "Wigan Council",
        SIF_TITLE,
        "Children's services require improvement to be good",
        SIF_TABLE,
    );
    let review = "32

Section 2: The effectiveness of the local safeguarding
children board

The effectiveness of the Wigan Safeguarding Children Board (WSCB) is
good.

Areas for improvement:

140.  WSCB should ensure that the information agencies provide is analysed.";
    let r = parse(&[&page, review]);
    assert_eq!(level(&r, Area::Lscb), Some(Level::Good));
}

#[test]
fn an_area_send_priority_table_is_read_by_its_cells() {
    let page = "Local area partnership report

Area SEND inspection of Wigan Local
Area Partnership

Inspection dates: 4 to 8 March 2024

Inspection outcome

The local area partnership's arrangements lead to inconsistent experiences and
outcomes for children and young people with SEND.
";
    let tables = "2

Areas for priority action
  Responsible body  Areas for priority action
Wigan Council and NHS
Greater Manchester ICB  Leaders across the partnership should act with urgency
to ensure that:
▪  amended EHC plans are issued in
a timely way

▪  EHC plans reflect the current needs of the child.

Wigan Council and NHS
Greater Manchester ICB  Leaders across the partnership should work at pace to
address the delays in speech and language therapy.

Areas for improvement

Areas for improvement
Leaders should improve the local offer.

Local area partnership details
";
    let r = parse(&[page, tables]);
    assert_eq!(r.kind, DocumentKind::SendAreaInspection);
    let got: Vec<(FindingKind, &str)> = items(&r).into_iter().map(|(k, _, t)| (k, t)).collect();
    assert_eq!(
        got,
        [
            (
                FindingKind::PriorityAction,
                "Leaders across the partnership should act with urgency to ensure that: amended EHC plans are issued in a timely way; EHC plans reflect the current needs of the child."
            ),
            (
                FindingKind::PriorityAction,
                "Leaders across the partnership should work at pace to address the delays in speech and language therapy."
            ),
            (
                FindingKind::AreaForImprovement,
                "Leaders should improve the local offer."
            ),
        ]
    );
}

#[test]
fn a_jtai_letters_lists_of_plain_paragraphs_under_subheadings() {
    // No bullets anywhere: each paragraph under the list heading is an item,
    // its subheadings group them, a paragraph over a page break is one item,
    // and a case study or the next part of the letter ends the list.
    let one = "1

9 March 2018

Dear local partnership

Joint targeted area inspection of the multi-agency response to abuse and neglect in Wigan

Between 5 and 9 February 2018, Ofsted, the Care Quality Commission (CQC), HM Inspectorate
of Constabulary and Fire & Rescue Services (HMICFRS) and HM Inspectorate of Probation
(HMI Probation) undertook a joint targeted area inspection.

Key strengths

The board has helped partners to understand the risks to older children.

Early help assessments are undertaken by a wide range of agencies, particularly schools,
and the interventions that follow them are well coordinated by the local authority, and

";
    let two = "2

effective for many children.

Case study: highly effective practice

A young person was helped quickly by the school nurse.

Areas for improvement

Identifying and managing risk at the front door

Decisions in the MASH are not always informed by children's history.

Strategy discussions do not always include clear safety plans.

Leadership and management

The board has not put in place measurable action plans.

Next steps

The local authority should prepare a written statement of proposed action.
";
    let r = parse(&[one, two]);
    assert_eq!(r.kind, DocumentKind::JtaiLetter);
    let got: Vec<(FindingKind, &str)> = items(&r).into_iter().map(|(k, _, t)| (k, t)).collect();
    assert_eq!(
        got,
        [
            (
                FindingKind::Strength,
                "The board has helped partners to understand the risks to older children."
            ),
            (
                FindingKind::Strength,
                "Early help assessments are undertaken by a wide range of agencies, particularly schools, and the interventions that follow them are well coordinated by the local authority, and effective for many children."
            ),
            (
                FindingKind::AreaForImprovement,
                "Decisions in the MASH are not always informed by children's history."
            ),
            (
                FindingKind::AreaForImprovement,
                "Strategy discussions do not always include clear safety plans."
            ),
            (
                FindingKind::AreaForImprovement,
                "The board has not put in place measurable action plans."
            ),
        ]
    );
    assert_eq!(
        r.dates.inspection_start,
        Some("2018-02-05".parse().unwrap())
    );
}

#[test]
fn a_visit_letters_paragraphs_under_what_needs_to_improve_end_at_its_close() {
    let page = "1

3 October 2019

Jane Doe
Director of Children's Services
Wigan Council

Dear Jane

Focused visit to Wigan local authority children's services

This letter summarises the findings of the focused visit to Wigan children's services
on 10 and 11 September 2019. The visit was conducted by Sam Jones and Alex Brown, two of
Her Majesty's Inspectors.

Findings

Assessments are timely.

What needs to improve in this area of social work practice

Plans are not sufficiently effective in reducing needs.

Supervision is regular, but it is not used to improve practice.

Ofsted will take the findings from this focused visit into account when planning your
next inspection or visit.

Yours sincerely

Sam Jones
Her Majesty's Inspector
";
    let r = parse(&[page]);
    assert_eq!(r.kind, DocumentKind::FocusedVisit);
    let texts: Vec<&str> = items(&r).into_iter().map(|(_, _, t)| t).collect();
    assert_eq!(
        texts,
        [
            "Plans are not sufficiently effective in reducing needs.",
            "Supervision is regular, but it is not used to improve practice.",
        ]
    );
}

#[test]
fn a_long_paragraph_leading_into_a_list_is_its_introduction() {
    let page = "1

3 June 2022

Jane Doe
Director of Children's Services
Wigan Council

Dear Jane

Focused visit to Wigan local authority children's services

This letter summarises the findings of the focused visit to Wigan children's services
on 4 and 5 May 2022. Her Majesty's Inspectors were Sam Jones and Alex Brown.

What needs to improve in this area of social work practice

Senior leaders have needed to make widespread changes to children's social care
services. This followed the last focused visit, when significant weaknesses in the
quality of services for children were found. While much progress has been made
against the areas for priority action identified then, some weaknesses in practice
remain. In addition to the existing areas for priority action, the following areas
for improvement have been identified at this visit:

◼  the stability of the social care workforce, so that children experience fewer
changes of social worker

◼  social worker caseloads.

Findings

◼  Thresholds are understood.
";
    let r = parse(&[page]);
    let texts: Vec<&str> = items(&r).into_iter().map(|(_, _, t)| t).collect();
    assert_eq!(
        texts,
        [
            "the stability of the social care workforce, so that children experience fewer changes of social worker",
            "social worker caseloads.",
        ]
    );
}

#[test]
fn a_heading_that_prints_a_grade_ends_the_list_before_it() {
    // No contents page says so: the grade at the heading's end does, and the
    // numbered paragraphs under it are its findings, not items.
    let r = parse(&[&ilacs_page(
        "What needs to improve?

\u{25fc}  Oversight arrangements to progress permanence for children in long-term foster
care.

\u{25fc}  The timeliness of letters before proceedings.

Experiences and progress of children who need help and protection: good

1. Leaders reviewed early help services in 2022 and ensured that they were better
targeted at need.

2. Contacts and referrals are managed within a timely and effective system.
",
    )]);
    let texts: Vec<&str> = items(&r).into_iter().map(|(_, _, t)| t).collect();
    assert_eq!(
        texts,
        [
            "Oversight arrangements to progress permanence for children in long-term foster care.",
            "The timeliness of letters before proceedings.",
        ]
    );
}

#[test]
fn an_items_second_paragraph_before_a_subheading_belongs_to_it() {
    let one = "1

14 June 2017

Dear local partnership

Joint targeted area inspection of the multi-agency response to child sexual exploitation in Wigan

This inspection took place from 15 to 19 May 2017. It was carried out by inspectors from Ofsted, the Care Quality Commission (CQC), HMI Constabulary (HMIC) and HMI Probation.

Areas for improvement

Leadership and management

\u{25fc}  Senior leaders have not yet achieved the same good standard of practice across all
services. These problems are well recognised, and the council has identified solutions.

";
    let two = "2

However, action to improve the service has not been expedited, and this means that not
all children receive a timely response.

The Local Safeguarding Children Board

\u{25fc}  The board does not set baselines against which to measure partners' performance.

Next steps

The partnership should prepare a written statement of proposed action.
";
    let r = parse(&[one, two]);
    let texts: Vec<&str> = items(&r).into_iter().map(|(_, _, t)| t).collect();
    assert_eq!(
        texts,
        [
            "Senior leaders have not yet achieved the same good standard of practice across all services. These problems are well recognised, and the council has identified solutions. However, action to improve the service has not been expedited, and this means that not all children receive a timely response.",
            "The board does not set baselines against which to measure partners' performance.",
        ]
    );
}

#[test]
fn a_parts_heading_with_no_space_above_it_ends_the_list() {
    let page = "1

3 October 2024

Jane Doe
Director of Children's Services
Wigan Council

Dear Jane

Focused visit to Wigan children's services

This letter summarises the findings of the focused visit to Wigan children's services
on 10 and 11 September 2024. His Majesty's Inspectors for this visit were Sam Jones and
Alex Brown.

What needs to improve in this area of social work practice?

\u{25fc}  Timely assessment and planning for children, including disabled children.

\u{25fc}  Effective information-sharing at child protection conferences. In
particular, timely written reports in line with statutory guidance.
Main findings
Since the last inspection, there has been a strong focus by senior leaders on getting
basic social work practice right.
";
    let r = parse(&[page]);
    let texts: Vec<&str> = items(&r).into_iter().map(|(_, _, t)| t).collect();
    assert_eq!(
        texts,
        [
            "Timely assessment and planning for children, including disabled children.",
            "Effective information-sharing at child protection conferences. In particular, timely written reports in line with statutory guidance.",
        ]
    );
}

#[test]
fn a_recommendations_heading_whose_numbers_go_on_from_the_narrative_has_no_items() {
    // The board's recommendations box is missing from the text; its heading
    // lands among the findings, whose numbered paragraphs go on under it.
    let page = sif_page(
        "Wigan Council",
        SIF_TITLE,
        "Children's services require improvement to be good",
        SIF_TABLE,
    );
    let findings = "37

Inspection findings – the Local Safeguarding Children Board

128.  The board is well established. It holds partners effectively to account.

129.  The chair provides strong, effective and analytical leadership.

Recommendations

130.  The board demonstrates a culture of effective and respectful challenge to
partners and agencies.

131.  Engagement and commitment of partners to the work of the board are strong.";
    let r = parse(&[&page, LSCB_PAGE, findings]);
    assert!(r.findings.is_empty(), "{:?}", items(&r));
    assert!(
        r.diagnostics
            .iter()
            .any(|d| d.code == DiagnosticCode::EmptyList && d.message.contains("(130 on)")),
        "{:?}",
        r.diagnostics
    );
}

#[test]
fn a_list_that_ends_for_no_reason_the_reader_can_name_says_so() {
    let r = parse(&[&ilacs_page(
        "What needs to improve?

\u{25fc}  The timeliness of letters before proceedings.

In addition, leaders need to address these weaknesses, which inspectors also found in practice:

\u{25fc}  The sufficiency of placements for older children.

Experiences and progress of children in care: good

Children in care live in stable homes.
",
    )]);
    let texts: Vec<&str> = items(&r).into_iter().map(|(_, _, t)| t).collect();
    assert_eq!(texts, ["The timeliness of letters before proceedings."]);
    let cut: Vec<&Diagnostic> = r
        .diagnostics
        .iter()
        .filter(|d| d.code == DiagnosticCode::ListCut)
        .collect();
    assert_eq!(cut.len(), 1, "{:?}", r.diagnostics);
    assert!(
        cut[0].message.contains("What needs to improve?"),
        "{}",
        cut[0].message
    );
    assert_eq!(cut[0].line, Some(r.findings[0].source.line + 4));
}

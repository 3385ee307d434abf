//! The values a user reads off the five seed documents: every graded judgement,
//! with the right level and year, and nothing else; every finding once.

use apa::model::*;

fn parse(name: &str) -> Report {
    let path = format!("fixtures/{name}");
    apa::parse_bytes(&std::fs::read(&path).unwrap(), &path).unwrap()
}

fn level(r: &Report, scope: Scope, area: Area, year: i32) -> Option<Level> {
    let found: Vec<&Judgement> = r
        .judgements
        .iter()
        .filter(|j| j.scope == scope && j.area == area && j.year == Some(year))
        .collect();
    assert!(found.len() <= 1, "{area} {year} read {} times", found.len());
    found.first().and_then(|j| j.grade.level)
}

/// The five seed fixtures.
const SEEDS: [&str; 5] = [
    "bromley-2005-apa-letter.txt",
    "bexley-2005-apa-letter.txt",
    "bromley-2010-safeguarding-lac-inspection.txt",
    "bromley-2012-council-report-apa-2011.txt",
    "bromley-2009-2011-children-plan.txt",
];

fn count(r: &Report, kind: FindingKind) -> usize {
    r.findings.iter().filter(|f| f.kind == kind).count()
}

#[test]
fn bromley_2005_apa_letter() {
    let r = parse("bromley-2005-apa-letter.txt");
    assert_eq!(r.kind, DocumentKind::ApaLetter);
    assert_eq!(r.council_name(), "Bromley");
    assert_eq!(r.year, Some(2005));
    assert_eq!(r.dates.letter, "2005-12-01".parse().ok());
    assert_eq!(r.dates.meeting, "2005-06-21".parse().ok());
    let grades: Vec<(Area, &str, Option<Level>)> = r
        .judgements
        .iter()
        .map(|j| (j.area, j.grade.raw.as_str(), j.grade.level))
        .collect();
    assert_eq!(
        grades,
        vec![
            (Area::SocialCare, "2", Some(Level::Adequate)),
            (Area::Education, "3", Some(Level::Good)),
            (Area::ChildrensServices, "3", Some(Level::Good)),
            (Area::CapacityToImprove, "3", Some(Level::Good)),
        ]
    );
    assert!(
        r.judgements
            .iter()
            .all(|j| j.year == Some(2005) && j.grade.score == j.grade.level.map(Level::score))
    );
    assert_eq!(count(&r, FindingKind::Strength), 15);
    assert_eq!(count(&r, FindingKind::AreaForImprovement), 14);
    assert_eq!(count(&r, FindingKind::AreaForExploration), 13);
    let teen = r
        .findings
        .iter()
        .find(|f| f.text == "reduce teenage pregnancies")
        .unwrap();
    assert_eq!(
        (teen.kind, teen.area),
        (FindingKind::AreaForImprovement, Some(Area::BeingHealthy))
    );
    let amp = r
        .findings
        .iter()
        .find(|f| f.text.starts_with("improved rates of attendance"))
        .unwrap();
    assert_eq!(amp.text, "improved rates of attendance & exclusions");
    assert_eq!(amp.area, Some(Area::EnjoyingAndAchieving));
    let post16 = r
        .findings
        .iter()
        .find(|f| {
            f.text
                .starts_with("effectiveness of action to improve post-16")
        })
        .unwrap();
    assert_eq!(post16.area, Some(Area::AchievingEconomicWellbeing));
    assert!(post16.text.ends_with("access to provision below level 3; collaboration between sixth form providers to improve value for money; achievements post-16, including literacy and numeracy"));
    let names: Vec<&str> = r.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Flo Hadley", "Jonathan Phillips"]);
    for f in &r.findings {
        assert!(
            !f.text.contains('<') && !f.text.contains("&amp;") && !f.text.starts_with('•'),
            "{}",
            f.text
        );
    }
}

#[test]
fn bexley_2005_apa_letter_bold_grades() {
    let r = parse("bexley-2005-apa-letter.txt");
    assert_eq!(r.council_name(), "Bexley");
    assert_eq!(r.dates.meeting, "2005-07-06".parse().ok());
    let social = r.judgement(Scope::None, Area::SocialCare).unwrap();
    assert_eq!(
        (
            social.grade.raw.as_str(),
            social.grade.level,
            social.grade.score
        ),
        ("4", Some(Level::Outstanding), Some(4))
    );
    assert_eq!(
        level(&r, Scope::None, Area::Education, 2005),
        Some(Level::Good)
    );
    assert_eq!(
        level(&r, Scope::None, Area::ChildrensServices, 2005),
        Some(Level::Outstanding)
    );
    assert_eq!(
        level(&r, Scope::None, Area::CapacityToImprove, 2005),
        Some(Level::Outstanding)
    );
    assert_eq!(r.judgements.len(), 4);
    assert_eq!(count(&r, FindingKind::Strength), 10);
    assert_eq!(count(&r, FindingKind::AreaForImprovement), 8);
    assert_eq!(count(&r, FindingKind::AreaForExploration), 6);
}

#[test]
fn bromley_2010_safeguarding_and_looked_after_inspection() {
    let r = parse("bromley-2010-safeguarding-lac-inspection.txt");
    assert_eq!(r.kind, DocumentKind::SafeguardingLacInspection);
    assert_eq!(r.council_name(), "Bromley");
    assert_eq!(r.dates.inspection_start, "2010-04-12".parse().ok());
    assert_eq!(r.dates.inspection_end, "2010-04-23".parse().ok());
    assert_eq!(r.dates.published, "2010-05-24".parse().ok());
    assert_eq!(r.people[0].name, "Brendan Parkinson");
    let s = Scope::Safeguarding;
    let l = Scope::LookedAfter;
    assert_eq!(
        level(&r, s, Area::ChildrenFeelSafe, 2010),
        Some(Level::Good)
    );
    assert_eq!(
        level(&r, s, Area::ChildrenAreSafe, 2010),
        Some(Level::Adequate)
    );
    assert_eq!(level(&r, s, Area::UserEngagement, 2010), Some(Level::Good));
    assert_eq!(
        level(&r, s, Area::OverallEffectiveness, 2010),
        Some(Level::Adequate)
    );
    // Graded only in the body, under their headings.
    assert_eq!(
        level(&r, s, Area::QualityOfProvision, 2010),
        Some(Level::Adequate)
    );
    assert_eq!(
        level(&r, l, Area::LeadershipAndManagement, 2010),
        Some(Level::Adequate)
    );
    assert_eq!(level(&r, l, Area::BeingHealthy, 2010), Some(Level::Good));
    assert_eq!(
        level(&r, l, Area::AchievingEconomicWellbeing, 2010),
        Some(Level::Good)
    );
    assert_eq!(
        level(&r, l, Area::ServiceResponsiveness, 2010),
        Some(Level::Good)
    );
    assert_eq!(
        level(&r, l, Area::UserEngagement, 2010),
        Some(Level::Adequate)
    );
    assert_eq!(r.judgements.iter().filter(|j| j.scope == s).count(), 15);
    assert_eq!(r.judgements.iter().filter(|j| j.scope == l).count(), 18);
    assert!(r.judgements.iter().all(|j| j.grade.level.is_some()));
    let by = |scope, ts| {
        r.findings
            .iter()
            .filter(|f| f.scope == scope && f.timescale == Some(ts))
            .count()
    };
    assert_eq!(by(s, Timescale::Immediately), 2);
    assert_eq!(by(s, Timescale::WithinThreeMonths), 6);
    assert_eq!(by(s, Timescale::WithinSixMonths), 2);
    assert_eq!(by(l, Timescale::Immediately), 2);
    assert_eq!(by(l, Timescale::WithinThreeMonths), 3);
    assert_eq!(by(l, Timescale::WithinSixMonths), 1);
    assert_eq!(r.findings.len(), 16);
}

#[test]
fn bromley_council_report_quotes_ratings_by_year() {
    let r = parse("bromley-2012-council-report-apa-2011.txt");
    assert_eq!(r.kind, DocumentKind::CouncilReport);
    assert_eq!(r.council_name(), "Bromley");
    assert_eq!(r.year, Some(2011));
    assert_eq!(r.dates.meeting, "2012-02-21".parse().ok());
    let years: Vec<(Option<i32>, Option<Level>)> = {
        let mut v: Vec<_> = r
            .judgements
            .iter()
            .map(|j| (j.year, j.grade.level))
            .collect();
        v.sort();
        v
    };
    assert_eq!(
        years,
        vec![
            (Some(2006), Some(Level::Adequate)),
            (Some(2008), Some(Level::Good)),
            (Some(2009), Some(Level::Good)),
            (Some(2010), Some(Level::Good)),
            (Some(2011), Some(Level::Good)),
        ]
    );
    assert!(
        r.judgements
            .iter()
            .all(|j| j.area == Area::ChildrensServices)
    );
    let jar = r.judgements.iter().find(|j| j.year == Some(2006)).unwrap();
    assert_eq!(jar.grade.raw, "Level 2: Adequate");
    assert_eq!(count(&r, FindingKind::AreaForImprovement), 9);
    let first = r
        .findings
        .iter()
        .find(|f| f.kind == FindingKind::Action)
        .unwrap();
    assert_eq!(
        first.text,
        "Establish a multi agency group to review and redraft the referral form to Children's Social Care"
    );
    let details = first.action.as_ref().unwrap();
    assert_eq!(details.timeframe.as_deref(), Some("June 2011"));
    assert_eq!(details.progress.as_deref(), Some("Achieved"));
    assert!(
        details
            .lead
            .as_deref()
            .unwrap()
            .starts_with("Assistant Director (Safeguarding & Social Care)")
    );
}

#[test]
fn bromley_children_plan_grade_table() {
    let r = parse("bromley-2009-2011-children-plan.txt");
    assert_eq!(r.kind, DocumentKind::ChildrenPlan);
    assert_eq!(r.council_name(), "Bromley");
    assert_eq!(r.years, vec![2006, 2007, 2008]);
    assert_eq!(
        level(&r, Scope::None, Area::AchievingEconomicWellbeing, 2007),
        Some(Level::Good)
    );
    assert_eq!(
        level(&r, Scope::None, Area::AchievingEconomicWellbeing, 2006),
        Some(Level::Adequate)
    );
    assert_eq!(
        level(&r, Scope::None, Area::ChildrensServices, 2008),
        Some(Level::Good)
    );
    assert_eq!(
        level(&r, Scope::None, Area::BeingHealthy, 2006),
        Some(Level::Adequate)
    );
    // 8 areas x 3 years; the heading "Overall effectiveness ... (Grade 3)" agrees with 2008.
    assert_eq!(r.judgements.len(), 24);
    assert!(
        r.diagnostics
            .iter()
            .all(|d| d.code != DiagnosticCode::GradesDisagree)
    );
    assert_eq!(count(&r, FindingKind::Strength), 17);
    assert_eq!(count(&r, FindingKind::AreaForImprovement), 9);
    let cap = r
        .findings
        .iter()
        .filter(|f| f.area == Some(Area::CapacityToImprove))
        .count();
    assert_eq!(cap, 5);
}

#[test]
fn renamed_crlf_and_bom_copies_parse_the_same() {
    for name in [
        "bromley-2005-apa-letter.txt",
        "bromley-2010-safeguarding-lac-inspection.txt",
        "bromley-2009-2011-children-plan.txt",
    ] {
        let bytes = std::fs::read(format!("fixtures/{name}")).unwrap();
        let base = apa::parse_bytes(&bytes, "a.txt").unwrap();
        let crlf = String::from_utf8(bytes.clone())
            .unwrap()
            .replace('\n', "\r\n");
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(&bytes);
        for (label, b) in [("crlf", crlf.into_bytes()), ("bom", bom)] {
            let other = apa::parse_bytes(&b, "a.txt").unwrap();
            assert_eq!(other.judgements, base.judgements, "{name} {label}");
            assert_eq!(other.findings, base.findings, "{name} {label}");
        }
        let renamed = apa::parse_bytes(&bytes, "zz-unrelated-name.txt").unwrap();
        assert_eq!(renamed.judgements, base.judgements);
        assert_eq!(renamed.council, base.council);
    }
}

#[test]
fn a_text_that_is_no_report_is_an_error() {
    let err =
        apa::parse_bytes(b"# My project\n\nSome notes about nothing.\n", "README.txt").unwrap_err();
    assert!(
        err.to_string().starts_with("not an inspection report"),
        "{err}"
    );
    // Ungraded letters that name children's services are no graded inspection.
    let letter = b"Unannounced inspection of contact, referral and assessment arrangements within local authority children's services\n\nInspection dates: 12 April 2011\n";
    let err = apa::parse_bytes(letter, "letter.txt").unwrap_err();
    assert!(
        err.to_string().starts_with(
            "not a graded inspection report: an unannounced inspection of contact, referral and assessment"
        ),
        "{err}"
    );
    // The 2009 joint area review progress inspections (after Haringey's) are
    // named for what they are, whichever council's.
    let progress = b"Inspection of progress made in the provision\nof safeguarding services in Doncaster\n\nCare Quality Commission\nHM Inspectorate of Constabulary\nOfsted\n\nOverall judgement on progress since March 2009\n";
    let err = apa::parse_bytes(progress, "progress.txt").unwrap_err();
    assert!(
        err.to_string().starts_with(
            "not a graded inspection report: a joint area review progress inspection (2009)"
        ),
        "{err}"
    );
    // A focused visit letter is read as one: it grades nothing.
    let visit = b"Ofsted\n\nFocused visit to Bromley children's services\n\nThis letter summarises the findings of the focused visit.\n";
    let r = apa::parse_bytes(visit, "visit.txt").unwrap();
    assert_eq!(r.kind, apa::model::DocumentKind::FocusedVisit);
    assert!(r.judgements.is_empty());
}

/// The same kind of document from another council and year: a 2007 APA letter
/// grades the five outcomes, in a markdown table with "Major strengths" tables.
#[test]
fn a_2007_apa_letter_of_another_council() {
    let text = "\
**22 November 2007**

Dear Ms Smith

**ANNUAL PERFORMANCE ASSESSMENT OF KENT COUNTY COUNCIL'S CHILDREN'S SERVICES 2007**

This letter summarises the findings of the meeting held on 14 September 2007.

| Major strengths | Important weaknesses and areas for development |
|--|--|
| <p>Being healthy</p> <ul> • Good take-up of health checks. • Strong school nursing. </ul> | <p>Being healthy</p> <ul> • Teenage conception rates remain high. </ul> |

| Judgement | Grade |
|---|---|
| Overall effectiveness of children's services | 3 |
| Being healthy | 3 |
| Staying safe | 2 |
| Enjoying and achieving | 3 |
| Making a positive contribution | 4 |
| Achieving economic well-being | 3 |
| Capacity to improve, including the management of children's services | 3 |

Key to grades: 4-outstanding; 3-good; 2-adequate; 1-inadequate.
";
    let r = apa::parse_bytes(text.as_bytes(), "letter.txt").unwrap();
    assert_eq!(r.kind, DocumentKind::ApaLetter);
    assert_eq!(r.council_name(), "Kent");
    assert_eq!(r.year, Some(2007));
    assert_eq!(r.dates.meeting, "2007-09-14".parse().ok());
    assert_eq!(r.judgements.len(), 7);
    assert_eq!(
        level(&r, Scope::None, Area::ChildrensServices, 2007),
        Some(Level::Good)
    );
    assert_eq!(
        level(&r, Scope::None, Area::StayingSafe, 2007),
        Some(Level::Adequate)
    );
    assert_eq!(
        level(&r, Scope::None, Area::MakingAPositiveContribution, 2007),
        Some(Level::Outstanding)
    );
    assert_eq!(
        level(&r, Scope::None, Area::CapacityToImprove, 2007),
        Some(Level::Good)
    );
    assert_eq!(count(&r, FindingKind::Strength), 2);
    assert_eq!(count(&r, FindingKind::AreaForImprovement), 1);
    assert!(
        r.findings
            .iter()
            .all(|f| f.area == Some(Area::BeingHealthy))
    );
}

/// 2006-2008 letters name the council after "services for children and young
/// people in", with the year first or not at all (the letter's date then gives it).
#[test]
fn apa_letters_titled_services_for_children_and_young_people_in() {
    let letter = |title: &str| {
        format!(
            "**22 November 2006**\n\nDear Mr Jones\n\n{title}\n\n\
             | Judgement | Grade |\n|---|---|\n\
             | The contribution of the local authority's children's services in maintaining and improving outcomes for children and young people | 3 |\n\
             | The council's overall capacity to improve its services for children and young people | 3 |\n\
             | The contribution of the local authority's social care services in maintaining and improving outcomes for children and young people | 4 |\n\n\
             Key to grades: 4-outstanding; 3-good; 2-adequate; 1-inadequate.\n"
        )
    };
    let cases = [
        (
            "**2006 ANNUAL PERFORMANCE ASSESSMENT OF SERVICES FOR CHILDREN AND YOUNG PEOPLE IN THE EAST RIDING OF YORKSHIRE COUNCIL**",
            "East Riding of Yorkshire",
            false,
        ),
        (
            "ANNUAL PERFORMANCE ASSESSMENT OF SERVICES FOR CHILDREN AND YOUNG PEOPLE IN\n\nBARKING AND DAGENHAM COUNCIL",
            "Barking and Dagenham",
            true,
        ),
    ];
    for (title, council, year_from_date) in cases {
        let r = apa::parse_bytes(letter(title).as_bytes(), "letter.txt").unwrap();
        assert_eq!(r.kind, DocumentKind::ApaLetter);
        assert_eq!(r.council_name(), council);
        assert_eq!(r.year, Some(2006));
        assert_eq!(
            r.diagnostics
                .iter()
                .any(|d| d.code == DiagnosticCode::YearInferred),
            year_from_date
        );
        assert_eq!(
            level(&r, Scope::None, Area::ChildrensServices, 2006),
            Some(Level::Good)
        );
        assert_eq!(
            level(&r, Scope::None, Area::CapacityToImprove, 2006),
            Some(Level::Good)
        );
        assert_eq!(
            level(&r, Scope::None, Area::SocialCare, 2006),
            Some(Level::Outstanding)
        );
    }
}

/// Text taken from a PDF has no cell marks: the APA letters' annex tables and
/// keys read the same without them, with a label wrapped over lines and its grade
/// alone on the next line too.
#[test]
fn apa_letters_without_cell_marks() {
    let grades = |r: &Report| {
        let mut v: Vec<(Area, Option<i32>, String, Option<Level>)> = r
            .judgements
            .iter()
            .map(|j| (j.area, j.year, j.grade.raw.clone(), j.grade.level))
            .collect();
        v.sort();
        v
    };
    for name in ["bromley-2005-apa-letter.txt", "bexley-2005-apa-letter.txt"] {
        let with = parse(name);
        let text = std::fs::read_to_string(format!("fixtures/{name}")).unwrap();
        let spaced = text.replace('\t', "   ");
        // Each row's label in two lines, its grade on a third.
        let split: String = spaced
            .lines()
            .map(|l| {
                let row = l.starts_with("The contribution") || l.starts_with("The council");
                match l.rsplit_once("   ").filter(|_| row) {
                    Some((label, grade)) => {
                        let words: Vec<&str> = label.split(' ').collect();
                        let (a, b) = words.split_at(words.len() / 2);
                        format!("{}\n{}\n{grade}\n", a.join(" "), b.join(" "))
                    }
                    None => format!("{l}\n"),
                }
            })
            .collect();
        for variant in [spaced, split] {
            let without = apa::parse_bytes(variant.as_bytes(), "x.txt").unwrap();
            assert_eq!(grades(&without), grades(&with), "{name}");
            assert_eq!(without.judgements.len(), 4, "{name}");
            // The key is read too: no diagnostic says it was assumed.
            assert!(
                !without
                    .diagnostics
                    .iter()
                    .any(|d| d.code == DiagnosticCode::ScaleAssumed),
                "{name}: {:?}",
                without.diagnostics
            );
        }
    }
}

/// Ofsted's annual children's services assessments (2009-2011) give one rating,
/// in words, a number or both; a key listing every rating is not one.
#[test]
fn childrens_services_assessments() {
    let doc = |rating: &str, council_line: &str| {
        format!(
            "Ofsted\n\nChildren's services assessment 2009{council_line}\n\n\
             Date published: 9 December 2009\n\n\
             Key: 4 Performs excellently; 3 Performs well; 2 Performs adequately; 1 Performs poorly\n\n\
             {rating}\n\nServices assessed as performing well are above minimum requirements.\n"
        )
    };
    let cases = [
        (
            "Rating for children's services: Performs well (3)",
            "\n\nLocal authority: Bexley",
            "Bexley",
            Some(Level::Good),
        ),
        (
            "Overall rating: 1 Performs poorly",
            ": London Borough of Bromley",
            "Bromley",
            Some(Level::Inadequate),
        ),
        (
            "Rating: performs excellently",
            "\n\nLOCAL AUTHORITY Kent",
            "Kent",
            Some(Level::Outstanding),
        ),
        // Words and number disagree: no level, and a diagnostic says why.
        (
            "Rating: Performs well (2)",
            "\n\nLocal authority: Bexley",
            "Bexley",
            None,
        ),
    ];
    for (rating, council_line, council, level_expected) in cases {
        let r = apa::parse_bytes(doc(rating, council_line).as_bytes(), "csa.txt").unwrap();
        assert_eq!(
            r.kind,
            DocumentKind::ChildrensServicesAssessment,
            "{rating}"
        );
        assert_eq!(r.council_name(), council, "{rating}");
        assert_eq!(r.year, Some(2009));
        assert_eq!(r.judgements.len(), 1, "{rating}: {:?}", r.judgements);
        let j = &r.judgements[0];
        assert_eq!(
            (j.area, j.year, j.grade.level),
            (Area::ChildrensServices, Some(2009), level_expected),
            "{rating}"
        );
        if level_expected.is_none() {
            assert!(
                r.diagnostics
                    .iter()
                    .any(|d| d.code == DiagnosticCode::GradesDisagree)
            );
        }
    }
    // The key alone is no rating.
    let r = apa::parse_bytes(doc("", "\n\nLocal authority: Bexley").as_bytes(), "csa.txt").unwrap();
    assert!(r.judgements.is_empty());
    assert!(
        r.diagnostics
            .iter()
            .any(|d| d.code == DiagnosticCode::JudgementMissing)
    );
    // Nor is a key printed a rating to a line.
    let key = "4 Performs excellently\n3 Performs well\n2 Performs adequately\n1 Performs poorly";
    let r = apa::parse_bytes(
        doc(key, "\n\nLocal authority: Bexley").as_bytes(),
        "csa.txt",
    )
    .unwrap();
    assert!(r.judgements.is_empty(), "{:?}", r.judgements);
    let r = apa::parse_bytes(
        doc(
            &format!("Rating: Performs adequately (2)\n\nSummary\n\nMore\n\n{key}"),
            "",
        )
        .as_bytes(),
        "csa.txt",
    )
    .unwrap();
    assert_eq!(r.judgements.len(), 1);
    assert_eq!(r.judgements[0].grade.level, Some(Level::Adequate));
    // Ofsted's guidance on the assessment is no assessment.
    let guidance = b"Children's services assessment for 2011\nArrangements and guidance for local authorities and their partners\n";
    assert!(apa::parse_bytes(guidance, "guidance.txt").is_err());
}

/// A seed as a PDF's text would give it: no markdown headings or emphasis, no
/// HTML, no cell marks (cells apart by spaces).
fn as_plain_text(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let mut l = line.replace('\t', "   ").replace("**", "");
        l = l.trim_start_matches('#').trim_start().to_string();
        // Tags go.
        let mut plain = String::new();
        let mut in_tag = false;
        for c in l.chars() {
            match c {
                '<' => in_tag = true,
                '>' if in_tag => {
                    in_tag = false;
                    plain.push(' ');
                }
                _ if !in_tag => plain.push(c),
                _ => {}
            }
        }
        let t = plain.trim();
        let row = if t.len() >= 3 && t.chars().all(|c| matches!(c, '-' | ':' | ' ' | '|')) {
            String::new()
        } else if t.starts_with('|') {
            t.trim_matches('|').replace('|', "   ")
        } else {
            plain
        };
        out.push_str(&row);
        out.push('\n');
    }
    out
}

/// Every seed read from text without markup gives the same grades as with it.
#[test]
fn seeds_as_plain_text_give_the_same_grades() {
    let grades = |r: &Report| {
        type Row = (Scope, Area, Option<i32>, String, Option<Level>);
        let mut v: Vec<Row> = r
            .judgements
            .iter()
            .map(|j| (j.scope, j.area, j.year, j.grade.raw.clone(), j.grade.level))
            .collect();
        v.sort();
        v
    };
    for name in SEEDS {
        let marked = parse(name);
        let text = std::fs::read_to_string(format!("fixtures/{name}")).unwrap();
        let plain = apa::parse_bytes(as_plain_text(&text).as_bytes(), "plain.txt").unwrap();
        assert_eq!(plain.kind, marked.kind, "{name}");
        assert_eq!(grades(&plain), grades(&marked), "{name}");
    }
}

/// Text taken from a PDF has no tab marks in its tables: the 2010 inspection reads
/// the same without them.
#[test]
fn the_2010_inspection_without_cell_marks() {
    let with = parse("bromley-2010-safeguarding-lac-inspection.txt");
    let text =
        std::fs::read_to_string("fixtures/bromley-2010-safeguarding-lac-inspection.txt").unwrap();
    let without = apa::parse_bytes(text.replace('\t', "   ").as_bytes(), "x.txt").unwrap();
    let grades = |r: &Report| {
        let mut v: Vec<(Scope, Area, Option<Level>)> = r
            .judgements
            .iter()
            .map(|j| (j.scope, j.area, j.grade.level))
            .collect();
        v.sort();
        v
    };
    assert_eq!(grades(&without), grades(&with));
    assert_eq!(without.findings.len(), with.findings.len());
}

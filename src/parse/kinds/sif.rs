//! Single inspection framework reports (November 2013 - 2018): inspections of
//! services for children in need of help and protection, children looked after
//! and care leavers, with a review of the Local Safeguarding Children Board;
//! re-inspections (no LSCB review); and stand-alone LSCB reviews.
//!
//! Overall effectiveness is the headline sentence ("The overall judgement is
//! good", "... is that children's services require improvement", "Children's
//! services in Bromley are inadequate", "Children's services require improvement
//! to be good"); the other judgements are the first page's table, which may run
//! on to the second; the LSCB's is a sentence ("The effectiveness of the Local
//! Safeguarding Children Board (LSCB) is good", "The Local Safeguarding Children
//! Board requires improvement").

use super::kind::{KindReader, Letters};
use crate::framework::sif_coverage;
use crate::model::*;
use crate::parse::doc::flat::Flat;
use crate::parse::doc::{Doc, Title, strip_number};
use crate::parse::draft::Draft;
use crate::parse::read::heading::{read_heading, title_range};
use crate::parse::read::judgements::{grade_at, labels, read_table};
use crate::parse::read::lists::read_lists;
use crate::parse::read::people::read_people;
use regex::Regex;
use std::sync::LazyLock;

pub(super) const READER: KindReader = KindReader {
    kind: DocumentKind::SifInspection,
    recognise,
    read,
    names: &[],
};

/// What a SIF title starts with: the inspection, a re-inspection, or the
/// review of the LSCB alone.
const TITLES: [&str; 4] = [
    "inspection of services for children in need of help and protection",
    "re inspection of services for children",
    "reinspection of services for children",
    "review of the effectiveness of the local safeguarding children board",
];

fn recognise(title: &Title, _: &Letters) -> bool {
    TITLES.iter().any(|t| title.line_starting(t).is_some())
}

static TABLE: LazyLock<Vec<(Regex, Area)>> = LazyLock::new(|| {
    labels(&[
        (
            r"children who need help and protection",
            Area::HelpAndProtection,
        ),
        (
            r"children looked after and achieving permanence",
            Area::LookedAfter,
        ),
        (r"adoption performance", Area::Adoption),
        (
            r"experiences and progress of care leavers",
            Area::CareLeavers,
        ),
        (r"leadership,? management and governance", Area::Leadership),
    ])
});

const GRADE: &str = r"outstanding|good|inadequate|requires? improvement(?: to be good)?";

fn read(doc: &Doc, d: &mut Draft) {
    let start = TITLES
        .iter()
        .filter_map(|t| doc.title.line_starting(t))
        .min()
        .unwrap_or(0);
    let title = title_range(doc, start);
    let title_key = doc.title.joined_from(title.start, title.len());
    let coverage = sif_coverage(&title_key);
    d.set_sif_coverage(Some(coverage));
    d.set_framework(Some(
        if title_key.starts_with("re inspection") || title_key.starts_with("reinspection") {
            Framework::SifReinspection
        } else {
            Framework::Sif
        },
    ));
    read_heading(doc, start, |_| None, d);
    read_people(doc, d);
    let year = d.year();

    if coverage.judges_services() {
        read_headline(&Flat::new(doc.content(doc.first_page())), year, d);
        read_judgement_table(doc, year, d);
    }
    let lscb_from = lscb_start(doc, coverage);
    if coverage.judges_lscb() {
        // The board's judgement is stated in its review: from the review's start,
        // or in the whole of a report whose review could not be found.
        let from = lscb_from.unwrap_or(0);
        read_lscb(
            &Flat::new(doc.content(0..doc.lines.len()).filter(|l| l.no >= from)),
            year,
            d,
        );
    }
    read_lists(doc, lscb_from, false, d);
}

/// The numbered judgement table: from its first row, on across the page break
/// to the next page.
fn read_judgement_table(doc: &Doc, year: Option<i32>, d: &mut Draft) {
    let rows = doc.content(doc.pages(2));
    let from = rows
        .clone()
        .position(|l| l.key().starts_with("1 children who need help"))
        // A grade printed on the line above the first row belongs to it.
        .map(
            |at| match at.checked_sub(1).and_then(|p| rows.clone().nth(p)) {
                Some(above) if above.text.len() <= 40 && grade_at(&above.text).is_some() => at - 1,
                _ => at,
            },
        );
    if from.is_none() {
        d.warn(
            None,
            DiagnosticCode::StructureNotFound,
            "the numbered table of judgements was not found; its labels are looked for on the first two pages",
        );
    }
    let table = Flat::new(rows.skip(from.unwrap_or(0)));
    for j in read_table(&table, &TABLE, year, d) {
        d.judge(j);
    }
}

/// The line number where the LSCB's review starts: the whole report for a
/// review alone, none for an inspection alone, else its section's heading.
fn lscb_start(doc: &Doc, coverage: SifCoverage) -> Option<usize> {
    match coverage {
        SifCoverage::LscbReview => Some(0),
        SifCoverage::InspectionOnly => None,
        SifCoverage::Combined => doc
            .sections
            .iter()
            .find(|s| {
                let t = strip_number(&s.key);
                let t = t.strip_prefix("the ").unwrap_or(t);
                doc.lines[s.heading].page.is_none_or(|p| p > 1)
                    && doc.lines[s.heading].no > 40
                    && (t.starts_with("section 2 the effectiveness of the local safeguarding")
                        || t == "local safeguarding children board lscb"
                        || t == "local safeguarding children board"
                        || t.starts_with("effectiveness of the local safeguarding children board")
                        || t.starts_with(
                            "review of the effectiveness of the local safeguarding children board",
                        ))
            })
            .map(|s| doc.lines[s.heading].no),
    }
}

/// "The overall judgement is good", "The overall judgement is that children's
/// services require improvement", "Children's services in Bromley are inadequate",
/// "Children's services require improvement to be good".
fn read_headline(flat: &Flat, year: Option<i32>, d: &mut Draft) {
    static HEADLINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?i)(?:overall judgement is\s+(?:that\s+)?(?:the\s+)?(?:children'?s\s+services?\s+)?|children'?s\s+services?\s+(?:in\s+[^.]{{1,60}}?\s+)?)(?:is\s+|are\s+)?({GRADE})\b"
        ))
        .unwrap()
    });
    let Some(c) = HEADLINE.captures(&flat.text) else {
        d.warn(
            None,
            DiagnosticCode::StructureNotFound,
            "the headline sentence with the overall judgement was not found",
        );
        return;
    };
    let m = c.get(0).expect("the whole match");
    let (raw, level, _) = grade_at(&c[1]).unwrap_or((c[1].to_string(), None, 0));
    d.judge(Judgement::new(
        Scope::None,
        Area::OverallEffectiveness,
        "Overall effectiveness (headline)".to_string(),
        year,
        Grade::new(raw, level),
        flat.source(m.start(), m.end()),
    ));
}

/// Every statement of the LSCB's judgement, under whatever name the board
/// goes by ("the Local Safeguarding Children Board (LSCB)", "the Swindon
/// Safeguarding Children Board (SSCB)"); they must agree.
fn read_lscb(flat: &Flat, year: Option<i32>, d: &mut Draft) {
    static LSCB: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?i)\b(?:(?:Local\s+)?Safeguarding Children(?:\s+Board)?(?:\s*\([A-Z]{{2,6}}\))?|effectiveness of the LSCB)\s+(?:is\s+|are\s+)?({GRADE})\b"
        ))
        .unwrap()
    });
    // The short form, "The LSCB is good.", only as a whole statement: "the LSCB
    // is good at ..." judges one thing, not the board.
    static SHORT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"(?i)\bthe LSCB\s+(?:is|are)\s+({GRADE})\b")).unwrap()
    });
    let mut found = false;
    // Each statement: where it is, and its grade's words.
    let statements = |re: &Regex| -> Vec<(std::ops::Range<usize>, &str)> {
        re.captures_iter(&flat.text)
            .filter_map(|c| Some((c.get(0)?.range(), c.get(1)?.as_str())))
            .collect()
    };
    let long = statements(&LSCB);
    let short = statements(&SHORT).into_iter().filter(|(m, _)| {
        let whole = flat.text[m.end..].starts_with(['.', ';']) || m.end == flat.text.len();
        // Not again where the long form has it ("effectiveness of the LSCB is good").
        let inside = long
            .iter()
            .any(|(l, _)| l.start <= m.start && m.end <= l.end);
        whole && !inside
    });
    for (m, grade) in long.clone().into_iter().chain(short) {
        // "An LSCB requires improvement if ..." explains the grades; it is not one.
        let after = flat.text[m.end..].trim_start();
        if after.starts_with("if ") {
            continue;
        }
        let (raw, level, _) = grade_at(grade).unwrap_or((grade.to_string(), None, 0));
        d.judge(Judgement::new(
            Scope::None,
            Area::Lscb,
            "Effectiveness of the Local Safeguarding Children Board".to_string(),
            year,
            Grade::new(raw, level),
            flat.source(m.start, m.end),
        ));
        found = true;
    }
    if !found {
        d.warn(
            None,
            DiagnosticCode::JudgementMissing,
            "the LSCB's judgement was not found",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Text;
    use crate::parse::doc::line::clean_lines;

    fn lscb(text: &str) -> (Vec<Option<Level>>, Vec<DiagnosticCode>) {
        let text = Text::from_plain(text);
        let lines = clean_lines(&text.lines);
        let mut d = Draft::new(DocumentKind::SifInspection);
        read_lscb(&Flat::new(lines.iter()), Some(2016), &mut d);
        let levels = d.judgements().iter().map(|j| j.grade.level).collect();
        let notes = d.diagnostics().iter().map(|x| x.code).collect();
        (levels, notes)
    }

    #[test]
    fn the_lscb_judgement_in_its_long_and_short_forms() {
        let (levels, _) = lscb("The Local Safeguarding Children Board (LSCB) is good.");
        assert_eq!(levels, vec![Some(Level::Good)]);
        let (levels, _) =
            lscb("Summary\nThe LSCB is inadequate. It has not held partners to account.");
        assert_eq!(levels, vec![Some(Level::Inadequate)]);
        // Said twice, long and short, it is one judgement.
        let (levels, _) =
            lscb("The effectiveness of the LSCB is good.\nIn short, the LSCB is good.");
        assert_eq!(levels, vec![Some(Level::Good)]);
        // "Good at" something is no judgement of the board.
        let (levels, notes) = lscb("The LSCB is good at sharing information.");
        assert!(levels.is_empty());
        assert_eq!(notes, vec![DiagnosticCode::JudgementMissing]);
    }
}

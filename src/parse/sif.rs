//! Single inspection framework reports (November 2013 - 2018): inspections of
//! services for children in need of help and protection, children looked after
//! and care leavers, with a review of the Local Safeguarding Children Board;
//! re-inspections (no LSCB review); and stand-alone LSCB reviews.
//!
//! Overall effectiveness is the headline sentence ("The overall judgement is
//! good", "... is that children's services require improvement", "Children's
//! services in Bromley are inadequate"); the other judgements are the first
//! page's table; the LSCB's is a sentence ("The effectiveness of the Local
//! Safeguarding Children Board (LSCB) is good", "The Local Safeguarding Children
//! Board requires improvement").

use super::Draft;
use super::ofsted::{
    Flat, grade_at, labels, name_above, read_improvements, read_inspection_dates, read_inspectors,
    read_published, read_table, report_year,
};
use super::scan::{CleanLine, loose};
use crate::model::*;
use regex::Regex;
use std::sync::LazyLock;

pub fn is_title(head: &str) -> bool {
    head.contains("inspection of services for children in need of help and protection")
        || head.contains("re inspection of services for children")
        || head.contains("review of the effectiveness of the local safeguarding children board")
}

/// The variants of the framework, from the title.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Variant {
    /// Inspection with the LSCB review.
    Combined,
    /// Inspection without an LSCB review (re-inspections; 2018 reports).
    InspectionOnly,
    /// A review of the LSCB alone.
    LscbReview,
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
        (r"overall effectiveness", Area::OverallEffectiveness),
    ])
});

const GRADE: &str = r"outstanding|good|inadequate|requires? improvement(?: to be good)?";

pub fn parse(lines: &[CleanLine], d: &mut Draft) {
    d.framework = Some(Framework::Sif);
    let opening: Vec<&CleanLine> = super::scan::opening(lines, 60).collect();
    let head = loose(
        &opening
            .iter()
            .map(|l| l.text.as_ref())
            .collect::<Vec<_>>()
            .join(" "),
    );
    let variant = if head.contains("inspection of services for children") {
        if head.contains("review of the effectiveness of the local safeguarding children board") {
            Variant::Combined
        } else {
            Variant::InspectionOnly
        }
    } else {
        Variant::LscbReview
    };
    read_heading(&opening, d);
    read_inspection_dates(lines, d);
    read_published(lines, d);
    read_inspectors(lines, d);
    report_year(d, d.dates.pdf_created);
    let year = d.year;

    // The first page: up to the table's end, or the contents.
    let first_page: Vec<&CleanLine> = lines
        .iter()
        .take_while(|l| l.page.is_none_or(|p| p == 1))
        .take(70)
        .collect();
    let flat = Flat::new(first_page.iter().copied());
    if variant != Variant::LscbReview {
        read_headline(&flat, year, d);
        let table_from = first_page
            .iter()
            .position(|l| l.key().starts_with("1 children who need help"));
        match table_from {
            Some(at) => {
                let table = Flat::new(first_page[at..].iter().copied().take(16));
                for j in read_table(&table, &TABLE, year, d) {
                    d.judge(j);
                }
            }
            None => {
                d.warn(
                    None,
                    "the numbered table of judgements was not found; its labels are looked for on the first page",
                );
                for j in read_table(&flat, &TABLE, year, d) {
                    d.judge(j);
                }
            }
        }
    }
    if variant != Variant::InspectionOnly {
        read_lscb(lines, year, d);
    }
    let lscb_from = match variant {
        Variant::LscbReview => Some(0),
        Variant::InspectionOnly => None,
        Variant::Combined => lines
            .iter()
            .skip(40)
            .find(|l| {
                let t = l.key();
                (t.starts_with("section 2 the effectiveness of the local safeguarding")
                    || t == "the local safeguarding children board lscb"
                    || t == "local safeguarding children board lscb"
                    || t.starts_with(
                        "review of the effectiveness of the local safeguarding children board",
                    ))
                    && !super::ofsted::is_contents_entry(&l.text)
            })
            .map(|l| l.no),
    };
    read_improvements(lines, lscb_from, d);
}

/// The council: the lines above the title.
fn read_heading(opening: &[&CleanLine], d: &mut Draft) {
    let title_at = opening.iter().position(|l| {
        let t = l.key();
        t.starts_with("inspection of services for children")
            || t.starts_with("re inspection of services")
            || t.starts_with("review of the effectiveness")
    });
    let Some(at) = title_at else { return };
    d.council = name_above(opening, at);
    let title: Vec<&str> = opening[at..]
        .iter()
        .take_while(|l| !l.key().starts_with("inspection date"))
        .map(|l| l.text.as_ref())
        .filter(|t| !t.chars().all(|c| c.is_ascii_digit()))
        .collect();
    d.title = Some(title.join(" "));
}

/// "The overall judgement is good", "The overall judgement is that children's
/// services require improvement", "Children's services in Bromley are inadequate".
fn read_headline(flat: &Flat, year: Option<i32>, d: &mut Draft) {
    static HEADLINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?i)(?:overall judgement is\s+(?:that\s+)?(?:the\s+)?(?:children'?s\s+services?\s+)?|children'?s\s+services?\s+in\s+[^.]{{1,60}}?\s+)(?:is\s+|are\s+)?({GRADE})\b"
        ))
        .unwrap()
    });
    let Some(c) = HEADLINE.captures(&flat.text) else {
        d.warn(
            None,
            "the headline sentence with the overall judgement was not found",
        );
        return;
    };
    let m = c.get(0).unwrap();
    let (raw, level, _) = grade_at(&c[1]).unwrap_or((c[1].to_string(), None, 0));
    d.judge(Judgement {
        scope: Scope::None,
        area: Area::OverallEffectiveness,
        label: "Overall effectiveness (headline)".to_string(),
        year,
        grade: Grade::new(raw, level),
        source: flat.source(m.start(), m.end()),
    });
}

/// Every statement of the LSCB's judgement; they must agree.
fn read_lscb(lines: &[CleanLine], year: Option<i32>, d: &mut Draft) {
    static LSCB: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?i)\b(?:Local Safeguarding Children(?:\s+Board)?(?:\s*\(LSCB\))?|effectiveness of the LSCB)\s+(?:is\s+|are\s+)?({GRADE})\b"
        ))
        .unwrap()
    });
    // The short form, "The LSCB is good.", only as a whole statement: "the LSCB
    // is good at ..." judges one thing, not the board.
    static SHORT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"(?i)\bthe LSCB\s+(?:is|are)\s+({GRADE})\b")).unwrap()
    });
    let flat = Flat::new(lines.iter());
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
        d.judge(Judgement {
            scope: Scope::None,
            area: Area::Lscb,
            label: "Effectiveness of the Local Safeguarding Children Board".to_string(),
            year,
            grade: Grade::new(raw, level),
            source: flat.source(m.start, m.end),
        });
        found = true;
    }
    if !found {
        d.warn(None, "the LSCB's judgement was not found");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Text;
    use crate::parse::scan::clean_lines;

    fn lscb(text: &str) -> (Vec<Option<Level>>, Vec<String>) {
        let text = Text::from_plain(text);
        let lines = clean_lines(&text.lines);
        let mut d = Draft::new(DocumentKind::SifInspection);
        read_lscb(&lines, Some(2016), &mut d);
        let levels = d.judgements.iter().map(|j| j.grade.level).collect();
        let notes = d.diagnostics.iter().map(|x| x.message.clone()).collect();
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
        assert!(notes.iter().any(|n| n.contains("not found")));
    }
}

//! Inspections of looked after children services (2012-2013): five judgements
//! (overall effectiveness, capacity to improve, outcomes for looked after
//! children and care leavers, quality of provision, leadership and management),
//! each a heading with "Grade 3 (Adequate)" under it and again in the "Record of
//! main findings"; areas for improvement by timescale. The scale's key is printed
//! ("Outstanding (Grade 1)"); Grade 1 is the best.

use super::Draft;
use super::doc::{Doc, Title};
use super::kinds::KindReader;
use super::ofsted::{read_council, title_range, title_text};
use super::safeguarding::read_inspection;
use crate::grade::Scale;
use crate::model::*;

pub(super) const READER: KindReader = KindReader {
    kind: DocumentKind::LacInspection,
    recognise,
    read,
};

const TITLE: &str = "inspection of looked after children services";

fn recognise(title: &Title) -> bool {
    title.line_starting(TITLE).is_some()
}

fn read(doc: &Doc, d: &mut Draft) {
    let start = doc.title.line_starting(TITLE).unwrap_or(0);
    let range = title_range(doc, start);
    // "Inspection of looked after children / services" then the council.
    let title_lines = (1..=3)
        .find(|&n| doc.title.joined_from(start, n).len() >= TITLE.len())
        .unwrap_or(1);
    d.title = Some(title_text(doc, start..(start + title_lines).min(range.end)));
    read_council(doc, range, None, d);
    d.framework = Some(Framework::Lac2013);
    read_inspection(doc, Some(Scope::LookedAfter), Scale::GRADE_ONE_IS_BEST, d);
}

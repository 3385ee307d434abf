//! Inspections of local authority arrangements for the protection of children
//! (2012-2013): overall effectiveness, the effectiveness of the help and
//! protection given, the quality of practice, and leadership and governance,
//! each a heading with its grade under it ("Grade 3 (Adequate)") and again in the
//! "Record of main findings"; areas for improvement by timescale.

use super::Draft;
use super::doc::{Doc, Title};
use super::kinds::KindReader;
use super::ofsted::{read_council, title_range, title_text};
use super::safeguarding::read_inspection;
use crate::grade::Scale;
use crate::model::*;

pub(super) const READER: KindReader = KindReader {
    kind: DocumentKind::ChildProtectionInspection,
    recognise,
    read,
};

const TITLE: &str = "inspection of local authority arrangements for the protection of children";

fn recognise(title: &Title) -> bool {
    title.line_starting(TITLE).is_some()
}

fn read(doc: &Doc, d: &mut Draft) {
    let start = doc.title.line_starting(TITLE).unwrap_or(0);
    let range = title_range(doc, start);
    // The title wraps over up to three lines; the council follows it.
    let lines = (1..=3)
        .find(|&n| doc.title.joined_from(start, n).len() >= TITLE.len())
        .unwrap_or(1);
    d.title = Some(title_text(doc, start..(start + lines).min(range.end)));
    read_council(doc, range, None, d);
    d.framework = Some(Framework::Cp2012);
    read_inspection(doc, Some(Scope::Safeguarding), Scale::GRADE_ONE_IS_BEST, d);
}

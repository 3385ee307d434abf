//! Inspections of safeguarding and looked after children services (2009-2013):
//! two blocks (safeguarding; looked after children), each graded "Grade 1
//! (Outstanding)" .. "Grade 4 (Inadequate)" in the body and in words in the
//! "Record of main findings" table. Both are read and must agree; some headings
//! carry their grade only in the body. Areas for improvement are grouped by
//! timescale.
//!
//! The readers of that body, table and list
//! ([`crate::parse::read::blocks_2009`]) are shared with the inspections of
//! 2012-2013 that followed ([`super::lac`], [`super::child_protection`]), which
//! have one block each.

use super::kind::{KindReader, Letters};
use crate::grade::Scale;
use crate::model::DocumentKind;
use crate::parse::doc::{Doc, Title};
use crate::parse::draft::Draft;
use crate::parse::read::blocks_2009::read_inspection;
use crate::parse::read::council::read_council;
use crate::parse::read::heading::{title_range, title_text};

pub(super) const READER: KindReader = KindReader {
    kind: DocumentKind::SafeguardingLacInspection,
    recognise,
    read,
    names: &[],
};

const TITLE: &str = "inspection of safeguarding and looked after children services";

fn recognise(title: &Title, _: &Letters) -> bool {
    title.line_starting(TITLE).is_some()
}

fn read(doc: &Doc, d: &mut Draft) {
    let start = doc.title.line_starting(TITLE).unwrap_or(0);
    let range = title_range(doc, start);
    let printed = title_text(doc, range.start..range.start + 1);
    // "Inspection of safeguarding and looked after children services Bromley".
    let in_title = printed
        .get(TITLE.len()..)
        .map(|rest| rest.trim_start_matches([':', ' ']).trim().to_string())
        .filter(|rest| !rest.is_empty())
        .or_else(|| {
            doc.lines.iter().find_map(|l| {
                let t = l.text.strip_prefix("Record of main findings:")?;
                Some(t.trim().to_string()).filter(|t| !t.is_empty())
            })
        });
    read_council(doc, range, in_title.as_deref(), d);
    d.set_title(Some(printed));
    read_inspection(doc, None, Scale::GRADE_ONE_IS_BEST, d);
}

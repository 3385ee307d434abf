//! Inspections of local authority arrangements for the protection of children
//! (2012-2013): overall effectiveness, the effectiveness of the help and
//! protection given, the quality of practice, and leadership and governance,
//! each a heading with its grade under it ("Grade 3 (Adequate)") and again in the
//! "Record of main findings"; areas for improvement by timescale.

use super::kind::{KindReader, Letters};
use crate::model::*;
use crate::parse::doc::{Doc, Title};
use crate::parse::draft::Draft;
use crate::parse::read::blocks_2009::read_one_block;

pub(super) const READER: KindReader = KindReader {
    kind: DocumentKind::ChildProtectionInspection,
    recognise,
    read,
    names: &[],
};

const TITLE: &str = "inspection of local authority arrangements for the protection of children";

fn recognise(title: &Title, _: &Letters) -> bool {
    title.line_starting(TITLE).is_some()
}

fn read(doc: &Doc, d: &mut Draft) {
    read_one_block(doc, TITLE, Framework::Cp2012, Scope::Safeguarding, d);
}

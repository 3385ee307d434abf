//! Inspections of local authority arrangements for the protection of children
//! (2012-2013): overall effectiveness, the effectiveness of the help and
//! protection given, the quality of practice, and leadership and governance,
//! each a heading with its grade under it ("Grade 3 (Adequate)") and again in the
//! "Record of main findings"; areas for improvement by timescale.

use super::Draft;
use super::doc::{Doc, Title};
use super::kinds::KindReader;
use super::safeguarding::read_one_block;
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
    read_one_block(doc, TITLE, Framework::Cp2012, Scope::Safeguarding, d);
}

//! Inspections of looked after children services (2012-2013): five judgements
//! (overall effectiveness, capacity to improve, outcomes for looked after
//! children and care leavers, quality of provision, leadership and management),
//! each a heading with "Grade 3 (Adequate)" under it and again in the "Record of
//! main findings"; areas for improvement by timescale. The scale's key is printed
//! ("Outstanding (Grade 1)"); Grade 1 is the best.

use super::kind::{KindReader, Letters};
use crate::model::*;
use crate::parse::doc::{Doc, Title};
use crate::parse::draft::Draft;
use crate::parse::read::blocks_2009::read_one_block;

pub(super) const READER: KindReader = KindReader {
    kind: DocumentKind::LacInspection,
    recognise,
    read,
    names: &[],
};

const TITLE: &str = "inspection of looked after children services";

fn recognise(title: &Title, _: &Letters) -> bool {
    title.line_starting(TITLE).is_some()
}

fn read(doc: &Doc, d: &mut Draft) {
    read_one_block(doc, TITLE, Framework::Lac2013, Scope::LookedAfter, d);
}

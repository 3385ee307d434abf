//! Focused visit letters (ILACS, 2018-2026), and the monitoring visit letters to
//! councils judged inadequate, which have the same form: a letter to the
//! director of children's services with a subject line ("Focused visit to
//! Bedford Borough Council children's services"), the visit's dates and
//! inspectors in the first paragraph, the visit's focus ("Inspectors looked at
//! the local authority's arrangements for care leavers aged 18 to 25"; during the
//! pandemic, the Chief Inspector's "child-centred practice and care within the
//! context of ..."), and the lists: "Areas for priority action", "What needs to
//! improve in this area of social work practice?". Nothing is graded.

use super::kind::{KindReader, Letters};
use crate::model::DocumentKind;
use crate::parse::doc::{Doc, Title};
use crate::parse::draft::Draft;
use crate::parse::read::letter::{read_visit_letter, subject_line};

pub(super) const READER: KindReader = KindReader {
    kind: DocumentKind::FocusedVisit,
    recognise,
    read,
    names: &["focused visit"],
};

fn recognise(title: &Title, _: &Letters) -> bool {
    subject_line(title, "focused visit to").is_some()
}

fn read(doc: &Doc, d: &mut Draft) {
    read_visit_letter(doc, "focused visit to", d);
}

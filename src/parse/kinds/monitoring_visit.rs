//! Monitoring visit letters to councils judged inadequate: the same letter as a
//! focused visit ([`super::focused_visit`]), with the subject line "Monitoring
//! visit to `<council>` children's services". Nothing is graded.

use super::kind::{KindReader, Letters};
use crate::model::DocumentKind;
use crate::parse::doc::{Doc, Title};
use crate::parse::draft::Draft;
use crate::parse::read::letter::{read_visit_letter, subject_line};

pub(super) const READER: KindReader = KindReader {
    kind: DocumentKind::MonitoringVisit,
    recognise,
    read,
    names: &["monitoring visit"],
};

const SUBJECTS: [&str; 2] = ["monitoring visit to", "monitoring visit of"];

fn recognise(title: &Title, _: &Letters) -> bool {
    SUBJECTS.iter().any(|s| subject_line(title, s).is_some())
}

fn read(doc: &Doc, d: &mut Draft) {
    let subject = SUBJECTS
        .iter()
        .find(|s| subject_line(&doc.title, s).is_some())
        .unwrap_or(&SUBJECTS[0]);
    read_visit_letter(doc, subject, d);
}

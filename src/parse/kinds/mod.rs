//! The kinds of document apa reads, as a table: each kind is one file that says
//! how to recognise its title block and how to read its sections. The kind is
//! decided from the title block alone, never from a framework named in the body.
//! Letters apa recognises but does not read are listed here too, so that a user
//! is told what such a file is.

mod apa_letter;
mod child_protection;
mod children_plan;
mod council_report;
mod csa;
mod focused_visit;
mod ilacs;
mod jtai;
pub(crate) mod kind;
mod lac;
mod monitoring_visit;
mod safeguarding;
mod send;
mod sif;

#[cfg(test)]
use crate::model::{DocumentKind, Grades};
use crate::parse::doc::Title;
use kind::{KindReader, Letters, UNREAD_LETTERS};
use std::sync::LazyLock;

/// The kinds apa reads, in the order they are tried: the inspection reports,
/// whose titles start a line, before the papers and letters that quote them.
pub(crate) const KINDS: [KindReader; 13] = [
    focused_visit::READER,
    monitoring_visit::READER,
    jtai::READER,
    send::READER,
    safeguarding::READER,
    lac::READER,
    child_protection::READER,
    sif::READER,
    ilacs::READER,
    council_report::READER,
    children_plan::READER,
    apa_letter::READER,
    csa::READER,
];

/// The reader for a title block, or what the document is if apa does not read it.
pub(crate) fn recognise(title: &Title) -> Result<&'static KindReader, Option<&'static str>> {
    static LETTERS: LazyLock<Letters> = LazyLock::new(|| Letters::new(&KINDS));
    if let Some(k) = KINDS.iter().find(|k| (k.recognise)(title, &LETTERS)) {
        return Ok(k);
    }
    // A letter's subject line starts a line; some letters put it inside the
    // address block, so the phrase is looked for anywhere as well.
    let letter = UNREAD_LETTERS
        .iter()
        .find(|(p, _)| title.line_starting(p).is_some())
        .or_else(|| UNREAD_LETTERS.iter().find(|(p, _)| title.contains(p)));
    Err(letter.map(|&(_, what)| what))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_one_reader() {
        for kind in DocumentKind::ALL {
            assert_eq!(KINDS.iter().filter(|k| k.kind == kind).count(), 1, "{kind}");
        }
    }

    /// A letter between inspections is named by a phrase of its own, which no
    /// inspection report's title is taken for.
    #[test]
    fn every_letter_kind_names_its_letters() {
        for k in &KINDS {
            if k.kind.spec().grades == Grades::Nothing {
                assert!(!k.names.is_empty(), "{}", k.kind);
            }
        }
    }
}

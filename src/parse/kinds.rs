//! The kinds of document apa reads, as a table: each kind is one file that says
//! how to recognise its title block and how to read its sections. The kind is
//! decided from the title block alone, never from a framework named in the body.
//! Letters apa recognises but does not read are listed here too, so that a user
//! is told what such a file is.

use super::Draft;
use super::doc::{Doc, Title};
use crate::model::DocumentKind;

/// One kind of document: how to recognise it and how to read it.
pub(crate) struct KindReader {
    pub kind: DocumentKind,
    /// Whether a title block is this kind's.
    pub recognise: fn(&Title) -> bool,
    pub read: fn(&Doc, &mut Draft),
}

/// The kinds apa reads, in the order they are tried: the inspection reports,
/// whose titles start a line, before the papers and letters that quote them.
pub(crate) const KINDS: [KindReader; 13] = [
    super::focused_visit::READER,
    super::monitoring_visit::READER,
    super::jtai::READER,
    super::send::READER,
    super::safeguarding::READER,
    super::lac::READER,
    super::child_protection::READER,
    super::sif::READER,
    super::ilacs::READER,
    super::council_report::READER,
    super::children_plan::READER,
    super::apa_letter::READER,
    super::csa::READER,
];

/// Ofsted letters that apa recognises but does not read: the phrase their title
/// or subject line starts with, and what to call them.
pub(crate) const UNREAD_LETTERS: [(&str, &str); 3] = [
    (
        "inspection of contact referral and assessment",
        "an unannounced inspection of contact, referral and assessment, which grades nothing",
    ),
    (
        "unannounced inspection of contact referral and assessment",
        "an unannounced inspection of contact, referral and assessment, which grades nothing",
    ),
    (
        "inspection of local authority arrangements for contact referral and assessment",
        "an unannounced inspection of contact, referral and assessment, which grades nothing",
    ),
];

/// Letters that apa reads as kinds of their own but that an inspection report's
/// title must never be taken for.
const LETTER_TITLES: [&str; 5] = [
    "focused visit",
    "monitoring visit",
    "joint targeted area inspection",
    "area send inspection",
    "multi agency",
];

/// Whether a title names a letter rather than an inspection report.
pub(crate) fn names_unread_letter(title: &str) -> bool {
    UNREAD_LETTERS.iter().any(|(p, _)| title.contains(p))
        || LETTER_TITLES.iter().any(|p| title.contains(p))
}

/// The reader for a title block, or what the document is if apa does not read it.
pub(crate) fn recognise(title: &Title) -> Result<&'static KindReader, Option<&'static str>> {
    if let Some(k) = KINDS.iter().find(|k| (k.recognise)(title)) {
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
}

//! What a kind of document is to the parser: how to recognise its title block
//! and how to read it; and the letters that no inspection report's title may be
//! taken for.

use crate::model::DocumentKind;
use crate::parse::doc::{Doc, Title};
use crate::parse::draft::Draft;

/// One kind of document: how to recognise it and how to read it.
pub(crate) struct KindReader {
    pub kind: DocumentKind,
    /// Whether a title block is this kind's.
    pub recognise: fn(&Title) -> bool,
    pub read: fn(&Doc, &mut Draft),
}

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

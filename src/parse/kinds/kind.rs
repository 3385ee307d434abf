//! What a kind of document is to the parser: how to recognise its title block,
//! how to read it, and the phrases that name its letters; and the letters that
//! apa recognises but does not read. What a kind is outside the parser (its
//! name, whether it grades, whether its dates are required) is
//! [`crate::model::KindSpec`].

use crate::model::DocumentKind;
use crate::parse::doc::{Doc, Title};
use crate::parse::draft::Draft;

/// One kind of document: how to recognise it and how to read it.
pub(crate) struct KindReader {
    pub kind: DocumentKind,
    /// Whether a title block is this kind's; `letters` says whether a piece of
    /// it names a letter, which an inspection report's title never does.
    pub recognise: fn(&Title, &Letters) -> bool,
    pub read: fn(&Doc, &mut Draft),
    /// The phrases (compared loosely) that name a letter of this kind in a
    /// title: none for the reports and papers.
    pub names: &'static [&'static str],
}

/// Ofsted letters that apa recognises but does not read: the phrase their title
/// or subject line starts with, and what to call them.
pub(crate) const UNREAD_LETTERS: [(&str, &str); 4] = [
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
    (
        "inspection of progress made in the provision of safeguarding services",
        "a joint area review progress inspection (2009), which judges progress in words, on no scale of grades, and which apa does not read yet",
    ),
];

/// The phrases that name a letter (the letters apa reads, each kind's
/// [`KindReader::names`], and those it does not read), which no inspection
/// report's title holds.
pub(crate) struct Letters {
    phrases: Vec<&'static str>,
}

impl Letters {
    pub(crate) fn new(kinds: &[KindReader]) -> Letters {
        let read = kinds.iter().flat_map(|k| k.names.iter().copied());
        let unread = UNREAD_LETTERS.iter().map(|(p, _)| *p);
        Letters {
            phrases: read.chain(unread).collect(),
        }
    }

    /// Whether a title (compared loosely) names a letter rather than an
    /// inspection report.
    pub(crate) fn named_in(&self, title: &str) -> bool {
        self.phrases.iter().any(|p| title.contains(p))
    }
}

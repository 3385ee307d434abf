//! Text lines to a typed [`Report`]: the kind of document is recognised from its
//! content, then the parser for that kind reads it. Recoverable oddities become
//! diagnostics in the report; a document of no known kind is an error.

pub mod doc;
mod draft;
mod kinds;
mod read;
pub mod text;

use crate::extract::{self, ExtractError, Text};
use crate::model::*;
use doc::Doc;
use doc::line::clean_lines;
use draft::Draft;
use thiserror::Error;

/// Why a document gave no report.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum Error {
    #[error(transparent)]
    Extract(#[from] ExtractError),
    #[error(
        "not an inspection report: its opening lines hold no title of a kind apa reads (one of: {})",
        kind_names()
    )]
    NotAReport,
    #[error("not a graded inspection report: {0}")]
    Ungraded(&'static str),
}

/// The kinds apa reads, for a message: from the kinds' own list, so that it
/// cannot go stale.
fn kind_names() -> String {
    DocumentKind::ALL.map(DocumentKind::as_str).join(", ")
}

/// Reads a file's bytes into a report. `file` is how the report names its source.
pub fn parse_bytes(bytes: &[u8], file: &str) -> Result<Report, Error> {
    let text = extract::read(bytes, file)?;
    parse_text(&text, file)
}

/// Reads text lines into a report.
pub fn parse_text(text: &Text, file: &str) -> Result<Report, Error> {
    // The kind is decided by the title block; a long text that is no report (a
    // log, a book) is refused without reading the rest.
    let split = text.lines.len().min(400);
    let mut lines = clean_lines(&text.lines[..split]);
    let title = doc::title_block(&lines);
    let reader = kinds::recognise(&title).map_err(|letter| match letter {
        Some(what) => Error::Ungraded(what),
        None => Error::NotAReport,
    })?;
    lines.extend(clean_lines(&text.lines[split..]));
    let doc = Doc::from_lines(lines);
    let mut draft = Draft::new(reader.kind);
    draft.set_pdf_created(text.pdf_created);
    if let Some(&first) = text.stray_lines.first() {
        let lines: Vec<String> = text.stray_lines.iter().map(|l| l.to_string()).collect();
        draft.warn(
            Some(first),
            DiagnosticCode::NotUtf8,
            format!(
                "the text is UTF-8 but for bytes on line(s) {} that are not, read as Windows-1252",
                lines.join(", ")
            ),
        );
    }
    (reader.read)(&doc, &mut draft);
    Ok(draft.finish(file))
}

/// Recognises the kind of document from its title block, never from its file
/// name or from a framework named in its body.
pub fn detect_kind(text: &Text) -> Option<DocumentKind> {
    let lines = clean_lines(&text.lines[..text.lines.len().min(400)]);
    kinds::recognise(&doc::title_block(&lines))
        .ok()
        .map(|k| k.kind)
}

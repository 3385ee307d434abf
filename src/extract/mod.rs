//! Bytes to text lines: recognises what a file is from its bytes (PDF, UTF-8,
//! UTF-16, Windows-1252 text; or something apa cannot read) and numbers the lines.

mod pdf;
mod text;

pub use text::{Decoded, decode, decode_text};

use thiserror::Error;

/// One line of a document's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// 1-based line number in the text apa read.
    pub no: usize,
    /// 1-based PDF page, for PDF input.
    pub page: Option<u32>,
    pub text: String,
}

/// A document's text as numbered lines.
#[derive(Debug, Clone, Default)]
pub struct Text {
    pub lines: Vec<Line>,
    /// The creation date in the PDF's metadata, if it has one.
    pub pdf_created: Option<crate::model::Date>,
    /// The lines of a UTF-8 text that held a byte that is not UTF-8 (read as
    /// Windows-1252).
    pub stray_lines: Vec<usize>,
}

impl Text {
    /// Numbers the lines of plain text (line endings already normalised to `\n`).
    pub fn from_plain(s: &str) -> Text {
        // Lines found with vector instructions (memchr), not a byte at a time.
        let mut lines = Vec::with_capacity(s.len() / 64);
        let mut start = 0;
        for end in memchr::memchr_iter(b'\n', s.as_bytes()).chain([s.len()]) {
            lines.push(Line {
                no: lines.len() + 1,
                page: None,
                text: s[start..end].to_string(),
            });
            start = end + 1;
        }
        Text {
            lines,
            ..Text::default()
        }
    }
}

/// Why a file could not be turned into text. Messages say what is wrong and,
/// where there is something to do, what to do.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum ExtractError {
    #[error("empty file")]
    Empty,
    #[error(
        "not a PDF: the file is named .pdf but starts with '{start}'; download the report again"
    )]
    NotPdf { start: String },
    #[error("an HTML page, not a report (it starts with '{start}'); save the report itself")]
    Html { start: String },
    #[error("a PDF built beyond what apa reads: {0}; not read")]
    TooComplex(String),
    #[error("binary data, not a PDF or text file")]
    Binary,
    #[error("encrypted PDF: apa cannot read its text; save an unencrypted copy")]
    EncryptedPdf,
    #[error("damaged or truncated PDF ({0}); download the report again")]
    BrokenPdf(String),
    #[error("the PDF has no text layer (a scanned image?); apa reads only PDFs with text")]
    NoText,
}

/// Reads a file's bytes. `name` is used only to tell a user that a file named
/// `.pdf` is not one; what the file is comes from its bytes.
pub fn read(bytes: &[u8], name: &str) -> Result<Text, ExtractError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ExtractError::Empty);
    }
    if pdf::looks_like_pdf(bytes) {
        return pdf::read(bytes);
    }
    let named_pdf = name.to_ascii_lowercase().ends_with(".pdf");
    match decode(bytes) {
        Some(Decoded {
            text: s,
            stray_lines,
        }) => {
            let start = html_start(&s);
            if let Some(start) = start {
                return Err(if named_pdf {
                    ExtractError::NotPdf { start }
                } else {
                    ExtractError::Html { start }
                });
            }
            if named_pdf {
                let start: String = s.trim_start().chars().take(20).collect();
                return Err(ExtractError::NotPdf {
                    start: start.split('\n').next().unwrap_or("").to_string(),
                });
            }
            Ok(Text {
                stray_lines,
                ..Text::from_plain(&s)
            })
        }
        None if named_pdf => Err(ExtractError::NotPdf {
            start: "binary data".to_string(),
        }),
        None => Err(ExtractError::Binary),
    }
}

/// The opening of an HTML page ("<!DOCTYPE html", "<html"), if the text is one.
fn html_start(s: &str) -> Option<String> {
    let head = s.trim_start_matches('\u{feff}').trim_start();
    let lower: String = head.chars().take(15).collect::<String>().to_lowercase();
    (lower.starts_with("<!doctype html") || lower.starts_with("<html"))
        .then(|| head.chars().take(14).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_whitespace_are_empty() {
        assert_eq!(read(b"", "a.txt").unwrap_err(), ExtractError::Empty);
        assert_eq!(read(b" \n\r\n", "a.txt").unwrap_err(), ExtractError::Empty);
    }

    #[test]
    fn html_named_pdf_is_not_a_pdf() {
        let err = read(b"<!DOCTYPE html><html><body>x</body></html>", "r.pdf").unwrap_err();
        assert_eq!(
            err.to_string(),
            "not a PDF: the file is named .pdf but starts with '<!DOCTYPE html'; download the report again"
        );
        let err = read(b"<html><body>x</body></html>", "r.txt").unwrap_err();
        assert!(matches!(err, ExtractError::Html { .. }));
    }

    #[test]
    fn binary_noise_is_refused() {
        let noise: Vec<u8> = (0..4096u32).map(|i| (i * 7919 % 251) as u8).collect();
        assert_eq!(read(&noise, "x.bin").unwrap_err(), ExtractError::Binary);
    }

    #[test]
    fn lines_are_numbered_from_one() {
        let t = read(b"a\r\nb\r\nc", "x.txt").unwrap();
        let texts: Vec<_> = t.lines.iter().map(|l| (l.no, l.text.as_str())).collect();
        assert_eq!(texts, vec![(1, "a"), (2, "b"), (3, "c")]);
    }
}

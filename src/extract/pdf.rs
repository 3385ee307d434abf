//! PDF text through the pure-Rust `pdf-extract` crate, page by page. Its words and
//! their order in the judgement tables match `pdftotext -layout` on the real reports
//! (see the README). A panic inside the crate on an odd font is contained here, so
//! that one file cannot end a run.

use super::{ExtractError, Line, Text};
use regex::bytes::Regex;
use std::sync::LazyLock;

pub fn looks_like_pdf(bytes: &[u8]) -> bool {
    // The header may follow a little junk; PDF readers look in the first 1024 bytes.
    let head = &bytes[..bytes.len().min(1024)];
    head.windows(5).any(|w| w == b"%PDF-")
}

pub fn read(bytes: &[u8]) -> Result<Text, ExtractError> {
    let pages = std::panic::catch_unwind(|| pdf_extract::extract_text_from_mem_by_pages(bytes))
        .map_err(|_| ExtractError::BrokenPdf("the PDF reader failed on its contents".into()))?
        .map_err(|e| match e {
            pdf_extract::OutputError::PdfError(pdf_extract::Error::Decryption(_)) => {
                ExtractError::EncryptedPdf
            }
            other => ExtractError::BrokenPdf(other.to_string()),
        })?;
    let mut lines = Vec::new();
    for (i, page) in pages.iter().enumerate() {
        for l in page.split('\n') {
            lines.push(Line {
                no: lines.len() + 1,
                page: Some(i as u32 + 1),
                text: l.to_string(),
            });
        }
    }
    if lines.iter().all(|l| l.text.trim().is_empty()) {
        return Err(if pages.is_empty() {
            ExtractError::BrokenPdf("no pages could be read".into())
        } else {
            ExtractError::NoText
        });
    }
    Ok(Text {
        lines,
        pdf_created: created(bytes),
        stray_lines: Vec::new(),
    })
}

/// The document's creation date: the Info dictionary's `/CreationDate (D:YYYYMMDD`
/// or XMP's `<xmp:CreateDate>YYYY-MM-DD`, where they are stored uncompressed.
fn created(bytes: &[u8]) -> Option<crate::model::Date> {
    static INFO: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"/CreationDate\s*\(D:(\d{4})(\d{2})(\d{2})").unwrap());
    static XMP: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"<xmp:CreateDate>(\d{4})-(\d{2})-(\d{2})").unwrap());
    let c = INFO.captures(bytes).or_else(|| XMP.captures(bytes))?;
    let num = |i: usize| std::str::from_utf8(&c[i]).ok()?.parse::<i64>().ok();
    crate::model::Date::new(num(1)? as i32, num(2)? as u8, num(3)? as u8)
}

//! PDF text through the pure-Rust `pdf-extract` crate, page by page. Its words and
//! their order in the judgement tables match `pdftotext -layout` on the real reports
//! (see the README). A panic inside the crate on an odd font is contained here, so
//! that one file cannot end a run; and the document's structure is looked at
//! first (its page count, page tree and the form XObjects its pages draw), so
//! that a file built to make the reader recurse for ever (a page whose
//! `/Parent` is itself, an XObject that draws itself) is refused, naming what
//! is wrong, rather than overflowing the stack, which no containment catches.

use super::{ExtractError, Line, Text};
use regex::bytes::Regex;
use std::sync::LazyLock;

pub fn looks_like_pdf(bytes: &[u8]) -> bool {
    // The header may follow a little junk; PDF readers look in the first 1024 bytes.
    let head = &bytes[..bytes.len().min(1024)];
    head.windows(5).any(|w| w == b"%PDF-")
}

/// The most pages apa reads in one PDF (the longest real report has about 60).
pub const MAX_PAGES: usize = 3_000;
/// The deepest form XObjects may be drawn one inside another.
pub const MAX_XOBJECT_DEPTH: usize = 16;
/// The deepest a page tree may be.
const MAX_TREE_DEPTH: usize = 64;

pub fn read(bytes: &[u8]) -> Result<Text, ExtractError> {
    let pages = std::panic::catch_unwind(|| pages_of(bytes))
        .map_err(|_| ExtractError::BrokenPdf("the PDF reader failed on its contents".into()))??;
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

/// Each page's text, as `pdf_extract::extract_text_from_mem_by_pages` gives it
/// (pages read from the first until one cannot be), once the structure is
/// checked.
fn pages_of(bytes: &[u8]) -> Result<Vec<String>, ExtractError> {
    let broken = |e: pdf_extract::Error| match e {
        pdf_extract::Error::Decryption(_) => ExtractError::EncryptedPdf,
        // As the crate's own error says it.
        other => ExtractError::BrokenPdf(format!("PDF error: {other}")),
    };
    let mut doc = pdf_extract::Document::load_mem(bytes).map_err(broken)?;
    if doc.is_encrypted() {
        doc.decrypt("").map_err(|_| ExtractError::EncryptedPdf)?;
    }
    check_structure(&doc)?;
    let mut out = Vec::new();
    for page in 1.. {
        let mut text = String::new();
        let mut output = pdf_extract::PlainTextOutput::new(&mut text);
        if pdf_extract::output_doc_page(&doc, &mut output, page).is_err() {
            break;
        }
        out.push(text);
    }
    Ok(out)
}

/// What would make the reader recurse without end or take far too long: more
/// pages than [`MAX_PAGES`], a page tree whose `/Parent` links go round, form
/// XObjects that draw themselves or nest deeper than [`MAX_XOBJECT_DEPTH`].
fn check_structure(doc: &pdf_extract::Document) -> Result<(), ExtractError> {
    let pages = doc.get_pages();
    if pages.len() > MAX_PAGES {
        return Err(ExtractError::TooComplex(format!(
            "{} pages, more than apa reads ({MAX_PAGES})",
            pages.len()
        )));
    }
    for &page in pages.values() {
        let chain = parents(doc, page)?;
        // The resources a page draws with are its own or the nearest parent's.
        let resources = chain.iter().find_map(|&id| {
            let dict = doc.get_dictionary(id).ok()?;
            resolve(doc, dict.get(b"Resources").ok()?)?.as_dict().ok()
        });
        if let Some(r) = resources {
            check_forms(doc, r)?;
        }
    }
    Ok(())
}

/// A page and its parents, nearest first; an error where the links go round
/// or run deeper than a page tree does.
fn parents(
    doc: &pdf_extract::Document,
    page: pdf_extract::ObjectId,
) -> Result<Vec<pdf_extract::ObjectId>, ExtractError> {
    let mut chain = vec![page];
    let mut at = page;
    while let Some(parent) = doc
        .get_dictionary(at)
        .ok()
        .and_then(|d| d.get(b"Parent").ok())
        .and_then(|p| p.as_reference().ok())
    {
        if chain.contains(&parent) {
            return Err(ExtractError::TooComplex(
                "its page tree goes round (a /Parent refers back to a page or node below it)"
                    .to_string(),
            ));
        }
        if chain.len() > MAX_TREE_DEPTH {
            return Err(ExtractError::TooComplex(format!(
                "its page tree is more than {MAX_TREE_DEPTH} levels deep"
            )));
        }
        chain.push(parent);
        at = parent;
    }
    Ok(chain)
}

/// An object, or the object a reference points to.
fn resolve<'a>(
    doc: &'a pdf_extract::Document,
    o: &'a pdf_extract::Object,
) -> Option<&'a pdf_extract::Object> {
    match o {
        pdf_extract::Object::Reference(id) => doc.get_object(*id).ok(),
        other => Some(other),
    }
}

/// The form XObjects a resource dictionary names, and theirs in turn, walked
/// with a stack of our own (never the program's): one that draws itself, or
/// forms nested deeper than [`MAX_XOBJECT_DEPTH`], is an error.
fn check_forms(
    doc: &pdf_extract::Document,
    resources: &pdf_extract::Dictionary,
) -> Result<(), ExtractError> {
    let forms = |r: &pdf_extract::Dictionary| -> Vec<pdf_extract::ObjectId> {
        let Some(Ok(xobjects)) = r
            .get(b"XObject")
            .ok()
            .and_then(|x| resolve(doc, x))
            .map(|x| x.as_dict())
        else {
            return Vec::new();
        };
        xobjects
            .iter()
            .filter_map(|(_, o)| o.as_reference().ok())
            .collect()
    };
    // (the path of forms down to here, the forms still to look at there)
    let mut stack: Vec<(Vec<pdf_extract::ObjectId>, Vec<pdf_extract::ObjectId>)> =
        vec![(Vec::new(), forms(resources))];
    while let Some((path, mut todo)) = stack.pop() {
        let Some(form) = todo.pop() else {
            continue;
        };
        stack.push((path.clone(), todo));
        if path.contains(&form) {
            return Err(ExtractError::TooComplex(
                "a form XObject draws itself (directly or through others)".to_string(),
            ));
        }
        if path.len() >= MAX_XOBJECT_DEPTH {
            return Err(ExtractError::TooComplex(format!(
                "form XObjects are nested more than {MAX_XOBJECT_DEPTH} deep"
            )));
        }
        let Ok(stream) = doc.get_object(form).and_then(|o| o.as_stream()) else {
            continue;
        };
        let inner = stream
            .dict
            .get(b"Resources")
            .ok()
            .and_then(|r| resolve(doc, r))
            .and_then(|r| r.as_dict().ok())
            .map(forms)
            .unwrap_or_default();
        if !inner.is_empty() {
            let mut path = path;
            path.push(form);
            stack.push((path, inner));
        }
    }
    Ok(())
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

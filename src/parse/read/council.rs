//! The council a document is about: from its title, a "Local authority:" label,
//! the lines around the title, or the registry's search of the title block.

use crate::council::Registry;
use crate::loose::loose;
use crate::parse::doc::Doc;
use crate::parse::doc::line::CleanLine;
use crate::parse::draft::Draft;
use std::ops::Range;

/// The council of an inspection report, kept as printed: the name the title
/// gives (`in_title`), else a "Local authority:" label, else the lines above the
/// title, else a line under it that is a council's name, else the council the
/// registry finds in the title block.
pub fn read_council(doc: &Doc, title: Range<usize>, in_title: Option<&str>, d: &mut Draft) {
    let registry = Registry::get();
    let generic = |name: &str| {
        loose(name).split(' ').all(|w| {
            matches!(
                w,
                "local" | "authority" | "children" | "s" | "social" | "care" | "services" | "the"
            )
        })
    };
    let line = |i: usize| &doc.lines[doc.title.lines[i]];
    let label = doc
        .title_lines()
        .find_map(|l| local_authority_label(&l.text));
    let above: Vec<&str> = (0..title.start)
        .map(|i| line(i).text.as_ref())
        .filter(|t| !t.chars().all(|c| c.is_ascii_digit() || c.is_whitespace()))
        .filter(|t| {
            !matches!(
                loose(t).as_str(),
                "ofsted" | "local area partnership report"
            )
        })
        .collect();
    let below = title
        .clone()
        .skip(1)
        .map(line)
        .find(|l| registry.resolve(&l.text).is_ok())
        .map(|l| l.text.to_string());
    let name = in_title
        .map(str::trim)
        .filter(|n| !n.is_empty() && !generic(n))
        .map(str::to_string)
        .or(label)
        .or_else(|| (!above.is_empty() && above.len() <= 3).then(|| above.join(" ")))
        .or(below);
    match name {
        Some(n) => d.set_council_printed(n.trim_end_matches([',', ':']).trim()),
        None => {
            if let Some((_, e)) = council_by_registry(doc.title_lines(), |_| true) {
                d.set_council_entry(e);
            }
        }
    }
}

/// The first of `lines` (at most 120 characters, and `wanted`) in which the
/// registry finds a council by name, and that council.
pub fn council_by_registry<'l, 'a: 'l>(
    lines: impl Iterator<Item = &'l CleanLine<'a>>,
    wanted: impl Fn(&CleanLine) -> bool,
) -> Option<(&'l CleanLine<'a>, &'static crate::council::CouncilEntry)> {
    let registry = Registry::get();
    lines
        .filter(|l| l.text.len() <= 120 && wanted(l))
        .find_map(|l| Some((l, registry.find_in(&l.text)?)))
}

/// The name after a "Local authority:" label ("LOCAL AUTHORITY Bromley").
pub fn local_authority_label(text: &str) -> Option<String> {
    const LABEL: &str = "local authority";
    let head = text.get(..LABEL.len())?;
    let rest = &text[LABEL.len()..];
    if !head.eq_ignore_ascii_case(LABEL) || rest.starts_with(char::is_alphanumeric) {
        return None;
    }
    let name = rest.trim_start_matches([':', ' ']).trim();
    (!name.is_empty() && name.len() <= 80).then(|| name.to_string())
}

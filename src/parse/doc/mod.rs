//! The one reading pass every document goes through, as pulldown-cmark reads
//! markdown: each line is classified once ([`Class`]), the title block is found
//! once ([`Title`]), and the sections are found once ([`Section`]: a heading and
//! the lines up to the next heading, running on across page breaks). Each kind's
//! reader then consumes the title block and the sections it needs.

pub mod flat;
pub mod line;

use crate::extract::Text;
use crate::loose::loose;
use crate::parse::text::words::strip_bullet;
use line::{CleanLine, clean_lines};
use regex::Regex;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

/// What a line is, decided once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// No text.
    Blank,
    /// A page number, or a running header or footer repeated page after page.
    Furniture,
    /// A contents entry: a title, a wide gap, a page number.
    Contents,
    /// A heading: marked as one, or a short line standing alone between blanks.
    Heading,
    /// A table row with cell marks.
    Row,
    /// A bulleted item; depth 0 is the outermost.
    Bullet { depth: u8 },
    /// A numbered paragraph or item ("3. Ensure that ...", "22. In order to ...").
    Numbered,
    /// Anything else: a line of a paragraph.
    Text,
}

/// A heading and the lines under it, up to the next heading.
#[derive(Debug, Clone)]
pub struct Section {
    /// Index of the heading's first line.
    pub heading: usize,
    /// The heading's text, its lines joined (a heading may wrap), compared loosely.
    pub key: String,
    /// Indices of the body's lines: after the heading up to the next section.
    pub body: Range<usize>,
}

/// The title block: the first page's opening lines, or a text's first lines with
/// text. The kind of document is decided from it alone.
#[derive(Debug, Clone)]
pub struct Title {
    /// Indices of the title block's lines with text, in order.
    pub lines: Vec<usize>,
    /// Their loose keys.
    keys: Vec<String>,
    /// The keys joined with spaces, made once: every kind's test looks in it.
    joined: String,
    /// Whether each line goes on with the sentence of the line just above it
    /// (a full-width body line that ends no sentence): such a line starts no
    /// title, whatever its words ("... since the" / "joint targeted area
    /// inspection (JTAI) in July 2019, ...").
    continues: Vec<bool>,
}

impl Title {
    /// The index (into [`Title::lines`]) of the first line where `phrase` (loose
    /// text) starts, the phrase read on across the next two lines.
    pub fn line_starting(&self, phrase: &str) -> Option<usize> {
        (0..self.keys.len())
            .filter(|&i| !self.continues[i])
            .find(|&i| {
                let k = &self.keys[i];
                // Only a line the phrase starts, or one that starts the phrase and
                // leaves the rest to the lines after it, is joined with them.
                k.starts_with(phrase)
                    || (!k.is_empty()
                        && phrase.starts_with(k.as_str())
                        && self.joined_from(i, 3).starts_with(phrase))
            })
    }

    /// Whether `phrase` (loose text) is anywhere in the title block.
    pub fn contains(&self, phrase: &str) -> bool {
        self.joined.contains(phrase)
    }

    /// The keys of `n` lines from the `i`th, joined.
    pub fn joined_from(&self, i: usize, n: usize) -> String {
        let end = (i + n).min(self.keys.len());
        self.keys[i.min(end)..end].join(" ")
    }

    pub fn keys(&self) -> &[String] {
        &self.keys
    }
}

/// A document read once: its lines, what each is, its title block and sections.
pub struct Doc<'a> {
    pub lines: Vec<CleanLine<'a>>,
    pub class: Vec<Class>,
    pub title: Title,
    pub sections: Vec<Section>,
}

/// Lines of a title block read when a document has no pages.
const TITLE_LINES: usize = 60;
/// Lines of a PDF's first page read as its title block, at most.
const TITLE_LINES_PDF: usize = 60;

impl<'a> Doc<'a> {
    pub fn new(text: &'a Text) -> Doc<'a> {
        Doc::from_lines(clean_lines(&text.lines))
    }

    pub fn from_lines(lines: Vec<CleanLine<'a>>) -> Doc<'a> {
        let class = classify(&lines);
        let title = title_block(&lines);
        let sections = sections(&lines, &class);
        Doc {
            lines,
            class,
            title,
            sections,
        }
    }

    /// The title block's lines.
    pub fn title_lines(&self) -> impl Iterator<Item = &CleanLine<'a>> + Clone {
        self.title.lines.iter().map(|&i| &self.lines[i])
    }

    /// The lines with text, without page furniture, from `range`.
    pub fn content(&self, range: Range<usize>) -> impl Iterator<Item = &CleanLine<'a>> + Clone {
        range
            .filter(|&i| !matches!(self.class[i], Class::Blank | Class::Furniture))
            .map(|i| &self.lines[i])
    }

    /// A section's heading as printed, its lines joined.
    pub fn heading_text(&self, s: &Section) -> String {
        (s.heading..s.body.start.max(s.heading + 1))
            .map(|i| self.lines[i].text.as_ref())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The index of the first line with text in a section's body, furniture aside.
    pub fn first_content(&self, s: &Section) -> Option<usize> {
        s.body
            .clone()
            .find(|&i| !matches!(self.class[i], Class::Blank | Class::Furniture))
    }

    /// The titles the document's contents page lists (compared loosely, page
    /// numbers aside): its outline. A heading among them starts a part of the
    /// report; one that is not is a subheading.
    pub fn contents(&self) -> std::collections::HashSet<String> {
        (0..self.lines.len())
            .filter(|&i| self.class[i] == Class::Contents)
            .map(|i| {
                let entry = strip_number(self.lines[i].key());
                // An entry wrapped over two lines: its first line has no number.
                match i.checked_sub(1).filter(|&p| self.class[p] == Class::Text) {
                    Some(p) => format!("{} {entry}", self.lines[p].key()),
                    None => entry.to_string(),
                }
            })
            .filter(|k| !k.is_empty())
            .collect()
    }

    /// The first section whose heading satisfies `wanted`.
    pub fn section(&self, wanted: impl Fn(&str) -> bool) -> Option<&Section> {
        self.sections.iter().find(|s| wanted(&s.key))
    }

    /// The lines of the first page (or, without pages, the opening lines).
    pub fn first_page(&self) -> Range<usize> {
        let end = match self.lines.first().and_then(|l| l.page) {
            Some(first) => self
                .lines
                .iter()
                .take_while(|l| l.page == Some(first))
                .count(),
            None => self.lines.len().min(TITLE_LINES * 2),
        };
        0..end
    }

    /// The lines of the first `n` pages.
    pub fn pages(&self, n: u32) -> Range<usize> {
        match self.lines.first().and_then(|l| l.page) {
            Some(first) => {
                0..self
                    .lines
                    .iter()
                    .take_while(|l| l.page.is_some_and(|p| p < first + n))
                    .count()
            }
            None => self.first_page(),
        }
    }
}

/// Classifies every line once.
fn classify(lines: &[CleanLine]) -> Vec<Class> {
    let mut running = running_lines(lines);
    running.extend(letterhead_lines(lines));
    let notes = footnote_lines(lines, &running);
    running.extend(notes);
    let mut class: Vec<Class> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| line_class(l, running.contains(&i)))
        .collect();
    // A short line standing alone (a blank or furniture before it, a blank after
    // it or after the line it wraps onto) is a heading.
    let blank_at = |class: &[Class], i: usize| {
        i >= class.len() || matches!(class[i], Class::Blank | Class::Furniture)
    };
    for i in 0..lines.len() {
        if class[i] != Class::Text || !heading_like(&lines[i].text) {
            continue;
        }
        // A heading stands after a blank; or, between the end of a paragraph
        // and a list (the extracted text has no blank there), above the list.
        let after_paragraph = i > 0
            && class[i - 1] == Class::Text
            && lines[i - 1].text.ends_with(['.', ':'])
            && matches!(
                class.get(i + 1),
                Some(Class::Bullet { .. } | Class::Numbered)
            );
        if !blank_at(&class, i.wrapping_sub(1)) && i > 0 && !after_paragraph {
            continue;
        }
        let alone = blank_at(&class, i + 1)
            || matches!(
                class.get(i + 1),
                Some(Class::Bullet { .. } | Class::Numbered)
            )
            || (class.get(i + 1) == Some(&Class::Text)
                && lines[i + 1].text.len() < 90
                && !lines[i].text.ends_with(['.', ','])
                && blank_at(&class, i + 2));
        if alone {
            class[i] = Class::Heading;
        }
    }
    class
}

/// A line's class from itself alone (headings are decided with their neighbours).
fn line_class(l: &CleanLine, running: bool) -> Class {
    let t = l.text.as_ref();
    if t.is_empty() {
        return Class::Blank;
    }
    if running || t.chars().all(|c| c.is_ascii_digit() || c.is_whitespace()) {
        return Class::Furniture;
    }
    if l.heading {
        return Class::Heading;
    }
    if l.cells().is_some() {
        return if is_contents_cells(l) {
            Class::Contents
        } else {
            Class::Row
        };
    }
    if is_contents_entry(l.raw) {
        return Class::Contents;
    }
    if strip_bullet(t).is_some() {
        // The glyph says the depth; indentation does not (a PDF's text is
        // indented as its layout happens to be).
        let sub = t.starts_with(['◦', '▪', '○']);
        return Class::Bullet {
            depth: u8::from(sub),
        };
    }
    if numbered(t).is_some() {
        return Class::Numbered;
    }
    Class::Text
}

/// A loose key without the page number or footnote mark at its end
/// ("what needs to improve 1" is "what needs to improve").
pub fn strip_number(key: &str) -> &str {
    key.trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ')
}

/// Whether a line starts a letter's close: its sign-off, or the sentence
/// every visit letter ends its findings with ("Ofsted will take the findings
/// from this focused visit into account when planning your next inspection").
pub fn closes_letter(key: &str) -> bool {
    [
        "yours sincerely",
        "yours faithfully",
        "ofsted will take the findings",
    ]
    .iter()
    .any(|p| key.starts_with(p))
}

/// The text after a paragraph or item number ("3. Ensure ...", "3) Ensure").
pub fn numbered(t: &str) -> Option<&str> {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let rest = t[digits..].strip_prefix(['.', ')'])?;
    rest.starts_with(' ').then(|| rest.trim_start())
}

/// A contents entry: a title, then a wide gap (two spaces or a tab), then a page
/// number, on a short line. A paragraph line that ends in a number has one space.
pub fn is_contents_entry(raw: &str) -> bool {
    let t = raw.trim_end();
    let digits = t.bytes().rev().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 || t.len() > 100 {
        return false;
    }
    let before = &t[..t.len() - digits];
    let gap = before.len() - before.trim_end().len();
    let title = before.trim();
    (gap >= 2 || before.ends_with('\t'))
        && title.len() >= 3
        && title.chars().any(char::is_alphabetic)
        && !title.ends_with(|c: char| c.is_ascii_digit())
}

fn is_contents_cells(l: &CleanLine) -> bool {
    l.cells().is_some_and(|cells| {
        cells.len() >= 2
            && cells
                .last()
                .is_some_and(|c| !c.is_empty() && c.chars().all(|ch| ch.is_ascii_digit()))
    })
}

/// Could be a heading: short, no sentence's end, starts with a capital or a
/// number.
fn heading_like(t: &str) -> bool {
    // Headings are set large: their lines are shorter than a paragraph's.
    t.chars().count() <= 75
        && !t.ends_with(['.', ',', ';'])
        && t.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && !is_grade_line(t)
}

/// A line that states a grade ("Grade 3 (Adequate)", "Inadequate (Grade 4)"):
/// it belongs to the heading above it, it is not one.
fn is_grade_line(t: &str) -> bool {
    // A cheap look first: most lines name no grade.
    if !t.contains("rade") && !t.contains("RADE") {
        return false;
    }
    let k = loose(t);
    k.starts_with("grade ") || k.contains(" grade ")
}

/// Running headers and footers: on pages after the first, among a page's first
/// three or last two lines with text, the same words (numbers aside) on three
/// pages or more.
/// Ofsted's letterhead block (its name, address, telephone, e-mail and web
/// address, short lines one under another), which a letter's PDF text may
/// give anywhere, at the foot of page 1 inside a list among them: the lines of
/// each block that holds Ofsted's web address, e-mail or telephone number.
fn letterhead_lines(lines: &[CleanLine]) -> std::collections::HashSet<usize> {
    const MARKS: [&str; 4] = [
        "gov.uk/ofsted",
        "@ofsted.gov.uk",
        "0300 123 1231",
        "0300 123 4234",
    ];
    const SHORT: usize = 45;
    let short = |i: usize| {
        let t = lines[i].text.trim();
        !t.is_empty() && t.chars().count() <= SHORT
    };
    let mut out = std::collections::HashSet::new();
    for i in 0..lines.len() {
        let t = lines[i].text.to_lowercase();
        if !short(i) || !MARKS.iter().any(|m| t.contains(m)) || out.contains(&i) {
            continue;
        }
        // The block runs on over short lines, and over a blank line where the
        // line beyond it is an address's ("Manchester M1 2WD", "Piccadilly Gate").
        let blank = |j: usize| lines[j].text.trim().is_empty();
        let mut from = i;
        loop {
            if from > 0 && short(from - 1) {
                from -= 1;
            } else if from > 1 && blank(from - 1) && address_like(&lines[from - 2].text) {
                from -= 2;
            } else {
                break;
            }
        }
        let mut to = i;
        loop {
            if to + 1 < lines.len() && short(to + 1) {
                to += 1;
            } else if to + 2 < lines.len() && blank(to + 1) && address_like(&lines[to + 2].text) {
                to += 2;
            } else {
                break;
            }
        }
        out.extend(from..=to);
    }
    out
}

/// Footnotes at the foot of a page ("1 The areas for improvement have been
/// cross-referenced with ..."), which a PDF's text gives inside whatever runs
/// over the page: a block of lines at the page's end (only furniture after
/// it) that starts with a number the page has used as a mark ("practice?1").
/// A line of a postal address: one ending in a UK postcode, a street or
/// building word, or Ofsted's name alone.
fn address_like(text: &str) -> bool {
    static POSTCODE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\s*$").expect("a valid pattern")
    });
    let t = text.trim();
    t.chars().count() <= 45
        && (POSTCODE.is_match(t)
            || t.eq_ignore_ascii_case("ofsted")
            || [
                "Street", "Gate", "Place", "House", "Road", "Square", "Kingsway",
            ]
            .iter()
            .any(|w| t.ends_with(w)))
}

/// How many lines from the foot of a page a footnote set with blank lines
/// between its lines may take.
const NOTE_FOOT_LINES: usize = 13;

fn footnote_lines(
    lines: &[CleanLine],
    furniture: &std::collections::HashSet<usize>,
) -> std::collections::HashSet<usize> {
    static NOTE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(\d{1,2})\s+\p{Lu}").expect("a valid pattern"));
    let mut out = std::collections::HashSet::new();
    let content = |i: usize| !lines[i].text.trim().is_empty() && !furniture.contains(&i);
    let mut start = 0;
    while start < lines.len() {
        let page = lines[start].page;
        if page.is_none() {
            return out;
        }
        let end = (start..lines.len())
            .find(|&i| lines[i].page != page)
            .unwrap_or(lines.len());
        // The page's last block of content, from its last blank line up; or,
        // where a note's lines are set one blank line apart, the blocks so set
        // up to the note's number, within the foot of the page.
        let marked = |first: usize| {
            let Some(c) = NOTE.captures(lines[first].text.trim()) else {
                return false;
            };
            let n = &c[1];
            (start..first).any(|i| {
                let t = lines[i].text.as_ref();
                t.match_indices(n).any(|(at, _)| {
                    let before = t[..at].chars().next_back();
                    let after = t[at + n.len()..].chars().next();
                    before.is_some_and(|b| b.is_alphabetic() || "?.)’'\"”:".contains(b))
                        && after.is_none_or(|a| a.is_whitespace() || a == ',' || a == '.')
                })
            })
        };
        if let Some(last) = (start..end).rev().find(|&i| content(i)) {
            let mut first = last;
            let mut note = None;
            loop {
                while first > start && content(first - 1) {
                    first -= 1;
                }
                if marked(first) {
                    note = Some(first);
                }
                let spaced = first >= start + 2
                    && !content(first - 1)
                    && lines[first - 1].text.trim().is_empty()
                    && content(first - 2)
                    && last - (first - 2) < NOTE_FOOT_LINES;
                if !spaced {
                    break;
                }
                first -= 2;
            }
            if let Some(first) = note {
                out.extend((first..=last).filter(|&i| content(i)));
            }
        }
        start = end;
    }
    out
}

fn running_lines(lines: &[CleanLine]) -> std::collections::HashSet<usize> {
    let mut by_page: Vec<Vec<usize>> = Vec::new();
    let mut last_page = None;
    for (i, l) in lines.iter().enumerate() {
        let Some(p) = l.page else {
            return Default::default();
        };
        if l.text.is_empty() {
            continue;
        }
        if last_page != Some(p) {
            by_page.push(Vec::new());
            last_page = Some(p);
        }
        by_page.last_mut().expect("a page").push(i);
    }
    let key = |i: usize| -> String {
        loose(&lines[i].text)
            .split(' ')
            .filter(|w| !w.chars().all(|c| c.is_ascii_digit()))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut candidates: Vec<(usize, String)> = Vec::new();
    for page in by_page.iter().skip(1) {
        let n = page.len();
        for (k, &i) in page.iter().enumerate() {
            if k < 3 || k + 2 >= n {
                let key = key(i);
                if key.len() >= 6 {
                    candidates.push((i, key));
                }
            }
        }
    }
    let mut pages: HashMap<&str, std::collections::HashSet<u32>> = HashMap::new();
    for (i, k) in &candidates {
        pages
            .entry(k.as_str())
            .or_default()
            .insert(lines[*i].page.unwrap_or(0));
    }
    // A running header or footer is on most pages; a heading that happens to
    // open a few pages is not one.
    let needed = 3.max(by_page.len().saturating_sub(1) / 3);
    candidates
        .iter()
        .filter(|(_, k)| pages[k.as_str()].len() >= needed)
        .map(|(i, _)| *i)
        .collect()
}

/// A line longer than this is a body line, not a title's.
const BODY_LINE: usize = 60;

/// The first page's lines with text (a PDF), or a text's first lines with text.
pub fn title_block(lines: &[CleanLine]) -> Title {
    let first_page = lines.first().and_then(|l| l.page);
    let limit = if first_page.is_some() {
        TITLE_LINES_PDF
    } else {
        TITLE_LINES
    };
    let idx: Vec<usize> = (0..lines.len())
        .take_while(|&i| first_page.is_none() || lines[i].page == first_page)
        .filter(|&i| !lines[i].text.is_empty())
        .filter(|&i| {
            // Page numbers are no part of a title.
            !lines[i]
                .text
                .chars()
                .all(|c| c.is_ascii_digit() || c.is_whitespace())
        })
        .take(limit)
        .collect();
    let keys: Vec<String> = idx.iter().map(|&i| lines[i].key().to_string()).collect();
    let joined = keys.join(" ");
    let continues = idx
        .iter()
        .map(|&i| {
            i.checked_sub(1).is_some_and(|p| {
                let above = lines[p].text.trim();
                above.chars().count() > BODY_LINE && !above.ends_with(['.', ':', '?', '!', ';'])
            })
        })
        .collect();
    Title {
        lines: idx,
        keys,
        joined,
        continues,
    }
}

/// Every heading starts a section that runs to the next heading.
fn sections(lines: &[CleanLine], class: &[Class]) -> Vec<Section> {
    let starts: Vec<usize> = (0..lines.len())
        .filter(|&i| class[i] == Class::Heading)
        .collect();
    starts
        .iter()
        .enumerate()
        .map(|(n, &h)| {
            let end = starts.get(n + 1).copied().unwrap_or(lines.len());
            // A heading that wraps onto its next line is read whole.
            let wraps = class.get(h + 1) == Some(&Class::Text)
                && matches!(
                    class.get(h + 2),
                    None | Some(Class::Blank | Class::Furniture)
                )
                && lines[h + 1].text.len() < 90
                && !lines[h].heading;
            let key = if wraps {
                loose(&format!("{} {}", lines[h].text, lines[h + 1].text))
            } else {
                lines[h].key().to_string()
            };
            let body_start = if wraps { h + 2 } else { h + 1 };
            Section {
                heading: h,
                key,
                body: body_start.min(end)..end,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc_of(text: &str) -> (Vec<Class>, Vec<String>) {
        let t = Text::from_plain(text);
        let d = Doc::new(&t);
        let keys = d.sections.iter().map(|s| s.key.clone()).collect();
        (d.class.clone(), keys)
    }

    #[test]
    fn lines_are_classified_once() {
        let (class, sections) = doc_of(
            "Contents\n\nThe local authority  3\n\nWhat needs to improve?\n\n• The timeliness of plans.\n   ◦ for disabled children\n\n12. A numbered paragraph\nnarrative text goes on here.\n\n7\n",
        );
        assert_eq!(
            class,
            vec![
                Class::Heading,
                Class::Blank,
                Class::Contents,
                Class::Blank,
                Class::Heading,
                Class::Blank,
                Class::Bullet { depth: 0 },
                Class::Bullet { depth: 1 },
                Class::Blank,
                Class::Numbered,
                Class::Text,
                Class::Blank,
                Class::Furniture,
                Class::Blank,
            ]
        );
        assert_eq!(sections, vec!["contents", "what needs to improve"]);
    }

    #[test]
    fn a_sentence_ending_in_a_number_is_not_a_contents_entry() {
        assert!(is_contents_entry("Summary of findings  3"));
        assert!(!is_contents_entry(
            "the number of children in care rose to 612"
        ));
        assert!(!is_contents_entry("Inspection dates: 5 to 9 December 2022"));
    }

    #[test]
    fn a_heading_wraps_onto_a_second_line() {
        let (_, sections) = doc_of(
            "Overall effectiveness of services for looked\nafter children and young people\n\nGrade 3 (Adequate)\n",
        );
        // The grade under it belongs to it: a grade line is no heading.
        assert_eq!(
            sections,
            vec!["overall effectiveness of services for looked after children and young people"]
        );
    }
}

//! Shared scanning: cleaning the markdown and HTML debris of converted documents,
//! classifying lines, reading dates and bullets. Every function here is pure and
//! works on one line or one string.

use crate::extract::Line;
use crate::model::{Date, Source};
use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// A line after cleaning, with what it looked like in the source.
#[derive(Debug, Clone)]
pub struct CleanLine<'a> {
    pub no: usize,
    pub page: Option<u32>,
    /// The line as read, with its markup.
    pub raw: &'a str,
    /// The text with markup removed, entities decoded, quotes and spaces normalised
    /// (most lines need no change and are borrowed as they are).
    pub text: Cow<'a, str>,
    /// A markdown heading (`#`), a bold-only line, or an HTML heading.
    pub heading: bool,
    /// The text compared loosely, made once when first asked for.
    key: std::cell::OnceCell<String>,
    /// The raw cells, if the line is a table row, split once when first asked for.
    cells: std::cell::OnceCell<Option<Vec<&'a str>>>,
    /// The cells cleaned (see [`clean`]), made once when first asked for.
    clean_cells: std::cell::OnceCell<Option<Vec<Cow<'a, str>>>>,
}

impl<'a> CleanLine<'a> {
    /// The raw cells of a table row (see [`super::table::row_cells`]), or `None`.
    pub fn cells(&self) -> Option<&[&'a str]> {
        self.cells
            .get_or_init(|| super::table::row_cells(self.raw))
            .as_deref()
    }

    /// The cells of a table row, each cleaned (see [`clean`]), or `None`. Several
    /// readers look at the same rows; the cells are cleaned once.
    pub fn clean_cells(&self) -> Option<&[Cow<'a, str>]> {
        self.clean_cells
            .get_or_init(|| Some(self.cells()?.iter().map(|c| clean_cow(c)).collect()))
            .as_deref()
    }

    /// The line's text compared loosely (see [`loose`]).
    pub fn key(&self) -> &str {
        self.key.get_or_init(|| loose(&self.text))
    }

    pub fn source(&self) -> Source {
        source_of(self.no, self.page, &self.text)
    }
}

/// A `Source` with the line's text shortened for display.
pub fn source_of(no: usize, page: Option<u32>, text: &str) -> Source {
    const MAX: usize = 200;
    // Where the character after the first MAX starts, if there is one.
    let text = match text.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", text[..cut].trim_end()),
        None => text.to_string(),
    };
    Source {
        line: no,
        page,
        text,
    }
}

/// Cleans every line of a document.
pub fn clean_lines<'a>(lines: &'a [Line]) -> Vec<CleanLine<'a>> {
    let one = |l: &'a Line| {
        let trimmed = l.text.trim();
        let heading = trimmed.starts_with('#')
            || (trimmed.starts_with("**") && trimmed.ends_with("**") && trimmed.len() > 4);
        CleanLine {
            no: l.no,
            page: l.page,
            raw: &l.text,
            text: clean_cow(&l.text),
            heading,
            key: std::cell::OnceCell::new(),
            cells: std::cell::OnceCell::new(),
            clean_cells: std::cell::OnceCell::new(),
        }
    };
    // Not in parallel: the files of a run are, and one long document gained
    // nothing measurable (0.55 ms against 0.60 ms for the 257 KB plan).
    lines.iter().map(one).collect()
}

/// Each HTML tag (`<p>`, `</li>`, `<ul style="...">`: what `</?[a-zA-Z][^<>]*>`
/// matches) replaced by a space. Written out rather than a regular expression:
/// table cells are full of tags and this runs on every one.
fn strip_tags(s: &str) -> Cow<'_, str> {
    let b = s.as_bytes();
    let mut out = String::new();
    // Copied up to here; looking from here.
    let (mut copied, mut at) = (0, 0);
    while let Some(found) = memchr::memchr(b'<', &b[at..]) {
        let open = at + found;
        let name = open + 1 + usize::from(b.get(open + 1) == Some(&b'/'));
        if !b.get(name).is_some_and(u8::is_ascii_alphabetic) {
            at = open + 1;
            continue;
        }
        // The tag ends at the next '>', if no '<' comes first.
        match memchr::memchr2(b'<', b'>', &b[name..]) {
            Some(n) if b[name + n] == b'>' => {
                out.push_str(&s[copied..open]);
                out.push(' ');
                copied = name + n + 1;
                at = copied;
            }
            Some(n) => at = name + n,
            None => break,
        }
    }
    if copied == 0 {
        return Cow::Borrowed(s);
    }
    out.push_str(&s[copied..]);
    Cow::Owned(out)
}
static MD_LINK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\[([^\]]*)\]\([^)]*\)").unwrap());

/// Removes markdown and HTML debris and normalises quotes, dashes' spacing and
/// white space: `## **Being healthy**` becomes `Being healthy`, `<b>4</b>` becomes
/// `4`, `&amp;` becomes `&`, `’` becomes `'`.
pub fn clean(s: &str) -> String {
    clean_cow(s).into_owned()
}

/// [`clean`], borrowing the text when it needs no change (most lines).
pub fn clean_cow(s: &str) -> Cow<'_, str> {
    // White space at the ends (markdown's two-space line breaks) is dropped
    // without copying.
    let trimmed = s.trim();
    if already_clean(trimmed) {
        Cow::Borrowed(trimmed)
    } else {
        Cow::Owned(clean_markup(trimmed))
    }
}

/// The work of [`clean`] on a line that needs some.
fn clean_markup(s: &str) -> String {
    // Every line of every document passes here: the regexes run only where their
    // markup can be, and the rest is one pass over the characters.
    let mut text = strip_tags(s);
    if text.contains("](") {
        text = Cow::Owned(MD_LINK.replace_all(&text, "$1").into_owned());
    }
    if text.contains('&') {
        text = Cow::Owned(decode_entities(&text));
    }
    let body = text.trim_start().trim_start_matches('#');
    let bytes = body.as_bytes();
    // No byte read writes more than one: the output fits in the input's length.
    let mut out = vec![0u8; bytes.len()];
    let mut o = 0;
    // Whether the last byte written is a space, or nothing is written yet (so
    // that white space at the start is dropped).
    let mut space = true;
    let mut i = 0;
    while i < bytes.len() {
        // Most of a line is words and single spaces: a block of those is copied
        // whole, and only a block with something to change is read byte by byte.
        let end = (i + BLOCK).min(bytes.len());
        let block = &bytes[i..end];
        if block.len() == BLOCK && simple_block(block) && !(space && block[0] == b' ') {
            out[o..o + BLOCK].copy_from_slice(block);
            o += BLOCK;
            space = block[BLOCK - 1] == b' ';
            i = end;
            continue;
        }
        while i < end {
            let b = bytes[i];
            let class = BYTE_CLASS[b as usize];
            if class != SPECIAL {
                // Plain ASCII or white space, with no branch on which (words and
                // spaces alternate too often to predict): white space is written as
                // a space, and a run of it moves the output on once.
                let white = class == WHITE;
                out[o] = if white { b' ' } else { b };
                o += usize::from(!(white && space));
                space = white;
                i += 1;
                continue;
            }
            // Markup, escapes, control characters and characters beyond ASCII.
            let (c, used) = if b.is_ascii() {
                let next = bytes.get(i + 1).copied();
                match b {
                    // Markdown emphasis (** and __) goes; escapes (\* and \_) keep their character.
                    b'*' | b'_' if next == Some(b) => {
                        i += 2;
                        continue;
                    }
                    b'\\' if matches!(next, Some(b'*') | Some(b'_')) => {
                        (next.map_or(' ', char::from), 2)
                    }
                    b'`' => ('\'', 1),
                    _ => (char::from(b), 1),
                }
            } else {
                let c = body[i..].chars().next().unwrap_or(' ');
                let mapped = match c {
                    '\u{2019}' | '\u{2018}' => '\'',
                    '\u{201c}' | '\u{201d}' => '"',
                    '\u{a0}' | '\u{200b}' => ' ',
                    other => other,
                };
                (mapped, c.len_utf8())
            };
            i += used;
            if c.is_whitespace() {
                if !space {
                    out[o] = b' ';
                    o += 1;
                    space = true;
                }
                continue;
            }
            let written = c.encode_utf8(&mut out[o..]).len();
            o += written;
            space = false;
        }
    }
    if space && o > 0 {
        o -= 1;
    }
    out.truncate(o);
    // Whole characters only were written.
    let mut out = String::from_utf8(out).unwrap_or_default();
    // Italic markers around a whole line: *text*.
    if out.len() > 2 && out.starts_with('*') && out.ends_with('*') {
        out = out.trim_matches('*').trim().to_string();
    }
    out
}

/// Printable ASCII that `clean` copies as it is: not white space, emphasis or escapes.
const fn plain_byte(c: u8) -> bool {
    // `&`, not `&&`: no branches, so that loops over it become vector instructions.
    (c > b' ') & (c < 0x7f) & (c != b'*') & (c != b'_') & (c != b'\\') & (c != b'`')
}

/// Bytes `clean` reads at a time when it can copy them whole.
const BLOCK: usize = 16;

/// A block `clean` can copy as it is: printable ASCII it keeps, and single spaces.
fn simple_block(b: &[u8]) -> bool {
    let kept = b
        .iter()
        .fold(true, |all, &c| all & (plain_byte(c) | (c == b' ')));
    let two_spaces = b
        .iter()
        .zip(&b[1..])
        .fold(false, |any, (&x, &y)| any | ((x == b' ') & (y == b' ')));
    kept & !two_spaces
}

/// What `clean` does with a byte: copies it, writes a space, or looks closer.
const PLAIN: u8 = 0;
const WHITE: u8 = 1;
const SPECIAL: u8 = 2;
static BYTE_CLASS: [u8; 256] = {
    let mut t = [SPECIAL; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if plain_byte(c) {
            PLAIN
        } else if matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r') {
            WHITE
        } else {
            SPECIAL
        };
        b += 1;
    }
    t
};

/// Plain ASCII text with single spaces and nothing `clean` would change.
fn already_clean(s: &str) -> bool {
    let b = s.as_bytes();
    if matches!(b.first(), Some(b'#' | b' ')) || b.last() == Some(&b' ') {
        return false;
    }
    // Most lines pass, so the whole line is checked without early exits, a block
    // at a time: the compiler turns these loops into vector instructions.
    let ok = |c: u8| c == b' ' || (plain_byte(c) & (c != b'<') & (c != b'&') & (c != b'['));
    let all_ok = b
        .chunks(64)
        .all(|block| block.iter().fold(true, |all, &c| all & ok(c)));
    let two_spaces = b
        .iter()
        .zip(&b[1.min(b.len())..])
        .fold(false, |two, (&x, &y)| two | ((x == b' ') & (y == b' ')));
    all_ok && !two_spaces
}

fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    static ENTITY: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"&(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);").unwrap());
    ENTITY
        .replace_all(s, |c: &regex::Captures| {
            let e = &c[1];
            let ch = if let Some(hex) = e.strip_prefix("#x").or_else(|| e.strip_prefix("#X")) {
                u32::from_str_radix(hex, 16).ok().and_then(char::from_u32)
            } else if let Some(dec) = e.strip_prefix('#') {
                dec.parse().ok().and_then(char::from_u32)
            } else {
                match e {
                    "amp" => Some('&'),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    "nbsp" => Some(' '),
                    "ndash" => Some('–'),
                    "mdash" => Some('—'),
                    "rsquo" | "lsquo" => Some('\''),
                    "ldquo" | "rdquo" => Some('"'),
                    "bull" => Some('•'),
                    "pound" => Some('£'),
                    _ => None,
                }
            };
            ch.map(String::from).unwrap_or_else(|| c[0].to_string())
        })
        .into_owned()
}

/// Bullet glyphs seen in the documents: markdown dashes and stars, •, ■, ●, ◼, the
/// Symbol-font bullet U+F0B7, and "o" sub-bullets.
pub const BULLETS: [char; 8] = ['•', '■', '●', '◼', '\u{f0b7}', '▪', '◦', '○'];

/// The text after a leading bullet, if the line is a bullet.
pub fn strip_bullet(text: &str) -> Option<&str> {
    let t = text.trim_start();
    let mut chars = t.chars();
    let first = chars.next()?;
    let rest = chars.as_str();
    // Symbol and Wingdings fonts put their bullets, dashes and squares in the
    // private use area (U+F02D, U+F06E, U+F0A7, U+F0B7 ...).
    let symbol_font = ('\u{f000}'..='\u{f0ff}').contains(&first);
    let is_bullet = BULLETS.contains(&first)
        || symbol_font
        || ((first == '-' || first == '*') && rest.starts_with(' '));
    is_bullet.then(|| rest.trim_start())
}

/// Splits a run of text on bullet glyphs into its items, cleaned and without empties.
pub fn split_bullets(s: &str) -> Vec<String> {
    s.split(|c| BULLETS.contains(&c))
        .map(clean)
        .filter(|t| !t.is_empty())
        .collect()
}

/// Splits text into sentences at ". " before a capital letter or a digit.
pub fn sentences(s: &str) -> Vec<String> {
    static END: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[.!?]\s+[A-Z0-9(]").unwrap());
    let mut out = Vec::new();
    let mut start = 0;
    for m in END.find_iter(s) {
        let end = m.start() + 1;
        out.push(s[start..end].trim().to_string());
        start = m.end() - 1;
    }
    let last = s[start..].trim();
    if !last.is_empty() {
        out.push(last.to_string());
    }
    out.into_iter().filter(|x| !x.is_empty()).collect()
}

pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A month from its name or common abbreviation ("Sept", "Jan").
pub fn month_number(name: &str) -> Option<u8> {
    let n = name.trim_end_matches('.').to_lowercase();
    if n.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| m.starts_with(&n) || (n == "sept" && *m == "september"))
        .map(|i| i as u8 + 1)
}

const MONTH_RE: &str = r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

/// A date written "1 December 2005", "8th November 2011", "21/6/05", "21/06/2005".
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH_RE})\.?,?\s+(\d{{4}})|(\d{{1,2}})/(\d{{1,2}})/(\d{{2}}|\d{{4}}))\b"
    ))
    .unwrap()
});

/// Every date in the text, with its byte range.
pub fn find_dates(s: &str) -> Vec<(std::ops::Range<usize>, Date)> {
    DATE.captures_iter(s)
        .filter_map(|c| {
            let range = c.get(0)?.range();
            let date = if let Some(day) = c.get(1) {
                Date::new(
                    c[3].parse().ok()?,
                    month_number(&c[2])?,
                    day.as_str().parse().ok()?,
                )
            } else {
                let y: i32 = c[6].parse().ok()?;
                let y = if y < 100 { 2000 + y } else { y };
                Date::new(y, c[5].parse().ok()?, c[4].parse().ok()?)
            }?;
            Some((range, date))
        })
        .collect()
}

/// The first date in the text.
pub fn first_date(s: &str) -> Option<Date> {
    find_dates(s).into_iter().next().map(|(_, d)| d)
}

/// An inspection's on-site dates, written in any of the ways reports write them:
/// "12 – 23 April 2010", "11 April 2016 to 5 May 2016", "14 April – 8 May 2015",
/// "13 to 17 November 2023", "19 November – 11 December 2013", "2 March 2015",
/// and split visits "30 September to 4 October 2024 and 13 to 17 January 2025".
/// Returns the first and the last day.
pub fn date_span(s: &str) -> Option<(Date, Date)> {
    static PART: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?i)(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?({MONTH_RE}))?(?:\s+(\d{{4}}))?(?:(?:\s*(?:to|–|-|—|until)\s*|\s+and\s+)(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH_RE})\s+(\d{{4}}))?"
        ))
        .unwrap()
    });
    let mut days: Vec<Date> = Vec::new();
    for c in PART.captures_iter(s) {
        let d1: u8 = c[1].parse().ok()?;
        match (c.get(4), c.get(2), c.get(3)) {
            (Some(d2), _, _) => {
                let m2 = month_number(&c[5])?;
                let y2: i32 = c[6].parse().ok()?;
                let end = Date::new(y2, m2, d2.as_str().parse().ok()?)?;
                let m1 = c
                    .get(2)
                    .and_then(|m| month_number(m.as_str()))
                    .unwrap_or(m2);
                let y1 = c
                    .get(3)
                    .and_then(|y| y.as_str().parse().ok())
                    .unwrap_or(if m1 > m2 { y2 - 1 } else { y2 });
                days.push(Date::new(y1, m1, d1)?);
                days.push(end);
            }
            (None, Some(m), Some(y)) => {
                days.push(Date::new(
                    y.as_str().parse().ok()?,
                    month_number(m.as_str())?,
                    d1,
                )?);
            }
            _ => {}
        }
    }
    // Numeric dates ("12/01/2015 to 23/01/2015") and any whole date the ranges missed.
    days.extend(find_dates(s).into_iter().map(|(_, d)| d));
    let first = *days.iter().min()?;
    let last = *days.iter().max()?;
    Some((first, last))
}

/// The first on-site visit of an inspection whose dates name two ("30 September
/// to 11 October 2024 and 13 to 16 January 2025"): its first and last day. A
/// visit ends where a year is followed by "and".
pub fn first_visit_span(s: &str) -> Option<(Date, Date)> {
    static SPLIT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b\d{4}\s*,?\s+and\s").unwrap());
    match SPLIT.find(s) {
        Some(m) => date_span(&s[..m.start() + 4]),
        None => date_span(s),
    }
}

/// Years (1990-2039) written in the text, in order, with their byte offsets.
pub fn find_years(s: &str) -> Vec<(usize, i32)> {
    static YEAR: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\b(19[9]\d|20[0-3]\d)\b").unwrap());
    YEAR.captures_iter(s)
        .filter_map(|c| Some((c.get(1)?.start(), c[1].parse().ok()?)))
        .collect()
}

/// Years written alone, not as part of a full date ("the 2011 assessment", not
/// "21 February 2012"), with their byte offsets.
pub fn years_outside_dates(s: &str) -> Vec<(usize, i32)> {
    let dates = find_dates(s);
    find_years(s)
        .into_iter()
        .filter(|(at, _)| !dates.iter().any(|(r, _)| r.contains(at)))
        .collect()
}

/// Title case for names printed in capitals ("FLO HADLEY" -> "Flo Hadley").
pub fn title_case(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            let lower = w.to_lowercase();
            let mut c = lower.chars();
            match c.next() {
                Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Text compared loosely: lower case, `&` as "and", only letters and digits,
/// single spaces ("Children’s  Services" becomes "children s services").
pub fn loose(s: &str) -> String {
    let bytes = s.as_bytes();
    if s.is_ascii() && memchr::memchr(b'&', bytes).is_none() {
        // Without '&' (written "and") or other scripts, no byte read writes more
        // than one, and the loop has no branch on letters and separators (they
        // alternate too often to predict): a separator is written as a space and
        // a run of them moves the output on once.
        let mut out = vec![0u8; bytes.len()];
        let mut o = 0;
        let mut sep = true;
        for &b in bytes {
            let lower = LOWER[b as usize];
            let is_sep = lower == 0;
            out[o] = if is_sep { b' ' } else { lower };
            o += usize::from(!(is_sep && sep));
            sep = is_sep;
        }
        if sep && o > 0 {
            o -= 1;
        }
        out.truncate(o);
        return String::from_utf8(out).unwrap_or_default();
    }
    loose_any(s)
}

/// [`loose`] for any text (the rare lines with '&' or beyond ASCII).
fn loose_any(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(s.len() + 8);
    // Whether a word separator is due before the next letter or digit.
    let mut space = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 128 {
            i += 1;
            let lower = LOWER[b as usize];
            if lower != 0 {
                if space {
                    out.push(b' ');
                    space = false;
                }
                out.push(lower);
            } else {
                space = !out.is_empty();
                if b == b'&' {
                    out.extend_from_slice(if space { b" and" } else { b"and" });
                    space = true;
                }
            }
            continue;
        }
        let c = s[i..].chars().next().unwrap_or(' ');
        i += c.len_utf8();
        if c.is_alphanumeric() {
            if space {
                out.push(b' ');
                space = false;
            }
            let mut buf = [0u8; 4];
            for l in c.to_lowercase() {
                out.extend_from_slice(l.encode_utf8(&mut buf).as_bytes());
            }
        } else {
            space = !out.is_empty();
        }
    }
    // Only whole characters were written.
    String::from_utf8(out).unwrap_or_default()
}

/// For [`loose`], a byte at a time: an ASCII letter or digit maps to itself in
/// lower case, other ASCII to 0.
static LOWER: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, day: u8) -> Date {
        Date::new(y, m, day).unwrap()
    }

    /// The text of every seed fixture.
    fn seed_texts() -> Vec<String> {
        std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .map(|p| std::fs::read_to_string(p).unwrap())
            .collect()
    }

    #[test]
    fn lines_taken_as_clean_are_what_cleaning_would_make() {
        let tricky = [
            "",
            "a",
            " a",
            "a ",
            "a  b",
            "a b",
            "#a",
            "a#b",
            "a*b",
            "a_b",
            "a\\b",
            "a`b",
            "<b>4</b>",
            "a &amp; b",
            "[x](y)",
            "a\tb",
            "caf\u{e9}",
            "a\u{a0}b",
            "***",
        ];
        let fixtures = seed_texts();
        let lines = tricky
            .into_iter()
            .chain(fixtures.iter().flat_map(|t| t.lines()));
        let mut fast = 0;
        for line in lines {
            if already_clean(line) {
                fast += 1;
                assert_eq!(clean_markup(line), line, "{line:?}");
            }
        }
        assert!(fast > 1000, "most seed lines need no cleaning: {fast}");
    }

    /// `clean` written the simplest way, a character at a time: what the block
    /// copies and branch-free loops must agree with.
    fn clean_by_characters(s: &str) -> String {
        let mut text = strip_tags(s.trim()).into_owned();
        if text.contains("](") {
            text = MD_LINK.replace_all(&text, "$1").into_owned();
        }
        text = decode_entities(&text);
        let chars: Vec<char> = text.trim_start().trim_start_matches('#').chars().collect();
        let (mut out, mut space, mut i) = (String::new(), false, 0);
        while i < chars.len() {
            let (c, next) = (chars[i], chars.get(i + 1).copied());
            i += 1;
            let c = match c {
                '*' | '_' if next == Some(c) => {
                    i += 1;
                    continue;
                }
                '\\' if matches!(next, Some('*' | '_')) => {
                    i += 1;
                    next.unwrap_or(' ')
                }
                '`' | '\u{2019}' | '\u{2018}' => '\'',
                '\u{201c}' | '\u{201d}' => '"',
                '\u{a0}' | '\u{200b}' => ' ',
                other => other,
            };
            if c.is_whitespace() {
                space = !out.is_empty();
            } else {
                if space {
                    out.push(' ');
                    space = false;
                }
                out.push(c);
            }
        }
        if out.len() > 2 && out.starts_with('*') && out.ends_with('*') {
            out = out.trim_matches('*').trim().to_string();
        }
        out
    }

    #[test]
    fn cleaning_agrees_with_cleaning_a_character_at_a_time() {
        // Seed lines, and lines made of pieces that sit on and across the blocks'
        // edges: spaces alone and in runs, tabs, emphasis, escapes, tags, quotes.
        let pieces = [
            "word",
            " ",
            "  ",
            "\t",
            "**",
            "*",
            "__",
            "\\*",
            "`",
            "<b>",
            "</i>",
            "&amp;",
            "’",
            "\u{a0}",
            "é",
            "#",
            "x",
            "0123456789abcdef",
            "[a](b)",
            "\u{2003}",
        ];
        let mut state = 12345u64;
        let mut made = Vec::new();
        for _ in 0..3000 {
            let mut s = String::new();
            for _ in 0..(state % 23) {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                s.push_str(pieces[(state >> 33) as usize % pieces.len()]);
            }
            made.push(s);
        }
        let fixtures = seed_texts();
        for line in made
            .iter()
            .map(String::as_str)
            .chain(fixtures.iter().flat_map(|t| t.lines()))
        {
            assert_eq!(clean(line), clean_by_characters(line), "{line:?}");
        }
    }

    #[test]
    fn tags_are_what_the_pattern_matches() {
        let tag = Regex::new(r"</?[a-zA-Z][^<>]*>").unwrap();
        for s in [
            "",
            "<b>4</b>",
            "a < b > c",
            "<p class=\"x\">One</p> <ul> <li>• two</li></ul>",
            "<a<b>c",
            "</>",
            "<1>",
            "x <br",
            "<é>",
            "<P>é</P>",
            "< p>",
            "<<b>>",
        ] {
            assert_eq!(strip_tags(s), tag.replace_all(s, " "), "{s:?}");
        }
    }

    #[test]
    fn cleans_markdown_and_html() {
        assert_eq!(clean("## **Being healthy**"), "Being healthy");
        assert_eq!(clean("<b>4</b>"), "4");
        assert_eq!(
            clean("improved rates of attendance &amp; exclusions"),
            "improved rates of attendance & exclusions"
        );
        assert_eq!(
            clean("*Action is taken to promote children and young people's mental health:*"),
            "Action is taken to promote children and young people's mental health:"
        );
        assert_eq!(clean("5+A\\*-C at GCSE"), "5+A*-C at GCSE");
        assert_eq!(clean("Children\u{2019}s services"), "Children's services");
        assert_eq!(
            clean("Email: [edhelpline@ofsted.gov.uk](mailto:edhelpline@ofsted.gov.uk)"),
            "Email: edhelpline@ofsted.gov.uk"
        );
    }

    #[test]
    fn loose_comparison() {
        assert_eq!(loose("Children\u{2019}s  Services"), "children s services");
        assert_eq!(loose("Brighton & Hove"), "brighton and hove");
        assert_eq!(loose("  Areas for improvement: "), "areas for improvement");
        assert_eq!(loose("C&YP"), "c and yp");
        assert_eq!(loose(""), "");
        assert_eq!(loose("& more"), "and more");
        assert_eq!(loose("ÉCOLE Ärzte"), "école ärzte");
        assert_eq!(loose("x — y"), "x y");
    }

    #[test]
    fn loose_keys_are_the_same_by_either_path() {
        let fixtures = seed_texts();
        let tricky = [
            "", " ", "a", " a ", "a  b", "A-B", "--x--", "x1 y2", "\tTab\n",
        ];
        for line in tricky
            .into_iter()
            .chain(fixtures.iter().flat_map(|t| t.lines()))
        {
            assert_eq!(loose(line), loose_any(line), "{line:?}");
        }
    }

    #[test]
    fn cleaning_keeps_what_is_not_markup() {
        assert_eq!(
            clean("  two  spaces\tand\u{a0}tabs  "),
            "two spaces and tabs"
        );
        assert_eq!(clean("snake_case and a_b"), "snake_case and a_b");
        assert_eq!(clean("**bold** and __under__"), "bold and under");
        assert_eq!(clean("5 \\* 3"), "5 * 3");
        assert_eq!(clean("*"), "*");
    }

    #[test]
    fn bullets() {
        assert_eq!(strip_bullet("- health of LAC"), Some("health of LAC"));
        assert_eq!(strip_bullet("\u{f0b7} Leaders have"), Some("Leaders have"));
        assert_eq!(strip_bullet("◼ The continued"), Some("The continued"));
        assert_eq!(strip_bullet("\u{f06e} The take-up"), Some("The take-up"));
        assert_eq!(
            strip_bullet("\u{f02d} ensuring that"),
            Some("ensuring that")
        );
        assert_eq!(strip_bullet("\u{f06e} The take-up"), Some("The take-up"));
        assert_eq!(
            strip_bullet("\u{f02d} ensuring that"),
            Some("ensuring that")
        );
        assert_eq!(strip_bullet("-5 degrees"), None);
        assert_eq!(
            split_bullets("• one • two ■ three"),
            vec!["one", "two", "three"]
        );
    }

    #[test]
    fn dates_in_text() {
        assert_eq!(first_date("**1 December 2005**"), Some(d(2005, 12, 1)));
        assert_eq!(
            first_date("the meeting held on 21/6/05 to assess"),
            Some(d(2005, 6, 21))
        );
        assert_eq!(
            first_date("held on 6 July 2005 to assess"),
            Some(d(2005, 7, 6))
        );
        assert_eq!(
            first_date("Committee on 21 February 2012"),
            Some(d(2012, 2, 21))
        );
        assert_eq!(first_date("On Tuesday 8th Nov 2011"), Some(d(2011, 11, 8)));
        assert_eq!(first_date("31 February 2012"), None);
    }

    #[test]
    fn spans() {
        assert_eq!(
            date_span("12 – 23 April 2010"),
            Some((d(2010, 4, 12), d(2010, 4, 23)))
        );
        assert_eq!(
            date_span("11 April 2016 to 5 May 2016"),
            Some((d(2016, 4, 11), d(2016, 5, 5)))
        );
        assert_eq!(
            date_span("14 April – 8 May 2015"),
            Some((d(2015, 4, 14), d(2015, 5, 8)))
        );
        assert_eq!(
            date_span("13 to 17 November 2023"),
            Some((d(2023, 11, 13), d(2023, 11, 17)))
        );
        assert_eq!(
            date_span("19 November 2013 – 30 January 2014"),
            Some((d(2013, 11, 19), d(2014, 1, 30)))
        );
        assert_eq!(
            date_span("19 November – 11 December 2013"),
            Some((d(2013, 11, 19), d(2013, 12, 11)))
        );
        assert_eq!(
            date_span("2 March 2015"),
            Some((d(2015, 3, 2), d(2015, 3, 2)))
        );
        assert_eq!(
            date_span("30 September to 4 October 2024 and 13 to 17 January 2025"),
            Some((d(2024, 9, 30), d(2025, 1, 17)))
        );
        assert_eq!(date_span("no dates here"), None);
        assert_eq!(
            date_span("on 17 and 18 December 2019"),
            Some((d(2019, 12, 17), d(2019, 12, 18)))
        );
        assert_eq!(
            date_span("on the 15 and 16 of May 2018"),
            Some((d(2018, 5, 15), d(2018, 5, 16)))
        );
        assert_eq!(
            date_span("Between 8 October 2018 and 12 October 2018"),
            Some((d(2018, 10, 8), d(2018, 10, 12)))
        );
        assert_eq!(
            date_span("12/01/2015 to 23/01/2015"),
            Some((d(2015, 1, 12), d(2015, 1, 23)))
        );
    }

    #[test]
    fn first_visits() {
        assert_eq!(
            first_visit_span("5 to 9 December 2022 and 14 to 15 February 2023"),
            Some((d(2022, 12, 5), d(2022, 12, 9)))
        );
        assert_eq!(
            first_visit_span("30 September to 11 October 2024 and 13 to 16 January 2025"),
            Some((d(2024, 9, 30), d(2024, 10, 11)))
        );
    }

    #[test]
    fn sentence_split() {
        assert_eq!(
            sentences("It was good. Then 2011 came. end"),
            vec!["It was good.", "Then 2011 came. end"]
        );
    }
}

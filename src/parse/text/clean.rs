//! Cleaning one string: the markdown and HTML debris of converted documents
//! removed, entities decoded, quotes and spaces normalised.

use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

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
/// HTML tags and markdown links taken out, entities decoded. Every line of
/// every document passes here: the regexes run only where their markup can be.
fn without_tags_links_entities(s: &str) -> Cow<'_, str> {
    let mut text = strip_tags(s);
    if text.contains("](") {
        text = Cow::Owned(MD_LINK.replace_all(&text, "$1").into_owned());
    }
    if text.contains('&') {
        text = Cow::Owned(decode_entities(&text));
    }
    text
}

/// The character that a special byte at `i` of `body` (markup, an escape, a
/// control character, or the start of a character beyond ASCII) stands for,
/// and how many bytes it takes; no character for markdown emphasis (`**`,
/// `__`), which goes.
#[inline]
fn special(body: &str, i: usize) -> (Option<char>, usize) {
    let bytes = body.as_bytes();
    let b = bytes[i];
    if b.is_ascii() {
        let next = bytes.get(i + 1).copied();
        return match b {
            // Emphasis (** and __) goes; an escape (\* or \_) keeps its character.
            b'*' | b'_' if next == Some(b) => (None, 2),
            b'\\' if matches!(next, Some(b'*') | Some(b'_')) => (next.map(char::from), 2),
            b'`' => (Some('\''), 1),
            _ => (Some(char::from(b)), 1),
        };
    }
    let c = body[i..].chars().next().unwrap_or(' ');
    let mapped = match c {
        '\u{2019}' | '\u{2018}' => '\'',
        '\u{201c}' | '\u{201d}' => '"',
        '\u{a0}' | '\u{200b}' => ' ',
        other => other,
    };
    (Some(mapped), c.len_utf8())
}

/// One pass over the characters: white space folded, emphasis dropped, quotes
/// made plain; most blocks of plain bytes are copied whole.
fn clean_markup(s: &str) -> String {
    let text = without_tags_links_entities(s);
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
            let (c, used) = special(body, i);
            i += used;
            let Some(c) = c else {
                continue;
            };
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::seed_texts;

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
}

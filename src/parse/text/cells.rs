//! The cells of one table row: tab-separated rows, markdown pipe rows, and
//! cells holding HTML paragraphs and lists.

use super::clean::clean;
use super::words::{BULLETS, sentences, split_bullets};

/// A markdown separator row (`|---|:--|`).
pub fn is_separator(raw: &str) -> bool {
    let t = raw.trim();
    t.starts_with('|') && t.len() > 2 && t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
}

/// The raw cells of a table row, or `None` for a line that is no table row (or a
/// markdown separator row `|---|---|`).
pub fn row_cells(raw: &str) -> Option<Vec<&str>> {
    let t = raw.trim();
    if t.starts_with('|') && t.ends_with('|') && t.len() > 1 {
        let cells: Vec<&str> = t[1..t.len() - 1].split('|').map(str::trim).collect();
        if cells
            .iter()
            .all(|c| c.chars().all(|ch| matches!(ch, '-' | ':' | ' ')))
        {
            return None;
        }
        return Some(cells);
    }
    if memchr::memchr(b'\t', raw.as_bytes()).is_some() {
        let cells: Vec<&str> = raw.split('\t').map(str::trim).collect();
        // "•<tab>The quality of plans": a bullet and its item, not a row.
        let glyph = |c: &str| {
            let mut chars = c.chars();
            matches!((chars.next(), chars.next()), (Some(g), None)
                if BULLETS.contains(&g) || matches!(g, '-' | '*') || ('\u{f000}'..='\u{f0ff}').contains(&g))
        };
        if cells.first().is_some_and(|c| glyph(c)) {
            return None;
        }
        return Some(cells);
    }
    None
}

/// At most the first `n` bytes of a string, cut at a character boundary.
pub fn prefix(s: &str, n: usize) -> &str {
    let mut end = s.len().min(n);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// What a cell holds: the text before its list (an outcome heading, a plan row's
/// title), each paragraph, and each list item.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct CellParts {
    pub heading: Option<String>,
    pub paragraphs: Vec<String>,
    pub items: Vec<String>,
}

/// Where `needle` (ASCII, lower case) first occurs in `hay` at or after `from`,
/// in any case.
pub(crate) fn find_ascii_ci(hay: &str, needle: &str, from: usize) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let first = n.first()?;
    (from..(h.len() + 1).saturating_sub(n.len()))
        .find(|&i| h[i].to_ascii_lowercase() == *first && h[i..i + n.len()].eq_ignore_ascii_case(n))
}

/// The contents of each `<tag ...>...</tag>` element in `s` (HTML's tags are
/// read in any case; an element left open is not read).
fn elements<'a>(s: &'a str, tag: &str) -> Vec<&'a str> {
    let open = format!("<{tag}");
    let close = format!("</{tag}>");
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(start) = find_ascii_ci(s, &open, at) {
        let after = start + open.len();
        // `<p>` or `<p class=...>`, not `<pre>`.
        if !s[after..].starts_with(|c: char| c == '>' || c.is_ascii_whitespace()) {
            at = after;
            continue;
        }
        let Some(gt) = s[after..].find('>') else {
            break;
        };
        let body = after + gt + 1;
        let Some(end) = find_ascii_ci(s, &close, body) else {
            break;
        };
        out.push(&s[body..end]);
        at = end + close.len();
    }
    out
}

pub fn cell_parts(cell: &str) -> CellParts {
    let (before, list) = match find_ascii_ci(cell, "<ul", 0) {
        Some(i) => (&cell[..i], Some(&cell[i..])),
        None => (cell, None),
    };
    let paragraphs: Vec<String> = elements(before, "p")
        .into_iter()
        .map(clean)
        .filter(|p| !p.is_empty())
        .collect();
    let heading_text = clean(before);
    let mut parts = CellParts {
        heading: (!heading_text.is_empty()).then_some(heading_text),
        paragraphs,
        items: Vec::new(),
    };
    if let Some(list) = list {
        let lis: Vec<String> = elements(list, "li")
            .into_iter()
            .map(|c| strip_glyph(&clean(c)))
            .filter(|t| !t.is_empty())
            .collect();
        parts.items = if !lis.is_empty() {
            lis
        } else if list.contains(|c| BULLETS.contains(&c)) {
            split_bullets(&clean(list))
        } else {
            // The bullet glyphs were lost in conversion: each sentence was a bullet.
            sentences(&clean(list))
        };
    } else if parts
        .heading
        .as_deref()
        .is_some_and(|h| h.contains(|c| BULLETS.contains(&c)))
    {
        let text = parts.heading.take().unwrap_or_default();
        let mut pieces = split_bullets(&text);
        if !text.trim_start().starts_with(|c| BULLETS.contains(&c)) && !pieces.is_empty() {
            parts.heading = Some(pieces.remove(0));
        }
        parts.items = pieces;
    }
    parts
}

fn strip_glyph(s: &str) -> String {
    s.trim_start_matches(|c: char| BULLETS.contains(&c) || c.is_whitespace())
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows() {
        assert_eq!(row_cells("a\tb").unwrap(), vec!["a", "b"]);
        assert_eq!(
            row_cells("| Being healthy | 2 | 3 |").unwrap(),
            vec!["Being healthy", "2", "3"]
        );
        assert_eq!(row_cells("|---|:--|"), None);
        assert_eq!(row_cells("plain text"), None);
    }

    #[test]
    fn cell_with_list_items() {
        let c = cell_parts(
            r#"<p><i>Being healthy:</i></p> <ul style="list-style-type: none"> <li>• better than average</li> <li>• health of LAC</li> </ul>"#,
        );
        assert_eq!(c.heading.as_deref(), Some("Being healthy:"));
        assert_eq!(c.items, vec!["better than average", "health of LAC"]);
    }

    #[test]
    fn elements_in_any_case() {
        assert_eq!(
            elements("<P class=x>One</P><pre>no</pre><p>Two</p><p>open", "p"),
            vec!["One", "Two"]
        );
        assert_eq!(find_ascii_ci("a <UL> b", "<ul", 0), Some(2));
        assert_eq!(find_ascii_ci("café <ul>", "<ul", 0), Some(6));
        assert_eq!(find_ascii_ci("<u", "<ul", 0), None);
    }

    #[test]
    fn cell_with_glyphs_or_none() {
        let c = cell_parts("<p>Staying safe</p> <ul> • One thing. • Another. </ul>");
        assert_eq!(c.items, vec!["One thing.", "Another."]);
        let c = cell_parts("<p>Enjoying</p> <ul> Above average results. Lower exclusions. </ul>");
        assert_eq!(c.items, vec!["Above average results.", "Lower exclusions."]);
        let c = cell_parts("<p>June 2011</p> <p>July 2011</p>");
        assert_eq!(c.paragraphs, vec!["June 2011", "July 2011"]);
    }
}

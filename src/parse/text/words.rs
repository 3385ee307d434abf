//! Words in one string: bullets, sentences, title case.

use super::clean::clean;
use regex::Regex;
use std::sync::LazyLock;

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
    // Dashes of every width (and a combining overline a PDF's text gives for
    // one) before a space are bullets: sub-items, mostly.
    let dash = matches!(first, '-' | '*' | '−' | '–' | '—' | '⎯' | '\u{336}');
    let is_bullet =
        BULLETS.contains(&first) || symbol_font || (dash && rest.starts_with([' ', '\t']));
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn sentence_split() {
        assert_eq!(
            sentences("It was good. Then 2011 came. end"),
            vec!["It was good.", "Then 2011 came. end"]
        );
    }
}

//! Shared scanning: cleaning the markdown and HTML debris of converted documents,
//! classifying lines, reading dates and bullets. Every function here is pure and
//! works on one line or one string.

use crate::extract::Line;
use crate::model::{Date, Source};
use regex::Regex;
use std::sync::LazyLock;

/// A line after cleaning, with what it looked like in the source.
#[derive(Debug, Clone)]
pub struct CleanLine {
    pub no: usize,
    pub page: Option<u32>,
    /// The line as read, with its markup.
    pub raw: String,
    /// The text with markup removed, entities decoded, quotes and spaces normalised.
    pub text: String,
    /// A markdown heading (`#`), a bold-only line, or an HTML heading.
    pub heading: bool,
}

impl CleanLine {
    pub fn source(&self) -> Source {
        source_of(self.no, self.page, &self.text)
    }
}

/// A `Source` with the line's text shortened for display.
pub fn source_of(no: usize, page: Option<u32>, text: &str) -> Source {
    const MAX: usize = 200;
    let text = if text.chars().count() > MAX {
        let cut: String = text.chars().take(MAX).collect();
        format!("{}…", cut.trim_end())
    } else {
        text.to_string()
    };
    Source {
        line: no,
        page,
        text,
    }
}

/// Cleans every line of a document.
pub fn clean_lines(lines: &[Line]) -> Vec<CleanLine> {
    lines
        .iter()
        .map(|l| {
            let trimmed = l.text.trim();
            let heading = trimmed.starts_with('#')
                || (trimmed.starts_with("**") && trimmed.ends_with("**") && trimmed.len() > 4);
            CleanLine {
                no: l.no,
                page: l.page,
                raw: l.text.clone(),
                text: clean(&l.text),
                heading,
            }
        })
        .collect()
}

static TAG: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"</?[a-zA-Z][^<>]*>").unwrap());
static MD_LINK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\[([^\]]*)\]\([^)]*\)").unwrap());

/// Removes markdown and HTML debris and normalises quotes, dashes' spacing and
/// white space: `## **Being healthy**` becomes `Being healthy`, `<b>4</b>` becomes
/// `4`, `&amp;` becomes `&`, `’` becomes `'`.
pub fn clean(s: &str) -> String {
    let s = TAG.replace_all(s, " ");
    let s = MD_LINK.replace_all(&s, "$1");
    let s = decode_entities(&s);
    let mut s = s
        .replace(['\u{2019}', '\u{2018}', '`'], "'")
        .replace(['\u{201c}', '\u{201d}'], "\"");
    s = s.replace(['\u{a0}', '\t', '\u{200b}'], " ");
    // Markdown: heading marks, emphasis, escapes.
    let t = s.trim_start();
    let t = t.trim_start_matches('#');
    let mut out = t
        .replace("**", "")
        .replace("__", "")
        .replace("\\*", "*")
        .replace("\\_", "_");
    // Italic markers around a whole line or phrase: *text*.
    if out.trim().starts_with('*') && out.trim().ends_with('*') && out.trim().len() > 2 {
        out = out.trim().trim_matches('*').to_string();
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Cleans a single table cell, keeping tabs out of it.
pub fn clean_cell(s: &str) -> String {
    clean(s)
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
pub const BULLETS: [char; 7] = ['•', '■', '●', '◼', '\u{f0b7}', '▪', '◦'];

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
            r"(?i)(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+({MONTH_RE}))?(?:\s+(\d{{4}}))?(?:\s*(?:to|–|-|—|until)\s*(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH_RE})\s+(\d{{4}}))?"
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
    let first = *days.iter().min()?;
    let last = *days.iter().max()?;
    Some((first, last))
}

/// Years (1990-2039) written in the text, in order, with their byte offsets.
pub fn find_years(s: &str) -> Vec<(usize, i32)> {
    static YEAR: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\b(19[9]\d|20[0-3]\d)\b").unwrap());
    YEAR.captures_iter(s)
        .filter_map(|c| Some((c.get(1)?.start(), c[1].parse().ok()?)))
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

/// Text compared loosely: lower case, quotes unified, only letters and digits.
pub fn loose(s: &str) -> String {
    let s = s
        .to_lowercase()
        .replace(['\u{2019}', '\u{2018}'], "'")
        .replace('&', " and ");
    let s: String = s
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, day: u8) -> Date {
        Date::new(y, m, day).unwrap()
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
    }

    #[test]
    fn sentence_split() {
        assert_eq!(
            sentences("It was good. Then 2011 came. end"),
            vec!["It was good.", "Then 2011 came. end"]
        );
    }
}

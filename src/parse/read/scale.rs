//! Reading the key to a grade scale where a document prints one: a footnote table
//! ("4 | A service that delivers well above minimum requirements | Very good"), an
//! inline key ("Key to grades: 4-outstanding; 3-good; ..."), or a list of
//! "Outstanding (Grade 1)" lines.

use crate::grade::{Scale, level_from_word};
use crate::loose::loose;
use crate::model::Level;
use crate::parse::doc::line::CleanLine;
use crate::parse::text::clean::clean;
use regex::Regex;
use std::sync::LazyLock;

/// The scale a document's key gives, and the line the key starts on.
pub fn read_key(lines: &[CleanLine]) -> Option<(Scale, usize)> {
    inline_key(lines)
        .or_else(|| table_key(lines))
        .or_else(|| word_grade_key(lines))
}

/// The scale a document's key gives, else its era's (`described` says how, for
/// the diagnostic that the scale was assumed).
pub(crate) fn scale_or(
    lines: &[CleanLine],
    era: Scale,
    described: &str,
    d: &mut crate::parse::draft::Draft,
) -> Scale {
    match read_key(lines) {
        Some((s, _)) => s,
        None => {
            d.warn(
                None,
                crate::model::DiagnosticCode::ScaleAssumed,
                format!(
                    "no key to the grades is printed; this era's scale ({described}) is assumed"
                ),
            );
            era
        }
    }
}

/// The scale of the 2005-2011 assessments (APA letters, annual assessments and
/// the papers and plans that quote them) from the printed key, else 4 best.
pub(crate) fn assessment_scale(lines: &[CleanLine], d: &mut crate::parse::draft::Draft) -> Scale {
    scale_or(
        lines,
        Scale::HIGH_IS_BEST,
        "4 = outstanding .. 1 = inadequate",
        d,
    )
}

fn inline_key(lines: &[CleanLine]) -> Option<(Scale, usize)> {
    static PAIR: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\b([1-4])\s*[-–=:]\s*([a-z][a-z /]*[a-z])").unwrap());
    lines.iter().find_map(|l| {
        let maybe = l.text.len() > 12 && (l.text.contains("ey to") || l.text.contains("EY TO"));
        if !maybe || !l.key().contains("key to grades") {
            return None;
        }
        let pairs: Vec<(u8, Level)> = PAIR
            .captures_iter(&l.text)
            .filter_map(|c| Some((c[1].parse().ok()?, level_from_word(&c[2])?)))
            .collect();
        Scale::from_key(&pairs).map(|s| (s, l.no))
    })
}

/// Rows whose first cell is a grade number and whose other cells describe it. In
/// text without cell marks (a PDF's), a row is a line: "4 A service that delivers
/// well above minimum requirements for users Very good".
fn table_key(lines: &[CleanLine]) -> Option<(Scale, usize)> {
    static UNMARKED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^([1-4])\s+(\S.*)$").unwrap());
    let mut pairs = Vec::new();
    let mut start = None;
    for l in lines {
        let Some(cells) = l.cells() else {
            // A cheap look first: a digit 1-4 and a space start such a row.
            let b = l.text.as_bytes();
            let maybe = b.len() > 2 && (b'1'..=b'4').contains(&b[0]) && b[1] == b' ';
            let row = maybe
                .then(|| UNMARKED.captures(&l.text))
                .flatten()
                .and_then(|c| {
                    let level = level_from_word(&c[2]).or_else(|| descriptor_level(&c[2]))?;
                    Some((c[1].parse::<u8>().ok()?, level))
                });
            if let Some(pair) = row {
                start.get_or_insert(l.no);
                pairs.push(pair);
                continue;
            }
            if !pairs.is_empty() && !l.text.is_empty() {
                if let Some(s) = Scale::from_key(&pairs) {
                    return Some((s, start?));
                }
                pairs.clear();
                start = None;
            }
            continue;
        };
        // A key row starts with a grade number; only such rows are read whole.
        let Some(n) = cells
            .first()
            .and_then(|c| clean(c).parse::<u8>().ok())
            .filter(|n| (1..=4).contains(n))
        else {
            continue;
        };
        let cells = l.clean_cells().unwrap_or_default();
        let level = cells[1..]
            .iter()
            .rev()
            .find_map(|c| level_from_word(c).or_else(|| descriptor_level(c)));
        if let Some(level) = level {
            start.get_or_insert(l.no);
            pairs.push((n, level));
        }
    }
    Scale::from_key(&pairs).map(|s| (s, start.unwrap_or(0)))
}

/// Service descriptors of the 2005 key.
fn descriptor_level(text: &str) -> Option<Level> {
    let t = loose(text);
    if t.contains("well above minimum") || t.contains("significantly exceeds minimum") {
        Some(Level::Outstanding)
    } else if t.contains("does not deliver minimum") || t.contains("does not meet minimum") {
        Some(Level::Inadequate)
    } else if t.contains("only minimum") || t.contains("only meets minimum") {
        Some(Level::Adequate)
    } else if t.contains("above minimum") || t.contains("exceeds minimum") {
        Some(Level::Good)
    } else {
        None
    }
}

/// "Outstanding (Grade 1)" lines of the 2009-2013 inspections.
fn word_grade_key(lines: &[CleanLine]) -> Option<(Scale, usize)> {
    static WG: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(outstanding|good|adequate|inadequate)\s*\(grade\s*([1-4])\)").unwrap()
    });
    let mut pairs = Vec::new();
    let mut start = None;
    for l in lines {
        if !l.text.contains("Grade") && !l.text.contains("grade") {
            continue;
        }
        if let Some(c) = WG.captures(&l.text)
            && let (Some(level), Ok(n)) = (level_from_word(&c[1]), c[2].parse::<u8>())
        {
            start.get_or_insert(l.no);
            pairs.push((n, level));
        }
    }
    Scale::from_key(&pairs).map(|s| (s, start.unwrap_or(0)))
}

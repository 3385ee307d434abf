//! Judgement tables of Ofsted's reports (2013-2026), read from their lines
//! joined into one string, so that a label or grade broken over two or three
//! lines ("Requires / improvement to be / good") reads whole. Only the table is
//! read: grades quoted in the narrative (an earlier inspection, another
//! council) are never taken.

use crate::grade::level_from_word;
use crate::model::*;
use crate::parse::doc::flat::Flat;
use crate::parse::draft::Draft;
use regex::Regex;
use std::sync::LazyLock;

/// A grade as the SIF and ILACS tables print it, at the start of `s` (after an
/// optional footnote number or full stop stuck to the label). Returns (printed
/// grade, level, bytes used). "Not judged" reads with no level.
pub fn grade_at(s: &str) -> Option<(String, Option<Level>, usize)> {
    static G: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^[\s:.\d]*?\b(outstanding|good|requires? improvement(?: to be good)?|inadequate|not judged|adequate)\b")
            .unwrap()
    });
    let c = G.captures(s)?;
    let m = c.get(1)?;
    let raw = m.as_str().to_string();
    let level = level_from_word(&raw);
    Some((raw, level, m.end()))
}

/// A heading that ends in a grade ("The experiences and progress of children
/// in care: good"): its label and the grade as printed, with its level.
pub fn heading_grade(text: &str) -> Option<(&str, String, Level)> {
    let (label, tail) = text.rsplit_once(':')?;
    let (raw, level, used) = grade_at(tail)?;
    (tail[used..].trim().is_empty()).then_some((label, raw, level?))
}

/// A grade printed on the line above its label, its end perhaps below it
/// ("Requires improvement to" / label / "be good"): `before` is all that stands
/// between the previous row and the label, `after` what follows the label.
/// Returns the grade and how many bytes of `after` complete it.
fn grade_around(before: &str, after: &str) -> Option<(String, Option<Level>, usize)> {
    // The row's number ("3.", "2.1") stands between the grade and the label.
    let before = before
        .trim()
        .trim_end_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ');
    if before.is_empty() || before.len() > 40 {
        return None;
    }
    let tail = after.trim_start();
    let skipped = after.len() - tail.len();
    for ending in [
        "to be good",
        "be good",
        "improvement to be good",
        "improvement",
        "",
    ] {
        if !tail.starts_with(ending) {
            continue;
        }
        let joined = format!("{before} {ending}");
        if let Some((raw, level, used)) = grade_at(&joined) {
            // The grade must be the whole of what stands above the label.
            if used >= joined.trim_end().len() {
                let used_after = if ending.is_empty() {
                    0
                } else {
                    skipped + ending.len()
                };
                return Some((raw, level, used_after));
            }
        }
    }
    None
}

/// Compiles a framework's table labels: (pattern, area).
pub fn labels(list: &[(&str, Area)]) -> Vec<(Regex, Area)> {
    list.iter()
        .map(|(p, a)| (Regex::new(&format!("(?i){p}")).expect("label pattern"), *a))
        .collect()
}

/// Reads a judgement table: for each label, its first appearance with a grade
/// right after it (or, failing that, on the line above it), so that a sentence
/// that repeats a label ("children in care and care leavers have declined") is
/// never taken for its row. A label found with no grade is reported, not guessed.
pub fn read_table(
    flat: &Flat,
    labels: &[(Regex, Area)],
    year: Option<i32>,
    d: &mut Draft,
) -> Vec<Judgement> {
    // Every appearance of every label, in order.
    let mut all: Vec<(usize, usize, Area)> = labels
        .iter()
        .flat_map(|(re, area)| {
            re.find_iter(&flat.text)
                .map(move |m| (m.start(), m.end(), *area))
        })
        .collect();
    all.sort_by_key(|f| (f.0, std::cmp::Reverse(f.1)));
    // A label inside a longer one at the same place ("children in care" in
    // "children in care and care leavers") is not a label of its own.
    all.dedup_by(|b, a| b.0 < a.1 && b.2 != a.2 && b.1 <= a.1);
    let mut out: Vec<Judgement> = Vec::new();
    let mut unread: Vec<(usize, usize, Area)> = Vec::new();
    let mut prev_end = 0;
    for (i, &(start, end, area)) in all.iter().enumerate() {
        if out.iter().any(|j| j.area == area) {
            continue;
        }
        let next = all.get(i + 1).map_or(flat.text.len(), |f| f.0.max(end));
        let after = &flat.text[end..next];
        let before = flat.text.get(prev_end..start).unwrap_or("");
        let grade = grade_at(after)
            .map(|(raw, level, used)| (raw, level, end + used))
            .or_else(|| {
                grade_around(before, after).map(|(raw, level, used)| (raw, level, end + used))
            });
        match grade {
            Some((raw, level, grade_end)) => {
                let from = if grade_at(after).is_some() {
                    start
                } else {
                    prev_end.max(start - before.len())
                };
                out.push(Judgement::new(
                    Scope::None,
                    area,
                    flat.text[start..end].to_string(),
                    year,
                    Grade::new(raw, level),
                    flat.source(from, grade_end),
                ));
                prev_end = grade_end;
            }
            None => unread.push((start, end, area)),
        }
    }
    for (start, end, area) in unread {
        if out.iter().any(|j| j.area == area) {
            continue;
        }
        let label = &flat.text[start..end];
        d.warn(
            flat.line_at(start).map(|l| l.no),
            DiagnosticCode::GradeUnreadable,
            format!("no grade could be read after '{label}'"),
        );
    }
    out.sort_by_key(|j| j.source.line);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grades_at_the_start() {
        assert_eq!(
            grade_at("  Requires improvement to be good 2.1").map(|g| g.1),
            Some(Some(Level::Adequate))
        );
        assert_eq!(grade_at("1 Good").map(|g| g.0), Some("Good".to_string()));
        assert_eq!(grade_at(" Not judged").map(|g| g.1), Some(None));
        assert_eq!(grade_at(" The experiences"), None);
    }
}

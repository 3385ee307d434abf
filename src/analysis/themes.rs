//! Themes: the same concern worded differently by different inspectors ("reduce
//! teenage pregnancies", "levels of teenage conception"; "pre-proceedings work",
//! "the public law outline"). The themes and the phrases that name them are data
//! (`data/themes.csv`): a phrase is words compared loosely, a `*` ending a word
//! stands for any ending. A finding belongs to every theme whose phrases it uses;
//! its main theme is the first of them in the file's order (the specific before
//! the broad).

use crate::loose::loose;
use regex::Regex;
use std::sync::LazyLock;

const THEMES_CSV: &str = include_str!("../../data/themes.csv");

/// One theme and the pattern its phrases make.
struct Theme {
    name: &'static str,
    pattern: Regex,
}

/// A phrase ("foster carer*", "public law outline") as a pattern over loose text.
fn phrase_pattern(phrase: &str) -> String {
    loose(&phrase.replace('*', " STAR "))
        .split(' ')
        .map(|w| {
            if w == "star" {
                r"\w*".to_string()
            } else {
                regex::escape(w)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
        .replace(r" \w*", r"\w*")
}

static THEMES: LazyLock<Vec<Theme>> = LazyLock::new(|| {
    THEMES_CSV
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let (name, phrases) = l.split_once(',').expect("theme,phrases");
            let alternatives: Vec<String> = phrases
                .split(';')
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(phrase_pattern)
                .collect();
            Theme {
                name: name.trim(),
                pattern: Regex::new(&format!(r"\b(?:{})\b", alternatives.join("|")))
                    .expect("theme phrases make a pattern"),
            }
        })
        .collect()
});

/// Every theme, in the data's order.
pub fn all() -> Vec<&'static str> {
    THEMES.iter().map(|t| t.name).collect()
}

/// The themes a finding's text belongs to.
pub fn themes_of(text: &str) -> Vec<&'static str> {
    let text = loose(text);
    THEMES
        .iter()
        .filter(|t| t.pattern.is_match(&text))
        .map(|t| t.name)
        .collect()
}

/// A finding's main theme: the first that it names.
pub fn theme_of(text: &str) -> Option<&'static str> {
    let text = loose(text);
    THEMES
        .iter()
        .find(|t| t.pattern.is_match(&text))
        .map(|t| t.name)
}

/// One theme across many reports (`apa themes`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ThemeRow {
    pub schema_version: u32,
    pub theme: String,
    /// Areas for improvement and priority actions with this main theme.
    pub items: usize,
    /// The councils they name, sorted.
    pub councils: Vec<String>,
    /// One of them: the most recent, and where it was read.
    pub example: String,
    pub example_council: String,
    pub example_year: Option<i32>,
    pub example_source: super::SourceRef,
}

/// The most common themes of what needs to improve (areas for improvement,
/// priority actions, areas for exploration) in `rows`: most items first.
pub fn summary(rows: &[super::FindingRow]) -> Vec<ThemeRow> {
    use crate::model::FindingKind;
    let mut out: Vec<ThemeRow> = Vec::new();
    for r in rows.iter().filter(|r| {
        matches!(
            r.kind,
            FindingKind::AreaForImprovement
                | FindingKind::PriorityAction
                | FindingKind::AreaForExploration
        )
    }) {
        let Some(theme) = &r.theme else { continue };
        let at = match out.iter().position(|t| &t.theme == theme) {
            Some(at) => at,
            None => {
                out.push(ThemeRow {
                    schema_version: crate::model::SCHEMA_VERSION,
                    theme: theme.clone(),
                    items: 0,
                    councils: Vec::new(),
                    example: r.text.clone(),
                    example_council: r.council.clone(),
                    example_year: r.year,
                    example_source: r.source.clone(),
                });
                out.len() - 1
            }
        };
        let t = &mut out[at];
        t.items += 1;
        if !t.councils.contains(&r.council) {
            t.councils.push(r.council.clone());
        }
        if r.year > t.example_year {
            t.example = r.text.clone();
            t.example_council = r.council.clone();
            t.example_year = r.year;
            t.example_source = r.source.clone();
        }
    }
    for t in &mut out {
        t.councils.sort();
    }
    out.sort_by(|a, b| b.items.cmp(&a.items).then(a.theme.cmp(&b.theme)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn differently_worded_concerns_share_a_theme() {
        assert_eq!(
            themes_of("reduce teenage pregnancies"),
            ["teenage pregnancy"]
        );
        assert!(
            themes_of("Levels of teenage conception remain high").contains(&"teenage pregnancy")
        );
        assert!(
            themes_of("strengthen joint working between CAMHS and education services")
                .contains(&"mental health services")
        );
        assert!(
            themes_of("improve long term stability of placements")
                .contains(&"placement stability and permanence")
        );
        assert!(
            themes_of("urgently address management weaknesses in the Youth Service")
                .contains(&"youth services")
        );
        assert!(themes_of("the weather").is_empty());
    }

    #[test]
    fn pairs_that_inspectors_word_differently() {
        // Pre-proceedings work under the public law outline.
        for text in [
            "The continued strengthening of practice for children experiencing increasing risks that may lead to the pre-proceedings stage of the public law outline.",
            "The timeliness and effectiveness of pre-proceedings work, including the early identification and response to concerns regarding unborn children.",
            "Ensure that PLO letters are clear and that parents understand what they need to change.",
        ] {
            assert_eq!(
                theme_of(text),
                Some("pre-proceedings and court work"),
                "{text}"
            );
        }
        // Placement sufficiency.
        for text in [
            "Ensure that sufficient foster homes are available for children to meet their needs.",
            "Increase the capacity of the fostering service in order to keep pace with demand.",
            "Recruit and retain sufficient numbers of foster carers to meet the needs of children.",
        ] {
            assert_eq!(
                theme_of(text),
                Some("placement sufficiency and foster carers"),
                "{text}"
            );
        }
        // Recording of direct work.
        for text in [
            "Improve the quality, consistency and recording of direct work undertaken by social workers with looked after children.",
            "The quality of direct work and life-story work for all children in care.",
        ] {
            assert_eq!(
                theme_of(text),
                Some("direct work and life-story work"),
                "{text}"
            );
        }
    }

    #[test]
    fn every_theme_has_a_name_and_a_pattern() {
        let names = all();
        assert!(names.len() >= 40);
        let mut unique = names.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), names.len(), "theme names are unique");
    }
}

//! Grade scales and normalisation: from what a document prints (a word, "Grade 3",
//! a bare 2) to apa's common [`Level`] and score (4 best).
//!
//! Older documents print numbers on scales that run in opposite directions: the
//! 2005-2011 assessments print 4 as the best grade, the 2009-2013 inspections print
//! Grade 1 as the best. A [`Scale`] says which; the parser builds it from the key a
//! document prints where there is one, and from the era otherwise.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A grade on apa's common scale. `Adequate` is the second-lowest rank and also
/// stands for "requires improvement (to be good)" in later frameworks.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Inadequate,
    Adequate,
    Good,
    Outstanding,
    /// Area SEND outcome: "widespread and/or systemic failings".
    SystemicFailings,
    /// Area SEND outcome: "inconsistent experiences and outcomes".
    Inconsistent,
    /// Area SEND outcome: "typically lead to positive experiences and outcomes".
    Positive,
}

impl Level {
    /// 4 = outstanding .. 1 = inadequate; an area SEND outcome on its own scale,
    /// 3 = positive .. 1 = systemic failings.
    pub fn score(self) -> u8 {
        match self {
            Level::Outstanding => 4,
            Level::Good | Level::Positive => 3,
            Level::Adequate | Level::Inconsistent => 2,
            Level::Inadequate | Level::SystemicFailings => 1,
        }
    }

    /// Whether the level is on the area SEND scale, which is never compared
    /// with the four grades.
    pub fn is_send_outcome(self) -> bool {
        matches!(
            self,
            Level::Positive | Level::Inconsistent | Level::SystemicFailings
        )
    }

    pub fn from_score(score: u8) -> Option<Level> {
        match score {
            4 => Some(Level::Outstanding),
            3 => Some(Level::Good),
            2 => Some(Level::Adequate),
            1 => Some(Level::Inadequate),
            _ => None,
        }
    }

    /// The level in a few letters, for narrow tables and heatmaps: O, G, RI
    /// (requires improvement, or adequate before 2013), I; the area SEND
    /// outcomes P, IC, SF.
    pub fn code(self) -> &'static str {
        match self {
            Level::Outstanding => "O",
            Level::Good => "G",
            Level::Adequate => "RI",
            Level::Inadequate => "I",
            Level::Positive => "P",
            Level::Inconsistent => "IC",
            Level::SystemicFailings => "SF",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Level::Outstanding => "outstanding",
            Level::Good => "good",
            Level::Adequate => "adequate",
            Level::Inadequate => "inadequate",
            Level::Positive => "positive",
            Level::Inconsistent => "inconsistent",
            Level::SystemicFailings => "systemic_failings",
        }
    }
}

impl std::str::FromStr for Level {
    type Err = String;
    fn from_str(s: &str) -> Result<Level, String> {
        level_from_word(s).ok_or_else(|| {
            format!("unknown level '{s}' (outstanding, good, adequate / requires improvement, inadequate)")
        })
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether a printed grade is "Not judged" (a judgement the inspection did
/// not make), in any case and spacing.
pub fn says_not_judged(raw: &str) -> bool {
    raw.split_whitespace()
        .map(str::to_lowercase)
        .eq(["not", "judged"].map(String::from))
}

/// Reads a grade word or descriptor: "Outstanding", "requires improvement to be good",
/// "Good - Performs Well", "Very good", "Good/promising".
pub fn level_from_word(word: &str) -> Option<Level> {
    let w = word
        .trim()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
        .replace(['\u{2013}', '\u{2014}', '-', '/'], " ");
    let w: String = w.split_whitespace().collect::<Vec<_>>().join(" ");
    let level = match w.as_str() {
        "outstanding" | "very good" | "excellent" | "performs excellently" => Level::Outstanding,
        "good" | "good promising" | "promising" | "performs well" => Level::Good,
        "adequate"
        | "requires improvement"
        | "require improvement"
        | "requires improvement to be good"
        | "require improvement to be good"
        | "performs adequately" => Level::Adequate,
        "inadequate" | "poor" | "performs poorly" => Level::Inadequate,
        _ => {
            // "Good performs well", "Level 3: Good - Performs Well": the first word decides
            // only where the rest agrees with it.
            let (first, rest) = w.split_once(' ')?;
            let head = level_from_word(first)?;
            let tail = level_from_word(rest)?;
            return (head == tail).then_some(head);
        }
    };
    Some(level)
}

/// Which printed number means which level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scale {
    /// Index 0 is unused; 1..=4 are the printed grades.
    levels: [Option<Level>; 5],
}

impl Scale {
    /// 4 = outstanding .. 1 = inadequate: APA letters, annual assessments, council papers.
    pub const HIGH_IS_BEST: Scale = Scale {
        levels: [
            None,
            Some(Level::Inadequate),
            Some(Level::Adequate),
            Some(Level::Good),
            Some(Level::Outstanding),
        ],
    };

    /// Grade 1 = outstanding .. Grade 4 = inadequate: 2009-2013 inspections.
    pub const GRADE_ONE_IS_BEST: Scale = Scale {
        levels: [
            None,
            Some(Level::Outstanding),
            Some(Level::Good),
            Some(Level::Adequate),
            Some(Level::Inadequate),
        ],
    };

    /// A scale from a printed key: pairs of (number, level). `None` unless the key
    /// gives each of 1..=4 exactly one distinct level.
    pub fn from_key(pairs: &[(u8, Level)]) -> Option<Scale> {
        let mut levels = [None; 5];
        for &(n, level) in pairs {
            let slot = levels.get_mut(n as usize).filter(|_| n >= 1)?;
            match slot {
                Some(existing) if *existing != level => return None,
                _ => *slot = Some(level),
            }
        }
        let mut seen: Vec<Level> = levels.iter().flatten().copied().collect();
        seen.sort();
        seen.dedup();
        (seen.len() == 4 && levels[1..].iter().all(Option::is_some)).then_some(Scale { levels })
    }

    /// The level a printed number stands for.
    pub fn level(&self, number: u8) -> Option<Level> {
        self.levels.get(number as usize).copied().flatten()
    }

    /// The number this scale prints for a level.
    pub fn number(&self, level: Level) -> Option<u8> {
        (1..=4u8).find(|&n| self.level(n) == Some(level))
    }
}

/// A grade printed as a number and a word that name different levels on the
/// document's scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Disagreement {
    pub by_number: Option<Level>,
    pub by_word: Option<Level>,
}

/// The level of a grade printed as a number, a word or both ("Grade 3
/// (Adequate)", "Performs well (3)"): where both are printed they must agree on
/// the document's scale, else there is no level.
pub fn reconcile(
    number: Option<u8>,
    word: Option<&str>,
    scale: Scale,
) -> Result<Option<Level>, Disagreement> {
    let by_number = number.and_then(|n| scale.level(n));
    let by_word = word.and_then(level_from_word);
    match (number, word) {
        (Some(_), Some(_)) if by_number != by_word || by_number.is_none() => {
            Err(Disagreement { by_number, by_word })
        }
        _ => Ok(by_number.or(by_word)),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn number_and_word_are_reconciled() {
        use super::*;
        let one_best = Scale::GRADE_ONE_IS_BEST;
        assert_eq!(
            reconcile(Some(3), Some("Adequate"), one_best),
            Ok(Some(Level::Adequate))
        );
        assert_eq!(
            reconcile(Some(3), None, Scale::HIGH_IS_BEST),
            Ok(Some(Level::Good))
        );
        assert_eq!(
            reconcile(None, Some("good"), one_best),
            Ok(Some(Level::Good))
        );
        assert!(reconcile(Some(1), Some("Inadequate"), one_best).is_err());
        assert_eq!(reconcile(None, None, one_best), Ok(None));
    }

    use super::*;

    #[test]
    fn words_and_descriptors() {
        assert_eq!(level_from_word("Outstanding"), Some(Level::Outstanding));
        assert_eq!(
            level_from_word("Requires improvement to be good"),
            Some(Level::Adequate)
        );
        assert_eq!(
            level_from_word("requires  improvement"),
            Some(Level::Adequate)
        );
        assert_eq!(
            level_from_word("require improvement to be good"),
            Some(Level::Adequate)
        );
        assert_eq!(level_from_word("Good/promising"), Some(Level::Good));
        assert_eq!(level_from_word("Very good"), Some(Level::Outstanding));
        assert_eq!(level_from_word("Good - Performs Well"), Some(Level::Good));
        assert_eq!(
            level_from_word("Good \u{2013} Performs Well"),
            Some(Level::Good)
        );
        assert_eq!(level_from_word("Good - Performs Poorly"), None);
        assert_eq!(level_from_word("Not judged"), None);
        assert_eq!(level_from_word("Goodness"), None);
    }

    #[test]
    fn scales_run_both_ways() {
        assert_eq!(Scale::HIGH_IS_BEST.level(4), Some(Level::Outstanding));
        assert_eq!(Scale::GRADE_ONE_IS_BEST.level(4), Some(Level::Inadequate));
        assert_eq!(Scale::HIGH_IS_BEST.level(0), None);
        assert_eq!(Scale::HIGH_IS_BEST.level(5), None);
        assert_eq!(Scale::GRADE_ONE_IS_BEST.number(Level::Good), Some(2));
    }

    #[test]
    fn key_must_be_complete_and_consistent() {
        let key = [
            (4, Level::Outstanding),
            (3, Level::Good),
            (2, Level::Adequate),
            (1, Level::Inadequate),
        ];
        assert_eq!(Scale::from_key(&key), Some(Scale::HIGH_IS_BEST));
        assert_eq!(Scale::from_key(&key[..3]), None);
        let clash = [
            (4, Level::Outstanding),
            (4, Level::Good),
            (2, Level::Adequate),
            (1, Level::Inadequate),
        ];
        assert_eq!(Scale::from_key(&clash), None);
    }
}

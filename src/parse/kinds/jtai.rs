//! Joint targeted area inspection letters (2016-2025) to a local safeguarding
//! partnership, from Ofsted with the other inspectorates (CQC, HMICFRS, HMI
//! Probation), on one theme ("the multi-agency response to sexual abuse in the
//! family"). Up to 2020 the title names the theme and the area; from 2022 it
//! names the area and the first sentence the theme. The letter lists strengths,
//! what needs to improve, and areas for priority action where there are any.
//! Nothing is graded.

use super::kind::{KindReader, Letters};
use crate::model::*;
use crate::parse::doc::flat::Flat;
use crate::parse::doc::{Doc, Title};
use crate::parse::draft::Draft;
use crate::parse::read::council::read_council;
use crate::parse::read::heading::{inspection_year, title_range, title_text};
use crate::parse::read::letter::{OnSite, letter_date, read_days};
use crate::parse::read::lists::read_lists;
use regex::Regex;
use std::sync::LazyLock;

pub(super) const READER: KindReader = KindReader {
    kind: DocumentKind::JtaiLetter,
    recognise,
    read,
    names: &["joint targeted area inspection", "multi agency"],
};

const TITLE: &str = "joint targeted area inspection";

fn recognise(title: &Title, _: &Letters) -> bool {
    title.line_starting(TITLE).is_some()
}

fn read(doc: &Doc, d: &mut Draft) {
    let start = doc.title.line_starting(TITLE).unwrap_or(0);
    let range = title_range(doc, start);
    // The title runs to the first sentence of the letter.
    let lines = (1..=3)
        .take_while(|&n| {
            start + n <= range.end
                && (n == 1 || {
                    let k = &doc.title.keys()[start + n - 1];
                    !k.starts_with("this letter") && !k.starts_with("between")
                })
        })
        .last()
        .unwrap_or(1);
    let printed = title_text(doc, start..start + lines);
    let opening = Flat::new(doc.content(doc.pages(2)));
    let (theme, area) = theme_and_area(&printed, &opening.text);
    read_council(doc, start..start + lines, area.as_deref(), d);
    d.set_title(Some(printed));
    d.set_subject(theme);
    d.set_letter(letter_date(doc));
    read_dates(&opening.text, d);
    d.set_agencies(agencies(&opening.text));
    inspection_year(d);
    read_lists(doc, None, true, d);
}

/// The theme and the area: "Joint targeted area inspection of the multi-agency
/// response to abuse and neglect in Derby City", or "Joint targeted area
/// inspection of Surrey" with "... (JTAI) of the multi-agency response to ...
/// in Surrey." in the first sentence. A place at the end of the theme is the
/// area, not the theme; one in its middle is the theme's own words.
fn theme_and_area(title: &str, opening: &str) -> (Option<String>, Option<String>) {
    static OF: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^joint targeted area inspection of\s+(.+?)\s*$").unwrap()
    });
    static SENTENCE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\(JTAI\) of\s+(the [^.]+)\.").unwrap());
    let named = OF
        .captures(title)
        .map(|c| c[1].trim_end_matches('.').to_string());
    let (theme_text, area) = match named {
        Some(n) if n.to_lowercase().starts_with("the ") => (Some(n), None),
        Some(n) => (
            SENTENCE.captures(opening).map(|c| c[1].to_string()),
            Some(n),
        ),
        None => (SENTENCE.captures(opening).map(|c| c[1].to_string()), None),
    };
    let Some(theme) = theme_text else {
        return (None, area);
    };
    // "... in Derby City": a place in capitals at the end.
    match theme.rsplit_once(" in ") {
        Some((head, place))
            if !place.is_empty()
                && place.split_whitespace().all(|w| {
                    w.starts_with(|c: char| c.is_uppercase()) || matches!(w, "of" | "and" | "the")
                })
                && place
                    .split_whitespace()
                    .any(|w| w.starts_with(|c: char| c.is_uppercase())) =>
        {
            (Some(head.to_string()), area.or(Some(place.to_string())))
        }
        _ => (Some(theme), area),
    }
}

/// "Between 8 October 2018 and 12 October 2018", "This inspection took place
/// from 20 to 24 January 2025".
fn read_dates(text: &str, d: &mut Draft) {
    static DAYS: LazyLock<OnSite> = LazyLock::new(|| {
        OnSite::after(r"\b(?:between|took place from|took place on|took place between)\s+")
    });
    read_days(text, &DAYS, "inspection", d);
}

/// The inspectorates named in the letter's opening, by their short names.
fn agencies(text: &str) -> Vec<String> {
    let opening: String = text.chars().take(1500).collect::<String>().to_lowercase();
    let has = |phrases: &[&str]| phrases.iter().any(|p| opening.contains(p));
    // Each inspectorate under every name it has had; the police's was HMIC
    // until it took fire and rescue services in July 2017.
    let police = if has(&["hmicfrs", "constabulary and fire"]) {
        Some("HMICFRS")
    } else if has(&[
        "inspectorate of constabulary",
        "hmi constabulary",
        "inspector of constabulary",
        "(hmic)",
    ]) {
        Some("HMIC")
    } else {
        None
    };
    [
        has(&["ofsted", "chief inspector of education, children", "(hmci)"]).then_some("Ofsted"),
        has(&["care quality commission", "(cqc)"]).then_some("CQC"),
        police,
        has(&[
            "hmi probation",
            "inspectorate of probation",
            "inspector of probation",
            "(hmip)",
        ])
        .then_some("HMIP"),
    ]
    .into_iter()
    .flatten()
    .map(str::to_string)
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inspectorates_under_every_name_they_have_had() {
        assert_eq!(
            agencies(
                "Ofsted, the Care Quality Commission (CQC), HMI Constabulary (HMIC) and HMI Probation (HMI Prob) undertook a joint inspection"
            ),
            ["Ofsted", "CQC", "HMIC", "HMIP"]
        );
        assert_eq!(
            agencies(
                "requested that Her Majesty's Chief Inspector of Education, Children's Services and Skills (HMCI), together with the Care Quality Commission (CQC), the Chief Inspector of Constabulary and Fire & Rescue Services (HMICFRS) and the Chief Inspector of Probation (HMIP) carry out a JTAI"
            ),
            ["Ofsted", "CQC", "HMICFRS", "HMIP"]
        );
    }

    #[test]
    fn themes_and_areas_in_both_formats() {
        assert_eq!(
            theme_and_area(
                "Joint targeted area inspection of the multi-agency response to abuse and neglect in Derby City",
                ""
            ),
            (
                Some("the multi-agency response to abuse and neglect".to_string()),
                Some("Derby City".to_string())
            )
        );
        assert_eq!(
            theme_and_area(
                "Joint targeted area inspection of Surrey",
                "the joint targeted area inspection (JTAI) of the multi-agency response to children and families in Surrey who need help. This"
            ),
            (
                Some(
                    "the multi-agency response to children and families in Surrey who need help"
                        .to_string()
                ),
                Some("Surrey".to_string())
            )
        );
    }
}

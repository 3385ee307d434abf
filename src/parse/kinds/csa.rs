//! Ofsted's annual children's services assessments (2009-2011): one rating of a
//! council's children's services on the 4-best scale, printed as words ("Performs
//! well"), a number ("3") or both ("Performs well (3)", "3 Performs well").

use super::kind::{KindReader, Letters};
use crate::grade::{Scale, reconcile};
use crate::model::*;
use crate::parse::doc::line::CleanLine;
use crate::parse::doc::{Doc, Title};
use crate::parse::draft::Draft;
use crate::parse::read::council::council_by_registry;
use crate::parse::read::council::local_authority_label;
use crate::parse::text::dates::{find_dates, find_years};
use regex::Regex;
use std::sync::LazyLock;

/// The opening lines name the assessment; the guidance Ofsted published about it
/// ("Arrangements and guidance for local authorities") is no assessment.
fn recognise(title: &Title, _: &Letters) -> bool {
    title.contains("children s services assessment") && !title.contains("arrangements and guidance")
}

pub(super) const READER: KindReader = KindReader {
    kind: DocumentKind::ChildrensServicesAssessment,
    recognise,
    read,
    names: &[],
};

fn read(doc: &Doc, d: &mut Draft) {
    let opening: Vec<&CleanLine> = doc.title_lines().collect();
    read_heading(&opening, d);
    read_rating(&opening, d);
}

fn read_heading(opening: &[&CleanLine], d: &mut Draft) {
    let title = opening
        .iter()
        .find(|l| l.key().contains("children s services assessment"));
    d.set_title(title.map(|l| l.text.to_string()));
    // "Local authority: Bromley", "LOCAL AUTHORITY Bromley".
    if let Some(name) = opening.iter().find_map(|l| local_authority_label(&l.text)) {
        d.set_council_printed(name);
    } else if let Some((_, e)) = council_by_registry(opening.iter().copied().take(20), |_| true) {
        d.set_council_entry(e);
    }
    // The assessment's year is in its title ("Children's services assessment
    // 2010"); else the year it was published (each December).
    d.set_year(title.and_then(|l| find_years(&l.text).last().map(|&(_, y)| y)));
    let published = opening.iter().find_map(|l| {
        l.key()
            .contains("published")
            .then(|| find_dates(&l.text).into_iter().next().map(|(_, date)| date))
            .flatten()
    });
    d.set_published(published);
    if d.year().is_none()
        && let Some(p) = published
    {
        d.set_year(Some(p.year));
        d.warn(
            None,
            DiagnosticCode::YearInferred,
            format!(
                "the title prints no year; {} is the year of publication ({p})",
                p.year
            ),
        );
    }
}

/// The rating: the first line that gives one and is not part of a key listing
/// them (on one line, or on lines one after another).
fn read_rating(opening: &[&CleanLine], d: &mut Draft) {
    static RATING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)(?:\b([1-4])\s*[-–:]?\s*)?\bperforms\s+(excellently|well|adequately|poorly)\b(?:\s*\(\s*([1-4])\s*\))?",
        )
        .unwrap()
    });
    // Each line's ratings, and the words they use.
    let rated: Vec<(usize, Vec<regex::Captures>, Vec<String>)> = opening
        .iter()
        .enumerate()
        .filter_map(|(i, l)| {
            let found: Vec<regex::Captures> = RATING.captures_iter(&l.text).collect();
            let mut words: Vec<String> = found.iter().map(|c| c[2].to_lowercase()).collect();
            words.sort();
            words.dedup();
            (!found.is_empty()).then_some((i, found, words))
        })
        .collect();
    // A key names several ratings on one line, or one a line on lines close
    // together.
    let in_key = |i: usize, words: &[String]| {
        words.len() > 1
            || rated.iter().any(|(j, _, other)| {
                *j != i && j.abs_diff(i) <= 2 && other.len() == 1 && other != words
            })
    };
    if let Some((i, found, _)) = rated.iter().find(|(i, _, words)| !in_key(*i, words)) {
        judge_rating(opening[*i], &found[0], d);
        return;
    }
    d.warn(
        None,
        DiagnosticCode::JudgementMissing,
        "the rating for children's services was not found",
    );
}

fn judge_rating(l: &CleanLine, c: &regex::Captures, d: &mut Draft) {
    let raw = c[0].trim().to_string();
    let word = format!("performs {}", &c[2]);
    let number = c.get(1).or(c.get(3)).and_then(|m| m.as_str().parse().ok());
    let level = match reconcile(number, Some(&word), Scale::HIGH_IS_BEST) {
        Ok(level) => level,
        Err(_) => {
            d.warn(
                Some(l.no),
                DiagnosticCode::GradesDisagree,
                format!("'{raw}': the words and the number disagree; the rating is not read"),
            );
            None
        }
    };
    d.judge(Judgement::new(
        Scope::None,
        Area::ChildrensServices,
        "Children's services assessment".to_string(),
        d.year(),
        Grade::new(raw, level),
        l.source(),
    ));
}

//! What focused and monitoring visit letters share: a letter to the director of
//! children's services with a subject line ("Focused visit to Bedford Borough
//! Council children's services"), the visit's dates and inspectors in the first
//! paragraph, the visit's focus in the letter's words, and the lists. The
//! letter's date is read by JTAI letters too.

use super::council::{council_by_registry, read_council};
use super::heading::inspection_year;
use super::people::names_in;
use crate::loose::loose;
use crate::model::*;
use crate::parse::doc::flat::Flat;
use crate::parse::doc::line::CleanLine;
use crate::parse::doc::{Doc, Title};
use crate::parse::draft::Draft;
use crate::parse::read::lists::read_lists;
use crate::parse::text::cells::find_ascii_ci;
use crate::parse::text::dates::{date_span, first_date};
use regex::Regex;
use std::sync::LazyLock;

/// The title-block line (an index into it) holding a letter's subject line:
/// one that starts with `subject`, or, where the extracted text runs the
/// subject into the address block, one that holds it in a letter that says
/// what it summarises.
pub(crate) fn subject_line(title: &Title, subject: &str) -> Option<usize> {
    title.line_starting(subject).or_else(|| {
        title
            .contains("this letter summarises the findings of")
            .then(|| title.keys().iter().position(|k| k.contains(subject)))
            .flatten()
    })
}

/// What focused and monitoring visit letters share; `subject` is the start of
/// their subject line, compared loosely.
pub(crate) fn read_visit_letter(doc: &Doc, subject: &str, d: &mut Draft) {
    let at = subject_line(&doc.title, subject).unwrap_or(0);
    let line = doc.title.lines[at];
    // The subject line may wrap ("... children's" / "services"), and may follow
    // an address on the same line.
    let text = doc.lines[line].text.as_ref();
    let words: Vec<&str> = subject.split(' ').collect();
    // Where the subject starts, found in the printed text itself (an ASCII
    // search in any case: the offset is the printed text's own).
    let from = find_ascii_ci(
        text,
        &format!("{} {}", words[0], words.get(1).unwrap_or(&"")),
        0,
    )
    .unwrap_or(0);
    let mut printed = text[from..].to_string();
    if !loose(&printed).ends_with("services")
        && let Some(next) = doc.title.lines.get(at + 1)
    {
        let next = doc.lines[*next].text.as_ref();
        if loose(next).ends_with("services") && next.len() < 40 {
            printed = format!("{printed} {next}");
        }
    }
    let printed = printed.trim_end_matches('.').to_string();
    read_council(doc, at..at + 1, council_in_subject(&printed).as_deref(), d);
    if !d.has_council()
        && let Some((_, e)) = council_by_registry(doc.title_lines(), |_| true)
    {
        d.set_council_entry(e);
    }
    d.set_title(Some(printed));
    d.set_letter(letter_date(doc));
    let opening = Flat::new(doc.content(doc.pages(2)));
    read_visit_dates(&opening.text, d);
    read_team(&opening.text, d);
    d.set_subject(focus(&opening.text));
    if d.subject().is_none() {
        d.warn(
            None,
            DiagnosticCode::StructureNotFound,
            "the visit's focus ('arrangements for ...') was not found",
        );
    }
    inspection_year(d);
    read_lists(doc, None, false, d);
}

/// "Focused visit to Devon local authority children's services": the council.
fn council_in_subject(subject: &str) -> Option<String> {
    static NAMED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:focused|monitoring) visit (?:to|of) (?:the )?(.+?)\s+(?:local authority\s+)?children'?s\s+(?:social care\s+)?services\b")
            .unwrap()
    });
    NAMED.captures(subject).map(|c| c[1].trim().to_string())
}

/// The letter's date: a line of its own in the letter head.
pub(crate) fn letter_date(doc: &Doc) -> Option<Date> {
    doc.title_lines()
        .take_while(|l| !l.key().starts_with("dear "))
        .find(|l| l.text.len() <= 25 && first_date(&l.text).is_some())
        .and_then(|l: &CleanLine| first_date(&l.text))
}

/// "This letter summarises the findings of a focused visit to ... on 17 and 18
/// December 2019": the days on site.
fn read_visit_dates(text: &str, d: &mut Draft) {
    static ON: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\bvisit\b[^.]*?\bon\s+(?:the\s+)?(\d[^.]*?\b\d{4})\b").unwrap()
    });
    match ON.captures(text).and_then(|c| date_span(&c[1])) {
        Some((a, b)) => {
            d.set_inspection_start(Some(a));
            d.set_inspection_end(Some(b));
        }
        None => d.warn(
            None,
            DiagnosticCode::DatesNotFound,
            "the visit's dates were not found in the letter's opening",
        ),
    }
}

/// "The inspectors were Louise Warren, HMI, and John Roughton, HMI.", "Her
/// Majesty's Inspectors for this visit were Jan Edwards and Jenny-Ellen
/// Scotland.": the team, the first named the lead.
fn read_team(text: &str, d: &mut Draft) {
    static TEAM: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\binspectors(?: for this visit)? were\s+(.+?)\.(?:\s|$)").unwrap()
    });
    let Some(c) = TEAM.captures(text) else {
        d.warn(
            None,
            DiagnosticCode::StructureNotFound,
            "the inspectors of the visit were not found",
        );
        return;
    };
    let names = names_in(&c[1]);
    for (i, name) in names.into_iter().enumerate() {
        d.add_person(Person {
            name,
            role: if i == 0 {
                Role::LeadInspector
            } else {
                Role::Inspector
            },
            post: None,
        });
    }
}

/// The visit's focus in the letter's words: its "arrangements for ..." clause
/// (without a "with a particular focus on:" that only introduces a list), or the
/// Chief Inspector's subject during the pandemic.
fn focus(text: &str) -> Option<String> {
    static ARRANGEMENTS: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\barrangements\s+(?:for|at)\b[^.:]*(:)?").unwrap());
    static PANDEMIC: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(child-centred practice and care within the context of [^.]*)").unwrap()
    });
    if let Some(c) = PANDEMIC.captures(text) {
        return Some(c[1].trim().to_string());
    }
    let c = ARRANGEMENTS.captures(text)?;
    let mut clause = c[0].trim_end_matches(':').trim().to_string();
    // "... in accordance with the Inspection of Local Authority Children's
    // Services framework" says how, not what.
    for how in [" in accordance with ", " in line with "] {
        if let Some(at) = clause.find(how) {
            clause.truncate(at);
        }
    }
    if c.get(1).is_some() {
        // "..., with a particular focus on:", "..., specifically:" introduce a list.
        if let Some((head, _)) = clause.rsplit_once(',') {
            clause = head.trim().to_string();
        }
    }
    Some(clause)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_focus_in_the_letters_words() {
        assert_eq!(
            focus("Inspectors looked at the local authority's arrangements for children in care, with a particular focus on: decision-making").as_deref(),
            Some("arrangements for children in care")
        );
        assert_eq!(
            focus("Inspectors looked at the local authority's arrangements for the 'front door', with a specific focus on assessments. This visit").as_deref(),
            Some("arrangements for the 'front door', with a specific focus on assessments")
        );
    }
}

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
use crate::parse::doc::{Class, Doc, Title};
use crate::parse::draft::Draft;
use crate::parse::read::lists::read_lists;
use crate::parse::text::cells::find_ascii_ci;
use crate::parse::text::dates::{date_span, days_re, first_date, month_number};
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

/// "Focused visit to Devon local authority children's services", "... to the
/// London Borough of Lewisham's children's services", "Focused visit to Slough
/// Children First" (a trust): the council, as the subject line names it.
fn council_in_subject(subject: &str) -> Option<String> {
    static NAMED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:focused|monitoring) visit (?:to|of) (?:the )?(.+?)(?:['’]s)?\s+(?:local authority\s+)?children['’]?s\s+(?:social care\s+)?services\b")
            .unwrap()
    });
    static TRUST: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:focused|monitoring) visit (?:to|of) (?:the )?(.+?)\s*$").unwrap()
    });
    NAMED
        .captures(subject)
        .or_else(|| TRUST.captures(subject))
        .map(|c| c[1].trim().to_string())
}

/// The letter's date: a line of its own in the letter head, or its day on one
/// line and its month and year on the next ("22" / "February 2018"), as a PDF's
/// text sometimes gives it.
pub(crate) fn letter_date(doc: &Doc) -> Option<Date> {
    let head: Vec<&CleanLine> = doc
        .title_lines()
        .take_while(|l| !l.key().starts_with("dear "))
        .collect();
    if let Some(d) = head
        .iter()
        .find(|l| l.text.len() <= 25 && first_date(&l.text).is_some())
        .and_then(|l| first_date(&l.text))
    {
        return Some(d);
    }
    // The day may stand alone on a line taken for a page number: every line
    // with text from the top of the letter to its greeting is looked at.
    let to = head
        .last()
        .and_then(|last| doc.lines.iter().position(|l| l.no == last.no))?;
    let lines: Vec<&CleanLine> = (0..=to)
        .filter(|&i| doc.class[i] != Class::Blank)
        .map(|i| &doc.lines[i])
        .collect();
    lines.windows(2).find_map(|w| {
        let day: u8 = w[0].text.trim().parse().ok()?;
        let (month, year) = w[1].text.trim().split_once(' ')?;
        Date::new(year.trim().parse().ok()?, month_number(month)?, day)
    })
}

/// "This letter summarises the findings of a focused visit to ... on 17 and 18
/// December 2019", "... between 6 and 8 October 2020", "on 29 and 30
/// September, and 1 October 2020": the days on site.
fn read_visit_dates(text: &str, d: &mut Draft) {
    static DAYS: LazyLock<OnSite> = LazyLock::new(|| {
        OnSite::after(r"\b(?:visit|inspection)\b[^.]*?\b(?:on|between|from)\s+(?:the\s+)?")
    });
    read_days(text, &DAYS, "visit", d);
}

/// The words that print the days on site, after what leads into them: days
/// with their year, and days without one.
pub(crate) struct OnSite {
    with_year: Regex,
    without_year: Regex,
}

impl OnSite {
    /// `lead` is a pattern for the words before the first day.
    pub(crate) fn after(lead: &str) -> OnSite {
        OnSite {
            with_year: Regex::new(&format!(r"(?i){lead}({})", days_re(true))).unwrap(),
            without_year: Regex::new(&format!(r"(?i){lead}({})", days_re(false))).unwrap(),
        }
    }
}

/// No letter's visit or inspection is on site for longer (JTAIs take a week,
/// focused visits two days); longer is a misprint ("24 October 2022 to 25
/// October 2023").
const LONGEST_VISIT: i64 = 31;

/// The days on site, from the first words in `text` that print them. Days
/// printed without a year ("on 30 and 31 January", "Between 16 May and 20
/// May") take the letter's (the year before, for a month after the letter's),
/// and say so; days that cannot be (a visit after its letter, or a year long)
/// are not kept, and say why; days not found are said. `what` names the event: "visit",
/// "inspection".
pub(crate) fn read_days(text: &str, days: &OnSite, what: &str, d: &mut Draft) {
    let letter = d.dates().letter;
    let mut span = days.with_year.captures(text).and_then(|c| date_span(&c[1]));
    if span.is_none()
        && let Some(letter) = letter
        && let Some(c) = days.without_year.captures(text)
    {
        let printed = c[1].to_string();
        let guess = |year: i32| date_span(&format!("{printed} {year}"));
        span = guess(letter.year).map(|(a, b)| {
            if a > letter {
                guess(letter.year - 1).unwrap_or((a, b))
            } else {
                (a, b)
            }
        });
        if let Some((a, _)) = span {
            d.warn(
                None,
                DiagnosticCode::YearInferred,
                format!(
                    "the {what}'s dates ('{printed}') print no year: taken as {}, from the letter's date",
                    a.year
                ),
            );
        }
    }
    match span {
        Some((a, b)) if b.day_number() - a.day_number() > LONGEST_VISIT => d.warn(
            None,
            DiagnosticCode::DateUnreadable,
            format!(
                "the {what}'s dates as printed ({a} to {b}) span more than {LONGEST_VISIT} days, which no {what} does; neither is taken"
            ),
        ),
        Some((a, b)) if letter.is_some_and(|l| a > l) => d.warn(
            None,
            DiagnosticCode::DateUnreadable,
            format!(
                "the {what}'s dates ({a} to {b}) come after the letter's ({}); neither is taken as the {what}'s",
                letter.map(|l| l.to_string()).unwrap_or_default()
            ),
        ),
        Some((a, b)) => {
            d.set_inspection_start(Some(a));
            d.set_inspection_end(Some(b));
        }
        None => d.warn(
            None,
            DiagnosticCode::DatesNotFound,
            format!("the {what}'s dates were not found in the letter's opening"),
        ),
    }
}

/// The team, in the phrasings letters use: "The inspectors were Louise
/// Warren, HMI, and John Roughton, HMI.", "Her Majesty's Inspectors for this
/// visit were ...", "The visit was carried out by (Her Majesty's Inspectors)
/// A and B", "... was conducted by A and B, two of HMI", "... 2018 carried
/// out by A and B, HMI", "... were lead inspector A and team inspector B".
/// The one called lead inspector is the lead; else the first named.
fn read_team(text: &str, d: &mut Draft) {
    static TEAM: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)(?:\binspectors(?: for (?:this|the) (?:visit|inspection))? were|\b(?:visit|inspection)\b[^.]{0,120}?\b(?:carried out|conducted|undertaken|led)\s+by)\s+(.+?)\.(?:\s|$)",
        )
        .unwrap()
    });
    static LEAD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\blead inspector,?\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3})")
            .unwrap()
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
    let lead = LEAD
        .captures(&c[1])
        .map(|l| l[1].to_string())
        .filter(|l| names.contains(l))
        .or_else(|| names.first().cloned());
    for name in names {
        let role = if lead.as_ref() == Some(&name) {
            Role::LeadInspector
        } else {
            Role::Inspector
        };
        d.add_person(Person {
            name,
            role,
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

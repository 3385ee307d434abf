//! Text lines to a typed [`Report`]: the kind of document is recognised from its
//! content, then the parser for that kind reads it. Recoverable oddities become
//! diagnostics in the report; a document of no known kind is an error.

mod apa_letter;
mod areas;
mod children_plan;
mod council_report;
mod csa;
mod ilacs;
mod key;
mod ofsted;
mod safeguarding;
pub mod scan;
mod sif;
mod table;

use crate::council::Registry;
use crate::extract::{self, ExtractError, Text};
use crate::model::*;
use scan::{CleanLine, clean_lines, loose};
use thiserror::Error;

/// Why a document gave no report.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum Error {
    #[error(transparent)]
    Extract(#[from] ExtractError),
    #[error(
        "not an inspection report: no title of a known kind (APA letter, inspection report, council paper quoting ratings, children's plan) in its opening lines"
    )]
    NotAReport,
    #[error("not a graded inspection report: {0}, which grades nothing")]
    Ungraded(&'static str),
}

/// Reads a file's bytes into a report. `file` is how the report names its source.
pub fn parse_bytes(bytes: &[u8], file: &str) -> Result<Report, Error> {
    let text = extract::read(bytes, file)?;
    parse_text(&text, file)
}

/// Reads text lines into a report.
pub fn parse_text(text: &Text, file: &str) -> Result<Report, Error> {
    // The kind is decided by the opening lines; a long text that is no report
    // (a log, a book) is refused without reading the rest.
    let split = text.lines.len().min(400);
    let mut lines = clean_lines(&text.lines[..split]);
    let kind = detect_kind(&lines).ok_or_else(|| match ungraded_kind(&lines) {
        Some(what) => Error::Ungraded(what),
        None => Error::NotAReport,
    })?;
    lines.extend(clean_lines(&text.lines[split..]));
    let mut draft = Draft::new(kind);
    draft.dates.pdf_created = text.pdf_created;
    match kind {
        DocumentKind::ApaLetter => apa_letter::parse(&lines, &mut draft),
        DocumentKind::SafeguardingLacInspection => safeguarding::parse(&lines, &mut draft),
        DocumentKind::CouncilReport => council_report::parse(&lines, &mut draft),
        DocumentKind::ChildrenPlan => children_plan::parse(&lines, &mut draft),
        DocumentKind::SifInspection => sif::parse(&lines, &mut draft),
        DocumentKind::IlacsInspection => ilacs::parse(&lines, &mut draft),
        DocumentKind::ChildrensServicesAssessment => csa::parse(&lines, &mut draft),
    }
    Ok(draft.finish(file))
}

/// Recognises the kind of document from its opening lines (its title and letter
/// head), never from its file name.
pub fn detect_kind(lines: &[CleanLine]) -> Option<DocumentKind> {
    let opening: Vec<String> = scan::opening(lines, 60)
        // Titles and letter heads are short: the start of each line is enough, and
        // long paragraphs would only slow the search.
        .map(|l| loose(table::prefix(&l.text, 120)))
        .collect();
    let head = opening.join(" ");
    let has = |s: &str| head.contains(s);
    let committee_marks = [
        "decision maker",
        "decision type",
        "contact officer",
        "ward councillor",
        "report no",
    ]
    .iter()
    .filter(|m| has(m))
    .count();
    if has("inspection of safeguarding and looked after children services") {
        Some(DocumentKind::SafeguardingLacInspection)
    } else if sif::is_title(&head) {
        Some(DocumentKind::SifInspection)
    } else if ilacs::is_title(&head) {
        Some(DocumentKind::IlacsInspection)
    } else if committee_marks >= 2 && (has("performance assessment") || has("ofsted")) {
        Some(DocumentKind::CouncilReport)
    } else if has("children and young people s plan") || has("children and young peoples plan") {
        Some(DocumentKind::ChildrenPlan)
    } else if has("annual performance assessment of") {
        Some(DocumentKind::ApaLetter)
    } else if csa::is_title(&head) {
        Some(DocumentKind::ChildrensServicesAssessment)
    } else {
        None
    }
}

/// Ofsted letters about children's services that grade nothing (focused and
/// monitoring visits, joint targeted area inspections, the unannounced
/// inspections of contact, referral and assessment), named from their opening
/// lines, so that a user knows why such a file gives no record.
fn ungraded_kind(lines: &[CleanLine]) -> Option<&'static str> {
    const KINDS: [(&str, &str); 4] = [
        ("focused visit", "a focused visit letter"),
        ("monitoring visit", "a monitoring visit letter"),
        (
            "joint targeted area inspection",
            "a joint targeted area inspection letter",
        ),
        (
            "contact referral and assessment",
            "an unannounced inspection of contact, referral and assessment",
        ),
    ];
    let opening: Vec<&str> = scan::opening(lines, 30).map(|l| l.key()).collect();
    let head = opening.join(" ");
    KINDS
        .iter()
        .find(|(phrase, _)| head.contains(phrase))
        .map(|&(_, what)| what)
}

/// A report being read: what the kind parsers fill in.
pub(crate) struct Draft {
    pub kind: DocumentKind,
    pub title: Option<String>,
    /// The council as printed, and where.
    pub council: Option<String>,
    pub year: Option<i32>,
    pub framework: Option<Framework>,
    pub dates: Dates,
    pub people: Vec<Person>,
    pub judgements: Vec<Judgement>,
    pub findings: Vec<Finding>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Draft {
    pub(crate) fn new(kind: DocumentKind) -> Draft {
        Draft {
            kind,
            title: None,
            council: None,
            year: None,
            framework: None,
            dates: Dates::default(),
            people: Vec::new(),
            judgements: Vec::new(),
            findings: Vec::new(),
            diagnostics: Vec::new(),
        }
    }

    pub fn warn(&mut self, line: Option<usize>, message: impl Into<String>) {
        self.diagnostics.push(Diagnostic {
            line,
            message: message.into(),
        });
    }

    /// Adds a judgement. The same area, scope and year read twice (a table and a
    /// heading) must agree: a repeat that agrees is dropped, one that disagrees
    /// empties the grade and says so, since a wrong grade is worse than none.
    pub fn judge(&mut self, j: Judgement) {
        let same = self
            .judgements
            .iter_mut()
            .find(|e| e.scope == j.scope && e.area == j.area && e.year == j.year);
        match same {
            None => self.judgements.push(j),
            Some(e) if e.grade.level == j.grade.level && e.grade.level.is_some() => {}
            Some(e) if j.grade.level.is_none() && e.grade.level.is_some() => {}
            Some(e) => {
                let msg = format!(
                    "{} ({}): line {} reads '{}' but line {} reads '{}'; the grade is left empty",
                    j.area,
                    j.scope.as_str(),
                    e.source.line,
                    e.grade.raw,
                    j.source.line,
                    j.grade.raw
                );
                let line = j.source.line;
                e.grade.level = None;
                e.grade.score = None;
                self.diagnostics.push(Diagnostic {
                    line: Some(line),
                    message: msg,
                });
            }
        }
    }

    pub fn find(&mut self, f: Finding) {
        self.findings.push(f);
    }

    fn finish(mut self, file: &str) -> Report {
        let council = self.council.take().map(|printed| {
            let registry = Registry::get();
            let entry = registry
                .resolve(&printed)
                .ok()
                .or_else(|| registry.find_in(&printed));
            Council {
                canonical: entry.map(|e| e.name.clone()),
                ons_code: entry.map(|e| e.ons_code.clone()),
                printed,
            }
        });
        match &council {
            None => self.warn(None, "the council could not be read from the document"),
            Some(c) if c.canonical.is_none() => self.warn(
                None,
                format!(
                    "'{}' is not a council apa knows; it is kept as printed",
                    c.printed
                ),
            ),
            _ => {}
        }
        let mut years: Vec<i32> = self.judgements.iter().filter_map(|j| j.year).collect();
        years.extend(self.year);
        years.sort();
        years.dedup();
        if self.year.is_none() {
            self.warn(None, "the year the document refers to could not be read");
        }
        if self.judgements.is_empty() {
            self.warn(None, "no graded judgement was found");
        }
        Report {
            schema_version: SCHEMA_VERSION,
            file: file.to_string(),
            kind: self.kind,
            title: self.title,
            council,
            year: self.year,
            years,
            framework: self.framework,
            dates: self.dates,
            people: self.people,
            judgements: self.judgements,
            findings: self.findings,
            diagnostics: self.diagnostics,
        }
    }
}

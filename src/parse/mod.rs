//! Text lines to a typed [`Report`]: the kind of document is recognised from its
//! content, then the parser for that kind reads it. Recoverable oddities become
//! diagnostics in the report; a document of no known kind is an error.

mod apa_letter;
mod areas;
mod child_protection;
mod children_plan;
mod council_report;
mod csa;
pub mod doc;
mod focused_visit;
mod ilacs;
mod jtai;
mod key;
mod kinds;
mod lac;
mod lists;
mod monitoring_visit;
mod ofsted;
mod safeguarding;
pub mod scan;
mod send;
mod sif;
mod table;

use crate::council::Registry;
use crate::extract::{self, ExtractError, Text};
use crate::model::*;
use doc::Doc;
use scan::clean_lines;
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
    #[error("not a graded inspection report: {0}")]
    Ungraded(&'static str),
}

/// Reads a file's bytes into a report. `file` is how the report names its source.
pub fn parse_bytes(bytes: &[u8], file: &str) -> Result<Report, Error> {
    let text = extract::read(bytes, file)?;
    parse_text(&text, file)
}

/// Reads text lines into a report.
pub fn parse_text(text: &Text, file: &str) -> Result<Report, Error> {
    // The kind is decided by the title block; a long text that is no report (a
    // log, a book) is refused without reading the rest.
    let split = text.lines.len().min(400);
    let mut lines = clean_lines(&text.lines[..split]);
    let title = doc::title_block(&lines);
    let reader = kinds::recognise(&title).map_err(|letter| match letter {
        Some(what) => Error::Ungraded(what),
        None => Error::NotAReport,
    })?;
    lines.extend(clean_lines(&text.lines[split..]));
    let doc = Doc::from_lines(lines);
    let mut draft = Draft::new(reader.kind);
    draft.dates.pdf_created = text.pdf_created;
    (reader.read)(&doc, &mut draft);
    Ok(draft.finish(file))
}

/// Recognises the kind of document from its title block, never from its file
/// name or from a framework named in its body.
pub fn detect_kind(text: &Text) -> Option<DocumentKind> {
    let lines = clean_lines(&text.lines[..text.lines.len().min(400)]);
    kinds::recognise(&doc::title_block(&lines))
        .ok()
        .map(|k| k.kind)
}

/// A report being read: what the kind readers fill in. The plain facts (title,
/// council, year, dates, people) are theirs to set; judgements, findings and
/// diagnostics go in only through [`Draft::judge`], [`Draft::find`] and
/// [`Draft::warn`], which keep a judgement read twice consistent.
pub(crate) struct Draft {
    kind: DocumentKind,
    pub title: Option<String>,
    pub subject: Option<String>,
    pub agencies: Vec<String>,
    /// The council as printed, and where.
    pub council: Option<String>,
    pub year: Option<i32>,
    pub framework: Option<Framework>,
    pub dates: Dates,
    pub people: Vec<Person>,
    judgements: Vec<Judgement>,
    findings: Vec<Finding>,
    diagnostics: Vec<Diagnostic>,
    /// The first on-site visit of an inspection with more than one.
    pub first_visit: Option<(Date, Date)>,
}

impl Draft {
    pub(crate) fn new(kind: DocumentKind) -> Draft {
        Draft {
            kind,
            title: None,
            subject: None,
            agencies: Vec::new(),
            council: None,
            year: None,
            framework: None,
            dates: Dates::default(),
            people: Vec::new(),
            judgements: Vec::new(),
            findings: Vec::new(),
            diagnostics: Vec::new(),
            first_visit: None,
        }
    }

    pub fn warn(&mut self, line: Option<usize>, code: DiagnosticCode, message: impl Into<String>) {
        self.diagnostics.push(Diagnostic {
            line,
            code,
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
                self.warn(Some(line), DiagnosticCode::GradesDisagree, msg);
            }
        }
    }

    pub fn find(&mut self, f: Finding) {
        self.findings.push(f);
    }

    /// The judgements read so far.
    pub fn judgements(&self) -> &[Judgement] {
        &self.judgements
    }

    /// The last finding read, to add a sub-item that belongs to it.
    pub fn last_finding(&mut self) -> Option<&mut Finding> {
        self.findings.last_mut()
    }

    #[cfg(test)]
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
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
            None => self.warn(
                None,
                DiagnosticCode::CouncilNotFound,
                "the council could not be read from the document",
            ),
            Some(c) if c.canonical.is_none() => self.warn(
                None,
                DiagnosticCode::CouncilUnknown,
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
            self.warn(
                None,
                DiagnosticCode::YearNotFound,
                "the year the document refers to could not be read",
            );
        }
        if self.judgements.is_empty() && self.kind.is_graded() {
            self.warn(
                None,
                DiagnosticCode::NoJudgement,
                "no graded judgement was found",
            );
        }
        Report {
            schema_version: SCHEMA_VERSION,
            file: file.to_string(),
            kind: self.kind,
            title: self.title,
            subject: self.subject,
            agencies: self.agencies,
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

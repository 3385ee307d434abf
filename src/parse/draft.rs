//! The report being read: what the kind readers fill in, with the rules that
//! keep it consistent (a judgement read twice must agree), and `finish`, which
//! makes the typed [`Report`].

use crate::council::{CouncilEntry, Registry};
use crate::model::*;

/// A report being read: what the kind readers fill in, each fact through a
/// setter of its own (the fields are private). Judgements, findings and
/// diagnostics go in only through [`Draft::judge`], [`Draft::add_finding`] and
/// [`Draft::warn`], which keep a judgement read twice consistent; the council
/// through [`Draft::set_council_printed`] or [`Draft::set_council_entry`].
pub(crate) struct Draft {
    kind: DocumentKind,
    title: Option<String>,
    subject: Option<String>,
    agencies: Vec<String>,
    /// The council, as printed or as the registry found it.
    council: Option<CouncilRead>,
    year: Option<i32>,
    framework: Option<Framework>,
    sif_coverage: Option<SifCoverage>,
    dates: Dates,
    people: Vec<Person>,
    judgements: Vec<Judgement>,
    findings: Vec<Finding>,
    diagnostics: Vec<Diagnostic>,
    /// The first on-site visit of an inspection with more than one.
    first_visit: Option<(Date, Date)>,
}

/// Setters and getters of the plain facts: a setter takes the value or an
/// `Option` of it.
macro_rules! facts {
    ($($(#[$doc:meta])* $field:ident, $set:ident: $t:ty;)*) => {
        impl Draft {
            $(
                $(#[$doc])*
                pub fn $set(&mut self, value: impl Into<Option<$t>>) {
                    self.$field = value.into();
                }
            )*
        }
    };
}

facts! {
    /// The document's title as printed.
    title, set_title: String;
    /// What a letter is about, in its own words.
    subject, set_subject: String;
    /// The year the document refers to (see [`crate::parse::read::heading::inspection_year`]).
    year, set_year: i32;
    framework, set_framework: Framework;
    /// What a SIF report covers.
    sif_coverage, set_sif_coverage: SifCoverage;
    /// The first on-site visit of an inspection with more than one.
    first_visit, set_first_visit: (Date, Date);
}

/// Setters of the document's dates.
macro_rules! dates {
    ($($(#[$doc:meta])* $field:ident, $set:ident;)*) => {
        impl Draft {
            $(
                $(#[$doc])*
                pub fn $set(&mut self, date: Option<Date>) {
                    self.dates.$field = date;
                }
            )*
        }
    };
}

dates! {
    letter, set_letter;
    published, set_published;
    meeting, set_meeting;
    inspection_start, set_inspection_start;
    inspection_end, set_inspection_end;
    previous_inspection_start, set_previous_inspection_start;
    previous_inspection_end, set_previous_inspection_end;
    pdf_created, set_pdf_created;
}

impl Draft {
    pub fn year(&self) -> Option<i32> {
        self.year
    }

    pub fn subject(&self) -> Option<&str> {
        self.subject.as_deref()
    }

    pub fn first_visit(&self) -> Option<(Date, Date)> {
        self.first_visit
    }

    pub fn dates(&self) -> &Dates {
        &self.dates
    }

    /// The inspectorates that took part in a joint inspection.
    pub fn set_agencies(&mut self, agencies: Vec<String>) {
        self.agencies = agencies;
    }

    pub fn people(&self) -> &[Person] {
        &self.people
    }

    /// A person the document names.
    pub fn add_person(&mut self, person: Person) {
        self.people.push(person);
    }
}

/// How a reader found the council: its name as printed (which the draft looks
/// up in the registry once), or the registry's entry for a council the
/// registry found in a line.
pub(crate) enum CouncilRead {
    Printed(String),
    Entry(&'static CouncilEntry),
}

impl Draft {
    /// The council as the document prints it.
    pub fn set_council_printed(&mut self, printed: impl Into<String>) {
        self.council = Some(CouncilRead::Printed(printed.into()));
    }

    /// A council the registry found in the document.
    pub fn set_council_entry(&mut self, entry: &'static CouncilEntry) {
        self.council = Some(CouncilRead::Entry(entry));
    }

    /// Whether a council has been read.
    pub fn has_council(&self) -> bool {
        self.council.is_some()
    }

    pub(crate) fn new(kind: DocumentKind) -> Draft {
        Draft {
            kind,
            title: None,
            subject: None,
            agencies: Vec::new(),
            council: None,
            year: None,
            framework: None,
            sif_coverage: None,
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

    /// Adds a strength, area for improvement or other listed item.
    pub fn add_finding(&mut self, f: Finding) {
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

    pub(super) fn finish(mut self, file: &str) -> Report {
        // The one place a printed name is looked up.
        let council = self.council.take().map(|read| match read {
            CouncilRead::Entry(entry) => Council::known(entry, None),
            CouncilRead::Printed(printed) => {
                let registry = Registry::get();
                let entry = registry
                    .resolve(&printed)
                    .ok()
                    .or_else(|| registry.find_in(&printed));
                match entry {
                    Some(e) => Council::known(e, Some(printed)),
                    None => Council::unknown(printed),
                }
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
                    c.name()
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
            url: None,
            published: None,
            kind: self.kind,
            title: self.title,
            subject: self.subject,
            agencies: self.agencies,
            council,
            year: self.year,
            years,
            framework: self.framework,
            sif_coverage: self.sif_coverage,
            dates: self.dates,
            people: self.people,
            judgements: self.judgements,
            findings: self.findings,
            diagnostics: self.diagnostics,
        }
    }
}

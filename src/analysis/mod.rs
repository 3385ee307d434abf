//! Pure functions over parsed reports: one row per judgement or finding, grade
//! matrices, comparisons of councils and trends over years.

pub mod check;
pub mod compare;
pub mod dataset;
pub mod inspections;
pub mod themes;
pub mod trend;

use crate::model::*;
use serde::{Deserialize, Serialize};

/// Where a row's value was read: the file as the user named it, the PDF page
/// where there is one, and the line. Written `file:line` in every output format.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SourceRef {
    pub file: String,
    pub line: usize,
    pub page: Option<u32>,
    /// Where Ofsted publishes the document, where apa knows it (a document
    /// from the library).
    pub url: Option<String>,
}

impl SourceRef {
    pub fn of(r: &Report, s: &Source) -> SourceRef {
        SourceRef {
            file: r.file.clone(),
            line: s.line,
            page: s.page,
            url: r.url.clone(),
        }
    }
}

impl std::fmt::Display for SourceRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

impl Serialize for SourceRef {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for SourceRef {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<SourceRef, D::Error> {
        let s = String::deserialize(d)?;
        let (file, line) = s
            .rsplit_once(':')
            .ok_or_else(|| serde::de::Error::custom(format!("'{s}' is not file:line")))?;
        Ok(SourceRef {
            file: file.to_string(),
            line: line.parse().map_err(serde::de::Error::custom)?,
            page: None,
            url: None,
        })
    }
}

/// A letter between inspections (a focused or monitoring visit, a joint
/// targeted area inspection), as `trend` and `compare` list them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Visit {
    pub council: String,
    /// The year the visit ended.
    pub year: Option<i32>,
    pub kind: DocumentKind,
    pub start: Option<Date>,
    pub end: Option<Date>,
    /// Its focus or theme, in the letter's words.
    pub subject: Option<String>,
    pub priority_actions: usize,
    pub areas_for_improvement: usize,
    pub file: String,
}

/// The letters between inspections about a council, oldest first.
pub fn visits(reports: &[Report], council: &str) -> Vec<Visit> {
    let mut out: Vec<Visit> = reports
        .iter()
        .filter(|r| r.council_name() == council && !r.kind.is_graded())
        .map(|r| {
            let count = |k: FindingKind| r.findings.iter().filter(|f| f.kind == k).count();
            Visit {
                council: council.to_string(),
                year: r.year,
                kind: r.kind,
                start: r.dates.inspection_start,
                end: r.dates.inspection_end,
                subject: r.subject.clone(),
                priority_actions: count(FindingKind::PriorityAction),
                areas_for_improvement: count(FindingKind::AreaForImprovement),
                file: r.file.clone(),
            }
        })
        .collect();
    out.sort_by(|a, b| (a.end, &a.file).cmp(&(b.end, &b.file)));
    out
}

/// One judgement as a flat row (`apa grades`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GradeRow {
    pub schema_version: u32,
    pub council: String,
    pub year: Option<i32>,
    pub kind: DocumentKind,
    pub scope: Scope,
    pub area: Area,
    pub raw: String,
    pub level: Option<Level>,
    pub score: Option<u8>,
    /// Where the grade was read (`file:line`).
    pub source: SourceRef,
}

/// One finding as a flat row (`apa findings`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FindingRow {
    pub schema_version: u32,
    pub council: String,
    pub year: Option<i32>,
    pub kind: FindingKind,
    pub scope: Scope,
    pub area: Option<Area>,
    pub timescale: Option<Timescale>,
    pub text: String,
    /// Where the finding was read (`file:line`).
    pub source: SourceRef,
    /// Its main theme (see [`themes`]), where it names one.
    pub theme: Option<String>,
}

/// Which judgements a command looks at.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Canonical council names; empty for all.
    pub councils: Vec<String>,
    pub years: Vec<i32>,
    pub kinds: Vec<DocumentKind>,
    pub areas: Vec<Area>,
    /// A region as the registry names it ("London"); `None` for all.
    pub region: Option<String>,
}

impl Filter {
    pub fn report(&self, r: &Report) -> bool {
        (self.councils.is_empty() || self.councils.iter().any(|c| c == r.council_name()))
            && (self.kinds.is_empty() || self.kinds.contains(&r.kind))
            && self.region.as_ref().is_none_or(|region| {
                r.council
                    .as_ref()
                    .is_some_and(|c| c.region.as_ref() == Some(region))
            })
    }

    pub fn year(&self, year: Option<i32>) -> bool {
        self.years.is_empty() || year.is_some_and(|y| self.years.contains(&y))
    }

    pub fn area(&self, area: Option<Area>) -> bool {
        self.areas.is_empty() || area.is_some_and(|a| self.areas.contains(&a))
    }
}

/// Rows of every judgement that passes the filter, sorted by council, year, kind,
/// scope and area.
pub fn grade_rows(reports: &[Report], filter: &Filter) -> Vec<GradeRow> {
    let mut rows: Vec<GradeRow> = reports
        .iter()
        .filter(|r| filter.report(r))
        .flat_map(|r| {
            r.judgements
                .iter()
                .filter(|j| filter.year(j.year) && filter.area(Some(j.area)))
                .map(move |j| GradeRow {
                    schema_version: SCHEMA_VERSION,
                    council: r.council_name().to_string(),
                    year: j.year,
                    kind: r.kind,
                    scope: j.scope,
                    area: j.area,
                    raw: j.grade.raw.clone(),
                    level: j.grade.level,
                    score: j.grade.score,
                    source: SourceRef::of(r, &j.source),
                })
        })
        .collect();
    rows.sort_by(|a, b| {
        (&a.council, a.year, a.kind, a.scope, a.area, &a.source)
            .cmp(&(&b.council, b.year, b.kind, b.scope, b.area, &b.source))
    });
    rows
}

/// Rows of every finding that passes the filter, in document order within each
/// report, reports sorted by council and year.
pub fn finding_rows(reports: &[Report], filter: &Filter) -> Vec<FindingRow> {
    let mut sorted: Vec<&Report> = reports.iter().filter(|r| filter.report(r)).collect();
    sorted.sort_by(|a, b| {
        (a.council_name(), a.year, a.kind, &a.file).cmp(&(
            b.council_name(),
            b.year,
            b.kind,
            &b.file,
        ))
    });
    sorted
        .into_iter()
        .flat_map(|r| {
            r.findings
                .iter()
                .filter(|f| filter.year(f.year) && filter.area(f.area))
                .map(move |f| FindingRow {
                    schema_version: SCHEMA_VERSION,
                    council: r.council_name().to_string(),
                    year: f.year,
                    kind: f.kind,
                    scope: f.scope,
                    area: f.area,
                    timescale: f.timescale,
                    text: f.text.clone(),
                    source: SourceRef::of(r, &f.source),
                    theme: themes::theme_of(&f.text).map(str::to_string),
                })
        })
        .collect()
}

/// The grade matrix of `apa grades --matrix`: one column per council and year
/// that passes the filter, one line per judgement area.
pub fn grade_matrix(
    reports: &[Report],
    filter: &Filter,
) -> (Vec<compare::Column>, Vec<compare::GradeLine>) {
    let rows = grade_rows(reports, filter);
    let mut columns: Vec<compare::Column> = rows
        .iter()
        .filter_map(|r| {
            Some(compare::Column {
                council: r.council.clone(),
                year: r.year?,
            })
        })
        .collect();
    columns.sort_by(|a, b| (&a.council, a.year).cmp(&(&b.council, b.year)));
    columns.dedup();
    let kept: Vec<Report> = reports
        .iter()
        .filter(|r| filter.report(r))
        .map(|r| {
            let mut r = r.clone();
            r.judgements.retain(|j| filter.area(Some(j.area)));
            r
        })
        .collect();
    let lines = compare::grade_lines(&kept, &columns);
    (columns, lines)
}

/// Sorts reports into a stable order: council, year, kind, file.
pub fn sort_reports(reports: &mut [Report]) {
    reports.sort_by(|a, b| {
        (a.council_name(), a.year, a.kind, &a.file).cmp(&(
            b.council_name(),
            b.year,
            b.kind,
            &b.file,
        ))
    });
}

/// One grade as one source gives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GradeValue {
    pub raw: String,
    pub level: Option<Level>,
    pub score: Option<u8>,
    pub kind: DocumentKind,
    /// Where the grade was read (`file:line`).
    pub source: SourceRef,
}

/// What the sources say about one area in one year for one council: usually one
/// value; several when several documents give it; `conflict` when their levels
/// differ.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slot {
    pub values: Vec<GradeValue>,
    pub conflict: bool,
}

impl Slot {
    /// The level all sources agree on, if they do.
    pub fn level(&self) -> Option<Level> {
        if self.conflict {
            None
        } else {
            self.values.iter().find_map(|v| v.level)
        }
    }
}

/// Gathers the judgements for one cell; `None` when there are none.
pub fn collect_slot<'a>(found: impl Iterator<Item = (&'a Report, &'a Judgement)>) -> Option<Slot> {
    let mut values: Vec<GradeValue> = found
        .map(|(r, j)| GradeValue {
            raw: j.grade.raw.clone(),
            level: j.grade.level,
            score: j.grade.score,
            kind: r.kind,
            source: SourceRef::of(r, &j.source),
        })
        .collect();
    if values.is_empty() {
        return None;
    }
    values.sort_by(|a, b| a.source.cmp(&b.source));
    let mut levels: Vec<Level> = values.iter().filter_map(|v| v.level).collect();
    levels.sort();
    levels.dedup();
    Some(Slot {
        conflict: levels.len() > 1,
        values,
    })
}

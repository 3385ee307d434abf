//! What the workbook (`apa export xlsx`) and the HTML report (`apa report`)
//! show, computed once from the reports: the inspections and each council's
//! latest, the grades and findings in long form, the counts per level
//! nationally and by region, the most common themes, and per council its
//! heatmap cells (latest grades; the headline grade of each year), its
//! timeline and its latest areas for improvement.

use super::inspections::{self, InspectionRow, SummaryRow};
use super::themes::ThemeRow;
use super::{Filter, FindingRow, GradeRow, SourceRef};
use crate::model::*;
use serde::{Deserialize, Serialize};

/// One grade in a heatmap: what was printed, its level, and where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeatCell {
    pub year: Option<i32>,
    pub kind: DocumentKind,
    pub raw: String,
    pub level: Option<Level>,
    pub source: SourceRef,
}

/// One council as the report shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CouncilView {
    pub council: String,
    pub region: Option<String>,
    /// The grades of its latest graded inspection (and latest area SEND
    /// inspection), one per [`Dataset::judgements`].
    pub latest: Vec<Option<HeatCell>>,
    /// The headline grade of each of [`Dataset::years`]: overall
    /// effectiveness, or before 2013 the children's services grade.
    pub by_year: Vec<Option<HeatCell>>,
    /// Every inspection and letter about it, oldest first.
    pub timeline: Vec<InspectionRow>,
    /// The areas for improvement and priority actions of its most recent
    /// document that sets any.
    pub to_improve: Vec<FindingRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    pub schema_version: u32,
    /// One row per inspection or letter (`apa inspections`).
    pub inspections: Vec<InspectionRow>,
    /// Each council's latest graded inspection (`apa inspections --latest`).
    pub latest: Vec<InspectionRow>,
    pub grades: Vec<GradeRow>,
    pub findings: Vec<FindingRow>,
    /// Counts per level of the latest inspections: England, then each region.
    pub summary: Vec<SummaryRow>,
    /// The most common themes of what needs to improve.
    pub themes: Vec<ThemeRow>,
    /// The judgements of the latest inspections that any council has.
    pub judgements: Vec<Area>,
    /// The years with a headline grade.
    pub years: Vec<i32>,
    /// The councils: those asked for in that order (a council, then its
    /// neighbours), else by region and name.
    pub councils: Vec<CouncilView>,
}

fn cell(g: &GradeRow) -> HeatCell {
    HeatCell {
        year: g.year,
        kind: g.kind,
        raw: g.raw.clone(),
        level: g.level,
        source: g.source.clone(),
    }
}

/// The headline judgement of a grade row, if it is one: overall
/// effectiveness ranks before the children's services grade of 2005-2011
/// (as in [`InspectionRow::headline`], which adds the area SEND outcome that
/// the yearly heatmap, on the four grades, leaves out).
fn headline(g: &GradeRow) -> Option<u8> {
    match (g.scope, g.area) {
        (Scope::None, Area::OverallEffectiveness) => Some(0),
        (Scope::None, Area::ChildrensServices) => Some(1),
        _ => None,
    }
}

pub fn dataset(reports: &[Report], filter: &Filter) -> Dataset {
    let all = inspections::rows(reports, filter);
    let latest = inspections::latest(all.clone());
    let grades = super::grade_rows(reports, filter);
    let findings = super::finding_rows(reports, filter);
    let mut summary = inspections::summary(&latest, false);
    summary.extend(inspections::summary(&latest, true));
    let themes = super::themes::summary(&findings);

    let judgements: Vec<Area> = inspections::COLUMNS
        .into_iter()
        .filter(|a| latest.iter().any(|r| r.level(*a).is_some()))
        .collect();
    let mut years: Vec<i32> = grades
        .iter()
        .filter(|g| headline(g).is_some())
        .filter_map(|g| g.year)
        .collect();
    years.sort();
    years.dedup();

    let parts = Parts {
        all: &all,
        latest: &latest,
        grades: &grades,
        findings: &findings,
        judgements: &judgements,
        years: &years,
    };
    let councils = ordered_councils(&all, filter)
        .into_iter()
        .map(|(region, council)| parts.view(region, council))
        .collect();

    Dataset {
        schema_version: SCHEMA_VERSION,
        inspections: all,
        latest,
        grades,
        findings,
        summary,
        themes,
        judgements,
        years,
        councils,
    }
}

/// The councils with their regions: those asked for first, in the order
/// asked, then by region (councils of no region last) and name.
fn ordered_councils(all: &[InspectionRow], filter: &Filter) -> Vec<(Option<String>, String)> {
    let mut names: Vec<(Option<String>, String)> = all
        .iter()
        .map(|r| (r.region.clone(), r.council.clone()))
        .collect();
    names.sort_by(|a, b| {
        let asked = |n: &str| filter.councils.iter().position(|c| c == n);
        (asked(&a.1), a.0.is_none(), &a.0, &a.1).cmp(&(asked(&b.1), b.0.is_none(), &b.0, &b.1))
    });
    names.dedup();
    names
}

/// What a council's view is made from.
struct Parts<'a> {
    all: &'a [InspectionRow],
    latest: &'a [InspectionRow],
    grades: &'a [GradeRow],
    findings: &'a [FindingRow],
    judgements: &'a [Area],
    years: &'a [i32],
}

impl Parts<'_> {
    /// One council's latest grades, headline grade by year, timeline and the
    /// areas for improvement of its newest document that sets any.
    fn view(&self, region: Option<String>, council: String) -> CouncilView {
        let mine = |g: &&GradeRow| g.council == council && g.scope == Scope::None;
        let latest_cells = self
            .judgements
            .iter()
            .map(|area| {
                let row = self
                    .latest
                    .iter()
                    .find(|r| r.council == council && r.level(*area).is_some())?;
                let found: Vec<&GradeRow> = self
                    .grades
                    .iter()
                    .filter(mine)
                    .filter(|g| g.source.file == row.file && g.area == *area)
                    .collect();
                found
                    .iter()
                    .find(|g| g.year == row.year)
                    .or(found.first())
                    .map(|g| cell(g))
            })
            .collect();
        let by_year = self
            .years
            .iter()
            .map(|y| {
                self.grades
                    .iter()
                    .filter(mine)
                    .filter(|g| g.year == Some(*y))
                    .filter_map(|g| Some((headline(g)?, g)))
                    .min_by_key(|(rank, _)| *rank)
                    .map(|(_, g)| cell(g))
            })
            .collect();
        let timeline: Vec<InspectionRow> = self
            .all
            .iter()
            .filter(|r| r.council == council)
            .cloned()
            .collect();
        let improving = |f: &&FindingRow| {
            f.council == council
                && matches!(
                    f.kind,
                    FindingKind::AreaForImprovement | FindingKind::PriorityAction
                )
        };
        let newest = timeline.iter().rev().find(|r| {
            self.findings
                .iter()
                .filter(improving)
                .any(|f| f.source.file == r.file)
        });
        let to_improve = newest
            .map(|r| {
                self.findings
                    .iter()
                    .filter(improving)
                    .filter(|f| f.source.file == r.file)
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        CouncilView {
            council,
            region,
            latest: latest_cells,
            by_year,
            timeline,
            to_improve,
        }
    }
}

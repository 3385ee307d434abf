//! One row per inspection or letter (`apa inspections`): the council with its
//! codes and region, the kind, framework and dates, each judgement in a column
//! of its own, and how many areas for improvement and priority actions the
//! document sets; and counts of levels per judgement, nationally or by region.

use crate::model::*;
use serde::{Deserialize, Serialize};

/// The judgements that have a column of their own, in this order: the
/// 2013-2026 frameworks', the area SEND outcome, and the 2005-2011 assessments'
/// children's services.
pub const COLUMNS: [Area; 9] = [
    Area::OverallEffectiveness,
    Area::HelpAndProtection,
    Area::LookedAfter,
    Area::Adoption,
    Area::CareLeavers,
    Area::Leadership,
    Area::Lscb,
    Area::SendOutcome,
    Area::ChildrensServices,
];

/// One inspection or letter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InspectionRow {
    pub schema_version: u32,
    pub council: String,
    pub la_code: Option<String>,
    pub ons_code: Option<String>,
    pub region: Option<String>,
    pub kind: DocumentKind,
    pub framework: Option<Framework>,
    pub year: Option<i32>,
    pub inspection_start: Option<Date>,
    pub inspection_end: Option<Date>,
    pub published: Option<Date>,
    pub letter: Option<Date>,
    pub overall_effectiveness: Option<Level>,
    pub help_and_protection: Option<Level>,
    pub looked_after: Option<Level>,
    pub adoption: Option<Level>,
    pub care_leavers: Option<Level>,
    pub leadership: Option<Level>,
    pub lscb: Option<Level>,
    pub send_outcome: Option<Level>,
    pub childrens_services: Option<Level>,
    pub areas_for_improvement: usize,
    pub priority_actions: usize,
    pub file: String,
    /// Where Ofsted publishes the document, for one from the library.
    #[serde(default)]
    pub url: Option<String>,
}

impl InspectionRow {
    /// Its headline level: overall effectiveness, else (2005-2011) the
    /// children's services grade, else an area SEND outcome.
    pub fn headline(&self) -> Option<Level> {
        self.overall_effectiveness
            .or(self.childrens_services)
            .or(self.send_outcome)
    }

    /// The level in a judgement column.
    pub fn level(&self, area: Area) -> Option<Level> {
        match area {
            Area::OverallEffectiveness => self.overall_effectiveness,
            Area::HelpAndProtection => self.help_and_protection,
            Area::LookedAfter => self.looked_after,
            Area::Adoption => self.adoption,
            Area::CareLeavers => self.care_leavers,
            Area::Leadership => self.leadership,
            Area::Lscb => self.lscb,
            Area::SendOutcome => self.send_outcome,
            Area::ChildrensServices => self.childrens_services,
            _ => None,
        }
    }

    /// The date that places the document in time: the inspection's end, else
    /// its publication or the letter's date.
    pub fn date(&self) -> Option<Date> {
        self.inspection_end.or(self.published).or(self.letter)
    }

    /// Whether it carries any judgement in the columns.
    pub fn graded(&self) -> bool {
        COLUMNS.iter().any(|a| self.level(*a).is_some())
    }
}

/// The row of a report. A judgement outside the report's own block (the
/// 2009-2013 inspections' safeguarding and looked after children blocks) does
/// not fill a column.
pub fn row(r: &Report) -> InspectionRow {
    let council = r.council.as_ref();
    // A plan or paper that quotes several years' grades: the grade of the
    // document's own year.
    let level = |area: Area| {
        let mine = |j: &&Judgement| j.area == area && j.scope == Scope::None;
        r.judgements
            .iter()
            .filter(mine)
            .find(|j| j.year == r.year)
            .or_else(|| r.judgements.iter().find(mine))
            .and_then(|j| j.grade.level)
    };
    let count = |k: FindingKind| r.findings.iter().filter(|f| f.kind == k).count();
    InspectionRow {
        schema_version: SCHEMA_VERSION,
        council: r.council_name().to_string(),
        la_code: council.and_then(|c| c.la_code.clone()),
        ons_code: council.and_then(|c| c.ons_code.clone()),
        region: council.and_then(|c| c.region.clone()),
        kind: r.kind,
        framework: r.framework,
        year: r.year,
        inspection_start: r.dates.inspection_start,
        inspection_end: r.dates.inspection_end,
        published: r.dates.published.or(r.published),
        letter: r.dates.letter,
        overall_effectiveness: level(Area::OverallEffectiveness),
        help_and_protection: level(Area::HelpAndProtection),
        looked_after: level(Area::LookedAfter),
        adoption: level(Area::Adoption),
        care_leavers: level(Area::CareLeavers),
        leadership: level(Area::Leadership),
        lscb: level(Area::Lscb),
        send_outcome: level(Area::SendOutcome),
        childrens_services: level(Area::ChildrensServices),
        areas_for_improvement: count(FindingKind::AreaForImprovement),
        priority_actions: count(FindingKind::PriorityAction),
        file: r.file.clone(),
        url: r.url.clone(),
    }
}

/// Rows sorted by council, year, date and file.
pub fn rows(reports: &[Report], filter: &super::Filter) -> Vec<InspectionRow> {
    let mut out: Vec<InspectionRow> = reports
        .iter()
        .filter(|r| filter.report(r) && filter.year(r.year))
        .map(row)
        .collect();
    out.sort_by(|a, b| {
        (&a.council, a.year, a.date(), &a.file).cmp(&(&b.council, b.year, b.date(), &b.file))
    });
    out
}

/// Each council's most recent graded row (by year, then date): one on the
/// four-level scale, and one
/// area SEND inspection where there is one (the two are never compared).
pub fn latest(rows: Vec<InspectionRow>) -> Vec<InspectionRow> {
    let mut out: Vec<InspectionRow> = Vec::new();
    let send = |r: &InspectionRow| r.send_outcome.is_some();
    for r in rows.into_iter().filter(InspectionRow::graded) {
        match out
            .iter_mut()
            .find(|o| o.council == r.council && send(o) == send(&r))
        {
            Some(o) if (r.year, r.date(), &r.file) > (o.year, o.date(), &o.file) => *o = r,
            Some(_) => {}
            None => out.push(r),
        }
    }
    out
}

/// How many rows give a judgement each level, in a group (England, or a region).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SummaryRow {
    pub schema_version: u32,
    /// "England", or a region.
    pub group: String,
    pub judgement: Area,
    pub level: Level,
    pub count: usize,
    /// The share of the group's rows with that judgement, 0 to 1.
    pub share: f64,
}

/// Counts and shares per level, per judgement, nationally or by region.
pub fn summary(rows: &[InspectionRow], by_region: bool) -> Vec<SummaryRow> {
    let group_of = |r: &InspectionRow| {
        if by_region {
            r.region.clone().unwrap_or_else(|| "unknown".to_string())
        } else {
            "England".to_string()
        }
    };
    let mut groups: Vec<String> = rows.iter().map(group_of).collect();
    groups.sort();
    groups.dedup();
    let mut out = Vec::new();
    for g in &groups {
        let mine: Vec<&InspectionRow> = rows.iter().filter(|r| &group_of(r) == g).collect();
        for area in COLUMNS {
            let levels: Vec<Level> = mine.iter().filter_map(|r| r.level(area)).collect();
            let mut kinds: Vec<Level> = levels.clone();
            kinds.sort_by(|a, b| b.cmp(a));
            kinds.dedup();
            for level in kinds {
                let count = levels.iter().filter(|l| **l == level).count();
                out.push(SummaryRow {
                    schema_version: SCHEMA_VERSION,
                    group: g.clone(),
                    judgement: area,
                    level,
                    count,
                    share: count as f64 / levels.len() as f64,
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Filter;
    use crate::testing::{judged, report};

    fn reports() -> Vec<Report> {
        let ilacs = |council, start, end, level| {
            let r = report(DocumentKind::IlacsInspection, council, start, end);
            judged(r, Area::OverallEffectiveness, "as printed", Some(level))
        };
        let send = report(
            DocumentKind::SendAreaInspection,
            "Bromley",
            "2024-03-04",
            "2024-03-08",
        );
        vec![
            ilacs("Bromley", "2018-11-05", "2018-11-16", Level::Good),
            ilacs("Bromley", "2023-11-13", "2023-11-17", Level::Outstanding),
            ilacs("Bexley", "2019-05-07", "2019-05-17", Level::Good),
            ilacs("Kent", "2022-03-07", "2022-03-18", Level::Adequate),
            judged(send, Area::SendOutcome, "positive", Some(Level::Positive)),
            // A letter grades nothing and is never a council's latest.
            report(
                DocumentKind::FocusedVisit,
                "Kent",
                "2024-06-04",
                "2024-06-05",
            ),
        ]
    }

    #[test]
    fn each_councils_latest_and_its_send_outcome_apart() {
        let latest = latest(rows(&reports(), &Filter::default()));
        type Latest<'a> = (&'a str, Option<i32>, Option<Level>, Option<Level>);
        let got: Vec<Latest> = latest
            .iter()
            .map(|r| {
                (
                    r.council.as_str(),
                    r.year,
                    r.overall_effectiveness,
                    r.send_outcome,
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("Bexley", Some(2019), Some(Level::Good), None),
                ("Bromley", Some(2023), Some(Level::Outstanding), None),
                ("Bromley", Some(2024), None, Some(Level::Positive)),
                ("Kent", Some(2022), Some(Level::Adequate), None),
            ]
        );
    }

    #[test]
    fn counts_and_shares_per_level_nationally_and_by_region() {
        let latest = latest(rows(&reports(), &Filter::default()));
        let overall = |rows: Vec<SummaryRow>| -> Vec<(String, Level, usize, f64)> {
            rows.into_iter()
                .filter(|s| s.judgement == Area::OverallEffectiveness)
                .map(|s| (s.group, s.level, s.count, s.share))
                .collect()
        };
        let third = 1.0 / 3.0;
        assert_eq!(
            overall(summary(&latest, false)),
            [
                ("England".to_string(), Level::Outstanding, 1, third),
                ("England".to_string(), Level::Good, 1, third),
                ("England".to_string(), Level::Adequate, 1, third),
            ]
        );
        assert_eq!(
            overall(summary(&latest, true)),
            [
                ("London".to_string(), Level::Outstanding, 1, 0.5),
                ("London".to_string(), Level::Good, 1, 0.5),
                ("South East".to_string(), Level::Adequate, 1, 1.0),
            ]
        );
    }

    #[test]
    fn a_row_takes_its_council_codes_and_region_from_the_record() {
        let r = row(&reports()[0]);
        assert_eq!(r.la_code.as_deref(), Some("305"));
        assert_eq!(r.ons_code.as_deref(), Some("E09000006"));
        assert_eq!(r.region.as_deref(), Some("London"));
        let filter = Filter {
            region: Some("South East".to_string()),
            ..Filter::default()
        };
        let kent: Vec<String> = rows(&reports(), &filter)
            .into_iter()
            .map(|r| r.council)
            .collect();
        assert_eq!(kent, ["Kent", "Kent"]);
    }
}

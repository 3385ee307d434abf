//! One council over the years: each judgement area's grades, year by year, across
//! every document about the council, with their sources; where two sources
//! disagree about the same year and area, both are kept and the conflict marked.

use super::{Slot, collect_slot};
use crate::model::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrendLine {
    pub scope: Scope,
    pub area: Area,
    /// One entry per year of [`Trend::years`].
    pub cells: Vec<Option<Slot>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trend {
    pub schema_version: u32,
    pub council: String,
    pub years: Vec<i32>,
    pub lines: Vec<TrendLine>,
    /// How many (area, year) cells have sources that disagree.
    pub conflicts: usize,
    pub reports: Vec<String>,
    /// The letters between inspections (focused and monitoring visits, joint
    /// targeted area inspections), each in its year.
    pub visits: Vec<super::Visit>,
    /// The councils this one was formed from (Cumbria for Cumberland), whose
    /// reports the trend follows back, and the year it was formed.
    #[serde(default)]
    pub formed_from: Vec<String>,
    #[serde(default)]
    pub formed: Option<i32>,
    /// The councils that replaced this one, and the year they did.
    #[serde(default)]
    pub replaced_by: Vec<String>,
    #[serde(default)]
    pub replaced: Option<i32>,
}

/// One council over the years, followed back through the councils it was
/// formed from (a new unitary's trend starts with its county's reports).
pub fn trend(reports: &[Report], council: &str) -> Trend {
    let registry = crate::council::Registry::get();
    let (formed, formed_from) = registry
        .predecessors(council)
        .map_or((None, Vec::new()), |(y, p)| {
            (Some(y), p.iter().map(|s| s.to_string()).collect())
        });
    let (replaced, replaced_by) = registry
        .successors(council)
        .map_or((None, Vec::new()), |(y, s)| {
            (Some(y), s.iter().map(|s| s.to_string()).collect())
        });
    let lineage: Vec<&str> = std::iter::once(council)
        .chain(formed_from.iter().map(String::as_str))
        .collect();
    let of = trend_of(reports, &lineage, council);
    Trend {
        formed_from,
        formed,
        replaced_by,
        replaced,
        ..of
    }
}

/// The trend of the reports about any of `councils`, named `council`.
fn trend_of(reports: &[Report], councils: &[&str], council: &str) -> Trend {
    let mine: Vec<&Report> = reports
        .iter()
        .filter(|r| councils.contains(&r.council_name()))
        .collect();
    let mut years: Vec<i32> = mine
        .iter()
        .flat_map(|r| r.judgements.iter().filter_map(|j| j.year))
        .collect();
    years.sort();
    years.dedup();
    let mut keys: Vec<(Scope, Area)> = mine
        .iter()
        .flat_map(|r| r.judgements.iter().map(|j| (j.scope, j.area)))
        .collect();
    keys.sort();
    keys.dedup();
    let lines: Vec<TrendLine> = keys
        .into_iter()
        .map(|(scope, area)| TrendLine {
            scope,
            area,
            cells: years
                .iter()
                .map(|&y| {
                    collect_slot(mine.iter().flat_map(|r| {
                        r.judgements
                            .iter()
                            .filter(move |j| {
                                j.year == Some(y) && j.scope == scope && j.area == area
                            })
                            .map(move |j| (*r, j))
                    }))
                })
                .collect(),
        })
        .collect();
    let conflicts = lines
        .iter()
        .flat_map(|l| l.cells.iter().flatten())
        .filter(|s| s.conflict)
        .count();
    let visits: Vec<super::Visit> = councils
        .iter()
        .flat_map(|c| super::visits(reports, c))
        .collect();
    let mut used: Vec<String> = mine
        .iter()
        .filter(|r| !r.judgements.is_empty())
        .map(|r| r.file.clone())
        .chain(visits.iter().map(|v| v.file.clone()))
        .collect();
    used.sort();
    used.dedup();
    Trend {
        schema_version: SCHEMA_VERSION,
        council: council.to_string(),
        years,
        lines,
        conflicts,
        reports: used,
        visits,
        formed_from: Vec::new(),
        formed: None,
        replaced_by: Vec::new(),
        replaced: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{judged, report};

    #[test]
    fn a_councils_grades_by_year_and_where_two_sources_disagree() {
        let ilacs = |start, end, raw, level| {
            let r = report(DocumentKind::IlacsInspection, "Bromley", start, end);
            judged(r, Area::OverallEffectiveness, raw, Some(level))
        };
        let mut again = ilacs("2023-11-13", "2023-11-17", "Good", Level::Good);
        again.file = "another copy.pdf".to_string();
        let reports = vec![
            ilacs("2018-11-05", "2018-11-16", "Good", Level::Good),
            ilacs(
                "2023-11-13",
                "2023-11-17",
                "Outstanding",
                Level::Outstanding,
            ),
            again,
            ilacs("2019-05-07", "2019-05-17", "Good", Level::Good).clone(),
        ];
        let mut reports = reports;
        // Another council's report is not this council's trend.
        reports[3].council = Some(Council::known(
            crate::council::Registry::get().resolve("Bexley").unwrap(),
            None,
        ));
        let t = trend(&reports, "Bromley");
        assert_eq!(t.years, [2018, 2023]);
        assert_eq!(t.lines.len(), 1);
        assert_eq!(t.conflicts, 1);
        let cells: Vec<bool> = t.lines[0]
            .cells
            .iter()
            .map(|c| c.as_ref().unwrap().conflict)
            .collect();
        assert_eq!(cells, [false, true]);
    }

    #[test]
    fn a_new_council_is_followed_back_through_the_one_it_replaced() {
        let county = judged(
            report(
                DocumentKind::IlacsInspection,
                "Cumbria",
                "2022-01-10",
                "2022-01-21",
            ),
            Area::OverallEffectiveness,
            "Requires improvement to be good",
            Some(Level::Adequate),
        );
        let unitary = judged(
            report(
                DocumentKind::IlacsInspection,
                "Cumberland",
                "2025-02-03",
                "2025-02-14",
            ),
            Area::OverallEffectiveness,
            "Good",
            Some(Level::Good),
        );
        let reports = vec![county, unitary];
        let t = trend(&reports, "Cumberland");
        assert_eq!(t.years, [2022, 2025]);
        assert_eq!(t.formed_from, ["Cumbria"]);
        assert_eq!(t.formed, Some(2023));
        let c = trend(&reports, "Cumbria");
        assert_eq!(c.years, [2022]);
        assert_eq!(c.replaced_by, ["Cumberland", "Westmorland and Furness"]);
        // A council that did not change has neither.
        assert!(trend(&reports, "Bromley").formed_from.is_empty());
    }
}

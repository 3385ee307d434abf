//! Councils side by side: their grades for the chosen years, their strengths and
//! areas for improvement per outcome, and the weaknesses they share.

use super::themes::themes_of;
use super::{Slot, collect_slot};
use crate::model::*;
use serde::{Deserialize, Serialize};

/// One column of a comparison: a council in a year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Column {
    pub council: String,
    pub year: i32,
}

/// One judgement area across the columns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GradeLine {
    pub scope: Scope,
    pub area: Area,
    /// One entry per column; `null` where that council has no such judgement that year.
    pub cells: Vec<Option<Slot>>,
}

/// Strengths and areas for improvement of one column under one outcome.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ColumnFindings {
    pub strengths: Vec<String>,
    pub areas_for_improvement: Vec<String>,
}

/// One outcome (or other heading) across the columns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FindingsLine {
    pub area: Option<Area>,
    /// The area's title, or the heading the findings stand under.
    pub title: String,
    pub cells: Vec<ColumnFindings>,
}

/// A weakness theme that two or more councils are told to improve.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedTheme {
    pub theme: String,
    pub mentions: Vec<Mention>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub council: String,
    pub year: i32,
    pub text: String,
}

/// The whole comparison, as every output format renders it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comparison {
    pub schema_version: u32,
    pub columns: Vec<Column>,
    pub grades: Vec<GradeLine>,
    pub findings: Vec<FindingsLine>,
    pub shared_weaknesses: Vec<SharedTheme>,
    /// Without years asked for, the kind of report compared: the most recent
    /// kind every council has, each council's latest (`null` where they share
    /// none, and each council's latest year is shown).
    #[serde(default)]
    pub kind: Option<DocumentKind>,
    /// Councils asked for that no report is about (or none for the years asked).
    pub without_reports: Vec<String>,
    /// The documents the comparison used.
    pub reports: Vec<String>,
    /// Each council's letters between inspections since its last graded
    /// inspection or assessment.
    pub visits: Vec<super::Visit>,
}

/// Every (scope, area) any column has a grade for, in the framework's order, with
/// what each column's sources say.
pub fn grade_lines(reports: &[Report], columns: &[Column]) -> Vec<GradeLine> {
    let mut keys: Vec<(Scope, Area)> = Vec::new();
    for col in columns {
        for r in reports.iter().filter(|r| r.council_name() == col.council) {
            keys.extend(
                r.judgements
                    .iter()
                    .filter(|j| j.year == Some(col.year))
                    .map(|j| (j.scope, j.area)),
            );
        }
    }
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .map(|(scope, area)| GradeLine {
            scope,
            area,
            cells: columns
                .iter()
                .map(|col| {
                    collect_slot(
                        reports
                            .iter()
                            .filter(|r| r.council_name() == col.council)
                            .flat_map(|r| {
                                r.judgements
                                    .iter()
                                    .filter(|j| {
                                        j.year == Some(col.year)
                                            && j.scope == scope
                                            && j.area == area
                                    })
                                    .map(move |j| (r, j))
                            }),
                    )
                })
                .collect(),
        })
        .collect()
}

/// Compares councils (canonical names) in the given years, or else in the latest
/// year they all have grades for, or else each in its own latest year.
pub fn compare(reports: &[Report], councils: &[String], years: &[i32]) -> Comparison {
    let (columns, without_reports, kind) = choose_columns(reports, councils, years);
    let grades = grade_lines(reports, &columns);
    let mut used: Vec<String> = reports
        .iter()
        .filter(|r| {
            columns.iter().any(|c| {
                c.council == r.council_name() && r.judgements.iter().any(|j| j.year == Some(c.year))
            })
        })
        .map(|r| r.file.clone())
        .collect();
    let (lines, themes) = findings_lines(reports, &columns, &mut used);
    let visits = letters_since_inspection(reports, councils);
    used.extend(visits.iter().map(|v| v.file.clone()));
    used.sort();
    used.dedup();
    Comparison {
        schema_version: SCHEMA_VERSION,
        columns,
        grades,
        findings: lines,
        shared_weaknesses: shared_weaknesses(themes),
        kind,
        without_reports,
        reports: used,
        visits,
    }
}

/// The columns: each council's years asked for that it has grades for; without
/// years, each council's latest report of the most recent kind they all have
/// (its latest judgement year; the years may differ), else each council's
/// latest year with grades. Also the councils with no column, and the kind.
fn choose_columns(
    reports: &[Report],
    councils: &[String],
    years: &[i32],
) -> (Vec<Column>, Vec<String>, Option<DocumentKind>) {
    let graded_years = |c: &str| -> Vec<i32> {
        let mut y: Vec<i32> = reports
            .iter()
            .filter(|r| r.council_name() == c)
            .flat_map(|r| r.judgements.iter().filter_map(|j| j.year))
            .collect();
        y.sort();
        y.dedup();
        y
    };
    let mut columns = Vec::new();
    let mut without_reports = Vec::new();
    let latest = |c: &str, kind: DocumentKind| -> Option<i32> {
        reports
            .iter()
            .filter(|r| r.council_name() == c && r.kind == kind)
            .flat_map(|r| r.judgements.iter().filter_map(|j| j.year))
            .max()
    };
    let kind = if years.is_empty() && !councils.is_empty() {
        DocumentKind::ALL
            .into_iter()
            .filter_map(|k| {
                let years: Option<Vec<i32>> = councils.iter().map(|c| latest(c, k)).collect();
                Some((years?.into_iter().min()?, k))
            })
            .max()
            .map(|(_, k)| k)
    } else {
        None
    };
    for c in councils {
        let have = graded_years(c);
        let chosen: Vec<i32> = if !years.is_empty() {
            years.iter().copied().filter(|y| have.contains(y)).collect()
        } else if let Some(k) = kind {
            latest(c, k).into_iter().collect()
        } else {
            have.last().copied().into_iter().collect()
        };
        if chosen.is_empty() {
            without_reports.push(c.clone());
        }
        columns.extend(chosen.into_iter().map(|year| Column {
            council: c.clone(),
            year,
        }));
    }

    (columns, without_reports, kind)
}

/// A mention of a theme of what is to improve.
type ThemeMention = (String, Mention);

/// Each column's strengths and areas for improvement per outcome (letters
/// between inspections are listed apart), and the themes of what is to
/// improve; the documents read are added to `used`.
fn findings_lines(
    reports: &[Report],
    columns: &[Column],
    used: &mut Vec<String>,
) -> (Vec<FindingsLine>, Vec<ThemeMention>) {
    let mut lines: Vec<FindingsLine> = Vec::new();
    let mut themes: Vec<(String, Mention)> = Vec::new();
    for (i, col) in columns.iter().enumerate() {
        // Letters between inspections are listed apart (`visits`).
        for r in reports
            .iter()
            .filter(|r| r.council_name() == col.council && r.kind.is_graded())
        {
            for f in r.findings.iter().filter(|f| f.year == Some(col.year)) {
                let strength = match f.kind {
                    FindingKind::Strength => true,
                    FindingKind::AreaForImprovement | FindingKind::PriorityAction => false,
                    _ => continue,
                };
                used.push(r.file.clone());
                let title = f
                    .area
                    .map(|a| a.title().to_string())
                    .or_else(|| f.heading.clone())
                    .unwrap_or_else(|| "Other".to_string());
                let at = match lines
                    .iter()
                    .position(|l| l.area == f.area && l.title == title)
                {
                    Some(p) => p,
                    None => {
                        lines.push(FindingsLine {
                            area: f.area,
                            title,
                            cells: vec![ColumnFindings::default(); columns.len()],
                        });
                        lines.len() - 1
                    }
                };
                let cell = &mut lines[at].cells[i];
                if strength {
                    cell.strengths.push(f.text.clone());
                } else {
                    cell.areas_for_improvement.push(f.text.clone());
                    for t in themes_of(&f.text) {
                        themes.push((
                            t.to_string(),
                            Mention {
                                council: col.council.clone(),
                                year: col.year,
                                text: f.text.clone(),
                            },
                        ));
                    }
                }
            }
        }
    }
    lines.sort_by_key(|l| (l.area.is_none(), l.area, l.title.clone()));
    (lines, themes)
}

/// The themes of what is to improve that two councils or more share, the
/// commonest first.
fn shared_weaknesses(themes: Vec<ThemeMention>) -> Vec<SharedTheme> {
    let mut shared: Vec<SharedTheme> = Vec::new();
    for (theme, mention) in themes {
        match shared.iter_mut().find(|s| s.theme == theme) {
            Some(s) => s.mentions.push(mention),
            None => shared.push(SharedTheme {
                theme,
                mentions: vec![mention],
            }),
        }
    }
    shared.retain(|s| {
        let mut c: Vec<&str> = s.mentions.iter().map(|m| m.council.as_str()).collect();
        c.sort();
        c.dedup();
        c.len() >= 2
    });
    shared.sort_by(|a, b| {
        b.mentions
            .len()
            .cmp(&a.mentions.len())
            .then(a.theme.cmp(&b.theme))
    });

    shared
}

/// The letters since each council's last graded document.
fn letters_since_inspection(reports: &[Report], councils: &[String]) -> Vec<super::Visit> {
    let mut visits = Vec::new();
    for c in councils {
        let last = reports
            .iter()
            .filter(|r| r.council_name() == c && !r.judgements.is_empty())
            .filter_map(|r| {
                r.dates
                    .inspection_end
                    .or(r.dates.published)
                    .or(r.dates.letter)
            })
            .max();
        visits.extend(
            super::visits(reports, c)
                .into_iter()
                .filter(|v| last.is_none_or(|l| v.end.is_some_and(|e| e > l))),
        );
    }
    visits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{judged, report};

    fn with_item(mut r: Report, text: &str) -> Report {
        let source = Source {
            line: 40,
            page: Some(2),
            text: text.to_string(),
        };
        r.findings.push(Finding::new(
            FindingKind::AreaForImprovement,
            text.to_string(),
            r.year,
            source,
        ));
        r
    }

    fn reports() -> Vec<Report> {
        let ilacs = |council, end: &str, level| {
            let r = report(DocumentKind::IlacsInspection, council, end, end);
            judged(r, Area::OverallEffectiveness, "as printed", Some(level))
        };
        let apa = |council, level| {
            let r = report(DocumentKind::ApaLetter, council, "2005-10-01", "2005-10-01");
            judged(r, Area::ChildrensServices, "3", Some(level))
        };
        vec![
            with_item(
                ilacs("Bromley", "2023-11-17", Level::Outstanding),
                "The timeliness of initial health assessments.",
            ),
            with_item(
                ilacs("Bexley", "2019-05-17", Level::Good),
                "Health assessments for children in care.",
            ),
            with_item(
                ilacs("Kent", "2022-03-18", Level::Adequate),
                "The quality of return home interviews.",
            ),
            apa("Bromley", Level::Good),
            apa("Bexley", Level::Outstanding),
        ]
    }

    #[test]
    fn each_councils_latest_report_of_the_newest_kind_they_share() {
        let names = ["Bromley".to_string(), "Bexley".to_string()];
        let cmp = compare(&reports(), &names, &[]);
        assert_eq!(cmp.kind, Some(DocumentKind::IlacsInspection));
        let columns: Vec<(&str, i32)> = cmp
            .columns
            .iter()
            .map(|c| (c.council.as_str(), c.year))
            .collect();
        assert_eq!(columns, [("Bromley", 2023), ("Bexley", 2019)]);
        // A year asked for is each council's that year.
        let cmp = compare(&reports(), &names, &[2005]);
        assert_eq!(cmp.kind, None);
        assert_eq!(cmp.columns.len(), 2);
        assert!(cmp.columns.iter().all(|c| c.year == 2005));
    }

    #[test]
    fn a_weakness_in_common_is_one_two_councils_name() {
        let all = ["Bromley", "Bexley", "Kent"].map(String::from);
        let cmp = compare(&reports(), &all, &[]);
        let shared: Vec<(&str, usize)> = cmp
            .shared_weaknesses
            .iter()
            .map(|s| (s.theme.as_str(), s.mentions.len()))
            .collect();
        // Kent's item shares no theme with the others'.
        assert_eq!(
            shared,
            [
                ("assessment quality and timeliness", 2),
                ("health of children in care", 2)
            ]
        );
    }
}

//! The columns of the rows that both a command and the workbook write:
//! grades, findings, inspections and their summary. Each column is said once
//! (see [`super::columns`]); the CSV header, the terminal table and the
//! workbook's sheet and README sheet are made from it.

use super::columns::{Col, Columns, Value, spaced};
use super::table::{Cell, Fit};
use super::{Tabular, opt};
use apa::analysis::inspections::{COLUMNS, InspectionRow, SummaryRow};
use apa::analysis::{FindingRow, GradeRow};
use apa::model::Scope;

/// What a level column holds, for the workbook's README sheet.
const LEVELS: &str = "outstanding, good, adequate (also 'requires improvement'), inadequate";

/// A block of a 2009-2013 inspection, as a table shows it: nothing where the
/// report has one block.
fn scope_cell(scope: Scope) -> Cell {
    match scope {
        Scope::None => Cell::text(""),
        s => Cell::text(spaced(s.as_str())),
    }
}

impl Tabular for GradeRow {
    /// The source and the printed grade stay whole; kind, scope and area
    /// wrap at their words; narrow tables show level codes and leave out
    /// scope, kind, the printed grade and the source, in that order.
    fn columns() -> Columns<GradeRow> {
        Columns(vec![
            Col::new("council", "The council", |r: &GradeRow| {
                Value::text(&r.council)
            })
            .shown(Fit::Whole),
            Col::new("year", "The year the judgement is about", |r: &GradeRow| {
                Value::int(r.year)
            })
            .shown(Fit::Whole),
            Col::new("kind", "The kind of document", |r: &GradeRow| {
                Value::word(r.kind.as_str())
            })
            .shown(Fit::Wrap)
            .drop(4),
            Col::new(
                "scope",
                "The block a 2009-2013 judgement belongs to (safeguarding, looked_after), else none",
                |r: &GradeRow| Value::word(r.scope.as_str()),
            )
            .shown(Fit::Wrap)
            .drop(5)
            .cell(|r| scope_cell(r.scope)),
            Col::new("area", "The judgement", |r: &GradeRow| {
                Value::word(r.area.to_string())
            })
            .shown(Fit::Wrap),
            Col::new("raw", "The grade as printed", |r: &GradeRow| {
                Value::text(&r.raw)
            })
            .shown_as("grade", Fit::Wrap)
            .drop(3)
            .cell(|r| Cell::text(r.raw.clone()).colour(r.level)),
            Col::new(
                "level",
                format!("The grade on one scale: {LEVELS}; SEND outcomes apart"),
                |r: &GradeRow| Value::Level(r.level),
            )
            .shown(Fit::Short),
            Col::new("score", "4 best to 1 worst (SEND: 3 to 1)", |r: &GradeRow| {
                Value::int(r.score)
            }),
            Col::source("source", "Where the grade was read", |r: &GradeRow| &r.source)
            .shown(Fit::Source)
            .drop(2),
        ])
    }
}

impl Tabular for FindingRow {
    /// The text takes the room; narrow tables leave out the area, the kind,
    /// the timescale and the source, in that order.
    fn columns() -> Columns<FindingRow> {
        Columns(vec![
            Col::new("council", "The council", |r: &FindingRow| {
                Value::text(&r.council)
            })
            .shown(Fit::Whole),
            Col::new("year", "The year of the document", |r: &FindingRow| {
                Value::int(r.year)
            })
            .shown(Fit::Whole),
            Col::new(
                "kind",
                "The list the item stands in: strength, area_for_improvement, priority_action, area_for_exploration, action",
                |r: &FindingRow| Value::word(r.kind.as_str()),
            )
            .shown(Fit::Wrap)
            .drop(4),
            Col::new(
                "scope",
                "The block of a 2009-2013 inspection, else none",
                |r: &FindingRow| Value::word(r.scope.as_str()),
            ),
            Col::new(
                "area",
                "The outcome or judgement it is listed under, where there is one (lscb: the LSCB's own)",
                |r: &FindingRow| Value::word(opt(&r.area)),
            )
            .shown(Fit::Wrap)
            .drop(5),
            Col::new(
                "timescale",
                "immediately, within_three_months or within_six_months (2009-2013 inspections)",
                |r: &FindingRow| Value::word(r.timescale.map(|t| t.as_str()).unwrap_or_default()),
            )
            .shown(Fit::Wrap)
            .drop(3),
            Col::new("text", "The item, whole, as printed", |r: &FindingRow| {
                Value::text(&r.text)
            })
            .shown(Fit::Wrap)
            .min(30),
            Col::source("source", "Where the item was read", |r: &FindingRow| &r.source)
            .shown(Fit::Source)
            .drop(2),
            Col::new(
                "theme",
                "Its main theme (data/themes.csv)",
                |r: &FindingRow| Value::opt(&r.theme),
            ),
        ])
    }
}

/// The inspections table's header for each judgement column.
const JUDGEMENT_HEADERS: [&str; COLUMNS.len()] = [
    "OE", "H&P", "LAC", "Adopt", "CL", "Lead", "LSCB", "SEND", "CS",
];

impl Tabular for InspectionRow {
    /// Judgements as level codes, coloured; the kind wraps and, in narrow
    /// tables, is left out first.
    fn columns() -> Columns<InspectionRow> {
        let date = |key, meaning, get: fn(&InspectionRow) -> _| {
            Col::new(key, meaning, move |r: &InspectionRow| Value::Date(get(r)))
        };
        let mut cols = vec![
            Col::new(
                "council",
                "The council, by its short canonical name",
                |r: &InspectionRow| Value::text(&r.council),
            )
            .shown(Fit::Wrap)
            .label(),
            Col::new("la_code", "DfE three-digit LA code", |r: &InspectionRow| {
                Value::opt(&r.la_code)
            }),
            Col::new("ons_code", "ONS code", |r: &InspectionRow| {
                Value::opt(&r.ons_code)
            }),
            Col::new("region", "The council's region", |r: &InspectionRow| {
                Value::opt(&r.region)
            }),
            Col::new(
                "kind",
                "The kind of document (apa_letter, sif_inspection, ilacs_inspection, focused_visit, ...)",
                |r: &InspectionRow| Value::word(r.kind.as_str()),
            )
            .shown(Fit::Wrap)
            .drop(3),
            Col::new(
                "framework",
                "The framework and its variant (sif, ilacs_short, ilacs_standard, ...), where there is one",
                |r: &InspectionRow| Value::word(r.framework.map(|f| f.as_str()).unwrap_or_default()),
            ),
            Col::new(
                "year",
                "The year the inspection or visit ended (for an APA letter or council paper, the year it rates)",
                |r: &InspectionRow| Value::int(r.year),
            )
            .shown(Fit::Whole)
            .label(),
            date("inspection_start", "The first day on site (a date)", |r| {
                r.inspection_start
            }),
            date("inspection_end", "The last day on site (a date)", |r| {
                r.inspection_end
            }),
            date(
                "published",
                "The publication date the report prints, else the one Ofsted's site gives (a date)",
                |r| r.published,
            ),
            date("letter", "The date of a letter (a date)", |r| r.letter),
        ];
        cols.extend(judgement_columns());
        cols.extend([
            Col::new(
                "areas_for_improvement",
                "How many areas for improvement the document sets",
                |r: &InspectionRow| Value::count(r.areas_for_improvement),
            )
            .shown_as("AFI", Fit::Whole)
            .drop(2),
            Col::new(
                "priority_actions",
                "How many priority actions the document sets",
                |r: &InspectionRow| Value::count(r.priority_actions),
            )
            .shown_as("PA", Fit::Whole)
            .drop(1),
            Col::new("file", "The document read", |r: &InspectionRow| {
                Value::text(&r.file)
            }),
            Col::new(
                "url",
                "Where Ofsted publishes the document (for one from the library `apa fetch` keeps)",
                |r: &InspectionRow| Value::opt(&r.url),
            ),
        ]);
        Columns(cols)
    }
}

/// An inspection row's judgements, a column each: its level (as a code in a
/// table).
fn judgement_columns() -> Vec<Col<InspectionRow>> {
    COLUMNS
        .iter()
        .zip(JUDGEMENT_HEADERS)
        .map(|(&area, header)| {
            Col::new(
                area.as_str(),
                format!(
                    "The {} judgement's level: {LEVELS}; SEND: positive, inconsistent, systemic_failings",
                    area.title().to_lowercase()
                ),
                move |r: &InspectionRow| Value::Level(r.level(area)),
            )
            .shown_as(header, Fit::Whole)
            .cell(move |r| {
                let level = r.level(area);
                Cell::text(level.map(|l| l.code()).unwrap_or_default()).colour(level)
            })
        })
        .collect()
}

impl Tabular for SummaryRow {
    fn columns() -> Columns<SummaryRow> {
        Columns(vec![
            Col::new("group", "England, or a region", |r: &SummaryRow| {
                Value::text(&r.group)
            })
            .shown(Fit::Wrap),
            Col::new("judgement", "The judgement", |r: &SummaryRow| {
                Value::word(r.judgement.to_string())
            })
            .shown(Fit::Wrap),
            Col::new("level", "The level", |r: &SummaryRow| {
                Value::Level(Some(r.level))
            })
            .shown(Fit::Wrap)
            .cell(|r| Cell::text(spaced(&r.level.to_string())).colour(Some(r.level))),
            Col::new(
                "count",
                "How many councils' latest inspections give the judgement that level",
                |r: &SummaryRow| Value::count(r.count),
            )
            .shown(Fit::Wrap),
            Col::new(
                "share",
                "The share of the group's councils with that judgement",
                |r: &SummaryRow| Value::Share(r.share),
            )
            .shown(Fit::Wrap),
        ])
    }
}

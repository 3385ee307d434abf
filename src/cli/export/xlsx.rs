//! `apa export xlsx`: the data set as an Excel workbook built for analysts:
//! typed cells (dates as dates, years, scores and counts as numbers), frozen
//! header rows, autofilters, column widths from the content, levels filled
//! with the HTML report's colours, and a README sheet that says what every
//! column means.

use crate::cli::output::palette::{LEVELS, swatch};
use apa::analysis::SourceRef;
use apa::analysis::dataset::Dataset;
use apa::analysis::inspections::{COLUMNS, InspectionRow};
use apa::model::{Date, Level};
use rust_xlsxwriter::{
    Color, ConditionalFormatCell, ConditionalFormatCellRule, ExcelDateTime, Format, FormatBorder,
    Workbook, XlsxError,
};
use std::path::Path;

/// A value in a cell, typed.
enum V {
    Text(String),
    Number(f64),
    Date(Date),
    Level(Option<Level>),
}

fn text(s: impl Into<String>) -> V {
    V::Text(s.into())
}

fn opt_text<T: ToString>(v: &Option<T>) -> V {
    V::Text(v.as_ref().map(ToString::to_string).unwrap_or_default())
}

fn number(n: Option<impl Into<f64>>) -> V {
    match n {
        Some(n) => V::Number(n.into()),
        None => V::Text(String::new()),
    }
}

/// A sheet: its name, what it holds, its columns with their meanings, rows.
struct Sheet {
    name: &'static str,
    about: &'static str,
    columns: Vec<(String, String)>,
    rows: Vec<Vec<V>>,
}

const INSPECTION_COLUMNS: [(&str, &str); 11] = [
    ("council", "The council, by its short canonical name"),
    ("la_code", "DfE three-digit LA code"),
    ("ons_code", "ONS code"),
    ("region", "The council's region"),
    (
        "kind",
        "The kind of document (apa_letter, sif_inspection, ilacs_inspection, focused_visit, ...)",
    ),
    (
        "framework",
        "The framework and its variant (sif, ilacs_short, ilacs_standard, ...), where there is one",
    ),
    (
        "year",
        "The year the inspection or visit ended (for an APA letter or council paper, the year it rates)",
    ),
    ("inspection_start", "The first day on site (a date)"),
    ("inspection_end", "The last day on site (a date)"),
    (
        "published",
        "The publication date the report prints (a date)",
    ),
    ("letter", "The date of a letter (a date)"),
];

fn inspection_sheet(name: &'static str, about: &'static str, rows: &[InspectionRow]) -> Sheet {
    let mut columns: Vec<(String, String)> = INSPECTION_COLUMNS
        .iter()
        .map(|(c, m)| (c.to_string(), m.to_string()))
        .collect();
    columns.extend(COLUMNS.iter().map(|a| {
        (
            a.as_str().to_string(),
            format!(
                "The {} judgement's level: outstanding, good, adequate (also 'requires improvement'), inadequate; SEND: positive, inconsistent, systemic_failings",
                a.title().to_lowercase()
            ),
        )
    }));
    columns.extend([
        (
            "areas_for_improvement".to_string(),
            "How many areas for improvement the document sets".to_string(),
        ),
        (
            "priority_actions".to_string(),
            "How many priority actions the document sets".to_string(),
        ),
        ("file".to_string(), "The document read".to_string()),
    ]);
    let date = |d: &Option<Date>| d.map(V::Date).unwrap_or_else(|| text(""));
    let rows = rows
        .iter()
        .map(|r| {
            let mut v = vec![
                text(r.council.clone()),
                opt_text(&r.la_code),
                opt_text(&r.ons_code),
                opt_text(&r.region),
                text(r.kind.as_str()),
                text(r.framework.map(|f| f.as_str()).unwrap_or_default()),
                number(r.year),
                date(&r.inspection_start),
                date(&r.inspection_end),
                date(&r.published),
                date(&r.letter),
            ];
            v.extend(COLUMNS.iter().map(|a| V::Level(r.level(*a))));
            v.extend([
                V::Number(r.areas_for_improvement as f64),
                V::Number(r.priority_actions as f64),
                text(r.file.clone()),
            ]);
            v
        })
        .collect();
    Sheet {
        name,
        about,
        columns,
        rows,
    }
}

fn columns(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(c, m)| (c.to_string(), m.to_string()))
        .collect()
}

fn source_cells(s: &SourceRef) -> [V; 3] {
    [
        text(s.file.clone()),
        number(s.page),
        V::Number(s.line as f64),
    ]
}

const SOURCE_COLUMNS: [(&str, &str); 3] = [
    ("file", "The document the value was read from"),
    ("page", "Its page (PDF documents)"),
    ("line", "Its line in the document's text"),
];

fn sheets(d: &Dataset) -> Vec<Sheet> {
    let mut out = vec![
        inspection_sheet(
            "Inspections",
            "One row per inspection or letter, as `apa inspections`",
            &d.inspections,
        ),
        inspection_sheet(
            "Latest",
            "Each council's latest graded inspection (and latest area SEND inspection), as `apa inspections --latest`",
            &d.latest,
        ),
    ];
    let mut grade_columns = columns(&[
        ("council", "The council"),
        ("year", "The year the judgement is about"),
        ("kind", "The kind of document"),
        (
            "scope",
            "The block a 2009-2013 judgement belongs to (safeguarding, looked_after), else none",
        ),
        ("area", "The judgement"),
        ("raw", "The grade as printed"),
        (
            "level",
            "The grade on one scale: outstanding, good, adequate (also 'requires improvement'), inadequate; SEND outcomes apart",
        ),
        ("score", "4 best to 1 worst (SEND: 3 to 1)"),
    ]);
    grade_columns.extend(columns(&SOURCE_COLUMNS));
    out.push(Sheet {
        name: "Grades",
        about: "One row per graded judgement, as `apa grades`",
        columns: grade_columns,
        rows: d
            .grades
            .iter()
            .map(|g| {
                let mut v = vec![
                    text(g.council.clone()),
                    number(g.year),
                    text(g.kind.as_str()),
                    text(g.scope.as_str()),
                    text(g.area.as_str()),
                    text(g.raw.clone()),
                    V::Level(g.level),
                    number(g.score),
                ];
                v.extend(source_cells(&g.source));
                v
            })
            .collect(),
    });
    let mut finding_columns = columns(&[
        ("council", "The council"),
        ("year", "The year of the document"),
        (
            "section",
            "The list the item stands in: strength, area_for_improvement, priority_action, area_for_exploration, action",
        ),
        ("scope", "The block of a 2009-2013 inspection, else none"),
        (
            "area",
            "The outcome or judgement it is listed under, where there is one",
        ),
        (
            "timescale",
            "immediately, within_three_months or within_six_months (2009-2013 inspections)",
        ),
        ("text", "The item, whole, as printed"),
        ("theme", "Its main theme (data/themes.csv)"),
    ]);
    finding_columns.extend(columns(&SOURCE_COLUMNS));
    out.push(Sheet {
        name: "Findings",
        about: "One row per strength, area for improvement or priority action, as `apa findings`",
        columns: finding_columns,
        rows: d
            .findings
            .iter()
            .map(|f| {
                let mut v = vec![
                    text(f.council.clone()),
                    number(f.year),
                    text(f.kind.as_str()),
                    text(f.scope.as_str()),
                    text(f.area.map(|a| a.as_str()).unwrap_or_default()),
                    text(f.timescale.map(|t| t.as_str()).unwrap_or_default()),
                    text(f.text.clone()),
                    opt_text(&f.theme),
                ];
                v.extend(source_cells(&f.source));
                v
            })
            .collect(),
    });
    out.push(Sheet {
        name: "Summary",
        about: "Each council's latest inspection counted per level: England, then each region, as `apa inspections --latest --summary`",
        columns: columns(&[
            ("group", "England, or a region"),
            ("judgement", "The judgement"),
            ("level", "The level"),
            ("count", "How many councils' latest inspections give the judgement that level"),
            ("share", "The share of the group's councils with that judgement"),
        ]),
        rows: d
            .summary
            .iter()
            .map(|s| {
                vec![
                    text(s.group.clone()),
                    text(s.judgement.as_str()),
                    V::Level(Some(s.level)),
                    V::Number(s.count as f64),
                    V::Number(s.share),
                ]
            })
            .collect(),
    });
    let mut sources: Vec<Vec<V>> = Vec::new();
    for (i, g) in d.grades.iter().enumerate() {
        let mut v = vec![
            text("Grades"),
            V::Number((i + 2) as f64),
            text(g.council.clone()),
            number(g.year),
            text(format!("{}: {}", g.area.as_str(), g.raw)),
        ];
        v.extend(source_cells(&g.source));
        sources.push(v);
    }
    for (i, f) in d.findings.iter().enumerate() {
        let mut v = vec![
            text("Findings"),
            V::Number((i + 2) as f64),
            text(f.council.clone()),
            number(f.year),
            text(f.text.clone()),
        ];
        v.extend(source_cells(&f.source));
        sources.push(v);
    }
    let mut source_columns = columns(&[
        ("sheet", "The sheet the value is on"),
        ("row", "Its row there"),
        ("council", "The council"),
        ("year", "The year"),
        ("value", "The value"),
    ]);
    source_columns.extend(columns(&SOURCE_COLUMNS));
    out.push(Sheet {
        name: "Sources",
        about: "Where every grade and finding was read: file, page and line",
        columns: source_columns,
        rows: sources,
    });
    out
}

fn rgb(c: u32) -> Color {
    Color::RGB(c)
}

fn excel_date(d: Date) -> Result<ExcelDateTime, XlsxError> {
    ExcelDateTime::from_ymd(d.year as u16, d.month, d.day)
}

/// The widest a column grows; longer text wraps.
const MAX_WIDTH: usize = 70;

fn write_sheet(book: &mut Workbook, sheet: &Sheet) -> Result<(), XlsxError> {
    let header = Format::new()
        .set_bold()
        .set_background_color(rgb(0xD9D9D9))
        .set_border_bottom(FormatBorder::Thin);
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let share = Format::new().set_num_format("0%");
    let wrap = Format::new().set_text_wrap();
    let ws = book.add_worksheet();
    ws.set_name(sheet.name)?;
    let mut widths: Vec<usize> = sheet.columns.iter().map(|(c, _)| c.len() + 2).collect();
    for (col, (name, _)) in sheet.columns.iter().enumerate() {
        ws.write_string_with_format(0, col as u16, name, &header)?;
    }
    for (i, row) in sheet.rows.iter().enumerate() {
        let r = (i + 1) as u32;
        for (col, v) in row.iter().enumerate() {
            let c = col as u16;
            let shown = match v {
                V::Text(s) if s.is_empty() => 0,
                V::Text(s) if s.chars().count() > MAX_WIDTH => {
                    ws.write_string_with_format(r, c, s, &wrap)?;
                    MAX_WIDTH
                }
                V::Text(s) => {
                    ws.write_string(r, c, s)?;
                    s.chars().count()
                }
                V::Number(n) if sheet.columns[col].0 == "share" => {
                    ws.write_number_with_format(r, c, *n, &share)?;
                    5
                }
                V::Number(n) => {
                    ws.write_number(r, c, *n)?;
                    n.to_string().len()
                }
                V::Date(d) => {
                    ws.write_datetime_with_format(r, c, excel_date(*d)?, &date)?;
                    10
                }
                V::Level(Some(l)) => {
                    ws.write_string(r, c, l.as_str())?;
                    l.as_str().len()
                }
                V::Level(None) => 0,
            };
            widths[col] = widths[col].max(shown + 2);
        }
    }
    for (col, w) in widths.iter().enumerate() {
        ws.set_column_width(col as u16, (*w).min(MAX_WIDTH + 2) as f64)?;
    }
    ws.set_freeze_panes(1, 0)?;
    let last_row = sheet.rows.len() as u32;
    let last_col = (sheet.columns.len() - 1) as u16;
    ws.autofilter(0, 0, last_row.max(1), last_col)?;
    // Levels filled with the report's colours, wherever a column holds them.
    let level_columns = (0..sheet.columns.len())
        .filter(|&c| sheet.rows.iter().any(|r| matches!(r[c], V::Level(Some(_)))));
    for col in level_columns {
        for level in LEVELS {
            let s = swatch(level);
            let fill = Format::new()
                .set_background_color(rgb(s.fill))
                .set_font_color(rgb(s.text));
            let rule = ConditionalFormatCell::new()
                .set_rule(ConditionalFormatCellRule::EqualTo(level.as_str()))
                .set_format(fill);
            ws.add_conditional_format(1, col as u16, last_row.max(1), col as u16, &rule)?;
        }
    }
    Ok(())
}

fn write_readme(book: &mut Workbook, sheets: &[Sheet]) -> Result<(), XlsxError> {
    let bold = Format::new().set_bold();
    let header = Format::new()
        .set_bold()
        .set_background_color(rgb(0xD9D9D9))
        .set_border_bottom(FormatBorder::Thin);
    let wrap = Format::new().set_text_wrap();
    let ws = book.add_worksheet();
    ws.set_name("README")?;
    ws.write_string_with_format(
        0,
        0,
        "Children's services inspections, read by apa from the reports listed on the Inspections sheet",
        &bold,
    )?;
    ws.write_string(
        1,
        0,
        "Levels are filled by colour and always written as words; 'adequate' also stands for 'requires improvement'.",
    )?;
    let mut r = 3;
    for (col, name) in ["sheet", "column", "meaning"].iter().enumerate() {
        ws.write_string_with_format(r, col as u16, *name, &header)?;
    }
    for sheet in sheets {
        r += 1;
        ws.write_string_with_format(r, 0, sheet.name, &bold)?;
        ws.write_string_with_format(r, 2, sheet.about, &wrap)?;
        for (column, meaning) in &sheet.columns {
            r += 1;
            ws.write_string(r, 0, sheet.name)?;
            ws.write_string(r, 1, column)?;
            ws.write_string_with_format(r, 2, meaning, &wrap)?;
        }
    }
    ws.set_column_width(0, 14)?;
    ws.set_column_width(1, 26)?;
    ws.set_column_width(2, 100)?;
    ws.set_freeze_panes(4, 0)?;
    Ok(())
}

/// Writes `data` as a workbook at `path`.
pub fn write_workbook(data: &Dataset, path: &Path) -> anyhow::Result<()> {
    let sheets = sheets(data);
    let mut book = Workbook::new();
    write_readme(&mut book, &sheets)?;
    for s in &sheets {
        write_sheet(&mut book, s)?;
    }
    book.save(path)
        .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    Ok(())
}

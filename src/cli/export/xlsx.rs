//! `apa export xlsx`: the data set as an Excel workbook built for analysts:
//! typed cells (dates as dates, years, scores and counts as numbers), frozen
//! header rows, autofilters, column widths from the content, levels filled
//! with the HTML report's colours, and a README sheet that says what every
//! column means.

use crate::cli::output::palette::{LEVELS, swatch};
use crate::cli::output::{Tabular, Value};
use apa::analysis::SourceRef;
use apa::analysis::dataset::Dataset;
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
    /// A web address, written as a link.
    Link(String),
}

fn text(s: impl Into<String>) -> V {
    V::Text(s.into())
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

fn source_cells(s: &SourceRef) -> [V; 4] {
    [
        text(s.file.clone()),
        number(s.page),
        V::Number(s.line as f64),
        match &s.url {
            Some(u) => V::Link(match s.page {
                Some(p) => format!("{u}#page={p}"),
                None => u.clone(),
            }),
            None => text(""),
        },
    ]
}

/// A source is four columns in a workbook, so that a filter can take a file
/// or a page, and a click opens Ofsted's copy.
const SOURCE_COLUMNS: [(&str, &str); 4] = [
    ("file", "The document the value was read from"),
    ("page", "Its page (PDF documents)"),
    ("line", "Its line in the document's text"),
    (
        "url",
        "Where Ofsted publishes the document, at the page (documents from the library `apa fetch` keeps)",
    ),
];

/// A value's cells: one, or a source's three.
fn cells(value: Value, out: &mut Vec<V>) {
    match value {
        Value::Text(s) | Value::Word(s) => out.push(V::Text(s)),
        Value::Int(n) => out.push(number(n.map(|n| n as f64))),
        Value::Share(s) => out.push(V::Number(s)),
        Value::Date(d) => out.push(d.map_or_else(|| text(""), V::Date)),
        Value::Level(l) => out.push(V::Level(l)),
        Value::Source(s) => out.extend(source_cells(&s)),
    }
}

/// The most characters an Excel cell holds.
const CELL_MAX: usize = 32_767;

/// Cuts a text too long for a cell, ending it with an ellipsis; the length it
/// had, where it was cut.
fn cut_to_cell(text: &mut String) -> Option<usize> {
    let n = text.chars().count();
    if n <= CELL_MAX {
        return None;
    }
    let at = text
        .char_indices()
        .nth(CELL_MAX - 1)
        .map_or(text.len(), |(i, _)| i);
    text.truncate(at);
    text.push('…');
    Some(n)
}

/// A sheet of rows, with the columns the command that lists them writes
/// (`Tabular::columns`: the same keys, meanings and values), a source as its
/// file, page and line.
fn sheet<R: Tabular>(name: &'static str, about: &'static str, rows: &[R]) -> Sheet {
    let cols = R::columns();
    let mut columns = Vec::new();
    for c in &cols.0 {
        if c.is_source() {
            columns.extend(SOURCE_COLUMNS.map(|(k, m)| (k.to_string(), m.to_string())));
        } else {
            columns.push((c.key.to_string(), c.meaning.to_string()));
        }
    }
    let rows = rows
        .iter()
        .map(|r| {
            let mut v = Vec::with_capacity(columns.len());
            for c in &cols.0 {
                cells(c.value(r), &mut v);
            }
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

fn sheets(d: &Dataset) -> Vec<Sheet> {
    let mut out = vec![
        sheet(
            "Inspections",
            "One row per inspection or letter, as `apa inspections`",
            &d.inspections,
        ),
        sheet(
            "Latest",
            "Each council's latest graded inspection (and latest area SEND inspection), as `apa inspections --latest`",
            &d.latest,
        ),
        sheet(
            "Grades",
            "One row per graded judgement, as `apa grades`",
            &d.grades,
        ),
        sheet(
            "Findings",
            "One row per strength, area for improvement or priority action, as `apa findings`",
            &d.findings,
        ),
        sheet(
            "Summary",
            "Each council's latest inspection counted per level: England, then each region, as `apa inspections --latest --summary`",
            &d.summary,
        ),
    ];
    out.push(sources(d));
    out
}

/// Where every grade and finding was read, one row each, pointing at its row.
fn sources(d: &Dataset) -> Sheet {
    let mut rows: Vec<Vec<V>> = Vec::new();
    let mut push =
        |sheet: &str, i: usize, council: &str, year: Option<i32>, value: String, s: &SourceRef| {
            let mut v = vec![
                text(sheet),
                V::Number((i + 2) as f64),
                text(council),
                number(year),
                text(value),
            ];
            v.extend(source_cells(s));
            rows.push(v);
        };
    for (i, g) in d.grades.iter().enumerate() {
        let value = format!("{}: {}", g.area.as_str(), g.raw);
        push("Grades", i, &g.council, g.year, value, &g.source);
    }
    for (i, f) in d.findings.iter().enumerate() {
        push("Findings", i, &f.council, f.year, f.text.clone(), &f.source);
    }
    let columns: Vec<(String, String)> = [
        ("sheet", "The sheet the value is on"),
        ("row", "Its row there"),
        ("council", "The council"),
        ("year", "The year"),
        ("value", "The value"),
    ]
    .iter()
    .chain(&SOURCE_COLUMNS)
    .map(|(c, m)| (c.to_string(), m.to_string()))
    .collect();
    Sheet {
        name: "Sources",
        about: "Where every grade and finding was read: file, page and line",
        columns,
        rows,
    }
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
    let file_column = sheet.columns.iter().position(|(c, _)| c == "file");
    for (i, row) in sheet.rows.iter().enumerate() {
        let r = (i + 1) as u32;
        for (col, v) in row.iter().enumerate() {
            let c = col as u16;
            let cut;
            let v = match v {
                V::Text(t) if t.chars().count() > CELL_MAX => {
                    let mut t = t.clone();
                    let whole = cut_to_cell(&mut t).unwrap_or_default();
                    let file = file_column.and_then(|f| match &row[f] {
                        V::Text(f) => Some(format!("{f}: ")),
                        _ => None,
                    });
                    crate::cli::output::say(&format!(
                        "apa: note: {}sheet {}, row {}, column {}: {whole} characters, more than a cell holds ({CELL_MAX}); cut there (CSV and JSON keep it whole)",
                        file.unwrap_or_default(),
                        sheet.name,
                        i + 2,
                        sheet.columns[col].0
                    ));
                    cut = V::Text(t);
                    &cut
                }
                v => v,
            };
            let shown = match v {
                V::Text(s) if s.is_empty() => 0,
                V::Link(u) | V::Text(u) if sheet.columns[col].0 == "url" => {
                    // A link Excel cannot hold (past its length) stays text.
                    if ws
                        .write_url(r, c, rust_xlsxwriter::Url::new(u.as_str()))
                        .is_err()
                    {
                        ws.write_string(r, c, u)?;
                    }
                    u.chars().count().min(40)
                }
                V::Link(u) => {
                    ws.write_string(r, c, u)?;
                    u.chars().count().min(40)
                }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_longer_than_a_cell_is_cut_there() {
        let mut t = "é".repeat(CELL_MAX + 10);
        assert_eq!(cut_to_cell(&mut t), Some(CELL_MAX + 10));
        assert_eq!(t.chars().count(), CELL_MAX);
        assert!(t.ends_with('…'));
        let mut short = "fits".to_string();
        assert_eq!(cut_to_cell(&mut short), None);
        assert_eq!(short, "fits");
    }
}

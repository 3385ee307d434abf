//! A row type's columns, each said once: its key (the CSV, markdown and
//! workbook header), what it means (the workbook's README sheet), its typed
//! value, and how a terminal table shows it, if it does. The CSV header and
//! cells, the table's columns and cells, and the workbook's sheet are all made
//! from this one list (see [`super::rows`] for the lists themselves).

use super::table::{Cell, Column, Fit};
use apa::analysis::SourceRef;
use apa::model::{Date, Level};
use std::borrow::Cow;

/// A cell's value, typed, so that each format writes it its own way.
#[derive(Debug, Clone)]
pub enum Value {
    /// Text, written as it is.
    Text(String),
    /// A key in snake case (`ilacs_inspection`, `looked_after`): as it is in
    /// data, its words spaced in a table.
    Word(String),
    /// A whole number, or nothing.
    Int(Option<i64>),
    /// A share from 0 to 1: three decimals in CSV, a percentage in a table, a
    /// number in the workbook.
    Share(f64),
    Date(Option<Date>),
    /// A level: its name in data, its word or code in a table, a filled cell
    /// in the workbook.
    Level(Option<Level>),
    /// Where a value was read: `file:line` in CSV, the file's name and line in
    /// a table, its file, page and line in the workbook.
    Source(SourceRef),
}

impl Value {
    pub fn text(s: impl Into<String>) -> Value {
        Value::Text(s.into())
    }

    pub fn word(s: impl Into<String>) -> Value {
        Value::Word(s.into())
    }

    pub fn int(n: Option<impl Into<i64>>) -> Value {
        Value::Int(n.map(Into::into))
    }

    pub fn count(n: usize) -> Value {
        Value::Int(i64::try_from(n).ok())
    }

    /// Nothing, or the text of something.
    pub fn opt<T: ToString>(v: &Option<T>) -> Value {
        Value::Text(opt(v))
    }

    /// The value as CSV and markdown write it.
    pub fn csv(&self) -> String {
        match self {
            Value::Text(s) | Value::Word(s) => s.clone(),
            Value::Int(n) => opt(n),
            Value::Share(s) => format!("{s:.3}"),
            Value::Date(d) => opt(d),
            Value::Level(l) => opt(l),
            Value::Source(s) => s.to_string(),
        }
    }

    /// The value as a terminal table shows it, unless its column says otherwise.
    fn cell(&self) -> Cell {
        match self {
            Value::Word(s) => Cell::text(spaced(s)),
            Value::Share(s) => Cell::text(format!("{:.0}%", s * 100.0)),
            Value::Level(l) => Cell::grade(spaced(&opt(l)), *l),
            Value::Source(s) => Cell::text(short_source(s)),
            other => Cell::text(other.csv()),
        }
    }
}

/// A column's own table cell.
type CellFn<R> = Box<dyn Fn(&R) -> Cell>;

/// How a terminal table shows a column.
pub struct Show<R> {
    header: &'static str,
    fit: Fit,
    drop: u8,
    min: usize,
    key: bool,
    cell: Option<CellFn<R>>,
}

/// One column of a row type `R`.
pub struct Col<R> {
    pub key: &'static str,
    pub meaning: Cow<'static, str>,
    value: Box<dyn Fn(&R) -> Value>,
    /// Whether the value is where something was read (the workbook gives it
    /// three columns).
    source: bool,
    table: Option<Show<R>>,
}

impl<R> Col<R> {
    /// A column that only the machine formats (CSV, markdown, the workbook) carry.
    pub fn new(
        key: &'static str,
        meaning: impl Into<Cow<'static, str>>,
        value: impl Fn(&R) -> Value + 'static,
    ) -> Col<R> {
        Col {
            key,
            meaning: meaning.into(),
            value: Box::new(value),
            source: false,
            table: None,
        }
    }

    /// A column of where each row's value was read.
    pub fn source(
        key: &'static str,
        meaning: impl Into<Cow<'static, str>>,
        get: impl Fn(&R) -> &SourceRef + 'static,
    ) -> Col<R> {
        let mut c = Col::new(key, meaning, move |r: &R| Value::Source(get(r).clone()));
        c.source = true;
        c
    }

    pub fn is_source(&self) -> bool {
        self.source
    }

    /// Shown in a terminal table under its key, giving way as `fit` says.
    pub fn shown(self, fit: Fit) -> Col<R> {
        let header = self.key;
        self.shown_as(header, fit)
    }

    /// Shown in a terminal table under a header of its own.
    pub fn shown_as(mut self, header: &'static str, fit: Fit) -> Col<R> {
        self.table = Some(Show {
            header,
            fit,
            drop: 0,
            min: 0,
            key: false,
            cell: None,
        });
        self
    }

    fn show(mut self, f: impl FnOnce(&mut Show<R>)) -> Col<R> {
        if let Some(s) = self.table.as_mut() {
            f(s);
        }
        self
    }

    /// Left out of a table short of room; higher goes first.
    pub fn drop(self, order: u8) -> Col<R> {
        self.show(|s| s.drop = order)
    }

    /// A wrapping column's least width in a table.
    pub fn min(self, min: usize) -> Col<R> {
        self.show(|s| s.min = min)
    }

    /// A row label: the table's first columns, repeated in every part of a
    /// table printed in parts.
    pub fn label(self) -> Col<R> {
        self.show(|s| s.key = true)
    }

    /// The table's cell, where it is not the value as a table shows it.
    pub fn cell(self, cell: impl Fn(&R) -> Cell + 'static) -> Col<R> {
        self.show(|s| s.cell = Some(Box::new(cell)))
    }

    pub fn value(&self, row: &R) -> Value {
        (self.value)(row)
    }
}

/// The columns of a row type, in order.
pub struct Columns<R>(pub Vec<Col<R>>);

impl<R> Columns<R> {
    pub fn keys(&self) -> Vec<&'static str> {
        self.0.iter().map(|c| c.key).collect()
    }

    pub fn csv_row(&self, row: &R) -> Vec<String> {
        self.0.iter().map(|c| c.value(row).csv()).collect()
    }

    /// The columns a table shows: the row labels first, then the others, each
    /// in the list's order.
    fn shown(&self) -> Vec<(&Col<R>, &Show<R>)> {
        let shown = self.0.iter().filter_map(|c| Some((c, c.table.as_ref()?)));
        let (labels, rest): (Vec<_>, Vec<_>) = shown.partition(|(_, s)| s.key);
        labels.into_iter().chain(rest).collect()
    }

    pub fn table_columns(&self) -> Vec<Column> {
        self.shown()
            .into_iter()
            .map(|(_, s)| {
                let c = Column::new(s.header, s.fit).drop(s.drop).min(s.min);
                if s.key { c.key() } else { c }
            })
            .collect()
    }

    pub fn table_row(&self, row: &R) -> Vec<Cell> {
        self.shown()
            .into_iter()
            .map(|(c, s)| match &s.cell {
                Some(cell) => cell(row),
                None => c.value(row).cell(),
            })
            .collect()
    }
}

/// `file:line` with the folders left out, for tables.
pub fn short_source(source: &apa::analysis::SourceRef) -> String {
    let file = source.file.as_str();
    let name = file.rsplit(['/', '\\']).next().unwrap_or(file);
    format!(
        "{}:{}",
        name.strip_prefix("sample:").unwrap_or(name),
        source.line
    )
}

pub fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_default()
}

/// A key in snake case as words, for people: `looked_after` as "looked after".
pub fn spaced(key: &str) -> String {
    key.replace('_', " ")
}

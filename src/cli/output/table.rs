//! Table layout: every column's width decided from its content and what kind of
//! column it is, so that tables fit the width they are given (COLUMNS, the
//! terminal, else 120) without breaking a code, a grade or a source mid-word.
//!
//! Columns give way in this order until the table fits:
//! 1. text columns wrap at spaces, down to their longest word;
//! 2. sources are shortened from the left ("…letter.txt:179");
//! 3. level columns show codes (O, G, RI, I) instead of words;
//! 4. columns a reader can best do without are left out, and a note on stderr
//!    says which (CSV and JSON keep every column);
//! 5. a matrix too wide for the width is printed in parts, each repeating its
//!    row labels.

use super::style::{Paint, Style, visible};
use apa::model::Level;
use comfy_table::{Cell as TableCell, ColumnConstraint, ContentArrangement, Table, Width};
use std::io::{self, Write};

/// How a column gives way when the table is short of room.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    /// Shown whole: names, codes, numbers, dates.
    Whole,
    /// Wraps at spaces (never inside a word of up to `LONG_WORD` letters).
    Wrap,
    /// A `file:line`, shortened from the left with an ellipsis.
    Source,
    /// Each cell's short form (a level code) where its text does not fit.
    Short,
}

/// Words longer than this (a web address in a finding) may be broken.
const LONG_WORD: usize = 30;
/// The narrowest a source is shortened to.
const SOURCE_MIN: usize = 16;

#[derive(Debug, Clone)]
pub struct Column {
    pub header: String,
    pub fit: Fit,
    /// 0: always shown; otherwise left out when short of room, highest first.
    pub drop: u8,
    /// The least width a wrapping column is given (where its content is wider).
    pub min: usize,
    /// A row label, repeated in every part of a matrix printed in parts.
    pub key: bool,
}

impl Column {
    pub fn new(header: impl Into<String>, fit: Fit) -> Column {
        Column {
            header: header.into(),
            fit,
            drop: 0,
            min: 0,
            key: false,
        }
    }

    /// Left out when short of room; higher goes first.
    pub fn drop(mut self, order: u8) -> Column {
        self.drop = order;
        self
    }

    /// A wrapping column's least width, so that text stays readable.
    pub fn min(mut self, min: usize) -> Column {
        self.min = min;
        self
    }

    pub fn key(mut self) -> Column {
        self.key = true;
        self
    }
}

/// One cell: its text, a short form for `Fit::Short` columns, and the level
/// it is coloured by.
#[derive(Debug, Clone, Default)]
pub struct Cell {
    pub text: String,
    pub short: Option<String>,
    pub level: Option<Level>,
}

impl Cell {
    pub fn text(text: impl Into<String>) -> Cell {
        Cell {
            text: visible(&text.into()).into_owned(),
            ..Cell::default()
        }
    }

    /// Coloured by a level.
    pub fn colour(mut self, level: Option<Level>) -> Cell {
        self.level = level;
        self
    }

    /// A grade: its text, coloured by level, with the level's code as short form.
    pub fn grade(text: impl Into<String>, level: Option<Level>) -> Cell {
        let text = visible(&text.into()).into_owned();
        let short = match level {
            Some(l) => l.code().to_string(),
            None if text.is_empty() => String::new(),
            None => "?".to_string(),
        };
        Cell {
            text,
            short: Some(short),
            level,
        }
    }
}

/// A table before layout.
#[derive(Debug, Clone)]
pub struct Grid {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
    pub paint: Paint,
}

/// What the layout decided.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Plan {
    /// The columns shown, each with its width (content, without padding).
    shown: Vec<(usize, usize)>,
    /// Whether short forms are used.
    short: bool,
}

fn width(s: &str) -> usize {
    s.chars().count()
}

fn longest_word(s: &str) -> usize {
    s.split([' ', '\n']).map(width).max().unwrap_or(0)
}

fn longest_line(s: &str) -> usize {
    s.split('\n').map(width).max().unwrap_or(0)
}

/// The width of a table whose columns have these content widths: padding of
/// one either side and a border between and around.
fn table_width(widths: impl Iterator<Item = usize>) -> usize {
    let (sum, n) = widths.fold((0, 0), |(s, n), w| (s + w, n + 1));
    sum + 3 * n + 1
}

impl Grid {
    pub fn new(columns: Vec<Column>, paint: Paint) -> Grid {
        Grid {
            columns,
            rows: Vec::new(),
            paint,
        }
    }

    pub fn push(&mut self, row: Vec<Cell>) {
        debug_assert_eq!(row.len(), self.columns.len());
        self.rows.push(row);
    }

    fn cell_text<'a>(&self, cell: &'a Cell, col: usize, short: bool) -> &'a str {
        match (self.columns[col].fit, short, &cell.short) {
            (Fit::Short, true, Some(s)) => s,
            _ => &cell.text,
        }
    }

    /// (natural, least) content width of a column.
    fn bounds(&self, col: usize, short: bool, squeeze: bool) -> (usize, usize) {
        let c = &self.columns[col];
        let cells = self
            .rows
            .iter()
            .map(|r| self.cell_text(&r[col], col, short));
        let header_word = longest_word(&c.header);
        let natural = cells.clone().map(longest_line).max().unwrap_or(0);
        let natural = natural.max(header_word);
        let least = match c.fit {
            Fit::Whole => natural,
            Fit::Wrap | Fit::Short => cells
                .map(|t| longest_word(t).min(LONG_WORD))
                .max()
                .unwrap_or(0)
                .max(header_word)
                .max(c.min.min(natural)),
            Fit::Source if squeeze => natural.min(SOURCE_MIN.max(header_word)),
            Fit::Source => natural,
        };
        // A header wider than its column's content may wrap at its spaces.
        // A header wraps at its spaces only when the column is squeezed.
        let natural = natural.max(least).max(width(&c.header));
        (natural, least)
    }

    /// Widths for the given columns in `room` characters, or `None` when even
    /// their least widths do not fit; `squeeze` lets sources be shortened.
    fn fit(
        &self,
        cols: &[usize],
        short: bool,
        squeeze: bool,
        room: usize,
    ) -> Option<Vec<(usize, usize)>> {
        let bounds: Vec<(usize, usize)> = cols
            .iter()
            .map(|&c| self.bounds(c, short, squeeze))
            .collect();
        if table_width(bounds.iter().map(|b| b.0)) <= room {
            return Some(
                cols.iter()
                    .copied()
                    .zip(bounds.iter().map(|b| b.0))
                    .collect(),
            );
        }
        let least = table_width(bounds.iter().map(|b| b.1));
        if least > room {
            return None;
        }
        // Sources take back what they can of the room left above the least
        // widths (a source is read whole or not at all); the other columns
        // share the rest in proportion to what each would like beyond its least.
        let mut spare = room - least;
        let mut widths: Vec<usize> = bounds.iter().map(|b| b.1).collect();
        for (i, &c) in cols.iter().enumerate() {
            if self.columns[c].fit == Fit::Source {
                let more = (bounds[i].0 - widths[i]).min(spare);
                widths[i] += more;
                spare -= more;
            }
        }
        let wants: usize = bounds.iter().zip(&widths).map(|((n, _), w)| n - w).sum();
        for ((n, _), w) in bounds.iter().zip(widths.iter_mut()) {
            *w += (n - *w) * spare / wants.max(1);
        }
        // Hand out what rounding left over, first come first served.
        let mut left = room - table_width(widths.iter().copied());
        for (w, (n, _)) in widths.iter_mut().zip(&bounds) {
            let more = (n - *w).min(left);
            *w += more;
            left -= more;
        }
        Some(cols.iter().copied().zip(widths).collect())
    }

    /// The plan for one table of `room` characters: all columns, else short
    /// forms, else without the columns that may be left out.
    fn plan(&self, room: usize) -> Option<Plan> {
        let mut cols: Vec<usize> = (0..self.columns.len()).collect();
        loop {
            // Text wraps first, then sources shorten, then levels become codes.
            for (short, squeeze) in [(false, false), (false, true), (true, true)] {
                if let Some(shown) = self.fit(&cols, short, squeeze, room) {
                    return Some(Plan { shown, short });
                }
            }
            // Leave out the column with the highest drop order.
            let next = cols
                .iter()
                .enumerate()
                .filter(|(_, c)| self.columns[**c].drop > 0)
                .max_by_key(|(i, c)| (self.columns[**c].drop, *i))
                .map(|(i, _)| i)?;
            cols.remove(next);
        }
    }

    /// The plans for the tables to print: one, or (a grid with key columns
    /// that does not fit even with short forms) parts that each repeat the keys.
    fn plans(&self, room: usize) -> Vec<Plan> {
        if let Some(p) = self.plan(room) {
            return vec![p];
        }
        let keys: Vec<usize> = (0..self.columns.len())
            .filter(|&c| self.columns[c].key)
            .collect();
        let rest: Vec<usize> = (0..self.columns.len())
            .filter(|&c| !self.columns[c].key)
            .collect();
        let least =
            |cols: &[usize]| table_width(cols.iter().map(|&c| self.bounds(c, true, true).1));
        if keys.is_empty() || rest.is_empty() {
            // Nothing to split by: the narrowest the table can be.
            let shown = (0..self.columns.len())
                .filter(|&c| self.columns[c].drop == 0)
                .map(|c| (c, self.bounds(c, true, true).1))
                .collect();
            return vec![Plan { shown, short: true }];
        }
        let mut parts: Vec<Vec<usize>> = vec![keys.clone()];
        for c in rest {
            let mut with = parts.last().unwrap().clone();
            with.push(c);
            if least(&with) > room && parts.last().unwrap().len() > keys.len() {
                parts.push(keys.iter().copied().chain([c]).collect());
            } else {
                *parts.last_mut().unwrap() = with;
            }
        }
        // Every part shows codes, so that the parts read alike.
        parts
            .iter()
            .map(|cols| {
                let shown = self.fit(cols, true, true, room).unwrap_or_else(|| {
                    cols.iter()
                        .map(|&c| (c, self.bounds(c, true, true).1))
                        .collect()
                });
                Plan { shown, short: true }
            })
            .collect()
    }

    fn table(&self, style: &Style, plan: &Plan) -> Table {
        let mut t = style.table();
        t.set_content_arrangement(ContentArrangement::Disabled);
        t.set_header(
            plan.shown
                .iter()
                .map(|(c, _)| self.columns[*c].header.clone()),
        );
        // comfy-table's absolute width counts the padding.
        t.set_constraints(
            plan.shown
                .iter()
                .map(|(_, w)| ColumnConstraint::Absolute(Width::Fixed((w + 2) as u16))),
        );
        for row in &self.rows {
            t.add_row(plan.shown.iter().map(|&(c, w)| {
                let cell = &row[c];
                let text = self.cell_text(cell, c, plan.short);
                let text = match self.columns[c].fit {
                    Fit::Source => shorten_left(text, w),
                    _ => text.to_string(),
                };
                if cell.short.is_some() || cell.level.is_some() {
                    // Grades are coloured; a cell without a level is dimmed.
                    style.level_cell(text, cell.level, self.paint)
                } else {
                    TableCell::new(text)
                }
            }));
        }
        t
    }

    /// The tables to print; the levels shown as codes (for a key under the
    /// tables); and, where columns were left out, a note for stderr.
    pub fn render(&self, style: &Style) -> (Vec<Table>, Vec<Level>, Option<String>) {
        let room = style.width();
        let plans = self.plans(room);
        let tables = plans.iter().map(|p| self.table(style, p)).collect();
        let mut coded: Vec<Level> = plans
            .iter()
            .filter(|p| p.short)
            .flat_map(|p| p.shown.iter().map(|(c, _)| *c))
            .filter(|&c| self.columns[c].fit == Fit::Short)
            .flat_map(|c| self.rows.iter().filter_map(move |r| r[c].level))
            .collect();
        coded.sort_by_key(|l| std::cmp::Reverse((!l.is_send_outcome(), l.score())));
        coded.dedup();
        let shown: Vec<usize> = plans
            .iter()
            .flat_map(|p| p.shown.iter().map(|(c, _)| *c))
            .collect();
        let left_out: Vec<&str> = (0..self.columns.len())
            .filter(|c| !shown.contains(c))
            .map(|c| self.columns[c].header.as_str())
            .collect();
        let note = (!left_out.is_empty()).then(|| {
            format!(
                "the table leaves out {} to fit {room} columns; set COLUMNS wider, or use --format csv for every column",
                left_out.join(", ")
            )
        });
        (tables, coded, note)
    }
}

/// A source shortened from the left to `room` characters, cut after a
/// separator where it can be: "…apa-letter.txt:179".
pub fn shorten_left(text: &str, room: usize) -> String {
    let n = width(text);
    if n <= room || room < 2 {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let first = n - (room - 1);
    // The earliest cut at or after `first` that follows a separator.
    let cut = (first..n)
        .find(|&i| i > 0 && matches!(chars[i - 1], '/' | '\\' | '-' | '_' | '.' | ' '))
        .filter(|&i| i < n.saturating_sub(4))
        .unwrap_or(first);
    format!("…{}", chars[cut..].iter().collect::<String>())
}

/// Prints a grid's tables, and on stderr what it left out to fit.
pub fn print_grid(grid: &Grid, style: &Style, out: &mut dyn Write) -> io::Result<()> {
    let (tables, coded, note) = grid.render(style);
    for (i, t) in tables.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        writeln!(out, "{t}")?;
    }
    if !coded.is_empty() {
        let key: Vec<String> = coded
            .iter()
            .map(|l| {
                // In running text: "RI requires improvement / adequate".
                let words = crate::cli::output::palette::words(*l);
                format!("{} {}{}", l.code(), words[..1].to_lowercase(), &words[1..])
            })
            .collect();
        let key = format!("Levels: {}.", key.join(", "));
        for line in wrap(&key, style.width()) {
            writeln!(out, "{line}")?;
        }
    }
    if let Some(note) = note {
        super::style::say(&format!("apa: note: {note}"));
    }
    Ok(())
}

/// Text in lines of at most `width` characters, broken at spaces.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split(' ') {
        match lines.last_mut() {
            Some(l) if l.chars().count() + 1 + word.chars().count() <= width => {
                l.push(' ');
                l.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(rows: &[[&str; 3]]) -> Grid {
        let mut g = Grid::new(
            vec![
                Column::new("council", Fit::Whole),
                Column::new("text", Fit::Wrap),
                Column::new("source", Fit::Source).drop(1),
            ],
            Paint::Text,
        );
        for r in rows {
            g.push(r.iter().map(|t| Cell::text(*t)).collect());
        }
        g
    }

    #[test]
    fn wraps_text_before_anything_else() {
        let g = grid(&[[
            "Bromley",
            "Improve the quality of plans for children in need",
            "bromley-2005-apa-letter.txt:179",
        ]]);
        let p = g.plan(60).unwrap();
        assert_eq!(p.shown.len(), 3);
        assert!(table_width(p.shown.iter().map(|s| s.1)) <= 60);
        assert_eq!(p.shown[0].1, 7);
        assert_eq!(
            p.shown[2].1, 31,
            "the source stays whole while text can wrap"
        );
    }

    #[test]
    fn shortens_sources_then_leaves_columns_out() {
        let g = grid(&[[
            "Bromley",
            "Improve planning",
            "bromley-2005-apa-letter.txt:179",
        ]]);
        let p = g.plan(44).unwrap();
        assert_eq!(p.shown.len(), 3);
        assert!(p.shown[2].1 < 31);
        let p = g.plan(30).unwrap();
        assert_eq!(p.shown.iter().map(|s| s.0).collect::<Vec<_>>(), [0, 1]);
    }

    #[test]
    fn shortening_cuts_after_a_separator() {
        assert_eq!(
            shorten_left("bromley-2005-apa-letter.txt:179", 20),
            "…apa-letter.txt:179"
        );
        assert_eq!(shorten_left("short.txt:1", 20), "short.txt:1");
    }
}

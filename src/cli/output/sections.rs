//! A document of sections (a title, then lines of text, tables and lists),
//! laid out once by a command and rendered by each format: the terminal (tables
//! fitted to the width) or markdown. `compare` and `trend` are written so, and
//! so their table and markdown forms say the same things.

use super::markdown::markdown;
use super::style::Style;
use super::table::{Grid, print_grid, wrap};
use std::io::{self, Write};

/// What a section holds, in order.
pub enum Block {
    /// Lines of text, each wrapped to the width in a terminal.
    Lines(Vec<String>),
    /// A table.
    Grid(Grid),
    /// A list, an item a line.
    Items(Vec<String>),
}

/// A title (written as it stands in a terminal; markdown makes it a heading)
/// and what stands under it.
pub struct Section {
    title: Option<String>,
    blocks: Vec<Block>,
}

impl Section {
    pub fn new(title: impl Into<String>) -> Section {
        Section {
            title: Some(title.into()),
            blocks: Vec::new(),
        }
    }

    /// A section with no title.
    pub fn untitled() -> Section {
        Section {
            title: None,
            blocks: Vec::new(),
        }
    }

    pub fn line(mut self, line: impl Into<String>) -> Section {
        match self.blocks.last_mut() {
            Some(Block::Lines(lines)) => lines.push(line.into()),
            _ => self.blocks.push(Block::Lines(vec![line.into()])),
        }
        self
    }

    pub fn grid(mut self, grid: Grid) -> Section {
        self.blocks.push(Block::Grid(grid));
        self
    }

    pub fn items(mut self, items: Vec<String>) -> Section {
        self.blocks.push(Block::Items(items));
        self
    }
}

/// Sections for a terminal: a blank line between sections, each title on a
/// line of its own, tables fitted to the width.
pub fn write_table(sections: &[Section], style: &Style, out: &mut dyn Write) -> io::Result<()> {
    for (i, s) in sections.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        if let Some(t) = &s.title {
            writeln!(out, "{t}")?;
        }
        for b in &s.blocks {
            match b {
                Block::Lines(lines) => {
                    for l in lines.iter().flat_map(|l| wrap(l, style.width())) {
                        writeln!(out, "{l}")?;
                    }
                }
                Block::Grid(g) => print_grid(g, style, out)?,
                Block::Items(items) => {
                    for item in items {
                        writeln!(out, "  {item}")?;
                    }
                }
            }
        }
    }
    Ok(())
}

/// Sections as markdown: titles as headings, tables as markdown tables (a
/// cell's lines joined by `<br>`), lists as lists.
pub fn write_markdown(sections: &[Section], out: &mut dyn Write) -> io::Result<()> {
    let mut first = true;
    let mut gap = |out: &mut dyn Write| -> io::Result<()> {
        if !std::mem::take(&mut first) {
            writeln!(out)?;
        }
        Ok(())
    };
    for s in sections {
        if let Some(t) = &s.title {
            gap(out)?;
            writeln!(out, "## {}", t.trim_end_matches(':'))?;
        }
        for b in &s.blocks {
            gap(out)?;
            match b {
                Block::Lines(lines) => {
                    for l in lines {
                        writeln!(out, "{l}")?;
                    }
                }
                Block::Grid(g) => {
                    let headers: Vec<String> = g.columns.iter().map(|c| c.header.clone()).collect();
                    let rows = g.rows.iter().map(|r| {
                        r.iter()
                            .map(|c| c.text.replace('\n', "<br>"))
                            .collect::<Vec<_>>()
                    });
                    markdown(&headers, rows, out)?;
                }
                Block::Items(items) => {
                    for item in items {
                        writeln!(out, "- {item}")?;
                    }
                }
            }
        }
    }
    Ok(())
}

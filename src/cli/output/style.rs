//! How terminal output looks: colour (auto, always, never; NO_COLOR and
//! TERM=dumb) and width (COLUMNS, the terminal's, else a fixed width).

use apa::model::Level;
use clap::ValueEnum;
use comfy_table::{Cell as TableCell, Color, ContentArrangement, Table, presets};
use std::io::{self, IsTerminal};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// How tables look: colour, and width (the terminal's, or a fixed one when
/// output goes to a file or pipe, so that output is the same on every machine).
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
    pub terminal: bool,
    /// CSV cells written as they are, formulas and all (`--csv-raw`).
    pub csv_raw: bool,
}

impl Style {
    pub fn new(choice: ColorChoice) -> Style {
        let terminal = io::stdout().is_terminal();
        // NO_COLOR (https://no-color.org) and a dumb terminal turn colour off
        // unless the user asks for it on the command line.
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
            || std::env::var_os("TERM").is_some_and(|t| t == "dumb");
        let color = match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => terminal && !no_color,
        };
        Style {
            color,
            terminal,
            csv_raw: false,
        }
    }

    /// How wide tables may be: COLUMNS where set; else the terminal's width,
    /// or a fixed width when output goes to a file or a pipe, so that output
    /// is the same on every machine.
    pub fn width(&self) -> usize {
        let columns = std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse::<u16>().ok())
            .filter(|&c| c >= 20);
        let terminal = || {
            self.terminal
                .then(|| Table::new().width())
                .flatten()
                .filter(|&w| w >= 20)
        };
        columns.or_else(terminal).unwrap_or(FIXED_WIDTH) as usize
    }

    /// A table in apa's style; the layout ([`super::table::Grid`]) sets its widths.
    pub fn table(&self) -> Table {
        let mut t = Table::new();
        t.load_style(presets::UTF8_FULL_CONDENSED);
        t.set_content_arrangement(ContentArrangement::Disabled);
        t.force_no_tty();
        if self.color {
            t.enforce_styling();
        }
        t
    }

    /// A cell showing a level, coloured by it on a terminal: its text, or
    /// (matrices) its background, with dark text on it so both read.
    pub fn level_cell(&self, text: String, level: Option<Level>, paint: Paint) -> TableCell {
        let cell = TableCell::new(text);
        if !self.color {
            return cell;
        }
        let colour = match level {
            Some(Level::Outstanding | Level::Positive) => Color::Green,
            Some(Level::Good) => Color::Cyan,
            Some(Level::Adequate | Level::Inconsistent) => Color::Yellow,
            Some(Level::Inadequate | Level::SystemicFailings) => Color::Red,
            None => return cell.fg(Color::DarkGrey),
        };
        match paint {
            Paint::Text => cell.fg(colour),
            Paint::Background => cell.bg(colour).fg(Color::Black),
        }
    }
}

/// Width of tables written to a file or pipe.
pub const FIXED_WIDTH: u16 = 120;

/// How cells are coloured: grade cells' text, or (matrices) their background.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paint {
    Text,
    Background,
}

/// Text as it may reach a terminal, a CSV file or a message: each control
/// character but a line break or a tab shown as its escape (`\u{1b}`), so
/// that a document or a file name can never clear a screen or move the
/// cursor.
pub fn visible(s: &str) -> std::borrow::Cow<'_, str> {
    escaped(s, |c| c.is_control() && c != '\n' && c != '\t')
}

/// Text for a message, which is one line: [`visible`], with line breaks and
/// tabs shown escaped too.
pub fn one_line(s: &str) -> std::borrow::Cow<'_, str> {
    escaped(s, char::is_control)
}

/// Writes one message on stderr, as [`one_line`] shows it: every message apa
/// gives (errors, notes, what it wrote) goes through here, so that none can
/// carry a control character from a file name or a document.
pub fn say(message: &str) {
    eprintln!("{}", one_line(message));
}

fn escaped(s: &str, hidden: impl Fn(char) -> bool) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(&hidden) {
        return s.into();
    }
    s.chars()
        .map(|c| {
            if hidden(c) {
                c.escape_unicode().to_string()
            } else {
                c.to_string()
            }
        })
        .collect::<String>()
        .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_shown_escaped() {
        assert_eq!(
            visible("plain \u{e9}\tand\nlines"),
            "plain \u{e9}\tand\nlines"
        );
        assert_eq!(visible("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(visible("x\u{7}\u{9b}y"), "x\\u{7}\\u{9b}y");
        assert_eq!(one_line("a\nb"), "a\\u{a}b");
    }
}

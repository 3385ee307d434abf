//! Lines joined into one string, remembering which line each piece came from:
//! a label or grade broken over two or three lines reads whole.

use super::line::{CleanLine, source_of};
use crate::model::Source;

/// Lines joined with single spaces, remembering which line each piece came from.
pub struct Flat<'a, 'b> {
    pub text: String,
    starts: Vec<(usize, &'a CleanLine<'b>)>,
}

impl<'a, 'b> Flat<'a, 'b> {
    pub fn new(lines: impl IntoIterator<Item = &'a CleanLine<'b>>) -> Flat<'a, 'b> {
        let mut text = String::new();
        let mut starts = Vec::new();
        for l in lines {
            if l.text.is_empty() {
                continue;
            }
            if !text.is_empty() {
                text.push(' ');
            }
            starts.push((text.len(), l));
            text.push_str(&l.text);
        }
        Flat { text, starts }
    }

    /// The line a byte offset of the joined text came from.
    pub fn line_at(&self, offset: usize) -> Option<&'a CleanLine<'b>> {
        let i = self.starts.partition_point(|(s, _)| *s <= offset);
        i.checked_sub(1).map(|i| self.starts[i].1)
    }

    /// A source spanning the lines from `start` to `end` (byte offsets).
    pub fn source(&self, start: usize, end: usize) -> Source {
        let first = self.line_at(start);
        let line = first.map_or(0, |l| l.no);
        let page = first.and_then(|l| l.page);
        let text = self.text.get(start..end).unwrap_or("").trim().to_string();
        source_of(line, page, &text)
    }
}

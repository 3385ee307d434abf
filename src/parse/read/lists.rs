//! Lists of what needs to improve, read the way the document lays them out: a
//! list starts at its heading ("What needs to improve?", "Areas for priority
//! action", "Recommendations", with a footnote mark or not), its items are the
//! bullets and numbered paragraphs under it, each running on over wrapped lines
//! and page breaks (a word hyphenated over a line is joined), sub-bullets belong
//! to their item, and a subheading inside the list ("Care leavers") groups
//! items. Where a heading has no bullet or numbered line under it at all (some
//! JTAI and visit letters), its paragraphs are its items. The list ends at the
//! next list's heading, at a heading the report's contents page lists, at a
//! letter's close, or at narrative. A statement that there is nothing to
//! list ("There are no areas for priority action.") is no item. What looks
//! wrong is said in a diagnostic, never guessed.

use crate::loose::loose;
use crate::model::*;
use crate::parse::doc::line::CleanLine;
use crate::parse::doc::{Class, Doc, closes_letter, numbered, strip_number};
use crate::parse::draft::Draft;
use crate::parse::read::judgements::heading_grade;
use crate::parse::text::words::strip_bullet;
use std::collections::HashSet;

/// What a list heading introduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ListKind {
    Improve,
    Priority,
    /// Read only where a kind's reader asks for strengths (joint inspections'
    /// letters list them); elsewhere a "Strengths" heading heads narrative.
    Strength,
}

/// A report's recommendations: in a report whose paragraphs are numbered
/// throughout, they come before its findings (paragraphs 1 to 9, findings from
/// 10), so their numbers never go on from a narrative's.
const RECOMMENDATIONS: &str = "Recommendations";

/// The kind of list a heading (a loose key) introduces, and its name.
fn list_heading(key: &str) -> Option<(ListKind, &'static str)> {
    let k = strip_number(key);
    let k = k.strip_prefix("the ").unwrap_or(k);
    Some(match k {
        "key strengths" | "strengths" => (ListKind::Strength, "Strengths"),
        // "The local authority has the following strengths:" introduces a list.
        k if introduces_strengths(k) => (ListKind::Strength, "Strengths"),
        "what needs to improve"
        | "what needs to improve in this local authority"
        | "what does the local authority need to improve"
        | "what needs to improve in this area of social work practice"
        | "what needs to improve in this area of practice"
        | "what does the lscb need to improve"
        | "what does the board need to improve" => (ListKind::Improve, "What needs to improve"),
        "areas for improvement" | "area for improvement" => {
            (ListKind::Improve, "Areas for improvement")
        }
        "recommendations" | "recommendation" => (ListKind::Improve, RECOMMENDATIONS),
        "areas for priority action" | "area for priority action" | "priority action" => {
            (ListKind::Priority, "Areas for priority action")
        }
        "priority and immediate action" | "priority and immediate actions" | "immediate action" => {
            (ListKind::Priority, "Priority and immediate action")
        }
        _ => return None,
    })
}

/// A heading that says a list of strengths follows ("The local authority has
/// the following strengths:"), which is read as one in any report.
fn introduces_strengths(key: &str) -> bool {
    key.ends_with("the following strengths") || key.ends_with("the following key strengths")
}

/// The parts of Ofsted's report templates that follow a list: a heading that
/// starts with one of these ends a list even where the report has no contents
/// page to say so (a topic such as "Care leavers" inside a list does not).
const REPORT_PARTS: [&str; 30] = [
    "inspection findings",
    "case study",
    "findings",
    "main findings",
    "headline findings",
    "overview",
    "next steps",
    "information about the local area partnership",
    "the local authority s strengths",
    "the lscb s strengths",
    "the board s strengths",
    "key strengths and weaknesses",
    "strengths and weaknesses",
    "summary for children and young people",
    "summary of findings",
    "summary of key findings",
    "executive summary",
    "information about this",
    "inspection judgements about",
    "inspection judgement about",
    "what the inspection judgements mean",
    "what the inspection judgments mean",
    "progress since the last inspection",
    "section 1",
    "section 2",
    "the local safeguarding children board",
    "local safeguarding children board",
    "the lscb",
    "record of main findings",
    "about this inspection",
];

/// Whether a heading starts another part of the report: one the contents page
/// lists, one of the template's parts, or a judgement's part, which prints its
/// grade ("Experiences and progress of children who need help and protection:
/// good"). The board's parts ("The LSCB", "The Local Safeguarding Children
/// Board") start a part only in a report that reviews the board (`lscb_parts`):
/// in a joint inspection's letter they are subheadings inside a list.
fn starts_part(l: &CleanLine, contents: &HashSet<String>, lscb_parts: bool) -> bool {
    let key = strip_number(l.key());
    let board = |p: &str| p.contains("lscb") || p.contains("safeguarding children board");
    contents.contains(key)
        || REPORT_PARTS
            .iter()
            .any(|p| key.starts_with(p) && (lscb_parts || !board(p)))
        || heading_grade(&l.text).is_some()
}

/// An item that says there is nothing to list.
fn says_none(text: &str) -> bool {
    let t = loose(text);
    [
        "there are no ",
        "there were no ",
        "there is no ",
        "the inspection did not find any",
        "the inspection did not identify any",
        "inspectors did not find any",
        "inspectors did not identify any",
        "no areas for",
        "none",
    ]
    .iter()
    .any(|p| t.starts_with(p) || t == p.trim())
}

/// About how many words make an item that is probably narrative.
const LONG_ITEM_WORDS: usize = 120;

/// Reads every list of what needs to improve. `lscb_from` is the line number
/// where the LSCB's review starts, if the report has one: lists after it, and
/// lists whose heading names the LSCB, are filed under the LSCB.
pub fn read_lists(doc: &Doc, lscb_from: Option<usize>, strengths: bool, d: &mut Draft) {
    let contents = doc.contents();
    let mut read_to = 0;
    // A heading over lists of its own ("What does the LSCB need to improve?"
    // over "Priority and immediate action" and "Areas for improvement") files
    // them as it files itself.
    let mut group_lscb = false;
    for section in &doc.sections {
        if section.heading < read_to {
            continue;
        }
        let Some((kind, name)) = list_heading(&section.key) else {
            continue;
        };
        if kind == ListKind::Strength && !strengths && !introduces_strengths(&section.key) {
            continue;
        }
        let line = &doc.lines[section.heading];
        let lscb = group_lscb
            || section.key.contains("lscb")
            || section.key.contains("the board")
            || lscb_from.is_some_and(|from| line.no >= from);
        let list = read_items(
            doc,
            section.body.start,
            &contents,
            lscb_from.is_some(),
            name == RECOMMENDATIONS,
        );
        read_to = list.end;
        group_lscb = lscb && list.ends_at_list;
        if let Some(n) = list.narrative_from {
            d.warn(
                Some(line.no),
                DiagnosticCode::EmptyList,
                format!(
                    "'{}' has no item in the document's text: the numbered paragraphs after it ({n} on) go on from the narrative before it ({})",
                    line.text,
                    n - 1
                ),
            );
        } else if list.items.is_empty() && !list.said_none && !list.ends_at_list {
            d.warn(
                Some(line.no),
                DiagnosticCode::EmptyList,
                format!("'{}' has no item under it", line.text),
            );
        }
        if let Some(stray) = stray_item(doc, &list) {
            d.warn(
                Some(doc.lines[stray].no),
                DiagnosticCode::ListCut,
                format!(
                    "the list under '{}' ended at line {}, but an item like its own follows at line {} before the next heading: items may be missing",
                    line.text,
                    doc.lines.get(list.end).map_or(0, |l| l.no),
                    doc.lines[stray].no
                ),
            );
        }
        for (text, source) in list.items {
            let words = text.split_whitespace().count();
            if words > LONG_ITEM_WORDS {
                d.warn(
                    Some(source.line),
                    DiagnosticCode::LongItem,
                    format!("an item of {words} words under '{}': narrative?", line.text),
                );
            }
            let finding_kind = match kind {
                ListKind::Improve => FindingKind::AreaForImprovement,
                ListKind::Priority => FindingKind::PriorityAction,
                ListKind::Strength => FindingKind::Strength,
            };
            d.add_finding(
                Finding::new(finding_kind, text, d.year(), source)
                    .filed(lscb.then_some(Area::Lscb))
                    .under(name.to_string()),
            );
        }
    }
}

/// A list as read.
struct List {
    items: Vec<(String, Source)>,
    /// The index of the line after the list.
    end: usize,
    /// The list said there was nothing to list.
    said_none: bool,
    /// The list ends at another list's heading.
    ends_at_list: bool,
    /// The numbered paragraphs under the heading go on from the narrative's
    /// numbering before it, from this number: they are not the list's.
    narrative_from: Option<u32>,
    /// The glyph of the list's own items.
    glyph: Option<char>,
}

/// The items from line `start` to the end of the list. `leads` says the
/// list's numbers lead the report's numbering, never going on from the
/// narrative before it.
fn read_items(
    doc: &Doc,
    start: usize,
    contents: &HashSet<String>,
    lscb_parts: bool,
    leads: bool,
) -> List {
    let mut r = ListReader {
        list: List {
            items: Vec::new(),
            end: doc.lines.len(),
            said_none: false,
            ends_at_list: false,
            narrative_from: None,
            glyph: None,
        },
        narrative_number: if leads {
            last_number_before(doc, start)
        } else {
            None
        },
        numbered_items: false,
        top_glyph: None,
        lscb_parts,
        in_sub: false,
        after_blank: false,
        page_break: false,
        last_page: doc.lines.get(start).and_then(|l| l.page),
        intro: 0,
        paragraphs: paragraphs_only(doc, start, contents, lscb_parts),
    };
    let mut i = start;
    while i < doc.lines.len() {
        let l = &doc.lines[i];
        match doc.class[i] {
            Class::Blank => {
                r.after_blank = true;
                i += 1;
                continue;
            }
            Class::Furniture | Class::Contents => {
                r.page_break = true;
                i += 1;
                continue;
            }
            _ => {}
        }
        if l.page != r.last_page {
            r.page_break = true;
            r.last_page = l.page;
        }
        let class = doc.class[i];
        if closes_letter(l.key()) {
            r.list.end = i;
            return r.finish();
        }
        if class == Class::Heading && list_heading(l.key()).is_some() {
            r.list.ends_at_list = true;
            r.list.end = i;
            return r.finish();
        }
        if let Some(next) = r.practice_study(doc, i) {
            i = next;
            continue;
        }
        if r.runs_on(class, l, contents) {
            i += 1;
            continue;
        }
        if let Some(next) = r
            .continuation(doc, i, contents)
            .or_else(|| r.lead_in(doc, i))
        {
            i = next;
            continue;
        }
        let step = match class {
            Class::Heading | Class::Row => r.heading(doc, i, contents),
            Class::Bullet { depth } => r.bullet(l, depth),
            Class::Numbered => r.numbered(l),
            Class::Text => r.text(l, contents),
            Class::Blank | Class::Furniture | Class::Contents => unreachable!("skipped above"),
        };
        match step {
            Step::Next => {}
            Step::Skip => {
                i += 1;
                continue;
            }
            Step::End => {
                r.list.end = i;
                return r.finish();
            }
        }
        r.after_blank = false;
        r.page_break = false;
        i += 1;
    }
    r.finish()
}

/// What a line does to the list being read.
enum Step {
    /// It was read; on to the next line.
    Next,
    /// It was read as an introduction; on to the next line, keeping what the
    /// layout said before it (a blank, a page break).
    Skip,
    /// The list ended before it.
    End,
}

/// A list being read, and what the lines before told of the layout.
struct ListReader {
    list: List,
    /// Whether the last item is numbered (a bullet under it is its sub-item).
    numbered_items: bool,
    /// The glyph of the list's own items: a bullet with another glyph ("−",
    /// "◦", "-" under "◼") is a sub-item of the item above it.
    top_glyph: Option<char>,
    /// The last bullet was a sub-item.
    in_sub: bool,
    /// The report reviews the LSCB: the board's headings start its part.
    lscb_parts: bool,
    after_blank: bool,
    page_break: bool,
    last_page: Option<u32>,
    /// Lines of introduction read before the first item.
    intro: usize,
    /// The list's items are plain paragraphs.
    paragraphs: bool,
    /// The number of the last numbered paragraph between the heading before
    /// the list's and the list's own.
    narrative_number: Option<u32>,
}

impl ListReader {
    fn finish(mut self) -> List {
        self.list.glyph = self.top_glyph;
        self.list
    }

    /// A box set beside the text ("Practice study: ...") that cuts an item
    /// short fills the rest of its page; the item goes on on the next. The
    /// line to read next, if line `i` starts such a box.
    fn practice_study(&mut self, doc: &Doc, mut i: usize) -> Option<usize> {
        let l = &doc.lines[i];
        if !(l.key().starts_with("practice study")
            && self
                .list
                .items
                .last()
                .is_some_and(|last| !finished(&last.0)))
        {
            return None;
        }
        let page = l.page;
        while i + 1 < doc.lines.len() && page.is_some() && doc.lines[i + 1].page == page {
            i += 1;
        }
        self.page_break = true;
        Some(i + 1)
    }

    /// An item's text running on after a page break: joined to it.
    fn runs_on(&mut self, class: Class, l: &CleanLine, contents: &HashSet<String>) -> bool {
        // A heading that starts another part of the report goes on with no
        // item, however the item before it ends ("... to ensure a sufficient
        // focus" / "Inspection findings – the Local Safeguarding Children Board").
        if class == Class::Heading && starts_part(l, contents, self.lscb_parts) {
            return false;
        }
        let Some(last) = self.list.items.last_mut() else {
            return false;
        };
        if self.page_break && matches!(class, Class::Text | Class::Heading) && continues(&last.0, l)
        {
            join_line(&mut last.0, &l.text);
            self.page_break = false;
            self.after_blank = false;
            return true;
        }
        false
    }

    /// An item's next paragraph: text without a glyph after a blank or a page
    /// break (often at the top of the next page), between two items of the
    /// list (or before a subheading inside it), is the item's. It is not one
    /// where the list does not go on after it (narrative after the list), or
    /// where it leads into what follows ("...:"). The line after it, if line
    /// `i` starts one.
    fn continuation(&mut self, doc: &Doc, i: usize, contents: &HashSet<String>) -> Option<usize> {
        if doc.class[i] != Class::Text
            || !(self.after_blank || self.page_break)
            || self.numbered_items
            || self.list.items.is_empty()
        {
            return None;
        }
        let end = (i..doc.lines.len())
            .find(|&j| doc.class[j] != Class::Text)
            .unwrap_or(doc.lines.len());
        if doc.lines[end - 1].text.trim_end().ends_with(':') {
            return None;
        }
        // The list goes on after it with an item of its own glyph, or with a
        // subheading over such items.
        let item = |n: usize| {
            matches!(doc.class[n], Class::Bullet { .. })
                && doc.lines[n].text.trim_start().chars().next() == self.top_glyph
        };
        let next = next_content(doc, end)?;
        let goes_on = item(next)
            || (doc.class[next] == Class::Heading
                && list_heading(doc.lines[next].key()).is_none()
                && !starts_part(&doc.lines[next], contents, self.lscb_parts)
                && next_content(doc, next + 1).is_some_and(item));
        if !goes_on {
            return None;
        }
        let last = self.list.items.last_mut()?;
        for line in &doc.lines[i..end] {
            join_line(&mut last.0, &line.text);
        }
        self.after_blank = false;
        self.page_break = false;
        Some(end)
    }

    /// A paragraph before the first item that leads into it, however long
    /// ("... In addition to the existing areas for priority action, the
    /// following areas for improvement have been identified at this visit:"):
    /// an introduction. The line after it, if line `i` starts one.
    fn lead_in(&mut self, doc: &Doc, i: usize) -> Option<usize> {
        if doc.class[i] != Class::Text || !self.list.items.is_empty() || self.list.said_none {
            return None;
        }
        let end = (i..doc.lines.len())
            .find(|&j| doc.class[j] != Class::Text)
            .unwrap_or(doc.lines.len());
        let next = next_content(doc, end)?;
        let leads = doc.lines[end - 1].text.trim_end().ends_with(':')
            && matches!(doc.class[next], Class::Bullet { .. } | Class::Numbered);
        if !leads || says_none(&doc.lines[i].text) {
            return None;
        }
        self.intro += 1;
        Some(end)
    }

    fn heading(&mut self, doc: &Doc, i: usize, contents: &HashSet<String>) -> Step {
        let l = &doc.lines[i];
        let next_is_item = next_content(doc, i + 1)
            .is_some_and(|n| matches!(doc.class[n], Class::Bullet { .. } | Class::Numbered));
        // An introduction that looks like a heading ("The local authority
        // needs to take swift and decisive action to address the following" /
        // "areas of weakness:").
        let introduces = self.list.items.is_empty()
            && self.intro == 0
            && next_content(doc, i + 1)
                .is_some_and(|n| doc.lines[n].text.ends_with(':') || l.text.ends_with(':'));
        if introduces && !starts_part(l, contents, self.lscb_parts) {
            self.intro += 1;
            return Step::Skip;
        }
        // A subheading inside the list groups the items under it; a heading
        // the contents page lists, or a part of the report's template, starts
        // another part.
        let next_is_paragraph = self.paragraphs
            && next_content(doc, i + 1).is_some_and(|n| doc.class[n] == Class::Text);
        if starts_part(l, contents, self.lscb_parts)
            || !(next_is_item || next_is_paragraph)
            || self.list.items.is_empty() && self.intro > 0
        {
            return Step::End;
        }
        if next_is_paragraph {
            // The paragraph under a subheading starts an item.
            self.after_blank = true;
            return Step::Skip;
        }
        Step::Next
    }

    fn bullet(&mut self, l: &CleanLine, depth: u8) -> Step {
        let body = strip_bullet(&l.text).unwrap_or(&l.text).to_string();
        let glyph = l.text.trim_start().chars().next();
        if self.list.items.is_empty() || self.top_glyph.is_none() {
            self.top_glyph = glyph;
        }
        // A sub-item: its glyph is not the list's own, or it stands under a
        // numbered item; with one glyph throughout, the glyph's depth says.
        // A bullet of another glyph after a finished item that starts like an
        // item of its own ("• The timeliness of assessments." / "- The
        // quality of plans.") is one: a sub-item follows an item that leads
        // into it ("including:"), or another sub-item, or starts in lower case.
        let leads_in = self.list.items.last().is_some_and(|last| {
            self.in_sub || !finished(&last.0) || last.0.trim_end().ends_with(':')
        }) || body.starts_with(char::is_lowercase);
        let sub = self.numbered_items
            || (!self.list.items.is_empty() && glyph != self.top_glyph && leads_in)
            || (depth > 0 && self.top_glyph.is_some_and(|g| !is_sub_glyph(g)) && leads_in);
        self.in_sub = sub && !self.numbered_items;
        match self.list.items.last_mut() {
            Some(last) if sub => join_sub_item(&mut last.0, &body),
            _ => push_item(&mut self.list, body, l),
        }
        Step::Next
    }

    fn numbered(&mut self, l: &CleanLine) -> Step {
        match self.list.items.last_mut() {
            // "(MAPPA-" / "2) meetings ...": a number that goes on with an
            // unfinished item, on the next line, is its text.
            Some(last) if !self.after_blank && !finished(&last.0) => {
                join_line(&mut last.0, &l.text);
            }
            // A report whose paragraphs are numbered throughout: the number
            // after the last before the heading is the narrative's, going on
            // (the list's own items are not in the text).
            None if number(&l.text)
                .is_some_and(|n| Some(n) == self.narrative_number.map(|b| b + 1)) =>
            {
                self.list.narrative_from = number(&l.text);
                return Step::End;
            }
            _ => {
                let body = numbered(&l.text).unwrap_or(&l.text).to_string();
                self.numbered_items = true;
                push_item(&mut self.list, body, l);
            }
        }
        Step::Next
    }

    fn text(&mut self, l: &CleanLine, contents: &HashSet<String>) -> Step {
        if self.paragraphs {
            return self.paragraph(l);
        }
        let list = &mut self.list;
        if !list.items.is_empty() && !self.after_blank {
            let last = list.items.last_mut().expect("an item");
            // A part's heading set with no space above it, after an item's
            // last sentence ("... statutory guidance." / "Main findings").
            let key = strip_number(l.key());
            if finished(&last.0) && (contents.contains(key) || REPORT_PARTS.contains(&key)) {
                return Step::End;
            }
            join_line(&mut last.0, &l.text);
        } else if list.items.is_empty() && !list.said_none && self.intro < 4 {
            // An introduction ("In order to improve, the local authority
            // should:"), or a statement that there is nothing to list.
            if says_none(&l.text) {
                list.said_none = true;
            }
            self.intro += 1;
        } else {
            // Narrative after the items: the list has ended.
            return Step::End;
        }
        Step::Next
    }
}

impl ListReader {
    /// A line of a list whose items are paragraphs: a paragraph after a blank
    /// is an item, unless it says there is nothing to list or leads into the
    /// next ("...:", replaced by it); its lines are its text.
    fn paragraph(&mut self, l: &CleanLine) -> Step {
        let list = &mut self.list;
        if list.said_none {
            return Step::End;
        }
        match list.items.last_mut() {
            Some(last) if !self.after_blank => join_line(&mut last.0, &l.text),
            Some(last) if last.0.trim_end().ends_with(':') => {
                // The paragraph before led into this one: an introduction.
                last.0 = l.text.to_string();
                last.1 = l.source();
            }
            _ => push_item(list, l.text.to_string(), l),
        }
        Step::Next
    }
}

/// Whether the lines under a list heading are paragraphs only: text, under
/// subheadings or not, up to the next part of the report or the letter's
/// close, and not one bullet or numbered line.
fn paragraphs_only(doc: &Doc, start: usize, contents: &HashSet<String>, lscb_parts: bool) -> bool {
    let mut text = false;
    for i in start..doc.lines.len() {
        let key = doc.lines[i].key();
        if closes_letter(key) {
            break;
        }
        match doc.class[i] {
            Class::Bullet { .. } | Class::Numbered | Class::Row => return false,
            Class::Text => text = true,
            Class::Heading
                if list_heading(key).is_some()
                    || starts_part(&doc.lines[i], contents, lscb_parts) =>
            {
                break;
            }
            Class::Heading | Class::Blank | Class::Furniture | Class::Contents => {}
        }
    }
    text
}

/// A glyph that marks sub-items where a list uses it under another one.
fn is_sub_glyph(g: char) -> bool {
    matches!(g, '◦' | '▪' | '○' | '-' | '−' | '–' | '—' | '⎯' | '\u{336}')
}

/// Adds an item, unless it says there is nothing to list.
fn push_item(list: &mut List, body: String, l: &CleanLine) {
    if list.items.is_empty() && says_none(&body) {
        list.said_none = true;
        return;
    }
    list.items.push((body, l.source()));
}

/// Whether a line after a page break goes on with the item before it: it
/// starts in lower case, or the item has not reached the end of a sentence.
fn continues(item: &str, l: &CleanLine) -> bool {
    let t = l.text.trim_start();
    if strip_bullet(t).is_some() || numbered(t).is_some() {
        return false;
    }
    t.starts_with(|c: char| c.is_lowercase()) || !finished(item)
}

/// Whether an item's text has reached the end of a sentence.
fn finished(item: &str) -> bool {
    item.trim_end().ends_with(['.', ';', ':', '!', '?', ')'])
}

/// Joins a sub-item onto its item: after the item's lead-in ("including:")
/// with a space, after another sub-item with "; ".
pub(crate) fn join_sub_item(item: &mut String, sub: &str) {
    let sep = if item.trim_end().ends_with(':') {
        " "
    } else {
        "; "
    };
    *item = format!("{}{sep}{}", item.trim_end(), sub.trim());
}

/// Joins a wrapped line onto an item: a word hyphenated over the line break
/// ("multi-" / "agency") is joined whole; other lines with a space.
fn join_line(item: &mut String, next: &str) {
    let trimmed = item.trim_end().len();
    item.truncate(trimmed);
    let hyphenated = item.ends_with('-')
        && item[..item.len() - 1].ends_with(|c: char| c.is_alphabetic())
        && next.starts_with(|c: char| c.is_lowercase());
    if !hyphenated {
        item.push(' ');
    }
    item.push_str(next.trim());
}

/// A bullet with the list's own glyph after the list's end and before the
/// next heading: the list ended at a line the reader took for narrative, and
/// the items after it are read by no list.
fn stray_item(doc: &Doc, list: &List) -> Option<usize> {
    let glyph = list.glyph?;
    if list.ends_at_list || list.items.is_empty() {
        return None;
    }
    (list.end..doc.lines.len())
        .take_while(|&i| doc.class[i] != Class::Heading)
        .find(|&i| {
            matches!(doc.class[i], Class::Bullet { depth: 0 })
                && doc.lines[i].text.trim_start().starts_with(glyph)
        })
}

/// A numbered paragraph's number.
fn number(t: &str) -> Option<u32> {
    numbered(t)?;
    t.split(['.', ')']).next()?.parse().ok()
}

/// The number of the last numbered paragraph above the list's heading (the
/// line before `start`), up to the heading before it.
fn last_number_before(doc: &Doc, start: usize) -> Option<u32> {
    let heading = start.checked_sub(1)?;
    (0..heading)
        .rev()
        .take_while(|&i| doc.class[i] != Class::Heading)
        .find(|&i| doc.class[i] == Class::Numbered)
        .and_then(|i| number(&doc.lines[i].text))
}

/// The index of the next line with text, furniture aside.
fn next_content(doc: &Doc, from: usize) -> Option<usize> {
    (from..doc.lines.len()).find(|&i| !matches!(doc.class[i], Class::Blank | Class::Furniture))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_headings_in_their_printed_variants() {
        for h in [
            "What needs to improve?",
            "What needs to improve?1",
            "What Needs to Improve",
            "What needs to improve in this local authority?",
            "What does the local authority need to improve?",
            "Recommendations:",
        ] {
            assert_eq!(
                list_heading(&loose(h)).map(|k| k.0),
                Some(ListKind::Improve),
                "{h}"
            );
        }
        assert_eq!(
            list_heading(&loose("Areas for priority action")).map(|k| k.0),
            Some(ListKind::Priority)
        );
        assert_eq!(
            list_heading(&loose("The LSCB made these recommendations.")),
            None
        );
    }

    #[test]
    fn hyphenated_breaks_are_joined() {
        let mut s = "improve multi-".to_string();
        join_line(&mut s, "agency working");
        assert_eq!(s, "improve multi-agency working");
        let mut s = "for 16-".to_string();
        join_line(&mut s, "and 17-year-olds");
        assert_eq!(s, "for 16- and 17-year-olds");
        let mut s = "plans".to_string();
        join_line(&mut s, "for children");
        assert_eq!(s, "plans for children");
    }

    #[test]
    fn statements_of_nothing_to_list() {
        assert!(says_none("There are no areas for priority action."));
        assert!(says_none(
            "The inspection did not find any areas for priority and immediate action."
        ));
        assert!(!says_none("There are not enough foster carers."));
    }
}

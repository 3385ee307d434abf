//! `apa report`: one self-contained HTML page an analyst can open and share.
//! It holds a heatmap of the latest grades (councils down, grouped by region
//! or as a council and its neighbours; judgements across), the headline grade
//! of each year, national and regional shares per level with the commonest
//! themes, and per council a timeline of every inspection and letter with its
//! latest areas for improvement. Every value links to the report it was read
//! from, with its page and line. Everything is inline and nothing is loaded
//! from the network; the page reads and prints without its small script, which
//! only sorts and filters. maud builds the HTML, so every text is escaped.

use crate::cli::output::palette::{LEVELS, css, swatch, words};
use crate::cli::output::spaced;
use apa::analysis::SourceRef;
use apa::analysis::dataset::{CouncilView, Dataset, HeatCell};
use apa::analysis::inspections::InspectionRow;
use apa::model::{Area, Level};
use maud::{DOCTYPE, Markup, PreEscaped, html};
use std::path::{Component, Path, PathBuf};

/// The page's style sheet and its small script, kept as files of their own.
const STYLE: &str = include_str!("report.css");
/// Sorting by a column's header, and filtering councils by name or region.
const SCRIPT: &str = include_str!("report.js");

/// A short header for a judgement column, with its title on hover.
fn short(area: Area) -> &'static str {
    match area {
        Area::OverallEffectiveness => "Overall",
        Area::HelpAndProtection => "Help and protection",
        Area::LookedAfter => "In care",
        Area::Adoption => "Adoption",
        Area::CareLeavers => "Care leavers",
        Area::Leadership => "Leadership",
        Area::Lscb => "LSCB",
        Area::SendOutcome => "Area SEND",
        Area::ChildrensServices => "Children's services (APA)",
        other => other.title(),
    }
}

fn cell_style(level: Option<Level>) -> String {
    match level {
        Some(l) => {
            let s = swatch(l);
            format!("background:{};color:{}", css(s.fill), css(s.text))
        }
        None => String::new(),
    }
}

/// Links to the documents, relative to the page's folder.
pub struct Links {
    base: Option<PathBuf>,
}

impl Links {
    pub fn new(output: &Path) -> Links {
        let dir = output.parent().filter(|p| !p.as_os_str().is_empty());
        let base = match dir {
            Some(d) => std::fs::canonicalize(d).ok(),
            None => std::env::current_dir().ok(),
        };
        Links { base }
    }

    /// The document's address from the page, with its page for a PDF
    /// viewer; `None` for the built-in samples.
    fn href(&self, source: &SourceRef) -> Option<String> {
        if let Some(url) = &source.url {
            return Some(match source.page {
                Some(page) => format!("{url}#page={page}"),
                None => url.clone(),
            });
        }
        if source.file.starts_with("sample:") || source.file == "-" {
            return None;
        }
        let file = std::fs::canonicalize(&source.file).ok()?;
        let base = self.base.as_ref()?;
        let relative = relative_path(base, &file);
        let mut href = percent_encode(&relative);
        if let Some(page) = source.page {
            href.push_str(&format!("#page={page}"));
        }
        Some(href)
    }

    fn file_href(&self, file: &str, url: Option<&str>) -> Option<String> {
        self.href(&SourceRef {
            file: file.to_string(),
            line: 0,
            page: None,
            url: url.map(str::to_string),
        })
    }
}

/// `to` as a path from the folder `from`, with `/` between parts.
fn relative_path(from: &Path, to: &Path) -> String {
    let a: Vec<Component> = from.components().collect();
    let b: Vec<Component> = to.components().collect();
    let common = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let mut parts: Vec<String> = std::iter::repeat_n("..".to_string(), a.len() - common).collect();
    parts.extend(
        b[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    parts.join("/")
}

fn percent_encode(path: &str) -> String {
    let mut out = String::new();
    for b in path.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// "file.pdf, page 3, line 25".
fn where_read(source: &SourceRef) -> String {
    let name = source
        .file
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(&source.file);
    match source.page {
        Some(p) => format!("{name}, page {p}, line {}", source.line),
        None => format!("{name}, line {}", source.line),
    }
}

fn anchor(council: &str) -> String {
    let slug: String = council
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("c-{slug}")
}

/// A heatmap cell: the level's code on its colour, the printed grade and
/// where it was read on hover, a link to the report.
fn heat_cell(
    links: &Links,
    council: &str,
    column: &str,
    label: &str,
    cell: Option<&HeatCell>,
) -> Markup {
    let Some(c) = cell else {
        return html! {
            td.cell data-council=(council) data-judgement=(column) data-score="" {
                span { }
            }
        };
    };
    let code = c.level.map(Level::code).unwrap_or("?");
    let year = c.year.map(|y| y.to_string()).unwrap_or_default();
    let title = format!(
        "{council}, {label}, {year}: {} ({}; {})",
        if c.raw.is_empty() { "not read" } else { &c.raw },
        spaced(c.kind.as_str()),
        where_read(&c.source)
    );
    let score = c.level.map(|l| l.score().to_string()).unwrap_or_default();
    html! {
        td.cell style=(cell_style(c.level)) data-council=(council) data-judgement=(column)
            data-score=(score) data-level=(c.level.map(Level::as_str).unwrap_or("")) title=(title) {
            @match links.href(&c.source) {
                Some(h) => a href=(h) { (code) },
                None => span { (code) },
            }
        }
    }
}

/// The levels the data has, each with its colour, code and words.
fn key(d: &Dataset) -> Markup {
    html! {
        p.key {
            @for l in LEVELS.into_iter().filter(|l| d.grades.iter().any(|g| g.level == Some(*l))) {
                span style=(cell_style(Some(l))) { strong { (l.code()) } " " (words(l)) }
            }
        }
    }
}

fn latest_table(d: &Dataset, links: &Links) -> Markup {
    html! {
        p.note { "Each council's latest graded inspection (and latest area SEND inspection). Hover a cell for the grade as printed and where it was read; click it to open the report. Click a header to sort." }
        table.heat.sortable #latest {
            caption.visually-hidden { "Each council's latest grades" }
            thead {
                tr {
                    th scope="col" { "Council" }
                    th scope="col" { "Region" }
                    th scope="col" { "Year" }
                    @for j in &d.judgements {
                        th scope="col" title=(j.title()) { (short(*j)) }
                    }
                }
            }
            tbody {
                @for c in d.councils.iter().filter(|c| c.latest.iter().any(Option::is_some)) {
                    @let year = c.latest.iter().flatten().filter_map(|h| h.year).max();
                    tr data-council=(c.council) data-region=(c.region.as_deref().unwrap_or("")) {
                        th scope="row" { a href=(format!("#{}", anchor(&c.council))) { (c.council) } }
                        td { (c.region.as_deref().unwrap_or("")) }
                        td { (year.map(|y| y.to_string()).unwrap_or_default()) }
                        @for (j, cell) in d.judgements.iter().zip(&c.latest) {
                            (heat_cell(links, &c.council, j.as_str(), j.title(), cell.as_ref()))
                        }
                    }
                }
            }
        }
    }
}

fn years_table(d: &Dataset, links: &Links) -> Markup {
    html! {
        p.note { "The headline grade of each year: overall effectiveness (2013-2026), or the children's services grade of the annual assessments (2005-2011)." }
        table.heat.sortable #by-year {
            caption.visually-hidden { "Each council's headline grade by year" }
            thead {
                tr {
                    th scope="col" { "Council" }
                    @for y in &d.years { th scope="col" { (y) } }
                }
            }
            tbody {
                @for c in d.councils.iter().filter(|c| c.by_year.iter().any(Option::is_some)) {
                    tr data-council=(c.council) data-region=(c.region.as_deref().unwrap_or("")) {
                        th scope="row" { a href=(format!("#{}", anchor(&c.council))) { (c.council) } }
                        @for (y, cell) in d.years.iter().zip(&c.by_year) {
                            (heat_cell(links, &c.council, &y.to_string(), "headline grade", cell.as_ref()))
                        }
                    }
                }
            }
        }
    }
}

/// A bar of shares per level, drawn as SVG, with the counts as its text.
fn share_bar(counts: &[(Level, usize)]) -> Markup {
    let total: usize = counts.iter().map(|(_, n)| n).sum();
    let width = 240.0;
    let label: Vec<String> = counts
        .iter()
        .map(|(l, n)| format!("{} {n}", l.code()))
        .collect();
    // Each level's segment: where it starts and how wide it is.
    let mut x = 0.0;
    let segments: Vec<(Level, f64, f64)> = counts
        .iter()
        .map(|(l, n)| {
            let w = if total == 0 {
                0.0
            } else {
                width * *n as f64 / total as f64
            };
            x += w;
            (*l, x - w, w)
        })
        .collect();
    html! {
        svg.bar width="240" height="18" viewBox="0 0 240 18" role="img" aria-label=(label.join(", ")) {
            title { (label.join(", ")) }
            @for (l, x, w) in segments {
                rect x=(format!("{x:.1}")) y="0" width=(format!("{w:.1}")) height="18" fill=(css(swatch(l).fill)) {}
                @if w >= 18.0 {
                    text x=(format!("{:.1}", x + w / 2.0)) y="13" text-anchor="middle" font-size="11"
                        fill=(css(swatch(l).text)) { (l.code()) }
                }
            }
        }
    }
}

fn summary_section(d: &Dataset) -> Markup {
    let mut groups: Vec<&str> = d.summary.iter().map(|s| s.group.as_str()).collect();
    groups.dedup();
    html! {
        @for (i, j) in d.judgements.iter().enumerate() {
            details open[i == 0] {
                summary { strong { (j.title()) } }
                table.sortable {
                    thead {
                        tr {
                            th scope="col" { "Group" }
                            th scope="col" { "Shares" }
                            @for l in LEVELS.iter().filter(|l| d.summary.iter().any(|s| s.judgement == *j && s.level == **l)) {
                                th scope="col" { (words(*l)) }
                            }
                        }
                    }
                    tbody {
                        @for g in &groups {
                            @let counts: Vec<(Level, usize)> = LEVELS.iter().filter_map(|l| {
                                d.summary.iter().find(|s| s.group == *g && s.judgement == *j && s.level == *l).map(|s| (*l, s.count))
                            }).collect();
                            @if !counts.is_empty() {
                                tr {
                                    th scope="row" { (g) }
                                    td { (share_bar(&counts)) }
                                    @for l in LEVELS.iter().filter(|l| d.summary.iter().any(|s| s.judgement == *j && s.level == **l)) {
                                        @let s = d.summary.iter().find(|s| s.group == *g && s.judgement == *j && s.level == *l);
                                        td data-score=(s.map(|s| s.count.to_string()).unwrap_or_default()) {
                                            @if let Some(s) = s { (s.count) " (" (format!("{:.0}%", s.share * 100.0)) ")" }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        h3 { "The commonest themes of what needs to improve" }
        table.sortable {
            thead { tr { th scope="col" { "Theme" } th scope="col" { "Items" } th scope="col" { "Councils" } th scope="col" { "An example" } } }
            tbody {
                @for t in d.themes.iter().take(15) {
                    tr {
                        th scope="row" { (t.theme) }
                        td { (t.items) }
                        td { (t.councils.len()) }
                        td { (t.example) span.src { "(" (t.example_council) ", " (t.example_year.map(|y| y.to_string()).unwrap_or_default()) ")" } }
                    }
                }
            }
        }
    }
}

/// A timeline of a council's inspections and letters from `first` to `last`.
fn timeline(c: &CouncilView, first: i32, last: i32) -> Markup {
    let (left, right, width) = (20.0, 20.0, 900.0);
    let span = f64::from((last - first).max(1));
    let x_of = |r: &InspectionRow| {
        let y = f64::from(r.year.unwrap_or(first));
        let month = r
            .date()
            .map(|d| f64::from(d.month - 1) / 12.0)
            .unwrap_or(0.5);
        left + (y - f64::from(first) + month) / (span + 1.0) * (width - left - right)
    };
    let ticks: Vec<i32> = (first..=last + 1)
        .filter(|y| y % 5 == 0 || *y == first)
        .collect();
    let mut placed: Vec<(f64, usize)> = Vec::new();
    html! {
        svg width="100%" viewBox=(format!("0 0 {width} 84")) role="img"
            aria-label=(format!("Timeline of {}'s inspections and letters", c.council)) {
            line x1=(left) y1="56" x2=(width - right) y2="56" stroke="#888" {}
            @for y in &ticks {
                @let x = left + f64::from(y - first) / (span + 1.0) * (width - left - right);
                line x1=(format!("{x:.1}")) y1="52" x2=(format!("{x:.1}")) y2="60" stroke="#888" {}
                text x=(format!("{x:.1}")) y="76" font-size="12" text-anchor="middle" fill="#333" { (y) }
            }
            @for r in &c.timeline {
                @let x = x_of(r);
                @let row = { let n = placed.iter().filter(|(px, _)| (px - x).abs() < 16.0).count(); placed.push((x, n)); n };
                @let y = 40.0 - 18.0 * row as f64;
                @let level = r.headline();
                @let what = format!("{} {}{}", r.year.map(|y| y.to_string()).unwrap_or_default(), spaced(r.kind.as_str()),
                    level.map(|l| format!(": {}", words(l))).unwrap_or_default());
                g {
                    title { (what) }
                    @match level {
                        Some(l) => {
                            circle cx=(format!("{x:.1}")) cy=(format!("{y:.1}")) r="9" fill=(css(swatch(l).fill)) stroke="#333" {}
                            text x=(format!("{x:.1}")) y=(format!("{:.1}", y + 4.0)) font-size="9" text-anchor="middle" fill=(css(swatch(l).text)) { (l.code()) }
                        }
                        None => {
                            rect x=(format!("{:.1}", x - 6.0)) y=(format!("{:.1}", y - 6.0)) width="12" height="12"
                                transform=(format!("rotate(45 {x:.1} {y:.1})")) fill="#fff" stroke="#333" {}
                        }
                    }
                }
            }
        }
    }
}

fn council_section(d: &Dataset, links: &Links, first: i32, last: i32) -> Markup {
    html! {
        p.note { "Circles are graded inspections, in the colour of their headline grade with its code; diamonds are letters between inspections (focused and monitoring visits, joint targeted area inspections)." }
        @for c in &d.councils {
            article.council id=(anchor(&c.council)) data-council=(c.council) data-region=(c.region.as_deref().unwrap_or("")) {
                h3 { (c.council) @if let Some(r) = &c.region { span.note { " · " (r) } } }
                (timeline(c, first, last))
                table {
                    thead { tr { th scope="col" { "Year" } th scope="col" { "Document" } th scope="col" { "Headline" } th scope="col" { "To improve" } th scope="col" { "Priority actions" } th scope="col" { "Report" } } }
                    tbody {
                        @for r in &c.timeline {
                            tr {
                                td { (r.year.map(|y| y.to_string()).unwrap_or_default()) }
                                td { (spaced(r.kind.as_str())) }
                                @let level = r.headline();
                                td style=(cell_style(level)) { (level.map(words).unwrap_or("")) }
                                td { (r.areas_for_improvement) }
                                td { (r.priority_actions) }
                                td {
                                    @let name = r.file.rsplit(['/', '\\']).next().unwrap_or(&r.file);
                                    @match links.file_href(&r.file, r.url.as_deref()) {
                                        Some(h) => a href=(h) { (name) },
                                        None => (name),
                                    }
                                }
                            }
                        }
                    }
                }
                @if !c.to_improve.is_empty() {
                    @let year = c.to_improve[0].year.map(|y| y.to_string()).unwrap_or_default();
                    h4 { "What needs to improve (" (year) ")" }
                    ul {
                        @for f in &c.to_improve {
                            li {
                                @if f.kind == apa::model::FindingKind::PriorityAction { strong { "Priority action: " } }
                                (f.text)
                                @if let Some(t) = &f.theme { span.theme { (t) } }
                                span.src {
                                    @match links.href(&f.source) {
                                        Some(h) => a href=(h) { (where_read(&f.source)) },
                                        None => (where_read(&f.source)),
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

pub fn page(d: &Dataset, origin: &str, links: &Links) -> Markup {
    let years: Vec<i32> = d
        .councils
        .iter()
        .flat_map(|c| c.timeline.iter().filter_map(|r| r.year))
        .collect();
    let first = years.iter().min().copied().unwrap_or(2005);
    let last = years.iter().max().copied().unwrap_or(first);
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { "Children's services inspections: apa report" }
                style { (PreEscaped(STYLE)) }
            }
            body {
                header {
                    h1 { "Children's services inspections" }
                    p.note {
                        (d.councils.len()) " councils, " (d.inspections.len()) " inspections and letters, "
                        (d.grades.len()) " grades and " (d.findings.len()) " findings, read by apa from " (origin) "."
                    }
                    nav { a href="#heatmap" { "Latest grades" } a href="#years" { "By year" } a href="#summary" { "Summaries" } a href="#councils" { "Councils" } }
                    p #filter-box hidden { label { "Show councils or regions matching " input #filter type="search" placeholder="e.g. London"; } }
                }
                main {
                    section #heatmap {
                        h2 { "Latest grades" }
                        (key(d))
                        (latest_table(d, links))
                    }
                    section #years {
                        h2 { "Headline grade by year" }
                        (years_table(d, links))
                    }
                    section #summary {
                        h2 { "National and regional summaries" }
                        p.note { "Each council's latest inspection, counted per level: England, then each region." }
                        (summary_section(d))
                    }
                    section #councils {
                        h2 { "Councils" }
                        (council_section(d, links, first, last))
                    }
                }
                script { (PreEscaped(SCRIPT)) }
            }
        }
    }
}

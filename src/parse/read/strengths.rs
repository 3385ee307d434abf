//! "Strengths | areas for improvement" tables (the 2005 SUMMARY, the 2006-2008
//! "Major strengths | Important weaknesses and areas for development"), read by
//! the APA letters and the children's plans.

use crate::loose::loose;
use crate::model::{Finding, FindingKind};
use crate::parse::doc::line::CleanLine;
use crate::parse::read::areas::assessment_area;
use crate::parse::text::cells::{cell_parts, is_separator, prefix};

/// Every "strengths | areas for improvement" table of a document (the 2005
/// SUMMARY, the 2006-2008 "Major strengths | Important weaknesses and areas for
/// development"), whether tab-separated or markdown: the findings of their rows.
pub fn strength_tables(lines: &[CleanLine], year: Option<i32>) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut in_table = false;
    for l in lines {
        let Some(cells) = l.cells() else {
            if !l.text.is_empty() && !is_separator(l.raw) {
                in_table = false;
            }
            continue;
        };
        // The header is known by its first words; a long cell need not be read whole.
        let first = cells
            .first()
            .map(|c| loose(prefix(c, 40)))
            .unwrap_or_default();
        if first.starts_with("strengths") || first.starts_with("major strengths") {
            in_table = true;
            continue;
        }
        if in_table {
            out.extend(strength_row_findings(l, cells, year));
        }
    }
    out
}

/// The findings of a "strengths | areas for improvement" row: each cell an
/// outcome heading ("Being healthy:", "Staying safe (cont'd)") and its bullets.
pub fn strength_row_findings(l: &CleanLine, cells: &[&str], year: Option<i32>) -> Vec<Finding> {
    let mut out = Vec::new();
    for (col, cell) in cells.iter().enumerate().take(2) {
        let kind = if col == 0 {
            FindingKind::Strength
        } else {
            FindingKind::AreaForImprovement
        };
        let parts = cell_parts(cell);
        let heading = parts.heading.map(|h| {
            h.replace("(cont'd)", "")
                .replace("(continued)", "")
                .trim()
                .trim_end_matches(':')
                .trim()
                .to_string()
        });
        let area = heading.as_deref().and_then(assessment_area);
        out.extend(parts.items.into_iter().map(|text| {
            Finding::new(kind, text, year, l.source())
                .filed(area)
                .under_opt(heading.clone())
        }));
    }
    out
}

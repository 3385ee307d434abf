//! Inspections of local authority children's services (ILACS, 2018-2026).

use super::Draft;
use super::scan::CleanLine;

pub fn is_title(_head: &str) -> bool {
    false
}

pub fn parse(_lines: &[CleanLine], _d: &mut Draft) {}

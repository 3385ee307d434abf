//! Single inspection framework reports (2013-2018).

use super::Draft;
use super::scan::CleanLine;

pub fn is_title(_head: &str) -> bool {
    false
}

pub fn parse(_lines: &[CleanLine], _d: &mut Draft) {}

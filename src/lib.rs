//! apa reads English children's services inspection reports and letters
//! (2005-2026: APA letters, safeguarding and looked after children inspections,
//! SIF and ILACS reports, council papers and plans that quote them) into typed
//! judgement records, and compares grades, strengths and areas for improvement
//! across councils and years.
//!
//! - [`extract`]: bytes to numbered text lines (text in any common encoding, PDF).
//! - [`parse`]: text lines to a [`model::Report`], by document kind.
//! - [`framework`]: the frameworks' rules (required judgements, their dates).
//! - [`grade`]: the scales grades are printed on, and normalisation.
//! - [`council`]: the registry of councils, their names and codes.
//! - [`analysis`]: grade tables, comparisons and trends over reports.
//! - [`fetch`]: a local library of the publications on Ofsted's reports site.

pub mod analysis;
pub mod council;
pub mod extract;
pub mod fetch;
pub mod framework;
pub mod grade;
pub mod loose;
pub mod model;
pub mod parse;
#[cfg(test)]
mod testing;

pub use parse::{parse_bytes, parse_text};

//! The third stage: readers shared by the kinds of document, each rule once.
//! A reader takes the document (its title block, sections and lines) and puts
//! what it reads into the draft report.

pub mod areas;
pub mod blocks_2009;
pub mod council;
pub mod heading;
pub mod judgements;
pub mod letter;
pub mod lists;
pub mod people;
pub mod scale;
pub mod strengths;

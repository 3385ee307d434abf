//! The first stage: one line or one string, with no document around it.
//! Cleaning the markdown and HTML debris of converted documents, the cells of a
//! table row, dates, and words (bullets, sentences). Every function here is pure.

pub mod cells;
pub mod clean;
pub mod dates;
pub mod words;

//! One file per command: its clap arguments and its `run`, which writes the
//! command's output and returns what happened.

pub mod cache;
pub mod check;
pub mod compare;
pub mod councils;
pub mod export;
pub mod fetch;
pub mod findings;
pub mod grades;
pub mod inspections;
pub mod library;
pub mod parse;
pub mod report;
pub mod schema;
pub mod themes;
pub mod trend;

//! The command-line interface, in the order a run goes through it: `args`
//! (the clap arguments the commands share, resolved once), `load` (paths,
//! folders, standard input and the samples, read in parallel through the
//! cache), `cmd` (one file per command: its arguments and `run`), `output`
//! (formats and their renderers) and `export` (files written whole: the
//! workbook and the HTML page). Each `run` returns what happened, so that
//! `main` can map it to an exit code.

pub mod args;
pub mod cmd;
pub mod export;
pub mod load;
pub mod output;

use load::Loaded;

/// What a command found, for the exit code.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Documents that could not be read or parsed.
    pub failed_inputs: usize,
    /// `check` found a problem or a policy failure.
    pub check_failed: bool,
    /// The command found nothing to show (said on stderr).
    pub nothing_found: bool,
}

/// Says on stderr that a command found nothing, and so returns true; where
/// files could not be read, their errors have said why and this says nothing.
pub fn nothing_found(loaded: &Loaded, what: &str) -> bool {
    if !loaded.failures.is_empty() {
        return false;
    }
    crate::cli::output::say(&format!("apa: nothing found: {what} in {}", loaded.origin));
    true
}

/// An error in what the user asked for (exit code 2, like clap's own).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

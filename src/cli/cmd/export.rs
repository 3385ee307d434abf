//! `apa export xlsx`: the data set as an Excel workbook (see
//! [`crate::cli::export::xlsx`]).

use crate::cli::Outcome;
use crate::cli::args::{DisplayArgs, Selection};
use crate::cli::export::write_dataset;
use crate::cli::export::xlsx::write_workbook;
use clap::{Args, ValueEnum};
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// An Excel workbook.
    Xlsx,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// What to write.
    #[arg(value_enum)]
    pub to: ExportFormat,

    #[command(flatten)]
    pub selection: Selection,

    /// The workbook to write (.xlsx); an existing one is replaced.
    #[arg(long, short, value_name = "FILE.xlsx")]
    pub output: PathBuf,
}

/// Writes nothing on stdout: the workbook goes to `--output`.
pub fn run(
    args: &ExportArgs,
    display: &DisplayArgs,
    _out: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    write_dataset(
        &args.selection,
        display,
        &args.output,
        &["xlsx"],
        |data, _, path| write_workbook(data, path),
    )
}

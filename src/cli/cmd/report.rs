//! `apa report`: one self-contained HTML page (see [`crate::cli::export::html`]).

use crate::cli::Outcome;
use crate::cli::args::{DisplayArgs, Selection};
use crate::cli::export::html::{Links, page};
use crate::cli::export::write_dataset;
use clap::Args;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub selection: Selection,

    /// The page to write (.html); an existing one is replaced.
    #[arg(long, short, value_name = "FILE.html")]
    pub output: PathBuf,
}

/// Writes nothing on stdout: the page goes to `--output`.
pub fn run(
    args: &ReportArgs,
    display: &DisplayArgs,
    _out: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    let links = Links::new(&args.output);
    write_dataset(
        &args.selection,
        display,
        &args.output,
        &["html", "htm"],
        |data, origin, path| {
            let html = page(data, origin, &links).into_string();
            std::fs::write(path, html).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))
        },
    )
}

//! Files written whole: the Excel workbook (`xlsx`) and the HTML page
//! (`html`). What they share is here: the output's name checked, the data set
//! built, and the file written beside its final name and renamed when whole.

pub mod html;
pub mod xlsx;

use crate::cli::args::{DisplayArgs, Selection};
use crate::cli::{Outcome, UsageError};
use apa::analysis::dataset::{Dataset, dataset};
use std::path::{Path, PathBuf};

/// An output path with the extension asked for, so that a report given by
/// mistake is never overwritten.
pub fn check_output(path: &Path, extensions: &[&str]) -> anyhow::Result<()> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_lowercase)
        .unwrap_or_default();
    if !extensions.contains(&ext.as_str()) {
        return Err(UsageError(format!(
            "{}: the file to write must end in .{}",
            path.display(),
            extensions.join(" or .")
        ))
        .into());
    }
    if path.is_dir() {
        return Err(UsageError(format!("{}: is a folder", path.display())).into());
    }
    Ok(())
}

/// What `export` and `report` share: the reports loaded and filtered, the
/// data set built and, unless nothing matches, written by `write` to a file
/// beside `output` that is renamed when whole, so that a failed run leaves no
/// half-written file. Says on stderr what it wrote.
pub fn write_dataset(
    selection: &Selection,
    display: &DisplayArgs,
    output: &Path,
    extensions: &[&str],
    write: impl FnOnce(&Dataset, &str, &Path) -> anyhow::Result<()>,
) -> anyhow::Result<Outcome> {
    check_output(output, extensions)?;
    let (filter, loaded) = selection.read(display)?;
    let data = dataset(&loaded.reports, &filter);
    let nothing = data.inspections.is_empty()
        && crate::cli::nothing_found(&loaded, "no inspection or letter matches");
    if !nothing {
        let mut part = output.as_os_str().to_owned();
        part.push(".part");
        let part = PathBuf::from(part);
        write(&data, &loaded.origin.to_string(), &part)?;
        std::fs::rename(&part, output).map_err(|e| anyhow::anyhow!("{}: {e}", output.display()))?;
        eprintln!(
            "apa: wrote {} ({} councils; {} inspections and letters; {} grades; {} findings)",
            output.display(),
            data.councils.len(),
            data.inspections.len(),
            data.grades.len(),
            data.findings.len()
        );
    }
    Ok(Outcome {
        failed_inputs: loaded.failures.len(),
        nothing_found: nothing,
        ..Outcome::default()
    })
}

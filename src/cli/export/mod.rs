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
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty());
    if parent.is_some_and(|p| !p.is_dir()) {
        return Err(UsageError(format!(
            "{}: there is no folder {}",
            path.display(),
            parent
                .map(Path::display)
                .map(|d| d.to_string())
                .unwrap_or_default()
        ))
        .into());
    }
    Ok(())
}

/// Refuses an output that is one of the inputs named, so that writing never
/// replaces a document being read.
fn check_not_an_input(output: &Path, selection: &Selection) -> anyhow::Result<()> {
    let Ok(out) = std::fs::canonicalize(output) else {
        return Ok(());
    };
    let inputs = selection.input.paths.iter().chain(&selection.input.dir);
    if inputs
        .filter_map(|p| std::fs::canonicalize(p).ok())
        .any(|p| p == out)
    {
        return Err(UsageError(format!(
            "{}: is one of the inputs; write to another file",
            output.display()
        ))
        .into());
    }
    Ok(())
}

/// A temporary file beside `output`, of a name no other run uses, made new
/// (never following a link or reusing a file that is there).
fn temporary_beside(output: &Path) -> anyhow::Result<PathBuf> {
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let mut name = output.as_os_str().to_owned();
    name.push(format!(".{}.{stamp}.part", std::process::id()));
    let part = PathBuf::from(name);
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&part)
        .map_err(|e| anyhow::anyhow!("{}: {e}", part.display()))?;
    Ok(part)
}

/// What `export` and `report` share: the output checked (its ending, not a
/// folder, its folder there, not an input), the reports loaded and filtered,
/// the data set built and, unless nothing matches, written by `write` to a
/// file of its own beside `output` that is renamed when whole, so that a
/// failed run, or two at once, leave no half-written file. Says on stderr what
/// it wrote.
pub fn write_dataset(
    selection: &Selection,
    display: &DisplayArgs,
    output: &Path,
    extensions: &[&str],
    write: impl FnOnce(&Dataset, &str, &Path) -> anyhow::Result<()>,
) -> anyhow::Result<Outcome> {
    check_output(output, extensions)?;
    check_not_an_input(output, selection)?;
    let (filter, loaded) = selection.read(display)?;
    let data = dataset(&loaded.reports, &filter);
    // With nothing to show, nothing is written: not even after a file that
    // could not be read (whose error has said why).
    let empty = data.inspections.is_empty();
    let nothing = empty && crate::cli::nothing_found(&loaded, "no inspection or letter matches");
    if !empty {
        // Written beside, then renamed when whole: a failed or killed run
        // leaves the output as it was, and a failure its temporary file gone.
        let part = temporary_beside(output)?;
        let written = write(&data, &loaded.origin.to_string(), &part).and_then(|_| {
            std::fs::rename(&part, output).map_err(|e| anyhow::anyhow!("{}: {e}", output.display()))
        });
        if let Err(e) = written {
            let _ = std::fs::remove_file(&part);
            return Err(e);
        }
        crate::cli::output::say(&format!(
            "apa: wrote {} ({} councils; {} inspections and letters; {} grades; {} findings)",
            output.display(),
            data.councils.len(),
            data.inspections.len(),
            data.grades.len(),
            data.findings.len()
        ));
    }
    Ok(Outcome {
        failed_inputs: loaded.failures.len(),
        nothing_found: nothing,
        ..Outcome::default()
    })
}

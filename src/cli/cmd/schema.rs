//! `apa schema`: the JSON Schema of the records `apa parse` writes.

use crate::cli::Outcome;
use crate::cli::output::write_json;
use std::io::Write;

pub fn run(out: &mut dyn Write) -> anyhow::Result<Outcome> {
    write_json(&apa::model::report_schema(), out)?;
    Ok(Outcome::default())
}

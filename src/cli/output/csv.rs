//! CSV, with the csv crate's errors as I/O errors.

use std::io::{self, Write};

/// A header row, then one row a record.
pub fn write_csv(
    headers: &[&str],
    rows: impl Iterator<Item = Vec<String>>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut w = ::csv::Writer::from_writer(out);
    w.write_record(headers).map_err(csv_io)?;
    for r in rows {
        w.write_record(r).map_err(csv_io)?;
    }
    w.flush()
}

pub fn csv_io(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

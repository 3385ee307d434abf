//! CSV, with the csv crate's errors as I/O errors.

use super::style::visible;
use std::io::{self, Write};

/// A header row, then one row a record; unless `raw`, a cell a spreadsheet
/// would run as a formula is neutralised (see [`neutral`]).
pub fn write_csv<S: AsRef<str>>(
    headers: &[S],
    rows: impl Iterator<Item = Vec<String>>,
    raw: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut w = ::csv::Writer::from_writer(out);
    w.write_record(headers.iter().map(AsRef::as_ref))
        .map_err(csv_io)?;
    for r in rows {
        let shown = r.iter().map(|c| visible(c));
        if raw {
            w.write_record(shown.map(|c| c.into_owned()))
                .map_err(csv_io)?;
        } else {
            w.write_record(shown.map(|c| neutral(&c).into_owned()))
                .map_err(csv_io)?;
        }
    }
    w.flush()
}

/// A cell that starts as a formula does in a spreadsheet (=, +, -, @, a tab,
/// a carriage return) with a ' before it, so that it is read as text; any
/// other cell as it is. Text from a document reaches this: a finding or a
/// printed council's name.
pub fn neutral(cell: &str) -> std::borrow::Cow<'_, str> {
    match cell.as_bytes().first() {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r') => format!("'{cell}").into(),
        _ => cell.into(),
    }
}

pub fn csv_io(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_written_as_text() {
        assert_eq!(
            neutral("=HYPERLINK(\"http://x\")"),
            "'=HYPERLINK(\"http://x\")"
        );
        assert_eq!(neutral("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutral("-2+3"), "'-2+3");
        assert_eq!(neutral("Good"), "Good");
        assert_eq!(neutral(""), "");
        let mut out = Vec::new();
        write_csv(
            &["a", "b"],
            [vec!["=1+1".to_string(), "x".to_string()]].into_iter(),
            false,
            &mut out,
        )
        .unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "a,b\n'=1+1,x\n");
        let mut out = Vec::new();
        write_csv(
            &["a"],
            [vec!["=1+1".to_string()]].into_iter(),
            true,
            &mut out,
        )
        .unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "a\n=1+1\n");
    }
}

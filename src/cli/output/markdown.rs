//! Markdown tables, cells escaped.

use std::io::{self, Write};

pub fn markdown(
    headers: &[String],
    rows: impl Iterator<Item = Vec<String>>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let esc = |s: &str| s.replace('|', "\\|").replace('\n', " ");
    writeln!(
        out,
        "| {} |",
        headers
            .iter()
            .map(|h| esc(h))
            .collect::<Vec<_>>()
            .join(" | ")
    )?;
    writeln!(out, "|{}", " --- |".repeat(headers.len()))?;
    for r in rows {
        writeln!(
            out,
            "| {} |",
            r.iter().map(|c| esc(c)).collect::<Vec<_>>().join(" | ")
        )?;
    }
    Ok(())
}

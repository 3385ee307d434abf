//! Prints the text apa reads from a file, a line each with its number and page:
//! what `source.line` in a record points at. `cargo run --example dump -- FILE`.
fn main() {
    for path in std::env::args().skip(1) {
        let bytes = std::fs::read(&path).expect("reading the file");
        match apa::extract::read(&bytes, &path) {
            Ok(text) => {
                for l in &text.lines {
                    println!("{:>5} p{:<3} {}", l.no, l.page.unwrap_or(0), l.text);
                }
            }
            Err(e) => eprintln!("{path}: {e}"),
        }
    }
}

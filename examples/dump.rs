//! Prints the text apa reads from a file, a line each with its number and page:
//! what `source.line` in a record points at. `cargo run --example dump -- FILE`;
//! with `--classes` first, each line's class as the document reader decided it.
use apa::parse::doc::Doc;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let classes = args.first().is_some_and(|a| a == "--classes");
    if classes {
        args.remove(0);
    }
    for path in args {
        let bytes = std::fs::read(&path).expect("reading the file");
        match apa::extract::read(&bytes, &path) {
            Ok(text) if classes => {
                let doc = Doc::new(&text);
                for (l, class) in doc.lines.iter().zip(&doc.class) {
                    let class = format!("{class:?}");
                    println!(
                        "{:>5} p{:<3} {class:<18} {}",
                        l.no,
                        l.page.unwrap_or(0),
                        l.text
                    );
                }
            }
            Ok(text) => {
                for l in &text.lines {
                    println!("{:>5} p{:<3} {}", l.no, l.page.unwrap_or(0), l.text);
                }
            }
            Err(e) => eprintln!("{path}: {e}"),
        }
    }
}

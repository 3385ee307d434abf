//! Time to parse the five seed documents together (text input), release build.
//! Run by `bench/run.sh`, or `cargo bench --bench seeds`.

use std::time::Instant;

fn main() {
    let seeds: Vec<(String, Vec<u8>)> = std::fs::read_dir("fixtures")
        .expect("run from the repository root")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap()))
        .collect();
    assert_eq!(seeds.len(), 5, "the five seed fixtures");
    let parse_all = || {
        for (name, bytes) in &seeds {
            std::hint::black_box(apa::parse_bytes(bytes, name).unwrap());
        }
    };
    parse_all(); // warm up: compiled regexes, the council registry
    let runs = 200;
    let start = Instant::now();
    for _ in 0..runs {
        parse_all();
    }
    let ms = start.elapsed().as_secs_f64() * 1000.0 / runs as f64;
    // As apa reads them: the files of a run in parallel (rayon, all cores).
    let start = Instant::now();
    for _ in 0..runs {
        use rayon::prelude::*;
        seeds.par_iter().for_each(|(name, bytes)| {
            std::hint::black_box(apa::parse_bytes(bytes, name).unwrap());
        });
    }
    let parallel_ms = start.elapsed().as_secs_f64() * 1000.0 / runs as f64;
    for (name, bytes) in &seeds {
        let t = Instant::now();
        for _ in 0..runs {
            std::hint::black_box(apa::parse_bytes(bytes, name).unwrap());
        }
        let each = t.elapsed().as_secs_f64() * 1000.0 / runs as f64;
        println!("  {name}: {each:.2} ms");
    }
    println!(
        "seeds: the five seed documents parse in {parallel_ms:.2} ms together as apa reads them ({} threads), {ms:.2} ms one after another (mean of {runs} runs; target < 5 ms)",
        rayon::current_num_threads()
    );
}

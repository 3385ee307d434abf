//! Time to parse the five seed documents together (text input), release build.
//! Run by `bench/run.sh`, or `cargo bench --bench seeds`.
//!
//! Each figure is the median of many timed batches: on a shared machine a mean
//! is pulled about by whatever else runs, a median is what a run usually takes.

use std::time::Instant;

/// Milliseconds per call of `f`: the median, fastest and slowest of `batches`
/// batches of `runs` calls each.
fn time(batches: usize, runs: usize, mut f: impl FnMut()) -> (f64, f64, f64) {
    let mut per_call: Vec<f64> = (0..batches)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..runs {
                f();
            }
            start.elapsed().as_secs_f64() * 1000.0 / runs as f64
        })
        .collect();
    per_call.sort_by(f64::total_cmp);
    (per_call[batches / 2], per_call[0], per_call[batches - 1])
}

fn main() {
    let mut seeds: Vec<(String, Vec<u8>)> = std::fs::read_dir("fixtures")
        .expect("run from the repository root")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap()))
        .collect();
    seeds.sort();
    assert_eq!(seeds.len(), 5, "the five seed fixtures");
    let parse_one = |(name, bytes): &(String, Vec<u8>)| {
        std::hint::black_box(apa::parse_bytes(bytes, name).unwrap());
    };
    // Warm up: compiled regexes, the council registry.
    seeds.iter().for_each(parse_one);
    let (batches, runs) = (60, 10);
    for seed in &seeds {
        let (median, ..) = time(batches, runs, || parse_one(seed));
        println!("  {}: {median:.2} ms", seed.0);
    }
    let (one_by_one, fastest, slowest) = time(batches, runs, || seeds.iter().for_each(parse_one));
    // As apa reads them: the files of a run in parallel (rayon, all cores).
    let (parallel, ..) = time(batches, runs, || {
        use rayon::prelude::*;
        seeds.par_iter().for_each(parse_one);
    });
    println!(
        "seeds: the five seed documents parse in {one_by_one:.2} ms one after another \
         (median of {batches} batches of {runs}; fastest {fastest:.2}, slowest {slowest:.2}), \
         {parallel:.2} ms in parallel as apa reads them ({} threads); target < 5 ms",
        rayon::current_num_threads()
    );
}

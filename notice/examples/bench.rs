//! Benchmark: renders a typical two-page letter 1,000 times (after warm-up), a
//! Serienbrief of 100 letters, and merges 100 rendered letters; writes one sample to
//! `/tmp/notice-sample.pdf` and the merge to `/tmp/notice-merged.pdf`.
//!
//! Run with `cargo run --release -p notice-pdf --example bench`.

use std::time::{Duration, Instant};

use notice_pdf::{Block, Letter, merge, render, render_many};

#[path = "../tests/sample/mod.rs"]
mod sample;

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let letter = sample::typical_letter();

    let first = Instant::now();
    let pdf = render(&letter);
    println!(
        "first render (incl. font parsing): {:.2} ms",
        ms(first.elapsed())
    );
    println!("typical letter: {} bytes", pdf.len());
    if let Err(e) = std::fs::write("/tmp/notice-sample.pdf", &pdf) {
        eprintln!("could not write /tmp/notice-sample.pdf: {e}");
    }

    for _ in 0..50 {
        std::hint::black_box(render(std::hint::black_box(&letter)));
    }

    let n = 1000;
    let mut times = Vec::with_capacity(n);
    let all = Instant::now();
    for _ in 0..n {
        let t = Instant::now();
        std::hint::black_box(render(std::hint::black_box(&letter)));
        times.push(t.elapsed());
    }
    let total = all.elapsed();
    times.sort();
    println!(
        "render x{n}: median {:.3} ms, p95 {:.3} ms, min {:.3} ms, max {:.3} ms, {:.0} notices/s",
        ms(times[n / 2]),
        ms(times[n * 95 / 100]),
        ms(times[0]),
        ms(times[n - 1]),
        n as f64 / total.as_secs_f64()
    );

    let letters: Vec<Letter> = (0..100).map(|i| sample::sample_letter(i % 12)).collect();
    let t = Instant::now();
    let many = render_many(&letters);
    let took = t.elapsed();
    println!(
        "render_many x100: {:.1} ms ({:.3} ms per letter), {} bytes",
        ms(took),
        ms(took) / 100.0,
        many.len()
    );

    // Serienbrief from stored notices: merge 100 already rendered letters (each with
    // its own number, so that no two notices are identical).
    let pdfs: Vec<Vec<u8>> = letters
        .iter()
        .enumerate()
        .map(|(i, letter)| {
            let mut letter = letter.clone();
            letter.title = format!("Bewilligungsbescheid BUT-2026-{:06}", i + 1);
            for (label, value) in &mut letter.info {
                if label == "Bescheid-Nr.:" {
                    *value = format!("BUT-2026-{:06}", i + 1);
                }
            }
            render(&letter)
        })
        .collect();
    let input_bytes: usize = pdfs.iter().map(Vec::len).sum();
    let mut merged = Vec::new();
    let mut times = Vec::with_capacity(10);
    for _ in 0..10 {
        let t = Instant::now();
        merged = match merge(std::hint::black_box(&pdfs)) {
            Ok(pdf) => pdf,
            Err(e) => {
                eprintln!("merge failed: {e}");
                return;
            }
        };
        times.push(t.elapsed());
    }
    times.sort();
    println!(
        "merge x100 rendered letters: median {:.1} ms, min {:.1} ms (of 10 runs); \
         {} bytes from {} bytes of input ({:.1} %)",
        ms(times[times.len() / 2]),
        ms(times[0]),
        merged.len(),
        input_bytes,
        100.0 * merged.len() as f64 / input_bytes as f64
    );
    if let Err(e) = std::fs::write("/tmp/notice-merged.pdf", &merged) {
        eprintln!("could not write /tmp/notice-merged.pdf: {e}");
    }
}

//! How many threads carnet's parallel paths use, and the fork-join they
//! share. The pools built on channels keep their own shapes, since each
//! fits its work: blob writing pulls inputs from a shared counter and
//! reorders results (`vault::blobs::write_many`), bundle writing gives
//! document `i` to worker `i mod n` and reads them back in order
//! (`bundle::write`), journal checking shares one receiver among checkers
//! (`journal::verify`). They take their size from [`count`]; the index's
//! sealing and decryption split a buffer into parts and run [`run_parts`].

use std::ops::Range;
use std::sync::Mutex;

/// The most workers any path starts, as every hand-written pool had it:
/// carnet shares the machine with what its user is doing.
pub const MAX: usize = 4;

/// One worker per core, at most [`MAX`]; two when the count is unknown.
pub fn count() -> usize {
    std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(1, MAX)
}

/// [`count`], but no more than there are `units` of work (at least one).
pub fn for_units(units: usize) -> usize {
    count().min(units.max(1))
}

/// Splits `0..n` into `parts` contiguous ranges of nearly equal length, in
/// order; never an empty range, so fewer than `parts` when `n < parts`.
pub fn split(n: usize, parts: usize) -> Vec<Range<usize>> {
    let parts = parts.clamp(1, n.max(1));
    (0..parts)
        .map(|p| (n * p / parts)..(n * (p + 1) / parts))
        .filter(|r| !r.is_empty() || n == 0)
        .collect()
}

/// Runs `work` on every part at once and returns the results in the order
/// of `parts`: the last part runs on the calling thread (one thread fewer
/// to start), the others on scoped threads, or here too when the system
/// cannot start one. A part whose thread panicked is `Err` with the panic;
/// a panic of the calling thread's own part unwinds as usual.
pub fn run_parts<P: Send, R: Send>(
    parts: Vec<P>,
    work: impl Fn(P) -> R + Sync,
) -> Vec<std::thread::Result<R>> {
    let n = parts.len();
    // Each part waits in a slot until a thread takes it: a thread that
    // could not be started leaves its part there, to be run here.
    let slots: Vec<Mutex<Option<P>>> = parts.into_iter().map(|p| Mutex::new(Some(p))).collect();
    let take = |k: usize| {
        slots[k]
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .take()
            .expect("a part runs once")
    };
    let work = &work;
    std::thread::scope(|s| {
        let mut pending = Vec::with_capacity(n);
        for k in 0..n {
            if k + 1 < n {
                let started = std::thread::Builder::new().spawn_scoped(s, move || work(take(k)));
                if let Ok(h) = started {
                    pending.push(Err(h));
                    continue;
                }
            }
            pending.push(Ok(Ok(work(take(k)))));
        }
        pending
            .into_iter()
            .map(|p| match p {
                Ok(done) => done,
                Err(h) => h.join(),
            })
            .collect()
    })
}

/// Runs `work(i)` for every `i` in `0..n` on [`for_units`] workers that
/// each take the next index when done with one (documents differ in size,
/// so fixed parts would leave a core idle), and returns the results in
/// index order. A panic in any worker is raised again here.
pub fn each<R: Send>(n: usize, work: impl Fn(usize) -> R + Sync) -> Vec<R> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let next = AtomicUsize::new(0);
    let worker = |_: usize| {
        let mut mine = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            if i >= n {
                return mine;
            }
            mine.push((i, work(i)));
        }
    };
    let mut all: Vec<(usize, R)> = Vec::with_capacity(n);
    for done in run_parts((0..for_units(n)).collect(), worker) {
        match done {
            Ok(part) => all.extend(part),
            Err(panic) => std::panic::resume_unwind(panic),
        }
    }
    all.sort_by_key(|(i, _)| *i);
    all.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_count_is_one_per_core_capped_and_bounded_by_the_work() {
        let n = count();
        assert!((1..=MAX).contains(&n));
        assert_eq!(for_units(0), 1);
        assert_eq!(for_units(1), 1);
        assert_eq!(for_units(1000), n);
    }

    #[test]
    fn split_covers_the_range_in_balanced_contiguous_parts() {
        for n in 0..40 {
            for parts in 1..9 {
                let r = split(n, parts);
                assert_eq!(r.len(), parts.min(n).max(1), "n={n} parts={parts}");
                assert_eq!(r.first().unwrap().start, 0);
                assert_eq!(r.last().unwrap().end, n);
                for w in r.windows(2) {
                    assert_eq!(w[0].end, w[1].start);
                }
                let lens: Vec<usize> = r.iter().map(|x| x.len()).collect();
                let (lo, hi) = (lens.iter().min().unwrap(), lens.iter().max().unwrap());
                assert!(hi - lo <= 1, "n={n} parts={parts}: {lens:?}");
                assert!(n == 0 || *lo > 0, "empty part: n={n} parts={parts}");
            }
        }
    }

    #[test]
    fn each_runs_every_index_once_and_keeps_the_order() {
        for n in [0usize, 1, 2, 7, 100] {
            let seen = Mutex::new(vec![0u32; n]);
            let out = each(n, |i| {
                seen.lock().unwrap()[i] += 1;
                i * 3
            });
            assert_eq!(out, (0..n).map(|i| i * 3).collect::<Vec<_>>());
            assert!(seen.into_inner().unwrap().iter().all(|c| *c == 1));
        }
    }

    #[test]
    fn parts_run_once_each_and_results_keep_their_order() {
        let mut buf = vec![0u8; 1000];
        let mut parts = Vec::new();
        let mut rest: &mut [u8] = &mut buf;
        for r in split(1000, 4) {
            let (mine, b) = rest.split_at_mut(r.len());
            rest = b;
            parts.push((r.start, mine));
        }
        let here = std::thread::current().id();
        let results = run_parts(parts, |(start, mine): (usize, &mut [u8])| {
            for (i, b) in mine.iter_mut().enumerate() {
                *b = b.wrapping_add(((start + i) % 251) as u8 + 1);
            }
            (start, std::thread::current().id() == here)
        });
        let results: Vec<(usize, bool)> = results.into_iter().map(|r| r.unwrap()).collect();
        let starts: Vec<usize> = results.iter().map(|r| r.0).collect();
        assert_eq!(starts, [0, 250, 500, 750]);
        // The last part ran on the calling thread, the others elsewhere.
        assert_eq!(
            results.iter().map(|r| r.1).collect::<Vec<_>>(),
            [false, false, false, true]
        );
        for (i, b) in buf.iter().enumerate() {
            assert_eq!(*b, (i % 251) as u8 + 1, "byte {i}");
        }
        assert!(run_parts(Vec::<u8>::new(), |_| ()).is_empty());
    }

    #[test]
    fn a_panicking_part_is_an_error_and_the_others_finish() {
        let results = run_parts(vec![1, 2, 3], |k| {
            if k == 1 {
                panic!("part {k} fails");
            }
            k * 10
        });
        assert!(results[0].is_err());
        assert_eq!(*results[1].as_ref().unwrap(), 20);
        assert_eq!(*results[2].as_ref().unwrap(), 30);
    }
}

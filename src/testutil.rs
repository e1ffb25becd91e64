//! Helpers shared by unit tests.

/// `n` pseudo-random bytes (xorshift), the same for the same seed.
pub fn pseudo_random(n: usize, seed: u64) -> Vec<u8> {
    let mut x = seed | 1;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect()
}

/// An in-memory database of one table `t (i, b)` holding about `bytes`
/// bytes of pseudo-random blobs (rows of up to 100,003 bytes).
pub fn db_of_size(bytes: usize) -> rusqlite::Connection {
    let conn = rusqlite::Connection::open_in_memory().unwrap();
    conn.execute_batch("CREATE TABLE t (i INTEGER PRIMARY KEY, b BLOB NOT NULL);")
        .unwrap();
    let mut left = bytes;
    let mut i = 0i64;
    while left > 0 {
        let n = left.min(100_003);
        let v = pseudo_random(n, i as u64 + 1);
        conn.execute(
            "INSERT INTO t (i, b) VALUES (?1, ?2)",
            rusqlite::params![i, v],
        )
        .unwrap();
        left -= n;
        i += 1;
    }
    conn
}

/// An open file holding `bytes`, already unlinked (nothing to clean up).
pub fn unlinked_file(bytes: &[u8]) -> std::fs::File {
    let path = std::env::temp_dir().join(format!(
        "carnet-test-{}-{}",
        std::process::id(),
        crate::vault::new_id(8)
    ));
    std::fs::write(&path, bytes).unwrap();
    let f = std::fs::File::open(&path).unwrap();
    std::fs::remove_file(&path).unwrap();
    f
}

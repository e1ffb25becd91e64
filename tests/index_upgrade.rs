//! An index sealed before a lookup index existed (set up through the
//! library) is read whole and upgraded in memory, gives the right counts,
//! and is read in place again once the next write has sealed the upgrade.
mod common;
use common::*;

use carnet::vault::schema;

/// Whether a connection can be written: one read in place cannot.
fn writable(conn: &rusqlite::Connection) -> bool {
    conn.execute("UPDATE meta SET value = value WHERE 0", [])
        .is_ok()
        && conn.execute("CREATE TABLE probe (x)", []).is_ok()
}

#[test]
fn an_index_without_a_lookup_is_read_whole_then_upgraded_by_the_next_write() {
    let env = Env::new();
    let a = env.add("a.txt", b"a", &[]);
    env.add("b.txt", b"b", &[]);
    assert_eq!(env.run(&["mask", &a]).0, 0);
    std::env::set_var("CARNET_STATE_DIR", env.path("xdg-state/carnet"));

    // What an older carnet sealed: no docs_masked.
    env.unlock_library()
        .write(|tx| {
            tx.raw_connection_for_tests()
                .execute_batch("DROP INDEX docs_masked")?;
            Ok(())
        })
        .unwrap();

    let conn = env.unlock_library().load().unwrap();
    assert!(schema::is_current(&conn).unwrap(), "upgraded in memory");
    assert!(writable(&conn), "read whole, not in place");
    let status = env.json(&["status"]);
    assert_eq!(status["documents"], 2, "{status}");
    assert_eq!(status["masked"], 1, "{status}");

    // Any write seals the upgraded index; readers then read it in place.
    assert_eq!(env.run(&["edit", &a, "--title", "A"]).0, 0);
    let conn = env.unlock_library().load().unwrap();
    assert!(schema::is_current(&conn).unwrap());
    assert!(!writable(&conn), "read in place");
    let status = env.json(&["status"]);
    assert_eq!(status["masked"], 1, "{status}");
}

//! An index sealed before a lookup index existed (set up through the
//! library) is upgraded in memory when it is opened, gives the right
//! counts, and the next write seals the upgrade whole (a write of an
//! up-to-date index only adds a segment to the commit log).
mod common;
use common::*;

use carnet::vault::schema;

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
    let status = env.json(&["status"]);
    assert_eq!(status["documents"], 2, "{status}");
    assert_eq!(status["masked"], 1, "{status}");
    let index = env.unlock_library().index_file();
    let before = std::fs::read(&index).unwrap();
    assert_eq!(env.json(&["list"]).as_array().unwrap().len(), 2);
    assert_eq!(
        std::fs::read(&index).unwrap(),
        before,
        "reads write nothing"
    );

    // Any write seals the upgraded index whole.
    assert_eq!(env.run(&["edit", &a, "--title", "A"]).0, 0);
    assert_ne!(std::fs::read(&index).unwrap(), before, "the upgrade sealed");
    let after = std::fs::read(&index).unwrap();
    let conn = env.unlock_library().load().unwrap();
    assert!(schema::is_current(&conn).unwrap());
    let status = env.json(&["status"]);
    assert_eq!(status["masked"], 1, "{status}");
    // Up to date, the next write only logs its change.
    assert_eq!(env.run(&["edit", &a, "--title", "B"]).0, 0);
    assert_eq!(std::fs::read(&index).unwrap(), after, "a segment, no seal");
    assert_eq!(env.json(&["show", &a])["title"], "B");
}

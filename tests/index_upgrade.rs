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

/// Seals whatever `sql` changed, as a whole index (a schema change forces
/// the whole seal: derived rows travel in no segment).
fn plant(env: &Env, sql: &str) {
    env.unlock_library()
        .write(|tx| {
            tx.raw_connection_for_tests().execute_batch(&format!(
                "{sql}; CREATE TABLE planted (x); DROP TABLE planted;"
            ))?;
            Ok(())
        })
        .unwrap();
}

#[test]
fn a_schema_4_index_gains_the_kept_count_and_commits_keep_it_through_segments() {
    let env = Env::new();
    env.add("a.txt", b"a", &[]);
    env.add("b.txt", b"b", &[]);
    std::env::set_var("CARNET_STATE_DIR", env.path("xdg-state/carnet"));
    // What carnet before schema 5 sealed.
    plant(
        &env,
        "DROP TRIGGER derived_docs_insert; DROP TRIGGER derived_docs_delete;
         DROP TABLE derived_counts; PRAGMA user_version = 4",
    );
    let index = env.unlock_library().index_file();
    let before = std::fs::read(&index).unwrap();
    assert_eq!(env.json(&["status"])["documents"], 2);
    assert_eq!(
        std::fs::read(&index).unwrap(),
        before,
        "reads write nothing"
    );

    // The next write seals schema 5; later ones only log, and the count
    // follows them through the replayed segments.
    let c = env.add("c.txt", b"c", &[]);
    let conn = env.unlock_library().load().unwrap();
    assert!(schema::is_current(&conn).unwrap());
    let sealed = std::fs::read(&index).unwrap();
    let d = env.add("d.txt", b"d", &[]);
    assert_eq!(env.run(&["rm", &c, "--yes"]).0, 0);
    assert_eq!(std::fs::read(&index).unwrap(), sealed, "segments, no seal");
    let status = env.json(&["status"]);
    assert_eq!(status["documents"], 3, "{status}");
    assert_eq!(env.json(&["list"]).as_array().unwrap().len(), 3);
    assert_eq!(env.run(&["check"]).0, 0);
    assert_eq!(env.json(&["show", &d])["title"], "d");
}

#[test]
fn a_kept_count_that_strayed_is_damage_that_check_repair_sets_right() {
    let env = Env::new();
    env.add("a.txt", b"a", &[]);
    env.add("b.txt", b"b", &[]);
    std::env::set_var("CARNET_STATE_DIR", env.path("xdg-state/carnet"));
    plant(&env, "UPDATE derived_counts SET n = 99 WHERE name = 'docs'");

    let (code, out, err) = env.run(&["check"]);
    assert_eq!(code, 6, "{out}{err}");
    assert!(
        format!("{out}{err}").contains("keeps 99 as its number of documents but holds 2"),
        "{out}{err}"
    );
    assert!(
        format!("{out}{err}").contains("carnet check --repair"),
        "{out}{err}"
    );

    let (code, out, err) = env.run(&["check", "--repair"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        format!("{out}{err}").contains("was set to the 2 it holds"),
        "{out}{err}"
    );
    assert_eq!(env.run(&["check"]).0, 0);
    assert_eq!(env.json(&["status"])["documents"], 2);
    // Kept from then on, commit after commit.
    env.add("c.txt", b"c", &[]);
    assert_eq!(env.json(&["status"])["documents"], 3);
    assert_eq!(env.run(&["check"]).0, 0);
}

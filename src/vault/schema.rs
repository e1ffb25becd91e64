//! The index schema (SQLite, kept in memory, sealed as `index.age`).
//! `PRAGMA user_version` carries the schema version; migrations go here.

use rusqlite::Connection;

use crate::error::{Error, Result};

pub const SCHEMA_VERSION: i64 = 5;

const V1: &str = r#"
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE docs (
    id          TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    type        TEXT NOT NULL,
    date        TEXT NOT NULL,
    author      TEXT,
    masked      INTEGER NOT NULL DEFAULT 0,
    hidden_from_guardians INTEGER NOT NULL DEFAULT 0,
    invisible_patient_until TEXT,
    size        INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    blob        TEXT NOT NULL UNIQUE,
    media_type  TEXT NOT NULL,
    filename    TEXT NOT NULL,
    added_at    TEXT NOT NULL,
    origin      TEXT NOT NULL DEFAULT 'holder'
);
CREATE INDEX docs_type_date ON docs(type, date);
CREATE INDEX docs_date ON docs(date);
CREATE TABLE doc_tags (
    doc_id TEXT NOT NULL REFERENCES docs(id) ON DELETE CASCADE,
    tag    TEXT NOT NULL,
    PRIMARY KEY (doc_id, tag)
);
CREATE TABLE doc_masked_from (
    doc_id TEXT NOT NULL REFERENCES docs(id) ON DELETE CASCADE,
    rpps   TEXT NOT NULL,
    PRIMARY KEY (doc_id, rpps)
);
CREATE TABLE pros (
    rpps       TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    specialty  TEXT,
    place      TEXT,
    recipient  TEXT,
    is_primary INTEGER NOT NULL DEFAULT 0,
    blocked    INTEGER NOT NULL DEFAULT 0,
    blocked_at TEXT,
    added_at   TEXT NOT NULL
);
CREATE TABLE grants (
    id         TEXT PRIMARY KEY,
    rpps       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    revoked_at TEXT,
    expiry_journaled INTEGER NOT NULL DEFAULT 0,
    types      TEXT NOT NULL DEFAULT '[]',
    docs       TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE unlock_keys (
    file       TEXT PRIMARY KEY,
    kind       TEXT NOT NULL,
    recipient  TEXT,
    label      TEXT,
    added_at   TEXT NOT NULL
);
CREATE TABLE journal (
    seq        INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor_type TEXT NOT NULL,
    actor_id   TEXT NOT NULL,
    actor_name TEXT NOT NULL,
    mode       TEXT NOT NULL,
    action     TEXT NOT NULL,
    target     TEXT,
    details    TEXT NOT NULL,
    hash       TEXT NOT NULL
);
"#;

/// Version 2 (caregivers): who each unlock method belongs to (`role`:
/// `holder`, `guardian` or `minor`; `name`: the guardian's display name;
/// `vault_id`: the guardian's own vault when the wrapper is to another
/// carnet vault's recipient), and `docs.sealed`: the metadata of a document
/// hidden from guardians, age-encrypted to the minor's recipients.
const V2: &str = r#"
ALTER TABLE unlock_keys ADD COLUMN role TEXT NOT NULL DEFAULT 'holder';
ALTER TABLE unlock_keys ADD COLUMN name TEXT;
ALTER TABLE unlock_keys ADD COLUMN vault_id TEXT;
ALTER TABLE docs ADD COLUMN sealed BLOB;
"#;

/// Version 3: `pros.signer`, the fingerprint of the key a professional
/// signs bundles with (`pro add|edit --signer`), as `SHA256:<base64>`
/// (`bundle import` refuses a bundle naming them as an author that another
/// key signed); and `sealed_records`, the professionals and grants a minor
/// keeps private (see `vault::private`): each row an age file to the
/// minor's recipients of one `pros` or `grants` row, named by a random id.
/// An older carnet refuses it ("upgrade carnet") rather than drop the pins
/// or miss the private records.
const V3: &str = r#"
ALTER TABLE pros ADD COLUMN signer TEXT;
CREATE TABLE sealed_records (
    id     TEXT PRIMARY KEY,
    sealed BLOB NOT NULL
);
"#;

/// Version 4 (several machines, `vault::replica`): the journal chains of
/// other devices (`journal_peer`, each verified as its own chain), the
/// replicas of this vault (`devices`, replicated), and this replica's own
/// bookkeeping, never replicated: what it applied of each device
/// (`sync_applied`), the concurrent writes still in flight per field
/// (`sync_cells`, `sync_segs`), protective events that beat concurrent
/// grants (`sync_guards`), and its remotes (`sync_remotes`). An older
/// carnet refuses it ("upgrade carnet").
///
/// Also `medical_items`, the medical profile (see `vault::medical`):
/// one row per item under a random id, its kind and fields (JSON) in
/// clear columns, or, for an item hidden from guardians, placeholders
/// there and the real kind and fields in `sealed`, age-encrypted to the
/// minor's recipients. A removed item keeps its row (`removed_at`) for
/// `medical history` until purged.
const V4: &str = r#"
CREATE TABLE journal_peer (
    device     TEXT NOT NULL,
    seq        INTEGER NOT NULL,
    at         TEXT NOT NULL,
    actor_type TEXT NOT NULL,
    actor_id   TEXT NOT NULL,
    actor_name TEXT NOT NULL,
    mode       TEXT NOT NULL,
    action     TEXT NOT NULL,
    target     TEXT,
    details    TEXT NOT NULL,
    hash       TEXT NOT NULL,
    PRIMARY KEY (device, seq)
);
CREATE TABLE devices (
    id         TEXT PRIMARY KEY,
    added_at   TEXT NOT NULL,
    removed_at TEXT,
    removed_after INTEGER
);
CREATE TABLE sync_applied (
    device TEXT PRIMARY KEY,
    seq    INTEGER NOT NULL,
    hash   TEXT NOT NULL,
    hlc    INTEGER NOT NULL,
    seen   TEXT NOT NULL,
    last_at TEXT
);
CREATE TABLE sync_cells (
    tbl    TEXT NOT NULL,
    pk     TEXT NOT NULL,
    col    TEXT NOT NULL,
    device TEXT NOT NULL,
    seq    INTEGER NOT NULL,
    hlc    INTEGER NOT NULL,
    val    TEXT NOT NULL,
    PRIMARY KEY (tbl, pk, col, device)
);
CREATE TABLE sync_segs (
    device TEXT NOT NULL,
    seq    INTEGER NOT NULL,
    seen   TEXT NOT NULL,
    PRIMARY KEY (device, seq)
);
CREATE TABLE sync_guards (
    rpps   TEXT NOT NULL,
    device TEXT NOT NULL,
    seq    INTEGER NOT NULL,
    hlc    INTEGER NOT NULL,
    PRIMARY KEY (rpps, device, seq)
);
CREATE TABLE sync_remotes (
    name      TEXT PRIMARY KEY,
    url       TEXT NOT NULL,
    endpoint  TEXT,
    region    TEXT,
    last_sync TEXT,
    pushed    INTEGER NOT NULL DEFAULT 0,
    pushed_hash TEXT
);
CREATE TABLE medical_items (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    fields      TEXT NOT NULL,
    masked      INTEGER NOT NULL DEFAULT 0,
    masked_from TEXT NOT NULL DEFAULT '[]',
    hidden_from_guardians INTEGER NOT NULL DEFAULT 0,
    sealed      BLOB,
    added_at    TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    removed_at  TEXT
);
"#;

/// Version 5: counts derived from replicated tables, kept by triggers, so
/// that `status` reads one row instead of counting 100,000 documents (an
/// index walk that decrypted 28 MiB of a 90 MiB sealed index). Derived,
/// not replicated: no segment carries them (`replica::change::derived`),
/// and every replay or merge that writes `docs` moves them, so a snapshot
/// plus its segments gives the same counts on every replica; `check`
/// compares them with a count of the rows and `check --repair` resets
/// them. A row that `INSERT OR REPLACE` displaces fires the delete
/// trigger only under `PRAGMA recursive_triggers`, which the replay of
/// own segments (the one writer of `docs` that replaces) turns on. An
/// older carnet refuses it ("upgrade carnet"): it would replicate the
/// table as data.
const V5: &str = r#"
CREATE TABLE derived_counts (
    name TEXT PRIMARY KEY,
    n    INTEGER NOT NULL
);
INSERT INTO derived_counts (name, n) SELECT 'docs', COUNT(*) FROM docs;
CREATE TRIGGER derived_docs_insert AFTER INSERT ON docs BEGIN
    UPDATE derived_counts SET n = n + 1 WHERE name = 'docs';
END;
CREATE TRIGGER derived_docs_delete AFTER DELETE ON docs BEGIN
    UPDATE derived_counts SET n = n - 1 WHERE name = 'docs';
END;
"#;

/// Indexes that answer "is there any sealed / patient-hidden document?"
/// (`list` asks both on every run), "how many are masked?" (`status`),
/// "which came from the inbox?" (`vault::inbox`), "the newest N
/// documents" (`list --limit`), "failed unlocks since the last review"
/// and "how many entries are sealed for the minor" (`status`) and "the newest N entries of every device" (`journal
/// --limit` on a replica) without scanning every row: at 100k documents a
/// scan reads (and decrypts) the whole sealed index.
/// They change nothing an older carnet reads, so they come without a
/// schema version: created when missing on load, kept by the next commit.
const LOOKUPS: &str = r#"
CREATE INDEX IF NOT EXISTS docs_sealed ON docs(id) WHERE sealed IS NOT NULL;
CREATE INDEX IF NOT EXISTS docs_patient_side ON docs(id)
    WHERE invisible_patient_until IS NOT NULL OR hidden_from_guardians = 1;
CREATE INDEX IF NOT EXISTS docs_masked ON docs(id) WHERE masked = 1;
CREATE INDEX IF NOT EXISTS docs_inbox ON docs(id) WHERE origin <> 'holder';
CREATE INDEX IF NOT EXISTS docs_listing ON docs(date DESC, added_at DESC, id);
CREATE INDEX IF NOT EXISTS journal_action ON journal(action, seq);
CREATE INDEX IF NOT EXISTS journal_at ON journal(at, seq);
CREATE INDEX IF NOT EXISTS journal_peer_at ON journal_peer(at, device, seq);
"#;
const LOOKUP_NAMES: &str = "('docs_sealed', 'docs_patient_side', 'docs_masked', 'docs_inbox', \
     'docs_listing', 'journal_action', 'journal_at', 'journal_peer_at')";
const LOOKUP_COUNT: i64 = 8;

/// Creates the schema in an empty database.
pub fn create(conn: &Connection) -> Result<()> {
    conn.execute_batch(V1)?;
    conn.execute_batch(V2)?;
    conn.execute_batch(V3)?;
    conn.execute_batch(V4)?;
    conn.execute_batch(V5)?;
    conn.execute_batch(LOOKUPS)?;
    conn.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    Ok(())
}

/// Creates the lookup indexes of an index written before they existed.
fn ensure_lookups(conn: &Connection) -> Result<()> {
    if lookups(conn)? < LOOKUP_COUNT {
        conn.execute_batch(LOOKUPS)?;
    }
    Ok(())
}

/// Whether an index is of this schema, lookups included: it can then be
/// read as it is, with no migration.
pub fn is_current(conn: &Connection) -> Result<bool> {
    let v: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    Ok(v == SCHEMA_VERSION && lookups(conn)? == LOOKUP_COUNT)
}

/// How many of the lookup indexes exist.
fn lookups(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row(
        &format!(
            "SELECT COUNT(*) FROM sqlite_schema WHERE type = 'index' AND name IN {LOOKUP_NAMES}"
        ),
        [],
        |r| r.get(0),
    )?)
}

/// Checks the version of a loaded index, migrating older ones in memory
/// (the next commit writes the migrated index).
pub fn check_version(conn: &Connection) -> Result<()> {
    let v: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    match v {
        SCHEMA_VERSION => ensure_lookups(conn),
        1..=4 => {
            if v == 1 {
                conn.execute_batch(V2)?;
            }
            if v <= 2 {
                conn.execute_batch(V3)?;
            }
            if v <= 3 {
                conn.execute_batch(V4)?;
            }
            conn.execute_batch(V5)?;
            conn.pragma_update(None, "user_version", SCHEMA_VERSION)?;
            ensure_lookups(conn)
        }
        v if v > SCHEMA_VERSION => Err(Error::usage(
            crate::i18n::tr!(
                "v-schema-too-new",
                version = v.to_string(),
                known = SCHEMA_VERSION.to_string()
            ),
            crate::i18n::tr!("v-upgrade-carnet-hint"),
        )),
        v => Err(Error::integrity(
            crate::i18n::tr!("v-schema-unknown", version = v.to_string()),
            crate::i18n::tr!("v-schema-unknown-hint"),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::VaultKey;
    use crate::testutil::unlinked_file;
    use crate::vault::{seal, store};

    /// An index of the current schema holding `n` documents, every third
    /// one masked.
    fn index_with_docs(n: i64) -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        create(&conn).unwrap();
        for i in 0..n {
            conn.execute(
                "INSERT INTO docs (id, title, type, date, masked, size, sha256, blob,
                                   media_type, filename, added_at)
                 VALUES (?1, 't', 'ordonnance', '2026-01-01', ?2, 1, 'h', ?1,
                         'text/plain', 'f', '2026-01-01T00:00:00Z')",
                rusqlite::params![format!("d{i}"), (i % 3 == 0) as i64],
            )
            .unwrap();
        }
        conn
    }

    /// An index sealed before `docs_masked` existed is not current, so it is
    /// read whole and given the index in memory (counts are right either
    /// way); the next commit seals it with the index, and it is current.
    #[test]
    fn an_index_without_a_lookup_is_upgraded_by_the_next_commit() {
        let key = VaultKey::generate();
        let mut old = index_with_docs(10);
        old.execute_batch("DROP INDEX docs_masked").unwrap();
        assert_eq!(store::count_docs(&old).unwrap(), (10, 4));
        let sealed = seal::seal(&mut old, &key, "v").unwrap();

        let in_place = seal::open_file_in_place(unlinked_file(&sealed), &key, "v")
            .unwrap()
            .expect("format 2");
        assert!(!is_current(&in_place).unwrap());

        let mut whole = seal::unseal_file(&unlinked_file(&sealed), &key, "v").unwrap();
        check_version(&whole).unwrap();
        assert!(is_current(&whole).unwrap());
        assert_eq!(store::count_docs(&whole).unwrap(), (10, 4));

        let resealed = seal::seal(&mut whole, &key, "v").unwrap();
        let in_place = seal::open_file_in_place(unlinked_file(&resealed), &key, "v")
            .unwrap()
            .expect("format 2");
        assert!(is_current(&in_place).unwrap());
        assert_eq!(store::count_docs(&in_place).unwrap(), (10, 4));
    }

    /// A schema-2 index (before pinned signing keys) gains `pros.signer`,
    /// empty, keeping its professionals.
    #[test]
    fn schema_2_gains_the_signer_column() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(V1).unwrap();
        conn.execute_batch(V2).unwrap();
        conn.pragma_update(None, "user_version", 2).unwrap();
        conn.execute(
            "INSERT INTO pros (rpps, name, added_at) VALUES ('10003456786', 'Dr A', '2026-01-01T00:00:00Z')",
            [],
        )
        .unwrap();
        assert!(!is_current(&conn).unwrap());
        check_version(&conn).unwrap();
        assert!(is_current(&conn).unwrap());
        let p = store::require_pro(&conn, "10003456786").unwrap();
        assert_eq!((p.name.as_str(), p.signer), ("Dr A", None));
    }

    /// A schema-3 index (before the medical profile and replicas) gains an
    /// empty `medical_items` and the sync tables, keeping its documents.
    #[test]
    fn schema_3_gains_the_medical_profile() {
        let conn = index_with_docs(2);
        conn.execute_batch(
            "DROP TABLE medical_items; DROP TABLE journal_peer; DROP TABLE devices;
             DROP TABLE sync_applied; DROP TABLE sync_cells; DROP TABLE sync_segs;
             DROP TABLE sync_guards; DROP TABLE sync_remotes;
             DROP TABLE derived_counts; DROP TRIGGER derived_docs_insert;
             DROP TRIGGER derived_docs_delete;",
        )
        .unwrap();
        conn.pragma_update(None, "user_version", 3).unwrap();
        assert!(!is_current(&conn).unwrap());
        check_version(&conn).unwrap();
        assert!(is_current(&conn).unwrap());
        let n: i64 = conn
            .query_row("SELECT COUNT(*) FROM medical_items", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 0);
        assert_eq!(store::count_docs(&conn).unwrap().0, 2);
    }

    /// A schema-4 index gains the kept document count, set to its rows.
    #[test]
    fn schema_4_gains_the_kept_document_count() {
        let conn = index_with_docs(7);
        conn.execute_batch(
            "DROP TRIGGER derived_docs_insert; DROP TRIGGER derived_docs_delete;
             DROP TABLE derived_counts;",
        )
        .unwrap();
        conn.pragma_update(None, "user_version", 4).unwrap();
        assert!(!is_current(&conn).unwrap());
        check_version(&conn).unwrap();
        assert!(is_current(&conn).unwrap());
        assert_eq!(store::derived_doc_count(&conn).unwrap(), 7);
        conn.execute("DELETE FROM docs WHERE id = 'd3'", [])
            .unwrap();
        assert_eq!(store::derived_doc_count(&conn).unwrap(), 6);
    }

    /// One write to `docs`, in each way the vault's code writes it
    /// (`replica` replays with `INSERT OR REPLACE` under recursive
    /// triggers, merges insert or ignore, commands insert, update and
    /// delete).
    fn write_doc(conn: &Connection, how: u8, id: u8, blob: u8) {
        let row = "(id, title, type, date, size, sha256, blob, media_type, filename, added_at)";
        let vals = format!(
            "('d{id}', 't', 'ordonnance', '2026-01-01', 1, 'h', 'b{blob}', 'text/plain', 'f', 'a')"
        );
        let sql = match how % 6 {
            0 => format!("INSERT INTO docs {row} VALUES {vals}"),
            1 => format!("INSERT OR REPLACE INTO docs {row} VALUES {vals}"),
            2 => format!("INSERT OR IGNORE INTO docs {row} VALUES {vals}"),
            3 => format!(
                "INSERT INTO docs {row} VALUES {vals} ON CONFLICT(id) DO UPDATE SET title = 'u'"
            ),
            4 => format!("DELETE FROM docs WHERE id = 'd{id}'"),
            _ => format!("UPDATE docs SET blob = 'b{blob}' WHERE id = 'd{id}'"),
        };
        // Conflicting writes fail as a whole, trigger included.
        let _ = conn.execute(&sql, []);
    }

    proptest::proptest! {
        /// Whatever the writes, the kept count is the number of rows
        /// (replace displacing one or two rows, ignored inserts, upserts,
        /// failed inserts, deletes of absent rows), as a replay runs them.
        #[test]
        fn the_kept_count_is_the_number_of_rows(
            replaying in proptest::bool::ANY,
            writes in proptest::collection::vec((0u8..6, 0u8..6, 0u8..6), 1..60)
        ) {
            let conn = index_with_docs(0);
            conn.pragma_update(None, "foreign_keys", true).unwrap();
            conn.pragma_update(None, "recursive_triggers", replaying).unwrap();
            for (how, id, blob) in writes {
                // Only a replay replaces rows.
                if how == 1 && !replaying {
                    continue;
                }
                write_doc(&conn, how, id, blob);
                proptest::prop_assert_eq!(
                    store::derived_doc_count(&conn).unwrap(),
                    store::counted_docs(&conn).unwrap()
                );
            }
        }
    }

    /// Schema version 1 is migrated even when its lookups are all there.
    #[test]
    fn an_older_schema_version_is_not_current() {
        let conn = index_with_docs(1);
        assert!(is_current(&conn).unwrap());
        conn.pragma_update(None, "user_version", 1).unwrap();
        assert_eq!(lookups(&conn).unwrap(), LOOKUP_COUNT);
        assert!(!is_current(&conn).unwrap());
    }
}

//! Documents: their rows, tags and per-professional masks; looking one up
//! by ID or prefix; the flags and sealed metadata of hidden documents.
//! Listing with filters is in [`super::listing`].

use rusqlite::{params, Connection, OptionalExtension, Row};
use time::OffsetDateTime;

use crate::error::{Error, Result};
use crate::model::{DocType, Document};
use crate::timefmt;

pub(super) const DOC_COLS: &str = "id, title, type, date, author, masked, hidden_from_guardians, invisible_patient_until, size, sha256, blob, media_type, filename, added_at";

pub(super) fn doc_from_row(r: &Row) -> rusqlite::Result<Document> {
    let ty: String = r.get(2)?;
    let added: String = r.get(13)?;
    let inv: Option<String> = r.get(7)?;
    Ok(Document {
        id: r.get(0)?,
        title: r.get(1)?,
        doc_type: DocType::parse(&ty).unwrap_or_else(DocType::other),
        date: r.get(3)?,
        author: r.get(4)?,
        tags: Vec::new(),
        masked: r.get::<_, i64>(5)? != 0,
        masked_from: Vec::new(),
        hidden_from_guardians: r.get::<_, i64>(6)? != 0,
        invisible_patient_until: inv.as_deref().and_then(timefmt::parse_rfc3339),
        size: r.get::<_, i64>(8)? as u64,
        sha256: r.get(9)?,
        blob: r.get(10)?,
        media_type: r.get(11)?,
        filename: r.get(12)?,
        added_at: timefmt::parse_rfc3339(&added).unwrap_or(OffsetDateTime::UNIX_EPOCH),
    })
}

pub(super) fn fill_one(conn: &Connection, d: &mut Document) -> Result<()> {
    let mut stmt =
        conn.prepare_cached("SELECT tag FROM doc_tags WHERE doc_id = ?1 ORDER BY tag")?;
    d.tags = stmt
        .query_map([&d.id], |r| r.get(0))?
        .collect::<std::result::Result<_, _>>()?;
    let mut stmt =
        conn.prepare_cached("SELECT rpps FROM doc_masked_from WHERE doc_id = ?1 ORDER BY rpps")?;
    d.masked_from = stmt
        .query_map([&d.id], |r| r.get(0))?
        .collect::<std::result::Result<_, _>>()?;
    Ok(())
}

pub fn insert_doc(conn: &Connection, d: &Document) -> Result<()> {
    conn.execute(
        &format!("INSERT INTO docs ({DOC_COLS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"),
        params![
            d.id,
            d.title,
            d.doc_type.name,
            d.date,
            d.author,
            d.masked as i64,
            d.hidden_from_guardians as i64,
            d.invisible_patient_until.map(timefmt::rfc3339),
            d.size as i64,
            d.sha256,
            d.blob,
            d.media_type,
            d.filename,
            timefmt::rfc3339(d.added_at),
        ],
    )?;
    set_tags(conn, &d.id, &d.tags)?;
    for r in &d.masked_from {
        conn.execute(
            "INSERT OR IGNORE INTO doc_masked_from (doc_id, rpps) VALUES (?1, ?2)",
            params![d.id, r],
        )?;
    }
    Ok(())
}

pub fn set_tags(conn: &Connection, id: &str, tags: &[String]) -> Result<()> {
    conn.execute("DELETE FROM doc_tags WHERE doc_id = ?1", [id])?;
    for t in tags {
        conn.execute(
            "INSERT OR IGNORE INTO doc_tags (doc_id, tag) VALUES (?1, ?2)",
            params![id, t],
        )?;
    }
    Ok(())
}

pub fn doc_by_blob(conn: &Connection, blob: &str) -> Result<Option<Document>> {
    one_doc(conn, "blob", blob)
}

pub fn get_doc(conn: &Connection, id: &str) -> Result<Option<Document>> {
    one_doc(conn, "id", id)
}

/// The document whose `column` (a fixed name, never input) equals `value`.
fn one_doc(conn: &Connection, column: &str, value: &str) -> Result<Option<Document>> {
    let d = conn
        .query_row(
            &format!("SELECT {DOC_COLS} FROM docs WHERE {column} = ?1"),
            [value],
            doc_from_row,
        )
        .optional()?;
    match d {
        Some(mut d) => {
            fill_one(conn, &mut d)?;
            Ok(Some(d))
        }
        None => Ok(None),
    }
}

/// Resolves an ID or unique prefix (4+ characters). Exit 4 when it matches
/// nothing or several (listing them).
pub fn resolve_doc(conn: &Connection, prefix: &str) -> Result<Document> {
    let p = prefix.trim().to_lowercase();
    if let Some(d) = get_doc(conn, &p)? {
        return Ok(d);
    }
    let not_found = || {
        Error::not_found(
            crate::i18n::tr!("err-no-document", id = prefix),
            crate::i18n::tr!("err-no-document-hint"),
        )
    };
    if p.chars().count() < 4 || !p.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(not_found());
    }
    let mut stmt = conn.prepare_cached(
        "SELECT id, title FROM docs WHERE id >= ?1 AND id < ?2 ORDER BY id LIMIT 11",
    )?;
    let upper = format!("{p}\u{10FFFF}");
    let rows: Vec<(String, String)> = stmt
        .query_map(params![p, upper], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<std::result::Result<_, _>>()?;
    match rows.len() {
        0 => Err(not_found()),
        1 => get_doc(conn, &rows[0].0)?.ok_or_else(not_found),
        _ => Err(Error::not_found(
            crate::i18n::tr!(
                "err-ambiguous-id",
                id = prefix,
                matches = rows
                    .iter()
                    .take(10)
                    .map(|(id, t)| format!("{id} ({t})"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            crate::i18n::tr!("err-ambiguous-id-hint"),
        )),
    }
}

/// The document ID that `journal --doc PREFIX` means: a document in the
/// vault (as [`resolve_doc`]), or else one the journal names as the target
/// of a document action (a deleted document keeps its journal lines).
/// Matching nothing, or more than one, is exit 4.
pub fn resolve_journal_doc(conn: &Connection, prefix: &str) -> Result<String> {
    let p = prefix.trim().to_lowercase();
    let deleted_with_prefix = |p: &str| -> Result<Vec<String>> {
        let mut stmt = conn.prepare(
            "SELECT DISTINCT target FROM journal
             WHERE target >= ?1 AND target < ?2 AND action LIKE 'doc.%'
               AND target NOT IN (SELECT id FROM docs) LIMIT 11",
        )?;
        let ids = stmt
            .query_map(params![p, format!("{p}\u{10FFFF}")], |r| r.get(0))?
            .collect::<std::result::Result<_, _>>()?;
        Ok(ids)
    };
    let ambiguous = |ids: &[String]| {
        Error::not_found(
            crate::i18n::tr!(
                "err-ambiguous-id",
                id = prefix,
                matches = ids.iter().take(10).cloned().collect::<Vec<_>>().join(", ")
            ),
            crate::i18n::tr!("err-ambiguous-id-hint"),
        )
    };
    let err = match resolve_doc(conn, prefix) {
        Ok(d) if d.id == p => return Ok(d.id),
        Ok(d) => {
            // A prefix of a live document may also start a deleted one's ID.
            let mut ids = deleted_with_prefix(&p)?;
            if ids.is_empty() {
                return Ok(d.id);
            }
            ids.insert(0, d.id);
            return Err(ambiguous(&ids));
        }
        Err(e) => e,
    };
    if p.chars().count() < 4 || !p.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(err);
    }
    let in_docs: i64 = conn.query_row(
        "SELECT COUNT(*) FROM docs WHERE id >= ?1 AND id < ?2",
        params![p, format!("{p}\u{10FFFF}")],
        |r| r.get(0),
    )?;
    if in_docs > 0 {
        return Err(err); // ambiguous among the vault's documents
    }
    match deleted_with_prefix(&p)?.as_slice() {
        [] => Err(err),
        [id] => Ok(id.clone()),
        ids => Err(ambiguous(ids)),
    }
}

/// Documents, and how many are masked: the count the triggers keep
/// (schema 5, one row; counting walked an index spread over the whole
/// sealed file) and a count over `docs_masked`, not a scan of every row.
pub fn count_docs(conn: &Connection) -> Result<(i64, i64)> {
    let all = derived_doc_count(conn)?;
    let masked = conn.query_row("SELECT COUNT(*) FROM docs WHERE masked = 1", [], |r| {
        r.get(0)
    })?;
    Ok((all, masked))
}

/// The number of documents as the triggers of schema 5 keep it.
pub fn derived_doc_count(conn: &Connection) -> Result<i64> {
    Ok(conn
        .prepare_cached("SELECT n FROM derived_counts WHERE name = 'docs'")?
        .query_row([], |r| r.get(0))?)
}

/// The number of documents, counted row by row (`check` compares it
/// with [`derived_doc_count`]).
pub fn counted_docs(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT COUNT(*) FROM docs", [], |r| r.get(0))?)
}

/// Sets the kept count to the rows' (`check --repair`).
pub fn reset_derived_counts(conn: &Connection) -> Result<()> {
    conn.execute(
        "INSERT OR REPLACE INTO derived_counts (name, n) SELECT 'docs', COUNT(*) FROM docs",
        [],
    )?;
    Ok(())
}

pub fn update_doc_fields(
    conn: &Connection,
    id: &str,
    title: Option<&str>,
    doc_type: Option<DocType>,
    date: Option<&str>,
) -> Result<()> {
    if let Some(t) = title {
        conn.execute("UPDATE docs SET title = ?1 WHERE id = ?2", params![t, id])?;
    }
    if let Some(t) = doc_type {
        conn.execute(
            "UPDATE docs SET type = ?1 WHERE id = ?2",
            params![t.name, id],
        )?;
    }
    if let Some(d) = date {
        conn.execute("UPDATE docs SET date = ?1 WHERE id = ?2", params![d, id])?;
    }
    Ok(())
}

pub fn set_masked(conn: &Connection, id: &str, masked: bool) -> Result<()> {
    conn.execute(
        "UPDATE docs SET masked = ?1 WHERE id = ?2",
        params![masked as i64, id],
    )?;
    Ok(())
}

pub fn add_masked_from(conn: &Connection, id: &str, rpps: &str) -> Result<bool> {
    Ok(conn.execute(
        "INSERT OR IGNORE INTO doc_masked_from (doc_id, rpps) VALUES (?1, ?2)",
        params![id, rpps],
    )? > 0)
}

pub fn remove_masked_from(conn: &Connection, id: &str, rpps: &str) -> Result<bool> {
    Ok(conn.execute(
        "DELETE FROM doc_masked_from WHERE doc_id = ?1 AND rpps = ?2",
        params![id, rpps],
    )? > 0)
}

pub fn release_doc(conn: &Connection, id: &str) -> Result<()> {
    conn.execute(
        "UPDATE docs SET invisible_patient_until = NULL WHERE id = ?1",
        [id],
    )?;
    Ok(())
}

pub fn set_hidden_from_guardians(conn: &Connection, id: &str, hidden: bool) -> Result<()> {
    conn.execute(
        "UPDATE docs SET hidden_from_guardians = ?1 WHERE id = ?2",
        params![hidden as i64, id],
    )?;
    Ok(())
}

pub fn delete_doc(conn: &Connection, id: &str) -> Result<()> {
    conn.execute("DELETE FROM doc_tags WHERE doc_id = ?1", [id])?;
    conn.execute("DELETE FROM doc_masked_from WHERE doc_id = ?1", [id])?;
    conn.execute("DELETE FROM docs WHERE id = ?1", [id])?;
    Ok(())
}

/// Sets (or clears) a document's metadata sealed for the minor.
pub fn set_sealed(conn: &Connection, id: &str, sealed: Option<&[u8]>) -> Result<()> {
    conn.execute(
        "UPDATE docs SET sealed = ?1 WHERE id = ?2",
        params![sealed, id],
    )?;
    Ok(())
}

/// A document's metadata sealed for the minor, if it is hidden from guardians.
pub fn sealed_of(conn: &Connection, id: &str) -> Result<Option<Vec<u8>>> {
    Ok(conn
        .query_row("SELECT sealed FROM docs WHERE id = ?1", [id], |r| {
            r.get::<_, Option<Vec<u8>>>(0)
        })
        .optional()?
        .flatten())
}

/// The sealed metadata of every hidden document, by ID.
pub fn sealed_all(conn: &Connection) -> Result<std::collections::HashMap<String, Vec<u8>>> {
    let mut stmt = conn.prepare("SELECT id, sealed FROM docs WHERE sealed IS NOT NULL")?;
    let rows = stmt.query_map([], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?))
    })?;
    Ok(rows.collect::<std::result::Result<_, _>>()?)
}

/// How many documents are sealed for the minor (hidden from guardians).
pub fn count_sealed(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT COUNT(*) FROM docs WHERE sealed IS NOT NULL",
        [],
        |r| r.get(0),
    )?)
}

/// Whether any document carries a flag that hides it from the patient's
/// side (INVISIBLE_PATIENT or hidden from guardians): when none does, the
/// policy cannot hide anything from the holder and listing skips it.
pub fn any_patient_side_flags(conn: &Connection) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM docs WHERE invisible_patient_until IS NOT NULL OR hidden_from_guardians = 1)",
        [],
        |r| r.get(0),
    )?)
}

/// Every blob name the index points to.
pub fn referenced_blobs(conn: &Connection) -> Result<std::collections::HashSet<String>> {
    let mut stmt = conn.prepare("SELECT blob FROM docs")?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    Ok(rows.collect::<std::result::Result<_, _>>()?)
}

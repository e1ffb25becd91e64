//! Queries and updates of the index: documents, tags, masks, professionals,
//! grants, settings. Every SQL statement of the crate lives here or in
//! `journal`/`keys`; commands call these functions.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde_json::json;
use time::OffsetDateTime;

use crate::error::{Error, Result};
use crate::journal::{Action, JournalActor, Mode, NewEntry};
use crate::model::{listing_order, DocType, Document, EmergencyConsents, Grant, Professional};
use crate::timefmt;
use crate::vault::Tx;

// ---------- meta and settings ----------

pub fn get_meta(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
        .optional()?)
}

pub fn set_meta(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        params![key, value],
    )?;
    Ok(())
}

pub fn delete_meta(conn: &Connection, key: &str) -> Result<()> {
    conn.execute("DELETE FROM meta WHERE key = ?1", [key])?;
    Ok(())
}

/// A vault setting: its name, default, and how values are checked.
pub struct SettingDef {
    pub name: &'static str,
    pub default: &'static str,
    pub help: &'static str,
    pub check: fn(&str) -> std::result::Result<String, String>,
}

fn check_bool(v: &str) -> std::result::Result<String, String> {
    match v.trim().to_ascii_lowercase().as_str() {
        "true" | "yes" | "on" | "1" => Ok("true".into()),
        "false" | "no" | "off" | "0" => Ok("false".into()),
        _ => Err("expected true or false".into()),
    }
}

fn check_age(v: &str) -> std::result::Result<String, String> {
    match v.trim().parse::<u32>() {
        Ok(n) if (1..=30).contains(&n) => Ok(n.to_string()),
        _ => Err("expected a whole number of years from 1 to 30".into()),
    }
}

fn check_days(v: &str) -> std::result::Result<String, String> {
    match v.trim().parse::<u32>() {
        Ok(n) if n <= 3650 => Ok(n.to_string()),
        _ => Err("expected a whole number of days from 0 to 3650".into()),
    }
}

pub const SETTINGS: &[SettingDef] = &[
    SettingDef {
        name: "masked-visible-to-primary",
        default: "true",
        help: "the primary doctor also sees masked documents (false = strict Mon espace santé rule: only the author)",
        check: check_bool,
    },
    SettingDef {
        name: "majority-age",
        default: "18",
        help: "age at which a child's profile is handed over",
        check: check_age,
    },
    SettingDef {
        name: "majority-warning-days",
        default: "90",
        help: "days before majority from which status and profile list warn",
        check: check_days,
    },
];

pub fn setting_def(name: &str) -> Result<&'static SettingDef> {
    SETTINGS.iter().find(|s| s.name == name).ok_or_else(|| {
        Error::usage(
            format!("unknown setting {name:?}"),
            format!(
                "known settings: {}",
                SETTINGS
                    .iter()
                    .map(|s| s.name)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )
    })
}

pub fn setting(conn: &Connection, name: &str) -> Result<String> {
    let def = setting_def(name)?;
    Ok(get_meta(conn, &format!("setting.{name}"))?.unwrap_or_else(|| def.default.to_string()))
}

pub fn setting_bool(conn: &Connection, name: &str) -> Result<bool> {
    Ok(setting(conn, name)? == "true")
}

pub fn setting_u32(conn: &Connection, name: &str) -> Result<u32> {
    Ok(setting(conn, name)?.parse().unwrap_or(0))
}

pub fn set_setting(conn: &Connection, name: &str, value: &str) -> Result<String> {
    let def = setting_def(name)?;
    let v = (def.check)(value).map_err(|why| {
        Error::usage(
            format!("invalid value {value:?} for {name}: {why}"),
            format!("{name}: {}", def.help),
        )
    })?;
    set_meta(conn, &format!("setting.{name}"), &v)?;
    Ok(v)
}

pub fn emergency_consents(conn: &Connection) -> Result<EmergencyConsents> {
    let d = EmergencyConsents::default();
    let get = |k: &str, dv: bool| -> Result<bool> {
        Ok(get_meta(conn, k)?.map(|v| v == "allow").unwrap_or(dv))
    };
    Ok(EmergencyConsents {
        samu: get("emergency.samu", d.samu)?,
        break_glass: get("emergency.break_glass", d.break_glass)?,
        masked: get("emergency.masked", d.masked)?,
    })
}

pub fn set_emergency_consents(conn: &Connection, c: &EmergencyConsents) -> Result<()> {
    let v = |b: bool| if b { "allow" } else { "deny" };
    set_meta(conn, "emergency.samu", v(c.samu))?;
    set_meta(conn, "emergency.break_glass", v(c.break_glass))?;
    set_meta(conn, "emergency.masked", v(c.masked))?;
    Ok(())
}

// ---------- documents ----------

const DOC_COLS: &str = "id, title, type, date, author, masked, hidden_from_guardians, invisible_patient_until, size, sha256, blob, media_type, filename, added_at";

fn doc_from_row(r: &Row) -> rusqlite::Result<Document> {
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

fn fill_tags_and_masks(conn: &Connection, docs: &mut [Document]) -> Result<()> {
    if docs.is_empty() {
        return Ok(());
    }
    // One pass over each side table keeps listing 100k documents fast; the
    // map from id to position is built only if either table has a row.
    let mut pos: Option<std::collections::HashMap<String, usize>> = None;
    let mut pos_of = |docs: &[Document], id: &str| -> Option<usize> {
        pos.get_or_insert_with(|| {
            docs.iter()
                .enumerate()
                .map(|(i, d)| (d.id.clone(), i))
                .collect()
        })
        .get(id)
        .copied()
    };
    let mut stmt = conn.prepare_cached("SELECT doc_id, tag FROM doc_tags ORDER BY doc_id, tag")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        if let Some(i) = pos_of(docs, &r.get::<_, String>(0)?) {
            docs[i].tags.push(r.get(1)?);
        }
    }
    let mut stmt =
        conn.prepare_cached("SELECT doc_id, rpps FROM doc_masked_from ORDER BY doc_id, rpps")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        if let Some(i) = pos_of(docs, &r.get::<_, String>(0)?) {
            docs[i].masked_from.push(r.get(1)?);
        }
    }
    Ok(())
}

fn fill_one(conn: &Connection, d: &mut Document) -> Result<()> {
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
    let d = conn
        .query_row(
            &format!("SELECT {DOC_COLS} FROM docs WHERE blob = ?1"),
            [blob],
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

pub fn get_doc(conn: &Connection, id: &str) -> Result<Option<Document>> {
    let d = conn
        .query_row(
            &format!("SELECT {DOC_COLS} FROM docs WHERE id = ?1"),
            [id],
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
            format!("no document with ID {prefix}"),
            "see `carnet list` for document IDs (any unique prefix of 4+ characters works)",
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
            format!(
                "ID prefix {prefix} is ambiguous; it matches: {}",
                rows.iter()
                    .take(10)
                    .map(|(id, t)| format!("{id} ({t})"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            "type more characters of the ID",
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
            format!(
                "ID prefix {prefix} is ambiguous; it matches: {}",
                ids.iter().take(10).cloned().collect::<Vec<_>>().join(", ")
            ),
            "type more characters of the ID",
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

/// `carnet list` filters.
#[derive(Debug, Default, Clone)]
pub struct DocFilter {
    pub types: Vec<DocType>,
    pub author: Option<String>,
    pub tag: Option<String>,
    pub since: Option<String>,
    pub until: Option<String>,
    pub masked: Option<bool>,
    pub search: Option<String>,
    pub limit: Option<usize>,
}

impl DocFilter {
    /// Whether a document matches: the definition of `list`'s filters.
    /// [`list_docs`] makes the same test in SQL (a property test below
    /// checks they agree), so text is compared as SQLite's `LIKE` does:
    /// case-insensitive for ASCII letters only.
    pub fn matches(&self, d: &Document) -> bool {
        (self.types.is_empty() || self.types.contains(&d.doc_type))
            && self
                .author
                .as_ref()
                .is_none_or(|a| d.author.as_ref() == Some(a))
            && self.tag.as_ref().is_none_or(|t| d.tags.contains(t))
            && self
                .since
                .as_ref()
                .is_none_or(|s| d.date.as_str() >= s.as_str())
            && self
                .until
                .as_ref()
                .is_none_or(|u| d.date.as_str() <= u.as_str())
            && match self.masked {
                Some(true) => d.masked || !d.masked_from.is_empty(),
                Some(false) => !d.masked && d.masked_from.is_empty(),
                None => true,
            }
            && self.search.as_ref().is_none_or(|s| {
                like(&d.title, s) || like(&d.filename, s) || d.tags.iter().any(|t| like(t, s))
            })
    }
}

/// `hay LIKE '%needle%'` as SQLite judges it (ASCII case folding only).
fn like(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    n.is_empty() || h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
}

/// Documents matching the filter, newest document date first.
pub fn list_docs(conn: &Connection, f: &DocFilter) -> Result<Vec<Document>> {
    select_docs(conn, f, false)
}

/// As [`list_docs`], plus every document hidden from guardians whatever
/// its clear columns say: they are placeholders, the real metadata is
/// sealed, and the caller matches it once opened.
pub fn list_docs_with_hidden(conn: &Connection, f: &DocFilter) -> Result<Vec<Document>> {
    select_docs(conn, f, true)
}

fn select_docs(conn: &Connection, f: &DocFilter, with_hidden: bool) -> Result<Vec<Document>> {
    let mut cond = String::new();
    let mut args: Vec<rusqlite::types::Value> = Vec::new();
    if !f.types.is_empty() {
        cond.push_str(&format!(
            " AND type IN ({})",
            vec!["?"; f.types.len()].join(",")
        ));
        for t in &f.types {
            args.push(t.name.to_string().into());
        }
    }
    if let Some(a) = &f.author {
        cond.push_str(" AND author = ?");
        args.push(a.clone().into());
    }
    if let Some(t) = &f.tag {
        cond.push_str(" AND id IN (SELECT doc_id FROM doc_tags WHERE tag = ?)");
        args.push(t.clone().into());
    }
    if let Some(s) = &f.since {
        cond.push_str(" AND date >= ?");
        args.push(s.clone().into());
    }
    if let Some(u) = &f.until {
        cond.push_str(" AND date <= ?");
        args.push(u.clone().into());
    }
    match f.masked {
        Some(true) => {
            cond.push_str(" AND (masked = 1 OR id IN (SELECT doc_id FROM doc_masked_from))")
        }
        Some(false) => {
            cond.push_str(" AND masked = 0 AND id NOT IN (SELECT doc_id FROM doc_masked_from)")
        }
        None => {}
    }
    if let Some(s) = &f.search {
        cond.push_str(" AND (title LIKE ? ESCAPE '\\' OR filename LIKE ? ESCAPE '\\' OR id IN (SELECT doc_id FROM doc_tags WHERE tag LIKE ? ESCAPE '\\'))");
        let pat = format!(
            "%{}%",
            s.replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        );
        args.push(pat.clone().into());
        args.push(pat.clone().into());
        args.push(pat.into());
    }
    let mut sql = if with_hidden {
        format!("SELECT {DOC_COLS} FROM docs WHERE hidden_from_guardians = 1 OR (1=1{cond})")
    } else {
        format!("SELECT {DOC_COLS} FROM docs WHERE 1=1{cond}")
    };
    // With a limit SQLite keeps the top N as it scans. Without one, a table
    // scan sorted here beats SQLite's ORDER BY, which walks the date index
    // and looks each row up (100k documents: 450 -> 300 ms, sort included).
    if let Some(n) = f.limit {
        sql.push_str(&format!(" ORDER BY date DESC, added_at DESC, id LIMIT {n}"));
    }
    let mut stmt = conn.prepare(&sql)?;
    let mut docs: Vec<Document> = stmt
        .query_map(rusqlite::params_from_iter(args), doc_from_row)?
        .collect::<std::result::Result<_, _>>()?;
    if f.limit.is_none() {
        docs.sort_unstable_by(listing_order);
    }
    if docs.len() <= 64 {
        for d in docs.iter_mut() {
            fill_one(conn, d)?;
        }
    } else {
        fill_tags_and_masks(conn, &mut docs)?;
    }
    Ok(docs)
}

pub fn all_docs(conn: &Connection) -> Result<Vec<Document>> {
    list_docs(conn, &DocFilter::default())
}

/// Documents, and how many are masked: two counts over indexes (the
/// smallest, and `docs_masked`), not one scan of every row.
pub fn count_docs(conn: &Connection) -> Result<(i64, i64)> {
    let all = conn.query_row("SELECT COUNT(*) FROM docs", [], |r| r.get(0))?;
    let masked = conn.query_row("SELECT COUNT(*) FROM docs WHERE masked = 1", [], |r| {
        r.get(0)
    })?;
    Ok((all, masked))
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

/// SQLite's own checks of the index: `integrity_check` messages (empty
/// when fine) and the number of dangling references.
pub fn database_problems(conn: &Connection) -> Result<(Vec<String>, i64)> {
    let ic: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    let fk: i64 = conn.query_row("SELECT COUNT(*) FROM pragma_foreign_key_check", [], |r| {
        r.get(0)
    })?;
    Ok((if ic == "ok" { Vec::new() } else { vec![ic] }, fk))
}

/// Every blob name the index points to.
pub fn referenced_blobs(conn: &Connection) -> Result<std::collections::HashSet<String>> {
    let mut stmt = conn.prepare("SELECT blob FROM docs")?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    Ok(rows.collect::<std::result::Result<_, _>>()?)
}

// ---------- professionals ----------

fn pro_from_row(r: &Row) -> rusqlite::Result<Professional> {
    let added: String = r.get(8)?;
    let blocked_at: Option<String> = r.get(7)?;
    Ok(Professional {
        rpps: r.get(0)?,
        name: r.get(1)?,
        specialty: r.get(2)?,
        place: r.get(3)?,
        recipient: r.get(4)?,
        primary: r.get::<_, i64>(5)? != 0,
        blocked: r.get::<_, i64>(6)? != 0,
        blocked_at: blocked_at.as_deref().and_then(timefmt::parse_rfc3339),
        added_at: timefmt::parse_rfc3339(&added).unwrap_or(OffsetDateTime::UNIX_EPOCH),
        signer: r.get(9)?,
    })
}

const PRO_COLS: &str =
    "rpps, name, specialty, place, recipient, is_primary, blocked, blocked_at, added_at, signer";

pub fn get_pro(conn: &Connection, rpps: &str) -> Result<Option<Professional>> {
    Ok(conn
        .query_row(
            &format!("SELECT {PRO_COLS} FROM pros WHERE rpps = ?1"),
            [rpps],
            pro_from_row,
        )
        .optional()?)
}

/// A known professional, or exit 4.
pub fn require_pro(conn: &Connection, rpps: &str) -> Result<Professional> {
    get_pro(conn, rpps)?.ok_or_else(|| {
        Error::not_found(
            format!("no professional with RPPS {rpps} in this vault"),
            format!("add them first: carnet pro add {rpps} --name \"Dr …\""),
        )
    })
}

pub fn list_pros(conn: &Connection) -> Result<Vec<Professional>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {PRO_COLS} FROM pros ORDER BY name COLLATE NOCASE, rpps"
    ))?;
    let rows = stmt.query_map([], pro_from_row)?;
    Ok(rows.collect::<std::result::Result<_, _>>()?)
}

pub fn insert_pro(conn: &Connection, p: &Professional) -> Result<()> {
    conn.execute(
        &format!("INSERT INTO pros ({PRO_COLS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"),
        params![
            p.rpps,
            p.name,
            p.specialty,
            p.place,
            p.recipient,
            p.primary as i64,
            p.blocked as i64,
            p.blocked_at.map(timefmt::rfc3339),
            timefmt::rfc3339(p.added_at),
            p.signer
        ],
    )?;
    Ok(())
}

pub fn update_pro(conn: &Connection, p: &Professional) -> Result<()> {
    conn.execute(
        "UPDATE pros SET name = ?2, specialty = ?3, place = ?4, recipient = ?5, is_primary = ?6, blocked = ?7, blocked_at = ?8, signer = ?9 WHERE rpps = ?1",
        params![
            p.rpps,
            p.name,
            p.specialty,
            p.place,
            p.recipient,
            p.primary as i64,
            p.blocked as i64,
            p.blocked_at.map(timefmt::rfc3339),
            p.signer
        ],
    )?;
    Ok(())
}

pub fn delete_pro(conn: &Connection, rpps: &str) -> Result<()> {
    conn.execute("DELETE FROM pros WHERE rpps = ?1", [rpps])?;
    Ok(())
}

pub fn primary(conn: &Connection) -> Result<Option<Professional>> {
    Ok(conn
        .query_row(
            &format!("SELECT {PRO_COLS} FROM pros WHERE is_primary = 1"),
            [],
            pro_from_row,
        )
        .optional()?)
}

pub fn set_primary(conn: &Connection, rpps: Option<&str>) -> Result<()> {
    conn.execute("UPDATE pros SET is_primary = 0", [])?;
    if let Some(r) = rpps {
        conn.execute("UPDATE pros SET is_primary = 1 WHERE rpps = ?1", [r])?;
    }
    Ok(())
}

pub fn blocked_rpps(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare("SELECT rpps FROM pros WHERE blocked = 1 ORDER BY rpps")?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<std::result::Result<_, _>>()?)
}

// ---------- grants ----------

fn grant_from_row(r: &Row) -> rusqlite::Result<Grant> {
    let created: String = r.get(2)?;
    let expires: String = r.get(3)?;
    let revoked: Option<String> = r.get(4)?;
    let types: String = r.get(5)?;
    let docs: String = r.get(6)?;
    let types: Vec<String> = serde_json::from_str(&types).unwrap_or_default();
    Ok(Grant {
        id: r.get(0)?,
        rpps: r.get(1)?,
        created_at: timefmt::parse_rfc3339(&created).unwrap_or(OffsetDateTime::UNIX_EPOCH),
        expires_at: timefmt::parse_rfc3339(&expires).unwrap_or(OffsetDateTime::UNIX_EPOCH),
        revoked_at: revoked.as_deref().and_then(timefmt::parse_rfc3339),
        types: types.iter().filter_map(|t| DocType::parse(t)).collect(),
        docs: serde_json::from_str(&docs).unwrap_or_default(),
    })
}

const GRANT_COLS: &str = "id, rpps, created_at, expires_at, revoked_at, types, docs";

pub fn list_grants(conn: &Connection) -> Result<Vec<Grant>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {GRANT_COLS} FROM grants ORDER BY created_at, id"
    ))?;
    let rows = stmt.query_map([], grant_from_row)?;
    Ok(rows.collect::<std::result::Result<_, _>>()?)
}

pub fn insert_grant(conn: &Connection, g: &Grant) -> Result<()> {
    let types: Vec<&str> = g.types.iter().map(|t| t.name).collect();
    conn.execute(
        &format!("INSERT INTO grants ({GRANT_COLS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
        params![
            g.id,
            g.rpps,
            timefmt::rfc3339(g.created_at),
            timefmt::rfc3339(g.expires_at),
            g.revoked_at.map(timefmt::rfc3339),
            serde_json::to_string(&types).unwrap_or_default(),
            serde_json::to_string(&g.docs).unwrap_or_default(),
        ],
    )?;
    Ok(())
}

pub fn revoke_grant(conn: &Connection, id: &str, at: OffsetDateTime) -> Result<()> {
    conn.execute(
        "UPDATE grants SET revoked_at = ?1 WHERE id = ?2 AND revoked_at IS NULL",
        params![timefmt::rfc3339(at), id],
    )?;
    Ok(())
}

/// Journals `grant.expire` for grants that ran out since the last commit.
pub fn journal_expired_grants(tx: &Tx) -> Result<()> {
    let now = timefmt::rfc3339(tx.now);
    let mut stmt = tx.conn.prepare(
        "SELECT g.id, g.rpps, g.expires_at, COALESCE(p.name, '') FROM grants g LEFT JOIN pros p ON p.rpps = g.rpps
         WHERE g.revoked_at IS NULL AND g.expiry_journaled = 0 AND g.expires_at <= ?1 ORDER BY g.expires_at",
    )?;
    let expired: Vec<(String, String, String, String)> = stmt
        .query_map([&now], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<std::result::Result<_, _>>()?;
    for (id, rpps, at, name) in expired {
        tx.journal(
            NewEntry::new(
                &JournalActor::system(),
                Action::GrantExpire,
                Some(&id),
                json!({ "grant": id, "rpps": rpps, "idnat": format!("8{rpps}"), "name": name, "expired_at": at }),
            )
            .mode(Mode::Grant)
            .private(crate::vault::private::is_private_grant(tx.conn, &id)?),
        )?;
        tx.conn.execute(
            "UPDATE grants SET expiry_journaled = 1 WHERE id = ?1",
            [&id],
        )?;
    }
    Ok(())
}

/// Whether some grant expired without its `grant.expire` entry yet.
pub fn has_unjournaled_expiry(conn: &Connection, now: OffsetDateTime) -> Result<bool> {
    let n: i64 = conn.query_row(
        "SELECT COUNT(*) FROM grants WHERE revoked_at IS NULL AND expiry_journaled = 0 AND expires_at <= ?1",
        [timefmt::rfc3339(now)],
        |r| r.get(0),
    )?;
    Ok(n > 0)
}

/// Resolves a grant ID or unique prefix (exit 4 otherwise).
pub fn resolve_grant(conn: &Connection, prefix: &str) -> Result<Grant> {
    let p = prefix.trim().to_lowercase();
    let all = list_grants(conn)?;
    if let Some(g) = all.iter().find(|g| g.id == p) {
        return Ok(g.clone());
    }
    let m: Vec<&Grant> = if p.len() >= 4 {
        all.iter().filter(|g| g.id.starts_with(&p)).collect()
    } else {
        vec![]
    };
    match m.len() {
        1 => Ok(m[0].clone()),
        0 => Err(Error::not_found(
            format!("no grant with ID {prefix}"),
            "see `carnet grants --all` for grant IDs, or give an RPPS to revoke all of a professional's grants",
        )),
        _ => Err(Error::not_found(
            format!(
                "grant ID prefix {prefix} is ambiguous; it matches: {}",
                m.iter().map(|g| g.id.as_str()).collect::<Vec<_>>().join(", ")
            ),
            "type more characters of the ID",
        )),
    }
}

#[cfg(test)]
mod filter_tests {
    use super::*;

    pub(super) fn doc() -> Document {
        Document {
            id: "abcd".into(),
            title: "Bilan Sanguin".into(),
            doc_type: DocType::parse("lab-report").unwrap(),
            date: "2025-02-03".into(),
            author: Some("10003456786".into()),
            tags: vec!["cardio".into()],
            masked: false,
            masked_from: vec![],
            hidden_from_guardians: true,
            invisible_patient_until: None,
            size: 1,
            sha256: String::new(),
            blob: "b".into(),
            media_type: "text/plain".into(),
            filename: "bilan.txt".into(),
            added_at: OffsetDateTime::UNIX_EPOCH,
        }
    }

    #[test]
    fn in_memory_filter_matches_like_the_sql() {
        let d = doc();
        assert!(DocFilter::default().matches(&d));
        let f = |g: fn(&mut DocFilter)| {
            let mut x = DocFilter::default();
            g(&mut x);
            x.matches(&d)
        };
        assert!(f(|x| x.types = vec![DocType::parse("lab-report").unwrap()]));
        assert!(!f(
            |x| x.types = vec![DocType::parse("prescription").unwrap()]
        ));
        assert!(f(|x| x.author = Some("10003456786".into())));
        assert!(!f(|x| x.author = Some("10100000008".into())));
        assert!(f(|x| x.tag = Some("cardio".into())));
        assert!(!f(|x| x.tag = Some("cardi".into())));
        assert!(f(|x| x.since = Some("2025-02-03".into())));
        assert!(!f(|x| x.since = Some("2025-02-04".into())));
        assert!(f(|x| x.until = Some("2025-02-03".into())));
        assert!(!f(|x| x.until = Some("2025-02-02".into())));
        assert!(f(|x| x.masked = Some(false)));
        assert!(!f(|x| x.masked = Some(true)));
        assert!(f(|x| x.search = Some("sanguin".into())));
        assert!(f(|x| x.search = Some("BILAN.TXT".into())));
        assert!(f(|x| x.search = Some("ardi".into())));
        assert!(!f(|x| x.search = Some("ordonnance".into())));
    }
}

#[cfg(test)]
mod order_tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// A list without a limit (sorted here) comes in the same order as
        /// one with a limit (sorted by SQLite), ties on date and time included.
        #[test]
        fn listing_sorted_here_matches_the_sql_order(
            docs in proptest::collection::vec((0u8..4, 0i64..3, "[a-z0-9]{12}"), 0..80)
        ) {
            let conn = Connection::open_in_memory().unwrap();
            crate::vault::schema::create(&conn).unwrap();
            let mut expect = std::collections::HashMap::new();
            for (day, second, id) in docs {
                if expect.contains_key(&id) {
                    continue;
                }
                let mut d = filter_tests::doc();
                // Side tables: a tag derived from the id on some documents,
                // a professional mask on others, nothing on the rest.
                d.tags = if day % 2 == 0 { vec![format!("t-{id}")] } else { vec![] };
                d.masked_from = if second == 1 { vec!["10003456786".into()] } else { vec![] };
                d.date = format!("2025-01-0{}", day + 1);
                d.added_at = OffsetDateTime::from_unix_timestamp(1_700_000_000 + second).unwrap();
                d.blob = id.clone();
                d.id = id.clone();
                insert_doc(&conn, &d).unwrap();
                expect.insert(id, (d.tags, d.masked_from));
            }
            // Ids, tags and per-professional masks (filled after sorting,
            // through the id map when there are over 64 documents).
            let ids = |f: &DocFilter| -> Vec<(String, Vec<String>, Vec<String>)> {
                list_docs(&conn, f)
                    .unwrap()
                    .into_iter()
                    .map(|d| (d.id, d.tags, d.masked_from))
                    .collect()
            };
            let all = ids(&DocFilter::default());
            let by_sql = ids(&DocFilter { limit: Some(1000), ..DocFilter::default() });
            prop_assert_eq!(all.len(), by_sql.len());
            prop_assert_eq!(all.len(), expect.len());
            for (id, tags, masked_from) in &all {
                prop_assert_eq!(&expect[id], &(tags.clone(), masked_from.clone()));
            }
            prop_assert_eq!(all, by_sql);
        }

        /// `list`'s filters in SQL ([`list_docs`]) keep exactly the
        /// documents [`DocFilter::matches`] keeps, in the listing order, a
        /// limit included; with the documents hidden from guardians kept
        /// whatever their columns say ([`list_docs_with_hidden`]).
        #[test]
        fn filters_in_sql_match_the_rust_predicate(
            docs in proptest::collection::vec(
                (0usize..3, 0usize..3, 0usize..8, 0u8..4, any::<(bool, bool, bool)>(), 0usize..TEXTS.len(), 0usize..TEXTS.len(), "[a-z0-9]{12}"),
                0..40,
            ),
            types in proptest::collection::vec(0usize..3, 0..3),
            author in proptest::option::of(0usize..3),
            tag in proptest::option::of(0usize..TAGS.len()),
            since in proptest::option::of(0u8..4),
            until in proptest::option::of(0u8..4),
            masked in proptest::option::of(any::<bool>()),
            search in proptest::option::of(0usize..NEEDLES.len()),
            limit in proptest::option::of(0usize..6),
        ) {
            let conn = Connection::open_in_memory().unwrap();
            crate::vault::schema::create(&conn).unwrap();
            let day = |n: u8| format!("2025-01-0{}", n + 1);
            let mut seen = std::collections::HashSet::new();
            for (ty, au, tags, d_day, (m, mf, hidden), title, file, id) in docs {
                if !seen.insert(id.clone()) {
                    continue;
                }
                let mut d = filter_tests::doc();
                d.doc_type = DocType::parse(KINDS[ty]).unwrap();
                d.author = AUTHORS[au].map(str::to_string);
                d.tags = (0..TAGS.len()).filter(|i| tags & (1 << i) != 0).map(|i| TAGS[i].to_string()).collect();
                d.date = day(d_day);
                d.masked = m;
                d.masked_from = if mf { vec!["10100000008".into()] } else { vec![] };
                d.hidden_from_guardians = hidden;
                d.title = TEXTS[title].into();
                d.filename = TEXTS[file].into();
                d.blob = id.clone();
                d.id = id;
                insert_doc(&conn, &d).unwrap();
            }
            let f = DocFilter {
                types: types.into_iter().map(|t| DocType::parse(KINDS[t]).unwrap()).collect(),
                author: author.and_then(|a| AUTHORS[a]).map(str::to_string),
                tag: tag.map(|t| TAGS[t].to_string()),
                since: since.map(day),
                until: until.map(day),
                masked,
                search: search.map(|s| NEEDLES[s].to_string()),
                limit,
            };
            let ids = |docs: Vec<Document>| docs.into_iter().map(|d| d.id).collect::<Vec<_>>();
            let everything = all_docs(&conn).unwrap();
            let mut expect: Vec<String> =
                ids(everything.iter().filter(|d| f.matches(d)).cloned().collect());
            if let Some(n) = limit {
                expect.truncate(n);
            }
            prop_assert_eq!(ids(list_docs(&conn, &f).unwrap()), expect);
            let unlimited = DocFilter { limit: None, ..f.clone() };
            let with_hidden = ids(
                everything.into_iter().filter(|d| d.hidden_from_guardians || f.matches(d)).collect(),
            );
            prop_assert_eq!(ids(list_docs_with_hidden(&conn, &unlimited).unwrap()), with_hidden);
        }
    }

    const KINDS: [&str; 3] = ["lab-report", "prescription", "other"];
    const AUTHORS: [Option<&str>; 3] = [None, Some("10003456786"), Some("10100000008")];
    const TAGS: [&str; 3] = ["cardio", "Cardio", "été"];
    /// Titles and file names: mixed case, non-ASCII letters (whose case
    /// `LIKE` does not fold, nor does the Rust test), a Kelvin sign
    /// (lowercased to an ASCII `k` by Unicode rules, not by `LIKE`), and
    /// `LIKE`'s own wildcards.
    const TEXTS: [&str; 7] = [
        "Bilan Sanguin",
        "bilan.txt",
        "École",
        "école",
        "\u{212A}elvin",
        "50% _x_",
        "a\\b",
    ];
    const NEEDLES: [&str; 12] = [
        "", "bilan", "BILAN", "école", "É", "k", "%", "_", "\\", "cardio", "50%", "o_x",
    ];
}

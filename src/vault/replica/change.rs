//! One commit's changes as rows, captured by SQLite's session extension
//! around [`Vault::write`](crate::vault::Vault::write): whatever a command
//! changes in a replicated table is replicated, with no per-command code.
//! Bookkeeping tables (`sync_*`) are this replica's own and never leave it.

use std::collections::BTreeMap;

use rusqlite::types::{Value as SqlValue, ValueRef};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// A cell's value, as SQLite stores it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Val {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
    Blob { b: String },
}

impl Val {
    pub fn from_ref(v: ValueRef<'_>) -> Val {
        match v {
            ValueRef::Null => Val::Null,
            ValueRef::Integer(i) => Val::Int(i),
            ValueRef::Real(f) => Val::Real(f),
            ValueRef::Text(t) => Val::Text(String::from_utf8_lossy(t).into_owned()),
            ValueRef::Blob(b) => Val::Blob { b: hex::encode(b) },
        }
    }

    pub fn to_sql(&self) -> SqlValue {
        match self {
            Val::Null => SqlValue::Null,
            Val::Int(i) => SqlValue::Integer(*i),
            Val::Real(f) => SqlValue::Real(*f),
            Val::Text(s) => SqlValue::Text(s.clone()),
            Val::Blob { b } => SqlValue::Blob(hex::decode(b).unwrap_or_default()),
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Val::Null)
    }

    /// A canonical text form, to store in bookkeeping and compare.
    pub fn key(&self) -> String {
        serde_json::to_string(self).expect("values serialize")
    }

    pub fn truthy(&self) -> bool {
        match self {
            Val::Null => false,
            Val::Int(i) => *i != 0,
            Val::Real(f) => *f != 0.0,
            Val::Text(s) => !s.is_empty(),
            Val::Blob { b } => !b.is_empty(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Op {
    #[serde(rename = "i")]
    Insert,
    #[serde(rename = "u")]
    Update,
    #[serde(rename = "d")]
    Delete,
}

/// One row changed: its table, primary key, and the columns set (every
/// column for an insert, the changed ones for an update, none for a delete).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub t: String,
    pub op: Op,
    pub pk: Vec<Val>,
    pub set: BTreeMap<String, Val>,
}

impl Change {
    /// The primary key as one string (bookkeeping key).
    pub fn pk_key(&self) -> String {
        serde_json::to_string(&self.pk).expect("values serialize")
    }
}

/// A table's columns and which of them form the primary key.
#[derive(Debug, Clone)]
pub struct Columns {
    pub names: Vec<String>,
    pub pk: Vec<usize>,
}

pub fn columns(conn: &Connection, table: &str) -> Result<Columns> {
    let mut stmt =
        conn.prepare_cached("SELECT name, pk FROM pragma_table_info(?1, 'main') ORDER BY cid")?;
    let mut names = Vec::new();
    let mut pks: Vec<(i64, usize)> = Vec::new();
    let rows = stmt.query_map([table], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
    })?;
    for (i, row) in rows.enumerate() {
        let (name, pk) = row?;
        if pk > 0 {
            pks.push((pk, i));
        }
        names.push(name);
    }
    if names.is_empty() {
        return Err(Error::integrity(
            crate::i18n::tr!("v-change-unknown-table", table = format!("{table:?}")),
            crate::i18n::tr!("v-upgrade-then-sync-hint"),
        ));
    }
    pks.sort();
    Ok(Columns {
        names,
        pk: pks.into_iter().map(|(_, i)| i).collect(),
    })
}

impl Columns {
    /// The primary key's column names.
    pub fn pk_names(&self) -> Vec<String> {
        self.pk.iter().map(|&i| self.names[i].clone()).collect()
    }
}

/// `"a" = ?1 AND "b" = ?2`: a row by its key, the key bound first.
pub fn pk_condition(pk_cols: &[String]) -> String {
    pk_cols
        .iter()
        .enumerate()
        .map(|(i, c)| format!("\"{c}\" = ?{}", i + 1))
        .collect::<Vec<_>>()
        .join(" AND ")
}

/// Whether a table's rows travel between replicas.
pub fn replicated(table: &str) -> bool {
    !table.starts_with("sync_") && !table.starts_with("sqlite_")
}

/// Records the changes made to replicated tables on `conn`, with temporary
/// triggers (on this connection only, never sealed into the index) that
/// copy each row written into `temp.carnet_capture`, in the order written.
/// (SQLite's session extension would do the same, but needs bindgen and
/// libclang to build; triggers need nothing.)
pub struct Capture<'c> {
    conn: &'c Connection,
    tables: BTreeMap<String, Columns>,
    /// Whether the change wrote this replica's own bookkeeping (`sync_*`),
    /// which no segment carries: the commit must then seal the whole index.
    local: bool,
}

fn row_json(cols: &Columns, side: &str) -> String {
    let vals = cols
        .names
        .iter()
        .map(|c| format!("CASE WHEN typeof({side}.\"{c}\") = 'blob' THEN hex({side}.\"{c}\") ELSE {side}.\"{c}\" END"))
        .collect::<Vec<_>>()
        .join(", ");
    let types = cols
        .names
        .iter()
        .map(|c| format!("typeof({side}.\"{c}\")"))
        .collect::<Vec<_>>()
        .join(", ");
    format!("json_array(json_array({vals}), json_array({types}))")
}

impl<'c> Capture<'c> {
    pub fn start(conn: &'c Connection) -> Result<Capture<'c>> {
        let names: Vec<String> = conn
            .prepare("SELECT name FROM main.sqlite_schema WHERE type = 'table' ORDER BY name")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut sql = String::from(
            "CREATE TEMP TABLE IF NOT EXISTS carnet_capture (n INTEGER PRIMARY KEY, t TEXT NOT NULL, op TEXT NOT NULL, old TEXT, new TEXT);
             DELETE FROM temp.carnet_capture;
             CREATE TEMP TABLE IF NOT EXISTS carnet_capture_on (on_ INTEGER NOT NULL);
             DELETE FROM temp.carnet_capture_on;
             INSERT INTO temp.carnet_capture_on VALUES (1);",
        );
        let mut tables = BTreeMap::new();
        for t in names
            .iter()
            .filter(|t| !replicated(t) && !t.starts_with("sqlite_"))
        {
            let on = "(SELECT on_ FROM temp.carnet_capture_on)";
            for (ev, suffix) in [("INSERT", "i"), ("UPDATE", "u"), ("DELETE", "d")] {
                sql.push_str(&format!(
                    "CREATE TEMP TRIGGER IF NOT EXISTS \"carnet_cap_{t}_{suffix}\" AFTER {ev} ON main.\"{t}\" WHEN {on} BEGIN
                       INSERT INTO temp.carnet_capture (t, op) VALUES ('{t}', 'x'); END;"
                ));
            }
        }
        for t in names.into_iter().filter(|t| replicated(t)) {
            let cols = columns(conn, &t)?;
            let on = "(SELECT on_ FROM temp.carnet_capture_on)";
            sql.push_str(&format!(
                "CREATE TEMP TRIGGER IF NOT EXISTS \"carnet_cap_{t}_i\" AFTER INSERT ON main.\"{t}\" WHEN {on} BEGIN
                   INSERT INTO temp.carnet_capture (t, op, new) VALUES ('{t}', 'i', {new}); END;
                 CREATE TEMP TRIGGER IF NOT EXISTS \"carnet_cap_{t}_u\" AFTER UPDATE ON main.\"{t}\" WHEN {on} BEGIN
                   INSERT INTO temp.carnet_capture (t, op, old, new) VALUES ('{t}', 'u', {old}, {new}); END;
                 CREATE TEMP TRIGGER IF NOT EXISTS \"carnet_cap_{t}_d\" AFTER DELETE ON main.\"{t}\" WHEN {on} BEGIN
                   INSERT INTO temp.carnet_capture (t, op, old) VALUES ('{t}', 'd', {old}); END;",
                new = row_json(&cols, "NEW"),
                old = row_json(&cols, "OLD"),
            ));
            tables.insert(t, cols);
        }
        conn.execute_batch(&sql)?;
        Ok(Capture {
            conn,
            tables,
            local: false,
        })
    }

    /// Whether the rows finished so far wrote bookkeeping (see `local`).
    pub fn touched_local(&self) -> bool {
        self.local
    }

    pub fn set_enabled(&mut self, on: bool) {
        let _ = self
            .conn
            .execute("UPDATE temp.carnet_capture_on SET on_ = ?1", [on as i64]);
    }

    /// The rows changed since [`Capture::start`], in the order written.
    pub fn finish(&mut self, _conn: &Connection) -> Result<Vec<Change>> {
        let mut stmt = self
            .conn
            .prepare("SELECT t, op, old, new FROM temp.carnet_capture ORDER BY n")?;
        let rows: Vec<(String, String, Option<String>, Option<String>)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
            .collect::<rusqlite::Result<_>>()?;
        self.conn.execute_batch(
            "DELETE FROM temp.carnet_capture; UPDATE temp.carnet_capture_on SET on_ = 0;",
        )?;
        let mut out = Vec::new();
        for (t, op, old, new) in rows {
            if op == "x" {
                self.local = true;
                continue;
            }
            let cols = &self.tables[&t];
            let old = old.as_deref().map(decode_row).transpose()?;
            let new = new.as_deref().map(decode_row).transpose()?;
            let pk_of =
                |row: &Vec<Val>| cols.pk.iter().map(|&i| row[i].clone()).collect::<Vec<_>>();
            let all = |row: &Vec<Val>| {
                cols.names
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| !cols.pk.contains(i))
                    .map(|(i, n)| (n.clone(), row[i].clone()))
                    .collect::<BTreeMap<_, _>>()
            };
            match (op.as_str(), old, new) {
                ("i", _, Some(n)) => out.push(Change {
                    t,
                    op: Op::Insert,
                    pk: pk_of(&n),
                    set: all(&n),
                }),
                ("d", Some(o), _) => out.push(Change {
                    t,
                    op: Op::Delete,
                    pk: pk_of(&o),
                    set: BTreeMap::new(),
                }),
                ("u", Some(o), Some(n)) => {
                    if pk_of(&o) != pk_of(&n) {
                        out.push(Change {
                            t: t.clone(),
                            op: Op::Delete,
                            pk: pk_of(&o),
                            set: BTreeMap::new(),
                        });
                        out.push(Change {
                            t,
                            op: Op::Insert,
                            pk: pk_of(&n),
                            set: all(&n),
                        });
                        continue;
                    }
                    let set: BTreeMap<String, Val> = cols
                        .names
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| !cols.pk.contains(i) && o[*i] != n[*i])
                        .map(|(i, name)| (name.clone(), n[i].clone()))
                        .collect();
                    if !set.is_empty() {
                        out.push(Change {
                            t,
                            op: Op::Update,
                            pk: pk_of(&n),
                            set,
                        });
                    }
                }
                _ => {}
            }
        }
        Ok(out)
    }
}

impl Drop for Capture<'_> {
    fn drop(&mut self) {
        let _ = self
            .conn
            .execute("UPDATE temp.carnet_capture_on SET on_ = 0", []);
    }
}

/// A captured row: `[[values…], [types…]]`, blobs in hex.
fn decode_row(s: &str) -> Result<Vec<Val>> {
    let (vals, types): (Vec<serde_json::Value>, Vec<String>) =
        serde_json::from_str(s).map_err(|e| {
            Error::Other(crate::i18n::tr!(
                "y-capturing-change",
                detail = e.to_string()
            ))
        })?;
    Ok(vals
        .into_iter()
        .zip(types)
        .map(|(v, t)| match (t.as_str(), v) {
            ("null", _) => Val::Null,
            ("integer", serde_json::Value::Number(n)) => Val::Int(n.as_i64().unwrap_or(0)),
            ("real", serde_json::Value::Number(n)) => Val::Real(n.as_f64().unwrap_or(0.0)),
            ("blob", serde_json::Value::String(h)) => Val::Blob {
                b: h.to_lowercase(),
            },
            (_, serde_json::Value::String(s)) => Val::Text(s),
            (_, other) => Val::Text(other.to_string()),
        })
        .collect())
}

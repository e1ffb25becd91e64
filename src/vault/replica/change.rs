//! One commit's changes as rows, captured by SQLite's session extension
//! around [`Vault::write`](crate::vault::Vault::write): whatever a command
//! changes in a replicated table is replicated, with no per-command code.
//! Bookkeeping tables (`sync_*`) are this replica's own and never leave it.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

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

/// Whether a table's rows travel between replicas: not this replica's
/// bookkeeping (`sync_*`), not what triggers derive from replicated rows
/// (`derived_*`, moved by every replay), not SQLite's own.
pub fn replicated(table: &str) -> bool {
    !table.starts_with("sync_") && !derived(table) && !table.starts_with("sqlite_")
}

/// Whether a table is derived from replicated ones by triggers
/// (schema 5's `derived_counts`): its changes need neither a segment nor
/// a whole seal, since replaying the segments moves it the same way.
pub fn derived(table: &str) -> bool {
    table.starts_with("derived_")
}

/// Records the changes made to replicated tables on `conn`, with temporary
/// triggers (on this connection only, never sealed into the index) that
/// hand each row written to a Rust function, in the order written.
/// (SQLite's session extension would do the same, but needs bindgen and
/// libclang to build; triggers need nothing.) The trigger bodies are bare
/// column lists: SQLite parses every trigger at each start, once per
/// process, and a body that built JSON in SQL cost about 3 ms of each
/// `carnet add` (bench test 2).
pub struct Capture<'c> {
    /// The triggers live on this connection.
    conn: std::marker::PhantomData<&'c Connection>,
    tables: BTreeMap<String, Columns>,
    sink: Arc<Mutex<Sink>>,
    /// Whether the change wrote this replica's own bookkeeping (`sync_*`),
    /// which no segment carries: the commit must then seal the whole index.
    local: bool,
}

/// What the capture function collects: rows as the triggers pass them.
#[derive(Default)]
struct Sink {
    on: bool,
    rows: Vec<Raw>,
}

/// One trigger call: table, operation (`i`, `u`, `d`, or `x` for a
/// bookkeeping table), and the values (the new row; the old row then the
/// new one; the old primary key).
struct Raw {
    t: String,
    op: String,
    vals: Vec<Val>,
}

/// The SQL function the triggers call.
const CAPTURE_FN: &str = "carnet_capture_row";

fn column_list(side: &str, cols: &[String]) -> String {
    cols.iter().map(|c| format!(", {side}.\"{c}\"")).collect()
}

impl<'c> Capture<'c> {
    pub fn start(conn: &'c Connection) -> Result<Capture<'c>> {
        let names: Vec<String> = conn
            .prepare("SELECT name FROM main.sqlite_schema WHERE type = 'table' ORDER BY name")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let sink = Arc::new(Mutex::new(Sink {
            on: true,
            rows: Vec::new(),
        }));
        // Registered again at each start: triggers left by an earlier
        // capture on this connection then feed this one.
        let feed = Arc::clone(&sink);
        conn.create_scalar_function(
            CAPTURE_FN,
            -1,
            rusqlite::functions::FunctionFlags::SQLITE_UTF8,
            move |ctx| {
                let mut sink = feed.lock().unwrap_or_else(|p| p.into_inner());
                if sink.on && ctx.len() >= 2 {
                    let text = |i| match ctx.get_raw(i) {
                        ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
                        _ => String::new(),
                    };
                    let row = Raw {
                        t: text(0),
                        op: text(1),
                        vals: (2..ctx.len())
                            .map(|i| Val::from_ref(ctx.get_raw(i)))
                            .collect(),
                    };
                    sink.rows.push(row);
                }
                Ok(rusqlite::types::Null)
            },
        )?;
        let mut sql = String::new();
        let mut tables = BTreeMap::new();
        for t in names
            .iter()
            .filter(|t| !replicated(t) && !derived(t) && !t.starts_with("sqlite_"))
        {
            for (ev, suffix) in [("INSERT", "i"), ("UPDATE", "u"), ("DELETE", "d")] {
                sql.push_str(&format!(
                    "CREATE TEMP TRIGGER IF NOT EXISTS \"carnet_cap_{t}_{suffix}\" AFTER {ev} ON main.\"{t}\" BEGIN
                       SELECT {CAPTURE_FN}('{t}', 'x'); END;"
                ));
            }
        }
        for t in names.into_iter().filter(|t| replicated(t)) {
            let cols = columns(conn, &t)?;
            let new = column_list("NEW", &cols.names);
            let old = column_list("OLD", &cols.names);
            let old_pk = column_list("OLD", &cols.pk_names());
            sql.push_str(&format!(
                "CREATE TEMP TRIGGER IF NOT EXISTS \"carnet_cap_{t}_i\" AFTER INSERT ON main.\"{t}\" BEGIN
                   SELECT {CAPTURE_FN}('{t}', 'i'{new}); END;
                 CREATE TEMP TRIGGER IF NOT EXISTS \"carnet_cap_{t}_u\" AFTER UPDATE ON main.\"{t}\" BEGIN
                   SELECT {CAPTURE_FN}('{t}', 'u'{old}{new}); END;
                 CREATE TEMP TRIGGER IF NOT EXISTS \"carnet_cap_{t}_d\" AFTER DELETE ON main.\"{t}\" BEGIN
                   SELECT {CAPTURE_FN}('{t}', 'd'{old_pk}); END;"
            ));
            tables.insert(t, cols);
        }
        conn.execute_batch(&sql)?;
        Ok(Capture {
            conn: std::marker::PhantomData,
            tables,
            sink,
            local: false,
        })
    }

    /// Whether the rows finished so far wrote bookkeeping (see `local`).
    pub fn touched_local(&self) -> bool {
        self.local
    }

    fn sink(&self) -> std::sync::MutexGuard<'_, Sink> {
        self.sink.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn set_enabled(&mut self, on: bool) {
        self.sink().on = on;
    }

    /// The rows changed since [`Capture::start`], in the order written.
    pub fn finish(&mut self, _conn: &Connection) -> Result<Vec<Change>> {
        let rows = {
            let mut sink = self.sink();
            sink.on = false;
            std::mem::take(&mut sink.rows)
        };
        let mut out = Vec::new();
        for Raw { t, op, mut vals } in rows {
            if op == "x" {
                self.local = true;
                continue;
            }
            let Some(cols) = self.tables.get(&t) else {
                continue;
            };
            let width = cols.names.len();
            let pk_of = |row: &[Val]| cols.pk.iter().map(|&i| row[i].clone()).collect::<Vec<_>>();
            let all = |row: &[Val]| {
                cols.names
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| !cols.pk.contains(i))
                    .map(|(i, n)| (n.clone(), row[i].clone()))
                    .collect::<BTreeMap<_, _>>()
            };
            match op.as_str() {
                "i" if vals.len() == width => out.push(Change {
                    t,
                    op: Op::Insert,
                    pk: pk_of(&vals),
                    set: all(&vals),
                }),
                "d" if vals.len() == cols.pk.len() => out.push(Change {
                    t,
                    op: Op::Delete,
                    pk: vals,
                    set: BTreeMap::new(),
                }),
                "u" if vals.len() == 2 * width => {
                    let n = vals.split_off(width);
                    let o = vals;
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
        self.sink().on = false;
    }
}

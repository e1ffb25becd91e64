//! What bundles read from the vault and write to it: the facts an export is
//! planned on ([`bundle::plan::Source`] over one snapshot of the index), the
//! documents' content for the bundle writer's reading thread, the journal
//! head a manifest carries, and what judges an imported bundle (the holder's
//! recorded identity, the professionals and their pinned keys).
//!
//! The commands `export` and `bundle` get all of it through these methods,
//! never through the index's SQL.

use std::borrow::Borrow;
use std::collections::{BTreeMap, HashSet};
use std::io::Read;

use rusqlite::Connection;

use crate::bundle::plan::{Hidden, Source};
use crate::crypto::VaultKey;
use crate::error::Result;
use crate::journal;
use crate::model::{Document, Professional};
use crate::policy::VaultState;
use crate::vault::hidden;
use crate::vault::layout::Layout;
use crate::vault::meta;
use crate::vault::state::StateSnapshot;
use crate::vault::store;
use crate::vault::{blobs, Tx, Vault};

/// The holder's identity as recorded at `init` (or edited since), unchecked:
/// the manifest and the patient check each validate what they use.
#[derive(Debug, Clone, Default)]
pub struct HolderRecord {
    pub name: Option<String>,
    pub birth_date: Option<String>,
    pub ins: Option<String>,
}

/// An export's [`Source`]: one snapshot of the index, and the user's
/// identities, which open documents sealed for the minor when they are hers.
struct ExportSource<'a, C> {
    conn: C,
    snap: StateSnapshot,
    identities: Vec<&'a dyn age::Identity>,
}

impl<'a, C: Borrow<Connection>> ExportSource<'a, C> {
    fn new(conn: C, identities: Vec<&'a dyn age::Identity>) -> Result<Self> {
        let snap = StateSnapshot::load(conn.borrow())?;
        Ok(ExportSource {
            conn,
            snap,
            identities,
        })
    }
}

impl<C: Borrow<Connection>> Source for ExportSource<'_, C> {
    fn state(&self) -> VaultState<'_> {
        self.snap.view()
    }

    fn documents(&self) -> Result<Vec<Document>> {
        store::all_docs(self.conn.borrow())
    }

    fn open_hidden(&self, d: &mut Document) -> Result<Hidden> {
        let Some(bytes) = store::sealed_of(self.conn.borrow(), &d.id)? else {
            return Ok(Hidden::NotSealed);
        };
        Ok(match hidden::open_meta(&self.identities, &bytes)? {
            Some(m) => {
                m.apply(d);
                Hidden::Opened
            }
            None => Hidden::Locked,
        })
    }

    fn professional(&self, rpps: &str) -> Result<Professional> {
        store::require_pro(self.conn.borrow(), rpps)
    }

    fn unseen_inbox(&self) -> Result<std::collections::HashSet<String>> {
        crate::vault::inbox::unseen(self.conn.borrow())
    }
}

/// Reads documents' content for the bundle writer, from its reading
/// thread: only the `Sync` parts of the vault are here.
pub struct ContentReader<'a> {
    layout: &'a Layout,
    key: &'a VaultKey,
    minor_keys: Vec<&'a (dyn age::Identity + Send + Sync)>,
}

impl ContentReader<'_> {
    /// The document's plaintext. `sealed`: it is sealed for the minor, and
    /// `Ok(None)` says the user's identities do not open it. Either reader
    /// fails at its end unless the content matches: the keyed hash naming a
    /// vault blob, the SHA-256 (from the sealed metadata) of a sealed one.
    pub fn open(&self, d: &Document, sealed: bool) -> Result<Option<Box<dyn Read + Send>>> {
        if !sealed {
            return Ok(Some(Box::new(blobs::open(self.layout, self.key, &d.blob)?)));
        }
        let ids: Vec<&dyn age::Identity> = self
            .minor_keys
            .iter()
            .map(|k| *k as &dyn age::Identity)
            .collect();
        Ok(hidden::open_blob(self.layout, &ids, &d.blob, &d.sha256)?
            .map(|r| Box::new(r) as Box<dyn Read + Send>))
    }
}

impl Vault {
    /// What an export is planned on now (read-only).
    pub fn export_source(&self) -> Result<impl Source + '_> {
        ExportSource::new(self.load()?, self.user_identities())
    }

    /// What an export is planned on inside a write: the locked state.
    pub fn export_source_in<'a>(&'a self, tx: &'a Tx<'_>) -> Result<impl Source + 'a> {
        let conn: &'a Connection = tx.conn;
        ExportSource::new(conn, self.user_identities())
    }

    /// The IDs of the documents these prefixes name (`--doc`); exit 4 for
    /// one that names none or several.
    pub fn resolve_doc_ids(&self, prefixes: &[String]) -> Result<HashSet<String>> {
        let conn = self.load()?;
        prefixes
            .iter()
            .map(|p| store::resolve_doc(&conn, p).map(|d| d.id))
            .collect()
    }

    /// The holder's recorded name, birth date and INS.
    pub fn holder_record(&self) -> Result<HolderRecord> {
        let conn = self.load()?;
        Ok(HolderRecord {
            name: meta::get(&conn, meta::Key::HolderName)?,
            birth_date: meta::get(&conn, meta::Key::BirthDate)?,
            ins: meta::get(&conn, meta::Key::Ins)?,
        })
    }

    /// Every recorded professional, with their pinned signing keys.
    pub fn professionals(&self) -> Result<Vec<Professional>> {
        store::list_pros(&*self.load()?)
    }

    /// The recorded names of these professionals (unknown ones are left out).
    pub fn professional_names<'r>(
        &self,
        rpps: impl IntoIterator<Item = &'r str>,
    ) -> Result<BTreeMap<String, String>> {
        let conn = self.load()?;
        let mut names = BTreeMap::new();
        for r in rpps {
            if !names.contains_key(r) {
                if let Some(pro) = store::get_pro(&conn, r)? {
                    names.insert(r.to_string(), pro.name);
                }
            }
        }
        Ok(names)
    }

    /// A reader of documents' content usable from another thread.
    pub fn content_reader(&self) -> ContentReader<'_> {
        ContentReader {
            layout: &self.layout,
            key: &self.key,
            minor_keys: self.user_identities_sync(),
        }
    }
}

impl Tx<'_> {
    /// Whether any of these professionals is one the minor keeps private
    /// in this session (`vault::private`): what names them is hers.
    pub fn names_private_pro<'b>(&self, rpps: impl IntoIterator<Item = &'b str>) -> Result<bool> {
        let mine = crate::vault::private::private_pros(self.conn)?;
        Ok(rpps.into_iter().any(|r| mine.contains(r)))
    }

    /// The journal's last entry as written so far in this change: its
    /// sequence number and hash.
    pub fn journal_head(&self) -> Result<(i64, String)> {
        journal::head(self.conn)
    }
}

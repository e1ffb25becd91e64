//! [`Tx`]: the change being made inside [`Vault::write`](super::Vault::write),
//! on the index loaded under the write lock. Every state change goes
//! through it so that the change and its journal entries commit together.

use rusqlite::Connection;
use time::OffsetDateTime;

use crate::error::Result;
use crate::journal::{self, NewEntry};

use super::minor_seal::{is_envelope, seal_entry, SealTo};

/// The change being made inside [`Vault::write`](super::Vault::write).
pub struct Tx<'a> {
    pub(crate) conn: &'a Connection,
    pub now: OffsetDateTime,
    /// In a minor's private session: where private entries are sealed.
    pub(super) seal_to: Option<SealTo>,
    /// In a replica: the rows this change writes, for its segment.
    pub(super) capture: Option<std::cell::RefCell<super::replica::change::Capture<'a>>>,
    /// Whether a change was made outside the capture (a merge): no
    /// segment holds it, so the commit seals the whole index.
    pub(super) uncaptured_used: std::cell::Cell<bool>,
    /// The vault was unlocked by the unlock agent: every entry says so.
    pub(super) via_agent: bool,
}

/// The detail an entry made in a session the agent unlocked carries.
pub const VIA_AGENT: (&str, &str) = ("unlocked", "via agent");

impl Tx<'_> {
    /// Appends an entry. In a minor's private session, an entry marked
    /// private, or about a document hidden from guardians, is sealed whole
    /// for the minor (see [`super::private`]).
    pub fn journal(&self, mut e: NewEntry) -> Result<journal::Entry> {
        if self.via_agent {
            match &mut e.details {
                serde_json::Value::Object(m) => {
                    m.insert(VIA_AGENT.0.into(), VIA_AGENT.1.into());
                }
                d @ serde_json::Value::Null => {
                    *d = serde_json::json!({ VIA_AGENT.0: VIA_AGENT.1 });
                }
                _ => {}
            }
        }
        match &self.seal_to {
            Some(to) if e.private || is_envelope(&e.details) => {
                journal::append(self.conn, &seal_entry(&e, to)?, self.now)
            }
            _ => journal::append(self.conn, &e, self.now),
        }
    }

    /// Runs `f` without recording its row changes in this replica's
    /// segment: what a merge applies is another device's change.
    pub(crate) fn uncaptured<T>(&self, f: impl FnOnce() -> Result<T>) -> Result<T> {
        self.uncaptured_used.set(true);
        self.replayable(f)
    }

    /// As [`Tx::uncaptured`], for a merge that a later open can replay
    /// from the local copies of the merged segments, named by the `seen`
    /// of this commit's own segment (`Vault::remerge`): the commit then
    /// writes a segment, not the whole index.
    pub(crate) fn replayable<T>(&self, f: impl FnOnce() -> Result<T>) -> Result<T> {
        if let Some(c) = &self.capture {
            c.borrow_mut().set_enabled(false);
        }
        let out = f();
        if let Some(c) = &self.capture {
            c.borrow_mut().set_enabled(true);
        }
        out
    }

    /// The index's connection, for tests only: they plant damage or an
    /// older format no operation makes (an edited journal entry, a dropped
    /// lookup index). Nothing in carnet calls it (tests/architecture.rs).
    #[doc(hidden)]
    pub fn raw_connection_for_tests(&self) -> &Connection {
        self.conn
    }

    /// Whether this change is made in a minor's private session.
    pub fn is_private_session(&self) -> bool {
        self.seal_to.is_some()
    }
}

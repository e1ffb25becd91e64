//! What the one who unlocked may see, decided here and nowhere else: the
//! pure policy fed with the vault's state ([`Judge`]), the filter hiding
//! what it hides from the user now ([`HiddenFilter`]), the documents an ID
//! names as the user may see them (with the real metadata of those sealed
//! for the minor), and `list`'s single filtering step ([`Vault::list_visible`]).
//!
//! The one acting is the vault's [`Access`] (who unlocked it), never a
//! command's context: the library answers the same for every client.

use rusqlite::Connection;
use serde_json::{json, Value};
use time::OffsetDateTime;

use crate::error::{Error, Result};
use crate::model::{listing_order, Actor, Document, Professional};
use crate::policy::{self, Decision, DocFacts, Rule};
use crate::timefmt;
use crate::vault::keys::{self, Role};
use crate::vault::meta;
use crate::vault::state::StateSnapshot;
use crate::vault::{hidden, private, store, Access, Tx, Vault};

pub use crate::vault::store::DocFilter;

/// What stands for the title of a document the user may not see now
/// (`INVISIBLE_PATIENT` before its release, or hidden from a guardian):
/// tables and journal lines that list documents show this instead.
pub const HELD_TITLE: &str = "(not visible to you)";

impl Access {
    /// Who the policy sees acting: a guardian when the vault was opened
    /// through a guardian's wrapper, else the holder (the minor's own key
    /// acts as the holder).
    pub fn policy_actor(&self) -> Actor {
        match self.role {
            Role::Guardian => Actor::Guardian {
                id: self.id.clone(),
            },
            Role::Holder | Role::Minor => Actor::Holder,
        }
    }
}

/// The guardians of a child's vault as one audience (`access --guardians`,
/// the guardians' line of `show`).
pub fn guardians() -> Actor {
    Actor::Guardian {
        id: "guardians".into(),
    }
}

/// The policy fed with the vault's state, loaded once, at one instant.
pub struct Judge {
    snap: StateSnapshot,
    now: OffsetDateTime,
    /// A child's vault: its guardians are an audience of their own.
    child: bool,
    /// Inbox imports the holder has not seen (`vault::inbox`).
    unseen: std::collections::HashSet<String>,
}

impl Judge {
    fn load(conn: &Connection, now: OffsetDateTime) -> Result<Judge> {
        Ok(Judge {
            snap: StateSnapshot::load(conn)?,
            now,
            child: meta::get(conn, meta::Key::GuardiansProfile)?.is_some(),
            unseen: crate::vault::inbox::unseen(conn)?,
        })
    }

    /// The instant decisions are made at.
    pub fn now(&self) -> OffsetDateTime {
        self.now
    }

    pub fn decide(&self, actor: &Actor, d: &Document) -> Decision<'_> {
        let facts = DocFacts::of(d).with_unseen_inbox(self.unseen.contains(&d.id));
        policy::decide(actor, &facts, &self.snap.view(), self.now)
    }

    /// What the guardians of a child's vault see of `d` (`None` in a vault
    /// that is not a child's).
    pub fn for_guardians(&self, d: &Document) -> Option<Decision<'_>> {
        self.child.then(|| self.decide(&guardians(), d))
    }
}

/// What the policy hides from the one who unlocked, now.
pub struct HiddenFilter {
    actor: Actor,
    /// `None` when no document carries a flag aimed at the patient's side
    /// (`INVISIBLE_PATIENT`, hidden from guardians): nothing is hidden then.
    judge: Option<Judge>,
}

impl HiddenFilter {
    fn load(conn: &Connection, actor: Actor) -> Result<HiddenFilter> {
        let judge = if store::any_patient_side_flags(conn)? {
            Some(Judge::load(conn, timefmt::now())?)
        } else {
            None
        };
        Ok(HiddenFilter { actor, judge })
    }

    /// Whether any document may be hidden at all.
    pub fn can_hide(&self) -> bool {
        self.judge.is_some()
    }

    /// Whether the user may not see `d` now.
    pub fn hides(&self, d: &Document) -> bool {
        self.judge
            .as_ref()
            .is_some_and(|j| !j.decide(&self.actor, d).visible)
    }

    /// `d`'s title as the user may see it ([`HELD_TITLE`] when hidden).
    pub fn shown_title(&self, d: &Document) -> String {
        if self.hides(d) {
            HELD_TITLE.to_string()
        } else {
            d.title.clone()
        }
    }
}

/// A document as the one acting may see it.
#[derive(Debug, Clone)]
pub struct Shown {
    /// With its real metadata when it is sealed for the minor.
    pub doc: Document,
    /// Sealed for the minor (hidden from guardians), and opened.
    pub sealed: bool,
}

/// What `list` shows, from [`Vault::list_visible`].
#[derive(Debug)]
pub struct Listing {
    /// The matching documents the user may see, in listing order, at most
    /// the filter's limit.
    pub docs: Vec<Document>,
    /// Matching documents the policy hides from the user now.
    pub hidden_now: usize,
    /// Documents sealed for the minor in the whole vault.
    pub sealed: usize,
    /// Of those, the ones the user's identities do not open.
    pub still_sealed: usize,
}

/// A document hidden from guardians that the user's identities cannot open.
pub fn sealed_error(d: &Document) -> Error {
    Error::unlock(
        crate::i18n::tr!("v-doc-hidden", id = d.id.to_string()),
        crate::i18n::tr!("v-doc-hidden-hint"),
    )
}

impl Vault {
    /// The policy on the vault's state now.
    pub fn judge(&self) -> Result<Judge> {
        Judge::load(&*self.load()?, timefmt::now())
    }

    /// What the policy hides from the one who unlocked, now.
    pub fn hidden_filter(&self) -> Result<HiddenFilter> {
        HiddenFilter::load(&*self.load()?, self.access().policy_actor())
    }

    /// The document an ID (or unique prefix) names, as the one acting may
    /// see it: exit 4 for none, exit 5 when the policy hides it from them,
    /// exit 3 when it is sealed for the minor and their key does not open it.
    pub fn visible_doc(&self, id: &str) -> Result<Shown> {
        let conn = self.load()?;
        self.visible_in(&conn, &self.judge()?, id)
    }

    /// As [`Vault::visible_doc`] for several IDs, each document once.
    pub fn visible_docs(&self, ids: &[String]) -> Result<Vec<Shown>> {
        let conn = self.load()?;
        let judge = self.judge()?;
        let mut shown: Vec<Shown> = Vec::new();
        for id in ids {
            let s = self.visible_in(&conn, &judge, id)?;
            if !shown.iter().any(|x| x.doc.id == s.doc.id) {
                shown.push(s);
            }
        }
        Ok(shown)
    }

    fn visible_in(&self, conn: &Connection, judge: &Judge, id: &str) -> Result<Shown> {
        let mut doc = store::resolve_doc(conn, id)?;
        self.check_visible(judge, &doc)?;
        let sealed = self.reveal_in(conn, &mut doc)?;
        Ok(Shown { doc, sealed })
    }

    /// Refuses (exit 5) what the policy hides from the one acting now:
    /// `INVISIBLE_PATIENT` before release, hidden-from-guardians.
    pub(crate) fn check_visible(&self, judge: &Judge, d: &Document) -> Result<()> {
        let dec = judge.decide(&self.access().policy_actor(), d);
        if dec.visible {
            return Ok(());
        }
        Err(Error::policy(
            crate::i18n::tr!(
                "v-doc-not-visible",
                id = d.id.to_string(),
                why = crate::i18n::explain::rule(dec.rule)
            ),
            match dec.rule {
                Rule::InvisiblePatient => crate::i18n::tr!("v-doc-held-hint"),
                _ => crate::i18n::tr!("v-doc-minor-only-hint"),
            },
        ))
    }

    /// Fills in a hidden document's real metadata from its sealed copy.
    /// Returns whether it is sealed; exit 3 when the user's identities
    /// cannot open it.
    pub(crate) fn reveal_in(&self, conn: &Connection, d: &mut Document) -> Result<bool> {
        match store::sealed_of(conn, &d.id)? {
            None => Ok(false),
            Some(bytes) => match hidden::open_meta(&self.user_identities(), &bytes)? {
                Some(m) => {
                    m.apply(d);
                    Ok(true)
                }
                None => Err(sealed_error(d)),
            },
        }
    }

    /// One document (`Some(ID)`) or all of them, with the real metadata of
    /// those sealed for the minor where the user's key opens it.
    pub fn documents_revealed(&self, id: Option<&str>) -> Result<Vec<Document>> {
        let conn = self.load()?;
        let mut docs = match id {
            Some(id) => vec![store::resolve_doc(&conn, id)?],
            None => store::all_docs(&conn)?,
        };
        hidden::reveal(&conn, &self.user_identities(), &mut docs)?;
        Ok(docs)
    }

    /// A professional the vault knows (exit 4 for an unknown RPPS): one of
    /// the audiences decisions are made for.
    pub fn professional(&self, rpps: &str) -> Result<Professional> {
        store::require_pro(&*self.load()?, rpps)
    }

    /// How many records (professionals, grants) the minor keeps private
    /// that the user's key does not open: a guardian is told they exist,
    /// and nothing else.
    pub fn count_private_unopened(&self) -> Result<i64> {
        private::count_unopened(&*self.load()?)
    }

    /// `list`: the documents matching `f` that the one acting may see, in
    /// listing order. Every document is matched by [`DocFilter::matches`],
    /// on its real metadata once it is unsealed; SQLite only narrows the
    /// rows read first (with the same test, checked equal by a property
    /// test in `store`), and stops at the limit when nothing can be hidden
    /// or unsealed (`list --limit 20` over 100k documents reads 20 rows).
    pub fn list_visible(&self, f: &DocFilter) -> Result<Listing> {
        let conn = self.load()?;
        // `--search` finds authors by name and specialty: the RPPS they
        // stand for, looked up once, then matched as the author column.
        let f = &f.clone().with_search_authors(&conn)?;
        let hide = HiddenFilter::load(&conn, self.access().policy_actor())?;
        let sealed = store::count_sealed(&conn)? as usize;
        let exact = !hide.can_hide() && sealed == 0;
        let pre = DocFilter {
            limit: if exact { f.limit } else { None },
            ..f.clone()
        };
        // Sealed rows hold placeholders SQLite cannot judge: all of them
        // come back, to be matched once opened.
        let mut docs = if sealed > 0 {
            store::list_docs_with_hidden(&conn, &pre)?
        } else {
            store::list_docs(&conn, &pre)?
        };
        let still_sealed = if sealed > 0 {
            hidden::reveal(&conn, &self.user_identities(), &mut docs)?
        } else {
            0
        };
        docs.retain(|d| f.matches(d));
        if sealed > 0 {
            // Opened documents have their real dates now.
            docs.sort_unstable_by(listing_order);
        }
        let before = docs.len();
        docs.retain(|d| !hide.hides(d));
        let hidden_now = before - docs.len();
        if let Some(n) = f.limit {
            docs.truncate(n);
        }
        Ok(Listing {
            docs,
            hidden_now,
            sealed,
            still_sealed,
        })
    }
}

impl Tx<'_> {
    /// Journal details that are the minor's secret (about a document
    /// sealed for her), sealed for her (`{"hidden": true}` alone while no
    /// key of hers is registered).
    pub fn details_for_minor(&self, details: &Value) -> Result<Value> {
        let r = keys::minor_recipients(self.conn)?;
        if r.is_empty() {
            Ok(json!({ "hidden": true }))
        } else {
            hidden::seal_details(&r, details)
        }
    }
}

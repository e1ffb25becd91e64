//! The medical profile in the sealed index (`medical_items`, schema 4):
//! adding, editing, removing, masking items and setting facts, each change
//! journaled (`medical.*`) in the same commit; reading them as the policy
//! lets a reader see them ([`crate::policy::decide_item`]).
//!
//! An item hidden from guardians (a child's profile) is sealed as hidden
//! documents are ([`super::hidden`]): its kind and fields are an age file
//! to the minor's recipients in `sealed`, the clear columns hold
//! placeholders (`kind` = `hidden`, `fields` = `{}`), and the journal
//! details about it are sealed the same way. Guardians hold the vault key,
//! so only the flags and dates of such an item are theirs to read.
//!
//! A removed item keeps its row with `removed_at` (`medical history`
//! shows it) unless purged; setting a fact (`medical set`) removes the
//! previous one of its kind, and adding an allergy, a condition or a
//! treatment removes a "no known …" statement it contradicts.

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use time::OffsetDateTime;
use zeroize::Zeroizing;

use crate::crypto::ParsedRecipient;
use crate::error::{Error, Result};
use crate::journal::{Action, JournalActor, NewEntry};
use crate::medical::{Fields, Item, Kind};
use crate::model::Actor;
use crate::policy::{self, Decision, ItemFacts};
use crate::timefmt;
use crate::vault::state::StateSnapshot;
use crate::vault::{hidden, keys, new_id, Tx, Vault};

/// The clear `kind` of an item sealed for the minor.
const SEALED_KIND: &str = "hidden";

/// An item as stored: opened, or sealed to a key this reader lacks.
#[derive(Debug, Clone)]
// A profile holds tens of items: boxing each would buy nothing.
#[allow(clippy::large_enum_variant)]
pub enum Stored {
    Open(Item),
    /// Hidden from guardians, and the reader's key does not open it.
    Sealed {
        id: String,
        masked: bool,
        masked_from: Vec<String>,
        added_at: String,
        removed_at: Option<String>,
    },
}

impl Stored {
    pub fn id(&self) -> &str {
        match self {
            Stored::Open(i) => &i.id,
            Stored::Sealed { id, .. } => id,
        }
    }

    pub fn facts(&self) -> ItemFacts<'_> {
        match self {
            Stored::Open(i) => ItemFacts {
                masked: i.masked,
                masked_from: &i.masked_from,
                hidden_from_guardians: i.hidden_from_guardians,
            },
            Stored::Sealed {
                masked,
                masked_from,
                ..
            } => ItemFacts {
                masked: *masked,
                masked_from,
                hidden_from_guardians: true,
            },
        }
    }

    pub fn removed(&self) -> bool {
        match self {
            Stored::Open(i) => i.removed_at.is_some(),
            Stored::Sealed { removed_at, .. } => removed_at.is_some(),
        }
    }
}

/// The sealed part of an item hidden from guardians.
#[derive(Serialize, Deserialize)]
struct SealedPart {
    kind: String,
    fields: Fields,
}

/// The policy on the vault's state, for items, at one instant.
pub struct ItemJudge {
    snap: StateSnapshot,
    now: OffsetDateTime,
}

impl ItemJudge {
    pub fn decide(&self, actor: &Actor, s: &Stored) -> Decision<'_> {
        policy::decide_item(actor, &s.facts(), &self.snap.view(), self.now)
    }
}

/// What a reader may see of the profile.
#[derive(Debug, Clone, Default)]
pub struct Profile {
    /// Visible items, oldest first (by their date).
    pub items: Vec<Item>,
    /// Current items the reader may not see: their kind when known.
    pub withheld: Vec<Option<Kind>>,
}

impl Profile {
    /// The current fact of `kind`, if any and visible.
    pub fn fact(&self, kind: Kind) -> Option<&Item> {
        self.items.iter().rev().find(|i| i.kind == kind)
    }

    pub fn of_kind(&self, kind: Kind) -> impl Iterator<Item = &Item> {
        self.items.iter().filter(move |i| i.kind == kind)
    }

    /// Whether some withheld item may be of `kind` (a sealed one may be
    /// of any kind).
    pub fn withholds(&self, kind: Kind) -> bool {
        self.withheld.iter().any(|k| k.is_none_or(|k| k == kind))
    }
}

fn read_rows(conn: &Connection, ids: &[&dyn age::Identity]) -> Result<Vec<Stored>> {
    let mut st = conn.prepare(
        "SELECT id, kind, fields, masked, masked_from, hidden_from_guardians, sealed,
                added_at, updated_at, removed_at
         FROM medical_items ORDER BY added_at, id",
    )?;
    let rows = st.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, bool>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, bool>(5)?,
            r.get::<_, Option<Vec<u8>>>(6)?,
            r.get::<_, String>(7)?,
            r.get::<_, String>(8)?,
            r.get::<_, Option<String>>(9)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, kind, fields, masked, from, hidden, sealed, added_at, updated_at, removed_at) =
            row?;
        let masked_from: Vec<String> =
            serde_json::from_str(&from).map_err(|_| corrupt(&id, "masked_from"))?;
        let (kind, fields) = match &sealed {
            Some(bytes) => match hidden::open(ids, bytes)? {
                Some(plain) => {
                    let p: SealedPart =
                        serde_json::from_slice(&plain).map_err(|_| corrupt(&id, "sealed"))?;
                    (p.kind, p.fields)
                }
                None => {
                    out.push(Stored::Sealed {
                        id,
                        masked,
                        masked_from,
                        added_at,
                        removed_at,
                    });
                    continue;
                }
            },
            None => (
                kind,
                serde_json::from_str(&fields).map_err(|_| corrupt(&id, "fields"))?,
            ),
        };
        let kind = Kind::parse(&kind).ok_or_else(|| corrupt(&id, "kind"))?;
        out.push(Stored::Open(Item {
            id,
            kind,
            fields,
            masked,
            masked_from,
            hidden_from_guardians: hidden,
            added_at,
            updated_at,
            removed_at,
        }));
    }
    Ok(out)
}

fn corrupt(id: &str, what: &str) -> Error {
    Error::integrity(
        crate::i18n::tr!("m-item-corrupt", id = id, what = what),
        crate::i18n::tr!("m-item-corrupt-hint"),
    )
}

/// Resolves an ID or unique prefix (4+ characters) among `all`.
fn resolve<'a>(all: &'a [Stored], prefix: &str) -> Result<&'a Stored> {
    let p = prefix.trim().to_lowercase();
    if let Some(s) = all.iter().find(|s| s.id() == p) {
        return Ok(s);
    }
    let found: Vec<&Stored> = if p.len() >= 4 {
        all.iter().filter(|s| s.id().starts_with(&p)).collect()
    } else {
        Vec::new()
    };
    match found.as_slice() {
        [one] => Ok(one),
        [] => Err(Error::not_found(
            crate::i18n::tr!("m-no-item", id = prefix),
            crate::i18n::tr!("m-no-item-hint"),
        )),
        many => Err(Error::not_found(
            crate::i18n::tr!(
                "err-ambiguous-id",
                id = prefix,
                matches = many.iter().map(|s| s.id()).collect::<Vec<_>>().join(", ")
            ),
            crate::i18n::tr!("err-ambiguous-id-hint"),
        )),
    }
}

/// Writes an item's row: clear, or sealed to `to` with placeholders.
fn put(conn: &Connection, item: &Item, to: Option<&[ParsedRecipient]>) -> Result<()> {
    let (kind, fields, sealed) = match to {
        Some(to) => {
            let part = SealedPart {
                kind: item.kind.as_str().into(),
                fields: item.fields.clone(),
            };
            let json = Zeroizing::new(serde_json::to_vec(&part).expect("fields serialize"));
            (
                SEALED_KIND.to_string(),
                "{}".to_string(),
                Some(hidden::seal(to, &json)?),
            )
        }
        None => (
            item.kind.as_str().to_string(),
            serde_json::to_string(&item.fields).expect("fields serialize"),
            None,
        ),
    };
    conn.execute(
        "INSERT OR REPLACE INTO medical_items (id, kind, fields, masked, masked_from,
             hidden_from_guardians, sealed, added_at, updated_at, removed_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            item.id,
            kind,
            fields,
            item.masked,
            serde_json::to_string(&item.masked_from).expect("strings serialize"),
            item.hidden_from_guardians,
            sealed,
            item.added_at,
            item.updated_at,
            item.removed_at,
        ],
    )?;
    Ok(())
}

/// The journal details of a change to `item`: sealed for the minor when
/// the item is hidden from guardians.
fn details(item: &Item, to: Option<&[ParsedRecipient]>, mut d: Value) -> Result<Value> {
    d["kind"] = json!(item.kind.as_str());
    d["item"] = json!(item.describe());
    match to {
        Some(to) => hidden::seal_details(to, &d),
        None => Ok(d),
    }
}

/// What adding or setting did.
#[derive(Debug, Clone)]
pub struct Added {
    pub item: Item,
    /// Items it ended: the previous fact of its kind, or the "no known …"
    /// statement it contradicts.
    pub replaced: Vec<Item>,
}

impl Vault {
    /// The user's identities, and every stored item opened with them.
    fn stored(&self, conn: &Connection) -> Result<Vec<Stored>> {
        read_rows(conn, &self.user_identities())
    }

    /// Every item, opened where the user's key opens it, for `access`.
    pub fn medical_stored(&self, with_removed: bool) -> Result<Vec<Stored>> {
        let mut all = self.stored(&*self.load()?)?;
        all.retain(|s| with_removed || !s.removed());
        Ok(all)
    }

    /// The policy for items, on the vault's state now.
    pub fn item_judge(&self) -> Result<ItemJudge> {
        Ok(ItemJudge {
            snap: StateSnapshot::load(&*self.load()?)?,
            now: timefmt::now(),
        })
    }

    /// What `actor` may see of the profile (current items, or with the
    /// removed ones too for history).
    pub fn medical_profile_for(&self, actor: &Actor, with_removed: bool) -> Result<Profile> {
        let judge = self.item_judge()?;
        let mut p = Profile::default();
        for s in self.medical_stored(with_removed)? {
            let visible = judge.decide(actor, &s).visible;
            match s {
                Stored::Open(i) if visible => p.items.push(i),
                Stored::Open(i) => {
                    if i.removed_at.is_none() {
                        p.withheld.push(Some(i.kind))
                    }
                }
                Stored::Sealed { removed_at, .. } => {
                    if removed_at.is_none() {
                        p.withheld.push(None)
                    }
                }
            }
        }
        p.items.sort_by(|a, b| a.sort_date().cmp(b.sort_date()));
        Ok(p)
    }

    /// What the one who unlocked may see of the profile.
    pub fn medical_profile(&self, with_removed: bool) -> Result<Profile> {
        self.medical_profile_for(&self.access().policy_actor(), with_removed)
    }

    /// The item an ID names, as the one acting may see it: exit 4 for
    /// none, exit 5 when the policy hides it, exit 3 when it is sealed for
    /// the minor and their key does not open it.
    pub fn medical_item(&self, id: &str) -> Result<Item> {
        let conn = self.load()?;
        let all = self.stored(&conn)?;
        self.visible_item(&all, id).cloned()
    }

    fn visible_item<'a>(&self, all: &'a [Stored], id: &str) -> Result<&'a Item> {
        let s = resolve(all, id)?;
        let judge = self.item_judge()?;
        let dec = judge.decide(&self.access().policy_actor(), s);
        if !dec.visible {
            return Err(Error::policy(
                crate::i18n::tr!(
                    "m-item-not-visible",
                    id = s.id(),
                    why = crate::i18n::explain::rule(dec.rule)
                ),
                crate::i18n::tr!("m-item-not-visible-hint"),
            ));
        }
        match s {
            Stored::Open(i) => Ok(i),
            Stored::Sealed { id, .. } => Err(Error::unlock(
                crate::i18n::tr!("m-item-sealed", id = id),
                crate::i18n::tr!("m-item-sealed-hint"),
            )),
        }
    }

    /// Adds an item (or sets a fact), sealed to `hide_to` when given.
    pub fn add_medical(
        &self,
        kind: Kind,
        fields: Fields,
        hide_to: Option<&[ParsedRecipient]>,
        actor: &JournalActor,
    ) -> Result<Added> {
        let fields = fields.check(kind)?;
        self.write(|tx| {
            let all = self.stored(tx.conn)?;
            let now = timefmt::rfc3339(tx.now);
            let item = Item {
                id: new_id(12),
                kind,
                fields,
                masked: false,
                masked_from: Vec::new(),
                hidden_from_guardians: hide_to.is_some(),
                added_at: now.clone(),
                updated_at: now.clone(),
                removed_at: None,
            };
            if let Some(listed) = kind.of_no_known() {
                let n = all
                    .iter()
                    .filter(|s| matches!(s, Stored::Open(i) if i.kind == listed && i.removed_at.is_none() && i.is_current(&now[..10])))
                    .count();
                if n > 0 {
                    return Err(Error::usage(
                        crate::i18n::tr!(
                            "m-no-known-contradicts",
                            n = n,
                            listed = listed.plural(),
                            fact = if crate::i18n::lang() == crate::i18n::Lang::En {
                                kind.as_str().replace('-', " ")
                            } else {
                                kind.label()
                            }
                        ),
                        crate::i18n::tr!("m-no-known-contradicts-hint"),
                    ));
                }
            }
            // What this ends: the previous fact, a contradicted statement.
            let ends = |i: &Item| {
                i.removed_at.is_none()
                    && (kind.is_fact() && i.kind == kind || kind.no_known() == Some(i.kind))
            };
            let mut replaced = Vec::new();
            for s in &all {
                if let Stored::Open(old) = s {
                    if ends(old) {
                        let mut old = old.clone();
                        old.removed_at = Some(now.clone());
                        let to = sealed_to(tx, &old)?;
                        put(tx.conn, &old, to.as_deref())?;
                        let d = details(&old, to.as_deref(), json!({ "reason": format!("replaced by {}", item.id) }))?;
                        tx.journal(NewEntry::new(actor, Action::MedicalRemove, Some(&old.id), d))?;
                        replaced.push(old);
                    }
                }
            }
            put(tx.conn, &item, hide_to)?;
            let action = if kind.is_fact() { Action::MedicalSet } else { Action::MedicalAdd };
            let mut d = json!({});
            if item.hidden_from_guardians {
                d["flag"] = json!("INVISIBLE_REPRESENTANTS_LEGAUX");
            }
            let d = details(&item, hide_to, d)?;
            tx.journal(NewEntry::new(actor, action, Some(&item.id), d))?;
            Ok(Added { item, replaced })
        })
    }

    /// Changes an item's fields: those `change` sets, and clears those
    /// named in `clear`. The whole item is checked again.
    pub fn edit_medical(
        &self,
        id: &str,
        change: &Fields,
        clear: &[&str],
        actor: &JournalActor,
    ) -> Result<Item> {
        self.change_item(id, actor, Action::MedicalEdit, |item| {
            let mut v = serde_json::to_value(&item.fields).expect("fields serialize");
            let c = serde_json::to_value(change).expect("fields serialize");
            let mut names: Vec<String> = Vec::new();
            if let (Value::Object(o), Value::Object(n)) = (&mut v, c) {
                for (k, val) in n {
                    names.push(k.clone());
                    o.insert(k, val);
                }
                for k in clear {
                    if o.remove(*k).is_some() {
                        names.push(format!("-{k}"));
                    }
                }
            }
            if names.is_empty() {
                return Err(Error::usage(
                    crate::i18n::tr!("m-edit-nothing"),
                    crate::i18n::tr!("m-edit-nothing-hint"),
                ));
            }
            let fields: Fields = serde_json::from_value(v).map_err(|e| {
                Error::usage(
                    crate::i18n::tr!("m-edit-cannot-apply", error = e.to_string()),
                    crate::i18n::tr!("m-edit-cannot-apply-hint"),
                )
            })?;
            if item.kind.is_fact() {
                return Err(Error::usage(
                    crate::i18n::tr!("m-edit-fact", kind = item.kind.label()),
                    crate::i18n::tr!(
                        "m-edit-fact-hint",
                        cmd = item.kind.as_str().trim_start_matches("no-known-")
                    ),
                ));
            }
            item.fields = fields.check(item.kind)?;
            Ok(json!({ "changed": names }))
        })
    }

    /// Removes an item: kept for history, or gone with `purge`.
    pub fn remove_medical(&self, id: &str, purge: bool, actor: &JournalActor) -> Result<Item> {
        if purge {
            return self.write(|tx| {
                let all = self.stored(tx.conn)?;
                let item = self.visible_item(&all, id)?.clone();
                let to = sealed_to(tx, &item)?;
                tx.conn
                    .execute("DELETE FROM medical_items WHERE id = ?1", [&item.id])?;
                let d = details(&item, to.as_deref(), json!({ "purged": true }))?;
                tx.journal(NewEntry::new(
                    actor,
                    Action::MedicalRemove,
                    Some(&item.id),
                    d,
                ))?;
                Ok(item)
            });
        }
        self.change_item(id, actor, Action::MedicalRemove, |item| {
            if item.removed_at.is_some() {
                return Err(Error::usage(
                    crate::i18n::tr!("m-item-already-removed", id = &item.id),
                    crate::i18n::tr!("m-item-already-removed-hint"),
                ));
            }
            item.removed_at = Some(item.updated_at.clone());
            Ok(json!({}))
        })
    }

    /// Masks an item from every professional (`from` empty) or from some;
    /// `masking` false undoes it.
    pub fn mask_medical(
        &self,
        id: &str,
        from: &[String],
        masking: bool,
        actor: &JournalActor,
    ) -> Result<Item> {
        let action = if masking {
            Action::MedicalMask
        } else {
            Action::MedicalUnmask
        };
        self.change_item(id, actor, action, |item| {
            if from.is_empty() {
                item.masked = masking;
            } else {
                for r in from {
                    item.masked_from.retain(|m| m != r);
                    if masking {
                        item.masked_from.push(r.clone());
                    }
                }
                item.masked_from.sort();
            }
            Ok(if from.is_empty() {
                json!({ "flag": "MASQUE_PS" })
            } else {
                json!({ "from": from })
            })
        })
    }

    /// Applies `f` to a visible item under the lock and journals `action`
    /// with the details it returns.
    fn change_item(
        &self,
        id: &str,
        actor: &JournalActor,
        action: Action,
        f: impl FnOnce(&mut Item) -> Result<Value>,
    ) -> Result<Item> {
        self.write(|tx| {
            let all = self.stored(tx.conn)?;
            let mut item = self.visible_item(&all, id)?.clone();
            item.updated_at = timefmt::rfc3339(tx.now);
            let d = f(&mut item)?;
            let to = sealed_to(tx, &item)?;
            put(tx.conn, &item, to.as_deref())?;
            let d = details(&item, to.as_deref(), d)?;
            tx.journal(NewEntry::new(actor, action, Some(&item.id), d))?;
            Ok(item)
        })
    }

    /// Whether any item is stored, removed ones included (`status`).
    pub fn medical_updated_at(&self) -> Result<Option<String>> {
        Ok(self
            .load()?
            .query_row("SELECT MAX(updated_at) FROM medical_items", [], |r| {
                r.get(0)
            })
            .optional()?
            .flatten())
    }
}

/// The minor's recipients an item hidden from guardians is sealed to
/// again when it changes.
fn sealed_to(tx: &Tx, item: &Item) -> Result<Option<Vec<ParsedRecipient>>> {
    if !item.hidden_from_guardians {
        return Ok(None);
    }
    let r = keys::minor_recipients(tx.conn)?;
    if r.is_empty() {
        return Err(Error::usage(
            crate::i18n::tr!("m-item-no-minor-key", id = &item.id),
            crate::i18n::tr!("m-item-no-minor-key-hint"),
        ));
    }
    Ok(Some(r))
}

//! The access decision: who may see a document, and the rule that decided.
//!
//! Pure: no I/O, no clock reads (callers pass `now`). `carnet access`,
//! `carnet show`, exports and the journal all call [`decide`] (and export
//! calls [`standing`] first to refuse before selecting documents), so the
//! rules below live in one place. Rule names ([`Rule::as_str`]) are part of
//! the CLI contract.
//!
//! # Rules, in the order they are applied
//!
//! **Holder** (the patient):
//! 1. `invisible_patient_until` in the future (`until > now`) → hidden,
//!    `invisible_patient` (visible again at `now == until`).
//! 2. Otherwise visible, `holder`.
//!
//! **Guardian** (legal representative):
//! 1. `hidden_from_guardians` (`INVISIBLE_REPRESENTANTS_LEGAUX`) → hidden,
//!    `guardian_hidden`.
//! 2. `invisible_patient_until > now` → hidden, `invisible_patient`.
//! 3. Otherwise visible, `guardian`.
//!
//! **Professional** P (by RPPS):
//! 1. P is blocked → hidden, `blocked` (beats grants and primary status).
//! 2. P's [`standing`]: primary doctor; else granted if any of P's grants is
//!    active at `now`; else hidden with `grant_revoked` / `grant_expired`
//!    according to the state of P's **most recent** grant (latest
//!    `created_at`, later in the list on a tie); else hidden,
//!    `no_active_grant`.
//! 3. The holder masked the document from P (`masked_from`) and P is not its
//!    author → hidden, `masked_from`.
//! 4. The document is masked (`MASQUE_PS`):
//!    * P is its author → visible, `masked_author`, provided P would see the
//!      document were it not masked (primary, or an active grant covers it);
//!      otherwise hidden, `out_of_grant_scope`. Masking never reveals more
//!      than the unmasked document would.
//!    * P is the primary doctor and the vault setting
//!      `masked-visible-to-primary` is on → visible, `masked_primary`.
//!    * otherwise hidden, `masked`.
//! 5. P is the primary doctor → visible, `primary_doctor`; else an active
//!    grant of P covers the document (by type or ID, or an unscoped grant) →
//!    visible, `granted` (the decision names the first such grant in
//!    `VaultState::grants` order); else hidden, `out_of_grant_scope`.
//!
//! 6. The holder's rules ([`within_holder_rules`]): a document these steps
//!    allow but that is held from the patient (`invisible_patient_until >
//!    now`) → hidden, `invisible_patient`; else one the inbox brought that
//!    the holder has not seen yet ([`DocFacts::unseen_inbox`]) → hidden,
//!    `inbox_unseen` ([`inbox_rule`]).
//!
//! `hidden_from_guardians` never hides anything from professionals.
//!
//! **Emergency** (SAMU regulation centre or break-glass):
//! 1. The holder denied that mode (`samu` / `break_glass` consent false) →
//!    hidden, `emergency_denied`.
//! 2. The document is masked and the `masked` consent is false → hidden,
//!    `emergency_masked_denied`.
//! 3. The holder's rules: held from the patient → hidden, `invisible_patient`;
//!    an inbox import not yet seen → hidden, `inbox_unseen`.
//! 4. Otherwise visible, `emergency_allowed`.
//!
//! **Medical profile items** ([`decide_item`]: allergies, conditions,
//! treatments, vaccinations, measures, contacts, and the facts such as the
//! blood group). The holder recorded them all, so no professional is their
//! author, and nothing holds them from the patient:
//! * Holder → visible, `holder`. Guardian → `guardian_hidden` when the item
//!   is hidden from guardians, else `guardian`.
//! * Professional P: P's [`standing`] first (`blocked`, `no_active_grant`,
//!   `grant_expired`, `grant_revoked`); then masked from P → `masked_from`;
//!   then masked → `masked_primary` for the primary doctor when the setting
//!   `masked-visible-to-primary` is on, else `masked`; then
//!   `primary_doctor`, or `granted` naming P's first active grant: any
//!   active grant covers the profile, whatever its document scope (the
//!   profile is what a professional with access sees first, domain.md §11).
//! * Emergency: as for documents, steps 1, 2 and 4.
//!
//! # Exports are an intersection
//! A professional or an emergency service only ever receives what the
//! holder's vault exports, and the one exporting holds the vault key. So
//! whatever a recipient may see must also be something the holder may see
//! now: a document held for an announcement consultation (`INVISIBLE_PATIENT`)
//! leaves the vault only once released, or the holder could read it by
//! exporting it to their own key. The recipient's own reasons come first
//! (a blocked professional is told `blocked`); `invisible_patient` only
//! replaces an allowing decision. Documents hidden from guardians need no
//! such step: a guardian's key cannot open them (they are sealed for the
//! minor), and the minor is the holder.
//!
//! # Inbox imports wait for the holder
//! Anyone who can write the vault folder can drop a document in the inbox
//! (`vault::inbox`): it is folded in with no one vouching for it. Until the
//! holder has seen it (`show`, `inbox accept`), no export to a professional
//! or an emergency service carries it ([`inbox_rule`]): a planted "report"
//! must not reach a doctor unread. The holder and guardians see it at once.
//!
//! # Boundaries
//! * A grant is active on `[created_at, expires_at)` and not after
//!   `revoked_at`: at `now == expires_at` it is expired, at
//!   `now == revoked_at` it is revoked ([`Grant::state`]). A grant whose start
//!   is still in the future counts as expired (as `Grant::state` says).
//! * `INVISIBLE_PATIENT` holds while `now < invisible_patient_until`.

use serde::Serialize;
use time::OffsetDateTime;

use crate::model::{Actor, DocType, Document, EmergencyConsents, EmergencyMode, Grant, GrantState};

/// The facts about a document that the decision needs.
#[derive(Debug, Clone, Copy)]
pub struct DocFacts<'a> {
    pub id: &'a str,
    pub doc_type: &'a DocType,
    /// RPPS of the professional author, if any.
    pub author: Option<&'a str>,
    /// `MASQUE_PS`.
    pub masked: bool,
    /// RPPS numbers the holder masked this document from.
    pub masked_from: &'a [String],
    /// `INVISIBLE_REPRESENTANTS_LEGAUX`.
    pub hidden_from_guardians: bool,
    /// `INVISIBLE_PATIENT` until this instant (exclusive).
    pub invisible_patient_until: Option<OffsetDateTime>,
    /// Folded from the inbox and not yet seen by the holder.
    pub unseen_inbox: bool,
}

impl<'a> DocFacts<'a> {
    pub fn of(doc: &'a Document) -> Self {
        DocFacts {
            id: &doc.id,
            doc_type: &doc.doc_type,
            author: doc.author.as_deref(),
            masked: doc.masked,
            masked_from: &doc.masked_from,
            hidden_from_guardians: doc.hidden_from_guardians,
            invisible_patient_until: doc.invisible_patient_until,
            unseen_inbox: false,
        }
    }

    /// The same facts, saying whether the document is an unseen inbox import.
    pub fn with_unseen_inbox(mut self, unseen: bool) -> Self {
        self.unseen_inbox = unseen;
        self
    }

    /// Whether `INVISIBLE_PATIENT` still holds at `now`.
    pub fn invisible_to_patient(&self, now: OffsetDateTime) -> bool {
        self.invisible_patient_until.is_some_and(|t| now < t)
    }

    fn authored_by(&self, rpps: &str) -> bool {
        self.author == Some(rpps)
    }
}

/// The vault-wide facts the decision needs.
#[derive(Debug, Clone, Copy)]
pub struct VaultState<'a> {
    /// RPPS of the primary doctor (médecin traitant), if any.
    pub primary: Option<&'a str>,
    /// RPPS numbers of blocked professionals.
    pub blocked: &'a [String],
    /// Every grant, whatever its state.
    pub grants: &'a [Grant],
    pub emergency: EmergencyConsents,
    /// Vault setting `masked-visible-to-primary` (default `true`; `false` is
    /// the strict MES rule: only the author sees a masked document).
    pub masked_visible_to_primary: bool,
}

/// [`VaultState`] owned: what a caller loads once (`vault::state` reads it
/// from the index) and views for each decision.
#[derive(Debug, Clone)]
pub struct OwnedState {
    pub primary: Option<String>,
    pub blocked: Vec<String>,
    pub grants: Vec<Grant>,
    pub emergency: EmergencyConsents,
    pub masked_visible_to_primary: bool,
}

impl OwnedState {
    pub fn view(&self) -> VaultState<'_> {
        VaultState {
            primary: self.primary.as_deref(),
            blocked: &self.blocked,
            grants: &self.grants,
            emergency: self.emergency,
            masked_visible_to_primary: self.masked_visible_to_primary,
        }
    }
}

impl VaultState<'_> {
    pub fn is_blocked(&self, rpps: &str) -> bool {
        self.blocked.iter().any(|b| b == rpps)
    }

    pub fn is_primary(&self, rpps: &str) -> bool {
        self.primary == Some(rpps)
    }

    /// `rpps`'s grants that are active at `now`, in list order.
    pub fn active_grants<'s>(
        &'s self,
        rpps: &'s str,
        now: OffsetDateTime,
    ) -> impl Iterator<Item = &'s Grant> + 's {
        self.grants
            .iter()
            .filter(move |g| g.rpps == rpps && g.state(now) == GrantState::Active)
    }
}

/// The rule that decided. Names ([`Rule::as_str`]) are fixed by the CLI
/// contract and used in `carnet access` and the journal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rule {
    Holder,
    Guardian,
    GuardianHidden,
    Blocked,
    PrimaryDoctor,
    Granted,
    NoActiveGrant,
    GrantExpired,
    GrantRevoked,
    OutOfGrantScope,
    Masked,
    MaskedAuthor,
    MaskedPrimary,
    MaskedFrom,
    EmergencyAllowed,
    EmergencyDenied,
    EmergencyMaskedDenied,
    InvisiblePatient,
    InboxUnseen,
}

impl Rule {
    /// Every rule, in declaration order.
    pub const ALL: [Rule; 19] = [
        Rule::Holder,
        Rule::Guardian,
        Rule::GuardianHidden,
        Rule::Blocked,
        Rule::PrimaryDoctor,
        Rule::Granted,
        Rule::NoActiveGrant,
        Rule::GrantExpired,
        Rule::GrantRevoked,
        Rule::OutOfGrantScope,
        Rule::Masked,
        Rule::MaskedAuthor,
        Rule::MaskedPrimary,
        Rule::MaskedFrom,
        Rule::EmergencyAllowed,
        Rule::EmergencyDenied,
        Rule::EmergencyMaskedDenied,
        Rule::InvisiblePatient,
        Rule::InboxUnseen,
    ];

    /// The fixed snake_case name.
    pub fn as_str(&self) -> &'static str {
        match self {
            Rule::Holder => "holder",
            Rule::Guardian => "guardian",
            Rule::GuardianHidden => "guardian_hidden",
            Rule::Blocked => "blocked",
            Rule::PrimaryDoctor => "primary_doctor",
            Rule::Granted => "granted",
            Rule::NoActiveGrant => "no_active_grant",
            Rule::GrantExpired => "grant_expired",
            Rule::GrantRevoked => "grant_revoked",
            Rule::OutOfGrantScope => "out_of_grant_scope",
            Rule::Masked => "masked",
            Rule::MaskedAuthor => "masked_author",
            Rule::MaskedPrimary => "masked_primary",
            Rule::MaskedFrom => "masked_from",
            Rule::EmergencyAllowed => "emergency_allowed",
            Rule::EmergencyDenied => "emergency_denied",
            Rule::EmergencyMaskedDenied => "emergency_masked_denied",
            Rule::InvisiblePatient => "invisible_patient",
            Rule::InboxUnseen => "inbox_unseen",
        }
    }

    /// Parses a rule name (as written by [`Rule::as_str`]).
    pub fn parse(s: &str) -> Option<Rule> {
        Rule::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// Whether this rule lets the actor see the document.
    pub fn allows(&self) -> bool {
        matches!(
            self,
            Rule::Holder
                | Rule::Guardian
                | Rule::PrimaryDoctor
                | Rule::Granted
                | Rule::MaskedAuthor
                | Rule::MaskedPrimary
                | Rule::EmergencyAllowed
        )
    }

    /// One plain English sentence saying why: the journal's wording (an
    /// export refusal's reason). People read it in their language through
    /// `i18n::explain::rule`, whose English entry is this sentence.
    pub fn explain(&self) -> &'static str {
        match self {
            Rule::Holder => "The holder sees every document in their own vault.",
            Rule::Guardian => "A legal representative sees the documents of the vault they manage.",
            Rule::GuardianHidden => {
                "The document is hidden from legal representatives (INVISIBLE_REPRESENTANTS_LEGAUX)."
            }
            Rule::Blocked => {
                "The professional is blocked and gets nothing, whatever grants or primary-doctor status say."
            }
            Rule::PrimaryDoctor => {
                "The professional is the primary doctor (médecin traitant), who sees every document (masked ones too, unless the setting masked-visible-to-primary is off)."
            }
            Rule::Granted => "An active grant for this professional covers the document.",
            Rule::NoActiveGrant => {
                "The professional is not the primary doctor and has never been granted access."
            }
            Rule::GrantExpired => {
                "The professional's most recent grant has expired (or not started) and no other grant is active."
            }
            Rule::GrantRevoked => {
                "The professional's most recent grant was revoked and no other grant is active."
            }
            Rule::OutOfGrantScope => {
                "The professional's active grants do not cover this document's type or ID."
            }
            Rule::Masked => {
                "The document is masked (MASQUE_PS) from professionals other than its author and, unless the strict setting is on, the primary doctor."
            }
            Rule::MaskedAuthor => "The document is masked (MASQUE_PS), but this professional is its author.",
            Rule::MaskedPrimary => {
                "The document is masked (MASQUE_PS), but the vault lets the primary doctor see masked documents."
            }
            Rule::MaskedFrom => "The holder masked this document from this professional.",
            Rule::EmergencyAllowed => "The holder allows this emergency access mode for this document.",
            Rule::EmergencyDenied => "The holder opposed this emergency access mode.",
            Rule::EmergencyMaskedDenied => {
                "The document is masked and the holder did not allow masked documents to be read in an emergency."
            }
            Rule::InvisiblePatient => {
                "The document is held for an announcement consultation (INVISIBLE_PATIENT) until released or one month after import; until then no export carries it."
            }
            Rule::InboxUnseen => {
                "The document came through the inbox and the holder has not seen it yet (carnet show, or carnet inbox accept); until then no export to someone else carries it."
            }
        }
    }
}

/// Serializes as the contract name ([`Rule::as_str`]).
impl Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether an actor sees a document, the rule that decided, and (for
/// [`Rule::Granted`]) the ID of the grant that allowed it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decision<'a> {
    pub visible: bool,
    pub rule: Rule,
    /// The grant used, only with [`Rule::Granted`] (and `masked_author` when
    /// a grant is what gives the author access).
    pub grant: Option<&'a str>,
}

impl<'a> Decision<'a> {
    fn by(rule: Rule) -> Self {
        Decision {
            visible: rule.allows(),
            rule,
            grant: None,
        }
    }

    fn granted(rule: Rule, grant: &'a str) -> Self {
        Decision {
            visible: rule.allows(),
            rule,
            grant: Some(grant),
        }
    }
}

/// Whether a professional may receive anything at all (before looking at
/// documents). Export refuses (exit 5) unless [`Standing::allows`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing<'a> {
    Blocked,
    Primary,
    /// Holds an active grant: the first active one in list order.
    Granted(&'a str),
    NoActiveGrant,
    GrantExpired,
    GrantRevoked,
}

impl Standing<'_> {
    pub fn allows(&self) -> bool {
        matches!(self, Standing::Primary | Standing::Granted(_))
    }

    /// The rule a refusal (or, for the allowing standings, the broad access)
    /// is reported under: `blocked`, `primary_doctor`, `granted`,
    /// `no_active_grant`, `grant_expired`, `grant_revoked`.
    pub fn rule(&self) -> Rule {
        match self {
            Standing::Blocked => Rule::Blocked,
            Standing::Primary => Rule::PrimaryDoctor,
            Standing::Granted(_) => Rule::Granted,
            Standing::NoActiveGrant => Rule::NoActiveGrant,
            Standing::GrantExpired => Rule::GrantExpired,
            Standing::GrantRevoked => Rule::GrantRevoked,
        }
    }
}

/// A professional's standing at `now`: blocked, primary doctor, holder of an
/// active grant, or why not (see the module docs, professional steps 1–2).
pub fn standing<'a>(rpps: &str, state: &VaultState<'a>, now: OffsetDateTime) -> Standing<'a> {
    if state.is_blocked(rpps) {
        return Standing::Blocked;
    }
    if state.is_primary(rpps) {
        return Standing::Primary;
    }
    let grants: &'a [Grant] = state.grants;
    let mut latest: Option<&'a Grant> = None;
    for g in grants.iter().filter(|g| g.rpps == rpps) {
        if g.state(now) == GrantState::Active {
            return Standing::Granted(&g.id);
        }
        if latest.is_none_or(|l| g.created_at >= l.created_at) {
            latest = Some(g);
        }
    }
    match latest.map(|g| g.state(now)) {
        None => Standing::NoActiveGrant,
        Some(GrantState::Revoked) => Standing::GrantRevoked,
        Some(_) => Standing::GrantExpired,
    }
}

/// Whether the holder allows an emergency access `mode` at all.
pub fn emergency_permits(mode: EmergencyMode, consents: &EmergencyConsents) -> bool {
    match mode {
        EmergencyMode::Samu => consents.samu,
        EmergencyMode::BreakGlass => consents.break_glass,
    }
}

/// Rejects consents that allow masked documents in an emergency while both
/// emergency modes are denied (domain.md §2.3, §9.3).
pub fn validate_emergency(c: &EmergencyConsents) -> Result<(), &'static str> {
    if c.masked && !c.samu && !c.break_glass {
        Err("masked documents can be readable in an emergency only if SAMU or break-glass access is allowed; allow one of them first")
    } else {
        Ok(())
    }
}

/// Whether `actor` may see `doc` at `now`, and why (see the module docs).
pub fn decide<'a>(
    actor: &Actor,
    doc: &DocFacts<'_>,
    state: &VaultState<'a>,
    now: OffsetDateTime,
) -> Decision<'a> {
    match actor {
        Actor::Holder => {
            if doc.invisible_to_patient(now) {
                Decision::by(Rule::InvisiblePatient)
            } else {
                Decision::by(Rule::Holder)
            }
        }
        Actor::Guardian { .. } => {
            if doc.hidden_from_guardians {
                Decision::by(Rule::GuardianHidden)
            } else if doc.invisible_to_patient(now) {
                Decision::by(Rule::InvisiblePatient)
            } else {
                Decision::by(Rule::Guardian)
            }
        }
        Actor::Emergency(mode) => {
            let own = if !emergency_permits(*mode, &state.emergency) {
                Decision::by(Rule::EmergencyDenied)
            } else if doc.masked && !state.emergency.masked {
                Decision::by(Rule::EmergencyMaskedDenied)
            } else {
                Decision::by(Rule::EmergencyAllowed)
            };
            within_holder_rules(own, doc, now)
        }
        Actor::Professional { rpps } => {
            within_holder_rules(decide_professional(rpps, doc, state, now), doc, now)
        }
    }
}

/// The intersection with the holder's rules (see the module docs): what a
/// recipient's rules allow stays in the vault while the document is held
/// from the patient.
pub fn within_holder_rules<'a>(
    recipient: Decision<'a>,
    doc: &DocFacts<'_>,
    now: OffsetDateTime,
) -> Decision<'a> {
    if recipient.visible && doc.invisible_to_patient(now) {
        Decision::by(Rule::InvisiblePatient)
    } else {
        inbox_rule(recipient, doc)
    }
}

/// An inbox import the holder has not seen leaves the vault for no one
/// else (see the module docs): an allowing decision becomes hidden,
/// `inbox_unseen`; a refusal keeps its own reason.
pub fn inbox_rule<'a>(recipient: Decision<'a>, doc: &DocFacts<'_>) -> Decision<'a> {
    if recipient.visible && doc.unseen_inbox {
        Decision::by(Rule::InboxUnseen)
    } else {
        recipient
    }
}

fn decide_professional<'a>(
    rpps: &str,
    doc: &DocFacts<'_>,
    state: &VaultState<'a>,
    now: OffsetDateTime,
) -> Decision<'a> {
    let primary = match standing(rpps, state, now) {
        Standing::Primary => true,
        Standing::Granted(_) => false,
        refused => return Decision::by(refused.rule()),
    };
    let author = doc.authored_by(rpps);
    if !author && doc.masked_from.iter().any(|m| m == rpps) {
        return Decision::by(Rule::MaskedFrom);
    }
    // What the document's scope allows, were it not masked.
    let grants: &'a [Grant] = state.grants;
    let covering = || {
        grants.iter().find(|g| {
            g.rpps == rpps && g.state(now) == GrantState::Active && g.covers(doc.id, doc.doc_type)
        })
    };
    if doc.masked {
        if author {
            return if primary {
                Decision::by(Rule::MaskedAuthor)
            } else {
                match covering() {
                    Some(g) => Decision::granted(Rule::MaskedAuthor, &g.id),
                    None => Decision::by(Rule::OutOfGrantScope),
                }
            };
        }
        return if primary && state.masked_visible_to_primary {
            Decision::by(Rule::MaskedPrimary)
        } else {
            Decision::by(Rule::Masked)
        };
    }
    if primary {
        return Decision::by(Rule::PrimaryDoctor);
    }
    match covering() {
        Some(g) => Decision::granted(Rule::Granted, &g.id),
        None => Decision::by(Rule::OutOfGrantScope),
    }
}

/// The facts about a medical profile item that the decision needs.
#[derive(Debug, Clone, Copy)]
pub struct ItemFacts<'a> {
    /// Masked from every professional.
    pub masked: bool,
    /// RPPS numbers the holder masked this item from.
    pub masked_from: &'a [String],
    pub hidden_from_guardians: bool,
}

/// Whether `actor` may see a medical profile item at `now`, and why (see
/// the module docs, "Medical profile items").
pub fn decide_item<'a>(
    actor: &Actor,
    item: &ItemFacts<'_>,
    state: &VaultState<'a>,
    now: OffsetDateTime,
) -> Decision<'a> {
    match actor {
        Actor::Holder => Decision::by(Rule::Holder),
        Actor::Guardian { .. } if item.hidden_from_guardians => Decision::by(Rule::GuardianHidden),
        Actor::Guardian { .. } => Decision::by(Rule::Guardian),
        Actor::Emergency(mode) => {
            if !emergency_permits(*mode, &state.emergency) {
                Decision::by(Rule::EmergencyDenied)
            } else if item.masked && !state.emergency.masked {
                Decision::by(Rule::EmergencyMaskedDenied)
            } else {
                Decision::by(Rule::EmergencyAllowed)
            }
        }
        Actor::Professional { rpps } => {
            let granted = match standing(rpps, state, now) {
                Standing::Primary => None,
                Standing::Granted(g) => Some(g),
                refused => return Decision::by(refused.rule()),
            };
            if item.masked_from.iter().any(|m| m == rpps.as_str()) {
                Decision::by(Rule::MaskedFrom)
            } else if item.masked {
                if granted.is_none() && state.masked_visible_to_primary {
                    Decision::by(Rule::MaskedPrimary)
                } else {
                    Decision::by(Rule::Masked)
                }
            } else {
                match granted {
                    None => Decision::by(Rule::PrimaryDoctor),
                    Some(g) => Decision::granted(Rule::Granted, g),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::Rpps;
    use crate::model::DOC_TYPES;
    use proptest::prelude::*;
    use time::macros::datetime;
    use time::Duration;

    const P: &str = "10003456786";
    const Q: &str = "10100000008";
    const DR: &str = "10000000017";

    fn t0() -> OffsetDateTime {
        datetime!(2025-03-01 12:00 UTC)
    }

    fn ty(name: &str) -> DocType {
        DocType::parse(name).unwrap()
    }

    fn grant(id: &str, rpps: &str, from: i64, to: i64) -> Grant {
        Grant {
            id: id.into(),
            rpps: Rpps::parse(rpps).expect("a valid RPPS"),
            created_at: t0() + Duration::hours(from),
            expires_at: t0() + Duration::hours(to),
            revoked_at: None,
            types: vec![],
            docs: vec![],
        }
    }

    #[derive(Debug, Clone)]
    struct Doc {
        id: String,
        doc_type: DocType,
        author: Option<String>,
        masked: bool,
        masked_from: Vec<String>,
        hidden_from_guardians: bool,
        invisible_patient_until: Option<OffsetDateTime>,
        unseen_inbox: bool,
    }

    impl Doc {
        fn new(id: &str, t: &str) -> Doc {
            Doc {
                id: id.into(),
                doc_type: ty(t),
                author: None,
                masked: false,
                masked_from: vec![],
                hidden_from_guardians: false,
                invisible_patient_until: None,
                unseen_inbox: false,
            }
        }
        fn facts(&self) -> DocFacts<'_> {
            DocFacts {
                id: &self.id,
                doc_type: &self.doc_type,
                author: self.author.as_deref(),
                masked: self.masked,
                masked_from: &self.masked_from,
                hidden_from_guardians: self.hidden_from_guardians,
                invisible_patient_until: self.invisible_patient_until,
                unseen_inbox: self.unseen_inbox,
            }
        }
    }

    /// The test vault: the policy's own owned state.
    type Vault = OwnedState;

    impl OwnedState {
        fn new() -> Vault {
            OwnedState {
                primary: Some(DR.into()),
                blocked: vec![],
                grants: vec![],
                emergency: EmergencyConsents::default(),
                masked_visible_to_primary: true,
            }
        }
        fn state(&self) -> VaultState<'_> {
            self.view()
        }
        fn decide(&self, actor: &Actor, doc: &Doc, now: OffsetDateTime) -> Decision<'_> {
            decide(actor, &doc.facts(), &self.state(), now)
        }
    }

    fn pro(rpps: &str) -> Actor {
        Actor::Professional {
            rpps: Rpps::parse(rpps).expect("a valid RPPS"),
        }
    }

    fn guardian() -> Actor {
        Actor::Guardian { id: "mum".into() }
    }

    fn check(d: Decision<'_>, visible: bool, rule: Rule) {
        assert_eq!((d.visible, d.rule), (visible, rule), "{d:?}");
    }

    #[test]
    fn an_unseen_inbox_import_reaches_no_professional_or_emergency_until_seen() {
        let mut v = Vault::new();
        v.grants.push(grant("g1", P, -1, 24));
        let mut d = Doc::new("d1", "lab-report");
        d.unseen_inbox = true;
        let now = t0();
        check(v.decide(&Actor::Holder, &d, now), true, Rule::Holder);
        check(v.decide(&guardian(), &d, now), true, Rule::Guardian);
        check(v.decide(&pro(DR), &d, now), false, Rule::InboxUnseen);
        check(v.decide(&pro(P), &d, now), false, Rule::InboxUnseen);
        check(
            v.decide(&Actor::Emergency(EmergencyMode::Samu), &d, now),
            false,
            Rule::InboxUnseen,
        );
        // A refusal keeps its own reason.
        check(v.decide(&pro(Q), &d, now), false, Rule::NoActiveGrant);
        v.blocked.push(P.into());
        check(v.decide(&pro(P), &d, now), false, Rule::Blocked);
        // Once seen, the usual rules.
        d.unseen_inbox = false;
        check(v.decide(&pro(DR), &d, now), true, Rule::PrimaryDoctor);
        assert_eq!(Rule::parse("inbox_unseen"), Some(Rule::InboxUnseen));
    }

    // ---- rule names -----------------------------------------------------

    #[test]
    fn rule_names_are_the_contract() {
        let names: Vec<&str> = Rule::ALL.iter().map(Rule::as_str).collect();
        assert_eq!(
            names,
            [
                "holder",
                "guardian",
                "guardian_hidden",
                "blocked",
                "primary_doctor",
                "granted",
                "no_active_grant",
                "grant_expired",
                "grant_revoked",
                "out_of_grant_scope",
                "masked",
                "masked_author",
                "masked_primary",
                "masked_from",
                "emergency_allowed",
                "emergency_denied",
                "emergency_masked_denied",
                "invisible_patient",
                "inbox_unseen",
            ]
        );
        for r in Rule::ALL {
            assert_eq!(Rule::parse(r.as_str()), Some(r));
            assert_eq!(r.to_string(), r.as_str());
            let e = r.explain();
            assert!(e.ends_with('.') && e.len() > 20, "{e}");
        }
        let allowed: Vec<&str> = Rule::ALL
            .iter()
            .filter(|r| r.allows())
            .map(Rule::as_str)
            .collect();
        assert_eq!(
            allowed,
            [
                "holder",
                "guardian",
                "primary_doctor",
                "granted",
                "masked_author",
                "masked_primary",
                "emergency_allowed"
            ]
        );
    }

    // ---- one test per rule ----------------------------------------------

    #[test]
    fn rule_holder() {
        let v = Vault::new();
        let mut d = Doc::new("d1", "lab-report");
        d.masked = true;
        d.hidden_from_guardians = true;
        check(v.decide(&Actor::Holder, &d, t0()), true, Rule::Holder);
    }

    #[test]
    fn rule_invisible_patient() {
        let v = Vault::new();
        let mut d = Doc::new("d1", "lab-report");
        d.invisible_patient_until = Some(t0() + Duration::days(30));
        check(
            v.decide(&Actor::Holder, &d, t0()),
            false,
            Rule::InvisiblePatient,
        );
        check(
            v.decide(&guardian(), &d, t0()),
            false,
            Rule::InvisiblePatient,
        );
        // Boundary: visible at exactly the end of the hold.
        let end = t0() + Duration::days(30);
        check(v.decide(&Actor::Holder, &d, end), true, Rule::Holder);
        check(
            v.decide(&Actor::Holder, &d, end - Duration::nanoseconds(1)),
            false,
            Rule::InvisiblePatient,
        );
        check(v.decide(&guardian(), &d, end), true, Rule::Guardian);
        // Every export is an intersection with the holder's rules: nor does
        // it reach a professional or an emergency service until released.
        check(v.decide(&pro(DR), &d, t0()), false, Rule::InvisiblePatient);
        check(
            v.decide(&Actor::Emergency(EmergencyMode::Samu), &d, t0()),
            false,
            Rule::InvisiblePatient,
        );
        check(v.decide(&pro(DR), &d, end), true, Rule::PrimaryDoctor);
        check(
            v.decide(&Actor::Emergency(EmergencyMode::Samu), &d, end),
            true,
            Rule::EmergencyAllowed,
        );
        // Its author too: the hold is the vault's, whoever sent it.
        d.author = Some(DR.into());
        check(v.decide(&pro(DR), &d, t0()), false, Rule::InvisiblePatient);
        // A recipient's own refusal comes first.
        check(v.decide(&pro(P), &d, t0()), false, Rule::NoActiveGrant);
        let mut v2 = Vault::new();
        v2.emergency.samu = false;
        check(
            v2.decide(&Actor::Emergency(EmergencyMode::Samu), &d, t0()),
            false,
            Rule::EmergencyDenied,
        );
    }

    #[test]
    fn rule_guardian() {
        let v = Vault::new();
        let mut d = Doc::new("d1", "lab-report");
        d.masked = true;
        check(v.decide(&guardian(), &d, t0()), true, Rule::Guardian);
    }

    #[test]
    fn rule_guardian_hidden() {
        let v = Vault::new();
        let mut d = Doc::new("d1", "lab-report");
        d.hidden_from_guardians = true;
        check(v.decide(&guardian(), &d, t0()), false, Rule::GuardianHidden);
        // Beats invisible_patient for a guardian.
        d.invisible_patient_until = Some(t0() + Duration::days(1));
        check(v.decide(&guardian(), &d, t0()), false, Rule::GuardianHidden);
        // Not hidden from the holder (the minor) nor from professionals.
        d.invisible_patient_until = None;
        check(v.decide(&Actor::Holder, &d, t0()), true, Rule::Holder);
        check(v.decide(&pro(DR), &d, t0()), true, Rule::PrimaryDoctor);
    }

    #[test]
    fn rule_blocked() {
        let mut v = Vault::new();
        v.blocked = vec![P.into()];
        let d = Doc::new("d1", "lab-report");
        check(v.decide(&pro(P), &d, t0()), false, Rule::Blocked);
        assert_eq!(standing(P, &v.state(), t0()), Standing::Blocked);
    }

    #[test]
    fn rule_primary_doctor() {
        let v = Vault::new();
        let d = Doc::new("d1", "lab-report");
        let dec = v.decide(&pro(DR), &d, t0());
        check(dec, true, Rule::PrimaryDoctor);
        assert_eq!(dec.grant, None);
        assert_eq!(standing(DR, &v.state(), t0()), Standing::Primary);
    }

    #[test]
    fn rule_granted() {
        let mut v = Vault::new();
        v.grants = vec![grant("g1", P, -1, 24)];
        let d = Doc::new("d1", "lab-report");
        let dec = v.decide(&pro(P), &d, t0());
        check(dec, true, Rule::Granted);
        assert_eq!(dec.grant, Some("g1"));
        assert_eq!(standing(P, &v.state(), t0()), Standing::Granted("g1"));
    }

    #[test]
    fn rule_no_active_grant() {
        let v = Vault::new();
        let d = Doc::new("d1", "lab-report");
        check(v.decide(&pro(P), &d, t0()), false, Rule::NoActiveGrant);
        assert_eq!(standing(P, &v.state(), t0()), Standing::NoActiveGrant);
        // Another professional's grant does not help.
        let mut v = Vault::new();
        v.grants = vec![grant("g1", Q, -1, 24)];
        check(v.decide(&pro(P), &d, t0()), false, Rule::NoActiveGrant);
    }

    #[test]
    fn rule_grant_expired() {
        let mut v = Vault::new();
        v.grants = vec![grant("g1", P, -48, -24)];
        let d = Doc::new("d1", "lab-report");
        check(v.decide(&pro(P), &d, t0()), false, Rule::GrantExpired);
        assert_eq!(standing(P, &v.state(), t0()), Standing::GrantExpired);
    }

    #[test]
    fn rule_grant_revoked() {
        let mut v = Vault::new();
        let mut g = grant("g1", P, -1, 24);
        g.revoked_at = Some(t0() - Duration::minutes(5));
        v.grants = vec![g];
        let d = Doc::new("d1", "lab-report");
        check(v.decide(&pro(P), &d, t0()), false, Rule::GrantRevoked);
        assert_eq!(standing(P, &v.state(), t0()), Standing::GrantRevoked);
    }

    #[test]
    fn rule_out_of_grant_scope() {
        let mut v = Vault::new();
        let mut g = grant("g1", P, -1, 24);
        g.types = vec![ty("prescription")];
        v.grants = vec![g];
        let d = Doc::new("d1", "lab-report");
        check(v.decide(&pro(P), &d, t0()), false, Rule::OutOfGrantScope);
    }

    #[test]
    fn rule_masked() {
        let mut v = Vault::new();
        v.grants = vec![grant("g1", P, -1, 24)];
        let mut d = Doc::new("d1", "lab-report");
        d.masked = true;
        check(v.decide(&pro(P), &d, t0()), false, Rule::Masked);
    }

    #[test]
    fn rule_masked_author() {
        let mut v = Vault::new();
        v.grants = vec![grant("g1", P, -1, 24)];
        let mut d = Doc::new("d1", "lab-report");
        d.masked = true;
        d.author = Some(P.into());
        let dec = v.decide(&pro(P), &d, t0());
        check(dec, true, Rule::MaskedAuthor);
        assert_eq!(dec.grant, Some("g1"));
        // The author still needs standing: without a grant, nothing.
        v.grants.clear();
        check(v.decide(&pro(P), &d, t0()), false, Rule::NoActiveGrant);
        // And masking never reveals more than the unmasked document would.
        let mut g = grant("g2", P, -1, 24);
        g.types = vec![ty("prescription")];
        v.grants = vec![g];
        check(v.decide(&pro(P), &d, t0()), false, Rule::OutOfGrantScope);
        // A primary-doctor author sees it even under the strict setting.
        v.masked_visible_to_primary = false;
        d.author = Some(DR.into());
        check(v.decide(&pro(DR), &d, t0()), true, Rule::MaskedAuthor);
    }

    #[test]
    fn rule_masked_primary() {
        let v = Vault::new();
        let mut d = Doc::new("d1", "lab-report");
        d.masked = true;
        check(v.decide(&pro(DR), &d, t0()), true, Rule::MaskedPrimary);
    }

    #[test]
    fn rule_masked_from() {
        let mut v = Vault::new();
        v.grants = vec![grant("g1", P, -1, 24), grant("g2", Q, -1, 24)];
        let mut d = Doc::new("d1", "lab-report");
        d.masked_from = vec![P.into()];
        check(v.decide(&pro(P), &d, t0()), false, Rule::MaskedFrom);
        // Others are unaffected.
        check(v.decide(&pro(Q), &d, t0()), true, Rule::Granted);
        // Also applies to the primary doctor.
        d.masked_from = vec![DR.into()];
        check(v.decide(&pro(DR), &d, t0()), false, Rule::MaskedFrom);
    }

    #[test]
    fn rule_emergency_allowed() {
        let v = Vault::new();
        let d = Doc::new("d1", "lab-report");
        for mode in [EmergencyMode::Samu, EmergencyMode::BreakGlass] {
            check(
                v.decide(&Actor::Emergency(mode), &d, t0()),
                true,
                Rule::EmergencyAllowed,
            );
        }
    }

    #[test]
    fn rule_emergency_denied() {
        let mut v = Vault::new();
        v.emergency = EmergencyConsents {
            samu: false,
            break_glass: true,
            masked: false,
        };
        let d = Doc::new("d1", "lab-report");
        check(
            v.decide(&Actor::Emergency(EmergencyMode::Samu), &d, t0()),
            false,
            Rule::EmergencyDenied,
        );
        check(
            v.decide(&Actor::Emergency(EmergencyMode::BreakGlass), &d, t0()),
            true,
            Rule::EmergencyAllowed,
        );
    }

    #[test]
    fn rule_emergency_masked_denied() {
        let v = Vault::new(); // default: masked deny
        let mut d = Doc::new("d1", "lab-report");
        d.masked = true;
        check(
            v.decide(&Actor::Emergency(EmergencyMode::BreakGlass), &d, t0()),
            false,
            Rule::EmergencyMaskedDenied,
        );
    }

    // ---- scenarios --------------------------------------------------------

    #[test]
    fn blocked_beats_grant_and_primary() {
        let mut v = Vault::new();
        v.grants = vec![grant("g1", DR, -1, 24)];
        v.blocked = vec![DR.into()];
        let mut d = Doc::new("d1", "lab-report");
        d.author = Some(DR.into());
        check(v.decide(&pro(DR), &d, t0()), false, Rule::Blocked);
        d.masked = true;
        check(v.decide(&pro(DR), &d, t0()), false, Rule::Blocked);
        assert!(!standing(DR, &v.state(), t0()).allows());
    }

    #[test]
    fn masked_from_beats_all_scope_grant_unless_author() {
        let mut v = Vault::new();
        v.grants = vec![grant("g1", P, -1, 24)];
        let mut d = Doc::new("d1", "lab-report");
        d.masked_from = vec![P.into()];
        check(v.decide(&pro(P), &d, t0()), false, Rule::MaskedFrom);
        d.author = Some(P.into());
        check(v.decide(&pro(P), &d, t0()), true, Rule::Granted);
        d.masked = true;
        check(v.decide(&pro(P), &d, t0()), true, Rule::MaskedAuthor);
    }

    #[test]
    fn grant_boundary_at_end_is_expired() {
        let mut v = Vault::new();
        v.grants = vec![grant("g1", P, -24, 0)];
        let d = Doc::new("d1", "lab-report");
        let end = t0();
        check(v.decide(&pro(P), &d, end), false, Rule::GrantExpired);
        check(
            v.decide(&pro(P), &d, end - Duration::nanoseconds(1)),
            true,
            Rule::Granted,
        );
        // Start is inclusive; before it the grant counts as not active.
        let start = t0() - Duration::hours(24);
        check(v.decide(&pro(P), &d, start), true, Rule::Granted);
        check(
            v.decide(&pro(P), &d, start - Duration::nanoseconds(1)),
            false,
            Rule::GrantExpired,
        );
    }

    #[test]
    fn revocation_boundary() {
        let mut v = Vault::new();
        let mut g = grant("g1", P, -24, 24);
        g.revoked_at = Some(t0());
        v.grants = vec![g];
        let d = Doc::new("d1", "lab-report");
        check(v.decide(&pro(P), &d, t0()), false, Rule::GrantRevoked);
        check(
            v.decide(&pro(P), &d, t0() - Duration::nanoseconds(1)),
            true,
            Rule::Granted,
        );
    }

    #[test]
    fn most_recent_grant_decides_between_revoked_and_expired() {
        let mut v = Vault::new();
        let mut revoked = grant("old", P, -100, 50);
        revoked.revoked_at = Some(t0() - Duration::hours(90));
        let expired = grant("new", P, -48, -1);
        v.grants = vec![revoked.clone(), expired.clone()];
        let d = Doc::new("d1", "lab-report");
        check(v.decide(&pro(P), &d, t0()), false, Rule::GrantExpired);
        // Order in the list does not matter, created_at does.
        v.grants = vec![expired.clone(), revoked.clone()];
        check(v.decide(&pro(P), &d, t0()), false, Rule::GrantExpired);
        // Swap which one is newer.
        let mut revoked2 = grant("newer", P, -10, 50);
        revoked2.revoked_at = Some(t0() - Duration::hours(5));
        v.grants = vec![revoked2, expired];
        check(v.decide(&pro(P), &d, t0()), false, Rule::GrantRevoked);
        // Any active grant wins over both.
        v.grants.push(grant("live", P, -1, 1));
        check(v.decide(&pro(P), &d, t0()), true, Rule::Granted);
    }

    #[test]
    fn type_scoped_grant() {
        let mut v = Vault::new();
        let mut g = grant("g1", P, -1, 24);
        g.types = vec![ty("prescription"), ty("vaccination")];
        v.grants = vec![g];
        let lab = Doc::new("d1", "lab-report");
        let rx = Doc::new("d2", "prescription");
        let vax = Doc::new("d3", "vaccination");
        check(v.decide(&pro(P), &lab, t0()), false, Rule::OutOfGrantScope);
        check(v.decide(&pro(P), &rx, t0()), true, Rule::Granted);
        check(v.decide(&pro(P), &vax, t0()), true, Rule::Granted);
    }

    #[test]
    fn doc_scoped_grant() {
        let mut v = Vault::new();
        let mut g = grant("g1", P, -1, 24);
        g.docs = vec!["d2".into()];
        v.grants = vec![g];
        let d1 = Doc::new("d1", "prescription");
        let d2 = Doc::new("d2", "prescription");
        check(v.decide(&pro(P), &d1, t0()), false, Rule::OutOfGrantScope);
        let dec = v.decide(&pro(P), &d2, t0());
        check(dec, true, Rule::Granted);
        assert_eq!(dec.grant, Some("g1"));
    }

    #[test]
    fn several_grants_first_covering_one_is_named() {
        let mut v = Vault::new();
        let mut a = grant("ga", P, -1, 24);
        a.types = vec![ty("prescription")];
        let mut b = grant("gb", P, -1, 24);
        b.types = vec![ty("lab-report")];
        let mut expired_all = grant("gx", P, -48, -24);
        expired_all.types = vec![];
        v.grants = vec![expired_all, a, b];
        let lab = Doc::new("d1", "lab-report");
        let dec = v.decide(&pro(P), &lab, t0());
        check(dec, true, Rule::Granted);
        assert_eq!(dec.grant, Some("gb"));
        assert_eq!(standing(P, &v.state(), t0()), Standing::Granted("ga"));
    }

    #[test]
    fn strict_setting_hides_masked_from_primary_but_not_author() {
        let mut v = Vault::new();
        v.masked_visible_to_primary = false;
        v.grants = vec![grant("g1", P, -1, 24)];
        let mut d = Doc::new("d1", "lab-report");
        d.masked = true;
        d.author = Some(P.into());
        check(v.decide(&pro(DR), &d, t0()), false, Rule::Masked);
        check(v.decide(&pro(P), &d, t0()), true, Rule::MaskedAuthor);
        // Unmasked documents are unaffected by the setting.
        d.masked = false;
        check(v.decide(&pro(DR), &d, t0()), true, Rule::PrimaryDoctor);
    }

    #[test]
    fn emergency_consents_each_way() {
        let mut d = Doc::new("d1", "lab-report");
        for samu in [false, true] {
            for break_glass in [false, true] {
                for masked_consent in [false, true] {
                    let mut v = Vault::new();
                    v.emergency = EmergencyConsents {
                        samu,
                        break_glass,
                        masked: masked_consent,
                    };
                    for (mode, allowed) in [
                        (EmergencyMode::Samu, samu),
                        (EmergencyMode::BreakGlass, break_glass),
                    ] {
                        assert_eq!(emergency_permits(mode, &v.emergency), allowed);
                        let actor = Actor::Emergency(mode);
                        d.masked = false;
                        let dec = v.decide(&actor, &d, t0());
                        if allowed {
                            check(dec, true, Rule::EmergencyAllowed);
                        } else {
                            check(dec, false, Rule::EmergencyDenied);
                        }
                        d.masked = true;
                        let dec = v.decide(&actor, &d, t0());
                        match (allowed, masked_consent) {
                            (false, _) => check(dec, false, Rule::EmergencyDenied),
                            (true, false) => check(dec, false, Rule::EmergencyMaskedDenied),
                            (true, true) => check(dec, true, Rule::EmergencyAllowed),
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn emergency_ignores_grants_blocks_and_masked_from() {
        let mut v = Vault::new();
        v.blocked = vec![P.into()];
        let mut d = Doc::new("d1", "lab-report");
        d.masked_from = vec![P.into()];
        d.hidden_from_guardians = true;
        check(
            v.decide(&Actor::Emergency(EmergencyMode::Samu), &d, t0()),
            true,
            Rule::EmergencyAllowed,
        );
    }

    #[test]
    fn validate_emergency_rules() {
        let c = |samu, break_glass, masked| EmergencyConsents {
            samu,
            break_glass,
            masked,
        };
        assert!(validate_emergency(&EmergencyConsents::default()).is_ok());
        let msg = validate_emergency(&c(false, false, true)).unwrap_err();
        assert!(msg.contains("masked"));
        assert!(validate_emergency(&c(true, false, true)).is_ok());
        assert!(validate_emergency(&c(false, true, true)).is_ok());
        assert!(validate_emergency(&c(false, false, false)).is_ok());
    }

    // ---- domain.md §9 statements -----------------------------------------

    #[test]
    fn domain_9_2_masked_document_only_author_and_primary_by_default() {
        let mut v = Vault::new();
        v.grants = vec![grant("g1", P, -1, 24), grant("g2", Q, -1, 24)];
        let mut d = Doc::new("d1", "consultation-report");
        d.masked = true;
        d.author = Some(Q.into());
        check(v.decide(&pro(P), &d, t0()), false, Rule::Masked);
        check(v.decide(&pro(Q), &d, t0()), true, Rule::MaskedAuthor);
        check(v.decide(&pro(DR), &d, t0()), true, Rule::MaskedPrimary);
        // Strict setting: only its author.
        v.masked_visible_to_primary = false;
        check(v.decide(&pro(P), &d, t0()), false, Rule::Masked);
        check(v.decide(&pro(Q), &d, t0()), true, Rule::MaskedAuthor);
        check(v.decide(&pro(DR), &d, t0()), false, Rule::Masked);
    }

    #[test]
    fn domain_9_3_emergency_consents() {
        let mut v = Vault::new();
        let plain = Doc::new("d1", "lab-report");
        let mut masked = Doc::new("d2", "lab-report");
        masked.masked = true;
        let samu = Actor::Emergency(EmergencyMode::Samu);
        let btg = Actor::Emergency(EmergencyMode::BreakGlass);
        // ETREAT deny → nothing for SAMU; BTG still works.
        v.emergency = EmergencyConsents {
            samu: false,
            break_glass: true,
            masked: false,
        };
        check(v.decide(&samu, &plain, t0()), false, Rule::EmergencyDenied);
        check(v.decide(&btg, &plain, t0()), true, Rule::EmergencyAllowed);
        // Permit: masked documents only with MASKED=permit.
        check(
            v.decide(&btg, &masked, t0()),
            false,
            Rule::EmergencyMaskedDenied,
        );
        v.emergency.masked = true;
        check(v.decide(&btg, &masked, t0()), true, Rule::EmergencyAllowed);
        // MASKED=permit is rejected while both ETREAT and BTG deny.
        v.emergency.break_glass = false;
        assert!(validate_emergency(&v.emergency).is_err());
    }

    #[test]
    fn domain_9_5_blocked_professional_gets_no_export_even_with_valid_grant() {
        let mut v = Vault::new();
        v.grants = vec![grant("g1", P, -1, 24)];
        v.blocked = vec![P.into()];
        let docs = [Doc::new("d1", "lab-report"), Doc::new("d2", "prescription")];
        assert_eq!(standing(P, &v.state(), t0()), Standing::Blocked);
        for d in &docs {
            check(v.decide(&pro(P), d, t0()), false, Rule::Blocked);
        }
        // Unblocking does not revive old grants: the CLI revokes them on
        // block, and a revoked grant stays revoked after unblock.
        v.grants[0].revoked_at = Some(t0());
        v.blocked.clear();
        let later = t0() + Duration::hours(1);
        assert_eq!(standing(P, &v.state(), later), Standing::GrantRevoked);
        check(
            v.decide(&pro(P), &docs[0], later),
            false,
            Rule::GrantRevoked,
        );
    }

    #[test]
    fn domain_9_6_grant_has_start_end_scope_refused_after_end_or_revocation() {
        let mut v = Vault::new();
        let mut g = grant("g1", P, 0, 72);
        g.types = vec![ty("prescription")];
        v.grants = vec![g];
        let rx = Doc::new("d1", "prescription");
        let lab = Doc::new("d2", "lab-report");
        // Before the start: not active.
        assert_eq!(
            standing(P, &v.state(), t0() - Duration::seconds(1)),
            Standing::GrantExpired
        );
        // During: the scope applies.
        check(v.decide(&pro(P), &rx, t0()), true, Rule::Granted);
        check(v.decide(&pro(P), &lab, t0()), false, Rule::OutOfGrantScope);
        // After the end: refused.
        let end = t0() + Duration::hours(72);
        assert_eq!(standing(P, &v.state(), end), Standing::GrantExpired);
        check(v.decide(&pro(P), &rx, end), false, Rule::GrantExpired);
        // After revocation: refused.
        v.grants[0].revoked_at = Some(t0() + Duration::hours(1));
        let after = t0() + Duration::hours(2);
        assert_eq!(standing(P, &v.state(), after), Standing::GrantRevoked);
        check(v.decide(&pro(P), &rx, after), false, Rule::GrantRevoked);
    }

    #[test]
    fn doc_facts_of_document() {
        let doc = Document {
            id: "abcd1234".into(),
            title: "t".into(),
            doc_type: ty("lab-report"),
            date: "2025-01-01".into(),
            author: Some(P.into()),
            tags: vec![],
            masked: true,
            masked_from: vec![Q.into()],
            hidden_from_guardians: true,
            invisible_patient_until: Some(t0()),
            size: 1,
            sha256: String::new(),
            blob: String::new(),
            media_type: "application/pdf".into(),
            filename: "a.pdf".into(),
            added_at: t0(),
        };
        let f = DocFacts::of(&doc);
        assert_eq!(f.id, "abcd1234");
        assert_eq!(f.doc_type.name, "lab-report");
        assert_eq!(f.author, Some(P));
        assert!(f.masked && f.hidden_from_guardians);
        assert_eq!(f.masked_from, [Q.to_string()]);
        assert_eq!(f.invisible_patient_until, Some(t0()));
        assert!(f.invisible_to_patient(t0() - Duration::seconds(1)));
        assert!(!f.invisible_to_patient(t0()));
    }

    // ---- property tests ---------------------------------------------------

    const POOL: [&str; 4] = [P, Q, DR, "10005555551"];
    const IDS: [&str; 3] = ["d0", "d1", "d2"];
    const TYPES: [usize; 3] = [0, 3, 11]; // prescription, lab-report, vaccination

    /// Each item kept with probability `p`.
    fn subset<T: Clone + std::fmt::Debug + 'static>(
        items: &'static [T],
        p: f64,
    ) -> impl Strategy<Value = Vec<T>> {
        proptest::collection::vec(proptest::bool::weighted(p), items.len()).prop_map(move |mask| {
            items
                .iter()
                .zip(mask)
                .filter(|(_, keep)| *keep)
                .map(|(x, _)| x.clone())
                .collect()
        })
    }

    fn hours(range: std::ops::Range<i64>) -> impl Strategy<Value = OffsetDateTime> {
        range.prop_map(|h| t0() + Duration::hours(h))
    }

    fn grant_strategy() -> impl Strategy<Value = Grant> {
        (
            0usize..POOL.len(),
            -20i64..5,
            0i64..30,
            proptest::option::weighted(0.25, -20i64..20),
            subset(&TYPES, 0.3),
            subset(&IDS, 0.2),
            0u32..1000,
        )
            .prop_map(|(who, start, len, revoked, types, docs, n)| Grant {
                id: format!("g{n}"),
                rpps: Rpps::parse(POOL[who]).expect("a valid RPPS"),
                created_at: t0() + Duration::hours(start),
                expires_at: t0() + Duration::hours(start + len),
                revoked_at: revoked.map(|r| t0() + Duration::hours(r)),
                types: types.into_iter().map(|i| DOC_TYPES[i]).collect(),
                docs: docs.into_iter().map(String::from).collect(),
            })
    }

    fn vault_strategy() -> impl Strategy<Value = Vault> {
        (
            proptest::option::of(0usize..POOL.len()),
            subset(&POOL, 0.15),
            proptest::collection::vec(grant_strategy(), 0..8),
            any::<(bool, bool, bool)>(),
            any::<bool>(),
        )
            .prop_map(|(primary, blocked, grants, (s, b, m), mvp)| Vault {
                primary: primary.map(|i| POOL[i].to_string()),
                blocked: blocked.into_iter().map(String::from).collect(),
                grants,
                emergency: EmergencyConsents {
                    samu: s,
                    break_glass: b,
                    masked: m,
                },
                masked_visible_to_primary: mvp,
            })
    }

    fn doc_strategy() -> impl Strategy<Value = Doc> {
        (
            0usize..IDS.len(),
            0usize..TYPES.len(),
            proptest::option::of(0usize..POOL.len()),
            proptest::bool::weighted(0.4),
            subset(&POOL, 0.15),
            any::<bool>(),
            proptest::option::of(hours(-20..20)),
        )
            .prop_map(|(id, t, author, masked, from, hfg, inv)| Doc {
                id: IDS[id].into(),
                doc_type: DOC_TYPES[TYPES[t]],
                author: author.map(|i| POOL[i].to_string()),
                masked,
                masked_from: from.into_iter().map(String::from).collect(),
                hidden_from_guardians: hfg,
                invisible_patient_until: inv,
                unseen_inbox: false,
            })
    }

    fn actor_strategy() -> impl Strategy<Value = Actor> {
        prop_oneof![
            Just(Actor::Holder),
            Just(Actor::Guardian { id: "g".into() }),
            Just(Actor::Emergency(EmergencyMode::Samu)),
            Just(Actor::Emergency(EmergencyMode::BreakGlass)),
            (0usize..POOL.len()).prop_map(|i| pro(POOL[i])),
            (0usize..POOL.len()).prop_map(|i| pro(POOL[i])),
            (0usize..POOL.len()).prop_map(|i| pro(POOL[i])),
        ]
    }

    fn has_active_grant(v: &Vault, rpps: &str, now: OffsetDateTime) -> bool {
        v.grants
            .iter()
            .any(|g| g.rpps == rpps && g.state(now) == GrantState::Active)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn prop_rule_consistent_with_visible(v in vault_strategy(), d in doc_strategy(), a in actor_strategy(), now in hours(-25..25)) {
            let dec = v.decide(&a, &d, now);
            prop_assert_eq!(dec.visible, dec.rule.allows());
            // A grant is named exactly when a grant gave access.
            if dec.grant.is_some() {
                prop_assert!(matches!(dec.rule, Rule::Granted | Rule::MaskedAuthor));
            }
            if dec.rule == Rule::Granted {
                let id = dec.grant.unwrap();
                let Actor::Professional { rpps } = &a else { panic!("granted to non-professional") };
                prop_assert!(v.grants.iter().any(|g| g.id == id && g.rpps == *rpps
                    && g.state(now) == GrantState::Active && g.covers(&d.id, &d.doc_type)));
            }
            // Rules belong to their actor kind.
            let ok = match &a {
                Actor::Holder => matches!(dec.rule, Rule::Holder | Rule::InvisiblePatient),
                Actor::Guardian { .. } => matches!(dec.rule, Rule::Guardian | Rule::GuardianHidden | Rule::InvisiblePatient),
                Actor::Emergency(_) => matches!(dec.rule, Rule::EmergencyAllowed | Rule::EmergencyDenied | Rule::EmergencyMaskedDenied | Rule::InvisiblePatient),
                Actor::Professional { .. } => !matches!(dec.rule, Rule::Holder | Rule::Guardian | Rule::GuardianHidden
                    | Rule::EmergencyAllowed | Rule::EmergencyDenied | Rule::EmergencyMaskedDenied),
            };
            prop_assert!(ok, "{:?} got {:?}", a, dec.rule);
        }

        /// Exports are an intersection: whatever a professional or an
        /// emergency service may receive, the holder may see now; and only
        /// the hold itself is ever reported as `invisible_patient` to them.
        #[test]
        fn prop_exports_never_carry_more_than_the_holder_sees(v in vault_strategy(), d in doc_strategy(), a in actor_strategy(), now in hours(-25..25)) {
            let dec = v.decide(&a, &d, now);
            if matches!(a, Actor::Professional { .. } | Actor::Emergency(_)) {
                if dec.visible {
                    prop_assert!(v.decide(&Actor::Holder, &d, now).visible);
                }
                // The hold replaces only what the recipient's rules allowed.
                let released = Doc { invisible_patient_until: None, ..d.clone() };
                let own = v.decide(&a, &released, now);
                if d.facts().invisible_to_patient(now) && own.visible {
                    prop_assert_eq!(dec.rule, Rule::InvisiblePatient);
                } else {
                    prop_assert_eq!(dec, own);
                }
            }
        }

        #[test]
        fn prop_never_visible_to_blocked(v in vault_strategy(), d in doc_strategy(), i in 0usize..POOL.len(), now in hours(-25..25)) {
            let p = POOL[i];
            if v.blocked.iter().any(|b| b == p) {
                let dec = v.decide(&pro(p), &d, now);
                prop_assert!(!dec.visible);
                prop_assert_eq!(dec.rule, Rule::Blocked);
                prop_assert_eq!(standing(p, &v.state(), now), Standing::Blocked);
            }
        }

        #[test]
        fn prop_masked_only_author_or_primary(v in vault_strategy(), d in doc_strategy(), i in 0usize..POOL.len(), now in hours(-25..25)) {
            let p = POOL[i];
            let author = d.author.as_deref() == Some(p);
            let primary_ok = v.masked_visible_to_primary && v.primary.as_deref() == Some(p);
            if d.masked && !author && !primary_ok {
                prop_assert!(!v.decide(&pro(p), &d, now).visible);
            }
        }

        #[test]
        fn prop_masked_from_hides_unless_author(v in vault_strategy(), d in doc_strategy(), i in 0usize..POOL.len(), now in hours(-25..25)) {
            let p = POOL[i];
            if d.masked_from.iter().any(|m| m == p) && d.author.as_deref() != Some(p) {
                prop_assert!(!v.decide(&pro(p), &d, now).visible);
            }
        }

        #[test]
        fn prop_no_standing_sees_nothing(v in vault_strategy(), d in doc_strategy(), i in 0usize..POOL.len(), now in hours(-25..25)) {
            let p = POOL[i];
            let st = standing(p, &v.state(), now);
            if v.primary.as_deref() != Some(p) && !has_active_grant(&v, p, now) {
                prop_assert!(!st.allows());
                let dec = v.decide(&pro(p), &d, now);
                prop_assert!(!dec.visible);
                prop_assert_eq!(dec.rule, st.rule());
            }
            // decide() agrees with standing(): no standing → that rule, always.
            if !st.allows() {
                prop_assert_eq!(v.decide(&pro(p), &d, now).rule, st.rule());
            }
            // Visible to a professional ⇒ standing allows.
            if v.decide(&pro(p), &d, now).visible {
                prop_assert!(st.allows());
            }
        }

        #[test]
        fn prop_restrictions_never_reveal_more(v in vault_strategy(), d in doc_strategy(), a in actor_strategy(), now in hours(-25..25)) {
            let base = v.decide(&a, &d, now).visible;
            // Masking, masking from someone, blocking someone, revoking a
            // grant, or the strict setting never make a hidden document visible.
            let mut d2 = Doc { masked: true, ..d.clone() };
            prop_assert!(!v.decide(&a, &d2, now).visible || base);
            d2 = d.clone();
            d2.masked_from.push(POOL[0].into());
            prop_assert!(!v.decide(&a, &d2, now).visible || base);
            let mut v2 = v.clone();
            v2.blocked.push(POOL[1].into());
            prop_assert!(!v2.decide(&a, &d, now).visible || base);
            let mut v3 = v.clone();
            v3.masked_visible_to_primary = false;
            prop_assert!(!v3.decide(&a, &d, now).visible || base);
            let mut v4 = v.clone();
            if let Some(g) = v4.grants.first_mut() {
                g.revoked_at = Some(now);
            }
            prop_assert!(!v4.decide(&a, &d, now).visible || base);
        }

        #[test]
        fn prop_standing_revoked_vs_expired_follows_most_recent(v in vault_strategy(), i in 0usize..POOL.len(), now in hours(-25..25)) {
            let p = POOL[i];
            let st = standing(p, &v.state(), now);
            let mine: Vec<&Grant> = v.grants.iter().filter(|g| g.rpps == p).collect();
            if !v.blocked.iter().any(|b| b == p) && v.primary.as_deref() != Some(p) && !has_active_grant(&v, p, now) {
                let latest = mine.iter().copied().max_by_key(|g| g.created_at);
                match latest {
                    None => prop_assert_eq!(st, Standing::NoActiveGrant),
                    Some(_) => {
                        let newest = mine.iter().map(|g| g.created_at).max().unwrap();
                        // The last one in list order among the newest decides.
                        let g = mine.iter().rev().find(|g| g.created_at == newest).unwrap();
                        let want = if g.state(now) == GrantState::Revoked { Standing::GrantRevoked } else { Standing::GrantExpired };
                        prop_assert_eq!(st, want);
                    }
                }
            }
        }
    }

    // ---- medical profile items -----------------------------------------

    fn item(masked: bool, masked_from: &[&str], hidden: bool) -> (bool, Vec<String>, bool) {
        (
            masked,
            masked_from.iter().map(|s| s.to_string()).collect(),
            hidden,
        )
    }

    fn decide_on(
        v: &Vault,
        a: &Actor,
        it: &(bool, Vec<String>, bool),
        now: OffsetDateTime,
    ) -> Decision<'static> {
        let facts = ItemFacts {
            masked: it.0,
            masked_from: &it.1,
            hidden_from_guardians: it.2,
        };
        let d = decide_item(a, &facts, &v.state(), now);
        // The grant ID borrows the state: compare by rule and visibility.
        Decision {
            visible: d.visible,
            rule: d.rule,
            grant: None,
        }
    }

    #[test]
    fn items_follow_standing_masks_and_guardian_hiding() {
        let mut v = Vault::new();
        v.grants.push(grant("g1", P, -1, 10));
        v.grants.push(grant("g0", Q, -10, -5));
        let plain = item(false, &[], false);
        check(
            decide_on(&v, &Actor::Holder, &plain, t0()),
            true,
            Rule::Holder,
        );
        check(
            decide_on(&v, &pro(DR), &plain, t0()),
            true,
            Rule::PrimaryDoctor,
        );
        // Any active grant covers the profile, even one scoped to a document type.
        v.grants[0].types = vec![ty("prescription")];
        let facts = ItemFacts {
            masked: false,
            masked_from: &[],
            hidden_from_guardians: false,
        };
        let d = decide_item(&pro(P), &facts, &v.state(), t0());
        assert_eq!(
            (d.visible, d.rule, d.grant),
            (true, Rule::Granted, Some("g1"))
        );
        check(
            decide_on(&v, &pro(Q), &plain, t0()),
            false,
            Rule::GrantExpired,
        );
        check(
            decide_on(&v, &pro("10005555551"), &plain, t0()),
            false,
            Rule::NoActiveGrant,
        );
        v.blocked.push(P.into());
        check(decide_on(&v, &pro(P), &plain, t0()), false, Rule::Blocked);
        v.blocked.clear();

        let masked = item(true, &[], false);
        check(decide_on(&v, &pro(P), &masked, t0()), false, Rule::Masked);
        check(
            decide_on(&v, &pro(DR), &masked, t0()),
            true,
            Rule::MaskedPrimary,
        );
        v.masked_visible_to_primary = false;
        check(decide_on(&v, &pro(DR), &masked, t0()), false, Rule::Masked);
        let from_p = item(false, &[P], false);
        check(
            decide_on(&v, &pro(P), &from_p, t0()),
            false,
            Rule::MaskedFrom,
        );
        check(
            decide_on(&v, &pro(DR), &from_p, t0()),
            true,
            Rule::PrimaryDoctor,
        );

        let hidden = item(false, &[], true);
        check(
            decide_on(&v, &guardian(), &hidden, t0()),
            false,
            Rule::GuardianHidden,
        );
        check(
            decide_on(&v, &guardian(), &plain, t0()),
            true,
            Rule::Guardian,
        );
        // Hidden from guardians is not hidden from professionals.
        check(
            decide_on(&v, &pro(DR), &hidden, t0()),
            true,
            Rule::PrimaryDoctor,
        );

        let samu = Actor::Emergency(EmergencyMode::Samu);
        check(
            decide_on(&v, &samu, &plain, t0()),
            true,
            Rule::EmergencyAllowed,
        );
        check(
            decide_on(&v, &samu, &masked, t0()),
            false,
            Rule::EmergencyMaskedDenied,
        );
        v.emergency.samu = false;
        check(
            decide_on(&v, &samu, &plain, t0()),
            false,
            Rule::EmergencyDenied,
        );
    }

    fn item_strategy() -> impl Strategy<Value = (bool, Vec<String>, bool)> {
        (
            proptest::bool::weighted(0.4),
            subset(&POOL, 0.2),
            any::<bool>(),
        )
            .prop_map(|(m, from, h)| (m, from.into_iter().map(String::from).collect(), h))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// An item is decided as a document of the holder with the same
        /// flags would be, covered by every active grant: same visibility,
        /// same rule, for every actor.
        #[test]
        fn prop_items_are_decided_as_unscoped_holder_documents(v in vault_strategy(), it in item_strategy(), a in actor_strategy(), now in hours(-25..25)) {
            let mut wide = v.clone();
            for g in wide.grants.iter_mut() {
                g.types.clear();
                g.docs.clear();
            }
            let doc = Doc {
                masked: it.0,
                masked_from: it.1.clone(),
                hidden_from_guardians: it.2,
                ..Doc::new("item", "other")
            };
            let as_doc = wide.decide(&a, &doc, now);
            let as_item = decide_on(&v, &a, &it, now);
            prop_assert_eq!((as_item.visible, as_item.rule), (as_doc.visible, as_doc.rule));
            prop_assert_eq!(as_item.visible, as_item.rule.allows());
        }
    }
}

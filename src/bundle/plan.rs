//! Export planning: which documents an export holds, for whom, under which
//! purpose, and why the others stay out, decided through `policy` only.
//!
//! Pure but for its [`Source`]: it reads no clock (the caller passes `now`),
//! prints, prompts or exits nothing. The vault implements [`Source`] on one
//! snapshot of its index (`vault::bundles`); the tests below implement it on
//! plain values, one test per rule. `carnet export` plans twice: read-only
//! first (a refusal is journaled without asking for a passphrase), then
//! again under the vault's write lock just before the journal entry, and
//! drops the export if the selection changed meanwhile.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use serde_json::{json, Value};
use time::OffsetDateTime;

use crate::bundle::manifest::{Purpose, PurposeKind, RecipientPro};
use crate::bundle::write::clean_text;
use crate::error::Result;
use crate::journal::{ActorKind, JournalActor, Mode};
use crate::model::{Actor, Document, EmergencyMode, Professional};
use crate::policy::{self, DocFacts, Rule, VaultState};

/// Whom an export is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Audience {
    /// A professional, by RPPS (`--for`).
    Professional(String),
    /// An emergency service (`--emergency`).
    Emergency(EmergencyMode),
    /// The user's own copy (`--all`).
    Holder,
}

/// What the user asked for.
#[derive(Debug, Clone)]
pub struct Request {
    pub audience: Audience,
    /// `--doc`: the export holds at most these document IDs.
    pub wanted: Option<HashSet<String>>,
    /// The user as journaled (the holder, or a guardian).
    pub user: JournalActor,
    /// The user as the policy sees them (an export `--all` is theirs).
    pub user_actor: Actor,
    /// The bundle carries a patient summary with something in it for this
    /// audience: it is not refused for holding no document.
    pub summary_shows: bool,
}

/// What became of a document hidden from guardians, whose clear metadata
/// in the index are placeholders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hidden {
    /// Not sealed for the minor: its blob opens with the vault key.
    NotSealed,
    /// The user's identity opened its sealed metadata, now in the document.
    Opened,
    /// Sealed for the minor, and the user's identity does not open it.
    Locked,
}

/// What planning reads from the vault, all from one snapshot.
pub trait Source {
    /// The state the policy decides on.
    fn state(&self) -> VaultState<'_>;
    /// Every document of the index (placeholders for hidden ones).
    fn documents(&self) -> Result<Vec<Document>>;
    /// Opens a hidden document's sealed metadata into `d`, if it can.
    fn open_hidden(&self, d: &mut Document) -> Result<Hidden>;
    /// The recorded professional (exit 4 if there is none).
    fn professional(&self, rpps: &str) -> Result<Professional>;
    /// Inbox imports the holder has not seen (none by default).
    fn unseen_inbox(&self) -> Result<HashSet<String>> {
        Ok(HashSet::new())
    }
}

/// An export the policy allows, with what the manifest and journal need.
#[derive(Debug)]
pub struct Plan {
    pub purpose: Purpose,
    pub recipient: Option<RecipientPro>,
    /// Advisory: the earliest end of the grants the selection used.
    pub expires: Option<OffsetDateTime>,
    pub docs: Vec<Document>,
    /// Documents left out, with the rule that decided.
    pub excluded: Vec<(String, Rule)>,
    pub actor: JournalActor,
    pub mode: Mode,
    /// Whether entries keep the holder's own metadata (tags, flags).
    pub holder_fields: bool,
    /// The professional's recorded recipient (exports `--for`).
    pub pro_recipient: Option<String>,
    /// Chosen documents sealed for the minor, whose content the user's
    /// identity opens (not with the vault key).
    pub sealed: HashSet<String>,
    /// Documents the policy allows but that stay sealed for the minor
    /// (the user's key does not open them): left out.
    pub unreadable: Vec<String>,
}

/// A refusal: exit 5, journaled as `export.refused`.
#[derive(Debug)]
pub struct Refusal {
    /// The journal's reason: English, the same whatever the language.
    pub message: String,
    /// What the user reads: the same reason in their language.
    pub shown: String,
    pub hint: String,
    pub actor: JournalActor,
    pub mode: Mode,
    pub details: Value,
}

#[derive(Debug)]
pub enum Planned {
    Export(Plan),
    Refused(Refusal),
}

impl Plan {
    /// Held for an announcement consultation: not exported until released.
    pub fn held(&self) -> usize {
        self.excluded
            .iter()
            .filter(|(_, r)| *r == Rule::InvisiblePatient)
            .count()
    }

    /// The details of the `export.create` entry (before sealing for the
    /// minor, which the vault does when the export holds a hidden document).
    pub fn journal_details(
        &self,
        bundle: &str,
        encryption: &str,
        armor: bool,
        output: &str,
    ) -> Value {
        let ids: Vec<&str> = self.docs.iter().map(|d| d.id.as_str()).collect();
        let mut details = json!({
            "bundle": bundle,
            "purpose": self.purpose.kind.as_str(),
            "documents": ids,
            "count": ids.len(),
            "encryption": encryption,
            "armor": armor,
            "output": output,
        });
        if let Some(g) = &self.purpose.grant {
            details["grant"] = json!(g);
        }
        if let Some(r) = &self.recipient {
            details["rpps"] = json!(r.rpps);
            details["idnat"] = json!(r.idnat);
            details["name"] = json!(r.name);
        }
        if let Some(e) = self.expires {
            details["expires_at"] = json!(crate::timefmt::rfc3339(e));
        }
        details
    }

    /// Whether the export holds a document hidden from guardians: its
    /// journal details are then the minor's secret (domain.md §9.8).
    pub fn holds_hidden(&self) -> bool {
        self.docs.iter().any(|d| d.hidden_from_guardians)
    }
}

impl Refusal {
    /// The details of the `export.refused` entry.
    pub fn journal_details(&self) -> Value {
        let mut details = self.details.clone();
        details["reason"] = json!(self.message);
        details
    }
}

/// How an emergency service is journaled.
pub fn emergency_actor(mode: EmergencyMode) -> JournalActor {
    JournalActor {
        kind: ActorKind::Emergency,
        id: mode.as_str().into(),
        name: match mode {
            EmergencyMode::Samu => "SAMU regulation centre (Centre 15)".into(),
            EmergencyMode::BreakGlass => "emergency access (break-glass)".into(),
        },
    }
}

/// Counts excluded documents by rule: `masked ×2, out_of_grant_scope ×1`.
pub fn rule_summary(excluded: &[(String, Rule)]) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for (_, r) in excluded {
        *counts.entry(r.as_str()).or_default() += 1;
    }
    counts
        .iter()
        .map(|(r, n)| format!("{r} ×{n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn refusal_hint(rule: Rule, rpps: &str) -> String {
    match rule {
        Rule::Blocked => crate::i18n::tr!("x-refused-blocked-hint", rpps = rpps),
        Rule::NoActiveGrant | Rule::GrantExpired | Rule::GrantRevoked => {
            crate::i18n::tr!("x-refused-no-grant-hint", rpps = rpps)
        }
        _ => crate::i18n::tr!("x-refused-see-access-hint", rpps = rpps),
    }
}

/// Who an allowed export is for, as the policy, journal and manifest see it.
struct Recipient {
    policy_actor: Actor,
    actor: JournalActor,
    mode: Mode,
    purpose: Purpose,
    recipient: Option<RecipientPro>,
    pro_recipient: Option<String>,
}

/// The audience's standing: who the export is for, or why it is refused
/// outright (blocked, no grant, emergency mode denied).
fn recipient(
    src: &dyn Source,
    req: &Request,
    state: &VaultState<'_>,
    now: OffsetDateTime,
    requested: &[&str],
) -> Result<std::result::Result<Recipient, Refusal>> {
    Ok(Ok(match &req.audience {
        Audience::Professional(rpps) => {
            let pro = src.professional(rpps)?;
            let actor = JournalActor::professional(&pro.rpps, &pro.name);
            let purpose = match policy::standing(rpps, state, now) {
                policy::Standing::Primary => Purpose {
                    kind: PurposeKind::Primary,
                    grant: None,
                },
                policy::Standing::Granted(g) => Purpose {
                    kind: PurposeKind::Grant,
                    grant: Some(g.to_string()),
                },
                refused => {
                    let rule = refused.rule();
                    return Ok(Err(Refusal {
                        message: format!(
                            "cannot export for {} ({rpps}): {} [{}]",
                            pro.name,
                            rule.explain(),
                            rule.as_str()
                        ),
                        shown: crate::i18n::tr!(
                            "x-refused-pro",
                            name = &pro.name,
                            rpps = rpps.to_string(),
                            why = crate::i18n::explain::rule(rule),
                            rule = rule.as_str()
                        ),
                        hint: refusal_hint(rule, rpps),
                        actor,
                        mode: Mode::Normal,
                        details: json!({
                            "purpose": "professional", "rpps": rpps, "idnat": pro.idnat(),
                            "name": pro.name, "rule": rule.as_str(), "documents_requested": requested,
                        }),
                    }));
                }
            };
            Recipient {
                policy_actor: Actor::Professional {
                    rpps: pro.rpps.clone(),
                },
                actor,
                mode: if purpose.kind == PurposeKind::Primary {
                    Mode::Primary
                } else {
                    Mode::Grant
                },
                purpose,
                recipient: Some(RecipientPro {
                    rpps: pro.rpps.to_string(),
                    idnat: pro.idnat(),
                    name: clean_text(&pro.name, 200),
                }),
                pro_recipient: pro.recipient.clone(),
            }
        }
        Audience::Emergency(m) => {
            let actor = emergency_actor(*m);
            if !policy::emergency_permits(*m, &state.emergency) {
                let rule = Rule::EmergencyDenied;
                return Ok(Err(Refusal {
                    message: format!(
                        "cannot make a {} emergency bundle: {} [{}]",
                        m.as_str(),
                        rule.explain(),
                        rule.as_str()
                    ),
                    shown: crate::i18n::tr!(
                        "x-refused-emergency",
                        mode = m.as_str(),
                        why = crate::i18n::explain::rule(rule),
                        rule = rule.as_str()
                    ),
                    hint: crate::i18n::tr!(
                        "x-refused-emergency-hint",
                        flag = if *m == EmergencyMode::Samu {
                            "samu"
                        } else {
                            "break-glass"
                        }
                    ),
                    actor,
                    mode: Mode::from(*m),
                    details: json!({
                        "purpose": m.journal_mode(), "rule": rule.as_str(), "documents_requested": requested,
                    }),
                }));
            }
            let kind = match m {
                EmergencyMode::Samu => PurposeKind::EmergencySamu,
                EmergencyMode::BreakGlass => PurposeKind::EmergencyBreakGlass,
            };
            Recipient {
                policy_actor: Actor::Emergency(*m),
                actor,
                mode: Mode::from(*m),
                purpose: Purpose { kind, grant: None },
                recipient: None,
                pro_recipient: None,
            }
        }
        Audience::Holder => Recipient {
            policy_actor: req.user_actor.clone(),
            actor: req.user.clone(),
            mode: Mode::Normal,
            purpose: Purpose {
                kind: PurposeKind::HolderExport,
                grant: None,
            },
            recipient: None,
            pro_recipient: None,
        },
    }))
}

/// Decides what an export may hold. Documents hidden from guardians are
/// opened (their sealed metadata replacing the index's placeholders) only
/// when `--doc` keeps them; those the user's key does not open are left out
/// as unreadable. An export for someone else that would hold nothing is
/// refused; the user's own export may be empty.
pub fn plan(src: &dyn Source, req: &Request, now: OffsetDateTime) -> Result<Planned> {
    let state = src.state();
    let mut docs = src.documents()?;
    if let Some(w) = &req.wanted {
        docs.retain(|d| w.contains(&d.id));
    }
    let mut sealed = HashSet::new();
    let mut locked = HashSet::new();
    for d in docs.iter_mut().filter(|d| d.hidden_from_guardians) {
        match src.open_hidden(d)? {
            Hidden::Opened => {
                sealed.insert(d.id.clone());
            }
            Hidden::Locked => {
                locked.insert(d.id.clone());
            }
            Hidden::NotSealed => {}
        }
    }
    let requested: Vec<&str> = req
        .wanted
        .as_ref()
        .map(|w| {
            let mut v: Vec<&str> = w.iter().map(String::as_str).collect();
            v.sort();
            v
        })
        .unwrap_or_default();
    let to = match recipient(src, req, &state, now, &requested)? {
        Ok(to) => to,
        Err(refusal) => return Ok(Planned::Refused(refusal)),
    };

    let unseen = src.unseen_inbox()?;
    let considered = docs.len();
    let mut chosen = Vec::new();
    let mut excluded = Vec::new();
    let mut unreadable = Vec::new();
    let mut grants_used: BTreeSet<String> = BTreeSet::new();
    for d in docs {
        let facts = DocFacts::of(&d).with_unseen_inbox(unseen.contains(&d.id));
        let dec = policy::decide(&to.policy_actor, &facts, &state, now);
        if !dec.visible {
            excluded.push((d.id.clone(), dec.rule));
        } else if locked.contains(&d.id) {
            unreadable.push(d.id.clone());
        } else {
            if let Some(g) = dec.grant {
                grants_used.insert(g.to_string());
            }
            chosen.push(d);
        }
    }
    sealed.retain(|id| chosen.iter().any(|d| &d.id == id));
    if chosen.is_empty() && req.audience != Audience::Holder && !req.summary_shows {
        return Ok(Planned::Refused(empty_selection(
            req,
            to,
            considered,
            &excluded,
            &unreadable,
            &requested,
        )));
    }
    let expires = state
        .grants
        .iter()
        .filter(|g| grants_used.contains(&g.id))
        .map(|g| g.expires_at)
        .min();
    Ok(Planned::Export(Plan {
        purpose: to.purpose,
        recipient: to.recipient,
        expires,
        docs: chosen,
        excluded,
        actor: to.actor,
        mode: to.mode,
        holder_fields: req.audience == Audience::Holder,
        pro_recipient: to.pro_recipient,
        sealed,
        unreadable,
    }))
}

/// The refusal of an export for someone else that would hold nothing.
fn empty_selection(
    req: &Request,
    to: Recipient,
    considered: usize,
    excluded: &[(String, Rule)],
    unreadable: &[String],
    requested: &[&str],
) -> Refusal {
    // The journal's English reason, and the user's in their language.
    let (who, who_shown) = match (&to.recipient, &req.audience) {
        (Some(r), _) => {
            let who = format!("{} ({})", r.name, r.rpps);
            (who.clone(), who)
        }
        (None, Audience::Emergency(m)) => (
            format!("a {} emergency bundle", m.as_str()),
            crate::i18n::tr!("x-empty-for-emergency", mode = m.as_str()),
        ),
        _ => (
            "this export".into(),
            crate::i18n::tr!("x-empty-for-this-export"),
        ),
    };
    let (why, why_shown) = if considered == 0 {
        (
            "there are no documents to consider".to_string(),
            crate::i18n::tr!("x-empty-no-documents"),
        )
    } else if excluded.is_empty() {
        (
            format!(
                "the {} document(s) it may see are hidden from guardians, and only the minor's key opens them",
                unreadable.len()
            ),
            crate::i18n::tr!("x-empty-minor-only", n = unreadable.len()),
        )
    } else {
        let rules = rule_summary(excluded);
        (
            format!(
                "none of the {considered} document(s) considered is visible ({rules}){}",
                if unreadable.is_empty() {
                    String::new()
                } else {
                    format!(
                        ", and {} that are, only the minor's key opens",
                        unreadable.len()
                    )
                }
            ),
            if unreadable.is_empty() {
                crate::i18n::tr!("x-empty-none-visible", n = considered, rules = &rules)
            } else {
                crate::i18n::tr!(
                    "x-empty-none-visible-minor",
                    n = considered,
                    rules = &rules,
                    minor = unreadable.len()
                )
            },
        )
    };
    let rpps = to.recipient.as_ref().map(|r| r.rpps.clone());
    Refusal {
        message: format!("nothing to export for {who}: {why}"),
        shown: crate::i18n::tr!("x-empty", who = who_shown, why = why_shown),
        hint: match &rpps {
            Some(r) => crate::i18n::tr!("x-refused-see-access-hint", rpps = r),
            None => crate::i18n::tr!("x-empty-emergency-hint"),
        },
        actor: to.actor,
        mode: if matches!(req.audience, Audience::Professional(_)) {
            Mode::Normal
        } else {
            to.mode
        },
        details: json!({
            "purpose": to.purpose.kind.as_str(), "rpps": rpps, "rule": "empty_selection",
            "excluded": rule_summary(excluded), "documents_requested": requested,
        }),
    }
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::collections::HashMap;

    use time::macros::datetime;
    use time::Duration;

    use super::*;
    use crate::error::Error;
    use crate::model::{DocType, EmergencyConsents, Grant};
    use crate::policy::OwnedState;

    /// A professional with a grant (in `with_grant`).
    const P: &str = "10003456786";
    /// The primary doctor.
    const DR: &str = "10000000017";
    /// A professional with no grant.
    const Q: &str = "10100000008";
    /// A blocked professional.
    const B: &str = "10005555551";

    fn now() -> OffsetDateTime {
        datetime!(2025-03-01 12:00 UTC)
    }

    fn doc(id: &str, ty: &str) -> Document {
        Document {
            id: id.into(),
            title: format!("title of {id}"),
            doc_type: DocType::parse(ty).unwrap(),
            date: "2025-01-15".into(),
            author: None,
            tags: vec![],
            masked: false,
            masked_from: vec![],
            hidden_from_guardians: false,
            invisible_patient_until: None,
            size: 10,
            sha256: "0".repeat(64),
            blob: format!("blob-{id}"),
            media_type: "application/pdf".into(),
            filename: format!("{id}.pdf"),
            added_at: now() - Duration::days(30),
        }
    }

    fn pro(rpps: &str, name: &str) -> Professional {
        Professional {
            added_at: now() - Duration::days(100),
            ..Professional::sample(rpps, name)
        }
    }

    fn grant(id: &str, rpps: &str, hours: i64) -> Grant {
        Grant {
            id: id.into(),
            rpps: crate::ids::Rpps::parse(rpps).expect("a valid RPPS"),
            created_at: now() - Duration::hours(1),
            expires_at: now() + Duration::hours(hours),
            revoked_at: None,
            types: vec![],
            docs: vec![],
        }
    }

    /// How a hidden document opens in [`Fake`].
    enum Seal {
        /// The user's key opens it; its real title.
        Opens(&'static str),
        Locked,
    }

    /// A vault as plain values.
    struct Fake {
        state: OwnedState,
        docs: Vec<Document>,
        pros: Vec<Professional>,
        /// Hidden documents sealed for the minor (others are not sealed).
        seals: HashMap<String, Seal>,
        /// The hidden documents planning asked to open, in order.
        asked: RefCell<Vec<String>>,
    }

    impl Fake {
        fn new(docs: Vec<Document>) -> Fake {
            Fake {
                state: OwnedState {
                    primary: Some(DR.into()),
                    blocked: vec![B.into()],
                    grants: vec![],
                    emergency: EmergencyConsents::default(),
                    masked_visible_to_primary: true,
                },
                docs,
                pros: vec![
                    pro(P, "Dr Pauline Petit"),
                    pro(DR, "Dr Denis Durand"),
                    pro(Q, "Dr Quentin Roux"),
                    pro(B, "Dr Bernard Blanc"),
                ],
                seals: HashMap::new(),
                asked: RefCell::new(vec![]),
            }
        }

        fn with_grant(mut self, g: Grant) -> Fake {
            self.state.grants.push(g);
            self
        }
    }

    impl Source for Fake {
        fn state(&self) -> VaultState<'_> {
            self.state.view()
        }
        fn documents(&self) -> Result<Vec<Document>> {
            Ok(self.docs.clone())
        }
        fn open_hidden(&self, d: &mut Document) -> Result<Hidden> {
            self.asked.borrow_mut().push(d.id.clone());
            Ok(match self.seals.get(&d.id) {
                None => Hidden::NotSealed,
                Some(Seal::Locked) => Hidden::Locked,
                Some(Seal::Opens(title)) => {
                    d.title = title.to_string();
                    Hidden::Opened
                }
            })
        }
        fn professional(&self, rpps: &str) -> Result<Professional> {
            self.pros
                .iter()
                .find(|p| p.rpps == rpps)
                .cloned()
                .ok_or_else(|| Error::not_found(format!("no professional {rpps}"), "add them"))
        }
    }

    fn request(audience: Audience) -> Request {
        Request {
            audience,
            wanted: None,
            user: JournalActor::holder("Camille Martin"),
            user_actor: Actor::Holder,
            summary_shows: false,
        }
    }

    fn for_pro(rpps: &str) -> Request {
        request(Audience::Professional(rpps.into()))
    }

    fn export(src: &Fake, req: &Request) -> Plan {
        match plan(src, req, now()).unwrap() {
            Planned::Export(p) => p,
            Planned::Refused(r) => panic!("refused: {}", r.message),
        }
    }

    fn refused(src: &Fake, req: &Request) -> Refusal {
        match plan(src, req, now()).unwrap() {
            Planned::Export(p) => {
                panic!("exported {:?}", ids(&p))
            }
            Planned::Refused(r) => {
                // In English the user reads the journal's own reason.
                assert_eq!(r.shown, r.message);
                r
            }
        }
    }

    fn ids(p: &Plan) -> Vec<&str> {
        p.docs.iter().map(|d| d.id.as_str()).collect()
    }

    fn masked(mut d: Document) -> Document {
        d.masked = true;
        d
    }

    #[test]
    fn a_blocked_professional_is_refused_with_the_unblock_hint() {
        let src = Fake::new(vec![doc("a1", "lab-report")]).with_grant(grant("g1", B, 24));
        let r = refused(&src, &for_pro(B));
        assert!(r
            .message
            .starts_with("cannot export for Dr Bernard Blanc (10005555551): "));
        assert!(r.message.ends_with("[blocked]"), "{}", r.message);
        assert!(r.hint.contains("carnet pro unblock 10005555551"));
        assert_eq!(r.details["rule"], "blocked");
        assert_eq!(r.details["idnat"], "810005555551");
        assert_eq!(r.mode, Mode::Normal);
        assert_eq!(r.actor, JournalActor::professional(B, "Dr Bernard Blanc"));
    }

    #[test]
    fn no_grant_expired_or_revoked_is_refused_with_the_grant_hint() {
        let src = Fake::new(vec![doc("a1", "lab-report")]);
        let r = refused(&src, &for_pro(Q));
        assert_eq!(r.details["rule"], "no_active_grant");
        assert!(r.hint.contains("carnet grant 10100000008 --for 7d"));

        let src = Fake::new(vec![doc("a1", "lab-report")]).with_grant(grant("g0", Q, -1));
        assert_eq!(refused(&src, &for_pro(Q)).details["rule"], "grant_expired");

        let mut g = grant("g0", Q, 24);
        g.revoked_at = Some(now() - Duration::minutes(5));
        let src = Fake::new(vec![doc("a1", "lab-report")]).with_grant(g);
        let r = refused(&src, &for_pro(Q));
        assert_eq!(r.details["rule"], "grant_revoked");
        assert!(r.hint.contains("carnet pro primary 10100000008"));
    }

    #[test]
    fn an_unknown_professional_is_not_found() {
        let src = Fake::new(vec![doc("a1", "lab-report")]);
        let err = plan(&src, &for_pro("10000000025"), now()).unwrap_err();
        assert!(matches!(err, Error::NotFound { .. }), "{err:?}");
    }

    #[test]
    fn the_primary_doctor_gets_masked_documents_unless_the_strict_setting() {
        let docs = vec![doc("a1", "lab-report"), masked(doc("m1", "imaging-report"))];
        let src = Fake::new(docs.clone());
        let p = export(&src, &for_pro(DR));
        assert_eq!(p.purpose.kind, PurposeKind::Primary);
        assert_eq!(p.purpose.grant, None);
        assert_eq!(p.mode, Mode::Primary);
        assert_eq!(ids(&p), ["a1", "m1"]);
        assert_eq!(p.expires, None);
        let r = p.recipient.as_ref().unwrap();
        assert_eq!((r.rpps.as_str(), r.idnat.as_str()), (DR, "810000000017"));
        assert!(!p.holder_fields);

        let mut strict = Fake::new(docs);
        strict.state.masked_visible_to_primary = false;
        let p = export(&strict, &for_pro(DR));
        assert_eq!(ids(&p), ["a1"]);
        assert_eq!(p.excluded, [("m1".to_string(), Rule::Masked)]);
    }

    #[test]
    fn a_grant_exports_its_scope_and_expires_with_the_grants_used() {
        let mut scoped = grant("g2", P, 2);
        scoped.types = vec![DocType::parse("lab-report").unwrap()];
        let mut from = doc("f1", "lab-report");
        from.masked_from = vec![P.into()];
        let src = Fake::new(vec![
            doc("a1", "lab-report"),
            doc("c1", "consultation-report"),
            masked(doc("m1", "lab-report")),
            from,
        ])
        .with_grant(scoped)
        .with_grant(grant("g1", P, 48));
        let p = export(&src, &for_pro(P));
        assert_eq!(p.purpose.kind, PurposeKind::Grant);
        assert_eq!(p.mode, Mode::Grant);
        assert_eq!(ids(&p), ["a1", "c1"]);
        assert_eq!(
            p.excluded,
            [
                ("m1".to_string(), Rule::Masked),
                ("f1".to_string(), Rule::MaskedFrom)
            ]
        );
        // The first covering grant lets each document in (g2 the lab
        // report, g1 the consultation); the earliest of their ends.
        assert_eq!(p.purpose.grant.as_deref(), Some("g2"));
        assert_eq!(p.expires, Some(now() + Duration::hours(2)));
        let details = p.journal_details("b1", "recipient", false, "x.age");
        assert_eq!(details["documents"], json!(["a1", "c1"]));
        assert_eq!(details["rpps"], P);
        assert_eq!(details["expires_at"], "2025-03-01T14:00:00Z");
    }

    #[test]
    fn the_professionals_recipient_and_a_clean_name_are_kept() {
        let mut src = Fake::new(vec![doc("a1", "lab-report")]);
        src.pros[1].recipient = Some("age1example".into());
        src.pros[1].name = "Dr\u{1b}[31m Durand".into();
        let p = export(&src, &for_pro(DR));
        assert_eq!(p.pro_recipient.as_deref(), Some("age1example"));
        assert_eq!(p.recipient.unwrap().name, "Dr [31m Durand");
    }

    #[test]
    fn emergency_modes_follow_the_consents() {
        let docs = vec![doc("a1", "lab-report"), masked(doc("m1", "lab-report"))];
        let mut src = Fake::new(docs.clone());
        src.state.emergency = EmergencyConsents {
            samu: false,
            break_glass: false,
            masked: false,
        };
        let r = refused(&src, &request(Audience::Emergency(EmergencyMode::Samu)));
        assert!(r
            .message
            .starts_with("cannot make a samu emergency bundle: "));
        assert_eq!(
            r.hint,
            "only the holder decides: carnet emergency set --samu allow"
        );
        assert_eq!(r.mode, Mode::EmergencySamu);
        assert_eq!(r.details["rule"], "emergency_denied");
        assert_eq!(r.actor.kind, ActorKind::Emergency);

        let mut allowed = Fake::new(docs);
        allowed.state.emergency = EmergencyConsents {
            break_glass: true,
            ..src.state.emergency
        };
        let r = refused(&allowed, &request(Audience::Emergency(EmergencyMode::Samu)));
        assert_eq!(r.details["rule"], "emergency_denied");
        let p = export(
            &allowed,
            &request(Audience::Emergency(EmergencyMode::BreakGlass)),
        );
        assert_eq!(p.purpose.kind, PurposeKind::EmergencyBreakGlass);
        assert_eq!(p.mode, Mode::EmergencyBreakGlass);
        assert_eq!(ids(&p), ["a1"]);
        assert_eq!(
            p.excluded,
            [("m1".to_string(), Rule::EmergencyMaskedDenied)]
        );
        assert_eq!(p.actor.id, "break-glass");

        allowed.state.emergency.masked = true;
        let p = export(
            &allowed,
            &request(Audience::Emergency(EmergencyMode::BreakGlass)),
        );
        assert_eq!(ids(&p), ["a1", "m1"]);
    }

    #[test]
    fn held_documents_stay_out_of_every_export() {
        let mut held = doc("h1", "lab-report");
        held.invisible_patient_until = Some(now() + Duration::days(20));
        let mut released = doc("r1", "lab-report");
        released.invisible_patient_until = Some(now() - Duration::days(1));
        let src = Fake::new(vec![doc("a1", "lab-report"), held, released]);
        for req in [request(Audience::Holder), for_pro(DR)] {
            let p = export(&src, &req);
            assert_eq!(ids(&p), ["a1", "r1"]);
            assert_eq!(p.excluded, [("h1".to_string(), Rule::InvisiblePatient)]);
            assert_eq!(p.held(), 1);
        }
    }

    #[test]
    fn doc_keeps_only_the_documents_asked_for() {
        let src = Fake::new(vec![
            doc("a1", "lab-report"),
            doc("c1", "consultation-report"),
            masked(doc("m1", "lab-report")),
        ])
        .with_grant(grant("g1", P, 24));
        let mut req = for_pro(P);
        req.wanted = Some(["c1".to_string()].into());
        assert_eq!(ids(&export(&src, &req)), ["c1"]);

        // Asked only for what the policy refuses: nothing to export.
        req.wanted = Some(["m1".to_string(), "zz".to_string()].into());
        let r = refused(&src, &req);
        assert_eq!(r.details["rule"], "empty_selection");
        assert_eq!(r.details["documents_requested"], json!(["m1", "zz"]));
        assert_eq!(r.details["excluded"], "masked ×1");
        assert_eq!(
            r.message,
            "nothing to export for Dr Pauline Petit (10003456786): none of the 1 document(s) considered is visible (masked ×1)"
        );
        assert_eq!(
            r.hint,
            "see carnet access 10003456786 for the rule of each document"
        );
        assert_eq!(r.mode, Mode::Normal);
    }

    #[test]
    fn an_empty_selection_is_refused_for_others_but_not_for_the_holder() {
        let src = Fake::new(vec![]);
        let p = export(&src, &request(Audience::Holder));
        assert!(p.docs.is_empty());
        assert_eq!(p.purpose.kind, PurposeKind::HolderExport);
        assert!(p.holder_fields);
        assert_eq!(p.actor, JournalActor::holder("Camille Martin"));

        let r = refused(&src, &for_pro(DR));
        assert!(r.message.ends_with(": there are no documents to consider"));

        let src = Fake::new(vec![masked(doc("m1", "lab-report"))]);
        let r = refused(&src, &request(Audience::Emergency(EmergencyMode::Samu)));
        assert_eq!(
            r.message,
            "nothing to export for a samu emergency bundle: none of the 1 document(s) considered is visible (emergency_masked_denied ×1)"
        );
        assert_eq!(
            r.hint,
            "see carnet emergency status and carnet list --masked"
        );
        assert_eq!(r.mode, Mode::EmergencySamu);
        assert_eq!(r.details["purpose"], "emergency-samu");
        assert_eq!(r.details["rpps"], Value::Null);
        assert_eq!(
            r.journal_details()["reason"],
            json!(r.message),
            "the journal says why"
        );
    }

    fn hidden(id: &str) -> Document {
        let mut d = doc(id, "other");
        d.hidden_from_guardians = true;
        d.title = "(hidden from guardians)".into();
        d
    }

    #[test]
    fn hidden_documents_open_with_the_minors_key_or_stay_out() {
        let mut src = Fake::new(vec![
            doc("a1", "lab-report"),
            hidden("s1"),
            hidden("s2"),
            hidden("n1"),
        ]);
        src.seals.insert("s1".into(), Seal::Opens("Consultation"));
        src.seals.insert("s2".into(), Seal::Locked);
        let p = export(&src, &request(Audience::Holder));
        assert_eq!(ids(&p), ["a1", "s1", "n1"]);
        assert_eq!(p.docs[1].title, "Consultation");
        // Only the one whose metadata were sealed is read with her key.
        assert_eq!(p.sealed, HashSet::from(["s1".to_string()]));
        assert_eq!(p.unreadable, ["s2"]);
        assert!(p.holds_hidden());
    }

    #[test]
    fn only_the_hidden_documents_asked_for_are_opened() {
        let mut src = Fake::new(vec![hidden("s1"), hidden("s2"), doc("a1", "lab-report")]);
        src.seals.insert("s1".into(), Seal::Opens("one"));
        src.seals.insert("s2".into(), Seal::Opens("two"));
        let mut req = request(Audience::Holder);
        req.wanted = Some(["s2".to_string(), "a1".to_string()].into());
        let p = export(&src, &req);
        assert_eq!(ids(&p), ["s2", "a1"]);
        assert_eq!(*src.asked.borrow(), ["s2"]);
    }

    #[test]
    fn a_guardian_exports_neither_hidden_nor_held_documents() {
        let mut held = doc("h1", "lab-report");
        held.invisible_patient_until = Some(now() + Duration::days(3));
        let mut src = Fake::new(vec![doc("a1", "lab-report"), hidden("s1"), held]);
        src.seals.insert("s1".into(), Seal::Locked);
        let mut req = request(Audience::Holder);
        req.user = JournalActor::guardian("vault:abc", "Parent");
        req.user_actor = Actor::Guardian {
            id: "vault:abc".into(),
        };
        let p = export(&src, &req);
        assert_eq!(ids(&p), ["a1"]);
        assert_eq!(
            p.excluded,
            [
                ("s1".to_string(), Rule::GuardianHidden),
                ("h1".to_string(), Rule::InvisiblePatient)
            ]
        );
        assert!(p.unreadable.is_empty());
        assert_eq!(p.actor.kind, ActorKind::Guardian);
    }

    #[test]
    fn a_selection_only_the_minor_can_open_is_refused() {
        let mut src = Fake::new(vec![hidden("s1"), hidden("s2")]);
        src.seals.insert("s1".into(), Seal::Locked);
        src.seals.insert("s2".into(), Seal::Locked);
        let r = refused(&src, &for_pro(DR));
        assert_eq!(
            r.message,
            "nothing to export for Dr Denis Durand (10000000017): the 2 document(s) it may see are hidden from guardians, and only the minor's key opens them"
        );

        let mut src = Fake::new(vec![hidden("s1"), masked(doc("m1", "lab-report"))]);
        src.seals.insert("s1".into(), Seal::Locked);
        src.state.masked_visible_to_primary = false;
        let r = refused(&src, &for_pro(DR));
        assert!(
            r.message
                .ends_with("is visible (masked ×1), and 1 that are, only the minor's key opens"),
            "{}",
            r.message
        );
    }

    #[test]
    fn rule_summary_counts_by_rule_in_name_order() {
        let ex = [
            ("a".to_string(), Rule::OutOfGrantScope),
            ("b".to_string(), Rule::Masked),
            ("c".to_string(), Rule::Masked),
        ];
        assert_eq!(rule_summary(&ex), "masked ×2, out_of_grant_scope ×1");
        assert_eq!(rule_summary(&[]), "");
    }
}

//! How `carnet status` is shown: its JSON shape (`status --json`) and its
//! lines for people. The vault assembles the facts (`vault::status`).

use serde::Serialize;

use crate::cli::Output;
use crate::journal::Entry;
use crate::model::EmergencyConsents;
use crate::timefmt;
use crate::vault::keys::Role;
use crate::vault::kit::KitStatus;
use crate::vault::status::{Guardian, Status};
use crate::vault::{Access, Vault};

/// `status --json`. Fields in name order (here and below): the order the
/// JSON had when it was built as a map.
#[derive(Serialize)]
pub struct StatusJson<'a> {
    acting_as: ActingAs<'a>,
    active_grants: Vec<GrantJson<'a>>,
    blocked: usize,
    devices: Vec<serde_json::Value>,
    documents: i64,
    emergency: Emergency,
    emergency_kit: EmergencyKit<'a>,
    failed_unlock_reports: u64,
    guardian_changes: Vec<ChangeJson<'a>>,
    guardians: &'a [Guardian],
    handed_over_at: &'a Option<String>,
    hidden_from_guardians: i64,
    holder: Holder<'a>,
    id: &'a str,
    journal: JournalJson<'a>,
    majority_warning: &'a Option<String>,
    masked: i64,
    primary_doctor: Option<PrimaryDoctor<'a>>,
    professionals: usize,
    profile: Option<String>,
    remotes: Vec<serde_json::Value>,
    removed_devices_can_open: &'a [String],
    sealed_for_minor: SealedForMinor,
    signing_key_fingerprint: &'a str,
    unlock_methods: usize,
    vault: String,
}

#[derive(Serialize)]
struct ActingAs<'a> {
    name: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    via: &'a Option<String>,
}

#[derive(Serialize)]
struct GrantJson<'a> {
    expires_at: String,
    id: &'a str,
    rpps: &'a str,
    seconds_left: i64,
}

#[derive(Serialize)]
struct ChangeJson<'a> {
    action: &'a str,
    actor: &'a str,
    at: &'a str,
    seq: i64,
    target: &'a Option<String>,
}

#[derive(Serialize)]
struct Emergency {
    break_glass: bool,
    masked: bool,
    samu: bool,
}

impl From<EmergencyConsents> for Emergency {
    fn from(c: EmergencyConsents) -> Self {
        Emergency {
            break_glass: c.break_glass,
            masked: c.masked,
            samu: c.samu,
        }
    }
}

/// The last emergency kit: `state` is `never`, `up-to-date` or `stale`;
/// `changed` names what changed since (`profile`, `documents`, `consents`).
#[derive(Serialize)]
struct EmergencyKit<'a> {
    bundle: Option<&'a str>,
    changed: &'a [&'static str],
    made_at: Option<&'a str>,
    mode: Option<&'a str>,
    state: &'static str,
}

impl<'a> EmergencyKit<'a> {
    fn of(k: &'a Option<KitStatus>) -> Self {
        match k {
            None => EmergencyKit {
                bundle: None,
                changed: &[],
                made_at: None,
                mode: None,
                state: "never",
            },
            Some(k) => EmergencyKit {
                bundle: Some(&k.record.bundle),
                changed: &k.changed,
                made_at: Some(&k.record.made_at),
                mode: Some(&k.record.mode),
                state: if k.changed.is_empty() {
                    "up-to-date"
                } else {
                    "stale"
                },
            },
        }
    }
}

#[derive(Serialize)]
struct Holder<'a> {
    birth_date: &'a Option<String>,
    name: &'a str,
}

#[derive(Serialize)]
struct JournalJson<'a> {
    events_since_review: i64,
    hash: &'a str,
    seq: i64,
}

#[derive(Serialize)]
struct PrimaryDoctor<'a> {
    name: &'a str,
    rpps: &'a str,
}

#[derive(Serialize)]
struct SealedForMinor {
    journal_entries: i64,
    records: i64,
}

impl<'a> StatusJson<'a> {
    pub fn new(vault: &'a Vault, s: &'a Status, profile: Option<String>) -> Self {
        let access: &Access = vault.access();
        StatusJson {
            acting_as: ActingAs {
                name: &access.name,
                kind: match access.role {
                    Role::Guardian => "guardian",
                    _ => "holder",
                },
                via: &access.via,
            },
            active_grants: s
                .active_grants
                .iter()
                .map(|g| GrantJson {
                    expires_at: timefmt::rfc3339(g.expires_at),
                    id: &g.id,
                    rpps: &g.rpps,
                    seconds_left: (g.expires_at - s.now).whole_seconds(),
                })
                .collect(),
            blocked: s.blocked(),
            devices: s
                .devices
                .iter()
                .map(|d| serde_json::json!({"id": d.id, "this": d.this, "added_at": d.added_at, "last_change": d.last_change, "last_sync": d.last_sync, "removed_at": d.removed_at}))
                .collect(),
            documents: s.documents,
            emergency: s.emergency.into(),
            emergency_kit: EmergencyKit::of(&s.emergency_kit),
            failed_unlock_reports: s.failed_unlock_reports,
            guardian_changes: s.guardian_changes.iter().map(ChangeJson::of).collect(),
            guardians: &s.guardians,
            handed_over_at: &s.handed_over_at,
            hidden_from_guardians: s.hidden_from_guardians,
            holder: Holder {
                birth_date: &s.birth_date,
                name: &s.holder,
            },
            id: &vault.config.id,
            journal: JournalJson {
                events_since_review: s.since_review,
                hash: &s.journal.hash,
                seq: s.journal.seq,
            },
            majority_warning: &s.majority_warning,
            masked: s.masked,
            primary_doctor: s.primary().map(|p| PrimaryDoctor {
                name: &p.name,
                rpps: &p.rpps,
            }),
            professionals: s.professionals.len(),
            profile,
            remotes: s
                .remotes
                .iter()
                .map(|(r, last)| serde_json::json!({"name": r.name, "url": r.url, "last_sync": last}))
                .collect(),
            removed_devices_can_open: &s.removed_devices_can_open,
            sealed_for_minor: SealedForMinor {
                journal_entries: s.sealed_entries,
                records: s.sealed_records,
            },
            signing_key_fingerprint: &s.signing_key_fingerprint,
            unlock_methods: s.unlock_methods,
            vault: vault.root().display().to_string(),
        }
    }
}

impl<'a> ChangeJson<'a> {
    fn of(e: &'a Entry) -> Self {
        ChangeJson {
            action: &e.action,
            actor: &e.actor.name,
            at: &e.at,
            seq: e.seq,
            target: &e.target,
        }
    }
}

/// `status` for people: `label` names the vault (`profile NAME`).
pub fn render(out: &Output, label: &str, vault: &Vault, s: &Status) {
    let access = vault.access();
    let line = |l: String| out.line(l);
    line(format!("{label}  ({})", vault.root().display()));
    line(format!(
        "{}{}{}",
        lbl("Holder"),
        if s.holder.is_empty() {
            crate::i18n::tr!("status-unnamed")
        } else {
            s.holder.clone()
        },
        s.birth_date
            .as_ref()
            .map(|b| crate::i18n::tr!("status-born", date = crate::timefmt::local_str(b)))
            .unwrap_or_default()
    ));
    if access.role == Role::Guardian {
        line(format!(
            "{}{}{}",
            lbl("Acting as"),
            crate::i18n::tr!("status-guardian", name = &access.name),
            access
                .via
                .as_ref()
                .map(|v| crate::i18n::tr!("status-through", via = v.to_string()))
                .unwrap_or_default()
        ));
    }
    if !s.guardians.is_empty() {
        let names: Vec<&str> = s.guardians.iter().map(|g| g.name.as_str()).collect();
        line(format!("{}{}", lbl("Guardians"), names.join(", ")));
    }
    if let Some(at) = &s.handed_over_at {
        line(format!("{}{at}", lbl("Handed over")));
    }
    line(format!(
        "{}{}",
        lbl("Documents"),
        crate::i18n::tr!(
            "status-documents",
            n = s.documents,
            masked = s.masked,
            extra = if s.hidden_from_guardians > 0 {
                crate::i18n::tr!("status-hidden-from-guardians", n = s.hidden_from_guardians)
            } else {
                String::new()
            }
        )
    ));
    line(format!(
        "{}{}{}",
        lbl("Professionals"),
        crate::i18n::tr!("status-pros-known", n = s.professionals.len()),
        s.primary()
            .map(|p| crate::i18n::tr!("status-primary", rpps = p.rpps.to_string(), name = &p.name))
            .unwrap_or_default()
    ));
    if s.active_grants.is_empty() {
        line(format!(
            "{}{}",
            lbl("Active grants"),
            crate::i18n::tr!("status-none")
        ));
    } else {
        line(lbl("Active grants").trim_end().to_string());
        for g in &s.active_grants {
            line(format!(
                "  {}  {}  {}",
                g.id,
                match s.pro_name(&g.rpps).as_str() {
                    "" => g.rpps.to_string(),
                    name => format!("{name} ({})", g.rpps),
                },
                crate::i18n::tr!(
                    "status-grant-left",
                    left = crate::i18n::explain::duration(g.expires_at - s.now),
                    until = timefmt::local(g.expires_at)
                )
            ));
        }
    }
    for (r, last) in &s.remotes {
        line(format!(
            "{}{} {} {}",
            lbl("Remote"),
            r.name,
            crate::text::escape(&r.url),
            crate::i18n::tr!(
                "status-last-sync",
                at = last
                    .as_deref()
                    .map(timefmt::local_str)
                    .unwrap_or_else(|| crate::i18n::tr!("status-never"))
            )
        ));
    }
    if s.devices.len() > 1 {
        let active = s.devices.iter().filter(|d| d.removed_at.is_none()).count();
        line(format!(
            "{}{}",
            lbl("Devices"),
            crate::i18n::tr!("status-devices", n = active)
        ));
    }
    line(format!(
        "{}{}",
        lbl("Journal"),
        crate::i18n::tr!("status-journal", n = s.journal.seq, new = s.since_review)
    ));
    if s.sealed_records > 0 || s.sealed_entries > 0 {
        line(format!(
            "{}{}",
            lbl("Sealed"),
            crate::i18n::tr!(
                "status-sealed",
                records = s.sealed_records,
                entries = s.sealed_entries
            )
        ));
    }
    if s.failed_unlock_reports > 0 {
        line(format!(
            "{}{}",
            lbl("Failed unlocks"),
            crate::i18n::tr!("status-failed-unlocks", n = s.failed_unlock_reports)
        ));
    }
    line(format!(
        "{}{}",
        lbl("Emergency"),
        crate::i18n::tr!(
            "status-emergency",
            samu = allow(s.emergency.samu),
            glass = allow(s.emergency.break_glass),
            masked = if s.emergency.masked {
                crate::i18n::tr!("status-allowed-plural")
            } else {
                crate::i18n::tr!("status-denied-plural")
            }
        )
    ));
    line(format!("{}{}", lbl("Unlock methods"), s.unlock_methods));
    line(format!(
        "{}{}",
        lbl("Signing key"),
        s.signing_key_fingerprint
    ));
    line(format!("{}{}", lbl("Emergency kit"), kit_line(s)));
    if let Some(w) = &s.majority_warning {
        out.warn(w);
    }
    if !s.removed_devices_can_open.is_empty() {
        out.warn(crate::i18n::tr!(
            "status-removed-can-open",
            files = s.removed_devices_can_open.join(", ")
        ));
    }
    if !s.guardian_changes.is_empty() {
        out.warn(format!(
            "{}: {}",
            crate::i18n::tr!("status-guardian-changes", n = s.guardian_changes.len()),
            s.guardian_changes
                .iter()
                .map(|e| {
                    crate::i18n::tr!(
                        "status-guardian-change",
                        seq = e.seq,
                        at = timefmt::local_str(&e.at),
                        action = e.action.to_string(),
                        who = &e.actor.name
                    )
                })
                .collect::<Vec<_>>()
                .join("; ")
        ));
    }
}

/// When the last kit was made, and whether it still says what the vault does.
fn kit_line(s: &Status) -> String {
    let Some(k) = &s.emergency_kit else {
        return crate::i18n::tr!("status-kit-never");
    };
    let when = match timefmt::parse_rfc3339(&k.record.made_at) {
        Some(t) => crate::i18n::tr!(
            "status-kit-made-ago",
            at = timefmt::local(t),
            ago = crate::i18n::explain::duration(s.now - t)
        ),
        None => crate::i18n::tr!("status-kit-made", at = k.record.made_at.clone()),
    };
    if k.changed.is_empty() {
        crate::i18n::tr!("status-kit-up-to-date", when = when)
    } else {
        let changed: Vec<String> = k
            .changed
            .iter()
            .map(|c| match *c {
                "profile" => crate::i18n::tr!("status-kit-part-profile"),
                "documents" => crate::i18n::tr!("status-kit-part-documents"),
                "consents" => crate::i18n::tr!("status-kit-part-consents"),
                other => other.to_string(),
            })
            .collect();
        crate::i18n::tr!(
            "status-kit-stale",
            when = when,
            changed = changed.join(", ")
        )
    }
}

fn allow(b: bool) -> String {
    if b {
        crate::i18n::tr!("status-allowed")
    } else {
        crate::i18n::tr!("status-denied")
    }
}

/// A label of the human `status`, translated and padded so values align.
fn lbl(label: &str) -> String {
    let width = match crate::i18n::lang() {
        crate::i18n::Lang::En => 16,
        crate::i18n::Lang::Fr => 22,
    };
    format!("{:<width$}", crate::i18n::field(label))
}

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
        "Holder          {}{}",
        if s.holder.is_empty() {
            "(unnamed)"
        } else {
            &s.holder
        },
        s.birth_date
            .as_ref()
            .map(|b| format!(", born {b}"))
            .unwrap_or_default()
    ));
    if access.role == Role::Guardian {
        line(format!(
            "Acting as       guardian {}{}",
            access.name,
            access
                .via
                .as_ref()
                .map(|v| format!(" (through {v})"))
                .unwrap_or_default()
        ));
    }
    if !s.guardians.is_empty() {
        let names: Vec<&str> = s.guardians.iter().map(|g| g.name.as_str()).collect();
        line(format!("Guardians       {}", names.join(", ")));
    }
    if let Some(at) = &s.handed_over_at {
        line(format!("Handed over     {at}"));
    }
    line(format!(
        "Documents       {} ({} masked{})",
        s.documents,
        s.masked,
        if s.hidden_from_guardians > 0 {
            format!(", {} hidden from guardians", s.hidden_from_guardians)
        } else {
            String::new()
        }
    ));
    line(format!(
        "Professionals   {} known{}",
        s.professionals.len(),
        s.primary()
            .map(|p| format!(", primary doctor {} ({})", p.name, p.rpps))
            .unwrap_or_default()
    ));
    if s.active_grants.is_empty() {
        line("Active grants   none".into());
    } else {
        line("Active grants".into());
        for g in &s.active_grants {
            line(format!(
                "  {}  {}  {} left (until {})",
                g.id,
                match s.pro_name(&g.rpps).as_str() {
                    "" => g.rpps.to_string(),
                    name => format!("{name} ({})", g.rpps),
                },
                timefmt::humanize(g.expires_at - s.now),
                timefmt::local(g.expires_at)
            ));
        }
    }
    for (r, last) in &s.remotes {
        line(format!(
            "Remote          {} {} (last sync {})",
            r.name,
            crate::text::escape(&r.url),
            last.as_deref()
                .map(timefmt::local_str)
                .unwrap_or_else(|| "never".into())
        ));
    }
    if s.devices.len() > 1 {
        let active = s.devices.iter().filter(|d| d.removed_at.is_none()).count();
        line(format!(
            "Devices         {active} replica(s) (carnet device list)"
        ));
    }
    line(format!(
        "Journal         {} entries, {} since you last read it (carnet journal)",
        s.journal.seq, s.since_review
    ));
    if s.sealed_records > 0 || s.sealed_entries > 0 {
        line(format!(
            "Sealed          {} record(s) and {} journal entr{} for the minor's key only",
            s.sealed_records,
            s.sealed_entries,
            if s.sealed_entries == 1 { "y" } else { "ies" }
        ));
    }
    if s.failed_unlock_reports > 0 {
        line(format!(
            "Failed unlocks  {} reported since you last read the journal (unauthenticated: anyone with the public recipient can write one)",
            s.failed_unlock_reports
        ));
    }
    line(format!(
        "Emergency       SAMU {}, break-glass {}, masked documents {}",
        allow(s.emergency.samu),
        allow(s.emergency.break_glass),
        allow(s.emergency.masked)
    ));
    line(format!("Emergency kit   {}", kit_line(s)));
    line(format!("Unlock methods  {}", s.unlock_methods));
    line(format!("Signing key     {}", s.signing_key_fingerprint));
    if let Some(w) = &s.majority_warning {
        out.warn(w);
    }
    if !s.guardian_changes.is_empty() {
        out.warn(format!(
            "guardians changed your hidden documents or keys {} time(s): {}",
            s.guardian_changes.len(),
            s.guardian_changes
                .iter()
                .map(|e| format!(
                    "#{} {} {} by {}",
                    e.seq,
                    timefmt::local_str(&e.at),
                    e.action,
                    e.actor.name
                ))
                .collect::<Vec<_>>()
                .join("; ")
        ));
    }
}

/// When the last kit was made, and whether it still says what the vault does.
fn kit_line(s: &Status) -> String {
    let Some(k) = &s.emergency_kit else {
        return "never made (carnet emergency kit -o DIR)".into();
    };
    let when = match timefmt::parse_rfc3339(&k.record.made_at) {
        Some(t) => format!(
            "made {} ({} ago)",
            k.record.made_at,
            timefmt::humanize(s.now - t)
        ),
        None => format!("made {}", k.record.made_at),
    };
    if k.changed.is_empty() {
        format!("{when}, up to date")
    } else {
        format!(
            "{when}, stale ({} changed since): make it again with carnet emergency kit -o DIR --force",
            k.changed.join(", ")
        )
    }
}

fn allow(b: bool) -> &'static str {
    if b {
        "allowed"
    } else {
        "denied"
    }
}

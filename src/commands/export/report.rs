//! What `carnet export` says once the bundle is in place.

use age::secrecy::{ExposeSecret, SecretString};
use serde_json::json;

use crate::bundle::manifest::{Manifest, PurposeKind};
use crate::bundle::output::Dest;
use crate::bundle::plan::{rule_summary, Plan};
use crate::cli::document::human_size;
use crate::commands::context::Ctx;
use crate::policy::Rule;

/// How the bundle was written.
pub struct How<'a> {
    pub encryption: &'a str,
    pub armor: bool,
    /// `age` or `html`.
    pub format: &'a str,
    /// The passphrase carnet generated: shown once, here, never stored.
    pub passphrase: Option<&'a SecretString>,
}

pub fn report(ctx: &Ctx, m: &Manifest, plan: &Plan, dest: &Dest, size: Option<u64>, how: How<'_>) {
    let How {
        encryption, armor, ..
    } = how;
    let path = match dest {
        Dest::File(p) => Some(p.display().to_string()),
        Dest::Stdout => None,
    };
    if ctx.out.json {
        let v = json!({
            "bundle": m.id,
            "path": path,
            "purpose": m.purpose.kind.as_str(),
            "grant": m.purpose.grant,
            "rpps": m.recipient.as_ref().map(|r| r.rpps.clone()),
            "documents": m.documents.iter().map(|x| x.id.clone()).collect::<Vec<_>>(),
            "count": m.documents.len(),
            "size": size,
            "signer": m.signer.fingerprint,
            "encryption": encryption,
            "armor": armor,
            "created_at": m.created,
            "expires_at": m.expires,
            "journal": { "seq": m.journal.seq, "hash": m.journal.hash },
            // Held for an announcement consultation: not exported until released.
            "held": plan.held(),
            "format": how.format,
            "passphrase": how.passphrase.map(|p| p.expose_secret().to_string()),
        });
        // Under `-o -` stdout carries the bundle: the summary goes to stderr.
        if matches!(dest, Dest::Stdout) {
            crate::cli::output::stderr_line(&v.to_string());
        } else {
            ctx.out.json_value(&v);
        }
        return;
    }
    let who = match (&m.recipient, m.purpose.kind) {
        (Some(r), _) => format!(" for {} ({})", r.name, r.rpps),
        (None, PurposeKind::EmergencySamu) => " (emergency, SAMU)".into(),
        (None, PurposeKind::EmergencyBreakGlass) => " (emergency, break-glass)".into(),
        _ => String::new(),
    };
    ctx.out.info(format!(
        "{}: exported {} document(s){who} to {}{}, encrypted to a {encryption}",
        ctx.label(),
        m.documents.len(),
        path.as_deref().unwrap_or("stdout"),
        size.map(|s| format!(" ({})", human_size(s)))
            .unwrap_or_default(),
    ));
    ctx.out.info(format!(
        "bundle {}; signed by {}{}",
        m.id,
        m.signer.fingerprint,
        m.expires
            .as_ref()
            .map(|e| {
                format!(
                    "; use until {} (advisory: nothing enforces it once opened)",
                    crate::timefmt::local_str(e)
                )
            })
            .unwrap_or_default()
    ));
    left_out(ctx, m, plan);
    if let Some(p) = how.passphrase {
        // Printed once, whatever --quiet says: nothing else keeps it.
        crate::cli::output::stderr_line(&format!(
            "passphrase ({} words, {} bits; give it to the recipient by phone or in person, it is stored nowhere): {}",
            crate::bundle::passphrase::WORDS,
            crate::bundle::passphrase::BITS,
            p.expose_secret()
        ));
    }
    if matches!(
        m.purpose.kind,
        PurposeKind::EmergencySamu | PurposeKind::EmergencyBreakGlass
    ) {
        ctx.out.info(
            "this emergency export is recorded in your journal (carnet journal --action export)",
        );
    }
}

/// What the policy, a hold or the minor's seal kept out of the bundle.
fn left_out(ctx: &Ctx, m: &Manifest, plan: &Plan) {
    let (held, others): (Vec<_>, Vec<_>) = plan
        .excluded
        .iter()
        .cloned()
        .partition(|(_, r)| *r == Rule::InvisiblePatient);
    if !others.is_empty() {
        let msg = format!(
            "{} document(s) left out by the policy: {}",
            others.len(),
            rule_summary(&others)
        );
        if m.purpose.kind == PurposeKind::HolderExport {
            ctx.out.warn(msg);
        } else {
            ctx.out.info(msg);
        }
    }
    if !held.is_empty() {
        // Every export applies the holder's rules: held documents stay in.
        ctx.out.warn(format!(
            "{} held document(s) not exported until released (INVISIBLE_PATIENT: carnet release ID once the announcement consultation took place, or automatically one month after import)",
            held.len()
        ));
    }
    if !plan.unreadable.is_empty() {
        ctx.out.warn(format!(
            "{} document(s) hidden from guardians left out: only the minor's own key opens them",
            plan.unreadable.len()
        ));
    }
}

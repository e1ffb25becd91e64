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
        (Some(r), _) => crate::i18n::tr!(
            "c-export-for",
            name = r.name.to_string(),
            rpps = r.rpps.to_string()
        ),
        (None, PurposeKind::EmergencySamu) => crate::i18n::tr!("c-export-for-samu"),
        (None, PurposeKind::EmergencyBreakGlass) => crate::i18n::tr!("c-export-for-glass"),
        _ => String::new(),
    };
    ctx.out.info(crate::i18n::tr!(
        "c-export-done",
        label = ctx.label(),
        n = m.documents.len(),
        who = who,
        path = path.as_deref().unwrap_or("stdout").to_string(),
        size = size
            .map(|s| format!(" ({})", human_size(s)))
            .unwrap_or_default(),
        encryption = encryption.to_string()
    ));
    ctx.out.info(crate::i18n::tr!(
        "c-export-bundle",
        id = m.id.to_string(),
        signer = m.signer.fingerprint.to_string(),
        until = m
            .expires
            .as_ref()
            .map(|e| {
                crate::i18n::tr!("c-export-use-until", until = crate::timefmt::local_str(e))
            })
            .unwrap_or_default()
    ));
    left_out(ctx, m, plan);
    if let Some(p) = how.passphrase {
        // Printed once, whatever --quiet says: nothing else keeps it.
        crate::cli::output::stderr_line(&crate::i18n::tr!(
            "c-export-passphrase",
            words = crate::bundle::passphrase::WORDS.to_string(),
            bits = crate::bundle::passphrase::BITS.to_string(),
            passphrase = p.expose_secret()
        ));
    }
    if matches!(
        m.purpose.kind,
        PurposeKind::EmergencySamu | PurposeKind::EmergencyBreakGlass
    ) {
        ctx.out
            .info(crate::i18n::tr!("c-export-emergency-recorded"));
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
        let msg = crate::i18n::tr!(
            "c-export-left-out",
            n = others.len(),
            rules = rule_summary(&others)
        );
        if m.purpose.kind == PurposeKind::HolderExport {
            ctx.out.warn(msg);
        } else {
            ctx.out.info(msg);
        }
    }
    if !held.is_empty() {
        // Every export applies the holder's rules: held documents stay in.
        ctx.out
            .warn(crate::i18n::tr!("c-export-held", n = held.len()));
    }
    if !plan.unreadable.is_empty() {
        ctx.out.warn(crate::i18n::tr!(
            "c-export-sealed-left-out",
            n = plan.unreadable.len()
        ));
    }
}

//! What this vault says about a bundle to import: who signed it and whom
//! it is about (`bundle::trust` decides; this words the refusals and
//! warnings).

use std::collections::BTreeSet;

use super::VaultView;
use crate::bundle::manifest::Manifest;
use crate::bundle::read::Verified;
use crate::bundle::trust::{self, Mismatch, Patient, PatientCheck, SignerStatus};
use crate::commands::context::Ctx;
use crate::error::{Error, Result};
use crate::vault::Vault;

/// `name "Jean Dupont" (this vault: "Camille Martin"), birth date …`.
fn mismatch_text(ms: &[Mismatch]) -> String {
    ms.iter()
        .map(|x| {
            let what = match x.field {
                "ins" => "INS",
                "name" => "name",
                _ => "birth date",
            };
            format!(
                "{what} {:?} (this vault: {:?})",
                trust::shown(&x.bundle),
                trust::shown(&x.vault)
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Refuses a bundle naming as author a professional whose pinned key did
/// not sign it (exit 5).
fn refuse_unsigned_authors(m: &Manifest, fingerprint: &str, view: &VaultView) -> Result<()> {
    let authors: BTreeSet<&str> = m
        .documents
        .iter()
        .filter_map(|d| d.author.as_deref())
        .collect();
    let bad = trust::unsigned_authors(&authors, fingerprint, &view.own, &view.pros);
    let Some(first) = bad.first() else {
        return Ok(());
    };
    let names = bad
        .iter()
        .map(|p| {
            format!(
                "{} (RPPS {}, pinned key {})",
                p.name,
                p.rpps,
                p.signer.as_deref().unwrap_or_default()
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    Err(Error::policy(
        format!(
            "bundle {} names {names} as author, but it is signed by {fingerprint} ({}); nothing was imported",
            m.id,
            trust::signer_status(fingerprint, &view.own, &view.pros).describe()
        ),
        format!(
            "do not trust who it says wrote it: ask {} for a bundle signed with their key; if their key really changed, check the new fingerprint with them (phone, in person) and pin it: carnet pro edit {} --signer FINGERPRINT",
            first.name, first.rpps
        ),
    ))
}

/// What this vault says about a verified bundle.
pub(super) struct Judged {
    pub view: VaultView,
    pub status: SignerStatus,
    pub patient: PatientCheck,
    /// The mismatches the holder accepted with `--other-patient`.
    pub overridden: Vec<Mismatch>,
}

/// Judges a verified bundle against this vault: who signed it (refused if
/// it names an author whose pinned key did not), whom it is about (refused
/// if another patient, unless `--other-patient`). Exit 5 writes nothing.
pub(super) fn judge(vault: &Vault, v: &Verified, other_patient: bool) -> Result<Judged> {
    let m = &v.manifest;
    let view = VaultView::of(vault)?;
    let status = trust::signer_status(&v.fingerprint, &view.own, &view.pros);
    refuse_unsigned_authors(m, &v.fingerprint, &view)?;
    let patient = trust::check_patient(
        &view.holder,
        &Patient::new(
            Some(&m.holder.name),
            m.holder.birth_date.as_deref(),
            m.holder.ins.as_deref(),
        ),
    );
    let overridden: Vec<Mismatch> = match &patient {
        PatientCheck::Mismatch(ms) if !other_patient => {
            return Err(Error::policy(
                format!(
                    "bundle {} is about another patient than this vault's holder: {}; nothing was imported",
                    m.id,
                    mismatch_text(ms)
                ),
                "check that you opened the right vault or profile (--profile NAME); to import it here anyway, pass --other-patient (journaled)",
            ));
        }
        PatientCheck::Mismatch(ms) => ms.clone(),
        _ => Vec::new(),
    };
    Ok(Judged {
        view,
        status,
        patient,
        overridden,
    })
}

/// Warnings about whom an imported bundle is about: an accepted other
/// patient, or a patient that could not be compared.
pub(super) fn patient_notes(ctx: &Ctx, j: &Judged) {
    let (check, overridden, holder) = (&j.patient, &j.overridden, &j.view.holder);
    if !overridden.is_empty() {
        ctx.out.warn(format!(
            "imported a bundle about another patient (--other-patient, journaled): {}",
            mismatch_text(overridden)
        ));
        return;
    }
    if let PatientCheck::Unknown {
        bundle_empty,
        vault_empty,
    } = check
    {
        let why = if *vault_empty {
            "this vault records no holder name, birth date or INS".to_string()
        } else if *bundle_empty {
            "the bundle names no patient".to_string()
        } else {
            "the bundle and this vault record different parts of the patient's identity".to_string()
        };
        ctx.out.warn(format!(
            "{why}: carnet could not check that this bundle is about {}; import only bundles you expected",
            holder
                .name
                .as_deref()
                .map(|n| format!("{n:?}"))
                .unwrap_or_else(|| "this vault's holder".into())
        ));
    }
}

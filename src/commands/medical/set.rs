//! `carnet medical set blood-group|directives|organ-donation|no-known …`:
//! a fact of the profile, replacing the previous one of its kind
//! (`medical.set`; the previous one stays in `medical history`).

use crate::cli::medical::item_json;
use crate::cli::medical_args::{MedicalSet, NoKnown};
use crate::commands::context::Ctx;
use crate::error::Result;
use crate::medical::{Fields, Kind};

pub fn run(ctx: &Ctx, a: &MedicalSet) -> Result<()> {
    let text = |s: &String| Fields {
        label: Some(s.clone()),
        ..Fields::default()
    };
    let (kind, fields, hidden) = match a {
        MedicalSet::BloodGroup {
            group,
            hidden_from_guardians,
        } => (Kind::BloodGroup, text(group), *hidden_from_guardians),
        MedicalSet::Directives {
            text: t,
            hidden_from_guardians,
        } => (Kind::Directives, text(t), *hidden_from_guardians),
        MedicalSet::OrganDonation {
            text: t,
            hidden_from_guardians,
        } => (Kind::OrganDonation, text(t), *hidden_from_guardians),
        MedicalSet::NoKnown { what } => (
            match what {
                NoKnown::Allergies => Kind::NoKnownAllergies,
                NoKnown::Conditions => Kind::NoKnownConditions,
                NoKnown::Treatments => Kind::NoKnownTreatments,
            },
            Fields::default(),
            false,
        ),
    };
    let fields = fields.check(kind)?;
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    let to = if hidden {
        Some(ctx.recipients_for_hiding(&vault)?)
    } else {
        None
    };
    let added = vault.add_medical(kind, fields, to.as_deref(), &actor)?;
    let i = &added.item;
    ctx.out.done(&item_json(i), || match i.kind {
        Kind::NoKnownAllergies | Kind::NoKnownConditions | Kind::NoKnownTreatments => {
            crate::i18n::tr!(
                "m-set-recorded",
                label = ctx.label(),
                what = if crate::i18n::lang() == crate::i18n::Lang::En {
                    i.describe()
                } else {
                    i.kind.label()
                }
            )
        }
        k => crate::i18n::tr!(
            "m-set-done",
            label = ctx.label(),
            kind = k.label(),
            id = &i.id
        ),
    });
    Ok(())
}

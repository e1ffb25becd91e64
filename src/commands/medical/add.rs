//! `carnet medical add KIND …`: one item, checked (codes, units and
//! plausible ranges) before the vault is unlocked, then journaled
//! (`medical.add`); `--hidden-from-guardians` seals it to the minor.

use crate::cli::medical::{details, item_json};
use crate::cli::medical_args::{AddCommon, MedicalAdd, Severity, Status};
use crate::commands::context::Ctx;
use crate::error::Result;
use crate::medical::codes;
use crate::medical::{Fields, Kind};

fn severity(s: Option<Severity>) -> Option<String> {
    s.map(|s| match s {
        Severity::Low => "low",
        Severity::Moderate => "moderate",
        Severity::High => "high",
    })
    .map(String::from)
}

fn status(s: Option<Status>) -> Option<String> {
    s.map(|s| match s {
        Status::Active => "active",
        Status::Inactive => "inactive",
        Status::Resolved => "resolved",
    })
    .map(String::from)
}

/// The kind, fields and common options the arguments describe.
fn fields_of(a: &MedicalAdd) -> Result<(Kind, Fields, &AddCommon)> {
    let code = |kind: Kind, c: &Option<String>| {
        c.as_deref().map(|c| codes::parse_for(kind, c)).transpose()
    };
    Ok(match a {
        MedicalAdd::Allergy {
            label,
            severity: s,
            status: st,
            since,
            code: c,
            common,
        } => (
            Kind::Allergy,
            Fields {
                label: Some(label.clone()),
                severity: severity(*s),
                status: status(*st),
                since: since.clone(),
                code: code(Kind::Allergy, c)?,
                note: common.note.clone(),
                ..Fields::default()
            },
            common,
        ),
        MedicalAdd::Condition {
            label,
            since,
            until,
            status: st,
            code: c,
            common,
        } => (
            Kind::Condition,
            Fields {
                label: Some(label.clone()),
                since: since.clone(),
                until: until.clone(),
                status: status(*st),
                code: code(Kind::Condition, c)?,
                note: common.note.clone(),
                ..Fields::default()
            },
            common,
        ),
        MedicalAdd::Treatment {
            name,
            dose,
            since,
            until,
            code: c,
            common,
        } => (
            Kind::Treatment,
            Fields {
                label: Some(name.clone()),
                dose: dose.clone(),
                since: since.clone(),
                until: until.clone(),
                code: code(Kind::Treatment, c)?,
                note: common.note.clone(),
                ..Fields::default()
            },
            common,
        ),
        MedicalAdd::Vaccination {
            name,
            date,
            lot,
            code: c,
            common,
        } => (
            Kind::Vaccination,
            Fields {
                label: Some(name.clone()),
                date: Some(date.clone()),
                lot: lot.clone(),
                code: code(Kind::Vaccination, c)?,
                note: common.note.clone(),
                ..Fields::default()
            },
            common,
        ),
        MedicalAdd::Measure {
            kind,
            value,
            unit,
            date,
            common,
        } => (
            Kind::Measure,
            Fields {
                measure: Some(kind.clone()),
                value: Some(value.clone()),
                unit: Some(unit.clone()),
                // A measure without a date was taken today.
                date: Some(
                    date.clone()
                        .unwrap_or_else(|| crate::timefmt::ymd(crate::timefmt::now().date())),
                ),
                note: common.note.clone(),
                ..Fields::default()
            },
            common,
        ),
        MedicalAdd::Contact {
            name,
            role,
            phone,
            email,
            common,
        } => (
            Kind::Contact,
            Fields {
                label: Some(name.clone()),
                role: Some(role.clone()),
                phone: phone.clone(),
                email: email.clone(),
                note: common.note.clone(),
                ..Fields::default()
            },
            common,
        ),
    })
}

pub fn run(ctx: &Ctx, a: &MedicalAdd) -> Result<()> {
    let (kind, fields, common) = fields_of(a)?;
    // Checked before the unlock: bad input never costs a passphrase.
    let fields = fields.check(kind)?;
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    let to = if common.hidden_from_guardians {
        Some(ctx.recipients_for_hiding(&vault)?)
    } else {
        None
    };
    let added = vault.add_medical(kind, fields, to.as_deref(), &actor)?;
    for old in &added.replaced {
        ctx.out.info(crate::i18n::tr!(
            "m-add-replaced",
            label = ctx.label(),
            what = old.describe(),
            id = &old.id
        ));
    }
    let i = &added.item;
    ctx.out.done(&item_json(i), || {
        let done = crate::i18n::tr!(
            "m-add-done",
            label = ctx.label(),
            kind = i.kind.label(),
            id = &i.id,
            details = details(i)
        );
        if i.hidden_from_guardians {
            crate::i18n::tr!("m-hidden-suffix", done = done)
        } else {
            done
        }
    });
    Ok(())
}

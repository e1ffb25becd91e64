//! `carnet medical history [KIND]`: every item ever recorded, removed and
//! replaced ones too, by the date it is about.

use crate::cli::medical::{item_json, row};
use crate::cli::medical_args::MedicalHistoryArgs;
use crate::commands::context::Ctx;
use crate::error::{Error, Result};
use crate::medical::Kind;

pub fn run(ctx: &Ctx, a: &MedicalHistoryArgs) -> Result<()> {
    let kinds: Option<Vec<Kind>> = match a.kind.as_deref() {
        None => None,
        Some("no-known") => Some(
            Kind::ALL
                .into_iter()
                .filter(|k| k.of_no_known().is_some())
                .collect(),
        ),
        Some(k) => Some(vec![Kind::parse(k).ok_or_else(|| {
            Error::usage(
                crate::i18n::tr!("m-history-unknown-kind", kind = format!("{k:?}")),
                crate::i18n::tr!(
                    "m-use-one-of",
                    values = "allergy, condition, treatment, vaccination, measure, contact, blood-group, directives, organ-donation, no-known"
                ),
            )
        })?]),
    };
    let vault = ctx.unlock()?;
    let p = vault.medical_profile(true)?;
    let items: Vec<_> = p
        .items
        .iter()
        .filter(|i| kinds.as_ref().is_none_or(|ks| ks.contains(&i.kind)))
        .collect();
    if ctx.out.json {
        ctx.out
            .json_value(&items.iter().map(|i| item_json(i)).collect::<Vec<_>>());
    } else if items.is_empty() {
        ctx.out
            .info(crate::i18n::tr!("m-history-none", label = ctx.label()));
    } else {
        let names = crate::cli::pro::Names::of(&vault.professionals()?);
        ctx.out.table(
            &["ID", "KIND", "DETAILS", "FLAGS"],
            items.iter().map(|i| row(i, &names)).collect(),
        );
    }
    Ok(())
}

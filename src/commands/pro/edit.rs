//! `carnet pro edit RPPS [--name S] [--specialty S] [--place S]
//! [--recipient R | --no-recipient] [--signer FP | --no-signer]`.

use super::shared::{
    canonical_recipient, check_free_text, non_empty, optional, signer_fingerprint, who,
};
use crate::cli::args::ProEditArgs;
use crate::cli::json::ProJson;
use crate::commands::context::Ctx;
use crate::error::{Error, Result};
use crate::vault::pros::ProEdit;

pub fn run(ctx: &Ctx, a: &ProEditArgs) -> Result<()> {
    let rpps = a.rpps.to_string();
    let edit = parse(a)?;
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    let done = vault.edit_pro(&actor, &rpps, &edit)?;
    let p = &done.pro;
    if ctx.out.json {
        ctx.out.json_value(&ProJson::of(p));
    } else if done.changed {
        ctx.out.info(crate::i18n::tr!(
            "c-pro-updated",
            label = ctx.label(),
            who = who(p)
        ));
    } else {
        ctx.out.info(crate::i18n::tr!(
            "c-pro-unchanged",
            label = ctx.label(),
            who = who(p)
        ));
    }
    Ok(())
}

/// The changes the flags ask for (exit 2 if they contradict each other or
/// ask for none).
fn parse(a: &ProEditArgs) -> Result<ProEdit> {
    if a.recipient.is_some() && a.no_recipient {
        return Err(Error::usage(
            crate::i18n::tr!(
                "c-flags-contradict",
                a = "--recipient",
                b = "--no-recipient"
            ),
            crate::i18n::tr!("c-pass-one-of-them"),
        ));
    }
    if a.signer.is_some() && a.no_signer {
        return Err(Error::usage(
            crate::i18n::tr!("c-flags-contradict", a = "--signer", b = "--no-signer"),
            crate::i18n::tr!("c-pass-one-of-them"),
        ));
    }
    if a.name.is_none()
        && a.specialty.is_none()
        && a.place.is_none()
        && a.recipient.is_none()
        && !a.no_recipient
        && a.signer.is_none()
        && !a.no_signer
    {
        return Err(Error::usage(
            crate::i18n::tr!("c-nothing-to-change"),
            crate::i18n::tr!("c-pro-edit-nothing-hint"),
        ));
    }
    check_free_text(a.specialty.as_deref(), a.place.as_deref())?;
    // `Some(None)` clears a field: `--no-recipient`, `--no-signer`.
    let clear_or = |clear: bool, v: Option<String>| if clear { Some(None) } else { v.map(Some) };
    Ok(ProEdit {
        name: a
            .name
            .as_deref()
            .map(|n| non_empty(n, "--name"))
            .transpose()?,
        specialty: a.specialty.as_deref().map(optional),
        place: a.place.as_deref().map(optional),
        recipient: clear_or(
            a.no_recipient,
            a.recipient
                .as_deref()
                .map(canonical_recipient)
                .transpose()?,
        ),
        signer: clear_or(
            a.no_signer,
            a.signer.as_deref().map(signer_fingerprint).transpose()?,
        ),
    })
}

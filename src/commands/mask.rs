//! `carnet mask ID…` and `carnet unmask ID…`: from every professional
//! (`MASQUE_PS`), from some (`--from RPPS`), or from the guardians of a
//! child's vault (`--guardians`: sealed to the minor's own key).

use crate::cli::args::MaskArgs;
use crate::cli::document::docs_json;
use crate::commands::context::Ctx;
use crate::error::Result;

pub fn run(ctx: &Ctx, a: &MaskArgs, masking: bool) -> Result<()> {
    if a.guardians {
        return guardians(ctx, a, masking);
    }
    let from: Vec<String> = a.from.iter().map(|r| r.to_string()).collect();
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    // Each document must be one the user may see (with its real title).
    let shown = vault.visible_docs(&a.ids)?;
    let docs = vault.mask_docs(&shown, &from, masking, &actor)?;
    if ctx.out.json {
        ctx.out.json_value(&docs_json(&docs));
    } else {
        let what = match (masking, from.is_empty()) {
            (true, true) => crate::i18n::tr!("mask-masked"),
            (false, true) => crate::i18n::tr!("mask-unmasked"),
            (true, false) => crate::i18n::tr!("mask-masked-from", who = from.join(", ")),
            (false, false) => crate::i18n::tr!("mask-unmasked-from", who = from.join(", ")),
        };
        for d in &docs {
            ctx.out.info(crate::i18n::tr!(
                "mask-done",
                label = ctx.label(),
                id = &d.id,
                title = &d.title,
                what = what.clone()
            ));
        }
    }
    // A mask does not apply to the document's own author (the policy's
    // `masked_author` rule): it is recorded but changes nothing, so say so.
    if masking {
        for d in &docs {
            if let Some(author) = d.author.as_deref().filter(|a| from.iter().any(|r| r == a)) {
                ctx.out.warn(crate::i18n::tr!(
                    "c-mask-own-author",
                    author = author,
                    id = &d.id
                ));
            }
        }
    }
    Ok(())
}

/// `--guardians`: what the guardians already saw, including earlier
/// journal entries, stays as it was; `unmask --guardians` needs the
/// minor's key.
fn guardians(ctx: &Ctx, a: &MaskArgs, masking: bool) -> Result<()> {
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    let to = if masking {
        ctx.recipients_for_hiding(&vault)?
    } else {
        Vec::new()
    };
    let shown = vault.visible_docs(&a.ids)?;
    let t = if masking {
        vault.hide_from_guardians(shown, &to, &actor)?
    } else {
        vault.show_to_guardians(shown, &actor)?
    };
    // The changed documents first, then those already as asked.
    let changed = t.changed.len();
    let mut docs = t.changed;
    docs.extend(t.unchanged);
    if ctx.out.json {
        ctx.out.json_value(&docs_json(&docs));
        return Ok(());
    }
    for (i, d) in docs.iter().enumerate() {
        let already = i >= changed;
        ctx.out.info(crate::i18n::tr!(
            "mask-done",
            label = ctx.label(),
            id = &d.id,
            title = &d.title,
            what = match (masking, already) {
                (true, false) => crate::i18n::tr!("mask-guardians-hidden"),
                (true, true) => crate::i18n::tr!("mask-guardians-already"),
                (false, false) => crate::i18n::tr!("mask-guardians-visible"),
                (false, true) => crate::i18n::tr!("mask-guardians-was-not"),
            }
        ));
    }
    Ok(())
}

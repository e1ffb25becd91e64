//! `carnet sync [NAME]`: pull, merge, push (see `vault::replica::sync`).

use serde_json::json;

use crate::cli::args::SyncArgs;
use crate::commands::context::Ctx;
use crate::error::Result;

pub fn run(ctx: &Ctx, a: &SyncArgs) -> Result<()> {
    let vault = ctx.unlock()?;
    let r = vault.sync(a.remote.as_deref())?;
    for w in &r.warnings {
        ctx.out.warn(w);
    }
    ctx.out.done(
        &json!({
            "remote": r.remote,
            "pulled": {"changes": r.pulled_changes, "blobs": r.pulled_blobs},
            "pushed": {"changes": r.pushed_changes, "blobs": r.pushed_blobs},
            "conflicts": r.conflicts,
            "repaired": r.repaired,
        }),
        || {
            let s = crate::i18n::tr!(
                "sync-done",
                remote = &r.remote,
                pulled = r.pulled_changes,
                pulled_docs = r.pulled_blobs,
                pushed = r.pushed_changes,
                pushed_docs = r.pushed_blobs
            );
            if r.conflicts > 0 {
                crate::i18n::tr!("sync-conflicts", done = s, n = r.conflicts)
            } else {
                s
            }
        },
    );
    Ok(())
}

//! `carnet sync [NAME]`: pull, merge, push (see `vault::replica::sync`).

use serde_json::json;

use crate::cli::args::SyncArgs;
use crate::commands::context::Ctx;
use crate::error::Result;

pub fn run(ctx: &Ctx, a: &SyncArgs) -> Result<()> {
    let vault = ctx.unlock()?;
    let (_vault, r) = vault.sync(a.remote.as_deref())?;
    for w in &r.warnings {
        ctx.out.warn(w);
    }
    ctx.out.done(
        &json!({
            "remote": r.remote,
            "pulled": {"changes": r.pulled_changes, "blobs": r.pulled_blobs, "inbox": r.pulled_inbox},
            "inbox_removed": r.removed_inbox,
            "pushed": {"changes": r.pushed_changes, "blobs": r.pushed_blobs},
            "conflicts": r.conflicts,
            "repaired": r.repaired,
        }),
        || {
            let mut s = format!(
                "synced with {}: pulled {} change(s) and {} document(s), pushed {} change(s) and {} document(s)",
                r.remote, r.pulled_changes, r.pulled_blobs, r.pushed_changes, r.pushed_blobs
            );
            if r.pulled_inbox > 0 || r.removed_inbox > 0 {
                s.push_str(&format!("; inbox: {} item(s) pulled (the next unlock folds them), {} folded item(s) removed from the remote", r.pulled_inbox, r.removed_inbox));
            }
            if r.conflicts > 0 {
                s.push_str(&format!("; {} conflict(s) settled (see `carnet journal --action sync.conflict`)", r.conflicts));
            }
            s
        },
    );
    Ok(())
}

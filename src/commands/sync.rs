//! `carnet sync [NAME]`: pull, merge, push (see `vault::replica::sync`).

use serde_json::json;

use crate::agent;
use crate::cli::args::SyncArgs;
use crate::commands::context::Ctx;
use crate::error::Result;
use crate::vault::Sealed;

pub fn run(ctx: &Ctx, a: &SyncArgs) -> Result<()> {
    // Missing local copies of other devices' segments are fetched again
    // from the remote on the way (see `vault::replica::copies`).
    let (dir, _) = ctx.vault_dir()?;
    let vault = Sealed::unlock_current(&dir, |mut sealed| {
        sealed.refetch_copies(a.remote.as_deref());
        ctx.unlock_sealed(sealed, None)
    })?;
    let refetched = vault.refetched_copies();
    if refetched > 0 {
        ctx.out
            .warn(crate::i18n::tr!("sync-copies-refetched", n = refetched));
    }
    let before = vault.key().recipient().to_string();
    let (vault, r) = vault.sync(a.remote.as_deref())?;
    for w in &r.warnings {
        ctx.out.warn(w);
    }
    // A rekey followed with the user's own method: an agent still holding
    // the key it replaced must be started again.
    let after = vault.key().recipient().to_string();
    if after != before && !vault.key().is_held() {
        if let Ok(Some(path)) = agent::client::socket_for(&vault.config.id) {
            if let agent::client::Probe::Live(info) = agent::client::probe(&path) {
                if info.recipient != after {
                    ctx.out.warn(crate::i18n::tr!(
                        "s2-agent-restart",
                        pid = info.pid.to_string(),
                        label = ctx.label()
                    ));
                }
            }
        }
    }
    ctx.out.done(
        &json!({
            "remote": r.remote,
            "pulled": {"changes": r.pulled_changes, "blobs": r.pulled_blobs, "inbox": r.pulled_inbox},
            "inbox_removed": r.removed_inbox,
            "pushed": {"changes": r.pushed_changes, "blobs": r.pushed_blobs},
            "conflicts": r.conflicts,
            "repaired": r.repaired,
            "refetched": refetched,
        }),
        || {
            let mut s = crate::i18n::tr!(
                "sync-done",
                remote = &r.remote,
                pulled = r.pulled_changes,
                pulled_docs = r.pulled_blobs,
                pushed = r.pushed_changes,
                pushed_docs = r.pushed_blobs
            );
            if r.pulled_inbox > 0 || r.removed_inbox > 0 {
                s.push_str(&crate::i18n::tr!(
                    "sync-inbox",
                    pulled = r.pulled_inbox,
                    removed = r.removed_inbox
                ));
            }
            if r.conflicts > 0 {
                crate::i18n::tr!("sync-conflicts", done = s, n = r.conflicts)
            } else {
                s
            }
        },
    );
    Ok(())
}

//! `carnet remote …`: where this replica syncs (a folder, or an S3 bucket).

use serde_json::json;

use crate::cli::args::RemoteCommand;
use crate::commands::context::Ctx;
use crate::error::Result;
use crate::vault::replica::remote::{absolute_url, RemoteSpec};

pub fn run(ctx: &Ctx, c: &RemoteCommand) -> Result<()> {
    match c {
        RemoteCommand::Add {
            name,
            url,
            endpoint,
            region,
        } => {
            let vault = ctx.unlock()?;
            let spec = RemoteSpec {
                name: name.clone(),
                url: absolute_url(url),
                endpoint: endpoint.clone(),
                region: region.clone(),
            };
            vault.add_remote(&spec)?;
            ctx.out.done(
                &json!({"name": spec.name, "url": spec.url, "vault": vault.root()}),
                || crate::i18n::tr!("remote-added", name = &spec.name, url = &spec.url),
            );
            Ok(())
        }
        RemoteCommand::List => {
            let vault = ctx.unlock()?;
            let all = vault.remotes()?;
            if ctx.out.json {
                let rows: Vec<_> = all
                    .iter()
                    .map(|(s, last)| json!({"name": s.name, "url": s.url, "last_sync": last}))
                    .collect();
                ctx.out.json_value(&rows);
                return Ok(());
            }
            if all.is_empty() {
                ctx.out.info(crate::i18n::tr!("remote-none"));
                return Ok(());
            }
            ctx.out.table(
                &["NAME", "URL", "LAST SYNC"],
                all.iter()
                    .map(|(s, last)| {
                        vec![
                            s.name.clone(),
                            s.url.clone(),
                            last.as_deref().map_or_else(
                                || crate::i18n::tr!("status-never"),
                                crate::timefmt::local_str,
                            ),
                        ]
                    })
                    .collect(),
            );
            Ok(())
        }
        RemoteCommand::Prune { name, grace } => {
            // `0d` (no grace) is a valid grace period, unlike a zero duration elsewhere.
            let zero = grace.starts_with('0')
                && grace
                    .trim_start_matches('0')
                    .chars()
                    .all(|c| c.is_ascii_alphabetic());
            let grace = if zero {
                std::time::Duration::ZERO
            } else {
                let d = crate::timefmt::parse_duration(grace)?;
                std::time::Duration::from_secs(d.whole_seconds().max(0) as u64)
            };
            let vault = ctx.unlock()?;
            let p = vault.prune_remote(name, grace)?;
            ctx.out.done(
                &json!({"remote": name, "removed": {"blobs": p.blobs, "snapshots": p.snapshots}, "kept_within_grace": p.kept_young}),
                || {
                    crate::i18n::tr!(
                        "c-remote-pruned",
                        name = name,
                        blobs = p.blobs.to_string(),
                        snapshots = p.snapshots.to_string(),
                        kept = p.kept_young.to_string()
                    )
                },
            );
            Ok(())
        }
        RemoteCommand::Rm { name } => {
            let vault = ctx.unlock()?;
            vault.remove_remote(name)?;
            ctx.out.done(&json!({"removed": name}), || {
                crate::i18n::tr!("c-remote-removed", name = name)
            });
            Ok(())
        }
    }
}

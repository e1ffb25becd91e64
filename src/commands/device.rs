//! `carnet device list|rm`: the replicas of this vault.

use serde_json::json;

use crate::cli::args::DeviceCommand;
use crate::commands::context::Ctx;
use crate::error::Result;
use crate::timefmt::local_str;

pub fn run(ctx: &Ctx, c: &DeviceCommand) -> Result<()> {
    let vault = ctx.unlock()?;
    match c {
        DeviceCommand::List => {
            let all = vault.devices()?;
            if ctx.out.json {
                let rows: Vec<_> = all
                    .iter()
                    .map(|d| json!({"id": d.id, "this": d.this, "added_at": d.added_at, "last_change": d.last_change, "last_sync": d.last_sync, "removed_at": d.removed_at}))
                    .collect();
                ctx.out.json_value(&rows);
                return Ok(());
            }
            if all.is_empty() {
                ctx.out.info(crate::i18n::tr!("device-none"));
                return Ok(());
            }
            ctx.out.table(
                &["DEVICE", "ADDED", "LAST CHANGE SEEN", "LAST SYNC", "STATE"],
                all.iter()
                    .map(|d| {
                        vec![
                            if d.this {
                                crate::i18n::tr!("device-this-one", id = &d.id)
                            } else {
                                d.id.clone()
                            },
                            local_str(&d.added_at),
                            d.last_change
                                .as_deref()
                                .map_or_else(|| "-".into(), local_str),
                            d.last_sync.as_deref().map_or_else(|| "-".into(), local_str),
                            match &d.removed_at {
                                Some(t) => crate::i18n::tr!("device-removed-at", at = local_str(t)),
                                None => crate::i18n::tr!("device-active"),
                            },
                        ]
                    })
                    .collect(),
            );
            Ok(())
        }
        DeviceCommand::Rm { id } => {
            vault.remove_device(id)?;
            ctx.out.done(&json!({"removed": id}), || {
                crate::i18n::tr!("c-device-removed", id = id)
            });
            Ok(())
        }
    }
}

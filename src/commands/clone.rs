//! `carnet clone URL`: a new replica of a vault, opened with the caller's
//! own unlock method; the remote is recorded as `origin`.

use serde_json::json;

use crate::cli::args::CloneArgs;
use crate::commands::context::Ctx;
use crate::error::Result;
use crate::vault::replica::clone;
use crate::vault::replica::remote::{absolute_url, RemoteSpec};

pub fn run(ctx: &Ctx, a: &CloneArgs) -> Result<()> {
    let (dir, label) = ctx.vault_dir()?;
    let spec = RemoteSpec {
        name: "origin".into(),
        url: absolute_url(&a.url),
        endpoint: a.endpoint.clone(),
        region: a.region.clone(),
    };
    let fetched = clone::fetch(&dir, &spec)?;
    let opened = ctx.unlock_clone(&dir).and_then(|vault| {
        vault.finish_clone(&spec, &fetched)?;
        vault.sync(Some("origin"))
    });
    let (vault, r) = match opened {
        Ok(x) => x,
        Err(e) => {
            // Nothing of a half-made clone stays: it never held a change of its own.
            let _ = std::fs::remove_dir_all(&dir);
            return Err(e);
        }
    };
    for w in &r.warnings {
        ctx.out.warn(w);
    }
    let device = vault.device()?.unwrap_or_default();
    ctx.out.done(
        &json!({"vault": vault.root(), "device": device, "remote": spec.url, "pulled": {"changes": r.pulled_changes, "blobs": r.pulled_blobs}}),
        || {
            crate::i18n::tr!(
                "clone-done",
                url = &spec.url,
                label = &label,
                device = device.to_string()
            )
        },
    );
    Ok(())
}

//! `carnet bundle verify`: decrypt and check a bundle completely, and say
//! so (no vault needed).

use serde_json::json;

use super::shared::{peek_signer, verify_with};
use crate::bundle::read::Discard;
use crate::cli::args::BundleKeyArgs;
use crate::cli::bundle::{signer_json, signer_lines};
use crate::commands::context::Ctx;
use crate::error::Result;

pub fn verify(ctx: &Ctx, a: &BundleKeyArgs) -> Result<()> {
    let (v, _, _) = verify_with(ctx, a, &mut Discard)?;
    let status = peek_signer(ctx, &v);
    let m = &v.manifest;
    if ctx.out.json {
        let mut j = json!({
            "bundle": m.id,
            "valid": true,
            "signer": v.fingerprint,
            "signer_checked": a.signer.is_some(),
            "documents": m.documents.len(),
            "members": v.order.len(),
            "purpose": m.purpose.kind.as_str(),
            "created_at": m.created,
            "expires_at": m.expires,
        });
        signer_json(&mut j, &status);
        ctx.out.json_value(&j);
        return Ok(());
    }
    ctx.out.line(crate::i18n::tr!(
        "c-verify-intact",
        id = m.id.to_string(),
        n = m.documents.len(),
        members = v.order.len()
    ));
    for l in signer_lines(&v, a.signer.is_some(), &status) {
        ctx.out.line(l);
    }
    Ok(())
}

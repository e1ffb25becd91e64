//! `carnet bundle inspect`: decrypt and verify a bundle, then show its
//! manifest (no vault needed).

use serde_json::json;

use super::shared::{peek_signer, verify_with};
use crate::bundle::manifest::Manifest;
use crate::bundle::read::Discard;
use crate::cli::args::BundleKeyArgs;
use crate::cli::bundle::{signer_json, signer_lines};
use crate::cli::document::human_size;
use crate::commands::context::Ctx;
use crate::error::Result;

pub fn inspect(ctx: &Ctx, a: &BundleKeyArgs) -> Result<()> {
    let (v, _, _) = verify_with(ctx, a, &mut Discard)?;
    let status = peek_signer(ctx, &v);
    let m = &v.manifest;
    if ctx.out.json {
        let mut j = serde_json::to_value(m).unwrap_or_default();
        j["verified"] = json!(true);
        j["signer_checked"] = json!(a.signer.is_some());
        signer_json(&mut j, &status);
        ctx.out.json_value(&j);
        return Ok(());
    }
    let mut rows = vec![
        ("Bundle", format!("{} ({} v{})", m.id, m.format, m.version)),
        ("Created", crate::timefmt::local_str(&m.created)),
        (
            "Expires",
            m.expires
                .as_ref()
                .map(|e| format!("{} (advisory)", crate::timefmt::local_str(e)))
                .unwrap_or_else(|| "-".into()),
        ),
        ("Purpose", purpose_line(m)),
    ];
    if let Some(r) = &m.recipient {
        rows.push((
            "For",
            format!("{} (RPPS {}, IdNat {})", r.name, r.rpps, r.idnat),
        ));
    }
    let mut holder = if m.holder.name.is_empty() {
        "(unnamed)".to_string()
    } else {
        m.holder.name.clone()
    };
    if let Some(b) = &m.holder.birth_date {
        holder.push_str(&format!(", born {b}"));
    }
    if let Some(i) = &m.holder.ins {
        holder.push_str(&format!(", INS {i}"));
    }
    rows.push(("Holder", holder));
    rows.push((
        "Journal",
        format!("entry {} ({})", m.journal.seq, &m.journal.hash[..16]),
    ));
    let [signed, judged] = signer_lines(&v, a.signer.is_some(), &status);
    rows.push(("Signer", signed));
    rows.push(("", judged));
    for (k, val) in rows {
        ctx.out.line(format!("{k:<10}{val}"));
    }
    if m.documents.is_empty() {
        ctx.out.line("Documents none");
        return Ok(());
    }
    ctx.out.table(
        &[
            "ID",
            "DATE",
            "TYPE",
            "TITLE",
            "AUTHOR",
            "CONFIDENTIALITY",
            "SIZE",
            "PATH",
        ],
        m.documents
            .iter()
            .map(|d| {
                vec![
                    d.id.clone(),
                    d.date.clone(),
                    d.doc_type.name.clone(),
                    d.title.clone(),
                    d.author.clone().unwrap_or_default(),
                    d.codes().join(", "),
                    human_size(d.size),
                    d.path.clone(),
                ]
            })
            .collect(),
    );
    Ok(())
}

fn purpose_line(m: &Manifest) -> String {
    let mut s = m.purpose.kind.as_str().to_string();
    if let Some(g) = &m.purpose.grant {
        s.push_str(&format!(" (grant {g})"));
    }
    s
}

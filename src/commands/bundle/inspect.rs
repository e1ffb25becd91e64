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
    use crate::i18n::tr;
    let mut rows = vec![
        (
            tr!("c-inspect-bundle"),
            format!("{} ({} v{})", m.id, m.format, m.version),
        ),
        (
            tr!("c-inspect-created"),
            crate::timefmt::local_str(&m.created),
        ),
        (
            tr!("c-inspect-expires"),
            m.expires
                .as_ref()
                .map(|e| tr!("c-inspect-advisory", at = crate::timefmt::local_str(e)))
                .unwrap_or_else(|| "-".into()),
        ),
        (tr!("c-inspect-purpose"), purpose_line(m)),
    ];
    if let Some(r) = &m.recipient {
        rows.push((
            tr!("c-inspect-for"),
            format!("{} (RPPS {}, IdNat {})", r.name, r.rpps, r.idnat),
        ));
    }
    let mut holder = if m.holder.name.is_empty() {
        tr!("status-unnamed")
    } else {
        m.holder.name.clone()
    };
    if let Some(b) = &m.holder.birth_date {
        holder.push_str(&tr!(
            "status-born",
            date = crate::timefmt::local_str(&b.to_string())
        ));
    }
    if let Some(i) = &m.holder.ins {
        holder.push_str(&format!(", INS {i}"));
    }
    rows.push((crate::i18n::field("Holder"), holder));
    rows.push((
        crate::i18n::field("Journal"),
        tr!(
            "c-inspect-entry",
            seq = m.journal.seq.to_string(),
            hash = m.journal.hash[..16].to_string()
        ),
    ));
    let [signed, judged] = signer_lines(&v, a.signer.is_some(), &status);
    rows.push((tr!("c-inspect-signer"), signed));
    rows.push((String::new(), judged));
    // English keeps its 10 columns; longer French labels widen them.
    let width = rows
        .iter()
        .map(|(k, _)| k.chars().count() + 1)
        .max()
        .unwrap_or(0)
        .max(10);
    for (k, val) in rows {
        ctx.out.line(format!("{k:<width$}{val}"));
    }
    if m.documents.is_empty() {
        ctx.out.line(tr!("c-inspect-no-documents"));
        return Ok(());
    }
    let conf = tr!("c-col-confidentiality");
    ctx.out.table(
        &[
            "ID",
            "DATE",
            "TYPE",
            "TITLE",
            "AUTHOR",
            conf.as_str(),
            "SIZE",
            "PATH",
        ],
        m.documents
            .iter()
            .map(|d| {
                vec![
                    d.id.clone(),
                    crate::timefmt::local_str(&d.date),
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
        s.push_str(&crate::i18n::tr!("c-inspect-grant", grant = g.to_string()));
    }
    s
}

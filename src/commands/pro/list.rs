//! `carnet pro list`: every professional, with their status, their access
//! now and their active grants.

use crate::cli::grant::sealed_records_note;
use crate::cli::json::ProJson;
use crate::commands::context::Ctx;
use crate::error::Result;
use crate::timefmt;
use crate::vault::pros::ProEntry;

pub fn run(ctx: &Ctx) -> Result<()> {
    let vault = ctx.unlock()?;
    let list = vault.pros()?;
    if ctx.out.json {
        let v: Vec<ProJson> = list
            .pros
            .iter()
            .map(|e| ProJson {
                standing: Some(e.standing.as_str()),
                active_grants: Some(e.active_grants),
                private: Some(e.private),
                ..ProJson::of(&e.pro)
            })
            .collect();
        ctx.out.json_value(&v);
        return Ok(());
    }
    if list.unopened > 0 {
        ctx.out.info(sealed_records_note(list.unopened));
    }
    if list.pros.is_empty() {
        ctx.out
            .info(crate::i18n::tr!("c-pro-list-none", label = ctx.label()));
        return Ok(());
    }
    // Headers `column` does not know: translated here (English unchanged).
    let (place, status, access, active) = (
        crate::i18n::tr!("c-col-place"),
        crate::i18n::tr!("c-col-status"),
        crate::i18n::tr!("c-col-access"),
        crate::i18n::tr!("c-col-active-grants"),
    );
    ctx.out.table(
        &[
            "RPPS",
            "NAME",
            "SPECIALTY",
            place.as_str(),
            status.as_str(),
            access.as_str(),
            active.as_str(),
        ],
        list.pros.iter().map(row).collect(),
    );
    ctx.out.info(crate::i18n::tr!(
        "c-pro-list-count",
        label = ctx.label(),
        n = list.pros.len()
    ));
    Ok(())
}

fn row(e: &ProEntry) -> Vec<String> {
    let p = &e.pro;
    let mut status = Vec::new();
    if e.private {
        status.push(crate::i18n::tr!("c-pro-status-private"));
    }
    if p.primary {
        status.push(crate::i18n::tr!("c-pro-status-primary"));
    }
    if p.blocked {
        status.push(match p.blocked_at {
            Some(t) => {
                crate::i18n::tr!(
                    "c-pro-status-blocked-since",
                    date = timefmt::day(timefmt::local_date(t))
                )
            }
            None => crate::i18n::tr!("c-pro-status-blocked"),
        });
    }
    vec![
        p.rpps.to_string(),
        p.name.clone(),
        p.specialty.clone().unwrap_or_default(),
        p.place.clone().unwrap_or_default(),
        status.join(", "),
        e.standing.as_str().to_string(),
        e.active_grants.to_string(),
    ]
}

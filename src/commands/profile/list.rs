//! `carnet profile list`: every profile under the data dir, and what the
//! vault you unlock may see of each (its own, its children's).

use serde::Serialize;

use crate::commands::context::Ctx;
use crate::error::Result;
use crate::timefmt;
use crate::vault::profile::{self, children::Seen};
use crate::vault::status::Guardian;

/// One profile in `--json`. Fields in name order: the order of the JSON
/// object this struct replaced.
#[derive(Serialize)]
struct Row {
    accessible: bool,
    age: Option<i32>,
    birth_date: Option<String>,
    child: bool,
    default: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    documents: Option<i64>,
    guardians: Vec<Guardian>,
    handed_over_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    hidden_from_guardians: Option<i64>,
    holder: Option<String>,
    majority_warning: Option<String>,
    name: String,
    vault: String,
}

pub fn run(ctx: &Ctx) -> Result<()> {
    let holder = ctx.unlock()?;
    let pd = profile::profiles_dir()?;
    let mut rows = Vec::new();
    let mut warnings = Vec::new();
    for p in profile::children::list(&holder, timefmt::now())? {
        let mut row = Row {
            accessible: false,
            age: None,
            birth_date: None,
            child: p.child,
            default: p.name == "default",
            documents: None,
            guardians: Vec::new(),
            handed_over_at: p.handed_over_at,
            hidden_from_guardians: None,
            holder: None,
            majority_warning: None,
            name: p.name,
            vault: p.dir.display().to_string(),
        };
        match p.seen {
            Seen::Closed => {}
            Seen::Refused(e) => warnings.push(format!(
                "{}: {e}",
                crate::i18n::tr!("label-profile", name = &row.name)
            )),
            Seen::Open(f) => {
                if let Some(w) = &f.majority_warning {
                    warnings.push(format!(
                        "{}: {w}",
                        crate::i18n::tr!("label-profile", name = &row.name)
                    ));
                }
                row = Row {
                    accessible: true,
                    age: f.age,
                    birth_date: f.birth_date,
                    documents: Some(f.documents),
                    guardians: f.guardians,
                    hidden_from_guardians: Some(f.hidden_from_guardians),
                    holder: Some(f.holder),
                    majority_warning: f.majority_warning,
                    ..row
                };
            }
        }
        rows.push(row);
    }
    if ctx.out.json {
        ctx.out.json_value(&rows);
        return Ok(());
    }
    if rows.is_empty() {
        ctx.out.info(crate::i18n::tr!(
            "c-profiles-none",
            path = pd.display().to_string()
        ));
    } else {
        ctx.out.table(
            &["PROFILE", "HOLDER", "BORN", "AGE", "GUARDIANS", "DEFAULT"],
            rows.iter().map(table_row).collect(),
        );
    }
    for w in &warnings {
        ctx.out.warn(w);
    }
    Ok(())
}

fn table_row(r: &Row) -> Vec<String> {
    vec![
        r.name.clone(),
        match &r.holder {
            Some(h) => h.clone(),
            None if r.handed_over_at.is_some() => crate::i18n::tr!("c-profile-handed-over"),
            None => crate::i18n::tr!("c-profile-not-yours"),
        },
        r.birth_date
            .as_deref()
            .map(crate::timefmt::local_str)
            .unwrap_or_default(),
        r.age.map(|a| a.to_string()).unwrap_or_default(),
        r.guardians
            .iter()
            .map(|g| g.name.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        if r.default {
            crate::i18n::tr!("show-yes")
        } else {
            String::new()
        },
    ]
}

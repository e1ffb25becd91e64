//! How medical profile items print: their JSON (cli.md "Medical
//! profile"), table rows and one-line descriptions.

use serde_json::{json, Map, Value};

use crate::medical::measure;
use crate::medical::{Item, Kind};
use crate::vault::medical::Profile;

/// The JSON name of an item's label: what the user typed it as.
fn label_key(kind: Kind) -> &'static str {
    match kind {
        Kind::Treatment | Kind::Vaccination | Kind::Contact => "name",
        Kind::Allergy | Kind::Condition => "label",
        _ => "value",
    }
}

/// One item: `id`, `kind`, its fields, its flags and dates.
pub fn item_json(i: &Item) -> Value {
    let mut o = Map::new();
    o.insert("id".into(), json!(i.id));
    o.insert("kind".into(), json!(i.kind.as_str()));
    let f = &i.fields;
    if let Some(l) = &f.label {
        o.insert(label_key(i.kind).into(), json!(l));
    }
    if let Some(c) = &f.code {
        o.insert("code".into(), json!(c.text()));
        o.insert("code_system".into(), json!(c.url()));
    }
    for (k, v) in [
        ("severity", &f.severity),
        ("status", &f.status),
        ("since", &f.since),
        ("until", &f.until),
        ("date", &f.date),
        ("dose", &f.dose),
        ("lot", &f.lot),
        ("measure", &f.measure),
        ("unit", &f.unit),
        ("role", &f.role),
        ("phone", &f.phone),
        ("email", &f.email),
        ("note", &f.note),
    ] {
        if let Some(v) = v {
            o.insert(k.into(), json!(v));
        }
    }
    if let Some(v) = f.measure_value() {
        match v.diastolic {
            Some(d) => {
                o.insert("value".into(), json!(v.text()));
                o.insert("systolic".into(), json!(v.value));
                o.insert("diastolic".into(), json!(d));
            }
            None => {
                o.insert("value".into(), json!(v.value));
            }
        }
    }
    o.insert("masked".into(), json!(i.masked));
    o.insert("masked_from".into(), json!(i.masked_from));
    o.insert(
        "hidden_from_guardians".into(),
        json!(i.hidden_from_guardians),
    );
    o.insert("added_at".into(), json!(i.added_at));
    o.insert("updated_at".into(), json!(i.updated_at));
    if let Some(r) = &i.removed_at {
        o.insert("removed_at".into(), json!(r));
    }
    Value::Object(o)
}

/// `medical show --json`.
pub fn profile_json(p: &Profile) -> Value {
    let mut o = Map::new();
    for k in [
        Kind::Allergy,
        Kind::Condition,
        Kind::Treatment,
        Kind::Vaccination,
        Kind::Measure,
        Kind::Contact,
    ] {
        o.insert(
            k.plural().into(),
            Value::Array(p.of_kind(k).map(item_json).collect()),
        );
    }
    for k in [Kind::BloodGroup, Kind::Directives, Kind::OrganDonation] {
        o.insert(
            k.plural().into(),
            json!(p.fact(k).and_then(|i| i.fields.label.clone())),
        );
    }
    o.insert(
        "no_known".into(),
        json!({
            "allergies": p.fact(Kind::NoKnownAllergies).is_some(),
            "conditions": p.fact(Kind::NoKnownConditions).is_some(),
            "treatments": p.fact(Kind::NoKnownTreatments).is_some(),
        }),
    );
    o.insert(
        "facts".into(),
        Value::Array(
            p.items
                .iter()
                .filter(|i| i.kind.is_fact())
                .map(item_json)
                .collect(),
        ),
    );
    o.insert("withheld".into(), json!(p.withheld.len()));
    Value::Object(o)
}

/// What a row says about an item (tables).
pub fn details(i: &Item) -> String {
    let f = &i.fields;
    let mut parts: Vec<String> = Vec::new();
    match i.kind {
        Kind::Measure => {
            if let Some(v) = f.measure_value() {
                // French writes a decimal comma (domain.md §12).
                let value = if crate::i18n::lang() == crate::i18n::Lang::En {
                    format!("{} {}", v.text(), v.unit)
                } else {
                    v.french()
                };
                parts.push(format!("{} {value}", v.kind.shown()));
            }
        }
        // "no known allergies" is stored words; French names the fact.
        k if k.of_no_known().is_some() && crate::i18n::lang() != crate::i18n::Lang::En => {
            parts.push(k.label())
        }
        _ => parts.push(i.describe()),
    }
    for (k, v) in [
        ("severity", &f.severity),
        ("status", &f.status),
        ("dose", &f.dose),
        ("lot", &f.lot),
        ("role", &f.role),
        ("phone", &f.phone),
        ("email", &f.email),
    ] {
        if let Some(v) = v {
            parts.push(detail(k, v));
        }
    }
    if let Some(c) = &f.code {
        parts.push(c.text());
    }
    match (&f.since, &f.until) {
        (Some(s), Some(u)) => parts.push(format!(
            "{} → {}",
            crate::timefmt::local_str(s),
            crate::timefmt::local_str(u)
        )),
        (Some(s), None) => parts.push(crate::i18n::tr!(
            "m-detail-since",
            date = crate::timefmt::local_str(s)
        )),
        (None, Some(u)) => parts.push(crate::i18n::tr!(
            "m-detail-until",
            date = crate::timefmt::local_str(u)
        )),
        _ => {}
    }
    if let Some(d) = &f.date {
        parts.push(crate::timefmt::local_str(d));
    }
    parts.join(", ")
}

/// One field of a row, `severity high` (English: the field's name and its
/// stored value), `gravité sévère` (French: both in words).
fn detail(k: &str, v: &str) -> String {
    if crate::i18n::lang() == crate::i18n::Lang::En {
        return format!("{k} {v}");
    }
    match k {
        "severity" => crate::i18n::tr!("m-detail-severity", value = v),
        "status" => crate::i18n::tr!("m-detail-status", value = v),
        "dose" => crate::i18n::tr!("m-detail-dose", value = v),
        "lot" => crate::i18n::tr!("m-detail-lot", value = v),
        "role" => crate::i18n::tr!("m-detail-role", value = crate::medical::summary::role_fr(v)),
        "phone" => crate::i18n::tr!("m-detail-phone", value = v),
        "email" => crate::i18n::tr!("m-detail-email", value = v),
        _ => format!("{k} {v}"),
    }
}

/// The flags of an item, for a table's last column.
pub fn flags(i: &Item, names: &crate::cli::pro::Names) -> String {
    let mut v = Vec::new();
    if i.masked {
        v.push(crate::i18n::tr!("flag-masked"));
    }
    if !i.masked_from.is_empty() {
        let from: Vec<String> = i
            .masked_from
            .iter()
            .map(|r| names.label_if_known(r))
            .collect();
        v.push(crate::i18n::tr!("flag-masked-from", n = from.join(", ")));
    }
    if i.hidden_from_guardians {
        v.push(crate::i18n::tr!("flag-hidden-from-guardians"));
    }
    if let Some(r) = &i.removed_at {
        v.push(crate::i18n::tr!(
            "m-flag-removed",
            at = crate::timefmt::local_str(r)
        ));
    }
    v.join("; ")
}

/// One table row: ID, kind, details, flags.
pub fn row(i: &Item, names: &crate::cli::pro::Names) -> Vec<String> {
    vec![i.id.clone(), i.kind.label(), details(i), flags(i, names)]
}

/// The measure kinds, for hints.
pub fn measure_kinds() -> String {
    measure::kind_names()
}

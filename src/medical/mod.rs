//! The medical profile (domain.md §11): structured items (allergies,
//! conditions, treatments, vaccinations, measures, contacts) and the facts
//! set once (blood group, advance directives, organ donation, "no known
//! allergies|conditions|treatments"). Types and validation only: storage
//! is `vault::medical`, who sees what is `policy::decide_item`.

pub mod card;
pub mod codes;
mod kind;
pub mod measure;
pub mod pdf;
pub mod summary;

pub use kind::Kind;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::text;
use codes::Code;

/// Bounds of what a person types into a field (characters).
pub const MAX_LABEL: usize = 200;
pub const MAX_TEXT: usize = 2000;

/// The fields of an item; which are allowed depends on its kind
/// ([`Fields::check`]). Stored as this JSON in the sealed index.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Fields {
    /// Allergy or condition label, medicine, vaccine, contact's name;
    /// the text of a fact (blood group, directives, organ donation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<Code>,
    /// Allergy: `low`, `moderate`, `high`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<String>,
    /// Allergy or condition: `active`, `inactive`, `resolved`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
    /// Vaccination or measure date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dose: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lot: Option<String>,
    /// Measure kind (`weight`…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<String>,
    /// Measure value as stored (`72.5`, `120/80`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// UCUM unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Contact role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

pub const SEVERITIES: &[&str] = &["low", "moderate", "high"];
pub const STATUSES: &[&str] = &["active", "inactive", "resolved"];
pub const ROLES: &[&str] = &[
    "trusted-person",
    "parent",
    "spouse",
    "partner",
    "child",
    "sibling",
    "relative",
    "friend",
    "guardian",
    "doctor",
    "other",
];
pub const BLOOD_GROUPS: &[&str] = &["O+", "O-", "A+", "A-", "B+", "B-", "AB+", "AB-"];

/// Which fields each kind takes, by name (edit refuses the others).
pub fn allowed_fields(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Allergy => &["label", "code", "severity", "status", "since", "note"],
        Kind::Condition => &["label", "code", "status", "since", "until", "note"],
        Kind::Treatment => &["label", "code", "dose", "since", "until", "note"],
        Kind::Vaccination => &["label", "code", "date", "lot", "note"],
        Kind::Measure => &["measure", "value", "unit", "date", "note"],
        Kind::Contact => &["label", "role", "phone", "email", "note"],
        Kind::BloodGroup | Kind::Directives | Kind::OrganDonation => &["label"],
        Kind::NoKnownAllergies | Kind::NoKnownConditions | Kind::NoKnownTreatments => &[],
    }
}

impl Fields {
    /// The names of the fields set.
    pub fn set_names(&self) -> Vec<&'static str> {
        let mut v = Vec::new();
        let mut f = |name, set: bool| {
            if set {
                v.push(name)
            }
        };
        f("label", self.label.is_some());
        f("code", self.code.is_some());
        f("severity", self.severity.is_some());
        f("status", self.status.is_some());
        f("since", self.since.is_some());
        f("until", self.until.is_some());
        f("date", self.date.is_some());
        f("dose", self.dose.is_some());
        f("lot", self.lot.is_some());
        f("measure", self.measure.is_some());
        f("value", self.value.is_some());
        f("unit", self.unit.is_some());
        f("role", self.role.is_some());
        f("phone", self.phone.is_some());
        f("email", self.email.is_some());
        f("note", self.note.is_some());
        v
    }

    /// Checks every field against its kind and normalises them (a measure's
    /// value and unit, a code's system). Exit 2 with a hint on the first
    /// problem.
    pub fn check(mut self, kind: Kind) -> Result<Fields> {
        let allowed = allowed_fields(kind);
        if let Some(bad) = self.set_names().into_iter().find(|n| !allowed.contains(n)) {
            return Err(Error::usage(
                crate::i18n::tr!(
                    "m-field-not-taken",
                    kind = kind.label(),
                    field = field_label(bad)
                ),
                crate::i18n::tr!(
                    "m-field-not-taken-hint",
                    kind = kind.label(),
                    fields = if allowed.is_empty() {
                        crate::i18n::tr!("m-field-nothing")
                    } else {
                        allowed
                            .iter()
                            .map(|f| field_label(f))
                            .collect::<Vec<_>>()
                            .join(", ")
                    }
                ),
            ));
        }
        let need = |name: &str, v: &Option<String>| -> Result<()> {
            if v.as_deref().is_none_or(|s| s.trim().is_empty()) {
                Err(Error::usage(
                    crate::i18n::tr!(
                        "m-field-needed",
                        kind = kind.label(),
                        field = field_label(name)
                    ),
                    crate::i18n::tr!("m-field-needed-hint", cmd = kind.as_str()),
                ))
            } else {
                Ok(())
            }
        };
        for (name, v, max) in [
            (
                "label",
                &mut self.label,
                if kind == Kind::Directives || kind == Kind::OrganDonation {
                    MAX_TEXT
                } else {
                    MAX_LABEL
                },
            ),
            ("dose", &mut self.dose, MAX_LABEL),
            ("lot", &mut self.lot, 64),
            ("note", &mut self.note, MAX_TEXT),
        ] {
            if let Some(s) = v.as_mut() {
                *s = s.trim().to_string();
                check_text(name, s, max)?;
            }
        }
        for (name, v) in [
            ("since", &mut self.since),
            ("until", &mut self.until),
            ("date", &mut self.date),
        ] {
            if let Some(s) = v.as_mut() {
                *s = crate::timefmt::parse_doc_date(s).map_err(|e| {
                    Error::usage(
                        crate::i18n::tr!(
                            "m-flag-error",
                            flag = format!("--{name}"),
                            error = e.to_string()
                        ),
                        e.hint(),
                    )
                })?;
            }
        }
        if let (Some(s), Some(u)) = (&self.since, &self.until) {
            if u < s {
                return Err(Error::usage(
                    crate::i18n::tr!(
                        "m-until-before-since",
                        until = crate::timefmt::local_str(u),
                        since = crate::timefmt::local_str(s)
                    ),
                    crate::i18n::tr!("m-until-before-since-hint"),
                ));
            }
        }
        one_of("severity", &self.severity, SEVERITIES)?;
        one_of("status", &self.status, STATUSES)?;
        one_of("role", &self.role, ROLES)?;
        if let Some(p) = &self.phone {
            self.phone = Some(check_phone(p)?);
        }
        if let Some(e) = &self.email {
            self.email = Some(check_email(e)?);
        }
        if let Some(c) = &self.code {
            codes::check_for(kind, c)?;
        }
        match kind {
            Kind::Allergy | Kind::Condition | Kind::Treatment | Kind::Vaccination => {
                need("label", &self.label)?
            }
            Kind::Contact => {
                need("label", &self.label)?;
                need("role", &self.role)?;
            }
            Kind::Measure => {
                need("measure", &self.measure)?;
                need("value", &self.value)?;
                need("unit", &self.unit)?;
                let v = measure::check(
                    self.measure.as_deref().unwrap_or_default(),
                    self.value.as_deref().unwrap_or_default(),
                    self.unit.as_deref().unwrap_or_default(),
                )?;
                self.value = Some(v.text());
                self.unit = Some(v.unit.to_string());
            }
            Kind::BloodGroup => {
                need("label", &self.label)?;
                let g = self.label.as_deref().unwrap_or_default().to_uppercase();
                if !BLOOD_GROUPS.contains(&g.as_str()) {
                    return Err(Error::usage(
                        crate::i18n::tr!(
                            "m-not-a-blood-group",
                            value = format!("{:?}", self.label.as_deref().unwrap_or_default())
                        ),
                        crate::i18n::tr!(
                            "m-not-a-blood-group-hint",
                            groups = BLOOD_GROUPS.join(", ")
                        ),
                    ));
                }
                self.label = Some(g);
            }
            Kind::Directives | Kind::OrganDonation => need("text", &self.label)?,
            Kind::NoKnownAllergies | Kind::NoKnownConditions | Kind::NoKnownTreatments => {}
        }
        if kind == Kind::Vaccination {
            need("date", &self.date)?;
        }
        Ok(self)
    }

    /// The checked measure of a measure item.
    pub fn measure_value(&self) -> Option<measure::Value> {
        measure::check(
            self.measure.as_deref()?,
            self.value.as_deref()?,
            self.unit.as_deref()?,
        )
        .ok()
    }
}

/// A field's name as a message shows it: the option's name in English, a
/// French word in French.
fn field_label(name: &str) -> String {
    if crate::i18n::lang() == crate::i18n::Lang::En {
        return name.to_string();
    }
    crate::i18n::tr!("m-field", field = name)
}

fn check_text(name: &str, s: &str, max: usize) -> Result<()> {
    text::check_field(&format!("--{name}"), s)?;
    if s.chars().count() > max {
        return Err(Error::usage(
            crate::i18n::tr!("m-too-long", name = name, max = max),
            crate::i18n::tr!("m-too-long-hint"),
        ));
    }
    Ok(())
}

fn one_of(name: &str, v: &Option<String>, allowed: &[&str]) -> Result<()> {
    match v {
        Some(s) if !allowed.contains(&s.as_str()) => Err(Error::usage(
            crate::i18n::tr!("m-unknown-value", name = name, value = format!("{s:?}")),
            crate::i18n::tr!("m-use-one-of", values = allowed.join(", ")),
        )),
        _ => Ok(()),
    }
}

/// A phone number: digits with `+`, spaces, dots, dashes or brackets,
/// 4 to 20 digits (short numbers such as 15 or 112 are emergency
/// services, not contacts, but 4-digit switchboards exist).
pub fn check_phone(p: &str) -> Result<String> {
    let t = p.trim();
    let digits = t.chars().filter(char::is_ascii_digit).count();
    let ok = t
        .chars()
        .all(|c| c.is_ascii_digit() || " +.-()".contains(c))
        && (4..=20).contains(&digits)
        && t.chars().skip(1).all(|c| c != '+');
    if ok {
        Ok(t.to_string())
    } else {
        Err(Error::usage(
            crate::i18n::tr!("m-not-a-phone", value = format!("{p:?}")),
            crate::i18n::tr!("m-not-a-phone-hint"),
        ))
    }
}

/// An e-mail address: one `@`, a dot in the domain, no spaces.
pub fn check_email(e: &str) -> Result<String> {
    let t = e.trim();
    let ok = match t.split_once('@') {
        Some((l, d)) => {
            !l.is_empty()
                && d.contains('.')
                && !d.starts_with('.')
                && !d.ends_with('.')
                && !d.contains('@')
                && t.len() <= 254
                && t.chars().all(|c| c.is_ascii_graphic())
        }
        None => false,
    };
    if ok {
        Ok(t.to_string())
    } else {
        Err(Error::usage(
            crate::i18n::tr!("m-not-an-email", value = format!("{e:?}")),
            crate::i18n::tr!("m-not-an-email-hint"),
        ))
    }
}

/// An item of the profile as the reader may see it.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub id: String,
    pub kind: Kind,
    pub fields: Fields,
    /// `MASQUE_PS` for items: masked from every professional.
    pub masked: bool,
    pub masked_from: Vec<String>,
    /// In a child's profile: sealed to the minor's own key.
    pub hidden_from_guardians: bool,
    pub added_at: String,
    pub updated_at: String,
    /// When it was removed (history only).
    pub removed_at: Option<String>,
}

impl Item {
    /// The date the item is about, for ordering: its date, its start, or
    /// when it was recorded.
    pub fn sort_date(&self) -> &str {
        self.fields
            .date
            .as_deref()
            .or(self.fields.since.as_deref())
            .unwrap_or(&self.added_at[..self.added_at.len().min(10)])
    }

    /// A one-line description (tables, journal, summary).
    pub fn describe(&self) -> String {
        let f = &self.fields;
        match self.kind {
            Kind::Measure => match f.measure_value() {
                Some(v) => format!("{} {}", v.kind.name, v.text() + " " + v.unit),
                None => f.measure.clone().unwrap_or_default(),
            },
            Kind::NoKnownAllergies | Kind::NoKnownConditions | Kind::NoKnownTreatments => {
                self.kind.as_str().replace('-', " ")
            }
            _ => f.label.clone().unwrap_or_default(),
        }
    }

    /// Whether a treatment or condition is still current on `today`
    /// (YYYY-MM-DD): no end date, or one not yet past.
    pub fn is_current(&self, today: &str) -> bool {
        self.removed_at.is_none()
            && self.fields.status.as_deref() != Some("resolved")
            && self.fields.status.as_deref() != Some("inactive")
            && self.fields.until.as_deref().is_none_or(|u| u >= today)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(label: &str) -> Fields {
        Fields {
            label: Some(label.into()),
            ..Fields::default()
        }
    }

    #[test]
    fn kinds_round_trip() {
        for k in Kind::ALL {
            assert_eq!(Kind::parse(k.as_str()), Some(k));
        }
        assert_eq!(Kind::NoKnownAllergies.of_no_known(), Some(Kind::Allergy));
    }

    #[test]
    fn fields_are_checked_against_the_kind() {
        let e = Fields {
            dose: Some("1/j".into()),
            ..f("Pénicilline")
        }
        .check(Kind::Allergy)
        .unwrap_err();
        assert!(e.to_string().contains("no dose"), "{e}");
        assert!(Fields::default().check(Kind::Allergy).is_err());
        let e = Fields {
            severity: Some("deadly".into()),
            ..f("Pénicilline")
        }
        .check(Kind::Allergy)
        .unwrap_err();
        assert!(e.hint().contains("low, moderate, high"));
        assert!(
            f("Tétanos").check(Kind::Vaccination).is_err(),
            "needs a date"
        );
        assert_eq!(
            f("ab+").check(Kind::BloodGroup).unwrap().label.as_deref(),
            Some("AB+")
        );
        assert!(f("C+").check(Kind::BloodGroup).is_err());
        assert!(f("a\u{1b}[31m").check(Kind::Condition).is_err());
        let e = Fields {
            since: Some("2026-02-01".into()),
            until: Some("2026-01-01".into()),
            ..f("Amoxicilline")
        }
        .check(Kind::Treatment)
        .unwrap_err();
        assert_eq!(e.exit_code(), 2);
    }

    #[test]
    fn phones_and_emails() {
        assert!(check_phone("+33 6 12 34 56 78").is_ok());
        assert!(check_phone("06.12.34.56.78").is_ok());
        assert!(check_phone("call me").is_err());
        assert!(check_phone("06+12").is_err());
        assert!(check_email("a@b.fr").is_ok());
        assert!(check_email("a@b").is_err());
        assert!(check_email("a b@c.fr").is_err());
    }
}

//! The `--json` shapes of the contract (docs: /work/shared/cli.md), one
//! `Serialize` struct per shape: professionals, grants, emergency consents.
//!
//! Fields are declared in alphabetical order: that is the order these
//! objects have always been printed in (they were `serde_json::Value`
//! maps, which sort their keys), and scripts diffing the output keep
//! seeing the same bytes. A test checks every shape keeps to it.

use serde::Serialize;
use time::OffsetDateTime;

use crate::ids;
use crate::model::{EmergencyConsents, Grant, Professional};
use crate::timefmt;
use crate::vault::emergency::word;

/// What a grant covers: empty lists = everything the rules allow.
#[derive(Debug, Serialize)]
pub struct ScopeJson<'a> {
    pub docs: &'a [String],
    pub types: Vec<&'static str>,
}

impl<'a> ScopeJson<'a> {
    fn of(g: &'a Grant) -> Self {
        ScopeJson {
            docs: &g.docs,
            types: g.types.iter().map(|t| t.name).collect(),
        }
    }
}

/// The contract's grant object (`carnet grant`):
/// `{"id","rpps","scope":{"types","docs"},"created_at","expires_at"}`.
#[derive(Debug, Serialize)]
pub struct GrantJson<'a> {
    pub created_at: String,
    pub expires_at: String,
    pub id: &'a str,
    pub rpps: &'a str,
    pub scope: ScopeJson<'a>,
}

impl<'a> GrantJson<'a> {
    pub fn of(g: &'a Grant) -> Self {
        GrantJson {
            created_at: timefmt::rfc3339(g.created_at),
            expires_at: timefmt::rfc3339(g.expires_at),
            id: &g.id,
            rpps: &g.rpps,
            scope: ScopeJson::of(g),
        }
    }
}

/// A grant as `grants`, `revoke` and `pro show` list it: the contract
/// object plus its `state` at an instant, `revoked_at`, the professional's
/// `name` (null once removed) and `idnat`, and, where the listing says it,
/// whether it is `private` to the minor.
#[derive(Debug, Serialize)]
pub struct GrantListingJson<'a> {
    pub created_at: String,
    pub expires_at: String,
    pub id: &'a str,
    pub idnat: String,
    pub name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub private: Option<bool>,
    pub revoked_at: Option<String>,
    pub rpps: &'a str,
    pub scope: ScopeJson<'a>,
    pub state: &'static str,
}

impl<'a> GrantListingJson<'a> {
    pub fn of(g: &'a Grant, name: Option<&'a str>, now: OffsetDateTime) -> Self {
        GrantListingJson {
            created_at: timefmt::rfc3339(g.created_at),
            expires_at: timefmt::rfc3339(g.expires_at),
            id: &g.id,
            idnat: ids::rpps_idnat(&g.rpps),
            name,
            private: None,
            revoked_at: g.revoked_at.map(timefmt::rfc3339),
            rpps: &g.rpps,
            scope: ScopeJson::of(g),
            state: g.state(now).as_str(),
        }
    }

    /// With the `private` flag.
    pub fn private(mut self, private: bool) -> Self {
        self.private = Some(private);
        self
    }
}

/// The contract's professional object, with what each `pro` command adds:
/// `standing`, `active_grants` and `private` (`pro list`), `grants`
/// (`pro show`), `revoked_grants` (`pro rm`, `pro block`).
#[derive(Debug, Serialize)]
pub struct ProJson<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub active_grants: Option<usize>,
    pub added_at: String,
    pub blocked: bool,
    pub blocked_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grants: Option<Vec<GrantListingJson<'a>>>,
    pub idnat: String,
    pub name: &'a str,
    pub place: Option<&'a str>,
    pub primary: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub private: Option<bool>,
    pub recipient: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revoked_grants: Option<&'a [String]>,
    pub rpps: &'a str,
    pub signer: Option<&'a str>,
    pub specialty: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub standing: Option<&'static str>,
}

impl<'a> ProJson<'a> {
    pub fn of(p: &'a Professional) -> Self {
        ProJson {
            active_grants: None,
            added_at: timefmt::rfc3339(p.added_at),
            blocked: p.blocked,
            blocked_at: p.blocked_at.map(timefmt::rfc3339),
            grants: None,
            idnat: p.idnat(),
            name: &p.name,
            place: p.place.as_deref(),
            primary: p.primary,
            private: None,
            recipient: p.recipient.as_deref(),
            revoked_grants: None,
            rpps: &p.rpps,
            signer: p.signer.as_deref(),
            specialty: p.specialty.as_deref(),
            standing: None,
        }
    }
}

/// `{"samu":"allow"|"deny","break_glass":…,"masked":…}`.
#[derive(Debug, Serialize)]
pub struct ConsentsJson {
    pub break_glass: &'static str,
    pub masked: &'static str,
    pub samu: &'static str,
}

impl ConsentsJson {
    pub fn of(c: &EmergencyConsents) -> Self {
        ConsentsJson {
            break_glass: word(c.break_glass),
            masked: word(c.masked),
            samu: word(c.samu),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DocType;
    use serde_json::json;
    use time::macros::datetime;

    /// Printed as the sorted map it used to be, byte for byte.
    fn assert_keeps_the_printed_order<T: Serialize>(v: &T) {
        let direct = serde_json::to_string_pretty(v).unwrap();
        let sorted = serde_json::to_string_pretty(&serde_json::to_value(v).unwrap()).unwrap();
        assert_eq!(direct, sorted);
    }

    fn pro() -> Professional {
        Professional {
            specialty: Some("cardiologie".into()),
            primary: true,
            ..Professional::sample("10003456786", "Dr Claire Dubois")
        }
    }

    fn grant() -> Grant {
        let t0 = datetime!(2026-03-01 12:00 UTC);
        Grant {
            id: "k3xqk3xqk3xq".into(),
            rpps: crate::ids::Rpps::parse("10003456786").unwrap(),
            created_at: t0,
            expires_at: t0 + time::Duration::days(2),
            revoked_at: Some(t0 + time::Duration::hours(1)),
            types: vec![DocType::parse("lab-report").unwrap()],
            docs: vec!["abcd".into()],
        }
    }

    #[test]
    fn pro_json_has_the_contract_fields() {
        let p = pro();
        let v = serde_json::to_value(ProJson::of(&p)).unwrap();
        let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            [
                "added_at",
                "blocked",
                "blocked_at",
                "idnat",
                "name",
                "place",
                "primary",
                "recipient",
                "rpps",
                "signer",
                "specialty"
            ]
        );
        assert_eq!(v["idnat"], "810003456786");
        assert_eq!(v["place"], serde_json::Value::Null);
        assert_eq!(v["added_at"], "2026-01-02T03:04:05Z");
        assert_keeps_the_printed_order(&ProJson::of(&p));
    }

    #[test]
    fn pro_json_with_every_addition_keeps_the_printed_order() {
        let p = pro();
        let g = grant();
        let revoked = vec![g.id.clone()];
        let now = datetime!(2026-03-01 14:00 UTC);
        let v = ProJson {
            active_grants: Some(0),
            grants: Some(vec![
                GrantListingJson::of(&g, Some(&p.name), now).private(true)
            ]),
            private: Some(false),
            revoked_grants: Some(&revoked),
            standing: Some("grant_revoked"),
            ..ProJson::of(&p)
        };
        assert_keeps_the_printed_order(&v);
        let v = serde_json::to_value(v).unwrap();
        assert_eq!(v["grants"][0]["private"], true);
        assert_eq!(v["revoked_grants"], json!(["k3xqk3xqk3xq"]));
    }

    #[test]
    fn grant_shapes() {
        let g = grant();
        let v = serde_json::to_value(GrantJson::of(&g)).unwrap();
        assert_eq!(
            v,
            json!({
                "id": "k3xqk3xqk3xq",
                "rpps": "10003456786",
                "scope": {"types": ["lab-report"], "docs": ["abcd"]},
                "created_at": "2026-03-01T12:00:00Z",
                "expires_at": "2026-03-03T12:00:00Z",
            })
        );
        assert_keeps_the_printed_order(&GrantJson::of(&g));
        let listing = GrantListingJson::of(&g, Some("Dr A"), datetime!(2026-03-01 14:00 UTC));
        assert_keeps_the_printed_order(&listing);
        let v = serde_json::to_value(listing).unwrap();
        assert_eq!(v["state"], "revoked");
        assert_eq!(v["revoked_at"], "2026-03-01T13:00:00Z");
        assert_eq!(v["idnat"], "810003456786");
        assert_eq!(v["name"], "Dr A");
        assert!(v.get("private").is_none());
        let v = serde_json::to_value(GrantListingJson::of(&g, None, g.created_at)).unwrap();
        assert_eq!(v["name"], serde_json::Value::Null);
    }

    #[test]
    fn consents_json() {
        let c = EmergencyConsents {
            samu: false,
            break_glass: true,
            masked: true,
        };
        assert_eq!(
            serde_json::to_value(ConsentsJson::of(&c)).unwrap(),
            json!({"samu": "deny", "break_glass": "allow", "masked": "allow"})
        );
        assert_keeps_the_printed_order(&ConsentsJson::of(&c));
    }
}

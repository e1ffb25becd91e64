//! The holder's three emergency consents (domain.md §2.3): SAMU regulation
//! centre (`ETREAT`), break-glass by other professionals (`BTG`), and masked
//! documents readable in an emergency (`MASKED`). Whether a combination is
//! allowed is the policy's call (`policy::validate_emergency`).

use serde_json::{json, Value};

use crate::error::{Error, Result};
use crate::journal::{Action, JournalActor, NewEntry};
use crate::model::EmergencyConsents;
use crate::policy;
use crate::vault::{store, Vault};

/// How a consent reads, in the journal and on output: `allow` or `deny`.
pub fn word(allow: bool) -> &'static str {
    if allow {
        "allow"
    } else {
        "deny"
    }
}

/// The consents to change (`None` keeps a consent as it is).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ConsentChange {
    pub samu: Option<bool>,
    pub break_glass: Option<bool>,
    pub masked: Option<bool>,
}

impl ConsentChange {
    /// Whether it changes nothing whatever the consents are.
    pub fn is_empty(&self) -> bool {
        *self == ConsentChange::default()
    }

    /// The consents `c` with this change applied.
    pub fn apply(&self, c: EmergencyConsents) -> EmergencyConsents {
        EmergencyConsents {
            samu: self.samu.unwrap_or(c.samu),
            break_glass: self.break_glass.unwrap_or(c.break_glass),
            masked: self.masked.unwrap_or(c.masked),
        }
    }
}

/// The consents before and after a change, and whether it was written.
#[derive(Debug, Clone, Copy)]
pub struct ConsentUpdate {
    pub before: EmergencyConsents,
    pub after: EmergencyConsents,
    /// False when the consents already were so: nothing was written.
    pub written: bool,
}

/// Journal details of a set of consents.
fn details(c: &EmergencyConsents) -> Value {
    json!({
        "samu": word(c.samu),
        "break_glass": word(c.break_glass),
        "masked": word(c.masked),
    })
}

/// The policy's verdict on `c`, as a usage error (exit 2).
fn validate(c: &EmergencyConsents) -> Result<()> {
    // The policy's reason is its English; people read the catalogue's.
    policy::validate_emergency(c).map_err(|_| {
        Error::usage(
            crate::i18n::tr!("x-emergency-masked-alone"),
            crate::i18n::tr!("v-emergency-consents-hint"),
        )
    })
}

impl Vault {
    /// The holder's emergency consents.
    pub fn emergency_consents(&self) -> Result<EmergencyConsents> {
        store::emergency_consents(&*self.load()?)
    }

    /// Applies `change` (`emergency.set`, with the previous consents), if
    /// the policy allows the result (exit 2 otherwise). A change to what is
    /// already so writes nothing.
    pub fn set_emergency_consents(
        &self,
        actor: &JournalActor,
        change: &ConsentChange,
    ) -> Result<ConsentUpdate> {
        let current = self.emergency_consents()?;
        let wanted = change.apply(current);
        validate(&wanted)?;
        if wanted == current {
            return Ok(ConsentUpdate {
                before: current,
                after: current,
                written: false,
            });
        }
        self.write(|tx| {
            // Re-read under the lock: apply the change to what is there now.
            let before = store::emergency_consents(tx.conn)?;
            let after = change.apply(before);
            validate(&after)?;
            store::set_emergency_consents(tx.conn, &after)?;
            let mut d = details(&after);
            d["previous"] = details(&before);
            tx.journal(NewEntry::new(actor, Action::EmergencySet, None, d))?;
            Ok(ConsentUpdate {
                before,
                after,
                written: true,
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apply_changes_only_what_is_given() {
        let d = EmergencyConsents::default();
        assert!(ConsentChange::default().is_empty());
        assert_eq!(ConsentChange::default().apply(d), d);
        let change = ConsentChange {
            samu: Some(false),
            break_glass: None,
            masked: Some(true),
        };
        assert!(!change.is_empty());
        let c = change.apply(d);
        assert_eq!(
            c,
            EmergencyConsents {
                samu: false,
                break_glass: true,
                masked: true
            }
        );
        assert_eq!(
            details(&c),
            json!({"samu": "deny", "break_glass": "allow", "masked": "allow"})
        );
    }

    #[test]
    fn masked_allow_with_both_denied_is_rejected_by_the_policy() {
        let d = EmergencyConsents::default();
        let all_denied = ConsentChange {
            samu: Some(false),
            break_glass: Some(false),
            masked: None,
        };
        assert!(validate(&all_denied.apply(d)).is_ok());
        let masked_too = ConsentChange {
            masked: Some(true),
            ..all_denied
        };
        let e = validate(&masked_too.apply(d)).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.hint().contains("--masked deny"));
    }
}

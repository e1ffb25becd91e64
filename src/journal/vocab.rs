//! The journal's vocabulary: what was done ([`Action`]), by what kind of
//! actor ([`ActorKind`]) and in which mode ([`Mode`]). Each is written to
//! the journal as the exact string of `as_str`, which the hash chain
//! covers: renaming one would break every stored journal. Stored entries
//! are read back as strings (they come from outside: an older or newer
//! carnet may have written names this one does not know).

use serde::{Serialize, Serializer};

use crate::model::EmergencyMode;

/// An enum of fixed journal strings: `as_str`, `ALL`, `parse`, `Display`,
/// and `Serialize` as the string.
macro_rules! vocabulary {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $v:ident => $s:literal,)+ }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$vm])* $v,)+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$v,)+];

            /// The string stored in the journal.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$v => $s,)+
                }
            }

            /// The value stored as `s`, if this carnet knows it.
            pub fn parse(s: &str) -> Option<$name> {
                match s {
                    $($s => Some($name::$v),)+
                    _ => None,
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl PartialEq<$name> for str {
            fn eq(&self, other: &$name) -> bool {
                self == other.as_str()
            }
        }

        impl PartialEq<$name> for String {
            fn eq(&self, other: &$name) -> bool {
                self.as_str() == other.as_str()
            }
        }
    };
}

vocabulary! {
    /// What a journal entry records. The part before the first dot is its
    /// category (`journal --action doc` matches every `doc.*`).
    Action {
        DocAdd => "doc.add",
        DocView => "doc.view",
        DocEdit => "doc.edit",
        DocMask => "doc.mask",
        DocUnmask => "doc.unmask",
        DocRelease => "doc.release",
        DocDelete => "doc.delete",
        ProAdd => "pro.add",
        ProEdit => "pro.edit",
        ProRemove => "pro.remove",
        ProPrimary => "pro.primary",
        ProBlock => "pro.block",
        ProUnblock => "pro.unblock",
        GrantCreate => "grant.create",
        GrantRevoke => "grant.revoke",
        GrantExpire => "grant.expire",
        ExportCreate => "export.create",
        ExportRefused => "export.refused",
        BundleImport => "bundle.import",
        EmergencySet => "emergency.set",
        SettingsSet => "settings.set",
        Passwd => "passwd",
        KeyAdd => "key.add",
        KeyRemove => "key.remove",
        VaultInit => "vault.init",
        VaultRekey => "vault.rekey",
        VaultAccept => "vault.accept",
        /// A backup (`carnet backup`) taken, with this entry in it.
        VaultBackup => "vault.backup",
        /// A backup brought back (`carnet restore`): the first entry of
        /// the restored vault on this machine.
        VaultRestore => "vault.restore",
        UnlockFailed => "unlock.failed",
        ProfileCreate => "profile.create",
        ProfileHandover => "profile.handover",
        ProfileKey => "profile.key",
        ProfileGuardianAdd => "profile.guardian.add",
        ProfileGuardianRemove => "profile.guardian.remove",
        SyncMerge => "sync.merge",
        SyncConflict => "sync.conflict",
        VaultClone => "vault.clone",
        DeviceRemove => "device.remove",
        RemoteAdd => "remote.add",
        RemoteRemove => "remote.remove",
        MedicalAdd => "medical.add",
        MedicalEdit => "medical.edit",
        MedicalRemove => "medical.remove",
        MedicalSet => "medical.set",
        MedicalMask => "medical.mask",
        MedicalUnmask => "medical.unmask",
        /// Items of the inbox folded as duplicates or rejected (unauthenticated drops).
        InboxFold => "inbox.fold",
        /// The holder has seen an inbox import: it may now be exported.
        InboxAccept => "inbox.accept",
        /// An entry sealed whole for a minor (`vault::private`): what it
        /// says is inside its details.
        Sealed => "sealed",
        /// An emergency kit written (`carnet emergency kit`): its bundle,
        /// mode and directory, and whether the passphrase is on the card.
        EmergencyKit => "emergency.kit",
    }
}

vocabulary! {
    /// Who acted, as journaled in `actor.type`.
    ActorKind {
        Holder => "holder",
        /// A legal representative acting on a minor's vault.
        Guardian => "guardian",
        Professional => "professional",
        /// The SAMU or a break-glass reader of an emergency export.
        Emergency => "emergency",
        /// carnet itself (expiries, failed-unlock reports).
        System => "system",
        /// A document dropped in the inbox by a process holding no secret
        /// (unauthenticated: anyone who can write the vault folder).
        Inbox => "inbox",
    }
}

vocabulary! {
    /// Under which authority the action was done.
    Mode {
        Normal => "normal",
        /// Under a professional's grant.
        Grant => "grant",
        /// As the holder's primary (treating) professional.
        Primary => "primary",
        EmergencySamu => "emergency-samu",
        EmergencyBreakGlass => "emergency-break-glass",
    }
}

impl From<EmergencyMode> for Mode {
    fn from(m: EmergencyMode) -> Mode {
        match m {
            EmergencyMode::Samu => Mode::EmergencySamu,
            EmergencyMode::BreakGlass => Mode::EmergencyBreakGlass,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each string parses back to its value, no two values share a string,
    /// and the JSON form is the bare string (as journals store it).
    #[test]
    fn strings_round_trip_and_are_unique() {
        fn check<T: Copy + Eq + std::fmt::Debug + Serialize>(
            all: &[T],
            as_str: fn(T) -> &'static str,
            parse: fn(&str) -> Option<T>,
        ) {
            let mut seen = std::collections::HashSet::new();
            for &v in all {
                let s = as_str(v);
                assert!(seen.insert(s), "{s} twice");
                assert_eq!(parse(s), Some(v));
                assert_eq!(serde_json::to_string(&v).unwrap(), format!("\"{s}\""));
            }
            assert_eq!(parse("no.such"), None);
        }
        check(Action::ALL, Action::as_str, Action::parse);
        check(ActorKind::ALL, ActorKind::as_str, ActorKind::parse);
        check(Mode::ALL, Mode::as_str, Mode::parse);
        assert_eq!(Action::ALL.len(), 51);
    }

    /// An emergency export's mode is the string the model names it by.
    #[test]
    fn emergency_modes_match_the_model() {
        for m in [EmergencyMode::Samu, EmergencyMode::BreakGlass] {
            assert_eq!(Mode::from(m).as_str(), m.journal_mode());
        }
    }
}

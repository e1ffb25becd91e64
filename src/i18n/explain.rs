//! The library's facts in the user's language: why a rule decided, how
//! long is left, what an exit code means.
//!
//! The pure core keeps its English (`Rule::explain`, the exit table): the
//! journal and the JSON store those, the same in every language. What
//! people read is rendered here from the rule or the code, one catalogue
//! entry each (`x-…`); the tests below keep the English entries equal to
//! the pure core's text and every French entry present and translated.

use time::Duration;

use crate::error::exit;
use crate::fsutil::Kind;
use crate::i18n::{message_in, tr, Arg, Lang};
use crate::policy::Rule;
use crate::timefmt;

/// One sentence saying why `rule` decided, in the user's language.
pub fn rule(rule: Rule) -> String {
    match rule {
        Rule::Holder => tr!("x-rule-holder"),
        Rule::Guardian => tr!("x-rule-guardian"),
        Rule::GuardianHidden => tr!("x-rule-guardian-hidden"),
        Rule::Blocked => tr!("x-rule-blocked"),
        Rule::PrimaryDoctor => tr!("x-rule-primary-doctor"),
        Rule::Granted => tr!("x-rule-granted"),
        Rule::NoActiveGrant => tr!("x-rule-no-active-grant"),
        Rule::GrantExpired => tr!("x-rule-grant-expired"),
        Rule::GrantRevoked => tr!("x-rule-grant-revoked"),
        Rule::OutOfGrantScope => tr!("x-rule-out-of-grant-scope"),
        Rule::Masked => tr!("x-rule-masked"),
        Rule::MaskedAuthor => tr!("x-rule-masked-author"),
        Rule::MaskedPrimary => tr!("x-rule-masked-primary"),
        Rule::MaskedFrom => tr!("x-rule-masked-from"),
        Rule::EmergencyAllowed => tr!("x-rule-emergency-allowed"),
        Rule::EmergencyDenied => tr!("x-rule-emergency-denied"),
        Rule::EmergencyMaskedDenied => tr!("x-rule-emergency-masked-denied"),
        Rule::InvisiblePatient => tr!("x-rule-invisible-patient"),
        Rule::InboxUnseen => tr!("x-rule-inbox-unseen"),
    }
}

/// A remaining (or elapsed) time for people: `6d 23h`, `45m`; in French
/// `6 j 23 h`, `45 min`.
pub fn duration(d: Duration) -> String {
    duration_in(crate::i18n::lang(), d)
}

fn duration_in(lang: Lang, d: Duration) -> String {
    let s = timefmt::span(d);
    let n = |v: i64| Arg::from(v);
    let (id, args) = if s.days > 0 {
        ("x-duration-days", vec![("d", n(s.days)), ("h", n(s.hours))])
    } else if s.hours > 0 {
        (
            "x-duration-hours",
            vec![("h", n(s.hours)), ("m", n(s.minutes))],
        )
    } else if s.minutes > 0 {
        ("x-duration-minutes", vec![("m", n(s.minutes))])
    } else {
        ("x-duration-seconds", vec![("s", n(s.seconds))])
    };
    message_in(lang, id, &args)
}

/// What kind of file something is ("a directory", "a symbolic link"…),
/// for messages about files carnet found where it expected others.
pub fn file_kind(kind: Kind) -> String {
    match kind {
        Kind::File => tr!("x-kind-file"),
        Kind::Dir => tr!("x-kind-dir"),
        Kind::Link => tr!("x-kind-link"),
        Kind::Fifo => tr!("x-kind-fifo"),
        Kind::Socket => tr!("x-kind-socket"),
        Kind::CharDevice => tr!("x-kind-char-device"),
        Kind::BlockDevice => tr!("x-kind-block-device"),
        Kind::Unknown => tr!("x-kind-unknown"),
    }
}

/// Why age could not read a file, in the user's language (age's own
/// errors are English; a system error is said by its kind).
pub fn age_error(e: &age::DecryptError) -> String {
    use age::DecryptError as D;
    if crate::i18n::lang() == Lang::En {
        return e.to_string();
    }
    match e {
        D::InvalidHeader => tr!("y-age-invalid-header"),
        D::InvalidMac => tr!("y-age-invalid-mac"),
        D::UnknownFormat => tr!("y-age-unknown-format"),
        D::Io(io) => crate::i18n::os::describe(io),
        other => other.to_string(),
    }
}

/// Who acted, for the human journal (the journal and its JSON and CSV
/// keep `actor.type` as stored); a kind this carnet does not know (from
/// a newer device) is shown as stored.
pub fn actor_kind(kind: &str) -> String {
    use crate::journal::ActorKind as K;
    match K::parse(kind) {
        Some(K::Holder) => tr!("x-actor-holder"),
        Some(K::Guardian) => tr!("x-actor-guardian"),
        Some(K::Professional) => tr!("x-actor-professional"),
        Some(K::Emergency) => tr!("x-actor-emergency"),
        Some(K::System) => tr!("x-actor-system"),
        Some(K::Inbox) => tr!("x-actor-inbox"),
        None => kind.to_string(),
    }
}

/// Under which authority, for the human journal (stored form kept in
/// JSON and CSV).
pub fn mode(mode: &str) -> String {
    use crate::journal::Mode as M;
    match M::parse(mode) {
        Some(M::Normal) => tr!("x-mode-normal"),
        Some(M::Grant) => tr!("x-mode-grant"),
        Some(M::Primary) => tr!("x-mode-primary"),
        Some(M::EmergencySamu) => tr!("x-mode-emergency-samu"),
        Some(M::EmergencyBreakGlass) => tr!("x-mode-emergency-break-glass"),
        None => mode.to_string(),
    }
}

/// What an exit code means (`carnet --exit-codes`); `None` for a code
/// carnet does not use.
pub fn exit_code(code: i32) -> Option<String> {
    Some(match code {
        exit::OK => tr!("x-exit-ok"),
        exit::FAILURE => tr!("x-exit-failure"),
        exit::USAGE => tr!("x-exit-usage"),
        exit::UNLOCK => tr!("x-exit-unlock"),
        exit::NOT_FOUND => tr!("x-exit-not-found"),
        exit::POLICY => tr!("x-exit-policy"),
        exit::INTEGRITY => tr!("x-exit-integrity"),
        exit::BUSY => tr!("x-exit-busy"),
        exit::PARTLY_DONE => tr!("x-exit-partly-done"),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The catalogue's id of `rule`'s sentence, read back from [`rule`]'s
    /// table (so the tests cannot drift from it).
    fn id_of(r: Rule) -> String {
        format!("x-rule-{}", r.as_str().replace('_', "-"))
    }

    fn french(id: &str) -> Option<String> {
        super::super::catalogue(Lang::Fr).format(id, None)
    }

    /// A new rule gets a sentence in both languages: the English one is
    /// the pure core's own, the French one exists and is not English.
    #[test]
    fn every_rule_is_explained_in_french() {
        for r in Rule::ALL {
            let id = id_of(r);
            assert_eq!(message_in(Lang::En, &id, &[]), r.explain(), "{id}");
            let fr = french(&id).unwrap_or_else(|| panic!("no French for rule {r} ({id})"));
            assert_ne!(fr, r.explain(), "{id} is not translated");
            // English in the process language: `rule()` is the catalogue's.
            assert_eq!(rule(r), r.explain());
        }
    }

    #[test]
    fn every_exit_code_is_explained_in_french() {
        for (code, meaning) in exit::TABLE {
            assert_eq!(exit_code(*code).as_deref(), Some(*meaning), "{code}");
        }
        for id in [
            "x-exit-ok",
            "x-exit-failure",
            "x-exit-usage",
            "x-exit-unlock",
            "x-exit-not-found",
            "x-exit-policy",
            "x-exit-integrity",
            "x-exit-busy",
            "x-exit-partly-done",
        ] {
            let fr = french(id).unwrap_or_else(|| panic!("no French for {id}"));
            assert_ne!(fr, message_in(Lang::En, id, &[]), "{id}");
        }
        assert_eq!(exit_code(42), None);
    }

    /// In English the kinds read as fsutil's own words.
    #[test]
    fn file_kinds_in_english_are_fsutils() {
        for k in [
            Kind::File,
            Kind::Dir,
            Kind::Link,
            Kind::Fifo,
            Kind::Socket,
            Kind::CharDevice,
            Kind::BlockDevice,
            Kind::Unknown,
        ] {
            assert_eq!(file_kind(k), k.describe());
        }
    }

    #[test]
    fn durations_in_both_languages() {
        let cases = [
            (Duration::days(2), "2d 0h", "2 j 0 h"),
            (
                Duration::days(6) + Duration::hours(23),
                "6d 23h",
                "6 j 23 h",
            ),
            (
                Duration::hours(3) + Duration::minutes(5),
                "3h 5m",
                "3 h 5 min",
            ),
            (Duration::minutes(45), "45m", "45 min"),
            (Duration::seconds(12), "12s", "12 s"),
            (Duration::seconds(-5), "0s", "0 s"),
        ];
        for (d, en, fr) in cases {
            assert_eq!(duration_in(Lang::En, d), en);
            assert_eq!(duration_in(Lang::Fr, d), fr);
            assert_eq!(duration(d), en, "the process language is English");
        }
    }
}

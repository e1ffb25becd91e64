//! What the holder is told on unlock about the failed-unlock records the
//! vault folded into its journal (`vault::failed`).

use crate::vault::UnlockReport;

/// The warning about failed unlock attempts since the last unlock, if any.
pub fn failed_unlocks_warning(report: &UnlockReport) -> Option<String> {
    if report.is_empty() {
        return None;
    }
    let mut parts = Vec::new();
    if !report.failed_attempts.is_empty() {
        parts.push(crate::i18n::tr!(
            "c-unlock-failed-attempts",
            n = report.failed_attempts.len(),
            at = report.failed_attempts.join(", ")
        ));
    }
    if report.malformed > 0 {
        parts.push(crate::i18n::tr!(
            "c-unlock-malformed",
            n = report.malformed.to_string()
        ));
    }
    if report.unread > 0 {
        parts.push(crate::i18n::tr!(
            "c-unlock-unread",
            n = report.unread.to_string(),
            max = crate::vault::failed::MAX_FOLD.to_string()
        ));
    }
    Some(crate::i18n::tr!(
        "c-unlock-failed-warning",
        parts = parts.join("; ")
    ))
}

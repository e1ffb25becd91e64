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
        parts.push(format!(
            "{} failed unlock attempt(s): {}",
            report.failed_attempts.len(),
            report.failed_attempts.join(", ")
        ));
    }
    if report.malformed > 0 {
        parts.push(format!("{} malformed record(s), ignored", report.malformed));
    }
    if report.unread > 0 {
        parts.push(format!(
            "{} more record(s) counted but not read (at most {} are read per unlock)",
            report.unread,
            crate::vault::failed::MAX_FOLD
        ));
    }
    Some(format!(
        "since the last unlock of this vault: {}. These reports are unauthenticated: anyone who has the vault's public recipient and can write to its folder can plant one (journaled as unlock.failed)",
        parts.join("; ")
    ))
}

//! How a professional's records read for people.

/// In the minor's session, when other records of a professional she keeps
/// private name other recipients (a guardian's record of the same RPPS):
/// hers is the one used, and she should know the others exist.
pub fn other_records_warning(
    who: &str,
    mine: Option<&str>,
    others: &[Option<String>],
) -> Option<String> {
    if others.is_empty() {
        return None;
    }
    let theirs = others
        .iter()
        .map(|r| r.as_deref().unwrap_or("no recipient"))
        .collect::<Vec<_>>()
        .join(", ");
    let mine = mine.unwrap_or("none: a passphrase is asked");
    Some(format!(
        "{who} is also recorded by your guardians (or in a record you did not write) with a different recipient ({theirs}); carnet uses your own record, and your exports for them are encrypted to its recipient ({mine}). Check with the professional that this recipient is theirs."
    ))
}

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
        .map(|r| {
            r.clone()
                .unwrap_or_else(|| crate::i18n::tr!("c-pro-no-recipient"))
        })
        .collect::<Vec<_>>()
        .join(", ");
    let mine = mine
        .map(str::to_string)
        .unwrap_or_else(|| crate::i18n::tr!("c-pro-no-recipient-mine"));
    Some(crate::i18n::tr!(
        "c-pro-other-records",
        who = who,
        theirs = theirs,
        mine = mine
    ))
}

/// Who an RPPS is, for people: the name this vault knows for it with the
/// number (`Dr Marie Dubois (10003456786)`), or the number alone when the
/// professional is not known. JSON keeps the bare RPPS.
#[derive(Debug, Default)]
pub struct Names(std::collections::HashMap<String, String>);

impl Names {
    pub fn of(pros: &[crate::model::Professional]) -> Self {
        Names(
            pros.iter()
                .filter(|p| !p.name.trim().is_empty())
                .map(|p| (p.rpps.to_string(), p.name.clone()))
                .collect(),
        )
    }

    /// The name known for `rpps`, if any.
    pub fn name(&self, rpps: &str) -> Option<&str> {
        self.0.get(rpps).map(String::as_str)
    }

    /// `Name (RPPS)`, or `RPPS` alone when no name is known.
    pub fn label(&self, rpps: &str) -> String {
        match self.name(rpps) {
            Some(n) => format!("{n} ({rpps})"),
            None => rpps.to_string(),
        }
    }

    /// [`Names::label`] of a value that may be an RPPS (a journal target):
    /// other values as they are.
    pub fn label_if_known(&self, value: &str) -> String {
        match self.name(value) {
            Some(n) => format!("{n} ({value})"),
            None => value.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_names_with_their_number_unknown_as_the_number() {
        let mut n = Names::default();
        n.0.insert("10003456786".into(), "Dr Marie Dubois".into());
        assert_eq!(n.label("10003456786"), "Dr Marie Dubois (10003456786)");
        assert_eq!(n.label("10100000008"), "10100000008");
        assert_eq!(n.label_if_known("D-12"), "D-12");
    }
}

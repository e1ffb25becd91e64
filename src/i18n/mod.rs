//! Messages in the user's language (issue 17): English or French, chosen
//! once at start-up from `CARNET_LANG`, else `LC_ALL`, `LC_MESSAGES`,
//! `LANG` (`fr*` → French), else English.
//!
//! Catalogues are Project Fluent files (`locales/*.ftl`) embedded in the
//! binary and parsed only when a first message is asked for, so that a
//! command that prints nothing translated pays nothing at start-up. JSON,
//! exit codes, rule names, action names and type short names never go
//! through here: they are the same in every language.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub mod explain;
pub mod os;

/// The languages carnet speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Fr,
}

static LANG: OnceLock<Lang> = OnceLock::new();

/// The language of this process: what [`init`] chose, else English (the
/// library used without `main`, and its unit tests).
pub fn lang() -> Lang {
    LANG.get().copied().unwrap_or(Lang::En)
}

/// Chooses the language once, from the environment; `--json` output is for
/// programs, so under it every message stays English (the JSON of a run is
/// the same whatever the locale). Later calls change nothing.
pub fn init(json: bool) -> Lang {
    let chosen = if json {
        Lang::En
    } else {
        detect(|k| std::env::var(k).ok())
    };
    *LANG.get_or_init(|| chosen)
}

/// The language the variables select: `CARNET_LANG`, else the first set
/// of `LC_ALL`, `LC_MESSAGES`, `LANG` (POSIX order); `fr…` is French,
/// anything else English.
pub fn detect(var: impl Fn(&str) -> Option<String>) -> Lang {
    let pick = ["CARNET_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|k| var(k).filter(|v| !v.trim().is_empty()));
    match pick {
        Some(v) if v.trim().to_ascii_lowercase().starts_with("fr") => Lang::Fr,
        _ => Lang::En,
    }
}

/// The catalogues, as compiled in.
pub const EN_FTL: &str = include_str!("../../locales/en.ftl");
pub const FR_FTL: &str = include_str!("../../locales/fr.ftl");
/// French `--help` and man pages; English comes from clap itself.
pub const HELP_FR_FTL: &str = include_str!("../../locales/help-fr.ftl");

/// A parsed catalogue.
pub type Bundle = FluentBundle<FluentResource>;

fn bundle(tag: &str, sources: &[&str]) -> Bundle {
    let id: unic_langid::LanguageIdentifier = tag.parse().expect("a valid language tag");
    let mut b = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks would reach the terminal as invisible bytes.
    b.set_use_isolating(false);
    for src in sources {
        // A broken catalogue fails the tests (tests below), not a user.
        let res = FluentResource::try_new(src.to_string()).unwrap_or_else(|(r, _)| r);
        let _ = b.add_resource(res);
    }
    b
}

/// A catalogue parsed message by message, each the first time it is asked
/// for: parsing all of `en.ftl` (1,600 lines) took about 1.7 ms of every
/// command that prints one word, a tenth of a `carnet add`. Messages here
/// stand alone (no terms, no references to other messages: a test keeps
/// it so), so one message's lines parse alone to what the whole file
/// gives (a test compares every message both ways).
struct Lazy {
    ftl: &'static str,
    bundle: std::sync::Mutex<Bundle>,
}

impl Lazy {
    fn new(tag: &str, ftl: &'static str) -> Lazy {
        Lazy {
            ftl,
            bundle: std::sync::Mutex::new(bundle(tag, &[])),
        }
    }

    /// Message `id` formatted, parsing its lines first if needed.
    fn format(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let mut b = self.bundle.lock().unwrap_or_else(|e| e.into_inner());
        if !b.has_message(id) {
            let src = message_source(self.ftl, id)?;
            let res = FluentResource::try_new(src.to_string()).unwrap_or_else(|(r, _)| r);
            let _ = b.add_resource(res);
        }
        format_in(&b, id, args)
    }
}

/// The lines of message `id` in a catalogue: the line `id = …` and the
/// lines after it, up to the next entry or comment.
fn message_source(ftl: &'static str, id: &str) -> Option<&'static str> {
    let bytes = ftl.as_bytes();
    let mut from = 0;
    while let Some(i) = ftl[from..].find(id) {
        let at = from + i;
        from = at + 1;
        let starts_line = at == 0 || bytes[at - 1] == b'\n';
        if !starts_line
            || !ftl[at + id.len()..]
                .trim_start_matches(' ')
                .starts_with('=')
        {
            continue;
        }
        let mut end = at;
        while let Some(n) = ftl[end..].find('\n') {
            end += n + 1;
            // An entry starts with its id (or `-` for a term), a comment
            // with `#`; anything else (indented text, a select's closing
            // brace) continues the message.
            if bytes
                .get(end)
                .is_none_or(|b| b.is_ascii_alphabetic() || matches!(b, b'-' | b'#'))
            {
                return Some(&ftl[at..end]);
            }
        }
        return Some(&ftl[at..]);
    }
    None
}

fn catalogue(lang: Lang) -> &'static Lazy {
    static EN: OnceLock<Lazy> = OnceLock::new();
    static FR: OnceLock<Lazy> = OnceLock::new();
    match lang {
        Lang::En => EN.get_or_init(|| Lazy::new("en", EN_FTL)),
        Lang::Fr => FR.get_or_init(|| Lazy::new("fr", FR_FTL)),
    }
}

/// French help texts, parsed on the first `--help` in French.
pub fn help_catalogue() -> &'static Bundle {
    static HELP: OnceLock<Bundle> = OnceLock::new();
    HELP.get_or_init(|| bundle("fr", &[HELP_FR_FTL]))
}

pub fn format_in(b: &Bundle, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let pattern = b.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(b.format_pattern(pattern, args, &mut errors).into_owned())
}

/// Message `id` in the current language, with named arguments; English
/// when French lacks it, and the id itself when both do (a test keeps
/// both catalogues complete, so neither happens in a release).
pub fn message(id: &str, args: &[(&str, Arg)]) -> String {
    message_in(lang(), id, args)
}

/// [`message`] in a given language.
pub fn message_in(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let fargs = (!args.is_empty()).then(|| {
        let mut a = FluentArgs::new();
        for (k, v) in args {
            a.set(*k, v.to_fluent());
        }
        a
    });
    catalogue(lang)
        .format(id, fargs.as_ref())
        .or_else(|| catalogue(Lang::En).format(id, fargs.as_ref()))
        .unwrap_or_else(|| id.to_string())
}

/// A message argument: text, or a number (which French plurals select on).
#[derive(Debug, Clone)]
pub enum Arg {
    Str(String),
    Num(f64),
}

impl Arg {
    fn to_fluent(&self) -> FluentValue<'static> {
        match self {
            Arg::Str(s) => FluentValue::from(s.clone()),
            Arg::Num(n) => FluentValue::from(*n),
        }
    }
}

macro_rules! arg_from_num {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Num(n as f64)
            }
        }
    )*};
}
arg_from_num!(u8, u16, u32, u64, usize, i32, i64);

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Str(s.clone())
    }
}
impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_string())
    }
}

/// `tr!("id")` or `tr!("id", name = value, …)`: a message of the catalogue
/// in the current language. Values are text (`Display` it first) or numbers.
macro_rules! tr {
    ($id:literal) => {
        $crate::i18n::message($id, &[])
    };
    ($id:literal, $($k:ident = $v:expr),+ $(,)?) => {
        $crate::i18n::message($id, &[$((stringify!($k), $crate::i18n::Arg::from($v))),+])
    };
}
pub(crate) use tr;

/// A table column header in the current language (the English header is
/// the key: every table of `cli`/`commands` passes its headers through).
pub fn column(header: &str) -> String {
    if lang() == Lang::En {
        return header.to_string();
    }
    match header {
        "ACTION" => crate::i18n::tr!("col-action"),
        "ACTOR" => crate::i18n::tr!("col-actor"),
        "ADDED" => crate::i18n::tr!("col-added"),
        "AGE" => crate::i18n::tr!("col-age"),
        "AT" => crate::i18n::tr!("col-at"),
        "AUTHOR" => crate::i18n::tr!("col-author"),
        "BORN" => crate::i18n::tr!("col-born"),
        "CODE" => crate::i18n::tr!("col-code"),
        "CONSENT" => crate::i18n::tr!("col-consent"),
        "DATE" => crate::i18n::tr!("col-date"),
        "DEFAULT" => crate::i18n::tr!("col-default"),
        "DETAILS" => crate::i18n::tr!("col-details"),
        "DEVICE" => crate::i18n::tr!("col-device"),
        "DOCUMENT" => crate::i18n::tr!("col-document"),
        "FLAGS" => crate::i18n::tr!("col-flags"),
        "GRANT" => crate::i18n::tr!("col-grant"),
        "GUARDIANS" => crate::i18n::tr!("col-guardians"),
        "HOLDER" => crate::i18n::tr!("col-holder"),
        "ID" => crate::i18n::tr!("col-id"),
        "KIND" => crate::i18n::tr!("col-kind"),
        "LABEL" => crate::i18n::tr!("col-label"),
        "LAST CHANGE SEEN" => crate::i18n::tr!("col-last-change-seen"),
        "LAST SYNC" => crate::i18n::tr!("col-last-sync"),
        "MEANING" => crate::i18n::tr!("col-meaning"),
        "MODE" => crate::i18n::tr!("col-mode"),
        "NAME" => crate::i18n::tr!("col-name"),
        "PATH" => crate::i18n::tr!("col-path"),
        "PINNED" => crate::i18n::tr!("col-pinned"),
        "PROFESSIONAL" => crate::i18n::tr!("col-professional"),
        "PROFILE" => crate::i18n::tr!("col-profile"),
        "RECIPIENT" => crate::i18n::tr!("col-recipient"),
        "ROLE" => crate::i18n::tr!("col-role"),
        "RPPS" => crate::i18n::tr!("col-rpps"),
        "RULE" => crate::i18n::tr!("col-rule"),
        "SEQ" => crate::i18n::tr!("col-seq"),
        "SETTING" => crate::i18n::tr!("col-setting"),
        "SIZE" => crate::i18n::tr!("col-size"),
        "SPECIALTY" => crate::i18n::tr!("col-specialty"),
        "STATE" => crate::i18n::tr!("col-state"),
        "TAGS" => crate::i18n::tr!("col-tags"),
        "TARGET" => crate::i18n::tr!("col-target"),
        "TITLE" => crate::i18n::tr!("col-title"),
        "TYPE" => crate::i18n::tr!("col-type"),
        "URL" => crate::i18n::tr!("col-url"),
        "VALUE" => crate::i18n::tr!("col-value"),
        "VAULT ID" => crate::i18n::tr!("col-vault-id"),
        "VISIBLE" => crate::i18n::tr!("col-visible"),
        "WHO" => crate::i18n::tr!("col-who"),
        other => other.to_string(),
    }
}

/// A label of `carnet show`'s human view in the current language.
pub fn field(label: &str) -> String {
    if lang() == Lang::En {
        return label.to_string();
    }
    match label {
        "ID" => crate::i18n::tr!("field-id"),
        "Title" => crate::i18n::tr!("field-title"),
        "Type" => crate::i18n::tr!("field-type"),
        "Date" => crate::i18n::tr!("field-date"),
        "Author" => crate::i18n::tr!("field-author"),
        "Tags" => crate::i18n::tr!("field-tags"),
        "Confidentiality" => crate::i18n::tr!("field-confidentiality"),
        "Masked from" => crate::i18n::tr!("field-masked-from"),
        "File" => crate::i18n::tr!("field-file"),
        "SHA-256" => crate::i18n::tr!("field-sha-256"),
        "Added" => crate::i18n::tr!("field-added"),
        "Origin" => crate::i18n::tr!("field-origin"),
        "Holder" => crate::i18n::tr!("field-holder"),
        "Acting as" => crate::i18n::tr!("field-acting-as"),
        "Guardians" => crate::i18n::tr!("field-guardians"),
        "Handed over" => crate::i18n::tr!("field-handed-over"),
        "Documents" => crate::i18n::tr!("field-documents"),
        "Professionals" => crate::i18n::tr!("field-professionals"),
        "Active grants" => crate::i18n::tr!("field-active-grants"),
        "Remote" => crate::i18n::tr!("field-remote"),
        "Devices" => crate::i18n::tr!("field-devices"),
        "Journal" => crate::i18n::tr!("field-journal"),
        "Sealed" => crate::i18n::tr!("field-sealed"),
        "Failed unlocks" => crate::i18n::tr!("field-failed-unlocks"),
        "Emergency" => crate::i18n::tr!("field-emergency"),
        "Unlock methods" => crate::i18n::tr!("field-unlock-methods"),
        "Signing key" => crate::i18n::tr!("field-signing-key"),
        "Emergency kit" => crate::i18n::tr!("field-emergency-kit"),
        other => other.to_string(),
    }
}

/// The message ids of a catalogue, in file order.
pub fn ids(ftl: &str) -> Vec<String> {
    let res = FluentResource::try_new(ftl.to_string()).unwrap_or_else(|(r, _)| r);
    res.entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// Whether a catalogue parses without an error.
pub fn parse_errors(ftl: &str) -> Vec<String> {
    match FluentResource::try_new(ftl.to_string()) {
        Ok(_) => Vec::new(),
        Err((_, errs)) => errs.iter().map(|e| format!("{e:?}")).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |k| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    /// Each message parsed alone formats as in the whole catalogue (so no
    /// message leans on a term or another message, and the lines found
    /// for an id are all of its lines), with and without arguments.
    #[test]
    fn a_message_parsed_alone_is_the_whole_catalogue_s() {
        for (tag, ftl) in [("en", EN_FTL), ("fr", FR_FTL)] {
            let whole = bundle(tag, &[ftl]);
            let lazy = Lazy::new(tag, ftl);
            let mut args = FluentArgs::new();
            for k in [
                "n", "id", "path", "name", "count", "title", "at", "date", "error",
            ] {
                args.set(k, FluentValue::from(2));
            }
            for id in ids(ftl) {
                for a in [None, Some(&args)] {
                    assert_eq!(lazy.format(&id, a), format_in(&whole, &id, a), "{tag} {id}");
                }
            }
            assert_eq!(lazy.format("no-such-message", None), None);
        }
    }

    #[test]
    fn catalogues_parse_without_errors() {
        for (name, ftl) in [("en", EN_FTL), ("fr", FR_FTL), ("help-fr", HELP_FR_FTL)] {
            assert_eq!(parse_errors(ftl), Vec::<String>::new(), "{name}.ftl");
            assert!(ids(ftl).len() > 2, "{name}.ftl is empty");
        }
    }

    /// A message in one language only would show English to a French user
    /// (or the id itself to an English one).
    #[test]
    fn catalogues_have_the_same_ids() {
        let en: std::collections::BTreeSet<String> = ids(EN_FTL).into_iter().collect();
        let fr: std::collections::BTreeSet<String> = ids(FR_FTL).into_iter().collect();
        let only_en: Vec<_> = en.difference(&fr).collect();
        let only_fr: Vec<_> = fr.difference(&en).collect();
        assert!(only_en.is_empty(), "in en.ftl only: {only_en:?}");
        assert!(only_fr.is_empty(), "in fr.ftl only: {only_fr:?}");
        assert_eq!(ids(EN_FTL).len(), en.len(), "an id twice in en.ftl");
        assert_eq!(ids(FR_FTL).len(), fr.len(), "an id twice in fr.ftl");
    }

    /// Both languages format every message with the same arguments, and
    /// French uses no variable English does not pass.
    #[test]
    fn french_uses_only_the_arguments_english_does() {
        let vars = |ftl: &str, id: &str| -> std::collections::BTreeSet<String> {
            let res = FluentResource::try_new(ftl.to_string()).unwrap_or_else(|(r, _)| r);
            let text = res
                .entries()
                .find_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) if m.id.name == id => {
                        Some(format!("{m:?}"))
                    }
                    _ => None,
                })
                .unwrap_or_default();
            text.split("VariableReference { id: Identifier { name: \"")
                .skip(1)
                .filter_map(|t| t.split('"').next())
                .map(str::to_string)
                .collect()
        };
        assert_eq!(
            vars(EN_FTL, "err-no-pro").into_iter().collect::<Vec<_>>(),
            ["rpps"]
        );
        for id in ids(EN_FTL) {
            let (en, fr) = (vars(EN_FTL, &id), vars(FR_FTL, &id));
            assert!(
                fr.is_subset(&en),
                "{id}: French uses {fr:?}, English {en:?}"
            );
        }
    }

    fn rust_sources(dir: &std::path::Path, out: &mut String) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                rust_sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push_str(&std::fs::read_to_string(&path).unwrap());
            }
        }
    }

    /// An entry no code asks for is dead weight a translator would still
    /// keep up to date: every id appears in src/ as a string literal.
    #[test]
    fn every_catalogue_entry_is_used() {
        let mut src = String::new();
        rust_sources(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut src,
        );
        let unused: Vec<String> = ids(EN_FTL)
            .into_iter()
            .filter(|id| !src.contains(&format!("\"{id}\"")))
            .collect();
        assert!(
            unused.is_empty(),
            "catalogue entries used nowhere in src/: {unused:?}"
        );
    }

    /// An id asked for in src/ but in no catalogue shows as the id itself
    /// (a rename, or branches merged after one dropped an entry).
    #[test]
    fn every_id_asked_for_is_in_the_catalogue() {
        let mut src = String::new();
        rust_sources(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut src,
        );
        let known: std::collections::BTreeSet<String> = ids(EN_FTL).into_iter().collect();
        let missing: std::collections::BTreeSet<&str> = src
            .match_indices("tr!(\"")
            // `include_str!(` is no `tr!(`; nor is the macro's own example.
            .filter(|(at, _)| {
                !src[..*at].ends_with(|c: char| c.is_alphanumeric() || c == '_')
                    && !src[..*at].ends_with("`")
            })
            .filter_map(|(at, m)| src[at + m.len()..].split('"').next())
            .filter(|id| !known.contains(*id))
            .collect();
        assert!(missing.is_empty(), "ids in no catalogue: {missing:?}");
    }

    /// A French entry word for word the English one is an entry nobody
    /// translated (the tour's leak test cannot see it: it trusts fr.ftl),
    /// except the few that are the same in both languages.
    #[test]
    fn french_entries_are_translated() {
        const SAME: &[&str] = &[
            "col-action",
            "col-code",
            "col-date",
            "col-document",
            "col-id",
            "col-mode",
            "col-rpps",
            "col-type",
            "col-url",
            "col-visible",
            "field-id",
            "field-type",
            "field-date",
            "field-sha-256",
            "field-documents",
            "cause-label",
            // carnet is carnet, and "normal" is the same word in French.
            "x-actor-system",
            "x-mode-normal",
        ];
        let untranslated: Vec<String> = ids(EN_FTL)
            .into_iter()
            .filter(|id| !SAME.contains(&id.as_str()))
            .filter(|id| message_in(Lang::En, id, &[]) == message_in(Lang::Fr, id, &[]))
            .collect();
        assert!(
            untranslated.is_empty(),
            "French = English for {untranslated:?}"
        );
        for id in SAME {
            assert!(ids(EN_FTL).contains(&id.to_string()), "{id} is no id");
        }
    }

    #[test]
    fn french_plurals_and_fallback() {
        assert_eq!(message_in(Lang::Fr, "no-such-id", &[]), "no-such-id");
        assert_eq!(
            message_in(Lang::Fr, "err-no-document", &[("id", Arg::from("7fq2"))]),
            "aucun document avec l'identifiant 7fq2"
        );
        assert_eq!(
            message_in(Lang::En, "err-no-document", &[("id", Arg::from("7fq2"))]),
            "no document with ID 7fq2"
        );
    }

    #[test]
    fn carnet_lang_wins_then_the_posix_order() {
        assert_eq!(detect(env(&[])), Lang::En);
        assert_eq!(detect(env(&[("LANG", "fr_FR.UTF-8")])), Lang::Fr);
        assert_eq!(detect(env(&[("LANG", "fr_CA")])), Lang::Fr);
        assert_eq!(detect(env(&[("LANG", "de_DE.UTF-8")])), Lang::En);
        assert_eq!(
            detect(env(&[("CARNET_LANG", "en"), ("LANG", "fr_FR.UTF-8")])),
            Lang::En
        );
        assert_eq!(
            detect(env(&[("CARNET_LANG", "fr"), ("LC_ALL", "C")])),
            Lang::Fr
        );
        assert_eq!(
            detect(env(&[
                ("LC_ALL", "C"),
                ("LC_MESSAGES", "fr_FR"),
                ("LANG", "fr_FR")
            ])),
            Lang::En
        );
        assert_eq!(
            detect(env(&[("LC_ALL", ""), ("LC_MESSAGES", "fr_FR.UTF-8")])),
            Lang::Fr
        );
    }
}

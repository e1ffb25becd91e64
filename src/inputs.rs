//! The files `carnet add` (and `carnet inbox add`) reads: a directory
//! walked (following links is an explicit choice), each input checked to
//! be a non-empty regular file before anything is encrypted, every bad one
//! reported with its path; and what each becomes (the flags, its sidecar,
//! its name), before the vault is unlocked.

use std::fs::File;
use std::io::{IsTerminal, Read};
use std::os::unix::fs::FileTypeExt;
use std::path::{Path, PathBuf};

use crate::error::{Error, IoContext, Result};
use crate::media;
use crate::model::DocType;
use crate::sidecar;
use crate::timefmt;
use crate::vault::add::NewDoc;

/// One input of `carnet add`: stdin (`-`) or a file.
pub enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    /// The input as JSON results and messages name it: its path, or `-`.
    pub fn name(&self) -> String {
        match self {
            Source::Stdin => "-".into(),
            Source::File(p) => p.display().to_string(),
        }
    }
}

/// An input refused before anything is written, with its path.
pub struct Problem {
    /// The path as given or found under a directory (`-` for stdin).
    pub source: String,
    pub error: Error,
}

/// The inputs named by `paths`: files, the files under a directory with
/// `recursive` (walked by [`walk`]), and `-` once, after `stdin_ok`
/// accepted it. Every input is checked (nothing read yet) and each bad one
/// becomes a [`Problem`], so a script learns of all of them in one run.
/// Sidecars beside their document are left out (`warn` says so when one
/// was named), and so is an orphan sidecar (`gone.pdf.yaml` without
/// `gone.pdf`: metadata of nothing, never a document); so are the links
/// `walk` skips. Errors of the command line itself (stdin twice, stdin
/// refused) are returned at once.
pub fn collect(
    paths: &[PathBuf],
    recursive: bool,
    follow_symlinks: bool,
    mut stdin_ok: impl FnMut() -> Result<()>,
    mut warn: impl FnMut(String),
) -> Result<(Vec<Source>, Vec<Problem>)> {
    let mut sources: Vec<Source> = Vec::new();
    let mut problems: Vec<Problem> = Vec::new();
    let mut stdin_seen = false;
    let file = |p: &Path,
                sources: &mut Vec<Source>,
                problems: &mut Vec<Problem>,
                warn: &mut dyn FnMut(String)| {
        if sidecar::is_sidecar_of_existing(p) {
            return;
        }
        if sidecar::is_orphan_sidecar(p) {
            warn(format!(
                "{} is a sidecar whose document is missing; a sidecar is never added as a document",
                p.display()
            ));
            return;
        }
        match check_file(p) {
            Ok(()) => sources.push(Source::File(p.to_path_buf())),
            Err(error) => problems.push(Problem {
                source: p.display().to_string(),
                error,
            }),
        }
    };
    for p in paths {
        if p.as_os_str() == "-" {
            if stdin_seen {
                return Err(Error::usage(
                    crate::i18n::tr!("v-stdin-twice"),
                    crate::i18n::tr!("v-stdin-twice-hint"),
                ));
            }
            stdin_ok()?;
            stdin_seen = true;
            sources.push(Source::Stdin);
            continue;
        }
        let meta = match std::fs::metadata(p) {
            Ok(m) => m,
            Err(e) => {
                problems.push(Problem {
                    source: p.display().to_string(),
                    error: Error::usage(
                        crate::i18n::tr!(
                            "v-cannot-add",
                            path = p.display().to_string(),
                            why = io_reason(&e)
                        ),
                        crate::i18n::tr!("v-check-path-hint"),
                    ),
                });
                continue;
            }
        };
        if meta.is_dir() {
            if !recursive {
                problems.push(Problem {
                    source: p.display().to_string(),
                    error: Error::usage(
                        crate::i18n::tr!("v-output-is-dir", path = p.display().to_string()),
                        crate::i18n::tr!("v-add-dir-hint"),
                    ),
                });
                continue;
            }
            let mut files = Vec::new();
            let mut skipped = Vec::new();
            if let Err(error) = walk(p, follow_symlinks, &mut files, &mut skipped) {
                problems.push(Problem {
                    source: p.display().to_string(),
                    error,
                });
            }
            for w in skipped {
                warn(w);
            }
            for f in files {
                file(&f, &mut sources, &mut problems, &mut warn);
            }
        } else {
            if sidecar::is_sidecar_of_existing(p) {
                warn(format!(
                    "{} is a sidecar (metadata of the file beside it); not added",
                    p.display()
                ));
                continue;
            }
            file(p, &mut sources, &mut problems, &mut warn);
        }
    }
    if sources.is_empty() && problems.is_empty() {
        return Err(Error::usage(
            crate::i18n::tr!("v-nothing-to-add"),
            crate::i18n::tr!("v-nothing-to-add-hint"),
        ));
    }
    Ok((sources, problems))
}

/// Stdin as a document: a document from stdin has no name to guess its
/// type from, so its first bytes tell text from binary (what `get` may
/// print on a terminal). They stay buffered in the returned reader (`None`
/// on a terminal: read stdin itself, typed in as text).
pub fn sniff_stdin() -> Result<(Option<Box<dyn Read + Send>>, &'static str)> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        return Ok((None, "text/plain")); // typed in
    }
    // Up to 8 KiB (or the end), however the pipe delivers it; the sample is
    // plaintext, wiped once read.
    let mut head = zeroize::Zeroizing::new(vec![0u8; 8 * 1024]);
    let mut stdin = stdin;
    let n = crate::fsutil::read_full(&mut stdin, &mut head)
        .ctx(|| crate::i18n::tr!("io-reading-stdin"))?;
    head.truncate(n);
    if n == 0 {
        return Err(empty_input("- (stdin)"));
    }
    let media_type = if media::looks_like_text(&head) {
        "text/plain"
    } else {
        media::OCTET_STREAM
    };
    Ok((
        Some(Box::new(std::io::Cursor::new(head).chain(stdin))),
        media_type,
    ))
}

/// What the flags of `carnet add` say for every document (checked).
pub struct Given {
    pub title: Option<String>,
    pub doc_type: Option<DocType>,
    pub date: Option<String>,
    pub author: Option<String>,
    pub tags: Vec<String>,
    pub masked: bool,
    pub hidden_from_guardians: bool,
}

fn date_from_name(name: &str) -> Option<String> {
    name.get(..10)
        .and_then(timefmt::parse_ymd)
        .map(timefmt::ymd)
}

fn mtime_date(p: &Path) -> Option<String> {
    let t = std::fs::metadata(p).ok()?.modified().ok()?;
    let t = time::OffsetDateTime::from(t);
    Some(timefmt::ymd(timefmt::local_date(t)))
}

/// The new document for one input: the flags first, then its sidecar, then
/// what its name (a leading `YYYY-MM-DD`, the stem as title) and its file
/// (the modification date) say, then `today`. `stdin_type`: the media type
/// sniffed from stdin.
pub fn new_doc(s: &Source, given: &Given, stdin_type: &str, today: &str) -> Result<NewDoc> {
    new_doc_declared(s, given, stdin_type, today).map(|(d, _)| d)
}

/// Which metadata of a new document a flag or its sidecar stated (rather
/// than guessed from its name or file): what `add` compares with a
/// duplicate already in the vault, and what `--update` applies to it.
#[derive(Debug, Clone, Copy, Default)]
pub struct Declared {
    pub title: bool,
    pub doc_type: bool,
    pub date: bool,
    pub tags: bool,
    pub masked: bool,
}

impl Declared {
    pub fn any(&self) -> bool {
        self.title || self.doc_type || self.date || self.tags || self.masked
    }
}

/// As [`new_doc`], also saying which fields were [`Declared`].
pub fn new_doc_declared(
    s: &Source,
    given: &Given,
    stdin_type: &str,
    today: &str,
) -> Result<(NewDoc, Declared)> {
    let (name, side, path) = match s {
        Source::Stdin => ("stdin".to_string(), None, None),
        Source::File(p) => (
            // The name is stored and shown: control and bidi characters in
            // it are replaced (the file itself is still read).
            crate::text::replace_unsafe(
                &p.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                '_',
            ),
            sidecar::read_for(p)?,
            Some(p.as_path()),
        ),
    };
    let side = side.unwrap_or_default();
    let declared = Declared {
        title: given.title.is_some() || side.title.is_some(),
        doc_type: given.doc_type.is_some() || side.doc_type.is_some(),
        date: given.date.is_some() || side.date.is_some(),
        tags: !given.tags.is_empty() || !side.tags.is_empty(),
        masked: given.masked || side.masked.is_some(),
    };
    let stem = Path::new(&name)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| name.clone());
    let title = given.title.clone().or(side.title.clone()).unwrap_or(stem);
    let date = given
        .date
        .clone()
        .or(side.date.clone())
        .or_else(|| date_from_name(&name))
        .or_else(|| path.and_then(mtime_date))
        .unwrap_or_else(|| today.to_string());
    let mut tags = side.tags.clone();
    for t in &given.tags {
        if !tags.contains(t) {
            tags.push(t.clone());
        }
    }
    let doc = NewDoc {
        title: title.trim().to_string(),
        doc_type: given
            .doc_type
            .or(side.doc_type)
            .unwrap_or_else(DocType::other),
        date,
        author: given.author.clone().or(side.author.clone()),
        tags,
        masked: given.masked || side.masked.unwrap_or(false),
        masked_from: Vec::new(),
        hidden_from_guardians: given.hidden_from_guardians,
        invisible_patient_until: None,
        media_type: if matches!(s, Source::Stdin) {
            stdin_type.into()
        } else {
            media::type_of_name(&name)
        },
        filename: name,
    };
    Ok((doc, declared))
}

/// Collects the files under `dir` (sorted, hidden files skipped). Links
/// are an explicit choice: without `follow`, a link is skipped with a
/// warning (a tree must not pull in `/etc/passwd` through a link); with
/// it, links to files are followed. Links to directories are never
/// followed (loops), and a dangling link is skipped with a warning rather
/// than failing the whole import. `skipped` gets one line per link left out.
pub fn walk(
    dir: &Path,
    follow: bool,
    out: &mut Vec<PathBuf>,
    skipped: &mut Vec<String>,
) -> Result<()> {
    let rd = std::fs::read_dir(dir).map_err(|e| {
        Error::usage(
            crate::i18n::tr!(
                "v-cannot-read-dir",
                path = dir.display().to_string(),
                detail = crate::i18n::os::describe(&e)
            ),
            crate::i18n::tr!("v-cannot-read-dir-hint"),
        )
    })?;
    let mut entries: Vec<PathBuf> = rd.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with('.') {
            continue; // hidden files (.DS_Store, editor swap files)
        }
        let ft = std::fs::symlink_metadata(&p).map(|m| m.file_type());
        match ft {
            Ok(ft) if ft.is_dir() => walk(&p, follow, out, skipped)?,
            Ok(ft) if ft.is_symlink() => match std::fs::metadata(&p) {
                Err(_) => skipped.push(format!("{}: a dangling link, skipped", p.display())),
                Ok(m) if m.is_dir() => skipped.push(format!(
                    "{}: a link to a directory, not followed",
                    p.display()
                )),
                Ok(_) if follow => out.push(p),
                Ok(_) => skipped.push(format!(
                    "{}: a link, skipped (pass --follow-symlinks to add what links point to)",
                    p.display()
                )),
            },
            _ => out.push(p),
        }
    }
    Ok(())
}

pub fn check_file(p: &Path) -> Result<()> {
    let meta = std::fs::metadata(p).map_err(|e| {
        Error::usage(
            crate::i18n::tr!(
                "v-cannot-add",
                path = p.display().to_string(),
                why = io_reason(&e)
            ),
            crate::i18n::tr!("v-check-path-hint"),
        )
    })?;
    let ft = meta.file_type();
    if !meta.is_file()
        || ft.is_fifo()
        || ft.is_char_device()
        || ft.is_block_device()
        || ft.is_socket()
    {
        return Err(Error::usage(
            crate::i18n::tr!("v-not-regular-file", path = p.display().to_string()),
            crate::i18n::tr!("v-not-regular-file-hint"),
        ));
    }
    File::open(p).map_err(|e| {
        Error::usage(
            crate::i18n::tr!(
                "v-cannot-add",
                path = p.display().to_string(),
                why = io_reason(&e)
            ),
            crate::i18n::tr!("v-check-permissions-hint"),
        )
    })?;
    if meta.len() == 0 {
        return Err(empty_input(&p.display().to_string()));
    }
    Ok(())
}

/// An empty input holds no document: a failed scan or download, most
/// likely. Refused rather than stored as a 0-byte document.
pub fn empty_input(what: &str) -> Error {
    Error::usage(
        crate::i18n::tr!("v-empty-input", what = what),
        crate::i18n::tr!("v-empty-input-hint"),
    )
}

pub fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => crate::i18n::tr!("v-no-such-file"),
        std::io::ErrorKind::PermissionDenied => crate::i18n::tr!("v-permission-denied"),
        _ => crate::i18n::os::describe(e),
    }
}

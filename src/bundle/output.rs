//! Where an export is written: a file, through a temp file beside it that
//! is moved into place only once the bundle is complete and journaled, or
//! stdout, or straight into a FIFO or device named by `-o` (as `age -o`).

use crate::error::doing;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};

use crate::crypto::{self, Encrypted, Recipients};
use crate::error::{Error, IoContext, Result};
use crate::fsutil;

pub enum Dest {
    Stdout,
    File(PathBuf),
}

pub fn check_dest(dest: &Dest, force: bool, armor: bool) -> Result<()> {
    match dest {
        Dest::Stdout => {
            if std::io::stdout().is_terminal() && !armor {
                return Err(Error::usage(
                    crate::i18n::tr!("v-binary-to-terminal"),
                    crate::i18n::tr!("v-binary-to-terminal-hint"),
                ));
            }
        }
        Dest::File(p) => {
            match fsutil::output_target(p)? {
                fsutil::OutputTarget::Dir => {
                    return Err(Error::usage(
                        crate::i18n::tr!("v-output-is-dir", path = p.display().to_string()),
                        crate::i18n::tr!("v-output-is-dir-hint"),
                    ))
                }
                // Written into, not replaced: nothing to force.
                fsutil::OutputTarget::Stream => return Ok(()),
                fsutil::OutputTarget::File => {}
            }
            if std::fs::symlink_metadata(p).is_ok() && !force {
                return Err(Error::usage(
                    crate::i18n::tr!("v-output-exists", path = p.display().to_string()),
                    crate::i18n::tr!("v-output-exists-hint"),
                ));
            }
            fsutil::check_output_dir(p)?;
        }
    }
    Ok(())
}

/// The destination, the temp file a file destination is written to first,
/// and how messages and the journal name it.
pub struct Target {
    pub dest: Dest,
    tmp: Option<PathBuf>,
    pub name: String,
    /// `--format html`: the page around the armored bundle.
    page: Option<crate::bundle::html::Page>,
}

type Sink = BufWriter<Box<dyn Write>>;

impl Target {
    pub fn new(dest: Dest) -> Target {
        let (tmp, name) = match &dest {
            // A FIFO or device is written straight into: no temp file.
            Dest::File(p)
                if fsutil::output_target(p).ok() == Some(fsutil::OutputTarget::Stream) =>
            {
                (None, p.display().to_string())
            }
            Dest::File(p) => (Some(fsutil::temp_beside(p)), p.display().to_string()),
            Dest::Stdout => (None, "stdout".into()),
        };
        Target {
            dest,
            tmp,
            name,
            page: None,
        }
    }

    /// Writes the bundle inside this web page (armored).
    pub fn with_page(mut self, page: crate::bundle::html::Page) -> Target {
        self.page = Some(page);
        self
    }

    /// The temp file a file destination is written to first.
    pub fn temp(&self) -> Option<&std::path::Path> {
        self.tmp.as_deref()
    }

    /// Starts the age file on the temp file (created now) or stdout.
    pub fn encryptor(&self, to: &Recipients, armor: bool) -> Result<Encrypted<Sink>> {
        // age writes whole 64 KiB chunks, which pass the buffer without a
        // copy; the buffer only gathers the header's small writes.
        let sink: Box<dyn Write> = match (&self.tmp, &self.dest) {
            (Some(tmp), _) => {
                Box::new(fsutil::WritebackFile::new(fsutil::create_new_private(tmp)?))
            }
            (None, Dest::File(p)) => Box::new(fsutil::open_output_stream(p)?),
            (None, Dest::Stdout) => Box::new(std::io::stdout().lock()),
        };
        let mut out = BufWriter::with_capacity(1 << 16, sink);
        if let Some(p) = &self.page {
            out.write_all(p.head.as_bytes())
                .ctx(|| crate::i18n::tr!("io-writing-bundle-to", path = self.name.to_string()))?;
        }
        crypto::encrypt_writer(to, out, armor || self.page.is_some())
    }

    /// Ends the age file and makes the temp file durable.
    pub fn finish(&self, enc: Encrypted<Sink>) -> Result<()> {
        let name = &self.name;
        let mut sink = enc.finish()?.into_inner().map_err(|e| {
            Error::io(
                crate::i18n::tr!("io-writing-bundle-to", path = name.to_string()),
                e.into_error(),
            )
        })?;
        if let Some(p) = &self.page {
            sink.write_all(p.tail.as_bytes())
                .ctx(|| crate::i18n::tr!("io-writing-bundle-to", path = name.to_string()))?;
        }
        sink.flush()
            .ctx(|| crate::i18n::tr!("io-writing-bundle-to", path = name.to_string()))?;
        drop(sink);
        if let Some(tmp) = &self.tmp {
            // Durable before it is renamed into place.
            std::fs::File::open(tmp)
                .and_then(|f| f.sync_all())
                .ctx(|| doing::syncing(tmp))?;
        }
        Ok(())
    }

    /// Removes the temp file of an export that failed.
    pub fn cleanup(&self) {
        if let Some(t) = &self.tmp {
            let _ = std::fs::remove_file(t);
        }
    }

    /// Moves the finished temp file into place; its size, for the report.
    pub fn place(&self, force: bool) -> Result<Option<u64>> {
        let (Some(tmp), Dest::File(target)) = (&self.tmp, &self.dest) else {
            return Ok(None);
        };
        if let Err(e) = place(tmp, target, force) {
            self.cleanup();
            return Err(e);
        }
        Ok(std::fs::metadata(target).ok().map(|m| m.len()))
    }
}

/// Moves the finished temp file to the target: `rename` with --force,
/// else a hard link that fails if the target appeared meanwhile.
fn place(tmp: &Path, target: &Path, force: bool) -> Result<()> {
    if force {
        std::fs::rename(tmp, target).ctx(|| doing::writing(target))?;
    } else {
        match std::fs::hard_link(tmp, target) {
            Ok(()) => {
                let _ = std::fs::remove_file(tmp);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                return Err(Error::usage(
                    crate::i18n::tr!("v-output-exists", path = target.display().to_string()),
                    crate::i18n::tr!("v-output-exists-hint"),
                ))
            }
            // File systems without hard links: the existence check above stands.
            Err(_) => std::fs::rename(tmp, target).ctx(|| doing::writing(target))?,
        }
    }
    fsutil::sync_parent(target)
}

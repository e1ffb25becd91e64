//! `get`: a document's content leaving the vault. The view is journaled
//! before the document leaves carnet, and a failed `get` journals nothing:
//! a file is decrypted and verified into a temp file first, journaled,
//! then renamed into place; a stream (stdout) cannot be taken back, so the
//! blob is checked to open before it is journaled.

use crate::error::doing;
use std::io::{Read, Write};
use std::path::Path;

use serde_json::json;

use crate::error::{IoContext, Result};
use crate::fsutil;
use crate::journal::{Action, JournalActor, NewEntry};
use crate::vault::visibility::{sealed_error, Shown};
use crate::vault::{blobs, hidden, Vault};

/// The content of a document sealed for the minor, opened with the user's
/// identities.
type SealedReader = blobs::VerifiedReader;

impl Vault {
    /// Writes a document to a stream the caller cannot take back (its
    /// stdout, or a FIFO or device `-o` named: journaled as `output`),
    /// after the view is journaled. Returns the bytes written.
    pub fn get_to_stream(
        &self,
        shown: &Shown,
        actor: &JournalActor,
        out: &mut dyn Write,
        output: &str,
    ) -> Result<u64> {
        let mut sealed = self.open_sealed(shown)?;
        if sealed.is_none() {
            blobs::check_opens(&self.layout, self.key(), &shown.doc.blob)?;
        }
        self.journal_view(shown, actor, output)?;
        self.copy_out(shown, sealed.as_mut(), out)
    }

    /// Writes a document to `path` (whose directory exists): decrypted and
    /// verified into a temp file beside it, journaled, then renamed into
    /// place. The temp file holds the document in clear, so it is first
    /// named in the vault ([`Vault::mark_outside_temp`]): a killed `get`
    /// leaves nothing that `check` and the next write cannot find.
    pub fn get_to_file(&self, shown: &Shown, actor: &JournalActor, path: &Path) -> Result<()> {
        let mut sealed = self.open_sealed(shown)?;
        let tmp = fsutil::temp_beside(path);
        // Dropped (the marker removed) once the temp file is gone.
        let _marker = self.mark_outside_temp(&tmp)?;
        let res = (|| -> Result<()> {
            let mut f = fsutil::create_new_private(&tmp)?;
            self.copy_out(shown, sealed.as_mut(), &mut f)?;
            f.sync_all().ctx(|| doing::syncing(&tmp))?;
            drop(f);
            self.journal_view(shown, actor, "file")?;
            std::fs::rename(&tmp, path).ctx(|| doing::writing(path))?;
            fsutil::sync_parent(path)
        })();
        if res.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        res
    }

    /// A sealed document's content is opened before its view is
    /// journaled, so one the user's key does not open is refused (exit 3)
    /// without a journal line.
    fn open_sealed(&self, shown: &Shown) -> Result<Option<SealedReader>> {
        if !shown.sealed {
            return Ok(None);
        }
        let d = &shown.doc;
        hidden::open_blob(&self.layout, &self.user_identities(), &d.blob, &d.sha256)?
            .map(Some)
            .ok_or_else(|| sealed_error(d))
    }

    fn copy_out(
        &self,
        shown: &Shown,
        sealed: Option<&mut SealedReader>,
        w: &mut dyn Write,
    ) -> Result<u64> {
        match sealed {
            Some(r) => copy_sealed(r, w, &shown.doc.blob),
            None => blobs::copy_to(&self.layout, self.key(), &shown.doc.blob, w),
        }
    }

    /// `doc.view`, private to the minor in her session (vault::private),
    /// its details sealed for her when the document is.
    fn journal_view(&self, shown: &Shown, actor: &JournalActor, output: &str) -> Result<()> {
        let d = &shown.doc;
        self.write(|tx| {
            let mut details = json!({ "title": d.title, "output": output });
            if shown.sealed {
                details = tx.details_for_minor(&details)?;
            }
            tx.journal(NewEntry::new(actor, Action::DocView, Some(&d.id), details).private(true))?;
            Ok(())
        })
    }
}

fn copy_sealed(r: &mut dyn Read, w: &mut dyn Write, name: &str) -> Result<u64> {
    let mut buf = zeroize::Zeroizing::new(vec![0u8; 1 << 16]);
    let mut n = 0u64;
    loop {
        let k = r.read(&mut buf).map_err(|e| blobs::read_error(name, e))?;
        if k == 0 {
            return Ok(n);
        }
        w.write_all(&buf[..k])
            .ctx(|| crate::i18n::tr!("io-writing-document"))?;
        n += k as u64;
    }
}

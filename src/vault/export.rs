//! Writing an export out of the vault: the bundle streamed to its target
//! and `export.create` journaled inside one vault write just before the
//! manifest (so the manifest carries the journal head after that entry),
//! or a refusal journaled. The command plans, settles the encryption and
//! reports; this is the part that touches the vault.

use std::io::Read;

use crate::bundle::ips;
use crate::bundle::manifest::{Holder, JournalHead, Manifest};
use crate::bundle::output::Target;
use crate::bundle::plan::{self, Plan, Planned, Refusal, Request};
use crate::bundle::write::{self as bwrite, clean_text, doc_entry, Draft, Source};
use crate::crypto::Recipients;
use crate::error::{Error, Result};
use crate::ids;
use crate::journal::{Action, NewEntry};
use crate::model::Actor;
use crate::timefmt;
use crate::vault::bundles::HolderRecord;
use crate::vault::{Tx, Vault};

/// What the `export.create` entry says besides the plan.
pub struct ExportEntry {
    pub bundle: String,
    pub encryption: &'static str,
    pub armor: bool,
    pub output: String,
    /// Carry `fhir/patient-summary.json`: the medical profile as this
    /// reader may see it.
    pub summary: Option<Actor>,
    /// `html` for a self-decrypting page (journaled as `format`), else `age`.
    pub format: &'static str,
}

/// The manifest's holder: the recorded identity, cleaned and checked.
fn holder(r: HolderRecord) -> Holder {
    Holder {
        name: clean_text(&r.name.unwrap_or_default(), 200),
        birth_date: r.birth_date.filter(|b| timefmt::parse_ymd(b).is_some()),
        ins: r.ins.and_then(|i| ids::parse_nir(&i).ok()),
    }
}

/// Journals a refusal; a minor's exports, refused or made, are theirs
/// (vault::private).
fn journal_refused(tx: &Tx<'_>, r: &Refusal) -> Result<()> {
    tx.journal(
        NewEntry::new(&r.actor, Action::ExportRefused, None, r.journal_details())
            .mode(r.mode)
            .private(true),
    )?;
    Ok(())
}

impl Vault {
    /// Journals `export.refused`; returns the policy error to exit with.
    pub fn refuse_export(&self, r: &Refusal) -> Result<Error> {
        self.write(|tx| journal_refused(tx, r))?;
        Ok(Error::policy(r.shown.clone(), r.hint.clone()))
    }

    /// Streams the bundle to the target's temp file (or stdout), encrypted,
    /// committing `export.create` just before its manifest; `progress`
    /// counts the documents' bytes.
    pub fn write_export(
        &self,
        req: &Request,
        plan: &Plan,
        to: &Recipients,
        entry: &ExportEntry,
        target: &Target,
        progress: impl FnMut(u64),
    ) -> Result<Manifest> {
        let created = timefmt::now();
        let holder = holder(self.holder_record()?);
        let summary = match &entry.summary {
            Some(actor) => {
                let p = self.medical_profile_for(actor, false)?;
                let input = ips::Input {
                    items: &p.items,
                    withheld: &p.withheld,
                };
                Some(ips::patient_summary(
                    &entry.bundle,
                    created,
                    &holder,
                    &input,
                ))
            }
            None => None,
        };
        let draft = Draft {
            id: entry.bundle.clone(),
            created,
            expires: plan.expires,
            purpose: plan.purpose.clone(),
            recipient: plan.recipient.clone(),
            holder,
            summary,
        };
        let names =
            self.professional_names(plan.docs.iter().filter_map(|d| d.author.as_deref()))?;
        let mut sources: Vec<Source> = plan
            .docs
            .iter()
            .map(|d| Source {
                entry: doc_entry(d, created, plan.holder_fields),
                added_at: Some(timefmt::rfc3339(d.added_at)),
                // The vault's readers fail at the end unless the content
                // matches (the keyed hash, or the sealed SHA-256).
                self_verifying: true,
                invisible_until: d
                    .invisible_patient_until
                    .filter(|t| *t > created)
                    .map(|t| timefmt::ymd(t.date())),
            })
            .collect();
        crate::bundle::names::make_unique(sources.iter_mut().map(|s| &mut s.entry));
        let reader = self.content_reader();
        let (docs, sealed) = (&plan.docs, &plan.sealed);
        // Runs on the reading thread: only `Sync` parts of the vault go there.
        let open = move |i: usize| -> Result<Box<dyn Read + Send>> {
            let d = &docs[i];
            reader.open(d, sealed.contains(&d.id))?.ok_or_else(|| {
                Error::unlock(
                    crate::i18n::tr!("v-export-sealed", id = d.id.to_string()),
                    crate::i18n::tr!("v-export-sealed-hint"),
                )
            })
        };
        let planned: Vec<&str> = plan.docs.iter().map(|d| d.id.as_str()).collect();
        let mut enc = target.encryptor(to, entry.armor)?;
        let manifest = bwrite::write(
            &mut enc,
            &draft,
            &sources,
            open,
            &self.key().signing_key(),
            &names,
            progress,
            || self.commit_export(req, &planned, entry),
        )?;
        target.finish(enc)?;
        Ok(manifest)
    }

    /// Plans again under the write lock and journals `export.create` (or
    /// the refusal); returns the journal head after that entry, for the
    /// manifest. If the selection changed since the bundle's documents were
    /// planned, nothing is committed and the export is dropped (exit 7, run
    /// it again).
    fn commit_export(
        &self,
        req: &Request,
        planned: &[&str],
        entry: &ExportEntry,
    ) -> Result<JournalHead> {
        let outcome = self.write(|tx| -> Result<std::result::Result<JournalHead, Refusal>> {
            let q = match plan::plan(&self.export_source_in(tx)?, req, tx.now)? {
                Planned::Refused(r) => {
                    journal_refused(tx, &r)?;
                    return Ok(Err(r));
                }
                Planned::Export(q) => q,
            };
            if !q
                .docs
                .iter()
                .map(|d| d.id.as_str())
                .eq(planned.iter().copied())
            {
                return Err(Error::Changed {
                    message: crate::i18n::tr!("v-export-vault-changed"),
                    hint: crate::i18n::tr!("v-export-again-hint"),
                });
            }
            let mut details =
                q.journal_details(&entry.bundle, entry.encryption, entry.armor, &entry.output);
            details["format"] = serde_json::json!(entry.format);
            // An export holding documents hidden from guardians is the
            // minor's secret: its details are sealed for her, like the views
            // of those documents (domain.md §9.8).
            if entry.summary.is_some() {
                details["patient_summary"] = serde_json::json!(true);
            }
            if q.holds_hidden() {
                details = tx.details_for_minor(&details)?;
            }
            tx.journal(
                NewEntry::new(&q.actor, Action::ExportCreate, Some(&entry.bundle), details)
                    .mode(q.mode)
                    .private(true),
            )?;
            let (seq, hash) = tx.journal_head()?;
            Ok(Ok(JournalHead { seq, hash }))
        })?;
        outcome.map_err(|r| Error::policy(r.shown, r.hint))
    }
}

//! Queries and updates of the index: documents, tags, masks, professionals,
//! grants, settings. Every SQL statement of the crate lives here or in
//! `journal`/`keys`; commands call these functions.
//!
//! One file per aggregate: [`meta`] (the key/value table), [`settings`]
//! (settings and emergency consents, kept in it), [`docs`] (documents,
//! their tags, masks and sealed metadata), [`listing`] (`carnet list`'s
//! filtered query), [`pros`], [`grants`], and [`integrity`] (SQLite's own
//! checks). Everything is re-exported here by name, so `store::get_pro`
//! is the path callers use.

mod columns;
mod docs;
mod grants;
mod integrity;
mod listing;
mod meta;
// pub(crate): vault::private reads its set-aside rows with the same columns.
pub(crate) mod pros;
mod settings;

pub use docs::{
    add_masked_from, any_patient_side_flags, count_docs, count_sealed, counted_docs, delete_doc,
    derived_doc_count, doc_by_blob, get_doc, insert_doc, referenced_blobs, release_doc,
    remove_masked_from, reset_derived_counts, resolve_doc, resolve_journal_doc, sealed_all,
    sealed_of, set_hidden_from_guardians, set_masked, set_sealed, set_tags, update_doc_fields,
};
pub use grants::{
    has_unjournaled_expiry, insert_grant, journal_expired_grants, list_grants, resolve_grant,
    revoke_grant,
};
pub use integrity::database_problems;
pub use listing::{all_docs, list_docs, list_docs_with_hidden, DocFilter};
pub use meta::{delete_meta, get_meta, set_meta};
pub use pros::{
    blocked_rpps, delete_pro, get_pro, insert_pro, list_pros, primary, require_pro, set_primary,
    update_pro,
};
pub use settings::{
    emergency_consents, set_emergency_consents, set_setting, setting, setting_bool, setting_def,
    setting_u32, SettingDef, SETTINGS,
};

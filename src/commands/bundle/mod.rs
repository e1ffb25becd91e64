//! `carnet bundle inspect|verify|open|import|create`: decrypt a bundle (an
//! identity, or its passphrase), verify it completely, then show it, unpack
//! it, or add its documents to the vault. `inspect`, `verify` and `open`
//! need no vault; `create` (a professional's report bundle) neither. One
//! file per subcommand; here what they share: the
//! bundle's key, decrypting and verifying, and what this vault says about
//! the signer.
//!
//! Import (`import.rs`) also judges the bundle against this vault
//! (`bundle::trust`): it refuses (exit 5, nothing written, nothing
//! journaled: the vault did not change, and a refused bundle's text stays
//! out of the journal) a bundle naming as author a professional whose
//! pinned key did not sign it, and a bundle about another patient unless
//! `--other-patient` (journaled).

mod create;
mod import;
mod inspect;
mod open;
mod shared;
mod verify;

use crate::cli::args::BundleCommand;
use crate::commands::context::Ctx;
use crate::error::Result;

pub fn run(ctx: &Ctx, c: &BundleCommand) -> Result<()> {
    match c {
        BundleCommand::Inspect(a) => inspect::inspect(ctx, a),
        BundleCommand::Verify(a) => verify::verify(ctx, a),
        BundleCommand::Open(a) => open::open(ctx, a),
        BundleCommand::Import(a) => import::import(ctx, a),
        BundleCommand::Create(a) => create::create(ctx, a),
    }
}

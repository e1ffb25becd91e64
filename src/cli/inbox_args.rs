//! Arguments of `carnet inbox` (docs/inbox.md).

use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::ids::Rpps;

#[derive(Debug, Subcommand)]
pub enum InboxCommand {
    /// Encrypt documents into the vault's inbox with its public recipient: no unlock, no secret needed.
    #[command(
        after_help = "Examples:\n  carnet --vault /srv/carnet inbox add scan.pdf --recipient age1…   (first time: pin the holder's recipient)\n  carnet --vault /srv/carnet inbox add -r ~/scans --keep-going --json   (nightly)\n  carnet inbox add -r ~/scans --to s3://carnet/family   (a remote; the next `carnet sync` of a replica pulls the items)\nThe recipient is pinned on this machine; a vault whose recipient file changed is exit 6. Sidecars (scan.pdf.yaml) as for `carnet add`. Docs: docs/inbox.md."
    )]
    Add(InboxAddArgs),
    /// What waits in the inbox: count, sizes, dates (nothing is decrypted, no unlock).
    #[command(after_help = "Example:\n  carnet inbox list --json")]
    List,
    /// Unlock and fold everything waiting into the vault (any unlocking command folds one batch first).
    #[command(after_help = "Example:\n  carnet inbox import --json")]
    Import,
    /// Mark inbox imports as seen, so that exports to professionals may carry them (journaled).
    #[command(after_help = "Examples:\n  carnet inbox accept 4k2m\n  carnet inbox accept --all")]
    Accept(InboxAcceptArgs),
    /// Print the vault's public recipient, checked against its key (to pin on a scanner).
    #[command(
        after_help = "Example:\n  carnet inbox recipient   (then on the scanner: carnet inbox add … --recipient age1…)"
    )]
    Recipient,
}

#[derive(Debug, Args)]
pub struct InboxAddArgs {
    /// Files or directories (with -r).
    #[arg(required = true, value_name = "FILE")]
    pub paths: Vec<PathBuf>,
    /// Walk directories (links are skipped with a warning).
    #[arg(short = 'r', long)]
    pub recursive: bool,
    /// Drop into a remote of the vault (a folder or s3://BUCKET/PREFIX) instead of the vault folder: for a scanner that is not a replica.
    #[arg(long, value_name = "URL")]
    pub to: Option<String>,
    /// The vault's recipient (age1…), from the holder: checked and pinned on this machine.
    #[arg(long, value_name = "R")]
    pub recipient: Option<String>,
    /// Document type: short name, code or French name.
    #[arg(long = "type", short = 't', value_name = "T")]
    pub doc_type: Option<String>,
    /// Title (default: the file name without extension).
    #[arg(long)]
    pub title: Option<String>,
    /// Document date (default: a leading YYYY-MM-DD in the file name, else its mtime).
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// RPPS of the professional who wrote it.
    #[arg(long, value_name = "RPPS", value_parser = Rpps::parse)]
    pub author: Option<Rpps>,
    /// A tag (repeatable).
    #[arg(long = "tag", value_name = "S")]
    pub tags: Vec<String>,
    /// Mask from professionals (MASQUE_PS).
    #[arg(long)]
    pub mask: bool,
    /// Drop every valid input and report each refused one (exit 8 when some were refused).
    #[arg(long)]
    pub keep_going: bool,
}

#[derive(Debug, Args)]
pub struct InboxAcceptArgs {
    /// Document IDs (or unique prefixes).
    #[arg(value_name = "ID", required_unless_present = "all")]
    pub ids: Vec<String>,
    /// Every inbox import not yet seen.
    #[arg(long, conflicts_with = "ids")]
    pub all: bool,
}

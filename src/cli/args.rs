//! The command-line surface (clap derive), in one place: the binary parses
//! it, and the generator of completions and man pages reuses it.
//!
//! When adding or changing a command: give it (and each nested subcommand)
//! an `after_help = "Example:\n  carnet …"` (`tests/cli_help.rs` checks),
//! then run `cargo run --example gen-docs` to refresh `completions/` and
//! `man/` (`tests/generated_files.rs` checks).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::ids::Rpps;

pub use super::medical_args::MedicalCommand;

const AFTER_HELP: &str = "Examples:\n  carnet keygen -o ~/.config/carnet/identity.txt\n  \
carnet init --name \"Camille Martin\" --no-passphrase --recipient age1…\n  \
carnet add -r ~/scans && carnet list\n  \
carnet --no-pager list --type lab-report   (print on the terminal, no pager)\n\n\
Times are shown in local time (TZ) with their UTC offset, e.g. 2026-12-07 08:15 +01:00; \
JSON keeps RFC 3339 UTC. On a terminal, long listings go through $CARNET_PAGER, $PAGER \
or less -FRX (--no-pager, or PAGER=cat, prints directly).\n\
Exit codes: 0 ok, 1 error, 2 invalid input, 3 cannot unlock, 4 not found, \
5 refused by policy, 6 integrity failure, 7 vault busy, 8 partly done (carnet --exit-codes).\n\
Docs: README.md, docs/format.md, docs/security.md.";

#[derive(Debug, Parser)]
#[command(
    name = "carnet",
    version,
    about = "An encrypted local vault for your health documents",
    long_about = "carnet keeps prescriptions (ordonnances), reports (comptes rendus), lab results and other \
health documents in a vault on your own machine, encrypted at rest with age. Grant a professional \
time-limited access, export exactly what they may see, and read an access journal in which every \
action leaves a tamper-evident trace.",
    after_help = AFTER_HELP,
    arg_required_else_help = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalOpts,

    /// Print the table of exit codes and exit (with --json: an array of {code, meaning}).
    #[arg(long, global = false)]
    pub exit_codes: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The heading global options stand under in every command's help,
/// after the command's own options.
pub const GLOBAL_HEADING: &str = "Global options";

#[derive(Debug, Args, Clone)]
pub struct GlobalOpts {
    /// Vault directory (overrides --profile).
    #[arg(long, global = true, help_heading = GLOBAL_HEADING, env = "CARNET_VAULT", value_name = "DIR")]
    pub vault: Option<PathBuf>,

    /// Profile: a vault under the data dir ($XDG_DATA_HOME/carnet/profiles/NAME).
    #[arg(long, global = true, help_heading = GLOBAL_HEADING, env = "CARNET_PROFILE", value_name = "NAME")]
    pub profile: Option<String>,

    /// age identity file used to unlock (X25519, OpenSSH key, or plugin identity).
    #[arg(
        long,
        short = 'i',
        global = true,
        help_heading = GLOBAL_HEADING,
        env = "CARNET_IDENTITY",
        value_name = "FILE"
    )]
    pub identity: Option<PathBuf>,

    /// Read the vault passphrase from FILE (`-` = stdin); first line.
    #[arg(
        long,
        global = true,
        help_heading = GLOBAL_HEADING,
        env = "CARNET_PASSPHRASE_FILE",
        value_name = "FILE"
    )]
    pub passphrase_file: Option<PathBuf>,

    /// Machine output: exactly one JSON value on stdout.
    #[arg(long, global = true, help_heading = GLOBAL_HEADING)]
    pub json: bool,

    /// Never prompt; fail with exit 2 where a prompt would be needed.
    #[arg(long, global = true, help_heading = GLOBAL_HEADING, env = "CARNET_NO_INPUT", value_parser = clap::builder::FalseyValueParser::new(), action = clap::ArgAction::SetTrue)]
    pub no_input: bool,

    /// Less output on stderr.
    #[arg(long, short = 'q', global = true, help_heading = GLOBAL_HEADING, conflicts_with = "verbose")]
    pub quiet: bool,

    /// More output on stderr.
    #[arg(long, short = 'v', global = true, help_heading = GLOBAL_HEADING)]
    pub verbose: bool,

    /// Colour: auto, always or never (NO_COLOR is honoured).
    #[arg(long, global = true, help_heading = GLOBAL_HEADING, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    /// Print long output (list, show, journal, access…) directly, not through $CARNET_PAGER or $PAGER (default `less -FRX`) on a terminal.
    #[arg(long, global = true, help_heading = GLOBAL_HEADING)]
    pub no_pager: bool,

    /// Which of `--vault` / `--profile` was typed on the command line (not
    /// taken from the environment): a command with a target of its own
    /// (`inbox add --to`) refuses one given explicitly ([`typed_target`]).
    #[arg(skip)]
    pub typed_target: Option<&'static str>,
}

/// `--vault` or `--profile`, when given on the command line itself
/// (`CARNET_VAULT` in a scanner's environment is only a default).
pub fn typed_target(m: &clap::ArgMatches) -> Option<&'static str> {
    for (id, flag) in [("vault", "--vault"), ("profile", "--profile")] {
        if m.ids().any(|i| i.as_str() == id)
            && m.value_source(id) == Some(clap::parser::ValueSource::CommandLine)
        {
            return Some(flag);
        }
    }
    m.subcommand().and_then(|(_, sub)| typed_target(sub))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a vault.
    #[command(
        after_help = "Example:\n  carnet init --name \"Camille Martin\" --recipient age1…  --no-passphrase"
    )]
    Init(InitArgs),

    /// Add documents (files, directories with -r, or - for stdin).
    #[command(
        after_help = "Examples:\n  carnet add ordonnance.pdf --type prescription --author 10003456786\n  carnet add -r ~/scans\n  scan | carnet add - --title \"Bilan sanguin\" --type lab-report\n  carnet add -r ~/scans --keep-going --update --json   (nightly: exit 8 = some refused)\n  carnet add -r ~/scans --dry-run --json"
    )]
    Add(AddArgs),

    /// List documents, newest first.
    #[command(after_help = "Example:\n  carnet list --type lab-report --since 2025-01-01 --json")]
    List(ListArgs),

    /// Show a document's metadata and who can see it now.
    #[command(after_help = "Example:\n  carnet show 7fq2")]
    Show(IdArg),

    /// Decrypt a document to a file or stdout (journaled).
    #[command(
        after_help = "Examples:\n  carnet get 7fq2 -o ~/Downloads/\n  carnet get 7fq2 -o - | pdftotext - -"
    )]
    Get(GetArgs),

    /// Change a document's title, type, date or tags.
    #[command(
        after_help = "Example:\n  carnet edit 7fq2 --title \"Bilan lipidique\" --tag cardio"
    )]
    Edit(EditArgs),

    /// Mask documents from professionals (MASQUE_PS), or from some with --from.
    #[command(after_help = "Examples:\n  carnet mask 7fq2\n  carnet mask 7fq2 --from 10003456786")]
    Mask(MaskArgs),

    /// Undo mask.
    #[command(after_help = "Example:\n  carnet unmask 7fq2")]
    Unmask(MaskArgs),

    /// Delete documents (asks first unless --yes).
    #[command(after_help = "Example:\n  carnet rm 7fq2 --yes")]
    Rm(RmArgs),

    /// Verify the index, every blob and the journal chain.
    #[command(after_help = "Example:\n  carnet check --repair")]
    Check(CheckArgs),

    /// Holder, counts, grants, new journal events, signing-key fingerprint.
    #[command(after_help = "Example:\n  carnet status --json")]
    Status,

    /// Read the access journal, or verify it.
    #[command(
        after_help = "Examples:\n  carnet journal --since 2026-01-01 --action doc.view\n  carnet --no-pager journal --actor 10003456786\n  carnet journal verify"
    )]
    Journal(JournalArgs),

    /// Change or set the vault passphrase (rewraps the key; O(1) in vault size).
    #[command(after_help = "Example:\n  carnet passwd --new-passphrase-file new.txt")]
    Passwd(PasswdArgs),

    /// Manage extra unlock recipients.
    #[command(subcommand, after_help = "Example:\n  carnet key add age1…")]
    Key(KeyCommand),

    /// Vault settings.
    #[command(
        subcommand,
        after_help = "Example:\n  carnet settings set masked-visible-to-primary false"
    )]
    Settings(SettingsCommand),

    /// Whether professionals can see documents now, and the rule that decided.
    #[command(
        after_help = "Examples:\n  carnet access\n  carnet access 10003456786 --doc 7fq2 --json"
    )]
    Access(AccessArgs),

    /// Professionals: add, list, show, edit, remove; primary doctor; block.
    #[command(
        subcommand,
        after_help = "Examples:\n  carnet pro add 10003456786 --name \"Dr Claire Dubois\" --specialty \"médecine générale\" --primary\n  carnet pro list\n  carnet pro block 10100000008\nDocs: docs/access.md."
    )]
    Pro(ProCommand),

    /// Give a professional time-limited access (everything the rules allow, or some types or documents).
    #[command(
        after_help = "Examples:\n  carnet grant 10003456786 --for 30d\n  carnet grant 10100000008 --until 2026-06-30 --type lab-report --type imaging-report\n  carnet grant 10100000008 --for 2w --doc 7fq2\nA grant cannot be edited: revoke it and grant again (both journaled)."
    )]
    Grant(GrantArgs),

    /// List active grants (with --all, expired and revoked ones too).
    #[command(after_help = "Examples:\n  carnet grants\n  carnet grants --all --json")]
    Grants(GrantsArgs),

    /// Revoke one grant (ID or unique prefix), or all of a professional's active grants (RPPS).
    #[command(after_help = "Examples:\n  carnet revoke k3xq\n  carnet revoke 10003456786")]
    Revoke(RevokeArgs),

    /// The holder's emergency consents: SAMU, break-glass, masked documents; the emergency kit.
    #[command(
        subcommand,
        after_help = "Examples:\n  carnet emergency status\n  carnet emergency set --break-glass deny --masked allow\n  carnet emergency kit -o /media/usb/urgence"
    )]
    Emergency(EmergencyCommand),

    /// The medical profile (profil médical): allergies, conditions, treatments, vaccinations, measures, contacts.
    #[command(
        subcommand,
        after_help = "Examples:\n  carnet medical add allergy Pénicilline --severity high\n  carnet medical set blood-group O+\n  carnet medical show"
    )]
    Medical(MedicalCommand),

    /// Make an imported INVISIBLE_PATIENT document visible now.
    #[command(after_help = "Example:\n  carnet release 7fq2")]
    Release(IdArg),

    /// Generate an age identity file (X25519), as age-keygen does; or, with --signing, a bundle-signing key.
    #[command(
        after_help = "Examples:\n  carnet keygen -o ~/.config/carnet/identity.txt\n  carnet keygen --signing -o ~/.config/carnet/signature.key   # a professional's key for `carnet bundle create`"
    )]
    Keygen(KeygenArgs),

    /// Caregivers: children's profiles, guardians, the minor's own key, handover at majority.
    #[command(
        subcommand,
        after_help = "Examples:\n  carnet profile create lea --birth-date 2015-06-01 --name \"Léa Martin\"\n  carnet --profile lea add carnet-de-sante.pdf\n  carnet profile list\nA child's profile opens with whatever opens your own vault. Docs: README.md (Caregivers), docs/security.md."
    )]
    Profile(ProfileCommand),

    /// New vault key: every document and the index re-encrypted, unlock methods re-wrapped.
    #[command(
        after_help = "Examples:\n  carnet rekey\n  carnet --profile lea rekey\n  carnet rekey --passphrase-file current.txt\nRun it after `carnet key rm` or `carnet profile guardian rm`: removing an unlock method does not cut off someone who kept a copy of the vault key; a new key does."
    )]
    Rekey(RekeyArgs),

    /// Export an encrypted, signed bundle: for a professional, for an emergency, or everything.
    #[command(
        long_about = "Export an encrypted, signed bundle (an age file holding a tar of the documents, a FHIR R4 \
Bundle and a signed manifest; see docs/bundle-format.md).\n\n\
--for RPPS: exactly the documents that professional may see now (primary doctor, or an active grant), \
intersected with --doc. Refused (exit 5, journaled) for a blocked professional, without an active grant, \
or when nothing is visible.\n\
--emergency samu|break-glass: the documents the holder's emergency consents allow (refused when denied).\n\
--all: the holder's own complete export (portability).\n\n\
Encrypted to --recipient, else (for --for) the professional's recorded recipient, else a passphrase \
(--passphrase prompts twice, or --bundle-passphrase-file FILE; the global --passphrase-file only unlocks \
the vault). Stock tools open it: age -d -i KEY FILE | tar x.\n\n\
--format html: one web page that opens offline in a browser, asks for the passphrase and shows the \
documents; carnet generates the passphrase (8 French words, 88 bits) unless --passphrase or \
--bundle-passphrase-file gives one, and prints it once (never stored).",
        after_help = "Examples:\n  carnet export --for 10003456786 -o dubois.age\n  carnet export --for 10003456786 --doc 7fq2 --passphrase\n  carnet export --emergency samu -o urgence.age --passphrase --armor\n  carnet export --all -o tout.age --recipient age1…\n  carnet export --for 10003456786 --format html -o dubois.html\n  age -d -i key.txt dubois.age | tar x"
    )]
    Export(ExportArgs),

    /// Read, verify, unpack or import a bundle.
    #[command(
        subcommand,
        after_help = "Examples:\n  carnet bundle verify dubois.age -i key.txt --signer SHA256:…\n  carnet bundle open dubois.age -o ./dubois -i key.txt\n  carnet bundle import compte-rendu.age -i key.txt"
    )]
    Bundle(BundleCommand),

    /// Which vault each folder and profile holds (pinned on this machine): list, accept a change.
    #[command(
        subcommand,
        after_help = "Examples:\n  carnet trust list\n  carnet --profile lea trust accept 4k2m7q3x9t5b6w8z\nAs ssh's known_hosts: a vault whose id changed under the same folder or profile is refused (exit 6) until you accept it, journaled as vault.accept. Docs: docs/security.md."
    )]
    Trust(TrustCommand),

    /// Where this replica syncs: a folder (USB disk, NAS, synced folder) or s3://BUCKET/PREFIX.
    #[command(
        subcommand,
        after_help = "Examples:\n  carnet remote add usb /media/usb/carnet\n  carnet remote add nas s3://famille/carnet --endpoint http://nas:3900 --region garage\n  carnet remote list --json\nS3 credentials come from the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY), never the command line. Docs: docs/sync.md."
    )]
    Remote(RemoteCommand),

    /// Pull what other devices wrote, merge, push what this one wrote.
    #[command(
        after_help = "Examples:\n  carnet sync\n  carnet sync usb --json\nSafe to run from cron on every machine at once. Docs: docs/sync.md."
    )]
    Sync(SyncArgs),

    /// A new replica of a vault from a remote, on this machine.
    #[command(
        after_help = "Examples:\n  carnet clone /media/usb/carnet -i ~/.config/carnet/identity.txt\n  carnet --profile lea clone /mnt/nas/lea\nThe clone opens with your own unlock method and records the remote as `origin`."
    )]
    Clone(CloneArgs),

    /// The replicas of this vault and when each last synced; retire a lost one.
    #[command(
        subcommand,
        after_help = "Examples:\n  carnet device list\n  carnet device rm 3f9c2a71d04be855\nAfter removing a lost device, run `carnet rekey`: it still holds the old key."
    )]
    Device(DeviceCommand),
    /// Write one encrypted, self-verifying snapshot of the whole vault (stock `age -d` opens it).
    #[command(
        long_about = "Write one consistent snapshot of the whole vault: an age file holding a tar of BACKUP.json \
(format, vault id, journal head, every member's size and SHA-256) and the vault's folder under vault/, \
taken under the vault's write lock and journaled as vault.backup. Documents stay encrypted inside it: \
nothing is decrypted to take it.\n\n\
Encrypted to --recipient, else to the vault's own recipient unlock methods (`carnet key list`; a \
guardian's vault key is not one: give --recipient for a child's profile), else --passphrase (asked \
twice, or --backup-passphrase-file FILE), which a vault whose only unlock method is a passphrase needs. \
See docs/format.md (Backups).",
        after_help = "Examples:\n  carnet backup -o ~/carnet-2026-12-07.age\n  carnet backup -o /media/usb/carnet.age --recipient age1…\n  carnet backup -o carnet.age --passphrase\n  age -d -i key.txt carnet.age | tar t\nBring it back with `carnet restore FILE`."
    )]
    Backup(BackupArgs),

    /// Bring a backup back as a working vault, on this machine or a new one.
    #[command(
        long_about = "Bring a backup back as a working vault at --vault DIR or --profile NAME (default: the \
profile default). The backup is opened with your unlock method (--identity FILE, or a passphrase), every \
member is checked against BACKUP.json, the vault is extracted beside the target, must open with the same \
method and pass `carnet check`, then replaces the target in one step. Over a vault this machine knows \
(the target holds one, or this machine saw that vault before) --force is required. The restore is \
journaled (vault.restore), the restored copy gets a new device id, and carnet's remembered journal head \
follows it: no rollback error afterwards, and no state file to edit.",
        after_help = "Examples:\n  carnet restore ~/carnet-2026-12-07.age -i key.txt\n  carnet --vault ~/carnet restore carnet.age --force\n  carnet restore carnet.age --passphrase-file pass.txt"
    )]
    Restore(RestoreArgs),
    /// An inbox that needs no secret: a scanner drops documents, the holder's next unlock folds them in.
    #[command(
        subcommand,
        after_help = "Examples:\n  carnet --vault /srv/carnet inbox add -r ~/scans --recipient age1…\n  carnet inbox list\n  carnet inbox import && carnet inbox accept --all\nDocs: docs/inbox.md."
    )]
    Inbox(crate::cli::inbox_args::InboxCommand),

    /// An unlock agent: type the passphrase once, later commands need none until it forgets.
    #[command(
        subcommand,
        after_help = "Examples:\n  carnet agent start --ttl 30m\n  carnet agent status\n  carnet agent stop\nThe key stays in the agent (memory locked, not dumpable), which answers only your user. Docs: docs/agent.md."
    )]
    Agent(crate::cli::agent_args::AgentCommand),

    /// Print a shell completion script on stdout.
    #[command(
        after_help = "Examples:\n  carnet completions bash > ~/.local/share/bash-completion/completions/carnet\n  carnet completions zsh > ~/.zfunc/_carnet\n  carnet completions fish > ~/.config/fish/completions/carnet.fish\nMore in docs/shell.md."
    )]
    Completions(CompletionsArgs),
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Holder's name.
    #[arg(long)]
    pub name: Option<String>,
    /// Holder's birth date (YYYY-MM-DD or JJ/MM/AAAA).
    #[arg(long, value_name = "DATE")]
    pub birth_date: Option<String>,
    /// Holder's INS (NIR, 15 characters, checked).
    #[arg(long)]
    pub ins: Option<String>,
    /// A recipient that can also unlock (age1…, ssh-ed25519 …, ssh-rsa …, plugin).
    #[arg(long = "recipient", short = 'r', value_name = "R")]
    pub recipients: Vec<String>,
    /// No passphrase: unlock only with the --recipient identities.
    #[arg(long)]
    pub no_passphrase: bool,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Files or directories (with -r); `-` reads stdin (needs --title).
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Walk directories. Links met on the way are skipped with a warning
    /// (dangling ones too); links to directories are never followed.
    #[arg(short = 'r', long)]
    pub recursive: bool,
    /// Under -r, add the files that links point to, even outside the tree.
    #[arg(long, requires = "recursive")]
    pub follow_symlinks: bool,
    /// Document type: short name, code or French name (ordonnance, biologie…).
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
    /// In a child's profile: hide from the guardians (INVISIBLE_REPRESENTANTS_LEGAUX), sealed to the minor's own key.
    #[arg(long)]
    pub hidden_from_guardians: bool,
    /// Add every valid input and report each refused one (exit 8 when some were refused).
    #[arg(long)]
    pub keep_going: bool,
    /// Report what would be added (same JSON), writing nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Apply a changed sidecar (or flags) to a document already in the vault (journaled doc.edit).
    #[arg(long)]
    pub update: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this type (repeatable): short name, code or French name (biologie, ordonnance…).
    #[arg(long = "type", short = 't', value_name = "T")]
    pub doc_type: Vec<String>,
    /// Only documents written by this professional (RPPS).
    #[arg(long, value_name = "RPPS", value_parser = Rpps::parse)]
    pub author: Option<Rpps>,
    /// Only documents with this tag (case and accents ignored).
    #[arg(long, value_name = "S")]
    pub tag: Option<String>,
    /// Only documents dated this day or later (YYYY-MM-DD or JJ/MM/AAAA).
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Only documents dated this day or earlier (YYYY-MM-DD or JJ/MM/AAAA).
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// Only masked documents (globally or from some professionals).
    #[arg(long, conflicts_with = "unmasked")]
    pub masked: bool,
    /// Only documents masked from nobody.
    #[arg(long)]
    pub unmasked: bool,
    /// Text to find in titles, file names, tags, authors' names and specialties (case and accents ignored).
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    /// At most N documents (the newest).
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
}

#[derive(Debug, Args)]
pub struct IdArg {
    /// Document ID or unique prefix (4+ characters).
    pub id: String,
}

#[derive(Debug, Args)]
pub struct GetArgs {
    /// Document ID or unique prefix.
    pub id: String,
    /// Output file or directory; `-` forces stdout.
    #[arg(short = 'o', long, value_name = "PATH")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// Document ID or unique prefix (4+ characters).
    pub id: String,
    /// New title.
    #[arg(long)]
    pub title: Option<String>,
    /// New type: short name, code or French name.
    #[arg(long = "type", short = 't', value_name = "T")]
    pub doc_type: Option<String>,
    /// New document date (YYYY-MM-DD or JJ/MM/AAAA).
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// Add a tag (repeatable).
    #[arg(long = "tag", value_name = "S")]
    pub tags: Vec<String>,
    /// Remove a tag (repeatable).
    #[arg(long = "untag", value_name = "S")]
    pub untags: Vec<String>,
}

#[derive(Debug, Args)]
pub struct MaskArgs {
    /// Document IDs or unique prefixes.
    #[arg(required = true)]
    pub ids: Vec<String>,
    /// Only from these professionals (RPPS, repeatable).
    #[arg(long = "from", value_name = "RPPS", value_parser = Rpps::parse)]
    pub from: Vec<Rpps>,
    /// In a child's profile: from the guardians (INVISIBLE_REPRESENTANTS_LEGAUX), sealed to the minor's own key.
    #[arg(long, conflicts_with = "from")]
    pub guardians: bool,
}

#[derive(Debug, Args)]
pub struct RmArgs {
    /// Document IDs or unique prefixes.
    #[arg(required = true)]
    pub ids: Vec<String>,
    /// Do not ask for confirmation.
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Also delete documents written by a professional (journaled as forced).
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Remove leftovers of interrupted writes.
    #[arg(long)]
    pub repair: bool,
}

#[derive(Debug, Args)]
pub struct JournalArgs {
    #[command(subcommand)]
    pub command: Option<JournalCommand>,
    /// Only entries from this day or later (YYYY-MM-DD or JJ/MM/AAAA), or an RFC 3339 instant.
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Actor type, id (IdNat/RPPS) or name.
    #[arg(long, value_name = "S")]
    pub actor: Option<String>,
    /// Action (doc.view) or group (doc, doc.*).
    #[arg(long, value_name = "S")]
    pub action: Option<String>,
    /// Only entries about this document (ID or prefix).
    #[arg(long, value_name = "ID")]
    pub doc: Option<String>,
    /// At most N entries.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Output format (default: table, or json with --json).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<JournalFormat>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum JournalFormat {
    Table,
    Json,
    Csv,
}

#[derive(Debug, Subcommand)]
pub enum JournalCommand {
    /// Recompute the hash chain; exit 6 naming the first bad entry.
    #[command(after_help = "Example:\n  carnet journal verify && echo \"journal intact\"")]
    Verify,
    /// Print the chain head (seq and hash).
    #[command(after_help = "Example:\n  carnet journal head --json")]
    Head,
}

#[derive(Debug, Args)]
pub struct PasswdArgs {
    /// Read the new passphrase from FILE (first line).
    #[arg(long, value_name = "FILE")]
    pub new_passphrase_file: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum KeyCommand {
    /// Let a recipient unlock the vault.
    #[command(
        after_help = "Examples:\n  carnet key add age1… --label laptop\n  carnet key add \"$(cat ~/.ssh/id_ed25519.pub)\" --label ssh"
    )]
    Add {
        /// age1…, ssh-ed25519 …, ssh-rsa … or a plugin recipient.
        recipient: String,
        /// A label to recognise it by.
        #[arg(long)]
        label: Option<String>,
    },
    /// List unlock methods.
    #[command(after_help = "Example:\n  carnet key list --json")]
    List,
    /// Remove a recipient's unlock method.
    #[command(
        after_help = "Example:\n  carnet key rm age1…\nWhoever kept the vault key can still read it: run `carnet rekey` to cut them off."
    )]
    Rm {
        /// The recipient, as `carnet key list` shows it.
        recipient: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum TrustCommand {
    /// The folders and profiles pinned on this machine, and the vault id each holds.
    #[command(after_help = "Example:\n  carnet trust list --json")]
    List,
    /// Accept the vault now in the selected folder or profile (after a deliberate replacement); journaled.
    #[command(
        after_help = "Examples:\n  carnet --profile lea trust accept 4k2m7q3x9t5b6w8z\n  carnet --vault ~/carnet trust accept 4k2m7q3x9t5b6w8z\nID is the vault id the refusal named; the vault must unlock. Through a guardian's vault, it also writes the guardian's MAC on a child's profile."
    )]
    Accept {
        /// The id of the vault to accept (from the error message, or vault.json).
        #[arg(value_name = "ID")]
        id: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum SettingsCommand {
    /// List settings and values.
    #[command(after_help = "Example:\n  carnet settings list")]
    List,
    /// Set a setting (journaled).
    #[command(
        after_help = "Examples:\n  carnet settings set masked-visible-to-primary false\n  carnet settings set majority-age 18"
    )]
    Set {
        /// Setting name (see `carnet settings list`).
        key: String,
        /// New value.
        value: String,
    },
}

#[derive(Debug, Args)]
pub struct KeygenArgs {
    /// Write the identity to FILE (0600) instead of stdout.
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// A bundle-signing key (Ed25519) for `carnet bundle create` instead of an age identity (needs -o FILE; prints its fingerprint).
    #[arg(long)]
    pub signing: bool,
}

#[derive(Debug, Args)]
pub struct AccessArgs {
    /// A professional's RPPS (default: every known professional).
    #[arg(value_parser = Rpps::parse)]
    pub rpps: Option<Rpps>,
    /// Only this document.
    #[arg(long, value_name = "ID")]
    pub doc: Option<String>,
    /// The guardians' view of a child's profile (rules guardian, guardian_hidden).
    #[arg(long, conflicts_with = "rpps")]
    pub guardians: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EmergencyArg {
    /// The SAMU regulation centre (Centre 15).
    Samu,
    /// Break-the-glass access by other professionals.
    BreakGlass,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("what").required(true).args(["for_rpps", "emergency", "all"])))]
pub struct ExportArgs {
    /// For this professional (RPPS): what the policy lets them see now.
    #[arg(long = "for", value_name = "RPPS", value_parser = Rpps::parse)]
    pub for_rpps: Option<Rpps>,
    /// An emergency bundle under the holder's consents.
    #[arg(long, value_enum, value_name = "MODE")]
    pub emergency: Option<EmergencyArg>,
    /// Every document you can see, with its metadata (portability).
    #[arg(long)]
    pub all: bool,
    /// Output file (`-` = stdout). Default with --for: carnet-RPPS-DATE.age.
    #[arg(
        short = 'o',
        long,
        value_name = "FILE",
        required_unless_present = "for_rpps"
    )]
    pub output: Option<PathBuf>,
    /// Only these documents (repeatable), if the policy allows them.
    #[arg(long = "doc", value_name = "ID")]
    pub docs: Vec<String>,
    /// Encrypt to this recipient (age1…, ssh-ed25519 …, ssh-rsa …, plugin; repeatable).
    #[arg(long = "recipient", short = 'r', value_name = "R", conflicts_with_all = ["passphrase", "bundle_passphrase_file"])]
    pub recipients: Vec<String>,
    /// Encrypt with a passphrase (asked twice, or --bundle-passphrase-file).
    #[arg(long)]
    pub passphrase: bool,
    /// Read the bundle's passphrase from FILE (first line; `-` = stdin).
    #[arg(long, value_name = "FILE")]
    pub bundle_passphrase_file: Option<PathBuf>,
    /// ASCII-armored output (PEM).
    #[arg(long, short = 'a')]
    pub armor: bool,
    /// With --for: also carry the medical profile as an International Patient Summary (fhir/patient-summary.json; emergency bundles always do).
    #[arg(long, requires = "for_rpps")]
    pub with_summary: bool,
    /// `age` (an age file) or `html` (a page that decrypts itself in a browser, with a generated passphrase).
    #[arg(long, value_enum, value_name = "FORMAT", default_value = "age")]
    pub format: ExportFormat,
    /// Replace an existing output file.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// An age file (binary, or PEM with --armor).
    Age,
    /// One web page that decrypts itself offline (the age bundle inside, passphrase only).
    Html,
}

#[derive(Debug, Args)]
pub struct BundleKeyArgs {
    /// The bundle file.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Also check who signed it (the fingerprint `carnet status` shows).
    #[arg(long, value_name = "FINGERPRINT")]
    pub signer: Option<String>,
    /// Identity that decrypts the bundle (default: --identity).
    #[arg(long, value_name = "FILE")]
    pub bundle_identity: Option<PathBuf>,
    /// Read the bundle's passphrase from FILE (first line; `-` = stdin).
    #[arg(long, value_name = "FILE")]
    pub bundle_passphrase_file: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum BundleCommand {
    /// Show a bundle's manifest (after verifying it).
    #[command(after_help = "Example:\n  carnet bundle inspect dubois.age -i key.txt")]
    Inspect(BundleKeyArgs),
    /// Check the signature, every hash and size, and the archive layout (exit 6 naming what is wrong).
    #[command(
        after_help = "Example:\n  carnet bundle verify dubois.age -i key.txt --signer SHA256:…"
    )]
    Verify(BundleKeyArgs),
    /// Verify, then unpack into DIR (nothing is written if verification fails).
    #[command(after_help = "Example:\n  carnet bundle open dubois.age -o ./dubois -i key.txt")]
    Open(BundleOpenArgs),
    /// Verify, then add the bundle's documents to this vault, with their author and flags.
    #[command(
        after_help = "Example:\n  carnet bundle import compte-rendu.age --bundle-identity key.txt"
    )]
    Import(BundleImportArgs),
    /// A professional's report bundle for one patient, signed with their own key (no vault needed).
    #[command(
        long_about = "Make a `report` bundle, as a professional sends documents back to a patient: the files \
(each may have a sidecar FILE.yaml, as for `carnet add`), signed with the professional's own key \
(`carnet keygen --signing`), for one patient, encrypted to --recipient or a passphrase. No vault is needed. \
The patient checks it with `carnet bundle verify --signer FINGERPRINT` and adds it with `carnet bundle import`, \
which refuses it (exit 5) if it names as author a professional whose pinned key (`pro add --signer`) did not \
sign it, or another patient. See docs/bundle-format.md (\"Bundles professionals make\").",
        after_help = "Examples:\n  carnet keygen --signing -o dubois.key\n  carnet bundle create --signing-key dubois.key --patient-name \"MARTIN Camille\" \\\n      --patient-birth-date 07/12/1984 --author 10003456786 --author-name \"Dr Claire DUBOIS\" \\\n      --type biologie --title \"Bilan sanguin\" bilan.pdf -o martin.age -r age1…\n  carnet bundle create --signing-key dubois.key --patient-name \"MARTIN Camille\" \\\n      --patient-birth-date 1984-12-07 --author 10003456786 --invisible-patient anapath.pdf \\\n      -o martin.age --passphrase"
    )]
    Create(BundleCreateArgs),
}

#[derive(Debug, Args)]
pub struct BundleCreateArgs {
    /// The professional's signing key (from `carnet keygen --signing`).
    #[arg(long, value_name = "FILE")]
    pub signing_key: PathBuf,
    /// The patient's name, as on their records (family name in capitals splits it in the FHIR file).
    #[arg(long, value_name = "S")]
    pub patient_name: String,
    /// The patient's birth date (YYYY-MM-DD or JJ/MM/AAAA).
    #[arg(long, value_name = "DATE")]
    pub patient_birth_date: String,
    /// The patient's INS (NIR, 15 characters, checked).
    #[arg(long, value_name = "INS")]
    pub patient_ins: Option<String>,
    /// The documents (a sidecar FILE.yaml beside one gives its metadata).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Document type: short name, code or French name (compte-rendu-consultation, biologie…).
    #[arg(long = "type", short = 't', value_name = "T")]
    pub doc_type: Option<String>,
    /// Title (default: the file name without extension).
    #[arg(long, value_name = "S")]
    pub title: Option<String>,
    /// Document date (default: a leading YYYY-MM-DD in the file name, else its mtime).
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// RPPS of the professional who wrote the documents (needed unless each sidecar names an author).
    #[arg(long, value_name = "RPPS", value_parser = Rpps::parse)]
    pub author: Option<Rpps>,
    /// The author's name, shown in the bundle's index and FHIR file.
    #[arg(long, value_name = "S")]
    pub author_name: Option<String>,
    /// Hold the documents from the patient until an announcement consultation (INVISIBLE_PATIENT; visible at the latest one month after import).
    #[arg(long)]
    pub invisible_patient: bool,
    /// Output file (`-` = stdout).
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: PathBuf,
    /// Encrypt to this recipient, the patient's key (age1…, ssh-ed25519 …, ssh-rsa …, plugin; repeatable).
    #[arg(long = "recipient", short = 'r', value_name = "R", conflicts_with_all = ["passphrase", "bundle_passphrase_file"])]
    pub recipients: Vec<String>,
    /// Encrypt with a passphrase (asked twice, or --bundle-passphrase-file).
    #[arg(long)]
    pub passphrase: bool,
    /// Read the bundle's passphrase from FILE (first line; `-` = stdin).
    #[arg(long, value_name = "FILE")]
    pub bundle_passphrase_file: Option<PathBuf>,
    /// ASCII-armored output (PEM).
    #[arg(long, short = 'a')]
    pub armor: bool,
    /// Replace an existing output file.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct BundleImportArgs {
    #[command(flatten)]
    pub key: BundleKeyArgs,
    /// Import a bundle about another patient than this vault's holder (journaled).
    #[arg(long)]
    pub other_patient: bool,
}

#[derive(Debug, Args)]
pub struct BundleOpenArgs {
    #[command(flatten)]
    pub key: BundleKeyArgs,
    /// Directory to unpack into (created if missing).
    #[arg(short = 'o', long, value_name = "DIR")]
    pub output: PathBuf,
    /// Replace files that already exist in DIR.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Subcommand)]
pub enum ProCommand {
    /// Add a professional (one per RPPS; adding twice is refused, use `pro edit`).
    #[command(
        after_help = "Example:\n  carnet pro add 10003456786 --name \"Dr Claire Dubois\" --specialty \"médecine générale\" --place Lyon --primary"
    )]
    Add(ProAddArgs),

    /// List known professionals, their status and access standing.
    #[command(after_help = "Example:\n  carnet pro list --json")]
    List,

    /// Show a professional, their standing and their grants.
    #[command(after_help = "Example:\n  carnet pro show 10003456786")]
    Show(RppsArg),

    /// Change a professional's name, specialty, place or recipient.
    #[command(
        after_help = "Examples:\n  carnet pro edit 10003456786 --place \"Villeurbanne\"\n  carnet pro edit 10003456786 --specialty \"\"   (an empty value clears it)\n  carnet pro edit 10003456786 --no-recipient"
    )]
    Edit(ProEditArgs),

    /// Remove a professional (their active grants are revoked, journaled; a blocked one is kept).
    #[command(after_help = "Example:\n  carnet pro rm 10003456786")]
    Rm(RppsArg),

    /// Set the primary doctor (médecin traitant), or --unset it.
    #[command(
        after_help = "Examples:\n  carnet pro primary 10003456786\n  carnet pro primary --unset"
    )]
    Primary(ProPrimaryArgs),

    /// Block a professional: they get nothing; their active grants are revoked.
    #[command(after_help = "Example:\n  carnet pro block 10100000008")]
    Block(RppsArg),

    /// Unblock a professional (revives no grant: grant again if you want).
    #[command(after_help = "Example:\n  carnet pro unblock 10100000008")]
    Unblock(RppsArg),
}

#[derive(Debug, Args)]
pub struct RppsArg {
    /// The professional's RPPS number (11 digits).
    #[arg(value_parser = Rpps::parse)]
    pub rpps: Rpps,
}

#[derive(Debug, Args)]
pub struct ProAddArgs {
    /// RPPS number (11 digits, Luhn check digit).
    #[arg(value_parser = Rpps::parse)]
    pub rpps: Rpps,
    /// Display name, e.g. "Dr Claire Dubois".
    #[arg(long, value_name = "S")]
    pub name: String,
    /// Specialty, e.g. "cardiologie".
    #[arg(long, value_name = "S")]
    pub specialty: Option<String>,
    /// Where they practise.
    #[arg(long, value_name = "S")]
    pub place: Option<String>,
    /// age or ssh recipient exports for them are encrypted to.
    #[arg(long, value_name = "R")]
    pub recipient: Option<String>,
    /// Fingerprint of the key they sign bundles with (SHA256:…, as their `carnet status` prints it).
    #[arg(long, value_name = "FINGERPRINT")]
    pub signer: Option<String>,
    /// Make them the primary doctor (médecin traitant).
    #[arg(long)]
    pub primary: bool,
}

#[derive(Debug, Args)]
pub struct ProEditArgs {
    /// RPPS number.
    #[arg(value_parser = Rpps::parse)]
    pub rpps: Rpps,
    /// New name.
    #[arg(long, value_name = "S")]
    pub name: Option<String>,
    /// New specialty ("" clears it).
    #[arg(long, value_name = "S")]
    pub specialty: Option<String>,
    /// New place ("" clears it).
    #[arg(long, value_name = "S")]
    pub place: Option<String>,
    /// New age or ssh recipient.
    #[arg(long, value_name = "R")]
    pub recipient: Option<String>,
    /// Forget the recorded recipient.
    #[arg(long)]
    pub no_recipient: bool,
    /// New bundle-signing key fingerprint (SHA256:…).
    #[arg(long, value_name = "FINGERPRINT")]
    pub signer: Option<String>,
    /// Forget the pinned bundle-signing key.
    #[arg(long)]
    pub no_signer: bool,
}

#[derive(Debug, Args)]
pub struct ProPrimaryArgs {
    /// RPPS of the new primary doctor.
    #[arg(value_parser = Rpps::parse)]
    pub rpps: Option<Rpps>,
    /// No primary doctor any more.
    #[arg(long)]
    pub unset: bool,
}

#[derive(Debug, Args)]
pub struct GrantArgs {
    /// The professional's RPPS.
    #[arg(value_parser = Rpps::parse)]
    pub rpps: Rpps,
    /// How long: 90s, 45m, 12h, 30d, 2w, or in French 30j, 2sem, 3mois.
    #[arg(long = "for", value_name = "DURATION")]
    pub duration: Option<String>,
    /// Until when: YYYY-MM-DD or JJ/MM/AAAA (end of that day, local time), or RFC 3339.
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// Only documents of this type (repeatable; short name, code or French name).
    #[arg(long = "type", short = 't', value_name = "T")]
    pub types: Vec<String>,
    /// Only this document (repeatable; ID or unique prefix).
    #[arg(long = "doc", value_name = "ID")]
    pub docs: Vec<String>,
}

#[derive(Debug, Args)]
pub struct GrantsArgs {
    /// Also expired and revoked grants.
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Args)]
pub struct RevokeArgs {
    /// A grant ID (or unique prefix of 4+ characters), or an RPPS for all of that professional's active grants.
    #[arg(value_name = "GRANT_ID|RPPS")]
    pub target: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Consent {
    Allow,
    Deny,
}

#[derive(Debug, Subcommand)]
pub enum EmergencyCommand {
    /// Show the three emergency consents.
    #[command(after_help = "Example:\n  carnet emergency status --json")]
    Status,
    /// Change emergency consents (journaled); masked allow needs samu or break-glass allowed.
    #[command(
        after_help = "Examples:\n  carnet emergency set --samu allow --break-glass deny\n  carnet emergency set --masked allow"
    )]
    Set(EmergencySetArgs),
    /// Write an emergency kit into DIR: the emergency bundle as a web page, the printable summary, a wallet card.
    #[command(
        after_help = "Examples:\n  carnet emergency kit -o /media/usb/urgence\n  carnet emergency kit -o ~/urgence --print-passphrase --force\nThe passphrase is shown once (stderr, or \"passphrase\" in --json) and stored nowhere; `carnet status` says when the kit is older than the profile. Docs: docs/medical.md (Emergency kit)."
    )]
    Kit(EmergencyKitArgs),
}

#[derive(Debug, Args)]
pub struct EmergencyKitArgs {
    /// Directory to write the kit into (created 0700; must be new or empty).
    #[arg(short = 'o', long, value_name = "DIR")]
    pub output: PathBuf,
    /// Who the bundle is for: break-glass (any professional who finds the card) or samu.
    #[arg(long, value_enum, value_name = "MODE", default_value = "break-glass")]
    pub mode: EmergencyArg,
    /// Print the bundle's passphrase on the wallet card (else tell it to your close ones).
    #[arg(long)]
    pub print_passphrase: bool,
    /// Read the bundle's passphrase from FILE (first line; `-` = stdin) instead of generating one.
    #[arg(long, value_name = "FILE")]
    pub bundle_passphrase_file: Option<PathBuf>,
    /// Replace a previous kit in DIR (only a directory holding nothing but kit files).
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct EmergencySetArgs {
    /// SAMU regulation centre (Centre 15) access, consent ETREAT.
    #[arg(long, value_enum, value_name = "allow|deny")]
    pub samu: Option<Consent>,
    /// Break-glass access by other professionals, consent BTG.
    #[arg(long, value_enum, value_name = "allow|deny")]
    pub break_glass: Option<Consent>,
    /// Masked documents readable in an emergency, consent MASKED.
    #[arg(long, value_enum, value_name = "allow|deny")]
    pub masked: Option<Consent>,
}

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// The backup file to write (`-` = stdout).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: PathBuf,
    /// Encrypt to this recipient instead (repeatable): age1…, ssh-ed25519 …, ssh-rsa …, or a plugin's.
    #[arg(long = "recipient", short = 'r', value_name = "R", conflicts_with_all = ["passphrase", "backup_passphrase_file"])]
    pub recipients: Vec<String>,
    /// Encrypt with a passphrase (asked twice, or --backup-passphrase-file).
    #[arg(long)]
    pub passphrase: bool,
    /// Read the backup's passphrase from FILE (first line; `-` = stdin).
    #[arg(long, value_name = "FILE")]
    pub backup_passphrase_file: Option<PathBuf>,
    /// Replace an existing output file.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The backup file (`carnet backup -o FILE`).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Replace a vault this machine knows (the one at the target, or an older copy of it).
    #[arg(long)]
    pub force: bool,
    /// Read the backup's passphrase from FILE (first line); default: the vault passphrase given to unlock.
    #[arg(long, value_name = "FILE")]
    pub backup_passphrase_file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct RekeyArgs {
    /// Remove the passphrase unlock instead of re-wrapping it (the other unlock methods stay).
    #[arg(long)]
    pub drop_passphrase: bool,
}

#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// Profiles under the data dir: holder, birth date, age, guardians, default.
    #[command(after_help = "Example:\n  carnet profile list --json")]
    List,
    /// Create a child's profile, opened by whatever opens your own vault.
    #[command(
        after_help = "Example:\n  carnet profile create lea --birth-date 2015-06-01 --name \"Léa Martin\""
    )]
    Create(ProfileCreateArgs),
    /// Guardians of a child's profile: add or remove a second guardian's key.
    #[command(
        subcommand,
        after_help = "Example:\n  carnet profile guardian add lea age1… --name \"Sam Martin\""
    )]
    Guardian(GuardianCommand),
    /// Register the minor's own key: it unlocks the profile as its holder, and hidden documents are sealed to it.
    #[command(after_help = "Example:\n  carnet profile key lea age1…")]
    Key(ProfileKeyArgs),
    /// Hand the profile over to the young adult at majority: new key, their own unlock methods only.
    #[command(
        after_help = "Examples:\n  carnet profile handover lea --recipient age1…\n  carnet profile handover lea --new-passphrase-file lea-pass.txt\nBefore the birthday at majority-age it is refused (exit 5) unless --force."
    )]
    Handover(HandoverArgs),
}

#[derive(Debug, Args)]
pub struct ProfileCreateArgs {
    /// The profile's name (letters, digits, '-', '_', '.').
    #[arg(value_name = "NAME")]
    pub child: String,
    /// The child's birth date (YYYY-MM-DD or JJ/MM/AAAA).
    #[arg(long, value_name = "DATE")]
    pub birth_date: String,
    /// The child's name (default: the profile's name).
    #[arg(long = "name", value_name = "S")]
    pub holder_name: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum GuardianCommand {
    /// Let a second guardian (other parent, court-appointed guardian) unlock the profile with their key.
    #[command(
        after_help = "Example:\n  carnet profile guardian add lea age1… --name \"Sam Martin\""
    )]
    Add {
        /// The child's profile.
        #[arg(value_name = "NAME")]
        child: String,
        /// The guardian's recipient (age1…, ssh-ed25519 …, ssh-rsa …, plugin).
        #[arg(value_name = "R")]
        recipient: String,
        /// The guardian's name, as the journal shows it.
        #[arg(long = "name", value_name = "S")]
        display_name: Option<String>,
    },
    /// Remove a guardian's unlock method (then run `carnet --profile NAME rekey`).
    #[command(
        after_help = "Example:\n  carnet profile guardian rm lea age1… && carnet --profile lea rekey"
    )]
    Rm {
        /// The child's profile.
        #[arg(value_name = "NAME")]
        child: String,
        /// The guardian's recipient, or the profile name of a guardian's own vault.
        #[arg(value_name = "R")]
        recipient: String,
    },
}

#[derive(Debug, Args)]
pub struct ProfileKeyArgs {
    /// The child's profile.
    #[arg(value_name = "NAME")]
    pub child: String,
    /// The minor's own recipient (age1…, ssh-ed25519 …, ssh-rsa …, plugin).
    #[arg(value_name = "R")]
    pub recipient: String,
}

#[derive(Debug, Args)]
pub struct HandoverArgs {
    /// The child's profile.
    #[arg(value_name = "NAME")]
    pub child: String,
    /// The young adult's own recipient (repeatable).
    #[arg(long = "recipient", short = 'r', value_name = "R")]
    pub recipients: Vec<String>,
    /// Read the young adult's new passphrase from FILE (first line); without it or --recipient, prompts twice.
    #[arg(long, value_name = "FILE")]
    pub new_passphrase_file: Option<PathBuf>,
    /// Hand over before the birthday at majority-age (journaled as forced).
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Subcommand)]
pub enum RemoteCommand {
    /// Add a remote: a directory path (or file://DIR) or s3://BUCKET[/PREFIX].
    #[command(
        after_help = "Examples:\n  carnet remote add usb /media/usb/carnet\n  carnet remote add nas s3://famille/carnet --endpoint http://127.0.0.1:3900 --region garage"
    )]
    Add {
        /// A short name for it (letters, digits, '-', '_').
        #[arg(value_name = "NAME")]
        name: String,
        /// A directory, file://DIR, or s3://BUCKET[/PREFIX].
        #[arg(value_name = "URL")]
        url: String,
        /// S3 endpoint (self-hosted stores), kept with the remote.
        #[arg(long, value_name = "URL")]
        endpoint: Option<String>,
        /// S3 region, kept with the remote.
        #[arg(long, value_name = "R")]
        region: Option<String>,
    },
    /// The remotes and when each last synced.
    #[command(after_help = "Example:\n  carnet remote list --json")]
    List,
    /// Forget a remote (its objects stay where they are).
    #[command(after_help = "Example:\n  carnet remote rm usb")]
    Rm {
        /// The remote's name.
        #[arg(value_name = "NAME")]
        name: String,
    },
    /// Remove what no replica needs any more: deleted documents' contents and old snapshots, after a grace period.
    #[command(
        after_help = "Examples:\n  carnet remote prune usb\n  carnet remote prune usb --grace 0d\nSegments (each device's history) are never pruned. Docs: docs/sync.md."
    )]
    Prune {
        /// The remote's name.
        #[arg(value_name = "NAME")]
        name: String,
        /// Keep what became unneeded more recently than this (e.g. 30d, 12h; 0d: no grace).
        #[arg(long, value_name = "DURATION", default_value = "30d")]
        grace: String,
    },
}

#[derive(Debug, Args)]
pub struct SyncArgs {
    /// The remote (needed when there are several).
    #[arg(value_name = "NAME")]
    pub remote: Option<String>,
}

#[derive(Debug, Args)]
pub struct CloneArgs {
    /// A directory, file://DIR, or s3://BUCKET[/PREFIX] holding a vault.
    #[arg(value_name = "URL")]
    pub url: String,
    /// S3 endpoint (self-hosted stores).
    #[arg(long, value_name = "URL")]
    pub endpoint: Option<String>,
    /// S3 region.
    #[arg(long, value_name = "R")]
    pub region: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum DeviceCommand {
    /// The replicas of this vault and when each last synced.
    #[command(after_help = "Example:\n  carnet device list --json")]
    List,
    /// Retire a lost device: its later changes are refused everywhere.
    #[command(
        after_help = "Example:\n  carnet device rm 3f9c2a71d04be855\nThen run `carnet rekey`."
    )]
    Rm {
        /// The device id (from `carnet device list`).
        #[arg(value_name = "ID")]
        id: String,
    },
}

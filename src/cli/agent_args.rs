//! Arguments of `carnet agent` (docs/agent.md).

use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum AgentCommand {
    /// Unlock the vault once and keep it unlocked in a background agent for a while.
    #[command(
        after_help = "Examples:\n  carnet agent start                 (asks the passphrase once; forgets in 15 minutes)\n  carnet --profile lea agent start --ttl 2h\n  carnet agent start --passphrase-file - < pass.txt && carnet list\nLater commands of this user open that vault through the agent: no prompt, no identity. \
CARNET_NO_AGENT=1 bypasses it. Docs: docs/agent.md."
    )]
    Start(AgentStartArgs),
    /// Which vaults agents hold, and for how long still.
    #[command(after_help = "Examples:\n  carnet agent status\n  carnet agent status --json")]
    Status,
    /// Make the agent of the selected vault (or every agent) forget its key and exit.
    #[command(after_help = "Examples:\n  carnet agent stop\n  carnet agent stop --all")]
    Stop(AgentStopArgs),
    /// The agent process itself (run by `agent start`, which hands it the key on stdin).
    #[command(hide = true)]
    Serve,
}

#[derive(Debug, Args)]
pub struct AgentStartArgs {
    /// How long the agent holds the key (90s, 15m, 2h; at most 7d).
    #[arg(long, value_name = "DURATION", default_value = "15m")]
    pub ttl: String,
}

#[derive(Debug, Args)]
pub struct AgentStopArgs {
    /// Stop every agent of this user, whatever vault it holds.
    #[arg(long)]
    pub all: bool,
}

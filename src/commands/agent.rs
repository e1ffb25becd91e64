//! `carnet agent start|status|stop`: an unlock agent for the vault the
//! global options select (docs/agent.md).

use serde_json::{json, Value};

use crate::agent::{self, client, proto::AgentInfo, Setup};
use crate::cli::agent_args::{AgentCommand, AgentStartArgs, AgentStopArgs};
use crate::commands::context::Ctx;
use crate::error::{Error, Result};
use crate::timefmt;

pub fn run(ctx: &Ctx, c: &AgentCommand) -> Result<()> {
    match c {
        AgentCommand::Start(a) => start(ctx, a),
        AgentCommand::Status => status(ctx),
        AgentCommand::Stop(a) => stop(ctx, a),
        AgentCommand::Serve => agent::server::serve(std::io::stdin().lock()),
    }
}

fn start(ctx: &Ctx, a: &AgentStartArgs) -> Result<()> {
    let ttl = timefmt::parse_duration(&a.ttl)?;
    let ttl = std::time::Duration::try_from(ttl).unwrap_or(agent::MAX_TTL);
    if ttl > agent::MAX_TTL || ttl.as_secs() == 0 {
        return Err(Error::usage(
            crate::i18n::tr!("m-agent-bad-ttl", ttl = &a.ttl),
            crate::i18n::tr!("m-agent-bad-ttl-hint"),
        ));
    }
    let (dir, label) = ctx.vault_dir()?;
    let id = ctx.sealed()?.config.id;
    if let Some((_, info)) = client::key_for(&id)? {
        return Err(Error::usage(
            crate::i18n::tr!(
                "m-agent-already",
                label = &label,
                left = left(&info),
                pid = info.pid.to_string()
            ),
            crate::i18n::tr!("m-agent-already-hint", selector = selector(ctx)),
        ));
    }
    // A fresh unlock with the user's method (no agent answers for it).
    let v = ctx.unlock_dir(&dir)?;
    let setup = Setup {
        vault_id: v.config.id.clone(),
        vault: dir.display().to_string(),
        file: v.access().file.clone(),
        ttl_secs: ttl.as_secs(),
    };
    let method = agent::method_line(v.method(), ctx.identity_file());
    let info = agent::spawn(&setup, v.key().secret()?, method)?;
    ctx.out.done(&info_json(&info, true), || {
        crate::i18n::tr!(
            "m-agent-started",
            label = &label,
            left = left(&info),
            pid = info.pid.to_string()
        )
    });
    Ok(())
}

fn status(ctx: &Ctx) -> Result<()> {
    let found = client::list()?;
    let stale = found
        .iter()
        .filter(|(_, p)| matches!(p, client::Probe::Stale))
        .count();
    if stale > 0 {
        ctx.out.warn(crate::i18n::tr!("m-agent-stale", n = stale));
    }
    for (p, probe) in &found {
        if let client::Probe::Odd(why) = probe {
            ctx.out.warn(crate::i18n::tr!(
                "m-agent-odd",
                path = p.display().to_string(),
                why = why
            ));
        }
    }
    let live: Vec<&AgentInfo> = found
        .iter()
        .filter_map(|(_, p)| match p {
            client::Probe::Live(i) => Some(i),
            _ => None,
        })
        .collect();
    if live.is_empty() {
        return Err(no_agent(ctx, &[]));
    }
    let selected = ctx.sealed().ok().map(|s| s.config.id);
    if let Some(id) = &selected {
        if !live.iter().any(|i| &i.vault_id == id) {
            return Err(no_agent(ctx, &live));
        }
    }
    if ctx.out.json {
        let agents: Vec<Value> = live
            .iter()
            .map(|i| info_json(i, selected.as_deref() == Some(i.vault_id.as_str())))
            .collect();
        ctx.out.json_value(&json!({ "agents": agents }));
        return Ok(());
    }
    let rows = live
        .iter()
        .map(|i| {
            vec![
                i.vault.clone(),
                i.vault_id.clone(),
                left(i),
                i.pid.to_string(),
                if i.memory_locked {
                    crate::i18n::tr!("show-yes")
                } else {
                    crate::i18n::tr!("m-agent-no")
                },
            ]
        })
        .collect();
    let (vault, forgets, locked) = (
        crate::i18n::tr!("m-agent-col-vault"),
        crate::i18n::tr!("m-agent-col-forgets-in"),
        crate::i18n::tr!("m-agent-col-locked"),
    );
    ctx.out.table(
        &[
            vault.as_str(),
            "ID",
            forgets.as_str(),
            "PID",
            locked.as_str(),
        ],
        rows,
    );
    Ok(())
}

fn stop(ctx: &Ctx, a: &AgentStopArgs) -> Result<()> {
    let mut stopped = Vec::new();
    if a.all {
        for (_, p) in client::list()? {
            if let client::Probe::Live(i) = p {
                if client::stop(&i.vault_id)? {
                    stopped.push(i);
                }
            }
        }
        if stopped.is_empty() {
            return Err(no_agent(ctx, &[]));
        }
    } else {
        let id = ctx.sealed()?.config.id;
        let Some((_, info)) = client::key_for(&id)? else {
            let live: Vec<AgentInfo> = client::list()?
                .into_iter()
                .filter_map(|(_, p)| match p {
                    client::Probe::Live(i) => Some(i),
                    _ => None,
                })
                .collect();
            return Err(no_agent(ctx, &live.iter().collect::<Vec<_>>()));
        };
        if client::stop(&id)? {
            stopped.push(info);
        }
    }
    let list: Vec<Value> = stopped.iter().map(|i| info_json(i, false)).collect();
    ctx.out.done(&json!({ "stopped": list }), || {
        let names: Vec<&str> = stopped.iter().map(|i| i.vault.as_str()).collect();
        crate::i18n::tr!("m-agent-stopped", names = names.join(", "))
    });
    Ok(())
}

/// Exit 4: no agent holds the selected vault; `others` are those running.
fn no_agent(ctx: &Ctx, others: &[&AgentInfo]) -> Error {
    if others.is_empty() {
        return Error::not_found(
            crate::i18n::tr!("m-agent-none"),
            crate::i18n::tr!("m-agent-none-hint", selector = selector(ctx)),
        );
    }
    let held: Vec<String> = others
        .iter()
        .map(|i| crate::i18n::tr!("m-agent-held", vault = &i.vault, left = left(i)))
        .collect();
    Error::not_found(
        crate::i18n::tr!("m-agent-other", label = ctx.label(), held = held.join(", ")),
        crate::i18n::tr!("m-agent-other-hint", selector = selector(ctx)),
    )
}

/// The global option selecting this vault, for hints.
fn selector(ctx: &Ctx) -> String {
    match (&ctx.g.vault, &ctx.g.profile) {
        (Some(v), _) => format!(" --vault {}", v.display()),
        (None, Some(p)) => format!(" --profile {p}"),
        (None, None) => String::new(),
    }
}

fn left(i: &AgentInfo) -> String {
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    crate::i18n::explain::duration(time::Duration::seconds((i.expires_at - now).max(0)))
}

fn info_json(i: &AgentInfo, selected: bool) -> Value {
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let expires = time::OffsetDateTime::from_unix_timestamp(i.expires_at)
        .map(timefmt::rfc3339)
        .unwrap_or_default();
    json!({
        "vault": i.vault,
        "vault_id": i.vault_id,
        "pid": i.pid,
        "expires_at": expires,
        "seconds_left": (i.expires_at - now).max(0),
        "memory_locked": i.memory_locked,
        "dumpable": i.dumpable,
        "core_limit": i.core_limit,
        "selected": selected,
    })
}

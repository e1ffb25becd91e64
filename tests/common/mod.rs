//! Shared harness for integration tests: a throwaway vault in a temp dir,
//! unlocked with an identity file (fast), and the real `carnet` binary.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use age::secrecy::ExposeSecret;
use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

pub mod fhir;
pub mod report;

pub const RPPS_A: &str = "10003456786";
pub const RPPS_B: &str = "10100000008";
pub const RPPS_C: &str = "10000000017";
pub const RPPS_D: &str = "10005555551";

pub struct Env {
    pub dir: TempDir,
    pub vault: PathBuf,
    pub identity: PathBuf,
    pub recipient: String,
}

/// Writes a fresh age identity file; returns (path, recipient).
pub fn new_identity(dir: &Path, name: &str) -> (PathBuf, String) {
    let id = age::x25519::Identity::generate();
    let path = dir.join(name);
    std::fs::write(&path, format!("{}\n", id.to_string().expose_secret())).unwrap();
    (path, id.to_public().to_string())
}

impl Env {
    /// A temp dir with an identity but no vault yet.
    pub fn bare() -> Env {
        let dir = tempfile::tempdir().unwrap();
        let (identity, recipient) = new_identity(dir.path(), "identity.txt");
        let vault = dir.path().join("vault");
        Env {
            dir,
            vault,
            identity,
            recipient,
        }
    }

    /// A vault initialised with the identity as its only unlock method.
    pub fn new() -> Env {
        let env = Env::bare();
        env.cmd()
            .args([
                "init",
                "--name",
                "Camille Martin",
                "--no-passphrase",
                "--recipient",
                &env.recipient,
            ])
            .assert()
            .success();
        env
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// `carnet` as a std Command (to spawn and kill), with this env's vault,
    /// identity and private state dirs.
    pub fn std_cmd(&self) -> std::process::Command {
        let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_carnet"));
        c.current_dir(self.dir.path())
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.dir.path())
            .env("XDG_DATA_HOME", self.dir.path().join("xdg-data"))
            .env("XDG_STATE_HOME", self.dir.path().join("xdg-state"))
            .env("XDG_CONFIG_HOME", self.dir.path().join("xdg-config"))
            .env("CARNET_VAULT", &self.vault)
            .env("CARNET_IDENTITY", &self.identity)
            .env("CARNET_NO_INPUT", "1")
            .env("NO_COLOR", "1");
        c
    }

    /// `carnet` with this env's vault, identity and private state dirs.
    pub fn cmd(&self) -> Command {
        Command::from_std(self.std_cmd())
    }

    /// `carnet` without the vault/identity env (to test those paths).
    pub fn cmd_bare(&self) -> Command {
        let mut c = self.cmd();
        c.env_remove("CARNET_VAULT").env_remove("CARNET_IDENTITY");
        c
    }

    /// Runs with `--json`, asserts success, parses stdout.
    pub fn json(&self, args: &[&str]) -> Value {
        self.json_from(self.cmd().arg("--json").args(args))
    }

    /// Runs a command built with [`Env::cmd`] (extra environment, stdin…),
    /// checks it succeeded and parses its stdout as JSON.
    pub fn json_from(&self, cmd: &mut Command) -> Value {
        let out = cmd.output().unwrap();
        assert!(
            out.status.success(),
            "{cmd:?} failed: {}\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout of {cmd:?} is not JSON ({e}): {}",
                String::from_utf8_lossy(&out.stdout)
            )
        })
    }

    /// Runs and returns (exit code, stdout, stderr).
    pub fn run(&self, args: &[&str]) -> (i32, String, String) {
        let out = self.cmd().args(args).output().unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }

    /// Writes a file in the temp dir.
    pub fn write(&self, rel: &str, content: &[u8]) -> PathBuf {
        let p = self.path(rel);
        if let Some(d) = p.parent() {
            std::fs::create_dir_all(d).unwrap();
        }
        std::fs::write(&p, content).unwrap();
        p
    }

    /// Adds one file with extra args; returns its document ID.
    pub fn add(&self, rel: &str, content: &[u8], extra: &[&str]) -> String {
        let p = self.write(rel, content);
        let mut args = vec!["add", p.to_str().unwrap()];
        args.extend_from_slice(extra);
        let v = self.json(&args);
        v[0]["id"].as_str().unwrap().to_string()
    }

    /// The vault unlocked through the library with the identity file, for
    /// tests that set up what the CLI cannot (the caller sets
    /// `CARNET_STATE_DIR` when the library must share the binary's state).
    pub fn unlock_library(&self) -> carnet::vault::Vault {
        let ids =
            carnet::crypto::load_identity_file(&self.identity, &carnet::prompt::nobody()).unwrap();
        carnet::vault::Sealed::open(&self.vault)
            .unwrap()
            .unlock(&carnet::vault::UnlockMethod::Identities {
                identities: ids,
                source: "test".into(),
            })
            .unwrap()
            .0
    }

    /// Every file under the vault, recursively.
    pub fn vault_files(&self) -> Vec<PathBuf> {
        fn walk(p: &Path, out: &mut Vec<PathBuf>) {
            for e in std::fs::read_dir(p).unwrap().flatten() {
                let path = e.path();
                if path.is_dir() {
                    walk(&path, out);
                } else {
                    out.push(path);
                }
            }
        }
        let mut v = Vec::new();
        walk(&self.vault, &mut v);
        v
    }
}

/// Asserts the exit code and that stderr has an `error:` and a `hint:` line.
pub fn assert_error(out: &(i32, String, String), code: i32, needle: &str) {
    assert_eq!(
        out.0, code,
        "expected exit {code}, got {}: stderr: {}",
        out.0, out.2
    );
    assert!(out.2.contains("error:"), "no error line: {}", out.2);
    assert!(out.2.contains("hint:"), "no hint line: {}", out.2);
    assert!(out.2.contains(needle), "stderr lacks {needle:?}: {}", out.2);
}

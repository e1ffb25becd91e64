//! S3 remotes (issue 15) against a real server: each test starts its own
//! single-node Garage on 127.0.0.1 (random ports, a temp dir), makes a
//! bucket and a key, and hands the key to carnet through the standard
//! AWS_* environment. Without the `garage` binary each test says so loudly
//! and returns (`.ci/run` installs it).

mod common;

use std::io::Write;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command as StdCommand, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::Command;
use common::{Env, RPPS_A, RPPS_B};
use object_store::aws::{AmazonS3, AmazonS3Builder};
use object_store::path::Path as Key;
use object_store::{ObjectStore, ObjectStoreExt, PutPayload};
use serde_json::Value;
use tempfile::TempDir;

const BUCKET: &str = "carnet-test";

struct Garage {
    dir: TempDir,
    conf: PathBuf,
    bin: PathBuf,
    server: Child,
    endpoint: String,
    key_id: String,
    secret: String,
}

fn garage_bin() -> Option<PathBuf> {
    if let Some(paths) = std::env::var_os("PATH") {
        for d in std::env::split_paths(&paths) {
            let p = d.join("garage");
            if p.is_file() {
                return Some(p);
            }
        }
    }
    let p = PathBuf::from(std::env::var_os("HOME")?).join(".cargo/bin/garage");
    p.is_file().then_some(p)
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl Garage {
    /// A running single-node Garage with one bucket and one key; `None`
    /// (after a loud message) when garage is not installed.
    fn start() -> Option<Garage> {
        let Some(bin) = garage_bin() else {
            // Straight to stderr: the test harness captures eprintln!.
            let _ = std::io::stderr().write_all(
                b"\n!!!!!!!! SKIPPED: garage not installed (.ci/run installs it); the S3 remote is NOT tested !!!!!!!!\n",
            );
            return None;
        };
        let dir = tempfile::tempdir().unwrap();
        let (rpc, s3, admin) = (free_port(), free_port(), free_port());
        let secret: String = (0..32).map(|_| format!("{:02x}", rand_byte())).collect();
        let conf = dir.path().join("garage.toml");
        std::fs::write(
            &conf,
            format!(
                "metadata_dir = \"{m}\"\ndata_dir = \"{d}\"\ndb_engine = \"sqlite\"\n\
                 replication_factor = 1\nrpc_bind_addr = \"127.0.0.1:{rpc}\"\n\
                 rpc_public_addr = \"127.0.0.1:{rpc}\"\nrpc_secret = \"{secret}\"\n\
                 [s3_api]\ns3_region = \"garage\"\napi_bind_addr = \"127.0.0.1:{s3}\"\n\
                 [admin]\napi_bind_addr = \"127.0.0.1:{admin}\"\n",
                m = dir.path().join("meta").display(),
                d = dir.path().join("data").display(),
            ),
        )
        .unwrap();
        let log = std::fs::File::create(dir.path().join("server.log")).unwrap();
        let server = StdCommand::new(&bin)
            .arg("-c")
            .arg(&conf)
            .arg("server")
            .env("RUST_LOG", "warn")
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .unwrap();
        let mut g = Garage {
            dir,
            conf,
            bin,
            server,
            endpoint: format!("http://127.0.0.1:{s3}"),
            key_id: String::new(),
            secret: String::new(),
        };
        let deadline = Instant::now() + Duration::from_secs(60);
        let node = loop {
            let out = g.admin(&["node", "id", "-q"]);
            if let Some(out) = out {
                break out.trim().split('@').next().unwrap().to_string();
            }
            assert!(
                Instant::now() < deadline,
                "garage did not start: {}",
                g.log()
            );
            std::thread::sleep(Duration::from_millis(200));
        };
        g.must(&["layout", "assign", "-z", "dc1", "-c", "1G", &node]);
        g.must(&["layout", "apply", "--version", "1"]);
        g.must(&["bucket", "create", BUCKET]);
        let key = g.must(&["key", "create", "carnet-test"]);
        let field = |name: &str| {
            key.lines()
                .find_map(|l| l.strip_prefix(name))
                .map(|v| v.trim().to_string())
                .unwrap_or_else(|| panic!("no {name} in {key}"))
        };
        g.key_id = field("Key ID:");
        g.secret = field("Secret key:");
        g.must(&[
            "bucket",
            "allow",
            "--read",
            "--write",
            BUCKET,
            "--key",
            &g.key_id.clone(),
        ]);
        Some(g)
    }

    fn admin(&self, args: &[&str]) -> Option<String> {
        let out = StdCommand::new(&self.bin)
            .arg("-c")
            .arg(&self.conf)
            .args(args)
            .env("RUST_LOG", "warn")
            .output()
            .unwrap();
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    }

    fn must(&self, args: &[&str]) -> String {
        // The node may need a moment after the layout changes.
        for _ in 0..50 {
            if let Some(out) = self.admin(args) {
                return out;
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        panic!("garage {args:?} failed: {}", self.log());
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("server.log")).unwrap_or_default()
    }

    fn vars(&self) -> Vec<(&'static str, String)> {
        vec![
            ("AWS_ACCESS_KEY_ID", self.key_id.clone()),
            ("AWS_SECRET_ACCESS_KEY", self.secret.clone()),
            ("AWS_REGION", "garage".into()),
            ("AWS_ENDPOINT", self.endpoint.clone()),
            ("AWS_ALLOW_HTTP", "true".into()),
        ]
    }

    /// `carnet` for `env`, with this server's key in its environment.
    fn cmd(&self, env: &Env) -> Command {
        let mut c = env.cmd();
        c.envs(self.vars());
        c
    }

    fn json(&self, env: &Env, args: &[&str]) -> Value {
        env.json_from(self.cmd(env).arg("--json").args(args))
    }

    fn run(&self, env: &Env, args: &[&str]) -> (i32, String, String) {
        let out = self.cmd(env).args(args).output().unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }

    /// Direct access to the bucket, to play a remote that misbehaves.
    fn bucket(&self) -> Bucket {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        Bucket {
            store: self.client(),
            rt,
        }
    }

    /// A client of its own: pooled connections belong to the runtime that
    /// opened them, so two runtimes must not share one.
    fn client(&self) -> AmazonS3 {
        AmazonS3Builder::new()
            .with_bucket_name(BUCKET)
            .with_endpoint(&self.endpoint)
            .with_region("garage")
            .with_access_key_id(&self.key_id)
            .with_secret_access_key(&self.secret)
            .with_allow_http(true)
            .build()
            .unwrap()
    }
}

impl Drop for Garage {
    fn drop(&mut self) {
        let _ = self.server.kill();
        let _ = self.server.wait();
    }
}

fn rand_byte() -> u8 {
    let mut b = [0u8; 1];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut b))
        .unwrap();
    b[0]
}

struct Bucket {
    store: AmazonS3,
    rt: tokio::runtime::Runtime,
}

impl Bucket {
    fn list(&self, prefix: &str) -> Vec<String> {
        let mut v: Vec<String> = self
            .rt
            .block_on(self.store.list_with_delimiter(Some(&Key::from(prefix))))
            .unwrap()
            .objects
            .into_iter()
            .map(|o| o.location.to_string())
            .collect();
        v.sort();
        v
    }
    fn get(&self, key: &str) -> Vec<u8> {
        self.rt
            .block_on(async { self.store.get(&Key::from(key)).await?.bytes().await })
            .unwrap()
            .to_vec()
    }
    fn put(&self, key: &str, bytes: Vec<u8>) {
        self.rt
            .block_on(self.store.put(&Key::from(key), PutPayload::from(bytes)))
            .unwrap();
    }
    fn delete(&self, key: &str) {
        self.rt
            .block_on(self.store.delete(&Key::from(key)))
            .unwrap();
    }
}

fn ids(g: &Garage, env: &Env) -> Vec<String> {
    let mut out: Vec<String> = g
        .json(env, &["list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect();
    out.sort();
    out
}

fn state(g: &Garage, env: &Env) -> Value {
    serde_json::json!({
        "docs": g.json(env, &["list"]),
        "pros": g.json(env, &["pro", "list"]),
        "grants": g.json(env, &["grants", "--all"]),
    })
}

fn add(g: &Garage, env: &Env, name: &str, content: &str) -> String {
    let p = env.write(name, content.as_bytes());
    let v = g.json(env, &["add", p.to_str().unwrap(), "--title", name]);
    v[0]["id"].as_str().unwrap().to_string()
}

fn device_of(g: &Garage, env: &Env) -> String {
    g.json(env, &["device", "list"])
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["this"] == true)
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string()
}

/// Parent A's vault synced to `url`, and parent B's clone of it from
/// there (B has its own identity, added to the vault by A).
fn two_parents(g: &Garage, url: &str) -> (Env, Env) {
    let a = Env::new();
    let b = Env::bare();
    a.cmd()
        .args(["key", "add", &b.recipient])
        .assert()
        .success();
    add(g, &a, "bilan.txt", "bilan sanguin");
    g.cmd(&a)
        .args(["remote", "add", "s3", url])
        .assert()
        .success();
    g.cmd(&a).arg("sync").assert().success();
    let v = g.json(&b, &["clone", url]);
    assert_eq!(v["device"].as_str().unwrap().len(), 16, "{v}");
    (a, b)
}

fn verify_all(g: &Garage, env: &Env) {
    g.cmd(env).args(["journal", "verify"]).assert().success();
    g.cmd(env).arg("check").assert().success();
}

#[test]
fn s3_two_parents_sync_in_both_orders_and_converge() {
    let Some(g) = Garage::start() else { return };
    for a_first in [true, false] {
        let url = format!("s3://{BUCKET}/family-{a_first}");
        let (a, b) = two_parents(&g, &url);
        // The clone came from the bucket: same documents, readable by B.
        assert_eq!(ids(&g, &a), ids(&g, &b));
        let d0 = ids(&g, &a)[0].clone();
        let out = g.cmd(&b).args(["get", &d0, "-o", "-"]).output().unwrap();
        assert_eq!(out.stdout, b"bilan sanguin");
        assert_eq!(g.json(&b, &["remote", "list"])[0]["url"], url.as_str());
        g.cmd(&a)
            .args(["pro", "add", RPPS_A, "--name", "Dr Dubois"])
            .assert()
            .success();
        g.json(&a, &["sync"]);
        g.json(&b, &["sync"]);
        // Concurrently: A masks, adds and blocks; B adds, unmasks, grants.
        g.cmd(&a).args(["mask", &d0]).assert().success();
        add(&g, &a, "radio.txt", "radio du genou");
        g.cmd(&a).args(["pro", "block", RPPS_A]).assert().success();
        add(&g, &b, "ordo.txt", "ordonnance");
        g.cmd(&b)
            .args(["pro", "add", RPPS_B, "--name", "Dr Martin"])
            .assert()
            .success();
        g.cmd(&b).args(["unmask", &d0]).assert().success();
        g.cmd(&b)
            .args(["grant", RPPS_A, "--for", "7d"])
            .assert()
            .success();
        let (first, second) = if a_first { (&a, &b) } else { (&b, &a) };
        g.json(first, &["sync"]);
        g.json(second, &["sync"]);
        g.json(first, &["sync"]);
        let (sa, sb) = (state(&g, &a), state(&g, &b));
        assert!(
            sa == sb,
            "replicas differ (a_first={a_first}):\nA: {sa}\nB: {sb}"
        );
        assert_eq!(ids(&g, &a).len(), 3);
        assert_eq!(g.json(&a, &["show", &d0])["masked"], true);
        // ...and the block beats B's concurrent grant on every replica.
        for env in [&a, &b] {
            let grants = g.json(env, &["grants", "--all"]);
            assert!(
                grants
                    .as_array()
                    .unwrap()
                    .iter()
                    .all(|x| !x["revoked_at"].is_null() && x["state"] != "active"),
                "{grants}"
            );
        }
        verify_all(&g, &a);
        verify_all(&g, &b);
        // What the bucket holds: ciphertext under names that reveal nothing.
        let names = g.bucket().list(&format!("family-{a_first}/blobs"));
        assert_eq!(names.len(), 3, "{names:?}");
        for n in names {
            let bytes = g.bucket().get(&n);
            assert!(bytes.starts_with(b"age-encryption.org/v1"), "{n}");
            assert!(!n.contains("radio") && !n.contains("ordo"), "{n}");
        }
    }
}

#[test]
fn s3_different_content_under_a_known_name_is_refused() {
    let Some(g) = Garage::start() else { return };
    let bucket = g.bucket();
    let url = format!("s3://{BUCKET}/tamper");
    let (a, b) = two_parents(&g, &url);
    add(&g, &a, "x.txt", "x");
    g.json(&a, &["sync"]);
    g.json(&b, &["sync"]);
    add(&g, &a, "y.txt", "y");
    g.json(&a, &["sync"]);
    // The segment B applied last is overwritten with another valid one:
    // Garage lets anyone with the key overwrite, whatever carnet asked.
    let dev = device_of(&g, &a);
    let segs = bucket.list(&format!("tamper/log/{dev}"));
    let n = segs.len();
    assert!(n >= 3, "{segs:?}");
    bucket.put(&segs[n - 2], bucket.get(&segs[n - 3]));
    let (code, _, err) = g.run(&b, &["sync"]);
    assert_eq!(code, 6, "{err}");
    assert!(err.contains("different content"), "{err}");
    assert!(err.contains("hint:"), "{err}");

    // A name A is about to write already holds something else: the
    // look-up before each write refuses it (conditional writes alone
    // would not: Garage ignores them).
    let url2 = format!("s3://{BUCKET}/squat");
    let (a2, _b2) = two_parents(&g, &url2);
    let dev2 = device_of(&g, &a2);
    let segs = bucket.list(&format!("squat/log/{dev2}"));
    let last = segs.last().unwrap().clone();
    let next_n: u64 = last.rsplit('/').next().unwrap().parse::<u64>().unwrap() + 1;
    let next = format!("squat/log/{dev2}/{next_n:012}");
    bucket.put(&next, bucket.get(&last));
    add(&g, &a2, "z.txt", "z");
    let (code, _, err) = g.run(&a2, &["sync"]);
    assert_eq!(code, 6, "{err}");
    assert!(err.contains("already holds a different"), "{err}");
    // The squatted object is not overwritten by carnet.
    assert_eq!(bucket.get(&next), bucket.get(&last));
}

#[test]
fn s3_a_remote_missing_objects_is_repaired_with_a_warning() {
    let Some(g) = Garage::start() else { return };
    let bucket = g.bucket();
    let url = format!("s3://{BUCKET}/lossy");
    let (a, b) = two_parents(&g, &url);
    add(&g, &a, "later.txt", "later");
    add(&g, &a, "again.txt", "again");
    g.json(&a, &["sync"]);
    // The store loses some of A's segments and a document's content.
    let dev = device_of(&g, &a);
    let segs = bucket.list(&format!("lossy/log/{dev}"));
    for s in &segs[segs.len() - 2..] {
        bucket.delete(s);
    }
    let blobs = bucket.list("lossy/blobs");
    bucket.delete(&blobs[0]);
    let out = g.cmd(&a).arg("sync").output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("pushed again"), "{err}");
    assert_eq!(bucket.list(&format!("lossy/log/{dev}")), segs);
    assert_eq!(bucket.list("lossy/blobs").len(), blobs.len());
    g.json(&b, &["sync"]);
    assert_eq!(ids(&g, &a), ids(&g, &b));
    for id in ids(&g, &b) {
        g.cmd(&b).args(["get", &id, "-o", "-"]).assert().success();
    }
    verify_all(&g, &b);
}

#[test]
fn s3_errors_say_what_to_do() {
    let Some(g) = Garage::start() else { return };
    let a = Env::new();
    add(&g, &a, "x.txt", "x");
    let run = |extra: &[(&str, &str)], remote: &str| {
        let mut c = g.cmd(&a);
        for (k, v) in extra {
            c.env(k, v);
        }
        let out = c.args(["sync", remote]).output().unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::new(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    g.cmd(&a)
        .args(["remote", "add", "ok", &format!("s3://{BUCKET}/errs")])
        .assert()
        .success();
    g.cmd(&a)
        .args(["remote", "add", "nobucket", "s3://no-such-bucket/x"])
        .assert()
        .success();
    common::assert_error(&run(&[], "nobucket"), 4, "does not exist");
    common::assert_error(
        &run(&[("AWS_SECRET_ACCESS_KEY", "not-the-secret")], "ok"),
        3,
        "refused access",
    );
    common::assert_error(&run(&[("AWS_REGION", "us-east-1")], "ok"), 3, "region");
    common::assert_error(
        &run(&[("AWS_ENDPOINT", "http://127.0.0.1:9")], "ok"),
        1,
        "cannot reach",
    );
    common::assert_error(&run(&[("AWS_ALLOW_HTTP", "false")], "ok"), 2, "http://");
    // The secret never shows in an error.
    let (_, _, err) = run(&[("AWS_REGION", "us-east-1")], "ok");
    assert!(!err.contains(&g.secret), "{err}");
    // Nothing was written by the failures; the right settings work.
    g.json(&a, &["sync", "ok"]);
    // A remote's --endpoint and --region override the environment.
    g.cmd(&a)
        .args([
            "remote",
            "add",
            "explicit",
            &format!("s3://{BUCKET}/errs"),
            "--endpoint",
            &g.endpoint,
            "--region",
            "garage",
        ])
        .assert()
        .success();
    let out = run(
        &[
            ("AWS_ENDPOINT", "http://127.0.0.1:9"),
            ("AWS_REGION", "us-east-1"),
        ],
        "explicit",
    );
    assert_eq!(out.0, 0, "{}", out.2);
}

/// Peak resident memory (KiB) of `cmd` run to the end; its exit code.
// The child is reaped by wait4 (which also gives its rusage), not Child::wait.
#[allow(clippy::zombie_processes)]
fn peak_rss(mut cmd: StdCommand) -> (i32, i64, String) {
    let child = cmd
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let pid = child.id() as libc::pid_t;
    let mut stderr = child.stderr.unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut stderr, &mut s).unwrap();
        s
    });
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // wait4 reports the child's own peak (ru_maxrss, KiB on Linux).
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(r, pid);
    let code = if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        -1
    };
    (code, usage.ru_maxrss, reader.join().unwrap())
}

fn same_file(a: &Path, b: &Path) -> bool {
    use std::io::Read;
    let (mut fa, mut fb) = (
        std::fs::File::open(a).unwrap(),
        std::fs::File::open(b).unwrap(),
    );
    let (mut ba, mut bb) = (vec![0u8; 1 << 20], vec![0u8; 1 << 20]);
    loop {
        let n = fa.read(&mut ba).unwrap();
        let mut m = 0;
        while m < n {
            let k = fb.read(&mut bb[m..n]).unwrap();
            if k == 0 {
                return false;
            }
            m += k;
        }
        if ba[..n] != bb[..n] {
            return false;
        }
        if n == 0 {
            return fb.read(&mut bb).unwrap() == 0;
        }
    }
}

/// A large document syncs both ways in bounded memory: the push is a
/// multipart upload, the pull streams to disk. 200 MiB here stands for
/// the 2 GiB of the issue (memory does not grow with the size).
#[test]
fn s3_a_200_mib_document_syncs_in_bounded_memory() {
    let Some(g) = Garage::start() else { return };
    let a = Env::new();
    let big = a.path("scan.bin");
    {
        let mut f = std::fs::File::create(&big).unwrap();
        let mut block = vec![0u8; 1 << 20];
        for i in 0..200u32 {
            for (j, b) in block.iter_mut().enumerate() {
                *b = (j as u32).wrapping_mul(31).wrapping_add(i) as u8;
            }
            f.write_all(&block).unwrap();
        }
    }
    let id = g.json(&a, &["add", big.to_str().unwrap()])[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let url = format!("s3://{BUCKET}/big");
    g.cmd(&a)
        .args(["remote", "add", "s3", &url])
        .assert()
        .success();
    let b = Env::bare();
    g.cmd(&a)
        .args(["key", "add", &b.recipient])
        .assert()
        .success();
    let mut push = a.std_cmd();
    push.envs(g.vars()).arg("sync");
    let (code, push_kib, err) = peak_rss(push);
    assert_eq!(code, 0, "{err}");
    let mut clone = b.std_cmd();
    clone.envs(g.vars()).args(["clone", &url]);
    let (code, clone_kib, err) = peak_rss(clone);
    assert_eq!(code, 0, "{err}");
    eprintln!("200 MiB document: peak RSS push {push_kib} KiB, clone {clone_kib} KiB");
    assert!(push_kib < 64 * 1024, "push peaked at {push_kib} KiB");
    assert!(clone_kib < 64 * 1024, "clone peaked at {clone_kib} KiB");
    let out = b.path("out.bin");
    g.cmd(&b)
        .args(["get", &id, "-o", out.to_str().unwrap()])
        .assert()
        .success();
    assert!(same_file(&big, &out));
}

/// The `Store` contract on S3, driven directly: objects are written once,
/// the same bytes again are fine, different bytes are exit 6 and leave
/// the object as it was (whatever the store does with conditional
/// writes), small and multipart writes alike.
#[test]
fn s3_store_writes_once_and_refuses_different_bytes() {
    use carnet::vault::replica::remote::{s3::S3, Store};
    let Some(g) = Garage::start() else { return };
    let bucket = g.bucket();
    let store = S3::with_client(g.client(), "contract", "s3://test/contract").unwrap();
    store.put_new("a/x", b"one").unwrap();
    store.put_new("a/x", b"one").unwrap();
    let e = store.put_new("a/x", b"two").unwrap_err();
    assert_eq!(e.exit_code(), 6, "{e}");
    assert!(!e.hint().is_empty());
    assert_eq!(store.get("a/x", 100).unwrap().unwrap(), b"one");
    assert_eq!(store.get("a/x", 2).unwrap_err().exit_code(), 6);
    assert_eq!(store.get("a/none", 100).unwrap(), None);
    let dir = tempfile::tempdir().unwrap();
    assert!(!store.get_file("a/none", &dir.path().join("n")).unwrap());

    // 12 MiB: three parts of a multipart upload.
    let write = |name: &str, seed: u8| {
        let p = dir.path().join(name);
        let bytes: Vec<u8> = (0..12u32 << 20)
            .map(|i| (i as u8).wrapping_mul(seed))
            .collect();
        std::fs::write(&p, bytes).unwrap();
        p
    };
    let (big1, big2) = (write("big1", 3), write("big2", 5));
    store.put_file("blobs/big", &big1).unwrap();
    store.put_file("blobs/big", &big1).unwrap();
    assert_eq!(
        store.put_file("blobs/big", &big2).unwrap_err().exit_code(),
        6
    );
    let back = dir.path().join("back");
    assert!(store.get_file("blobs/big", &back).unwrap());
    assert!(same_file(&big1, &back));
    // Several at once, in order; an absent one is false.
    let batch: Vec<(String, PathBuf)> = ["a/x", "a/none", "blobs/big"]
        .iter()
        .enumerate()
        .map(|(i, n)| (n.to_string(), dir.path().join(format!("batch{i}"))))
        .collect();
    assert_eq!(store.get_files(&batch).unwrap(), vec![true, false, true]);
    assert_eq!(std::fs::read(&batch[0].1).unwrap(), b"one");
    assert!(!batch[1].1.exists());
    assert!(same_file(&big1, &batch[2].1));
    // A small file over a different object.
    let small = dir.path().join("small");
    std::fs::write(&small, b"three").unwrap();
    assert_eq!(store.put_file("a/x", &small).unwrap_err().exit_code(), 6);
    assert_eq!(store.get("a/x", 100).unwrap().unwrap(), b"one");

    // Listing: the names directly under a prefix; untrusted names dropped.
    store.put_new("a/sub/y", b"y").unwrap();
    bucket.put("contract/a/.hidden", b"h".to_vec());
    assert_eq!(store.list("a").unwrap(), vec!["sub", "x"]);
    assert_eq!(store.list("").unwrap(), vec!["a", "blobs"]);
    assert_eq!(store.list("nothing").unwrap(), Vec::<String>::new());
    store.delete("a/sub/y").unwrap();
    store.delete("a/sub/y").unwrap();
    assert_eq!(store.list("a").unwrap(), vec!["x"]);
}

/// `carnet inbox add --to s3://…`: a scanner that is not a replica, with
/// no identity, no passphrase and no vault, drops an item on the S3 remote
/// (only ciphertext, under `inbox/`); the holder's sync pulls it, the next
/// unlock folds it, and the sync after that removes it from the bucket.
#[test]
fn s3_a_scanner_with_no_secret_drops_items_the_holder_folds() {
    let Some(g) = Garage::start() else { return };
    let bucket = g.bucket();
    let url = format!("s3://{BUCKET}/scans");
    let a = Env::new();
    g.cmd(&a)
        .args(["remote", "add", "s3", &url])
        .assert()
        .success();
    g.cmd(&a).arg("sync").assert().success();
    let scan = a.write("scan/ordonnance.pdf", b"%PDF ordonnance deposee sur S3");
    let mut c = StdCommand::new(env!("CARGO_BIN_EXE_carnet"));
    c.current_dir(a.dir.path())
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", a.path("scanner-home"))
        .env("XDG_STATE_HOME", a.path("scanner-state"))
        .env("XDG_DATA_HOME", a.path("scanner-data"))
        .env("CARNET_NO_INPUT", "1")
        .env("NO_COLOR", "1")
        .envs(g.vars())
        .args(["inbox", "add", scan.to_str().unwrap(), "--to", &url]);
    let out = c.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let items = bucket.list("scans/inbox");
    assert_eq!(items.len(), 1, "{items:?}");
    assert!(!items[0].contains("ordonnance"), "{items:?}");

    let s = g.json(&a, &["sync"]);
    assert_eq!(s["pulled"]["inbox"], 1, "{s}");
    let docs = g.json(&a, &["list"]);
    let folded: Vec<_> = docs
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["origin"] == "inbox")
        .collect();
    assert_eq!(folded.len(), 1, "{docs}");
    let s = g.json(&a, &["sync"]);
    assert_eq!(s["inbox_removed"], 1, "{s}");
    assert!(bucket.list("scans/inbox").is_empty());
    verify_all(&g, &a);
}

#[test]
fn s3_an_old_change_replaced_in_the_bucket_is_refused_by_replicas_that_applied_it() {
    let Some(g) = Garage::start() else { return };
    let bucket = g.bucket();
    let url = format!("s3://{BUCKET}/replaced");
    let (a, b) = two_parents(&g, &url);
    add(&g, &a, "x.txt", "x");
    g.json(&a, &["sync"]);
    g.json(&b, &["sync"]);
    add(&g, &a, "y.txt", "y");
    g.json(&a, &["sync"]);
    g.json(&b, &["sync"]);
    // Not the newest: B applied it a sync ago; the listing's size tells.
    let dev = device_of(&g, &a);
    let segs = bucket.list(&format!("replaced/log/{dev}"));
    let n = segs.len();
    assert!(n >= 3, "{segs:?}");
    let original = bucket.get(&segs[n - 2]);
    let mut other = bucket.get(&segs[0]);
    other.extend_from_slice(b"forged");
    bucket.put(&segs[n - 2], other);
    for env in [&b, &a] {
        let (code, _, err) = g.run(env, &["sync"]);
        assert_eq!(code, 6, "{err}");
        assert!(err.contains("different content"), "{err}");
    }
    bucket.put(&segs[n - 2], original);
    g.json(&b, &["sync"]);
    g.json(&a, &["sync"]);
}

#[test]
fn s3_an_old_change_replaced_in_the_bucket_by_one_of_the_same_size_is_refused() {
    let Some(g) = Garage::start() else { return };
    let bucket = g.bucket();
    let url = format!("s3://{BUCKET}/same-size");
    let (a, b) = two_parents(&g, &url);
    add(&g, &a, "x.txt", "x");
    g.json(&a, &["sync"]);
    g.json(&b, &["sync"]);
    add(&g, &a, "y.txt", "y");
    g.json(&a, &["sync"]);
    g.json(&b, &["sync"]);
    // Not the newest: B applied it a sync ago; only its ETag tells now.
    let dev = device_of(&g, &a);
    let segs = bucket.list(&format!("same-size/log/{dev}"));
    let n = segs.len();
    assert!(n >= 3, "{segs:?}");
    let original = bucket.get(&segs[n - 2]);
    let mut forged = original.clone();
    let mid = forged.len() / 2;
    forged[mid] ^= 0x55;
    bucket.put(&segs[n - 2], forged);
    for env in [&b, &a] {
        let (code, _, err) = g.run(env, &["sync"]);
        assert_eq!(code, 6, "{err}");
        assert!(err.contains("different content"), "{err}");
    }
    // The same bytes put again (its ETag is theirs again): quiet.
    bucket.put(&segs[n - 2], original);
    for env in [&b, &a] {
        let (code, _, err) = g.run(env, &["sync"]);
        assert_eq!(code, 0, "{err}");
        assert!(!err.contains("warning"), "{err}");
    }
}

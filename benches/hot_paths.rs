//! Micro-benchmarks of carnet's hot paths (issue 6), on stable Rust with a
//! small hand-written harness (median of N runs timed with `Instant`): no
//! criterion, so no extra build time for everyone else.
//!
//! ```text
//! cargo bench --bench hot_paths                  # everything
//! cargo bench --bench hot_paths -- journal       # only benchmarks whose name contains "journal"
//! cargo bench --bench hot_paths -- --quick       # smaller inputs (checks the harness)
//! ```
//!
//! Not part of `cargo test` (bench targets are not built by it) and never
//! run by CI: timing on shared machines is for people to read, not to gate.

use std::io::Cursor;
use std::time::{Duration, Instant};

use rand::{Rng, SeedableRng};
use serde_json::json;
use time::OffsetDateTime;

use carnet::crypto::{parse_recipient, VaultKey};
use carnet::journal::{self, JournalActor, NewEntry};
use carnet::model::{Actor, DocType, Document, EmergencyConsents, Grant};
use carnet::policy::{self, DocFacts, VaultState};
use carnet::vault::{blobs, bulk, schema, InitOptions, Layout, Vault};

struct Opts {
    filter: Vec<String>,
    quick: bool,
}

fn main() {
    let mut opts = Opts {
        filter: Vec::new(),
        quick: false,
    };
    for a in std::env::args().skip(1) {
        match a.as_str() {
            "--bench" => {} // passed by `cargo bench`
            "--quick" => opts.quick = true,
            s if s.starts_with('-') => {}
            s => opts.filter.push(s.to_string()),
        }
    }
    let tmp = tempfile::tempdir().expect("temp dir");
    // The remembered journal heads go to the temp dir, not the user's state dir.
    std::env::set_var("CARNET_STATE_DIR", tmp.path().join("state"));

    let wanted =
        |name: &str| opts.filter.is_empty() || opts.filter.iter().any(|f| name.contains(f));
    if wanted("blob_write") {
        blob_write(&opts, tmp.path());
    }
    if wanted("index") {
        index_load_save(&opts, tmp.path());
    }
    if wanted("policy") {
        policy_decide(&opts);
    }
    if wanted("journal") {
        journal_verify(&opts);
    }
}

/// Runs `f` `runs` times (after one warm-up) and returns the median.
fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    f();
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn report(name: &str, d: Duration, extra: String) {
    println!("{name:<34} {:>10.2} ms   {extra}", ms(d));
}

/// `blobs::write` of 64 MiB from memory, one document: read + keyed BLAKE3
/// + SHA-256 + encrypt in place + write to `tmp/` + rename, on one thread.
fn blob_write(o: &Opts, dir: &std::path::Path) {
    let mib = if o.quick { 8 } else { 64 };
    let root = dir.join("blobs-vault");
    std::fs::create_dir_all(&root).expect("dir");
    let layout = Layout::resolve(&root);
    let key = VaultKey::generate();
    let mut data = vec![0u8; mib << 20];
    rand::rngs::StdRng::seed_from_u64(1).fill(&mut data[..]);
    let mut n = 0u8;
    let d = median(5, || {
        // A different first byte each run: a new blob, not a duplicate.
        data[0] = n;
        n = n.wrapping_add(1);
        let w = blobs::write(&layout, &key, Cursor::new(&data[..])).expect("blob write");
        assert!(!w.duplicate);
        std::fs::remove_file(layout.blob(&w.name)).expect("remove blob");
    });
    report(
        &format!("blob_write {mib} MiB"),
        d,
        format!("{:.0} MiB/s", mib as f64 / d.as_secs_f64()),
    );
}

fn doc(i: usize, rng: &mut impl Rng) -> Document {
    const TYPES: &[&str] = &[
        "prescription",
        "consultation-report",
        "lab-report",
        "imaging-report",
        "discharge-letter",
        "vaccination",
    ];
    const AUTHORS: &[&str] = &["10003456786", "10100000008", "10000000017", "10005555551"];
    let t = TYPES[rng.gen_range(0..TYPES.len())];
    let date = format!(
        "{}-{:02}-{:02}",
        rng.gen_range(2015..=2026),
        rng.gen_range(1..=12),
        rng.gen_range(1..=28)
    );
    let mut hex = [0u8; 32];
    rng.fill(&mut hex);
    Document {
        id: format!("{i:012}"),
        title: format!("{t} {i}"),
        doc_type: DocType::parse(t).expect("type"),
        filename: format!("{date}_{t}_{i:06}.pdf"),
        date,
        author: Some(AUTHORS[rng.gen_range(0..AUTHORS.len())].to_string()),
        tags: Vec::new(),
        masked: rng.gen_ratio(1, 10),
        masked_from: if rng.gen_ratio(1, 20) {
            vec![AUTHORS[0].to_string()]
        } else {
            Vec::new()
        },
        hidden_from_guardians: false,
        invisible_patient_until: None,
        size: rng.gen_range(30_000..1_000_000),
        sha256: hex::encode(hex),
        blob: blake3::hash(&hex).to_hex().to_string(),
        media_type: "application/pdf".into(),
        added_at: OffsetDateTime::now_utc(),
    }
}

/// `Vault::load_fresh` (read + decrypt + MAC + deserialize + rollback check) and
/// an empty `Vault::write` (load + seal + fsync + rename) of an index of
/// 100k documents, each with its `doc.add` journal entry as `carnet add`
/// writes it.
fn index_load_save(o: &Opts, dir: &std::path::Path) {
    let n = if o.quick { 10_000 } else { 100_000 };
    let id = age::x25519::Identity::generate();
    let vault = Vault::create(
        &dir.join("index-vault"),
        InitOptions {
            holder_name: Some("Bench".into()),
            birth_date: None,
            ins: None,
            passphrase: None,
            recipients: vec![parse_recipient(&id.to_public().to_string()).expect("recipient")],
            guardian: None,
        },
    )
    .expect("create vault");
    let mut rng = rand::rngs::StdRng::seed_from_u64(2);
    let actor = JournalActor::holder("Bench");
    let t = Instant::now();
    let mut docs: Vec<_> = (0..n).map(|i| doc(i, &mut rng)).collect();
    bulk::record_documents(&vault, &actor, &mut docs).expect("fill");
    let fill = t.elapsed();
    let size = std::fs::metadata(vault.index_file()).expect("index").len();
    println!(
        "index fill {n} docs (one write)      {:>10.2} ms   index.age {:.1} MiB",
        ms(fill),
        size as f64 / (1 << 20) as f64
    );
    let load = median(5, || {
        let conn = vault.load_fresh().expect("load");
        drop(conn);
    });
    report(
        &format!("index_load {n} docs"),
        load,
        format!(
            "{:.0} MiB/s",
            size as f64 / (1 << 20) as f64 / load.as_secs_f64()
        ),
    );
    let save = median(5, || vault.write(|_| Ok(())).expect("write"));
    report(
        &format!("index_save {n} docs (load+seal)"),
        save,
        "empty Vault::write: load, seal, fsync, rename".into(),
    );
}

/// `policy::decide` for every document of a 100k-document vault, as a
/// professional with an active grant scoped to two types (the costliest
/// path: standing, masks, grant scope).
fn policy_decide(o: &Opts) {
    let n = if o.quick { 10_000 } else { 100_000 };
    let mut rng = rand::rngs::StdRng::seed_from_u64(3);
    let docs: Vec<Document> = (0..n).map(|i| doc(i, &mut rng)).collect();
    let now = OffsetDateTime::now_utc();
    let grants: Vec<Grant> = (0..20)
        .map(|i| Grant {
            id: format!("g{i}"),
            rpps: carnet::ids::Rpps::parse(if i == 19 {
                "10003456786"
            } else {
                "10100000008"
            })
            .expect("valid"),
            created_at: now - time::Duration::days(30 - i),
            expires_at: now + time::Duration::days(i),
            revoked_at: None,
            types: vec![
                DocType::parse("lab-report").expect("type"),
                DocType::parse("imaging-report").expect("type"),
            ],
            docs: Vec::new(),
        })
        .collect();
    let blocked = vec!["10005555551".to_string()];
    let state = VaultState {
        primary: Some("10000000017"),
        blocked: &blocked,
        grants: &grants,
        emergency: EmergencyConsents::default(),
        masked_visible_to_primary: true,
    };
    let actor = Actor::Professional {
        rpps: carnet::ids::Rpps::parse("10003456786").expect("valid"),
    };
    let mut visible = 0;
    let d = median(11, || {
        visible = docs
            .iter()
            .filter(|d| policy::decide(&actor, &DocFacts::of(d), &state, now).visible)
            .count();
    });
    report(
        &format!("policy_decide {n} docs"),
        d,
        format!(
            "{:.1} M decisions/s ({visible} visible)",
            n as f64 / d.as_secs_f64() / 1e6
        ),
    );
}

/// `journal::verify` over 1M entries appended with `journal::append` to an
/// in-memory index.
fn journal_verify(o: &Opts) {
    let n = if o.quick { 100_000 } else { 1_000_000 };
    let conn = rusqlite::Connection::open_in_memory().expect("db");
    schema::create(&conn).expect("schema");
    let actor = JournalActor::holder("Camille Martin");
    let now = OffsetDateTime::now_utc();
    let t = Instant::now();
    conn.execute_batch("BEGIN").expect("begin");
    for i in 0..n {
        journal::append(
            &conn,
            &NewEntry::new(
                &actor,
                journal::Action::DocView,
                Some(&format!("{i:012}")),
                json!({"title": format!("compte rendu {i}"), "output": "file"}),
            ),
            now,
        )
        .expect("append");
    }
    conn.execute_batch("COMMIT").expect("commit");
    let append = t.elapsed();
    report(
        &format!("journal_append {n} entries"),
        append,
        format!("{:.2} M entries/s", n as f64 / append.as_secs_f64() / 1e6),
    );
    let d = median(3, || {
        let r = journal::verify(&conn).expect("verify");
        assert_eq!(r, Ok(n as i64));
    });
    report(
        &format!("journal_verify {n} entries"),
        d,
        format!(
            "{:.2} M entries/s (target >= 1)",
            n as f64 / d.as_secs_f64() / 1e6
        ),
    );
}

//! Benchmark helper: fills an existing vault with N tiny synthetic documents
//! quickly, through the carnet library (real age blobs, real index rows,
//! one `doc.add` journal entry per document), for the listing benchmark of
//! `bench/run.sh` at 1k, 10k and 100k documents.
//!
//! ```text
//! cargo run --release --example bench-fill -- VAULT IDENTITY N [--seed S] [--plain-db FILE]
//! ```
//!
//! Through `carnet::vault::bulk::add_in_one_commit`: blobs go through the
//! two-stage pipeline `carnet add` uses, from in-memory contents of about
//! 200 bytes; the rows and journal entries are committed in one
//! `Vault::write` instead of one commit per 200 documents, which is what
//! makes this fast (a real `carnet add -r` of 100k files re-seals the
//! growing index 500 times).
//! Types, dates and authors follow the mix of `shared/bench/make-corpus.py`.
//!
//! `--plain-db FILE` also writes the unsealed index as a plain SQLite file
//! (`VACUUM INTO`): the same rows, schema and indexes, for the `sqlite3`
//! peer of the benchmark. It holds the synthetic index in clear: bench only.

use std::path::PathBuf;
use std::process::ExitCode;

use rand::{Rng, SeedableRng};

use carnet::crypto::load_identity_file;
use carnet::journal::JournalActor;
use carnet::model::DocType;
use carnet::vault::add::NewDoc;
use carnet::vault::{bulk, Sealed, UnlockMethod};

// (type, file stem, weight, extension), as make-corpus.py.
const KINDS: &[(&str, &str, u32, &str)] = &[
    ("prescription", "ordonnance", 40, "pdf"),
    ("consultation-report", "compte-rendu", 25, "pdf"),
    ("lab-report", "resultats-biologie", 20, "pdf"),
    ("imaging-report", "imagerie", 8, "jpg"),
    ("discharge-letter", "lettre-de-liaison", 5, "pdf"),
    ("vaccination", "vaccination", 2, "pdf"),
];
const AUTHORS: &[&str] = &["10003456786", "10100000008", "10000000017", "10005555551"];

struct Args {
    vault: PathBuf,
    identity: PathBuf,
    count: usize,
    seed: u64,
    plain_db: Option<PathBuf>,
}

fn parse_args() -> Result<Args, String> {
    let mut pos = Vec::new();
    let mut seed = 96u64;
    let mut plain_db = None;
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--seed" => {
                seed = it
                    .next()
                    .and_then(|s| s.parse().ok())
                    .ok_or("--seed needs a number")?
            }
            "--plain-db" => {
                plain_db = Some(PathBuf::from(it.next().ok_or("--plain-db needs a path")?))
            }
            "-h" | "--help" => return Err(String::new()),
            _ => pos.push(a),
        }
    }
    if pos.len() != 3 {
        return Err("expected VAULT IDENTITY N".into());
    }
    Ok(Args {
        vault: PathBuf::from(&pos[0]),
        identity: PathBuf::from(&pos[1]),
        count: pos[2].parse().map_err(|_| "N must be a number")?,
        seed,
        plain_db,
    })
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("error: {e}");
            }
            eprintln!("usage: bench-fill VAULT IDENTITY N [--seed S] [--plain-db FILE]");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(a: &Args) -> carnet::Result<()> {
    let started = std::time::Instant::now();
    let sealed = Sealed::open(&a.vault)?;
    let identities = load_identity_file(&a.identity, &carnet::prompt::nobody())?;
    let method = UnlockMethod::Identities {
        identities,
        source: a.identity.display().to_string(),
    };
    let (vault, _) = sealed.unlock(&method)?;

    let mut rng = rand::rngs::StdRng::seed_from_u64(a.seed);
    let total: u32 = KINDS.iter().map(|k| k.2).sum();
    let mut docs: Vec<NewDoc> = Vec::with_capacity(a.count);
    let mut contents: Vec<Vec<u8>> = Vec::with_capacity(a.count);
    for i in 0..a.count {
        let mut pick = rng.gen_range(0..total);
        let kind = KINDS
            .iter()
            .find(|k| {
                if pick < k.2 {
                    true
                } else {
                    pick -= k.2;
                    false
                }
            })
            .expect("weights cover the range");
        let (y, m, d) = (
            rng.gen_range(2015..=2026),
            rng.gen_range(1..=12),
            rng.gen_range(1..=28),
        );
        let date = format!("{y}-{m:02}-{d:02}");
        let filename = format!("{date}_{}_{i:06}.{}", kind.1, kind.3);
        let size = rng.gen_range(150..250);
        let mut bytes = vec![0u8; size];
        rng.fill(&mut bytes[..]);
        contents.push(bytes);
        docs.push(NewDoc {
            title: format!("{} {i}", kind.1.replace('-', " ")),
            doc_type: DocType::parse(kind.0).expect("known type"),
            date,
            author: Some(AUTHORS[rng.gen_range(0..AUTHORS.len())].to_string()),
            tags: Vec::new(),
            masked: false,
            masked_from: Vec::new(),
            hidden_from_guardians: false,
            invisible_patient_until: None,
            media_type: if kind.3 == "jpg" {
                "image/jpeg".into()
            } else {
                "application/pdf".into()
            },
            filename,
        });
    }

    // Blobs, rows and journal entries as `carnet add` writes them, in one commit.
    let actor = JournalActor::holder(&vault.holder_name()?);
    bulk::add_in_one_commit(&vault, &actor, docs, contents)?;
    eprintln!(
        "bench-fill: {} documents in {:.1} s",
        a.count,
        started.elapsed().as_secs_f64()
    );

    if let Some(p) = &a.plain_db {
        let _ = std::fs::remove_file(p);
        // Read whole (in memory, default VFS): the in-place reader's
        // read-only VFS cannot create the target file.
        let conn = vault.load_whole()?;
        conn.execute("VACUUM INTO ?1", [p.display().to_string()])?;
    }
    Ok(())
}

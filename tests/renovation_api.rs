//! The library operations the benchmarks fill vaults with (`vault::bulk`),
//! in place of the index connection and the layout they used to reach:
//! what they add reads back through the binary as `carnet add`'s would.
mod common;
use common::*;

use carnet::journal::JournalActor;
use carnet::model::DocType;
use carnet::vault::add::NewDoc;
use carnet::vault::{bulk, Vault};

fn unlock(env: &Env) -> Vault {
    std::env::set_var("CARNET_STATE_DIR", env.path("xdg-state/carnet"));
    env.unlock_library()
}

fn new_doc(i: usize, hidden: bool) -> NewDoc {
    NewDoc {
        title: format!("compte rendu {i}"),
        doc_type: DocType::parse("consultation-report").unwrap(),
        date: format!("2026-03-{:02}", i + 1),
        author: Some("10003456786".into()),
        tags: Vec::new(),
        masked: i == 1,
        masked_from: Vec::new(),
        hidden_from_guardians: hidden,
        invisible_patient_until: None,
        media_type: "application/pdf".into(),
        filename: format!("cr-{i}.pdf"),
    }
}

#[test]
fn documents_added_in_one_commit_read_back_as_carnet_add_writes_them() {
    let env = Env::new();
    assert_eq!(
        env.run(&["pro", "add", "10003456786", "--name", "Dr Martin"])
            .0,
        0
    );
    let vault = unlock(&env);
    let actor = JournalActor::holder(&vault.holder_name().unwrap());
    let contents: Vec<Vec<u8>> = (0..3).map(|i| format!("report {i}").into_bytes()).collect();
    let added = bulk::add_in_one_commit(
        &vault,
        &actor,
        (0..3).map(|i| new_doc(i, false)).collect(),
        contents.clone(),
    )
    .unwrap();
    assert_eq!(added.len(), 3);
    assert!(
        added.iter().all(|d| d.added_at == added[0].added_at),
        "one commit"
    );

    let list = env.json(&["list"]);
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 3, "{list:?}");
    for (i, d) in added.iter().enumerate() {
        let got = env.run(&["get", &d.id, "-o", "-"]);
        assert_eq!(got.0, 0, "{}", got.2);
        assert_eq!(got.1.as_bytes(), &contents[i][..]);
        let show = env.json(&["show", &d.id]);
        assert_eq!(show["title"], format!("compte rendu {i}"));
        assert_eq!(show["author"], "10003456786");
    }
    let journal = env.json(&["journal", "--doc", &added[1].id]);
    let add = journal
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "doc.add")
        .expect("a doc.add entry");
    assert_eq!(add["details"]["masked"], true, "{add}");
    assert_eq!(add["details"]["sha256"], added[1].sha256, "{add}");
    let check = env.run(&["check"]);
    assert_eq!(check.0, 0, "{}", check.2);
}

#[test]
fn bulk_adding_refuses_what_it_cannot_add_faithfully_and_changes_nothing() {
    let env = Env::new();
    let first = env.add("a.txt", b"already here", &[]);
    let vault = unlock(&env);
    let actor = JournalActor::holder("test");
    let before = env.json(&["journal"]);

    // Hidden from guardians: its metadata must be sealed one by one.
    let e = bulk::add_in_one_commit(&vault, &actor, vec![new_doc(0, true)], vec![b"x".to_vec()])
        .unwrap_err();
    assert_eq!(e.exit_code(), 2, "{e}");
    assert!(e.to_string().contains("hidden from guardians"), "{e}");
    // One content short.
    let e =
        bulk::add_in_one_commit(&vault, &actor, vec![new_doc(0, false)], Vec::new()).unwrap_err();
    assert_eq!(e.exit_code(), 2, "{e}");
    // A content the vault holds already: no duplicate rows.
    let e = bulk::add_in_one_commit(
        &vault,
        &actor,
        vec![new_doc(0, false)],
        vec![b"already here".to_vec()],
    )
    .unwrap_err();
    assert_eq!(e.exit_code(), 2, "{e}");
    assert!(e.to_string().contains("already in the vault"), "{e}");

    assert_eq!(env.json(&["journal"]), before);
    let list = env.json(&["list"]);
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["id"], first);
    let check = env.run(&["check"]);
    assert_eq!(check.0, 0, "{}", check.2);
}

/// RPPS numbers are typed in the model and serialize as the same bare
/// string: `pro show --json` is unchanged. One planted in the index
/// without being parsed (someone holding the key) is reported, not shown.
#[test]
fn an_rpps_reads_and_serializes_as_its_digits_and_a_malformed_one_is_damage() {
    let rpps = carnet::ids::Rpps::parse(" 10003456786 ").unwrap();
    assert_eq!(serde_json::to_string(&rpps).unwrap(), "\"10003456786\"");
    assert!(carnet::ids::Rpps::parse("10003456787").is_err());

    let env = Env::new();
    let (code, _, err) = env.run(&["pro", "add", "10003456786", "--name", "Dr Martin"]);
    assert_eq!(code, 0, "{err}");
    let shown = env.json(&["pro", "show", "10003456786"]);
    assert_eq!(shown["rpps"], "10003456786", "{shown}");
    assert_eq!(shown["idnat"], "810003456786", "{shown}");

    unlock(&env)
        .write(|tx| {
            tx.raw_connection_for_tests().execute(
                "UPDATE pros SET rpps = '10003456787' WHERE rpps = '10003456786'",
                [],
            )?;
            Ok(())
        })
        .unwrap();
    let out = env.run(&["pro", "list"]);
    assert_ne!(out.0, 0, "{}", out.1);
    assert!(!out.1.contains("10003456787"), "{}", out.1);
    assert!(out.2.contains("invalid RPPS 10003456787"), "{}", out.2);
}

//! Situations the CLI cannot create on its own, set up through the library
//! and then checked through the binary: an ambiguous ID prefix, and a
//! journal edited by someone holding the key.
mod common;
use common::*;

use carnet::journal::JournalActor;
use carnet::vault::bulk;

#[test]
fn ambiguous_prefix_and_tampered_journal() {
    let env = Env::new();
    let id = env.add("a.txt", b"a", &[]);
    std::env::set_var("CARNET_STATE_DIR", env.path("xdg-state/carnet"));
    let vault = env.unlock_library();

    // Two documents whose IDs share a prefix.
    let base = vault.visible_doc(&id).unwrap().doc;
    let mut copies: Vec<_> = [("qqqq1111aaaa", "x"), ("qqqq2222bbbb", "y")]
        .into_iter()
        .map(|(n, suffix)| {
            let mut d = base.clone();
            d.id = n.into();
            d.title = format!("copy {suffix}");
            d.blob = format!("{}{}", &base.blob[..63], suffix);
            d
        })
        .collect();
    bulk::record_documents(&vault, &JournalActor::holder("test"), &mut copies).unwrap();
    let out = env.run(&["show", "qqqq"]);
    assert_error(&out, 4, "ambiguous");
    assert!(
        out.2.contains("qqqq1111aaaa") && out.2.contains("qqqq2222bbbb"),
        "{}",
        out.2
    );
    assert_eq!(env.json(&["show", "qqqq1"])["id"], "qqqq1111aaaa");
    assert_error(&env.run(&["journal", "--doc", "qqqq"]), 4, "ambiguous");
    // One of them deleted: its prefix still starts the live one's ID too.
    let (code, _, err) = env.run(&["rm", "qqqq2222bbbb", "--yes"]);
    assert_eq!(code, 0, "{err}");
    assert_error(&env.run(&["journal", "--doc", "qqqq"]), 4, "qqqq2222bbbb");
    let j = env.json(&["journal", "--doc", "qqqq2"]);
    assert!(
        j.as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "doc.delete"),
        "{j}"
    );

    // Someone with the key rewrites a past journal entry: the chain breaks there.
    vault
        .write(|tx| {
            tx.raw_connection_for_tests().execute(
                "UPDATE journal SET details = '{\"title\":\"edited\"}' WHERE seq = 2",
                [],
            )?;
            Ok(())
        })
        .unwrap();
    let out = env.run(&["journal", "verify"]);
    assert_error(&out, 6, "entry 2");
    assert_error(&env.run(&["check"]), 6, "problem");
}

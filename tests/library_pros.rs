//! Professionals, grants and emergency consents as typed library
//! operations (`vault::pros`, `vault::grants`, `vault::emergency`): a
//! client other than the CLI makes the changes, the binary reads them back,
//! and a refused change leaves the vault as it was.
mod common;
use common::*;

use carnet::ids::Rpps;
use carnet::journal::JournalActor;
use carnet::policy::Rule;
use carnet::vault::emergency::ConsentChange;
use carnet::vault::grants::{GrantEnd, GrantNote, NewGrant, Revocation, RevokeTarget};
use carnet::vault::pros::{NewPro, ProEdit};
use serde_json::Value;

fn new_pro(rpps: &str, name: &str, primary: bool) -> NewPro {
    NewPro {
        rpps: Rpps::parse(rpps).unwrap(),
        name: name.into(),
        specialty: None,
        place: None,
        recipient: None,
        signer: None,
        primary,
    }
}

fn journal_len(env: &Env) -> usize {
    env.json(&["journal"]).as_array().unwrap().len()
}

#[test]
fn library_operations_write_what_the_cli_reads() {
    let env = Env::new();
    let masked = env.add("rx.txt", b"rx", &["--mask", "--title", "Rx"]);
    // The library remembers the journal head where the binary does.
    std::env::set_var("CARNET_STATE_DIR", env.path("xdg-state/carnet"));
    let vault = env.unlock_library();
    let me = JournalActor::holder("Camille Martin");

    let a = vault.add_pro(&me, &new_pro(RPPS_A, "Dr A", true)).unwrap();
    assert!(a.changed && a.pro.primary && a.previous_primary.is_none());
    vault.add_pro(&me, &new_pro(RPPS_B, "Dr B", false)).unwrap();
    let b = vault.set_primary(&me, RPPS_B).unwrap();
    assert_eq!(b.previous_primary.unwrap().rpps, RPPS_A);

    // Refused changes: nothing written, not even a journal entry.
    let before = journal_len(&env);
    let e = vault
        .add_pro(&me, &new_pro(RPPS_A, "Dr A again", false))
        .unwrap_err();
    assert_eq!(e.exit_code(), 2, "{e}");
    let e = vault.set_primary(&me, RPPS_C).unwrap_err();
    assert_eq!(e.exit_code(), 4, "{e}");
    assert_eq!(journal_len(&env), before);

    // A grant naming a masked document says it stays hidden; one for the
    // primary doctor says they see everything already.
    let to_a = vault
        .create_grant(
            &me,
            &NewGrant {
                rpps: Rpps::parse(RPPS_A).unwrap(),
                end: GrantEnd::For(time::Duration::days(7)),
                types: vec![],
                docs: vec![masked[..6].to_string()],
            },
        )
        .unwrap();
    assert_eq!(to_a.grant.docs, [masked.as_str()]);
    assert!(
        matches!(&to_a.notes[..], [GrantNote::StaysHidden { id, rule: Rule::Masked, .. }] if *id == masked),
        "{:?}",
        to_a.notes
    );
    let to_b = vault
        .create_grant(
            &me,
            &NewGrant {
                rpps: Rpps::parse(RPPS_B).unwrap(),
                end: GrantEnd::For(time::Duration::days(1)),
                types: vec![],
                docs: vec![],
            },
        )
        .unwrap();
    assert!(matches!(&to_b.notes[..], [GrantNote::AlreadyPrimary]));

    // Blocking revokes the grant, journaled with the block as its reason.
    let blocked = vault.set_blocked(&me, RPPS_A, true).unwrap();
    assert_eq!(blocked.revoked, [to_a.grant.id.as_str()]);
    assert!(!vault.set_blocked(&me, RPPS_A, true).unwrap().changed);
    let e = vault.remove_pro(&me, RPPS_A).unwrap_err();
    assert_eq!(e.exit_code(), 5, "{e}");
    let list = vault.pros().unwrap();
    let a = list.pros.iter().find(|e| e.pro.rpps == RPPS_A).unwrap();
    assert_eq!((a.standing, a.active_grants), (Rule::Blocked, 0));

    match vault
        .revoke_grants(&me, &RevokeTarget::parse(RPPS_B))
        .unwrap()
    {
        Revocation::Revoked(gs, pro) => {
            assert_eq!(pro.rpps, RPPS_B);
            assert_eq!(gs.len(), 1);
            assert_eq!(gs[0].id, to_b.grant.id);
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        vault
            .revoke_grants(&me, &RevokeTarget::parse(&to_b.grant.id))
            .unwrap(),
        Revocation::AlreadyRevoked(..)
    ));

    let edit = ProEdit {
        place: Some(Some("Lyon".into())),
        ..Default::default()
    };
    assert!(vault.edit_pro(&me, RPPS_B, &edit).unwrap().changed);
    assert!(!vault.edit_pro(&me, RPPS_B, &edit).unwrap().changed);

    let e = vault
        .set_emergency_consents(
            &me,
            &ConsentChange {
                samu: Some(false),
                break_glass: Some(false),
                masked: Some(true),
            },
        )
        .unwrap_err();
    assert_eq!(e.exit_code(), 2, "{e}");
    let samu_off = ConsentChange {
        samu: Some(false),
        ..Default::default()
    };
    assert!(
        vault
            .set_emergency_consents(&me, &samu_off)
            .unwrap()
            .written
    );
    assert!(
        !vault
            .set_emergency_consents(&me, &samu_off)
            .unwrap()
            .written
    );

    // The binary reads what the library wrote.
    let grants = env.json(&["grants", "--all"]);
    let mut states: Vec<(&str, &str)> = grants
        .as_array()
        .unwrap()
        .iter()
        .map(|g| (g["rpps"].as_str().unwrap(), g["state"].as_str().unwrap()))
        .collect();
    // Listed by creation time, then ID: made in the same second, either order.
    states.sort();
    assert_eq!(states, [(RPPS_A, "revoked"), (RPPS_B, "revoked")]);
    let shown = env.json(&["pro", "show", RPPS_B]);
    assert_eq!(shown["primary"], true);
    assert_eq!(shown["place"], "Lyon");
    assert_eq!(env.json(&["pro", "show", RPPS_A])["blocked"], true);
    assert_eq!(env.json(&["emergency", "status"])["samu"], "deny");
    let journal = env.json(&["journal"]);
    let actions: Vec<&str> = journal
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .filter(|a| !a.starts_with("vault.") && !a.starts_with("doc."))
        .collect();
    assert_eq!(
        actions,
        [
            "pro.add",
            "pro.primary",
            "pro.add",
            "pro.primary",
            "grant.create",
            "grant.create",
            "grant.revoke",
            "pro.block",
            "grant.revoke",
            "pro.edit",
            "emergency.set",
        ]
    );
    let by_block = journal
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "grant.revoke")
        .unwrap();
    assert_eq!(by_block["details"]["reason"], "pro.block");
    assert_eq!(by_block["mode"], "grant");
    assert_eq!(
        journal.as_array().unwrap().last().unwrap()["details"]["previous"]["samu"],
        Value::from("allow")
    );
    let out = env.run(&["check"]);
    assert_eq!(out.0, 0, "{}", out.2);
}

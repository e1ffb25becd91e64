mod common;
use common::*;

#[test]
fn init_add_list_get_roundtrip() {
    let env = Env::new();
    let id = env.add(
        "2025-03-14_ordonnance.txt",
        b"amoxicilline 1g",
        &["--type", "prescription"],
    );
    let list = env.json(&["list"]);
    assert_eq!(list[0]["id"], id.as_str());
    assert_eq!(list[0]["type"], "prescription");
    assert_eq!(list[0]["date"], "2025-03-14");
    let out = env
        .cmd()
        .args(["get", &id[..6], "-o", "-"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(out.stdout, b"amoxicilline 1g");
}

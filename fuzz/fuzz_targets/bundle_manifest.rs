//! The manifest parser on arbitrary bytes: it must return an error, never
//! panic, and whatever it accepts must pass validation again. A version-2
//! manifest (canonical JSON) it accepts is exactly its canonical bytes and
//! reads as the same values through a YAML parser (docs/bundle-format.md,
//! "Canonical JSON").
#![no_main]

use libfuzzer_sys::fuzz_target;

use carnet::bundle::manifest;

fuzz_target!(|data: &[u8]| {
    if let Ok(m) = manifest::parse(data) {
        assert!(manifest::validate(&m).is_ok());
        // Writing it back gives a manifest that parses to the same value.
        let again = manifest::parse(&m.to_yaml()).expect("re-parse");
        assert_eq!(again, m);
        if m.version >= 2 {
            assert_eq!(m.to_yaml(), data, "accepted a non-canonical manifest");
            assert_eq!(
                manifest::read_with_yaml_parser(data).as_ref(),
                Some(&m),
                "a YAML parser reads another value"
            );
        }
    }
});

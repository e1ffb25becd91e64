//! The manifest parser on arbitrary bytes: it must return an error, never
//! panic, and whatever it accepts must pass validation again.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(m) = carnet::bundle::manifest::parse(data) {
        assert!(carnet::bundle::manifest::validate(&m).is_ok());
        // Writing it back gives a manifest that parses to the same value.
        let again = carnet::bundle::manifest::parse(&m.to_yaml()).expect("re-parse");
        assert_eq!(again, m);
    }
});

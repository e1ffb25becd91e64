//! What reaches the unlock agent's socket, and what comes back from a
//! socket a client trusts to be its agent, is untrusted: the frame
//! reader and both parsers must return a value or an error, never panic
//! nor allocate past the frame bound, and what they accept encodes back
//! to an equal value (to the same bytes, but for the info's JSON).
#![no_main]

use carnet::agent::proto::{read_frame, Request, Response, MAX_FRAME};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(body) = read_frame(&mut &data[..]) {
        assert!(!body.is_empty() && body.len() <= MAX_FRAME);
    }
    if let Ok(r) = Request::parse(data) {
        let again = r.encode().expect("a parsed request encodes");
        assert_eq!(again, data);
    }
    if let Ok(r) = Response::parse(data) {
        let again = r.encode();
        assert_eq!(Response::parse(&again).as_ref(), Ok(&r));
        if !matches!(r, Response::Info(_)) {
            assert_eq!(again, data);
        }
    }
});

//! Media types of documents: guessed from a file name, told apart as text
//! or binary, and turned back into a file extension.

/// The media type of a file named `name` (`application/octet-stream` when
/// its extension says nothing).
pub fn type_of_name(name: &str) -> String {
    mime_guess::from_path(name)
        .first()
        .map(|m| m.essence_str().to_string())
        .unwrap_or_else(|| OCTET_STREAM.into())
}

pub const OCTET_STREAM: &str = "application/octet-stream";

/// Whether documents of this type are text a terminal can show (`get`
/// refuses to print others to a terminal).
pub fn is_text(media_type: &str) -> bool {
    let t = media_type.split(';').next().unwrap_or("").trim();
    let Some((top, sub)) = t.split_once('/') else {
        return false;
    };
    top == "text"
        || (top == "application"
            && (matches!(
                sub,
                "json" | "xml" | "yaml" | "x-yaml" | "javascript" | "x-sh" | "toml" | "csv"
            ) || sub.ends_with("+json")
                || sub.ends_with("+xml")))
}

/// Whether the start of a document reads as text a terminal can show:
/// UTF-8 (a character cut at the end of the sample is fine) with no control
/// character but tab, line feed, carriage return and form feed (an escape
/// sequence could drive the terminal). Empty is not text.
pub fn looks_like_text(head: &[u8]) -> bool {
    let utf8 = match std::str::from_utf8(head) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none(),
    };
    !head.is_empty()
        && utf8
        && head
            .iter()
            .all(|&b| !(b < 0x20 || b == 0x7f) || matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
}

/// The usual extension for a media type, without the dot: `bin` for
/// unknown binary data (mime_guess would say `aaf`, the first of its list).
pub fn extension(media_type: &str) -> Option<&'static str> {
    let preferred = match media_type {
        OCTET_STREAM => Some("bin"),
        "text/plain" => Some("txt"),
        "image/jpeg" => Some("jpg"),
        "text/markdown" => Some("md"),
        "application/xml" | "text/xml" => Some("xml"),
        "image/tiff" => Some("tif"),
        _ => None,
    };
    preferred.or_else(|| {
        mime_guess::get_mime_extensions_str(media_type)
            .and_then(|e| e.first().copied())
            .filter(|e| e.len() <= 8 && e.bytes().all(|b| b.is_ascii_alphanumeric()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_binary() {
        for t in [
            "text/plain",
            "text/html; charset=utf-8",
            "application/json",
            "application/fhir+json",
            "application/hl7-cda+xml",
        ] {
            assert!(is_text(t), "{t}");
        }
        for t in ["application/pdf", OCTET_STREAM, "image/jpeg", "", "textual"] {
            assert!(!is_text(t), "{t}");
        }
    }

    #[test]
    fn sniffing_text() {
        assert!(looks_like_text("Compte rendu, é à ù\r\n\tfin\n".as_bytes()));
        assert!(looks_like_text(&"é".as_bytes()[..1])); // cut at the end
        for bin in [
            &b""[..],
            b"a\0b",
            b"\x1b[31mred",
            b"%PDF\xff\xfe",
            b"\x89PNG",
        ] {
            assert!(!looks_like_text(bin), "{bin:?}");
        }
    }

    #[test]
    fn extensions() {
        assert_eq!(extension(OCTET_STREAM), Some("bin"));
        assert_eq!(extension("text/plain"), Some("txt"));
        assert_eq!(extension("application/pdf"), Some("pdf"));
        assert_eq!(extension("image/jpeg"), Some("jpg"));
        assert_eq!(extension("application/x-nothing-known"), None);
        assert_eq!(type_of_name("scan.PDF"), "application/pdf");
        assert_eq!(type_of_name("noext"), OCTET_STREAM);
    }
}

//! `carnet export --format html`: one self-contained web page that decrypts
//! itself offline. The page is a head, the ordinary bundle as an armored age
//! file (passphrase, scrypt work factor 2^18) inside a data block that never
//! runs (`<script type="text/plain" id="payload">`), and a tail with two
//! inline scripts: the age project's JavaScript implementation
//! (assets/age-encryption, vendored, pinned and checksummed) and the page's
//! own code (assets/page/page.js).
//!
//! The page is a hostile-content viewer: its Content-Security-Policy is
//! `default-src 'none'` plus the SHA-256 of its own inline script and style
//! (computed here, from the exact bytes written), `frame-src blob:` for the
//! sandboxed document frame (`sandbox` without `allow-scripts`), and
//! nothing else: no network, no other script, no form submission.
//!
//! Because the armored payload sits on lines of its own between the age
//! armor markers, stock tools extract it (docs/bundle-format.md).

use crate::bundle::manifest;
use crate::bundle::readme::csp_hash;

/// The built age-encryption bundle (assets/age-encryption/build.sh).
pub const AGE_JS: &str = include_str!("../../assets/age-encryption/age-encryption.min.js");
/// Its `sha256sum` line, checked against the file by a test.
pub const AGE_JS_SUMS: &str = include_str!("../../assets/age-encryption/SHA256SUMS");

const PAGE_JS: &str = include_str!("../../assets/page/page.js");
const PAGE_CSS: &str = include_str!("../../assets/page/page.css");

/// The id of the payload's data block.
pub const PAYLOAD_ID: &str = "payload";

/// What goes before and after the armored age payload.
#[derive(Debug, Clone)]
pub struct Page {
    pub head: String,
    pub tail: String,
}

/// The page's own script, with the manifest version it reads.
fn page_js() -> String {
    PAGE_JS.replace("__MANIFEST_VERSION__", &manifest::VERSION.to_string())
}

/// The Content-Security-Policy of the page: nothing but its own inline
/// script and style, and blob: frames for the documents.
pub fn csp(scripts: &[&str], style: &str) -> String {
    let hashes: Vec<String> = scripts.iter().map(|s| csp_hash(s)).collect();
    format!(
        "default-src 'none'; script-src {}; style-src {}; frame-src blob:; base-uri 'none'; form-action 'none'",
        hashes.join(" "),
        csp_hash(style)
    )
}

const BODY: &str = r#"<main>
<h1>Dossier médical chiffré</h1>
<div id="intro">
<p>Ce fichier contient des documents de santé chiffrés, préparés par le patient avec carnet. Il s'ouvre dans ce navigateur, sans connexion à Internet : rien n'est envoyé nulle part.</p>
<p>Saisissez la phrase secrète (une suite de mots) que le patient vous a communiquée par téléphone ou de vive voix, puis appuyez sur Entrée.</p>
</div>
<form id="unlock" autocomplete="off">
<label for="pass">Phrase secrète</label>
<input type="password" id="pass" name="pass" autocomplete="off" autocapitalize="off" spellcheck="false">
<button type="submit" id="open">Ouvrir</button>
</form>
<noscript><p>Activez JavaScript pour ouvrir ce dossier (le code de cette page est inclus dans le fichier, rien n'est téléchargé).</p></noscript>
<p id="status" role="status" aria-live="polite"></p>
<p id="error" role="alert" hidden></p>
<section id="index" hidden>
<dl id="info"></dl>
<h2>Documents <span id="count"></span></h2>
<table>
<thead><tr><th>Date</th><th>Type</th><th>Titre</th><th>Auteur</th><th>Mentions</th><th>Document</th></tr></thead>
<tbody id="docs"></tbody>
</table>
<p class="note">Seuls les PDF, images PNG et JPEG et textes sont affichés ici, dans un cadre où aucun script ne s'exécute. Les autres types (HTML, SVG, XML…) peuvent contenir du code : enregistrez-les et ouvrez-les avec un logiciel adapté. Si un document ne s'affiche pas, enregistrez-le.</p>
<div id="viewer" hidden>
<p><strong id="viewer-title"></strong> <button type="button" id="close">Fermer</button></p>
<p id="viewer-note" class="note"></p>
<iframe id="frame" sandbox="" referrerpolicy="no-referrer" title="Document"></iframe>
</div>
</section>
<details>
<summary>Pour les informaticiens : le dossier chiffré seul</summary>
<p>Ce fichier contient un dossier carnet ordinaire (age, phrase secrète), entre les lignes <code>-----BEGIN AGE ENCRYPTED FILE-----</code> et <code>-----END AGE ENCRYPTED FILE-----</code>. Pour l'extraire et l'ouvrir sans navigateur :</p>
<pre>sed -n '/^-----BEGIN AGE ENCRYPTED FILE-----$/,/^-----END AGE ENCRYPTED FILE-----$/p' dossier.html &gt; dossier.age
age -d dossier.age | tar -x
carnet bundle verify dossier.age --signer EMPREINTE</pre>
</details>
</main>
"#;

/// The page around the payload.
pub fn page() -> Page {
    let js = page_js();
    let head = format!(
        "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n\
<meta name=\"referrer\" content=\"no-referrer\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<title>Dossier médical chiffré</title>\n<style>{PAGE_CSS}</style>\n</head>\n<body>\n{BODY}\
<script type=\"text/plain\" id=\"{PAYLOAD_ID}\">\n",
        csp(&[AGE_JS, &js], PAGE_CSS)
    );
    let tail =
        format!("</script>\n<script>{AGE_JS}</script>\n<script>{js}</script>\n</body>\n</html>\n");
    Page { head, tail }
}

/// The armored age payload of a page, as its markers delimit it (how
/// `sed` extracts it; tests, and readers that are given the page).
pub fn extract_payload(page: &[u8]) -> Option<&[u8]> {
    const BEGIN: &[u8] = b"\n-----BEGIN AGE ENCRYPTED FILE-----\n";
    const END: &[u8] = b"-----END AGE ENCRYPTED FILE-----\n";
    let start = find(page, BEGIN)? + 1;
    let end = start + find(&page[start..], END)? + END.len();
    Some(&page[start..end])
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;
    use sha2::{Digest, Sha256};

    #[test]
    fn vendored_age_encryption_matches_its_checksum() {
        let (sum, name) = AGE_JS_SUMS.trim().split_once("  ").unwrap();
        assert_eq!(name, "age-encryption.min.js");
        assert_eq!(hex::encode(Sha256::digest(AGE_JS.as_bytes())), sum);
    }

    #[test]
    fn inline_code_cannot_close_its_element() {
        for code in [AGE_JS, &page_js(), PAGE_CSS] {
            let lower = code.to_ascii_lowercase();
            // Nor enter the parser's escaped states.
            for bad in ["</script", "</style", "<script", "<!--"] {
                assert!(!lower.contains(bad), "{bad}");
            }
        }
        assert!(!page_js().contains("__MANIFEST_VERSION__"));
    }

    #[test]
    fn csp_lists_the_hashes_of_exactly_the_inline_code() {
        let p = page();
        let js = page_js();
        let want = csp(&[AGE_JS, &js], PAGE_CSS);
        assert!(want.starts_with("default-src 'none'; "));
        assert!(p.head.contains(&want));
        assert!(p.tail.contains(&format!("<script>{js}</script>")));
        assert!(p.tail.contains(&format!("<script>{AGE_JS}</script>")));
        assert!(p.head.contains(&format!("<style>{PAGE_CSS}</style>")));
    }
}

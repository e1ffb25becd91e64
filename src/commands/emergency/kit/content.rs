//! What the kit says besides the bundle: the wallet card's content, its
//! QR code's text, and the LISEZMOI.txt.

use age::secrecy::{ExposeSecret, SecretString};

use super::files::{CARD, PAGE, SUMMARY};
use crate::bundle::manifest::Manifest;
use crate::medical::card::Card;
use crate::medical::summary::describe_fr;
use crate::medical::{Item, Kind};
use crate::model::EmergencyMode;
use crate::timefmt::fr_date_str as fr_date;

/// The wallet card: who, blood group, key allergies, one person to call,
/// and how to open the kit; the items are those of the summary (masked
/// ones left out: the card is shown to anyone who finds it).
pub(super) fn card_of(
    name: &str,
    birth_date: Option<&str>,
    items: &[Item],
    today: &str,
    m: &Manifest,
    passphrase: Option<&SecretString>,
) -> Card {
    let shown: Vec<&Item> = items.iter().filter(|i| !i.masked).collect();
    let fact = |k: Kind| {
        shown
            .iter()
            .rev()
            .find(|i| i.kind == k)
            .and_then(|i| i.fields.label.clone())
    };
    let severity = |i: &Item| match i.fields.severity.as_deref() {
        Some("high") => 0,
        Some("moderate") => 1,
        _ => 2,
    };
    let mut allergies: Vec<&Item> = shown
        .iter()
        .copied()
        .filter(|i| i.kind == Kind::Allergy && i.is_current(today))
        .collect();
    allergies.sort_by_key(|i| severity(i));
    const KEY: usize = 4;
    let mut key: Vec<String> = allergies.iter().take(KEY).map(|i| describe_fr(i)).collect();
    if allergies.len() > KEY {
        key.push(format!(
            "et {} autre(s) : voir la synthèse",
            allergies.len() - KEY
        ));
    }
    let no_known = shown.iter().any(|i| i.kind == Kind::NoKnownAllergies);
    // The person to call: the personne de confiance first, then close
    // ones, a doctor last; one with a phone before one without.
    let rank = |i: &Item| {
        let role = match i.fields.role.as_deref() {
            Some("trusted-person") => 0,
            Some("spouse" | "partner") => 1,
            Some("parent" | "guardian") => 2,
            Some("child" | "sibling" | "relative") => 3,
            Some("doctor") => 5,
            _ => 4,
        };
        (i.fields.phone.is_none(), role)
    };
    let contact = shown
        .iter()
        .copied()
        .filter(|i| i.kind == Kind::Contact)
        .min_by_key(|i| rank(i))
        .map(describe_fr);
    Card {
        name: name.to_string(),
        birth_date: birth_date.map(fr_date),
        blood_group: fact(Kind::BloodGroup),
        allergies: key,
        allergies_none: if no_known {
            "aucune allergie connue".into()
        } else {
            "pas d'information".into()
        },
        contact,
        made_on: fr_date(today),
        page_file: PAGE.into(),
        summary_file: SUMMARY.into(),
        passphrase: passphrase.map(|p| p.expose_secret().to_string()),
        qr: qr_text(m),
    }
}

/// What the QR code says: the kit's file, its bundle and who signed it,
/// readable by any phone without an app or a network. Never the
/// passphrase: a photo of the card's QR code opens nothing.
fn qr_text(m: &Manifest) -> String {
    format!(
        "CARNET KIT D'URGENCE\nFICHIER {PAGE}\nDOSSIER {}\nSIGNATAIRE {}",
        m.id, m.signer.fingerprint
    )
}

pub(super) fn readme(name: &str, today: &str, m: &Manifest, mode: EmergencyMode) -> String {
    let fp = &m.signer.fingerprint;
    let who = match mode {
        EmergencyMode::Samu => "régulation du SAMU, centre 15",
        EmergencyMode::BreakGlass => "bris de glace",
    };
    [
        format!(
            "Kit médical d'urgence de {name}, établi le {} avec carnet.",
            fr_date(today)
        ),
        String::new(),
        PAGE.to_string(),
        "  Le dossier médical d'urgence, chiffré : ouvrez-le dans un navigateur".into(),
        "  (aucune connexion n'est nécessaire, rien n'est envoyé) et saisissez la".into(),
        "  phrase secrète. Il contient la synthèse médicale (FHIR,".into(),
        "  fhir/patient-summary.json) et les documents que le patient a".into(),
        format!("  autorisés en urgence ({who})."),
        SUMMARY.to_string(),
        "  La synthèse médicale imprimable (en clair).".into(),
        CARD.to_string(),
        "  La carte à garder dans le portefeuille : au recto, les allergies et".into(),
        "  qui prévenir ; au verso, comment ouvrir le dossier.".into(),
        String::new(),
        "La phrase secrète n'est enregistrée nulle part : le patient l'a notée".into(),
        "ou confiée à ses proches, ou elle est imprimée sur la carte s'il l'a choisi.".into(),
        String::new(),
        "Vérifier que le dossier vient bien du patient :".into(),
        format!("  carnet bundle verify {PAGE} --bundle-passphrase-file PHRASE.txt --signer {fp}"),
        format!("Dossier {} ; signataire {fp}.", m.id),
        String::new(),
    ]
    .join("\n")
}

//! The wallet card of the emergency kit (`carnet emergency kit`): a PDF
//! of two pages the size of a bank card (ISO/IEC 7810 ID-1, 85.6 × 54 mm),
//! front and back, to print at 100 % and fold or glue. The front says who
//! the person is and what matters in the first minute (blood group, key
//! allergies, whom to call); the back says how a professional opens the
//! kit, with a QR code drawn as filled rectangles (no image, no font).
//! Text is Helvetica in WinAnsi, as the summary (`super::pdf`), so it can
//! be read back with `pdftotext`; lines are wrapped by the fonts' real
//! advance widths, so nothing runs off the card.

use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
use qrcode::{Color, EcLevel, QrCode};

use super::pdf::win_ansi;
use crate::error::{Error, Result};

/// 85.6 mm and 54 mm in points.
const W: f32 = 242.65;
const H: f32 = 153.07;
const MARGIN: f32 = 9.0;
/// The QR code's side on the back, quiet zone included.
const QR_SIDE: f32 = 84.0;

/// What the card says; every string already in French and cleaned.
#[derive(Debug, Clone, Default)]
pub struct Card {
    pub name: String,
    /// `15/01/1980`.
    pub birth_date: Option<String>,
    pub blood_group: Option<String>,
    /// Key allergies, most severe first.
    pub allergies: Vec<String>,
    /// What the allergy line says when there are none to show.
    pub allergies_none: String,
    /// The person to call, with role and phone.
    pub contact: Option<String>,
    /// `07/12/2026`.
    pub made_on: String,
    /// The kit's web page and printable summary, by file name.
    pub page_file: String,
    pub summary_file: String,
    /// Printed only when the holder asked for it.
    pub passphrase: Option<String>,
    /// What the QR code encodes.
    pub qr: String,
}

/// Helvetica and Helvetica-Bold advance widths (1/1000 em) of ASCII 32–126
/// (Adobe's AFM files for the standard 14 fonts).
const REGULAR: [u16; 95] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
    611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
    222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const BOLD: [u16; 95] = [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667,
    611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556,
    278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];

/// A character's advance in points; letters outside ASCII (accented)
/// count as a wide letter, anything else as an em-ish glyph.
fn advance(c: char, bold: bool, size: f32) -> f32 {
    let table = if bold { &BOLD } else { &REGULAR };
    let w = match c {
        ' '..='~' => table[c as usize - 32],
        c if c.is_alphabetic() => 722,
        _ => 1000,
    };
    f32::from(w) * size / 1000.0
}

fn width(s: &str, bold: bool, size: f32) -> f32 {
    s.chars().map(|c| advance(c, bold, size)).sum()
}

/// Splits `text` into lines no wider than `max` points, at spaces, and
/// inside a word too long for a line (a fingerprint, a long name).
fn wrap(text: &str, bold: bool, size: f32, max: f32) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for word in text.split_whitespace() {
        let candidate = if cur.is_empty() {
            word.to_string()
        } else {
            format!("{cur} {word}")
        };
        if width(&candidate, bold, size) <= max {
            cur = candidate;
            continue;
        }
        if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        for c in word.chars() {
            if !cur.is_empty() && width(&cur, bold, size) + advance(c, bold, size) > max {
                out.push(std::mem::take(&mut cur));
            }
            cur.push(c);
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// A paragraph of the card.
struct Para {
    text: String,
    bold: bool,
    size: f32,
    /// Space from the previous baseline to this paragraph's first.
    leading: f32,
    /// Lines at most: the last shown ends with "…" when cut.
    max_lines: usize,
    rgb: (f32, f32, f32),
}

fn para(text: impl Into<String>, bold: bool, size: f32, max_lines: usize) -> Para {
    Para {
        text: text.into(),
        bold,
        size,
        leading: size * 1.22,
        max_lines,
        rgb: (0.0, 0.0, 0.0),
    }
}

/// Lays `paras` out from the top of a column at `x`, `max` points wide,
/// down to `bottom`; what does not fit is left out.
fn column(c: &mut Content, paras: &[Para], x: f32, top: f32, max: f32, bottom: f32) {
    let mut y = top;
    for p in paras {
        let mut lines = wrap(&p.text, p.bold, p.size, max);
        if lines.len() > p.max_lines {
            lines.truncate(p.max_lines);
            let last = lines.last_mut().expect("max_lines > 0");
            while !last.is_empty() && width(&format!("{last}…"), p.bold, p.size) > max {
                last.pop();
            }
            last.push('…');
        }
        for l in lines {
            if y - p.leading < bottom {
                return;
            }
            y -= p.leading;
            let bytes: Vec<u8> = l.chars().map(win_ansi).collect();
            let (r, g, b) = p.rgb;
            c.set_fill_rgb(r, g, b);
            c.begin_text()
                .set_font(Name(if p.bold { b"F2" } else { b"F1" }), p.size)
                .next_line(x, y)
                .show(Str(&bytes))
                .end_text();
        }
    }
}

/// The QR code's dark modules as filled rectangles in a `side` square
/// whose lower left corner is (`x`, `y`), with a quiet zone of 4 modules.
fn draw_qr(c: &mut Content, data: &str, x: f32, y: f32, side: f32) -> Result<()> {
    let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M)
        .map_err(|e| Error::unexpected(crate::i18n::tr!("y-kit-qr"), e.to_string()))?;
    let n = code.width();
    let colors = code.to_colors();
    let m = side / (n + 8) as f32;
    c.set_fill_rgb(0.0, 0.0, 0.0);
    for row in 0..n {
        let top = y + side - (4 + row) as f32 * m;
        let mut col = 0;
        while col < n {
            if colors[row * n + col] != Color::Dark {
                col += 1;
                continue;
            }
            let start = col;
            while col < n && colors[row * n + col] == Color::Dark {
                col += 1;
            }
            // A hair taller than a module, so that no seam shows between rows.
            c.rect(
                x + (4 + start) as f32 * m,
                top - m - 0.1,
                (col - start) as f32 * m,
                m + 0.2,
            );
        }
    }
    c.fill_nonzero();
    Ok(())
}

fn front(card: &Card) -> Content {
    let mut c = Content::new();
    let inner = W - 2.0 * MARGIN;
    // A red band says what this card is at a glance.
    c.set_fill_rgb(0.75, 0.1, 0.1);
    c.rect(0.0, H - 19.0, W, 19.0);
    c.fill_nonzero();
    let mut title = para("URGENCE MÉDICALE — CARTE DU PATIENT", true, 8.0, 1);
    title.rgb = (1.0, 1.0, 1.0);
    title.leading = 13.0;
    column(&mut c, &[title], MARGIN, H, inner, 0.0);
    let mut paras = vec![para(card.name.clone(), true, 10.0, 2)];
    if let Some(b) = &card.birth_date {
        paras.push(para(format!("Né(e) le {b}"), false, 6.5, 1));
    }
    // Spelled out too: a sign at the end of a line is easily misread.
    let group = match card.blood_group.as_deref() {
        Some(g) => match (g.strip_suffix('+'), g.strip_suffix('-')) {
            (Some(abo), _) => format!("{g} ({abo} positif)"),
            (_, Some(abo)) => format!("{g} ({abo} négatif)"),
            _ => g.to_string(),
        },
        None => "non renseigné".into(),
    };
    let mut blood = para(format!("Groupe sanguin : {group}"), true, 8.0, 1);
    blood.leading = 12.0;
    paras.push(blood);
    let allergies = if card.allergies.is_empty() {
        card.allergies_none.clone()
    } else {
        card.allergies.join(" ; ")
    };
    let mut a = para(format!("Allergies : {allergies}"), true, 7.0, 3);
    a.leading = 10.0;
    a.rgb = (0.6, 0.0, 0.0);
    paras.push(a);
    let mut who = para(
        format!(
            "Personne à prévenir : {}",
            card.contact.as_deref().unwrap_or("non renseignée")
        ),
        false,
        6.5,
        2,
    );
    who.leading = 10.0;
    paras.push(who);
    column(&mut c, &paras, MARGIN, H - 19.0, inner, MARGIN + 8.0);
    let mut foot = para(
        format!(
            "Établie le {} avec carnet. Au dos : ouvrir le dossier médical d'urgence.",
            card.made_on
        ),
        false,
        5.0,
        1,
    );
    foot.rgb = (0.35, 0.35, 0.35);
    column(&mut c, &[foot], MARGIN, MARGIN + 6.0, inner, 0.0);
    c
}

fn back(card: &Card) -> Result<Content> {
    let mut c = Content::new();
    let text_w = W - 2.0 * MARGIN - QR_SIDE - 4.0;
    let mut title = para("Ouvrir le dossier médical d'urgence", true, 7.5, 1);
    title.leading = 8.0;
    column(&mut c, &[title], MARGIN, H - MARGIN, W - 2.0 * MARGIN, 0.0);
    let mut paras = vec![para(
        format!(
            "1. Ouvrir le fichier {} du kit d'urgence (clé USB, téléphone… du patient) dans un navigateur ; aucune connexion n'est nécessaire.",
            card.page_file
        ),
        false,
        6.0,
        4,
    )];
    match &card.passphrase {
        Some(p) => {
            paras.push(para("2. Saisir la phrase secrète :", false, 6.0, 1));
            let mut pp = para(p.clone(), true, 7.0, 3);
            pp.leading = 8.5;
            paras.push(pp);
        }
        None => paras.push(para(
            "2. Saisir la phrase secrète : la demander au patient ou à ses proches (elle n'est pas sur cette carte).",
            false,
            6.0,
            4,
        )),
    }
    paras.push(para(
        format!(
            "3. Synthèse imprimable : {}. Le code QR identifie le kit et son signataire (carnet bundle verify).",
            card.summary_file
        ),
        false,
        6.0,
        4,
    ));
    for p in &mut paras {
        p.leading = p.leading.max(7.3);
    }
    column(&mut c, &paras, MARGIN, H - MARGIN - 10.0, text_w, MARGIN);
    draw_qr(
        &mut c,
        &card.qr,
        W - MARGIN - QR_SIDE + 4.0,
        (H - 10.0 - QR_SIDE) / 2.0,
        QR_SIDE,
    )?;
    Ok(c)
}

/// The card as a PDF of two pages (front, back).
pub fn render(card: &Card) -> Result<Vec<u8>> {
    let mut pdf = Pdf::new();
    let catalog = Ref::new(1);
    let tree = Ref::new(2);
    let regular = Ref::new(3);
    let bold = Ref::new(4);
    let info = Ref::new(5);
    let pages = [(Ref::new(10), Ref::new(11)), (Ref::new(12), Ref::new(13))];
    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree)
        .kids(pages.iter().map(|(p, _)| *p))
        .count(pages.len() as i32);
    for (font, name) in [(regular, "Helvetica"), (bold, "Helvetica-Bold")] {
        pdf.type1_font(font)
            .base_font(Name(name.as_bytes()))
            .encoding_predefined(Name(b"WinAnsiEncoding"));
    }
    pdf.document_info(info)
        .title(TextStr(&format!("Carte d'urgence — {}", card.name)))
        .producer(TextStr("carnet"));
    let contents = [front(card), back(card)?];
    for ((page_id, content_id), content) in pages.into_iter().zip(contents) {
        let mut page = pdf.page(page_id);
        page.media_box(Rect::new(0.0, 0.0, W, H))
            .parent(tree)
            .contents(content_id);
        page.resources()
            .fonts()
            .pair(Name(b"F1"), regular)
            .pair(Name(b"F2"), bold);
        page.finish();
        pdf.stream(content_id, &content.finish());
    }
    Ok(pdf.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_fit_their_width_and_long_words_are_split() {
        let fp = "SHA256:AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefg";
        let lines = wrap(&format!("Signataire {fp}"), false, 6.0, 60.0);
        assert!(lines.len() > 2, "{lines:?}");
        assert!(lines.iter().all(|l| width(l, false, 6.0) <= 60.0));
        assert_eq!(lines.concat().replace(' ', ""), format!("Signataire{fp}"));
        assert_eq!(wrap("un deux", true, 10.0, 500.0), ["un deux"]);
        assert!(wrap("", false, 6.0, 50.0).is_empty());
        // 'W' is wider than 'i' in Helvetica.
        assert!(advance('W', false, 10.0) > 4.0 * advance('i', false, 10.0));
    }

    #[test]
    fn the_card_is_two_card_sized_pages_with_the_qr_drawn() {
        let card = Card {
            name: "Camille Martin".into(),
            allergies: vec!["Pénicilline (sévère)".into()],
            qr: "carnet kit".into(),
            ..Card::default()
        };
        let pdf = render(&card).unwrap();
        let s = String::from_utf8_lossy(&pdf);
        assert!(s.starts_with("%PDF-"));
        assert_eq!(s.matches("/MediaBox [0 0 242.65 153.07]").count(), 2, "{s}");
        // The QR's modules are rectangles filled on the back.
        assert!(s.matches(" re\n").count() > 20);
    }
}

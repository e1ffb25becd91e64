//! A plain printable PDF made in-process (`pdf-writer`): A4 pages of
//! lines in Helvetica (one of the 14 standard fonts every reader has, so
//! nothing is embedded), WinAnsi-encoded so that French text is extractable
//! (`pdftotext`) and prints with its accents.

use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str};

/// One line of the document.
#[derive(Debug, Clone, PartialEq)]
pub enum Line {
    Title(String),
    Heading(String),
    Text(String),
    Blank,
}

const WIDTH: f32 = 595.0;
const HEIGHT: f32 = 842.0;
const MARGIN: f32 = 50.0;

impl Line {
    fn style(&self) -> (&'static [u8], f32, f32) {
        // (font, size, leading)
        match self {
            Line::Title(_) => (b"F2", 16.0, 24.0),
            Line::Heading(_) => (b"F2", 11.5, 18.0),
            Line::Text(_) => (b"F1", 10.0, 13.5),
            Line::Blank => (b"F1", 10.0, 6.0),
        }
    }
}

/// The WinAnsi byte of a character (`?` for what it cannot show).
pub(crate) fn win_ansi(c: char) -> u8 {
    match c {
        ' '..='~' => c as u8,
        '\u{a0}'..='\u{ff}' => c as u32 as u8,
        '€' => 0x80,
        '‚' => 0x82,
        '„' => 0x84,
        '…' => 0x85,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        'Œ' => 0x8c,
        'œ' => 0x9c,
        'Š' => 0x8a,
        'š' => 0x9a,
        'Ÿ' => 0x9f,
        '→' => b'>',
        _ => b'?',
    }
}

/// Splits `text` into lines of at most `max` characters, at spaces.
fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for word in text.split_whitespace() {
        let w: String = word.chars().take(max).collect();
        if !cur.is_empty() && cur.chars().count() + 1 + w.chars().count() > max {
            out.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(&w);
    }
    if !cur.is_empty() || out.is_empty() {
        out.push(cur);
    }
    out
}

/// Lays `lines` out on at most `max_pages` A4 pages; what does not fit is
/// replaced by `overflow` on the last line. Returns the PDF's bytes and the
/// number of pages.
pub fn render(title: &str, lines: &[Line], max_pages: usize, overflow: &str) -> (Vec<u8>, usize) {
    // Wrapped physical lines, each with its style.
    let mut phys: Vec<Line> = Vec::new();
    for l in lines {
        match l {
            Line::Title(t) => phys.extend(wrap(t, 60).into_iter().map(Line::Title)),
            Line::Heading(t) => phys.extend(wrap(t, 80).into_iter().map(Line::Heading)),
            Line::Text(t) => phys.extend(wrap(t, 95).into_iter().map(Line::Text)),
            Line::Blank => phys.push(Line::Blank),
        }
    }
    let mut pages: Vec<Vec<Line>> = vec![Vec::new()];
    let mut y = HEIGHT - MARGIN;
    for l in phys {
        let (_, _, leading) = l.style();
        if y - leading < MARGIN {
            if pages.len() == max_pages {
                let last = pages.last_mut().expect("a page");
                last.pop();
                last.push(Line::Text(overflow.to_string()));
                break;
            }
            pages.push(Vec::new());
            y = HEIGHT - MARGIN;
        }
        y -= leading;
        pages.last_mut().expect("a page").push(l);
    }

    let mut pdf = Pdf::new();
    let catalog = Ref::new(1);
    let tree = Ref::new(2);
    let regular = Ref::new(3);
    let bold = Ref::new(4);
    let info = Ref::new(5);
    let first_page = 10;
    let page_ids: Vec<Ref> = (0..pages.len())
        .map(|i| Ref::new(first_page + 2 * i as i32))
        .collect();
    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree)
        .kids(page_ids.iter().copied())
        .count(pages.len() as i32);
    for (font, name) in [(regular, "Helvetica"), (bold, "Helvetica-Bold")] {
        pdf.type1_font(font)
            .base_font(Name(name.as_bytes()))
            .encoding_predefined(Name(b"WinAnsiEncoding"));
    }
    pdf.document_info(info)
        .title(pdf_writer::TextStr(title))
        .producer(pdf_writer::TextStr("carnet"));
    for (i, page_lines) in pages.iter().enumerate() {
        let page_id = page_ids[i];
        let content_id = Ref::new(page_id.get() + 1);
        let mut page = pdf.page(page_id);
        page.media_box(Rect::new(0.0, 0.0, WIDTH, HEIGHT))
            .parent(tree)
            .contents(content_id);
        page.resources()
            .fonts()
            .pair(Name(b"F1"), regular)
            .pair(Name(b"F2"), bold);
        page.finish();
        let mut c = Content::new();
        let mut y = HEIGHT - MARGIN;
        for l in page_lines {
            let (font, size, leading) = l.style();
            y -= leading;
            let text = match l {
                Line::Title(t) | Line::Heading(t) | Line::Text(t) => t,
                Line::Blank => continue,
            };
            let bytes: Vec<u8> = text.chars().map(win_ansi).collect();
            c.begin_text()
                .set_font(Name(font), size)
                .next_line(MARGIN, y)
                .show(Str(&bytes))
                .end_text();
        }
        if pages.len() > 1 {
            let foot: Vec<u8> = format!("{} / {}", i + 1, pages.len())
                .chars()
                .map(win_ansi)
                .collect();
            c.begin_text()
                .set_font(Name(b"F1"), 8.0)
                .next_line(WIDTH - MARGIN - 20.0, MARGIN / 2.0)
                .show(Str(&foot))
                .end_text();
        }
        // Uncompressed: a page of text is a few kilobytes.
        pdf.stream(content_id, &c.finish());
    }
    (pdf.finish(), pages.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_words_and_bounds_lines() {
        let w = wrap("un deux trois quatre cinq", 10);
        assert_eq!(w, ["un deux", "trois", "quatre", "cinq"]);
        assert!(wrap(&"x".repeat(300), 95)[0].chars().count() <= 95);
        assert_eq!(wrap("", 10), [""]);
    }

    #[test]
    fn french_letters_are_win_ansi() {
        assert_eq!(win_ansi('é'), 0xe9);
        assert_eq!(win_ansi('œ'), 0x9c);
        assert_eq!(win_ansi('A'), b'A');
        assert_eq!(win_ansi('\u{1b}'), b'?');
    }

    #[test]
    fn long_documents_stop_at_the_page_limit() {
        let lines: Vec<Line> = (0..400).map(|i| Line::Text(format!("ligne {i}"))).collect();
        let (pdf, pages) = render("t", &lines, 2, "(suite)");
        assert_eq!(pages, 2);
        assert!(pdf.starts_with(b"%PDF-"));
        let (_, one) = render("t", &lines[..10], 2, "(suite)");
        assert_eq!(one, 1);
    }
}

//! `carnet list`'s query: documents matching a filter, in listing order,
//! with their tags and masks (the hot path of every listing).

use rusqlite::Connection;

use crate::error::Result;
use crate::fold::fold;
use crate::model::{listing_order, DocType, Document};

use super::docs::{doc_from_row, fill_one, DOC_COLS};

fn fill_tags_and_masks(conn: &Connection, docs: &mut [Document]) -> Result<()> {
    if docs.is_empty() {
        return Ok(());
    }
    // One pass over each side table keeps listing 100k documents fast; the
    // map from id to position is built only if either table has a row.
    let mut pos: Option<std::collections::HashMap<String, usize>> = None;
    let mut pos_of = |docs: &[Document], id: &str| -> Option<usize> {
        pos.get_or_insert_with(|| {
            docs.iter()
                .enumerate()
                .map(|(i, d)| (d.id.clone(), i))
                .collect()
        })
        .get(id)
        .copied()
    };
    let mut stmt = conn.prepare_cached("SELECT doc_id, tag FROM doc_tags ORDER BY doc_id, tag")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        if let Some(i) = pos_of(docs, &r.get::<_, String>(0)?) {
            docs[i].tags.push(r.get(1)?);
        }
    }
    let mut stmt =
        conn.prepare_cached("SELECT doc_id, rpps FROM doc_masked_from ORDER BY doc_id, rpps")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        if let Some(i) = pos_of(docs, &r.get::<_, String>(0)?) {
            docs[i].masked_from.push(r.get(1)?);
        }
    }
    Ok(())
}

/// `carnet list` filters.
#[derive(Debug, Default, Clone)]
pub struct DocFilter {
    pub types: Vec<DocType>,
    pub author: Option<String>,
    pub tag: Option<String>,
    pub since: Option<String>,
    pub until: Option<String>,
    pub masked: Option<bool>,
    pub search: Option<String>,
    /// With `search`: the professionals (RPPS) whose name or specialty
    /// contains it, whose documents match too; filled from the index by
    /// [`DocFilter::with_search_authors`].
    pub search_authors: Vec<String>,
    pub limit: Option<usize>,
}

impl DocFilter {
    /// The filter with [`DocFilter::search_authors`] found in `conn`'s
    /// professionals (those the one who unlocked may see: the loaded
    /// index's overlay of private records included).
    pub fn with_search_authors(mut self, conn: &Connection) -> Result<DocFilter> {
        self.search_authors.clear();
        let Some(needle) = self.search.as_deref().map(fold) else {
            return Ok(self);
        };
        let mut stmt =
            conn.prepare_cached("SELECT rpps, name, specialty FROM pros ORDER BY rpps")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let name: String = r.get(1)?;
            let specialty: Option<String> = r.get(2)?;
            if fold(&name).contains(&needle)
                || specialty.is_some_and(|s| fold(&s).contains(&needle))
            {
                self.search_authors.push(r.get(0)?);
            }
        }
        Ok(self)
    }

    /// Whether a document matches: the definition of `list`'s filters.
    /// [`list_docs`] makes the same test in SQL (a property test below
    /// checks they agree). Text (`tag`, `search`) is compared folded
    /// ([`crate::fold`]): case and accents ignored.
    pub fn matches(&self, d: &Document) -> bool {
        (self.types.is_empty() || self.types.contains(&d.doc_type))
            && self
                .author
                .as_ref()
                .is_none_or(|a| d.author.as_ref() == Some(a))
            && self.tag.as_ref().is_none_or(|t| {
                let t = fold(t);
                d.tags.iter().any(|x| fold(x) == t)
            })
            && self
                .since
                .as_ref()
                .is_none_or(|s| d.date.as_str() >= s.as_str())
            && self
                .until
                .as_ref()
                .is_none_or(|u| d.date.as_str() <= u.as_str())
            && match self.masked {
                Some(true) => d.masked || !d.masked_from.is_empty(),
                Some(false) => !d.masked && d.masked_from.is_empty(),
                None => true,
            }
            && self.search.as_ref().is_none_or(|s| {
                let s = fold(s);
                let has = |hay: &str| fold(hay).contains(&s);
                has(&d.title)
                    || has(&d.filename)
                    || d.tags.iter().any(|t| has(t))
                    || d.author
                        .as_ref()
                        .is_some_and(|a| self.search_authors.contains(a))
            })
    }
}

/// The SQL function `carnet_fold(text)`: [`fold`], for `list`'s filters to
/// run in SQLite as they do in Rust. Registered on the connection that
/// lists (registering again replaces it).
fn register_fold(conn: &Connection) -> Result<()> {
    use rusqlite::functions::FunctionFlags;
    conn.create_scalar_function(
        "carnet_fold",
        1,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            Ok(match ctx.get_raw(0) {
                rusqlite::types::ValueRef::Text(t) => Some(fold(&String::from_utf8_lossy(t))),
                _ => None,
            })
        },
    )?;
    Ok(())
}

/// Documents matching the filter, newest document date first.
pub fn list_docs(conn: &Connection, f: &DocFilter) -> Result<Vec<Document>> {
    select_docs(conn, f, false)
}

/// As [`list_docs`], plus every document hidden from guardians whatever
/// its clear columns say: they are placeholders, the real metadata is
/// sealed, and the caller matches it once opened.
pub fn list_docs_with_hidden(conn: &Connection, f: &DocFilter) -> Result<Vec<Document>> {
    select_docs(conn, f, true)
}

fn select_docs(conn: &Connection, f: &DocFilter, with_hidden: bool) -> Result<Vec<Document>> {
    let mut cond = String::new();
    let mut args: Vec<rusqlite::types::Value> = Vec::new();
    if !f.types.is_empty() {
        cond.push_str(&format!(
            " AND type IN ({})",
            vec!["?"; f.types.len()].join(",")
        ));
        for t in &f.types {
            args.push(t.name.to_string().into());
        }
    }
    if let Some(a) = &f.author {
        cond.push_str(" AND author = ?");
        args.push(a.clone().into());
    }
    if f.tag.is_some() || f.search.is_some() {
        register_fold(conn)?;
    }
    if let Some(t) = &f.tag {
        cond.push_str(" AND id IN (SELECT doc_id FROM doc_tags WHERE carnet_fold(tag) = ?)");
        args.push(fold(t).into());
    }
    if let Some(s) = &f.since {
        cond.push_str(" AND date >= ?");
        args.push(s.clone().into());
    }
    if let Some(u) = &f.until {
        cond.push_str(" AND date <= ?");
        args.push(u.clone().into());
    }
    match f.masked {
        Some(true) => {
            cond.push_str(" AND (masked = 1 OR id IN (SELECT doc_id FROM doc_masked_from))")
        }
        Some(false) => {
            cond.push_str(" AND masked = 0 AND id NOT IN (SELECT doc_id FROM doc_masked_from)")
        }
        None => {}
    }
    if let Some(s) = &f.search {
        // instr, not LIKE: no wildcards to escape, and the empty needle
        // is found everywhere (position 1), as `str::contains` has it.
        cond.push_str(
            " AND (instr(carnet_fold(title), ?) > 0 OR instr(carnet_fold(filename), ?) > 0 \
             OR id IN (SELECT doc_id FROM doc_tags WHERE instr(carnet_fold(tag), ?) > 0)",
        );
        let needle = fold(s);
        for _ in 0..3 {
            args.push(needle.clone().into());
        }
        if !f.search_authors.is_empty() {
            cond.push_str(&format!(
                " OR author IN ({})",
                vec!["?"; f.search_authors.len()].join(",")
            ));
            for a in &f.search_authors {
                args.push(a.clone().into());
            }
        }
        cond.push(')');
    }
    let mut sql = if with_hidden {
        format!("SELECT {DOC_COLS} FROM docs WHERE hidden_from_guardians = 1 OR (1=1{cond})")
    } else {
        format!("SELECT {DOC_COLS} FROM docs WHERE 1=1{cond}")
    };
    // With a limit SQLite keeps the top N as it scans. Without one, a table
    // scan sorted here beats SQLite's ORDER BY, which walks the date index
    // and looks each row up (100k documents: 450 -> 300 ms, sort included).
    if let Some(n) = f.limit {
        sql.push_str(&format!(" ORDER BY date DESC, added_at DESC, id LIMIT {n}"));
    }
    let mut stmt = conn.prepare(&sql)?;
    let mut docs: Vec<Document> = stmt
        .query_map(rusqlite::params_from_iter(args), doc_from_row)?
        .collect::<std::result::Result<_, _>>()?;
    if f.limit.is_none() {
        docs.sort_unstable_by(listing_order);
    }
    if docs.len() <= 64 {
        for d in docs.iter_mut() {
            fill_one(conn, d)?;
        }
    } else {
        fill_tags_and_masks(conn, &mut docs)?;
    }
    Ok(docs)
}

pub fn all_docs(conn: &Connection) -> Result<Vec<Document>> {
    list_docs(conn, &DocFilter::default())
}

#[cfg(test)]
mod filter_tests {
    use super::*;
    use time::OffsetDateTime;

    pub(super) fn doc() -> Document {
        Document {
            id: "abcd".into(),
            title: "Bilan Sanguin".into(),
            doc_type: DocType::parse("lab-report").unwrap(),
            date: "2025-02-03".into(),
            author: Some("10003456786".into()),
            tags: vec!["cardio".into()],
            masked: false,
            masked_from: vec![],
            hidden_from_guardians: true,
            invisible_patient_until: None,
            size: 1,
            sha256: String::new(),
            blob: "b".into(),
            media_type: "text/plain".into(),
            filename: "bilan.txt".into(),
            added_at: OffsetDateTime::UNIX_EPOCH,
        }
    }

    #[test]
    fn in_memory_filter_matches_like_the_sql() {
        let d = doc();
        assert!(DocFilter::default().matches(&d));
        let f = |g: fn(&mut DocFilter)| {
            let mut x = DocFilter::default();
            g(&mut x);
            x.matches(&d)
        };
        assert!(f(|x| x.types = vec![DocType::parse("lab-report").unwrap()]));
        assert!(!f(
            |x| x.types = vec![DocType::parse("prescription").unwrap()]
        ));
        assert!(f(|x| x.author = Some("10003456786".into())));
        assert!(!f(|x| x.author = Some("10100000008".into())));
        assert!(f(|x| x.tag = Some("cardio".into())));
        assert!(!f(|x| x.tag = Some("cardi".into())));
        assert!(f(|x| x.since = Some("2025-02-03".into())));
        assert!(!f(|x| x.since = Some("2025-02-04".into())));
        assert!(f(|x| x.until = Some("2025-02-03".into())));
        assert!(!f(|x| x.until = Some("2025-02-02".into())));
        assert!(f(|x| x.masked = Some(false)));
        assert!(!f(|x| x.masked = Some(true)));
        assert!(f(|x| x.search = Some("sanguin".into())));
        assert!(f(|x| x.search = Some("BILAN.TXT".into())));
        assert!(f(|x| x.search = Some("ardi".into())));
        assert!(!f(|x| x.search = Some("ordonnance".into())));
    }
}

#[cfg(test)]
mod order_tests {
    use super::super::docs::insert_doc;
    use super::*;
    use proptest::prelude::*;
    use time::OffsetDateTime;

    proptest! {
        /// A list without a limit (sorted here) comes in the same order as
        /// one with a limit (sorted by SQLite), ties on date and time included.
        #[test]
        fn listing_sorted_here_matches_the_sql_order(
            docs in proptest::collection::vec((0u8..4, 0i64..3, "[a-z0-9]{12}"), 0..80)
        ) {
            let conn = Connection::open_in_memory().unwrap();
            crate::vault::schema::create(&conn).unwrap();
            let mut expect = std::collections::HashMap::new();
            for (day, second, id) in docs {
                if expect.contains_key(&id) {
                    continue;
                }
                let mut d = filter_tests::doc();
                // Side tables: a tag derived from the id on some documents,
                // a professional mask on others, nothing on the rest.
                d.tags = if day % 2 == 0 { vec![format!("t-{id}")] } else { vec![] };
                d.masked_from = if second == 1 { vec!["10003456786".into()] } else { vec![] };
                d.date = format!("2025-01-0{}", day + 1);
                d.added_at = OffsetDateTime::from_unix_timestamp(1_700_000_000 + second).unwrap();
                d.blob = id.clone();
                d.id = id.clone();
                insert_doc(&conn, &d).unwrap();
                expect.insert(id, (d.tags, d.masked_from));
            }
            // Ids, tags and per-professional masks (filled after sorting,
            // through the id map when there are over 64 documents).
            let ids = |f: &DocFilter| -> Vec<(String, Vec<String>, Vec<String>)> {
                list_docs(&conn, f)
                    .unwrap()
                    .into_iter()
                    .map(|d| (d.id, d.tags, d.masked_from))
                    .collect()
            };
            let all = ids(&DocFilter::default());
            let by_sql = ids(&DocFilter { limit: Some(1000), ..DocFilter::default() });
            prop_assert_eq!(all.len(), by_sql.len());
            prop_assert_eq!(all.len(), expect.len());
            for (id, tags, masked_from) in &all {
                prop_assert_eq!(&expect[id], &(tags.clone(), masked_from.clone()));
            }
            prop_assert_eq!(all, by_sql);
        }

        /// `list`'s filters in SQL ([`list_docs`]) keep exactly the
        /// documents [`DocFilter::matches`] keeps, in the listing order, a
        /// limit included; with the documents hidden from guardians kept
        /// whatever their columns say ([`list_docs_with_hidden`]).
        #[test]
        fn filters_in_sql_match_the_rust_predicate(
            docs in proptest::collection::vec(
                (0usize..3, 0usize..3, 0usize..8, 0u8..4, any::<(bool, bool, bool)>(), 0usize..TEXTS.len(), 0usize..TEXTS.len(), "[a-z0-9]{12}"),
                0..40,
            ),
            types in proptest::collection::vec(0usize..3, 0..3),
            author in proptest::option::of(0usize..3),
            tag in proptest::option::of(0usize..TAGS.len()),
            since in proptest::option::of(0u8..4),
            until in proptest::option::of(0u8..4),
            masked in proptest::option::of(any::<bool>()),
            search in proptest::option::of(0usize..NEEDLES.len()),
            limit in proptest::option::of(0usize..6),
        ) {
            let conn = Connection::open_in_memory().unwrap();
            crate::vault::schema::create(&conn).unwrap();
            for (rpps, name, specialty) in PROS {
                conn.execute(
                    "INSERT INTO pros (rpps, name, specialty, added_at) VALUES (?1, ?2, ?3, '2025-01-01T00:00:00Z')",
                    rusqlite::params![rpps, name, specialty],
                )
                .unwrap();
            }
            let day = |n: u8| format!("2025-01-0{}", n + 1);
            let mut seen = std::collections::HashSet::new();
            for (ty, au, tags, d_day, (m, mf, hidden), title, file, id) in docs {
                if !seen.insert(id.clone()) {
                    continue;
                }
                let mut d = filter_tests::doc();
                d.doc_type = DocType::parse(KINDS[ty]).unwrap();
                d.author = AUTHORS[au].map(str::to_string);
                d.tags = (0..TAGS.len()).filter(|i| tags & (1 << i) != 0).map(|i| TAGS[i].to_string()).collect();
                d.date = day(d_day);
                d.masked = m;
                d.masked_from = if mf { vec!["10100000008".into()] } else { vec![] };
                d.hidden_from_guardians = hidden;
                d.title = TEXTS[title].into();
                d.filename = TEXTS[file].into();
                d.blob = id.clone();
                d.id = id;
                insert_doc(&conn, &d).unwrap();
            }
            let f = DocFilter {
                types: types.into_iter().map(|t| DocType::parse(KINDS[t]).unwrap()).collect(),
                author: author.and_then(|a| AUTHORS[a]).map(str::to_string),
                tag: tag.map(|t| TAGS[t].to_string()),
                since: since.map(day),
                until: until.map(day),
                masked,
                search: search.map(|s| NEEDLES[s].to_string()),
                search_authors: Vec::new(),
                limit,
            }
            .with_search_authors(&conn)
            .unwrap();
            let ids = |docs: Vec<Document>| docs.into_iter().map(|d| d.id).collect::<Vec<_>>();
            let everything = all_docs(&conn).unwrap();
            let mut expect: Vec<String> =
                ids(everything.iter().filter(|d| f.matches(d)).cloned().collect());
            if let Some(n) = limit {
                expect.truncate(n);
            }
            prop_assert_eq!(ids(list_docs(&conn, &f).unwrap()), expect);
            let unlimited = DocFilter { limit: None, ..f.clone() };
            let with_hidden = ids(
                everything.into_iter().filter(|d| d.hidden_from_guardians || f.matches(d)).collect(),
            );
            prop_assert_eq!(ids(list_docs_with_hidden(&conn, &unlimited).unwrap()), with_hidden);
        }
    }

    const KINDS: [&str; 3] = ["lab-report", "prescription", "other"];
    const AUTHORS: [Option<&str>; 3] = [None, Some("10003456786"), Some("10100000008")];
    const TAGS: [&str; 4] = ["cardio", "Cardio", "été", "e\u{301}te\u{301}"];
    /// The second author is known by name and specialty; the third is not
    /// in `pros` (a document may name an author the vault does not know).
    const PROS: [(&str, &str, Option<&str>); 1] =
        [("10003456786", "Dr Éloïse Durand", Some("Cardiologie"))];
    /// Titles and file names: mixed case, accents precomposed or not, a
    /// Kelvin sign (lowercased to an ASCII `k` by Unicode rules), and
    /// `LIKE`'s wildcards (plain characters to a search).
    const TEXTS: [&str; 8] = [
        "Bilan Sanguin",
        "bilan.txt",
        "École",
        "école",
        "E\u{301}cole",
        "\u{212A}elvin",
        "50% _x_",
        "a\\b",
    ];
    const NEEDLES: [&str; 17] = [
        "",
        "bilan",
        "BILAN",
        "école",
        "ecole",
        "É",
        "k",
        "%",
        "_",
        "\\",
        "cardio",
        "50%",
        "o_x",
        "ETE",
        "eloise",
        "cardiologie",
        "durand",
    ];
}

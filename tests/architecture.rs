//! The layers of `src/`, checked from the source text: which module may
//! import which, and where the terminal may be touched. The import graph
//! is built from `use crate::…`/`super::…`/`self::…` declarations, `crate::…`
//! paths in code and paths through child modules, with comments, string
//! literals and `#[cfg(test)]` items left out.
//!
//! Enforced now (each holds today; keep it so):
//! - the pure core (`policy`, `model`, `ids`, `timefmt`) imports nothing
//!   but itself and `error`: no storage, crypto, journal, bundle or CLI;
//! - nothing below the command layer imports `commands` or `cli` (only
//!   `main.rs`, `commands` and `cli` do): `vault`, `crypto`, `journal`,
//!   `bundle` and the rest know nothing of the command line;
//! - only `src/main.rs` and `src/cli/` name `process::exit` or `dialoguer`:
//!   the library returns errors and asks through a `Prompter`;
//! - nothing below the command layer prints (`println!`, `eprintln!`,
//!   `print!`, `eprint!`, `dbg!`): `vault` and the rest never print;
//! - `Tx.conn`, `Vault.layout` and `Sealed.layout` are not public, and
//!   nothing in `src/` calls the tests' raw door `raw_connection_for_tests`;
//! - no import cycle between files: a file never reaches itself through
//!   the files it imports (so every directory reads bottom-up). For now a
//!   cycle is tolerated when all its files are in [`CYCLES_TOLERATED_IN`]
//!   (`commands`, whose cycles issue 14 is removing); the others fail.
//!   `cargo test --test architecture -- --nocapture` prints every cycle.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A module's path from the crate root (`["vault", "seal"]`); the root
/// (`lib.rs`) is empty, `main.rs` is `["<main>"]`.
type ModPath = Vec<String>;

struct File {
    path: PathBuf,
    module: ModPath,
    /// The code, without comments, literals' contents or test-only items.
    code: String,
}

fn src_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

fn module_of(rel: &Path) -> ModPath {
    let mut parts: Vec<String> = rel
        .iter()
        .map(|c| c.to_string_lossy().into_owned())
        .collect();
    let last = parts.pop().unwrap();
    match last.as_str() {
        "lib.rs" if parts.is_empty() => {}
        "main.rs" if parts.is_empty() => parts.push("<main>".into()),
        "mod.rs" => {}
        other => parts.push(other.trim_end_matches(".rs").to_string()),
    }
    parts
}

/// The code of a Rust file with comments removed and string and character
/// literals emptied (so that text in them is never taken for code).
fn strip_comments_and_literals(src: &str) -> String {
    let b = src.as_bytes();
    let mut out = String::with_capacity(src.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'/' && b.get(i + 1) == Some(&b'/') {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if c == b'/' && b.get(i + 1) == Some(&b'*') {
            let mut depth = 0;
            while i < b.len() {
                if b[i] == b'/' && b.get(i + 1) == Some(&b'*') {
                    depth += 1;
                    i += 2;
                } else if b[i] == b'*' && b.get(i + 1) == Some(&b'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
            out.push(' ');
        } else if c == b'r'
            && (b.get(i + 1) == Some(&b'"') || b.get(i + 1) == Some(&b'#'))
            && (i == 0 || !is_ident(b[i - 1]))
        {
            // A raw string r"…" or r#"…"#, unless r# starts a raw identifier.
            let mut j = i + 1;
            while b.get(j) == Some(&b'#') {
                j += 1;
            }
            if b.get(j) != Some(&b'"') {
                out.push('r');
                i += 1;
                continue;
            }
            let hashes = j - i - 1;
            j += 1;
            loop {
                if j >= b.len() {
                    break;
                }
                if b[j] == b'"'
                    && b[j + 1..]
                        .iter()
                        .take(hashes)
                        .filter(|&&h| h == b'#')
                        .count()
                        == hashes
                {
                    j += 1 + hashes;
                    break;
                }
                j += 1;
            }
            out.push_str("\"\"");
            i = j;
        } else if c == b'"' {
            i += 1;
            while i < b.len() && b[i] != b'"' {
                if b[i] == b'\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            out.push_str("\"\"");
        } else if c == b'\'' {
            // A character literal ('x', '\n', '\u{…}') or a lifetime ('a).
            let rest = &b[i + 1..];
            let len = if rest.first() == Some(&b'\\') {
                rest.iter().skip(1).position(|&x| x == b'\'').map(|p| p + 2)
            } else {
                let ch = src[i + 1..].chars().next().map_or(1, char::len_utf8);
                (rest.get(ch) == Some(&b'\'')).then_some(ch)
            };
            match len {
                Some(n) => {
                    out.push_str("' '");
                    i += n + 2;
                }
                None => {
                    out.push('\'');
                    i += 1;
                }
            }
        } else {
            let ch = src[i..].chars().next().unwrap();
            out.push(ch);
            i += ch.len_utf8();
        }
    }
    out
}

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// Removes `#[cfg(test)]` items (test modules, test-only imports and
/// functions): tests may reach anywhere. Returns the names of test-only
/// modules declared as files (`#[cfg(test)] mod testutil;`).
fn strip_test_items(code: &str) -> (String, Vec<String>) {
    let mut out = String::with_capacity(code.len());
    let mut test_mods = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..at]);
        let item = &rest[at + "#[cfg(test)]".len()..];
        let b = item.as_bytes();
        let mut depth = 0usize;
        let mut end = b.len();
        for (k, &c) in b.iter().enumerate() {
            match c {
                b'{' => depth += 1,
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = k + 1;
                        break;
                    }
                }
                b';' if depth == 0 => {
                    end = k + 1;
                    break;
                }
                _ => {}
            }
        }
        let skipped = item[..end].trim();
        if let Some(name) = skipped
            .strip_prefix("mod ")
            .or_else(|| skipped.strip_prefix("pub mod "))
            .and_then(|s| s.strip_suffix(';'))
        {
            test_mods.push(name.trim().to_string());
        }
        rest = &item[end..];
    }
    out.push_str(rest);
    (out, test_mods)
}

fn load() -> Vec<File> {
    let src = src_dir();
    let mut paths = Vec::new();
    rust_files(&src, &mut paths);
    paths.sort();
    let mut files: Vec<File> = Vec::new();
    let mut test_only: BTreeSet<ModPath> = BTreeSet::new();
    for path in paths {
        let rel = path.strip_prefix(&src).unwrap().to_path_buf();
        let module = module_of(&rel);
        let text = std::fs::read_to_string(&path).unwrap();
        let (code, test_mods) = strip_test_items(&strip_comments_and_literals(&text));
        for m in test_mods {
            let mut p = if module.first().map(String::as_str) == Some("<main>") {
                Vec::new()
            } else {
                module.clone()
            };
            p.push(m);
            test_only.insert(p);
        }
        files.push(File {
            path: rel,
            module,
            code,
        });
    }
    files.retain(|f| !test_only.contains(&f.module));
    files
}

/// The child modules a file declares (`mod x;`, `pub mod x;`).
fn declared_children(code: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (at, _) in code.match_indices("mod ") {
        if at > 0 && is_ident(code.as_bytes()[at - 1]) {
            continue;
        }
        let name: String = code[at + 4..]
            .trim_start()
            .chars()
            .take_while(|&c| c.is_ascii_alphanumeric() || c == '_')
            .collect();
        let after = code[at + 4..].trim_start()[name.len()..].trim_start();
        if !name.is_empty() && after.starts_with(';') {
            out.insert(name);
        }
    }
    out
}

/// The paths of a `use` tree (`a::{b, c::d as e, self}`), as segments,
/// each with the name it takes here (`e` for `c::d as e`).
fn expand_use(tree: &str, prefix: &[String], out: &mut Vec<(Vec<String>, String)>) {
    let tree = tree.trim();
    if let Some(open) = tree.find('{') {
        let mut base = prefix.to_vec();
        base.extend(segments(&tree[..open]));
        let inner = &tree[open + 1..tree.rfind('}').unwrap()];
        let mut depth = 0;
        let mut start = 0;
        for (k, c) in inner.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    expand_use(&inner[start..k], &base, out);
                    start = k + 1;
                }
                _ => {}
            }
        }
        expand_use(&inner[start..], &base, out);
    } else if !tree.is_empty() {
        let mut names = tree.split(" as ");
        let tree = names.next().unwrap();
        let mut p = prefix.to_vec();
        // `{self, …}` names the prefix itself.
        let nested = !p.is_empty();
        p.extend(
            segments(tree)
                .into_iter()
                .filter(|s| !(nested && s == "self")),
        );
        let name = names
            .next()
            .map(|a| a.trim().to_string())
            .or_else(|| p.last().cloned())
            .unwrap_or_default();
        out.push((p, name));
    }
}

/// The `use` declarations of a file: (segments, local name, public).
fn use_declarations(code: &str) -> Vec<(Vec<String>, String, bool)> {
    let b = code.as_bytes();
    let mut out = Vec::new();
    for (at, _) in code.match_indices("use ") {
        if at > 0 && (is_ident(b[at - 1]) || b[at - 1] == b':') {
            continue;
        }
        let before = code[..at].trim_end();
        let public = before.ends_with("pub")
            || before.ends_with(')') && {
                let open = before.rfind('(').unwrap_or(0);
                before[..open].trim_end().ends_with("pub")
            };
        let end = code[at..].find(';').map_or(b.len(), |e| at + e);
        let mut paths = Vec::new();
        expand_use(&code[at + 4..end], &[], &mut paths);
        out.extend(paths.into_iter().map(|(p, n)| (p, n, public)));
    }
    out
}

fn segments(path: &str) -> Vec<String> {
    path.split("::")
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty() && s != "*")
        .collect()
}

/// Every path in a file that may name a module of the crate: `use`
/// declarations expanded, and `a::b…` paths in the rest of the code.
fn referenced_paths(code: &str) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = use_declarations(code)
        .into_iter()
        .map(|(p, _, _)| p)
        .collect();
    // The code without its `use` declarations.
    let mut rest_of_code = String::with_capacity(code.len());
    let b = code.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if code[i..].starts_with("use ") && (i == 0 || !is_ident(b[i - 1]) && b[i - 1] != b':') {
            i = code[i..].find(';').map_or(b.len(), |e| i + e + 1);
            continue;
        }
        let ch = code[i..].chars().next().unwrap();
        rest_of_code.push(ch);
        i += ch.len_utf8();
    }
    // Paths in code: identifiers joined by `::`.
    let r = rest_of_code.as_bytes();
    let mut k = 0;
    while k < r.len() {
        if is_ident(r[k]) && (k == 0 || !is_ident(r[k - 1]) && r[k - 1] != b':') {
            let mut end = k;
            loop {
                while end < r.len() && is_ident(r[end]) {
                    end += 1;
                }
                if rest_of_code[end..].starts_with("::")
                    && r.get(end + 2).is_some_and(|&c| is_ident(c))
                {
                    end += 2;
                } else {
                    break;
                }
            }
            let path = segments(&rest_of_code[k..end]);
            if path.len() > 1 {
                out.push(path);
            }
            k = end.max(k + 1);
        } else {
            k += 1;
        }
    }
    out
}

struct Graph {
    files: Vec<File>,
    /// File index → the files it imports.
    edges: BTreeMap<usize, BTreeSet<usize>>,
}

/// Where paths of one file lead.
struct Scope {
    /// The file's module (the crate root for `main.rs`, whose `carnet::`
    /// paths name the library).
    here: ModPath,
    is_main: bool,
    children: BTreeSet<String>,
}

impl Scope {
    /// The absolute path of a path written in this file, if it is carnet's.
    fn absolute(&self, path: &[String]) -> Option<ModPath> {
        let (mut abs, mut rest): (ModPath, &[String]) = match path[0].as_str() {
            "crate" if !self.is_main => (Vec::new(), &path[1..]),
            "carnet" if self.is_main => (Vec::new(), &path[1..]),
            "self" => (self.here.clone(), &path[1..]),
            "super" => (
                self.here[..self.here.len().saturating_sub(1)].to_vec(),
                &path[1..],
            ),
            first if self.children.contains(first) => (self.here.clone(), path),
            _ => return None,
        };
        while rest.first().map(String::as_str) == Some("super") {
            abs.pop();
            rest = &rest[1..];
        }
        abs.extend(rest.iter().cloned());
        Some(abs)
    }
}

fn graph() -> Graph {
    let files = load();
    let by_module: BTreeMap<ModPath, usize> = files
        .iter()
        .enumerate()
        .map(|(k, f)| (f.module.clone(), k))
        .collect();
    let scopes: Vec<Scope> = files
        .iter()
        .map(|f| {
            let is_main = f.module == ["<main>"];
            Scope {
                here: if is_main {
                    Vec::new()
                } else {
                    f.module.clone()
                },
                is_main,
                children: declared_children(&f.code),
            }
        })
        .collect();
    // What each module re-exports (`pub use x::Y;`): name → absolute path,
    // so that `crate::vault::Layout` leads to vault/layout.rs.
    let reexports: Vec<BTreeMap<String, ModPath>> = files
        .iter()
        .zip(&scopes)
        .map(|(f, scope)| {
            use_declarations(&f.code)
                .into_iter()
                .filter(|(_, _, public)| *public)
                .filter_map(|(p, name, _)| Some((name, scope.absolute(&p)?)))
                .collect()
        })
        .collect();
    // The file an absolute path leads to: the longest prefix that is a
    // module, followed through its re-exports.
    let resolve = |abs: &[String]| -> Option<usize> {
        let mut abs = abs.to_vec();
        for _ in 0..8 {
            let n = (0..=abs.len())
                .rev()
                .find(|&n| by_module.contains_key(&abs[..n]))?;
            let m = by_module[&abs[..n]];
            match abs.get(n).and_then(|name| reexports[m].get(name)) {
                Some(target) if target[..] != abs[..] => {
                    let mut next = target.clone();
                    next.extend(abs[n + 1..].iter().cloned());
                    abs = next;
                }
                _ => return Some(m),
            }
        }
        None
    };
    let mut edges: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    for (k, (f, scope)) in files.iter().zip(&scopes).enumerate() {
        for path in referenced_paths(&f.code) {
            let target = scope.absolute(&path).and_then(|abs| resolve(&abs));
            if let Some(t) = target.filter(|&t| t != k) {
                edges.entry(k).or_default().insert(t);
            }
        }
    }
    Graph { files, edges }
}

impl Graph {
    fn name(&self, k: usize) -> String {
        self.files[k].path.display().to_string()
    }

    fn top(&self, k: usize) -> &str {
        self.files[k].module.first().map_or("", String::as_str)
    }

    fn find(&self, module: &[&str]) -> usize {
        self.files
            .iter()
            .position(|f| f.module == module)
            .unwrap_or_else(|| panic!("no module {module:?}"))
    }

    fn imports(&self, from: &[&str], to: &[&str]) -> bool {
        let (a, b) = (self.find(from), self.find(to));
        self.edges.get(&a).is_some_and(|e| e.contains(&b))
    }

    /// Edges from a file whose top module passes `from` to one whose top
    /// module passes `to`.
    fn violations(&self, from: impl Fn(&str) -> bool, to: impl Fn(&str) -> bool) -> Vec<String> {
        let mut out = Vec::new();
        for (&a, targets) in &self.edges {
            for &b in targets {
                if from(self.top(a)) && to(self.top(b)) {
                    out.push(format!("{} imports {}", self.name(a), self.name(b)));
                }
            }
        }
        out
    }

    /// Strongly connected components of more than one file (Tarjan).
    fn cycles(&self) -> Vec<Vec<usize>> {
        struct State<'g> {
            g: &'g Graph,
            index: Vec<Option<usize>>,
            low: Vec<usize>,
            on_stack: Vec<bool>,
            stack: Vec<usize>,
            next: usize,
            out: Vec<Vec<usize>>,
        }
        fn visit(s: &mut State<'_>, v: usize) {
            s.index[v] = Some(s.next);
            s.low[v] = s.next;
            s.next += 1;
            s.stack.push(v);
            s.on_stack[v] = true;
            let targets: Vec<usize> = s.g.edges.get(&v).into_iter().flatten().copied().collect();
            for w in targets {
                match s.index[w] {
                    None => {
                        visit(s, w);
                        s.low[v] = s.low[v].min(s.low[w]);
                    }
                    Some(iw) if s.on_stack[w] => s.low[v] = s.low[v].min(iw),
                    Some(_) => {}
                }
            }
            if Some(s.low[v]) == s.index[v] {
                let mut comp = Vec::new();
                loop {
                    let w = s.stack.pop().unwrap();
                    s.on_stack[w] = false;
                    comp.push(w);
                    if w == v {
                        break;
                    }
                }
                if comp.len() > 1 {
                    comp.sort();
                    s.out.push(comp);
                }
            }
        }
        let n = self.files.len();
        let mut s = State {
            g: self,
            index: vec![None; n],
            low: vec![0; n],
            on_stack: vec![false; n],
            stack: Vec::new(),
            next: 0,
            out: Vec::new(),
        };
        for v in 0..n {
            if s.index[v].is_none() {
                visit(&mut s, v);
            }
        }
        s.out
    }
}

/// The pure core: rules and vocabulary, no I/O.
const PURE: &[&str] = &["policy", "model", "ids", "timefmt", "fold"];
/// What may name the command line: the binary, the commands, the CLI.
const COMMAND_LINE: &[&str] = &["<main>", "commands", "cli"];

#[test]
fn the_graph_sees_the_imports_it_should() {
    // Guards against a parser that finds nothing (and so passes every rule).
    let g = graph();
    assert!(g.files.len() > 40, "{} files", g.files.len());
    assert!(g.imports(&["commands", "context"], &["cli", "args"]));
    assert!(
        g.imports(&["vault", "seal"], &["vault", "inplace"]),
        "super:: paths"
    );
    assert!(
        g.imports(&["commands"], &["commands", "context"]),
        "child paths"
    );
    assert!(g.imports(&["<main>"], &["cli", "output"]), "carnet:: paths");
    assert!(g.imports(&["policy"], &["model"]));
    // Through a re-export (`pub use layout::Layout` in vault/mod.rs).
    assert!(g.imports(&["vault", "keys"], &["vault", "layout"]));
    assert!(!g.imports(&["vault", "keys"], &["vault", "lock"]));
    // `crate::vault::UnlockMethod` leads to vault/unlock.rs, not vault/mod.rs.
    assert!(g.imports(&["vault", "keys"], &["vault", "unlock"]));
    assert!(!g.imports(&["vault", "keys"], &["vault"]));
    // Test-only code is left out: testutil is used by tests alone.
    assert!(g.files.iter().all(|f| f.module != ["testutil"]));
}

#[test]
fn the_reader_skips_comments_literals_and_test_items() {
    let src = r##"
        use crate::a::{self, b::{C, D as E}, f::*};
        // crate::comment::path
        /* crate::block /* nested */ crate::still_comment */
        /// [`crate::doc::link`]
        fn f<'a>(x: &'a str) -> char {
            let _ = "crate::in_string \" crate::still_string";
            let _ = r#"crate::raw "quoted" string"#;
            let q = '"'; let _ = crate::g::h(q, '\'');
            crate::i::J
        }
        #[cfg(test)]
        mod tests { use crate::test_only; }
        #[cfg(test)]
        mod testutil;
    "##;
    let (code, test_mods) = strip_test_items(&strip_comments_and_literals(src));
    assert_eq!(test_mods, ["testutil"]);
    let mut paths: Vec<String> = referenced_paths(&code)
        .iter()
        .map(|p| p.join("::"))
        .collect();
    paths.sort();
    assert_eq!(
        paths,
        [
            "crate::a",
            "crate::a::b::C",
            "crate::a::b::D",
            "crate::a::f",
            "crate::g::h",
            "crate::i::J"
        ]
    );
}

#[test]
fn the_pure_core_imports_no_io() {
    let g = graph();
    let bad = g.violations(
        |from| PURE.contains(&from),
        |to| !PURE.contains(&to) && to != "error",
    );
    assert!(
        bad.is_empty(),
        "the pure core reaches out:\n{}",
        bad.join("\n")
    );
}

#[test]
fn nothing_below_the_commands_imports_them_or_the_cli() {
    let g = graph();
    let bad = g.violations(
        |from| !COMMAND_LINE.contains(&from),
        |to| to == "commands" || to == "cli",
    );
    assert!(
        bad.is_empty(),
        "a lower layer imports a higher one:\n{}",
        bad.join("\n")
    );
}

/// Files (outside `allowed`) whose code names one of `needles`.
fn naming(needles: &[&str], allowed: impl Fn(&File) -> bool) -> Vec<String> {
    let mut out = Vec::new();
    for f in load().iter().filter(|f| !allowed(f)) {
        for n in needles {
            let hit = f
                .code
                .match_indices(n)
                .any(|(at, _)| at == 0 || !is_ident(f.code.as_bytes()[at - 1]));
            if hit {
                out.push(format!("{} names {n}", f.path.display()));
            }
        }
    }
    out
}

/// Storage is the vault's: the command layer names no SQL type, no query
/// module, no transaction's connection and no vault layout.
#[test]
fn the_commands_leave_storage_to_the_vault() {
    let bad = naming(
        &["rusqlite", "store::", "tx.conn", "layout.", "WriteLock"],
        |f| f.module.first().map(String::as_str) != Some("commands"),
    );
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// The body of `struct NAME` in a file's code (up to its closing brace).
fn struct_body<'a>(code: &'a str, name: &str) -> &'a str {
    let start = code
        .find(&format!("struct {name}"))
        .unwrap_or_else(|| panic!("struct {name} not found"));
    let body = &code[start..];
    let open = body.find('{').expect("a struct with fields");
    let close = body.find('}').expect("its closing brace");
    &body[open + 1..close]
}

/// The vault's index connection and its directory layout stay inside the
/// crate: what the benchmarks and tests need is a documented operation
/// (`vault::bulk`), and the one raw door, for tests that plant damage, is
/// marked as such and used by nothing in `src/`.
#[test]
fn the_connection_and_the_layout_are_not_public() {
    let files = load();
    let code = |path: &str| {
        &files
            .iter()
            .find(|f| f.path == Path::new(path))
            .unwrap_or_else(|| panic!("{path} not found"))
            .code
    };
    for (path, name, field) in [
        ("vault/tx.rs", "Tx", "conn:"),
        ("vault/mod.rs", "Vault", "layout:"),
        ("vault/mod.rs", "Sealed", "layout:"),
    ] {
        let body = struct_body(code(path), name);
        let decl = body
            .split(',')
            .map(str::trim)
            .find(|d| d.split_whitespace().any(|w| w == field))
            .unwrap_or_else(|| panic!("{name} has no field {field}"));
        assert!(
            decl.split_whitespace().next() != Some("pub"),
            "{path}: `{name}.{field}` is public: {decl}"
        );
    }
    let bad = naming(&["raw_connection_for_tests"], |f| {
        f.path == Path::new("vault/tx.rs")
    });
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// A command imports no other command: what two commands share is the
/// CLI context (`commands/context.rs`), the files of its own group, or a
/// lower layer (`cli/` for rendering, `vault` for the rest).
#[test]
fn commands_import_no_other_command() {
    let g = graph();
    let module = |k: usize| g.files[k].module.clone();
    let mut bad = Vec::new();
    for (&a, targets) in &g.edges {
        let ma = module(a);
        if ma.first().map(String::as_str) != Some("commands") || ma.len() < 2 {
            continue; // commands/mod.rs dispatches to every command
        }
        for &b in targets {
            let mb = module(b);
            let other_command = mb.first().map(String::as_str) == Some("commands")
                && mb.len() >= 2
                && mb[1] != "context"
                && mb[1] != ma[1];
            if other_command {
                bad.push(format!("{} imports {}", g.name(a), g.name(b)));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// A command reads like the user's story: no file of the command layer is
/// over 400 lines, whole text counted (comments and tests included).
#[test]
fn command_files_stay_short() {
    let mut paths = Vec::new();
    rust_files(&src_dir().join("commands"), &mut paths);
    let long: Vec<String> = paths
        .iter()
        .map(|p| (p, std::fs::read_to_string(p).unwrap().lines().count()))
        .filter(|(_, n)| *n > 400)
        .map(|(p, n)| format!("{}: {n} lines", p.display()))
        .collect();
    assert!(!paths.is_empty());
    assert!(long.is_empty(), "{}", long.join("\n"));
}

#[test]
fn only_main_and_the_cli_exit_or_prompt() {
    let bad = naming(&["process::exit", "dialoguer"], |f| {
        matches!(f.module.first().map(String::as_str), Some("<main>" | "cli"))
    });
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn nothing_below_the_commands_prints() {
    let bad = naming(
        &["println!", "eprintln!", "print!", "eprint!", "dbg!"],
        |f| COMMAND_LINE.contains(&f.module.first().map_or("", String::as_str)),
    );
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// Top modules whose files may still import each other in a circle: none
/// (a command group shares its helpers through a `shared.rs` below its
/// `mod.rs`, not through `mod.rs` itself).
const CYCLES_TOLERATED_IN: &[&str] = &[];

#[test]
fn no_cycles_between_files() {
    let g = graph();
    let cycles = g.cycles();
    println!("{} import cycle(s) between files in src/:", cycles.len());
    let mut bad = Vec::new();
    for comp in &cycles {
        let names: Vec<String> = comp.iter().map(|&k| g.name(k)).collect();
        println!("- {}", names.join(", "));
        let mut edges = Vec::new();
        for &a in comp {
            for &b in g.edges.get(&a).into_iter().flatten() {
                if comp.contains(&b) {
                    edges.push(format!("    {} -> {}", g.name(a), g.name(b)));
                }
            }
        }
        println!("{}", edges.join("\n"));
        if !comp
            .iter()
            .all(|&k| CYCLES_TOLERATED_IN.contains(&g.top(k)))
        {
            bad.push(format!("{}\n{}", names.join(", "), edges.join("\n")));
        }
    }
    assert!(
        bad.is_empty(),
        "files that import each other in a circle (move what they share into a file below both):\n{}",
        bad.join("\n")
    );
}

/// The cycle finder itself, on a graph made by hand: a circle of three
/// files is one cycle, a file it imports outside the circle is not in it,
/// and a graph without circles has none.
#[test]
fn the_cycle_finder_finds_circles_and_only_them() {
    let file = |name: &str| File {
        path: PathBuf::from(format!("{name}.rs")),
        module: vec![name.to_string()],
        code: String::new(),
    };
    let edges = |list: &[(usize, usize)]| {
        let mut e: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
        for &(a, b) in list {
            e.entry(a).or_default().insert(b);
        }
        e
    };
    let files = || ["a", "b", "c", "d"].map(file).into_iter().collect();
    let circle = Graph {
        files: files(),
        edges: edges(&[(0, 1), (1, 2), (2, 0), (2, 3)]),
    };
    assert_eq!(circle.cycles(), vec![vec![0, 1, 2]]);
    let line = Graph {
        files: files(),
        edges: edges(&[(0, 1), (1, 2), (2, 3), (0, 3)]),
    };
    assert!(line.cycles().is_empty());
}

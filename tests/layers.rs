//! The source's layers run in one direction, and no two modules use each other.
//!
//! - Layers (lib.rs): `prerender` → `pages` → `components` → `islands` → `comments` → `content` →
//!   `i18n`; `dom` and `paths` are helpers at the bottom. A module may use only layers below its own.
//! - Within the crate no module uses another that uses it back, directly or round a loop. A module may
//!   use what its ancestors define (as Rust's privacy allows), so uses of an ancestor are not counted.
//!
//! It reads the source as text: every `crate::…` and `super::…` path, in `use` declarations (braces
//! expanded) and in code, resolved to the deepest module file that exists.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Lower layers first; a module may use only modules of a lower layer than its own.
const LAYERS: &[(&str, u8)] = &[
    ("i18n", 0),
    ("dom", 0),
    ("paths", 0),
    ("content", 1),
    ("comments", 2),
    ("islands", 3),
    ("components", 4),
    ("pages", 5),
    ("prerender", 6),
];

/// Every module of the library, by its path (`islands::comments::form`), with its source.
fn modules() -> BTreeMap<Vec<String>, String> {
    fn walk(dir: &Path, prefix: &[String], out: &mut BTreeMap<Vec<String>, String>) {
        for entry in std::fs::read_dir(dir).expect("src is readable") {
            let path = entry.expect("an entry").path();
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            if path.is_dir() {
                if name != "bin" {
                    let mut p = prefix.to_vec();
                    p.push(name);
                    walk(&path, &p, out);
                }
            } else if path.extension().is_some_and(|e| e == "rs") {
                let mut p = prefix.to_vec();
                if name != "mod" && name != "lib" && name != "main" {
                    p.push(name);
                } else if name == "main" {
                    continue;
                }
                out.insert(p, std::fs::read_to_string(&path).expect("a source file"));
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &[], &mut out);
    out
}

/// The source without comments and string literals, so paths in them do not count.
fn code_only(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    let mut chars = src.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            '"' => {
                let mut escaped = false;
                for c in chars.by_ref() {
                    if !escaped && c == '"' {
                        break;
                    }
                    escaped = !escaped && c == '\\';
                }
                out.push_str("\"\"");
            }
            c => out.push(c),
        }
    }
    out
}

/// `use a::{b, c::{d, e}};` → `a::b`, `a::c::d`, `a::c::e`.
fn expand(tree: &str) -> Vec<String> {
    let tree = tree.trim();
    let Some(open) = tree.find('{') else {
        return vec![tree.split(" as ").next().unwrap_or(tree).trim().to_owned()];
    };
    let prefix = &tree[..open];
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let (mut parts, mut depth, mut start) = (Vec::new(), 0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .filter(|p| !p.trim().is_empty())
        .flat_map(|p| expand(p).into_iter().map(move |e| format!("{prefix}{e}")))
        .collect()
}

/// The module paths `src` refers to, as written: `crate::…`, `super::…`, and (in `use`) `self::…`
/// and child modules.
fn paths_in(src: &str) -> Vec<String> {
    let code = code_only(src);
    let mut found = Vec::new();
    for stmt in code.split(';') {
        let stmt = stmt.trim();
        let used = stmt
            .strip_prefix("pub use ")
            .or_else(|| stmt.strip_prefix("pub(crate) use "))
            .or_else(|| stmt.strip_prefix("use "));
        if let Some(tree) = used {
            found.extend(expand(tree));
        }
    }
    for start in ["crate::", "super::"] {
        let mut rest = code.as_str();
        while let Some(i) = rest.find(start) {
            let before = rest[..i].chars().last();
            let path: String = rest[i..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            if !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                found.push(path.trim_end_matches(':').to_owned());
            }
            rest = &rest[i + start.len()..];
        }
    }
    let mut seen = BTreeSet::new();
    found.retain(|p| seen.insert(p.clone()));
    found
}

/// The deepest module `path` (written in module `from`) lands in, if it is one of ours.
fn resolve(from: &[String], path: &str, modules: &BTreeMap<Vec<String>, String>) -> Option<Vec<String>> {
    let mut segs: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
    let mut base: Vec<String> = match segs.first() {
        Some(&"crate") => {
            segs.remove(0);
            Vec::new()
        }
        Some(&"super") => {
            let mut b = from.to_vec();
            while segs.first() == Some(&"super") {
                segs.remove(0);
                b.pop();
            }
            b
        }
        Some(&"self") => {
            segs.remove(0);
            from.to_vec()
        }
        _ => from.to_vec(),
    };
    let mut found = None;
    for seg in segs {
        base.push(seg.to_owned());
        if modules.contains_key(&base) {
            found = Some(base.clone());
        } else {
            break;
        }
    }
    found
}

/// Module → the modules it uses (not counting itself or its ancestors).
fn uses() -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let modules = modules();
    let mut graph = BTreeMap::new();
    for (module, src) in &modules {
        let targets: BTreeSet<Vec<String>> = paths_in(src)
            .iter()
            .filter_map(|p| resolve(module, p, &modules))
            .filter(|t| t != module && !module.starts_with(t))
            .collect();
        graph.insert(module.clone(), targets);
    }
    graph
}

fn layer(module: &[String]) -> Option<u8> {
    let top = module.first()?;
    LAYERS.iter().find(|(name, _)| name == top).map(|(_, l)| *l)
}

#[test]
fn every_module_is_in_a_layer_and_uses_only_lower_layers() {
    let graph = uses();
    let mut wrong = Vec::new();
    for (module, targets) in &graph {
        if module.is_empty() {
            continue; // lib.rs declares the layers
        }
        let Some(own) = layer(module) else {
            wrong.push(format!("{} is in no layer of tests/layers.rs", module.join("::")));
            continue;
        };
        for target in targets {
            let theirs = layer(target).expect("a module in a layer");
            if target[0] != module[0] && theirs >= own {
                wrong.push(format!("{} uses {}", module.join("::"), target.join("::")));
            }
        }
    }
    assert!(wrong.is_empty(), "uses against the layers:\n{}", wrong.join("\n"));
    // The test can fail: it sees what the islands use.
    let comments = &graph[&vec!["islands".to_owned(), "comments".to_owned(), "item".to_owned()]];
    assert!(comments.contains(&vec![
        "islands".to_owned(),
        "comments".to_owned(),
        "form".to_owned()
    ]));
}

#[test]
fn no_two_modules_use_each_other() {
    let graph = uses();
    // Depth-first search for a cycle, reporting the first one found.
    fn visit(
        node: &Vec<String>,
        graph: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        stack: &mut Vec<Vec<String>>,
        done: &mut BTreeSet<Vec<String>>,
    ) -> Option<Vec<Vec<String>>> {
        if let Some(at) = stack.iter().position(|n| n == node) {
            let mut cycle = stack[at..].to_vec();
            cycle.push(node.clone());
            return Some(cycle);
        }
        if !done.insert(node.clone()) {
            return None;
        }
        stack.push(node.clone());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, stack, done) {
                return Some(cycle);
            }
        }
        stack.pop();
        None
    }
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        if let Some(cycle) = visit(node, &graph, &mut Vec::new(), &mut done) {
            let shown: Vec<String> = cycle.iter().map(|m| m.join("::")).collect();
            panic!("modules that use each other: {}", shown.join(" → "));
        }
    }
}

#[test]
fn paths_are_read_from_use_trees_and_code() {
    assert_eq!(
        expand("crate::comments::{store, thread::{children, ThreadComment}, Body as B}"),
        [
            "crate::comments::store",
            "crate::comments::thread::children",
            "crate::comments::thread::ThreadComment",
            "crate::comments::Body"
        ]
    );
    let found =
        paths_in("// crate::pages\nuse super::state::X;\nlet a = \"crate::pages\"; crate::dom::go_to(x);");
    assert_eq!(found, ["super::state::X", "crate::dom::go_to"]);
}

//! The house rules over `use` statements: no import cycle between the files of `runtime/src`,
//! `auth/src` and `codegen/src`, and no arrow in `codegen` or `runtime` from a lower layer to a
//! higher one (ARCHITECTURE.md names the layers and the pipeline's stages). Reads the sources as text; a test module (from
//! its `#[cfg(test)]` line on) is left out, since tests may reach anywhere.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// One file of a crate as the module path it defines (`stream::websocket::frame`; `lib` for the
/// crate root) and the module paths it names through `crate::`.
type Graph = BTreeMap<String, BTreeSet<String>>;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
        .to_path_buf()
}

fn module_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).expect("file under src");
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let last = parts.pop().expect("a file name");
    let stem = last.trim_end_matches(".rs");
    if stem != "mod" && stem != "lib" {
        parts.push(stem.to_owned());
    }
    if parts.is_empty() {
        "lib".to_owned()
    } else {
        parts.join("::")
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable source folder") {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every `crate::a::b…` path in `code`, with `crate::{a, b::c}` groups expanded one level.
fn crate_paths(code: &str) -> Vec<String> {
    let mut paths = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        let before = rest[..at].chars().next_back();
        rest = &rest[at + "crate::".len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$') {
            continue; // `$crate::` or an identifier ending in "crate"
        }
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            paths.extend(group[..end].split(',').map(|p| path_prefix(p.trim())));
        } else {
            paths.push(path_prefix(rest));
        }
    }
    paths.retain(|p| !p.is_empty());
    paths
}

fn path_prefix(text: &str) -> String {
    text.chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
        .collect::<String>()
        .trim_end_matches(':')
        .to_owned()
}

/// The longest known module that `path` starts with (`stream::websocket::frame::Frame` →
/// `stream::websocket::frame`); items of the crate root map to `lib`.
fn target(modules: &BTreeSet<String>, path: &str) -> String {
    let mut parts: Vec<&str> = path.split("::").collect();
    while !parts.is_empty() {
        let candidate = parts.join("::");
        if modules.contains(&candidate) {
            return candidate;
        }
        parts.pop();
    }
    "lib".to_owned()
}

fn graph(krate: &str) -> Graph {
    let src = workspace().join(krate).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let modules: BTreeSet<String> = files.iter().map(|f| module_of(&src, f)).collect();
    let mut graph = Graph::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("readable source file");
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        let from = module_of(&src, file);
        let edges = graph.entry(from.clone()).or_default();
        for path in crate_paths(code) {
            let to = target(&modules, &path);
            // The crate root only declares and re-exports; a file naming an item through it
            // (`crate::Error`) is an arrow to the item's own file, which the re-export hides.
            if to != from && to != "lib" {
                edges.insert(to);
            }
        }
    }
    graph
}

/// A cycle in `graph`, if there is one, as the files around it.
fn find_cycle(graph: &Graph) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &Graph,
        stack: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = stack.iter().position(|n| n == node) {
            return Some(stack[at..].to_vec());
        }
        if done.contains(node) {
            return None;
        }
        stack.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, stack, done) {
                return Some(cycle);
            }
        }
        stack.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

/// Arrows that point from a layer to a higher one; `layers` lists top-level modules bottom up.
fn upward_arrows(graph: &Graph, layers: &[&[&str]]) -> Vec<String> {
    let rank = |module: &str| {
        let top = module.split("::").next().unwrap_or(module);
        layers.iter().position(|layer| layer.contains(&top))
    };
    let mut wrong = Vec::new();
    for (from, edges) in graph {
        for to in edges {
            match (rank(from), rank(to)) {
                (Some(a), Some(b)) if b > a => wrong.push(format!("{from} -> {to}")),
                (None, _) if from != "lib" => wrong.push(format!("{from} is in no layer")),
                (_, None) => wrong.push(format!("{to} is in no layer")),
                _ => {}
            }
        }
    }
    wrong
}

#[test]
fn no_import_cycles_between_files() {
    for krate in ["runtime", "auth", "codegen", "mock"] {
        let graph = graph(krate);
        assert!(
            graph.len() > 5,
            "{krate}: too few files read ({})",
            graph.len()
        );
        if let Some(cycle) = find_cycle(&graph) {
            panic!("{krate}/src has an import cycle: {}", cycle.join(" -> "));
        }
    }
}

#[test]
fn runtime_layers_point_down() {
    let layers: &[&[&str]] = &[
        &["redact", "confine"],
        &["error", "operation", "response", "de", "decode", "sending"],
        &["encode"],
        &["policy", "tls"],
        &["client"],
        &["transport"],
        &["request"],
        &["stream"],
        &["with_body"],
    ];
    let wrong = upward_arrows(&graph("runtime"), layers);
    assert!(
        wrong.is_empty(),
        "runtime arrows against the layers: {wrong:#?}"
    );
}

#[test]
fn codegen_stages_point_down() {
    // The pipeline's order (ARCHITECTURE.md): a stage reads only the stages before it.
    let layers: &[&[&str]] = &[
        &["pointer"],
        &["diag"],
        &["load"],
        &["upgrade"],
        &["parse"],
        &["model"],
        &["summary"],
        &["emit"],
        &["write"],
    ];
    let wrong = upward_arrows(&graph("codegen"), layers);
    assert!(
        wrong.is_empty(),
        "codegen arrows against the pipeline: {wrong:#?}"
    );
}

#[test]
fn the_checker_sees_cycles_and_upward_arrows() {
    let code = "use crate::{a::b, c};\nfn f() { crate::d::e(); $crate::x::y(); }";
    assert_eq!(crate_paths(code), ["a::b", "c", "d::e"]);
    let graph: Graph = [("a", vec!["b"]), ("b", vec!["c"]), ("c", vec!["a"])]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.into_iter().map(str::to_owned).collect()))
        .collect();
    assert_eq!(find_cycle(&graph).map(|c| c.len()), Some(3));
    let layers: &[&[&str]] = &[&["a"], &["b"], &["c"]];
    assert_eq!(upward_arrows(&graph, layers), ["a -> b", "b -> c"]);
}

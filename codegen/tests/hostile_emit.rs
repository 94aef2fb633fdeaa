//! Hostile API descriptions aimed at what the generator writes (`tests/fixtures/hostile_emit/`,
//! and `tests/fixtures/constructs/hostile_names.yaml`, which CI also compiles): spec text that
//! tries to leave the place it lands in. Every crate they make is checked the same way
//! ([`contained`]): no carriage return anywhere, every Rust file parses and keeps its docs in line
//! comments whose Markdown has no code block but `text` ones and no HTML, the README has only the
//! code blocks the generator put there, `Cargo.toml` is TOML, and the quickstart example is one
//! `main` function. Each test then checks that the hostile text arrived intact where it belongs.

use std::collections::BTreeSet;
use std::path::Path;
use std::str::FromStr;

use cloudsdk_codegen::diag::Diagnostic;
use cloudsdk_codegen::emit::{Dependencies, File};
use cloudsdk_codegen::{Generated, Options, generate};
use proc_macro2::{TokenStream, TokenTree};
use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag, TagEnd};

fn fixture(path: &str, crate_name: &str) -> Result<Generated, Diagnostic> {
    let spec = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path);
    generate(&spec, &Options::new(crate_name, Dependencies::Workspace))
}

fn generated(path: &str, crate_name: &str) -> Generated {
    let g = fixture(path, crate_name).unwrap_or_else(|e| panic!("{path}: {e}"));
    contained(&g);
    g
}

fn file<'a>(g: &'a Generated, path: &str) -> &'a str {
    let found = g.files.iter().find(|f| f.path == path);
    &found.unwrap_or_else(|| panic!("no {path}")).contents
}

/// Markdown as rustdoc reads it: its code blocks (`None` for an indented block, else the info
/// string) with their text, the raw HTML in it, and its plain text (text and code spans).
#[derive(Default)]
struct Markdown {
    blocks: Vec<(Option<String>, String)>,
    html: Vec<String>,
    text: String,
}

fn markdown(source: &str) -> Markdown {
    let mut md = Markdown::default();
    let mut block: Option<(Option<String>, String)> = None;
    let options = pulldown_cmark::Options::ENABLE_TABLES
        | pulldown_cmark::Options::ENABLE_STRIKETHROUGH
        | pulldown_cmark::Options::ENABLE_FOOTNOTES
        | pulldown_cmark::Options::ENABLE_TASKLISTS;
    for event in Parser::new_ext(source, options) {
        match event {
            Event::Start(Tag::CodeBlock(kind)) => {
                let info = match kind {
                    CodeBlockKind::Fenced(info) => Some(info.to_string()),
                    CodeBlockKind::Indented => None,
                };
                block = Some((info, String::new()));
            }
            Event::End(TagEnd::CodeBlock) => md.blocks.extend(block.take()),
            Event::Text(t) => match &mut block {
                Some((_, code)) => code.push_str(&t),
                None => md.text.push_str(&t),
            },
            Event::Code(c) => md.text.push_str(&c),
            Event::SoftBreak | Event::HardBreak => md.text.push('\n'),
            Event::End(TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::TableCell) => {
                md.text.push('\n')
            }
            Event::Html(h) | Event::InlineHtml(h) => md.html.push(h.to_string()),
            _ => {}
        }
    }
    md
}

/// The doc text of a formatted Rust file: each run of `///` or `//!` lines, prefixes removed.
fn doc_blocks(rust: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in rust.lines() {
        let trimmed = line.trim_start();
        let doc = trimmed
            .strip_prefix("///")
            .or_else(|| trimmed.strip_prefix("//!"));
        match (doc, &mut current) {
            (Some(d), Some(text)) => {
                text.push('\n');
                text.push_str(d);
            }
            (Some(d), None) => current = Some(d.to_owned()),
            (None, _) => blocks.extend(current.take()),
        }
    }
    blocks.extend(current);
    blocks
}

/// Every string literal in Rust source, decoded.
fn string_literals(rust: &str) -> Vec<String> {
    fn walk(tokens: TokenStream, out: &mut Vec<String>) {
        for tree in tokens {
            match tree {
                TokenTree::Group(g) => walk(g.stream(), out),
                TokenTree::Literal(l) => {
                    if let Ok(s) = syn::parse_str::<syn::LitStr>(&l.to_string()) {
                        out.push(s.value());
                    }
                }
                TokenTree::Ident(_) | TokenTree::Punct(_) => {}
            }
        }
    }
    let mut out = Vec::new();
    walk(TokenStream::from_str(rust).expect("lexes"), &mut out);
    out
}

/// A README example as a Rust file: rustdoc's hidden `# ` lines shown.
fn example_source(code: &str) -> String {
    code.lines()
        .map(|l| match l.strip_prefix("# ") {
            Some(rest) => rest,
            None if l == "#" => "",
            None => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The checks every generated crate passes, whatever its spec says.
fn contained(g: &Generated) {
    for f in &g.files {
        assert!(
            !f.contents.contains('\r'),
            "a carriage return in {}",
            f.path
        );
    }
    for f in g.files.iter().filter(|f| f.path.ends_with(".rs")) {
        rust_file(f);
    }
    let readme = markdown(file(g, "README.md"));
    assert_eq!(readme.html, Vec::<String>::new(), "HTML in the README");
    let rust: Vec<&String> = readme
        .blocks
        .iter()
        .filter_map(|(info, code)| match info.as_deref() {
            // The example, and "Testing your code" (run with the `mock` feature).
            Some("rust,no_run" | "rust") => Some(code),
            Some("text") => None,
            other => panic!("README code block {other:?} the generator did not write:\n{code}"),
        })
        .collect();
    // The example, the mock example when there is an operation to call and, for crates with
    // streams, the stream example (none here): each parses.
    let count = |kind: &str| {
        let blocks = readme.blocks.iter();
        blocks
            .filter(|(info, _)| info.as_deref() == Some(kind))
            .count()
    };
    assert_eq!(count("rust,no_run"), 1, "README: {rust:#?}");
    assert!(count("rust") <= 1, "README: {rust:#?}");
    for code in rust {
        syn::parse_file(&example_source(code))
            .unwrap_or_else(|e| panic!("README example: {e}\n{code}"));
    }
    toml::Table::from_str(file(g, "Cargo.toml")).expect("Cargo.toml is TOML");
    let quickstart = syn::parse_file(file(g, "examples/quickstart.rs")).expect("parses");
    let items: Vec<String> = quickstart
        .items
        .iter()
        .map(|i| match i {
            syn::Item::Fn(f) => f.sig.ident.to_string(),
            other => quote::ToTokens::to_token_stream(other).to_string(),
        })
        .collect();
    assert_eq!(items, ["main"], "quickstart.rs items");
}

/// A Rust file parses, keeps every doc in `///`/`//!` lines (which nothing can end early but a
/// line break), and no doc has a code block rustdoc would run or HTML it would show.
fn rust_file(f: &File) {
    syn::parse_file(&f.contents).unwrap_or_else(|e| panic!("{}: {e}", f.path));
    for attr in ["#[doc", "#![doc", "/**", "/*!"] {
        let found = f.path != "src/lib.rs" && f.contents.contains(attr);
        assert!(!found, "{}: a doc as `{attr}`", f.path);
    }
    for doc in doc_blocks(&f.contents) {
        let md = markdown(&doc);
        for (info, code) in &md.blocks {
            assert_eq!(
                info.as_deref(),
                Some("text"),
                "{}: a code block in\n{doc}\n{code}",
                f.path
            );
        }
        assert_eq!(md.html, Vec::<String>::new(), "{}: HTML in\n{doc}", f.path);
    }
}

/// The rendered text of the README line that starts with `prefix` (after rendering).
fn rendered_line(md: &Markdown, prefix: &str) -> String {
    let line = md.text.lines().find(|l| l.starts_with(prefix));
    line.unwrap_or_else(|| panic!("no line `{prefix}…` in\n{}", md.text))
        .to_owned()
}

#[test]
fn a_title_cannot_open_a_fence_or_show_html() {
    let g = generated("hostile_emit/title_fence.yaml", "title-fence");
    let readme = markdown(file(&g, "README.md"));
    // Line breaks become spaces; every other character is shown as written.
    assert_eq!(
        rendered_line(&readme, "title-fence: "),
        "title-fence: a Rust client for the Pets ```rust std::process::exit(1); ``` \
         <script>alert(1)</script> [x](javascript:alert(1)) `tick"
    );
    assert!(
        readme.text.contains("(API version 1.0` ```rust ```)"),
        "{}",
        readme.text
    );
    // The tag in the sub-client table: one cell, shown as written.
    assert!(
        readme
            .text
            .contains("pets ```rust std::process::exit(2); ```\n1\n"),
        "{}",
        readme.text
    );
}

#[test]
fn a_lone_carriage_return_is_a_line_break_not_a_fence() {
    let g = generated("hostile_emit/title_cr.yaml", "title-cr");
    let readme = markdown(file(&g, "README.md"));
    assert_eq!(
        rendered_line(&readme, "title-cr: "),
        "title-cr: a Rust client for the Pets ```rust std::process::exit(1); ```"
    );
    // The description's fence is kept as a `text` block; its indented line is prose.
    assert!(
        readme
            .blocks
            .contains(&(Some("text".into()), "std::process::exit(2);\n".into())),
        "{:?}",
        readme.blocks
    );
    assert!(readme.text.contains("std::process::exit(3);"));
    let builders = file(&g, "src/builders.rs");
    assert!(builders.contains("/// ```text\n/// std::process::exit(4);\n/// ```"));
}

#[test]
fn prose_and_names_cannot_leave_the_docs() {
    let g = generated("hostile_emit/descriptions.yaml", "descriptions");
    let readme = markdown(file(&g, "README.md"));
    // Each piece of code is prose or in a `text` block (every block is one, see `contained`).
    for exit in 1..=6 {
        let code = format!("std::process::exit({exit});");
        let in_block = readme.blocks.iter().any(|(_, b)| b.contains(&code));
        assert!(
            in_block || readme.text.contains(&code),
            "{code}: {}",
            readme.text
        );
    }
    assert!(
        readme
            .text
            .contains("`unclosed <img src=x onerror=alert(1)>")
    );
    assert!(readme.text.contains("`escaped <b>bold</b>`"));
    // Code spans keep what they hold, whatever the backticks in it.
    let types = file(&g, "src/types.rs");
    let docs: Vec<String> = doc_blocks(types).iter().map(|d| markdown(d).text).collect();
    for shown in [
        "a ```rust std::process::exit(13); ```\n",
        "b`c\n",
        "d e\n",
        "Defaults to \"x`y\" when left out.\n",
    ] {
        assert!(
            docs.iter().any(|d| d.contains(shown)),
            "{shown:?} in {docs:#?}"
        );
    }
    let call = "GET /pets/{id} ```rust std::process::exit(7); ```";
    let client = file(&g, "src/client.rs");
    let docs: Vec<String> = doc_blocks(client)
        .iter()
        .map(|d| markdown(d).text)
        .collect();
    let line = format!("{call} (getPet ```rust std::process::exit(8); ```)");
    assert!(docs.iter().any(|d| d.contains(&line)), "{docs:#?}");
    let builders = file(&g, "src/builders.rs");
    let docs: Vec<String> = doc_blocks(builders)
        .iter()
        .map(|d| markdown(d).text)
        .collect();
    let sends = format!("Sends the request ({call}) and returns");
    assert!(docs.iter().any(|d| d.contains(&sends)), "{docs:#?}");
}

#[test]
fn the_crate_description_is_one_toml_string() {
    let g = generated("hostile_emit/toml.yaml", "toml-title");
    let manifest = toml::Table::from_str(file(&g, "Cargo.toml")).expect("TOML");
    let keys: Vec<&str> = manifest.keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "dependencies",
            "dev-dependencies",
            "example",
            "features",
            "package"
        ]
    );
    let package = manifest["package"].as_table().expect("[package]");
    let keys: BTreeSet<&str> = package.keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        BTreeSet::from([
            "name",
            "description",
            "version",
            "edition",
            "license",
            "rust-version",
            "documentation",
            "readme",
            "keywords",
            "categories"
        ])
    );
    let title = "Evil\" \\ \"\"\" ''' \n[workspace]\nmembers = [\"..\"]\n[package.metadata]\nx = \"\u{1}\u{7f}";
    assert_eq!(
        package["description"].as_str(),
        Some(
            format!(
                "Typed Rust client for the {title} API, generated from its OpenAPI description."
            )
            .as_str()
        )
    );
    assert_eq!(package["name"].as_str(), Some("toml-title"));
}

#[test]
fn extension_values_are_literals_and_env_names_are_checked() {
    let g = generated("hostile_emit/env_names.yaml", "env-names");
    let refused: Vec<(String, Option<String>)> = g
        .warnings
        .iter()
        .filter(|w| w.message.contains("environment variable"))
        .map(|w| (w.message.clone(), w.pointer.clone()))
        .collect();
    let at = |p: &str| Some(format!("/components/securitySchemes/{p}"));
    assert_eq!(
        refused,
        [
            (
                "`x-env` names `ENV_CLIENT_ID\\\"); std::process::exit(2); (\\\"`, which is not an \
                 environment variable name (`[A-Z][A-Z0-9_]*`); the examples read the default \
                 instead"
                    .to_owned(),
                at("oauth/x-env/client-id")
            ),
            (
                "`x-env` names `lower_case`, which is not an environment variable name \
                 (`[A-Z][A-Z0-9_]*`); the examples read the default instead"
                    .to_owned(),
                at("oauth/x-env/token")
            ),
            (
                "`x-env` names `1STARTS_WITH_DIGIT`, which is not an environment variable name \
                 (`[A-Z][A-Z0-9_]*`); the examples read the default instead"
                    .to_owned(),
                at("key/x-env/token")
            ),
        ]
    );
    let token_url = "https://auth.example.com/token\"); std::process::exit(3); (\"\n```";
    let audience = "aud\"); std::process::exit(1); (\"";
    let quickstart = file(&g, "examples/quickstart.rs");
    let literals = string_literals(quickstart);
    for expected in [token_url, audience, "ENV_NAMES_CLIENT_ID", "GOOD_SECRET"] {
        assert!(
            literals.iter().any(|l| l == expected),
            "{expected:?} in {literals:?}"
        );
    }
    let readme = markdown(file(&g, "README.md"));
    let example = &readme
        .blocks
        .iter()
        .find(|(i, _)| i.as_deref() == Some("rust,no_run"));
    let literals = string_literals(&example_source(&example.expect("example").1));
    assert!(literals.iter().any(|l| l == token_url), "{literals:?}");
    let base_url = "https://api.example.com/\n}\nfn injected() {}\n//`*";
    assert!(
        string_literals(file(&g, "src/client.rs"))
            .iter()
            .any(|l| l == base_url)
    );
    let shown = "Requests go to https://api.example.com/ } fn injected() {} //`* unless";
    assert!(readme.text.contains(shown), "{}", readme.text);
}

#[test]
fn hostile_identifiers_become_identifiers_or_fallbacks() {
    let g = generated("constructs/hostile_names.yaml", "hostile-names");
    let fallbacks: BTreeSet<String> = g
        .warnings
        .iter()
        .filter(|w| w.message.contains("no character a Rust name can use"))
        .inspect(|w| assert_eq!(w.kind, Some(cloudsdk_codegen::diag::Kind::Renamed), "{w}"))
        .filter_map(|w| w.pointer.clone())
        .collect();
    for pointer in [
        "/components/schemas/🙂",
        "/components/schemas/Holder/properties/🙂",
        "/components/schemas/Unit/enum/2",
        "/paths/~1a/get/parameters/1",
        "/paths/~1a/get/operationId",
        "/paths/~1b/get/tags/0",
    ] {
        assert!(fallbacks.contains(pointer), "{pointer} in {fallbacks:#?}");
    }
    // `Å` (U+212B) is `Å` (U+00C5) to rustc, which normalises identifiers: two names.
    let types = file(&g, "src/types.rs");
    assert!(types.contains("pub struct Å {") && types.contains("pub struct Å2 {"));
}

#[test]
fn a_crate_name_that_is_not_a_package_name_is_refused() {
    let e = fixture("hostile_emit/toml.yaml", "evil\"\n[workspace]").expect_err("refused");
    assert_eq!(
        e.message,
        "the crate name `evil\\\"\\n[workspace]` is not a Cargo package name (ASCII \
         letters, digits, `-` and `_`, starting with a letter)"
    );
}

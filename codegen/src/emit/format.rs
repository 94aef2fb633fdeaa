//! Formatting the generated Rust: each file is built in pieces, each piece a run of parts: token
//! streams, parsed with `syn`, gated (`gates.rs`) and printed with `prettyplease`, and items
//! already written as text in prettyplease's layout (`text.rs`), which only get their gate. The
//! pieces of all files are printed on every CPU at once, and each file's printouts joined in order.
//!
//! prettyplease prints a file item after item, each item ending its own lines, so a file cut
//! between items prints the same text as the whole file (`cargo xtask codegen --check` and the
//! snapshot tests hold the output to that). Only a file's first piece keeps its inner
//! attributes (`//!`, `#![…]`). Token streams cannot cross threads: a piece is built on the
//! thread that prints it, from the model, which can.

use std::sync::atomic::{AtomicUsize, Ordering};

use proc_macro2::TokenStream;

use super::File;
use super::gates::Gates;
use crate::diag::Diagnostic;

/// Builds one piece.
pub(super) type Build<'a> = Box<dyn Fn() -> Piece + Sync + 'a>;

/// One piece of a file: its parts in order.
#[derive(Default)]
pub(super) struct Piece {
    parts: Vec<Part>,
}

enum Part {
    /// Items to parse, gate and print.
    Tokens(TokenStream),
    /// One item printed already (`text.rs`), gated by the name it is for: the gate goes after
    /// `head` (its doc comment).
    Text {
        gate: String,
        head: String,
        text: String,
    },
    /// Members of an `impl` whose head and other members are text (`text_builders.rs`): printed
    /// in an `impl` of their own, less its first and last lines.
    Members(TokenStream),
    /// The rest of an item begun by a [`Part::Text`], printed already.
    Raw(String),
}

impl Piece {
    /// Adds items as tokens (joined with the tokens just before them, if any).
    pub fn tokens(&mut self, tokens: TokenStream) {
        match self.parts.last_mut() {
            Some(Part::Tokens(last)) => last.extend(tokens),
            _ => self.parts.push(Part::Tokens(tokens)),
        }
    }

    /// Adds one item printed already (without doc comment), for the gated name `gate`.
    pub fn text(&mut self, gate: &str, text: String) {
        self.text_after(gate, String::new(), text);
    }

    /// Adds one item printed already, its doc comment `head` apart: the gate goes between.
    pub fn text_after(&mut self, gate: &str, head: String, text: String) {
        self.parts.push(Part::Text {
            gate: gate.to_owned(),
            head,
            text,
        });
    }

    /// Adds members of the `impl` being written as text, to print from tokens.
    pub fn members(&mut self, tokens: TokenStream) {
        if tokens.is_empty() {
            return;
        }
        match self.parts.last_mut() {
            Some(Part::Members(last)) => last.extend(tokens),
            _ => self.parts.push(Part::Members(tokens)),
        }
    }

    /// Adds text that continues the item begun by the last text part (no gate of its own).
    pub fn raw(&mut self, text: String) {
        match self.parts.last_mut() {
            Some(Part::Raw(last)) => last.push_str(&text),
            _ => self.parts.push(Part::Raw(text)),
        }
    }
}

impl From<TokenStream> for Piece {
    fn from(tokens: TokenStream) -> Self {
        let mut piece = Piece::default();
        piece.tokens(tokens);
        piece
    }
}

/// A Rust file to print: its path, its gates and its pieces in order.
pub(super) struct RustFile<'a> {
    pub path: &'static str,
    pub gates: Gates,
    pub pieces: Vec<Build<'a>>,
}

/// Items per piece: small enough that two threads share a file evenly, large enough that the
/// fixed cost of a piece (a parse buffer, a printer) stays small.
pub(super) const PIECE: usize = 32;

/// Prints `files`, the pieces spread over the CPUs; the files in the order given.
pub(super) fn print(files: Vec<RustFile<'_>>) -> Result<Vec<File>, Diagnostic> {
    let jobs: Vec<(usize, usize)> = files
        .iter()
        .enumerate()
        .flat_map(|(f, file)| (0..file.pieces.len()).map(move |p| (f, p)))
        .collect();
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(jobs.len())
        .max(1);
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(&(f, p)) = jobs.get(i) else {
                return done;
            };
            let file = &files[f];
            let piece = (file.pieces[p])();
            done.push((i, print_piece(piece, p == 0, file.path, &file.gates)));
        }
    };
    let mut printed: Vec<(usize, Result<String, Diagnostic>)> = if threads == 1 {
        work()
    } else {
        std::thread::scope(|scope| {
            let helpers: Vec<_> = (1..threads).map(|_| scope.spawn(work)).collect();
            let mut all = work();
            for helper in helpers {
                // A panic in a helper is a bug in the printer; it goes on as it would have
                // on this thread.
                all.extend(
                    helper
                        .join()
                        .unwrap_or_else(|e| std::panic::resume_unwind(e)),
                );
            }
            all
        })
    };
    printed.sort_by_key(|(i, _)| *i);
    join(files, jobs, printed)
}

/// Each file's printed pieces joined, in job order (file by file, piece by piece).
fn join(
    files: Vec<RustFile<'_>>,
    jobs: Vec<(usize, usize)>,
    printed: Vec<(usize, Result<String, Diagnostic>)>,
) -> Result<Vec<File>, Diagnostic> {
    let mut out: Vec<File> = files
        .iter()
        .map(|f| File {
            path: f.path.to_owned(),
            contents: String::new(),
        })
        .collect();
    for ((f, _), (_, text)) in jobs.into_iter().zip(printed) {
        out[f].contents.push_str(&text?);
    }
    Ok(out)
}

/// Prints one piece's parts in order; `first`: the piece opens its file.
fn print_piece(piece: Piece, first: bool, path: &str, gates: &Gates) -> Result<String, Diagnostic> {
    let mut out = String::new();
    for part in piece.parts {
        match part {
            Part::Tokens(tokens) => out.push_str(&print_tokens(tokens, first, path, gates)?),
            Part::Text { gate, head, text } => {
                let what = path.trim_start_matches("src/");
                let attr = gates.text(&gate).map_err(|e| {
                    Diagnostic::error(format!("internal error: a feature gate in {what}: {e}"))
                })?;
                out.push_str(&head);
                out.push_str(attr.unwrap_or_default());
                out.push_str(&text);
            }
            Part::Members(tokens) => out.push_str(&print_members(tokens, path)?),
            Part::Raw(text) => out.push_str(&text),
        }
    }
    Ok(out)
}

/// Members of an `impl` as prettyplease prints them inside it: prettyplease prints each member
/// of an `impl` on its own lines at the body's indent, whatever the `impl` and the other members.
fn print_members(tokens: TokenStream, path: &str) -> Result<String, Diagnostic> {
    let printed = print_tokens(
        quote::quote! { impl Members { #tokens } },
        false,
        path,
        &Gates::none(),
    )?;
    match printed
        .strip_prefix("impl Members {\n")
        .and_then(|body| body.strip_suffix("}\n"))
    {
        Some(body) => Ok(body.to_owned()),
        None => Err(Diagnostic::error(format!(
            "internal error: members of an impl in {} printed as an item of their own",
            path.trim_start_matches("src/")
        ))),
    }
}

/// Parses tokens, gates them and prints them; `first`: they open their file.
fn print_tokens(
    tokens: TokenStream,
    first: bool,
    path: &str,
    gates: &Gates,
) -> Result<String, Diagnostic> {
    let what = path.trim_start_matches("src/");
    let mut file: syn::File = syn::parse2(tokens).map_err(|e| {
        Diagnostic::error(format!(
            "internal error: generated {what} does not parse: {e}"
        ))
        .hint("this is a bug in the generator; please report it with the spec")
    })?;
    if !first {
        file.attrs.clear();
    }
    gates
        .apply(&mut file)
        .map_err(|e| Diagnostic::error(format!("internal error: a feature gate in {what}: {e}")))?;
    Ok(prettyplease::unparse(&file))
}

#[cfg(test)]
mod tests {
    use quote::{format_ident, quote};

    use super::*;

    /// A struct and its `impl`, with a doc comment and a body prettyplease has to lay out.
    fn item(i: usize) -> TokenStream {
        let name = format_ident!("Item{i}");
        let alias = format_ident!("Item{i}List");
        let doc = format!(" Item {i}.");
        quote! {
            #[doc = #doc]
            #[derive(Debug, Clone)]
            pub struct #name { pub a: u32, pub b: ::std::option::Option<::std::string::String> }
            impl #name {
                pub fn get(&self) -> u32 {
                    match &self.b { Some(b) if b.len() > 3 => self.a * 2, _ => self.a }
                }
            }
            pub type #alias = ::std::vec::Vec<#name>;
        }
    }

    fn head() -> TokenStream {
        quote! {
            //! The file's own documentation.
            #![allow(clippy::derivable_impls)]
        }
    }

    #[test]
    fn a_file_printed_in_pieces_is_the_file_printed_whole() {
        let items: Vec<usize> = (0..2 * PIECE + 5).collect();
        let head_tokens = head();
        let all = items.iter().map(|&i| item(i));
        let whole: syn::File = syn::parse2(quote! { #head_tokens #( #all )* }).expect("parses");
        let whole = prettyplease::unparse(&whole);
        // Every piece carries the head, as `types_file` does: only the first piece's is kept.
        let pieces: Vec<Build<'_>> = items
            .chunks(PIECE)
            .map(|chunk| {
                Box::new(move || {
                    let head = head();
                    let chunk = chunk.iter().map(|&i| item(i));
                    Piece::from(quote! { #head #( #chunk )* })
                }) as Build<'_>
            })
            .collect();
        assert_eq!(pieces.len(), 3);
        let printed = print(vec![RustFile {
            path: "src/x.rs",
            gates: Gates::none(),
            pieces,
        }])
        .expect("prints");
        assert_eq!(printed.len(), 1);
        assert_eq!(printed[0].path, "src/x.rs");
        assert_eq!(printed[0].contents, whole);
        assert_eq!(printed[0].contents.matches("//! The file's own").count(), 1);
    }

    #[test]
    fn members_between_text_print_as_in_their_impl() {
        let get = quote! {
            pub fn get(&self) -> u32 {
                match &self.b { Some(b) if b.len() > 3 => self.a * 2, _ => self.a }
            }
        };
        let mut piece = Piece::default();
        piece.text("Item0", "impl Item0 {\n    pub fn a(&self) {}\n".to_owned());
        piece.members(get.clone());
        piece.raw("    pub fn c(&self) {}\n".to_owned());
        piece.members(quote! { const X: u32 = 1; });
        piece.raw("}\n".to_owned());
        let printed = print_piece(piece, false, "src/x.rs", &Gates::none()).expect("prints");
        let whole = quote! {
            impl Item0 { pub fn a(&self) {} #get pub fn c(&self) {} const X: u32 = 1; }
        };
        assert_eq!(
            printed,
            prettyplease::unparse(&syn::parse2(whole).expect("parses"))
        );
    }

    #[test]
    fn a_piece_that_does_not_parse_is_an_internal_error() {
        let pieces: Vec<Build<'_>> = vec![
            Box::new(|| item(0).into()),
            Box::new(|| quote! { pub struct }.into()),
        ];
        let error = print(vec![RustFile {
            path: "src/types.rs",
            gates: Gates::none(),
            pieces,
        }])
        .expect_err("a piece does not parse");
        assert!(
            error
                .to_string()
                .contains("generated types.rs does not parse"),
            "{error}"
        );
    }
}

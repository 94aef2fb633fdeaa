//! Turning spec prose into rustdoc that never breaks a build and runs nothing: no doctests from
//! code blocks (fenced, indented, or inside block quotes and list items), no broken intra-doc
//! links, no HTML, no bare carriage return (an error in a doc comment, a line break to Markdown).
//! Also the one-line note that states a schema's bounds ([`bounds_note`]).

use super::markdown::code;
use crate::model::Bound;

/// Rustdoc-safe Markdown for a spec's summary or description.
pub fn sanitize(text: &str) -> String {
    let text = line_breaks(text);
    let mut out = String::with_capacity(text.len() + 16);
    let mut in_fence = false;
    for line in text.trim().lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            // Every fence becomes a `text` block, so nothing in it is compiled as a doctest.
            if in_fence {
                out.push_str("```\n");
            } else {
                out.push_str("```text\n");
            }
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            out.push_str(line.trim_end());
            out.push('\n');
            continue;
        }
        // Indented code blocks would be doctests too: keep list indentation shallow instead.
        let indent = line.len() - trimmed.len();
        let keep = if indent >= 4 { 2 } else { indent.min(2) };
        out.push_str(&" ".repeat(keep));
        out.push_str(&block_line(trimmed.trim_end()));
        out.push('\n');
    }
    if in_fence {
        out.push_str("```\n");
    }
    out.trim_end().to_owned()
}

/// `\n` for every line break (`\r\n`, and a lone `\r`, which Markdown reads as one too); other
/// control characters but tabs become spaces.
fn line_breaks(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .map(|c| match c {
            '\r' => '\n',
            '\n' | '\t' => c,
            c if c.is_control() => ' ',
            c => c,
        })
        .collect()
}

/// A line outside a fence. Its list item markers are kept with one space after each, so that
/// what follows can be neither an indented code block nor (being escaped) a fence: a fence in a
/// list item would be a doctest that a top-level `text` fence cannot stand in for. The rest is
/// escaped inline (a block quote's `>` too, so there are no block quotes to hide code in).
fn block_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut rest = line;
    while let Some((marker, after)) = list_marker(rest) {
        out.push_str(marker);
        rest = after.trim_start();
        if rest.is_empty() {
            return out;
        }
        out.push(' ');
    }
    if out.is_empty() {
        return escape_line(rest);
    }
    let fence = rest.len() - rest.trim_start_matches(['`', '~']).len();
    for c in rest[..fence].chars() {
        out.push('\\');
        out.push(c);
    }
    out.push_str(&escape_line(&rest[fence..]));
    out
}

/// A list item marker (`-`, `+`, `*`, `1.`, `1)`) followed by a space or nothing at the start of
/// `line`, and what follows it.
fn list_marker(line: &str) -> Option<(&str, &str)> {
    let end = if line.starts_with(['-', '+', '*']) {
        1
    } else {
        let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let delimited = line[digits..].starts_with(['.', ')']);
        if !(1..=9).contains(&digits) || !delimited {
            return None;
        }
        digits + 1
    };
    let (marker, after) = line.split_at(end);
    (after.is_empty() || after.starts_with([' ', '\t'])).then_some((marker, after))
}

fn escape_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        if c == '`' {
            let run = rest.len() - rest.trim_start_matches('`').len();
            // A code span closed on this line is kept as it is (Markdown shows it literally);
            // an unclosed run is escaped, so that it cannot open a span on another line.
            let span = code_span_len(rest, run);
            match span {
                Some(len) => out.push_str(&rest[..len]),
                None => out.push_str(&"\\`".repeat(run)),
            }
            rest = &rest[span.unwrap_or(run)..];
            continue;
        }
        if c == '\\' {
            // A backslash escape stays one, so that `\`` cannot open a code span here.
            if let Some(next) = rest[1..].chars().next().filter(char::is_ascii_punctuation) {
                out.push('\\');
                out.push(next);
                rest = &rest[1 + next.len_utf8()..];
                continue;
            }
        }
        if let Some(url_len) = url_at(rest) {
            let url = &rest[..url_len];
            out.push('<');
            out.push_str(url);
            out.push('>');
            rest = &rest[url_len..];
            continue;
        }
        match c {
            '[' => out.push_str("\\["),
            ']' => out.push_str("\\]"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' if !rest.starts_with("&lt;")
                && !rest.starts_with("&gt;")
                && !rest.starts_with("&amp;") =>
            {
                out.push_str("&amp;")
            }
            '\t' => out.push_str("    "),
            c => out.push(c),
        }
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// The length of the code span opened by the `run` backticks at the start of `s`: up to the
/// next run of exactly as many, if there is one.
fn code_span_len(s: &str, run: usize) -> Option<usize> {
    let mut at = run;
    while let Some(offset) = s[at..].find('`') {
        let start = at + offset;
        let len = s[start..].len() - s[start..].trim_start_matches('`').len();
        if len == run {
            return Some(start + len);
        }
        at = start + len;
    }
    None
}

/// Length of a bare URL starting at the beginning of `s`, if one does.
fn url_at(s: &str) -> Option<usize> {
    if !(s.starts_with("http://") || s.starts_with("https://")) {
        return None;
    }
    let end = s
        .find(|c: char| {
            c.is_whitespace() || matches!(c, '<' | '>' | '"' | '`' | ')' | ']' | '\'' | '|')
        })
        .unwrap_or(s.len());
    let url = s[..end].trim_end_matches(['.', ',', ';', ':']);
    (url.len() > "https://".len()).then_some(url.len())
}

/// One sentence stating the bounds of a field or parameter (`Bounds: at least 1, at most 10;
/// 3 to 64 characters; matches `^[a-z]+$`.`), or `None` when it has none. The pattern is
/// untrusted text: it is shown in a code span that nothing in it can close.
pub(super) fn bounds_note(bounds: &[Bound]) -> Option<String> {
    let (mut values, mut lengths, mut items) = (Vec::new(), (None, None), (None, None));
    let mut pattern = None;
    for b in bounds {
        match b {
            Bound::Minimum { value, exclusive } => {
                let word = if *exclusive {
                    "greater than"
                } else {
                    "at least"
                };
                values.push(format!("{word} {value}"));
            }
            Bound::Maximum { value, exclusive } => {
                let word = if *exclusive { "less than" } else { "at most" };
                values.push(format!("{word} {value}"));
            }
            Bound::MultipleOf(value) => values.push(format!("a multiple of {value}")),
            Bound::MinLength(n) => lengths.0 = Some(*n),
            Bound::MaxLength(n) => lengths.1 = Some(*n),
            Bound::Pattern(p) => pattern = Some(format!("matches {}", code(p))),
            Bound::MinItems(n) => items.0 = Some(*n),
            Bound::MaxItems(n) => items.1 = Some(*n),
        }
    }
    let parts: Vec<String> = [
        (!values.is_empty()).then(|| values.join(", ")),
        counted(lengths, "character"),
        pattern,
        counted(items, "item"),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!parts.is_empty()).then(|| format!("Bounds: {}.", parts.join("; ")))
}

/// `3 to 64 characters`, `at least 3 characters`, `at most 1 character`.
fn counted((min, max): (Option<usize>, Option<usize>), unit: &str) -> Option<String> {
    let units = |n: usize| {
        if n == 1 {
            unit.to_owned()
        } else {
            format!("{unit}s")
        }
    };
    Some(match (min, max) {
        (Some(a), Some(b)) if a == b => format!("exactly {a} {}", units(a)),
        (Some(a), Some(b)) => format!("{a} to {b} {}", units(b)),
        (Some(a), None) => format!("at least {a} {}", units(a)),
        (None, Some(b)) => format!("at most {b} {}", units(b)),
        (None, None) => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::{bounds_note, sanitize};
    use crate::model::Bound;

    #[test]
    fn code_blocks_never_become_doctests() {
        let doc = sanitize("Example:\n\n```\nlet x = 1;\n```\n\n    indented code\n");
        assert!(doc.contains("```text\nlet x = 1;\n```"));
        assert!(doc.contains("\n  indented code"));
    }

    #[test]
    fn code_blocks_in_containers_and_lone_carriage_returns_are_not_code() {
        assert_eq!(
            sanitize("> ```rust\r> x\r> ```"),
            "&gt; \\`\\`\\`rust\n&gt; x\n&gt; \\`\\`\\`"
        );
        assert_eq!(sanitize("-     code\n1.\t\tcode"), "- code\n1. code");
        assert_eq!(sanitize("- - ```rust"), "- - \\`\\`\\`rust");
        assert_eq!(sanitize("> >     code"), "&gt; &gt;     code");
        assert_eq!(sanitize("a\r```rust\rb\r```"), "a\n```text\nb\n```");
        assert_eq!(sanitize("x\u{7}y"), "x y");
        // A list marker needs a space; these are text.
        assert_eq!(sanitize("-1 and *emphasis*"), "-1 and *emphasis*");
    }

    #[test]
    fn code_spans_are_closed_on_their_line_or_escaped() {
        assert_eq!(sanitize("`a <b>`"), "`a <b>`");
        assert_eq!(sanitize("`a <b>"), "\\`a &lt;b&gt;");
        assert_eq!(sanitize("\\`a <b>`"), "\\`a &lt;b&gt;\\`");
        assert_eq!(sanitize("``a`b <c>``"), "``a`b <c>``");
    }

    #[test]
    fn links_and_html_are_escaped() {
        assert_eq!(
            sanitize("See [Pet] <br> & https://example.com/x."),
            "See \\[Pet\\] &lt;br&gt; &amp; <https://example.com/x>."
        );
        assert_eq!(sanitize("a &lt; b"), "a &lt; b");
        assert_eq!(
            sanitize("returns `Vec<[u8]>` or <none>"),
            "returns `Vec<[u8]>` or &lt;none&gt;"
        );
    }

    #[test]
    fn bounds_read_as_one_sentence() {
        let bounds = [
            Bound::Minimum {
                value: "1".into(),
                exclusive: false,
            },
            Bound::Maximum {
                value: "10".into(),
                exclusive: true,
            },
            Bound::MultipleOf("0.5".into()),
            Bound::MinLength(3),
            Bound::MaxLength(64),
            Bound::Pattern("^[a-z]+$".into()),
            Bound::MaxItems(1),
        ];
        assert_eq!(
            bounds_note(&bounds).unwrap(),
            "Bounds: at least 1, less than 10, a multiple of 0.5; 3 to 64 characters; \
             matches `^[a-z]+$`; at most 1 item."
        );
        assert_eq!(
            bounds_note(&[Bound::MinItems(2), Bound::MaxItems(2)]).unwrap(),
            "Bounds: exactly 2 items."
        );
        assert_eq!(bounds_note(&[]), None);
    }

    #[test]
    fn a_pattern_cannot_break_out_of_its_code_span_or_line() {
        let hostile = "a`\r\n```rust\nfn main() {}\n```\r[x](javascript:y)";
        let note = bounds_note(&[Bound::Pattern(hostile.into())]).unwrap();
        let doc = sanitize(&note);
        assert_eq!(doc.lines().count(), 1, "{doc}");
        assert_eq!(
            doc,
            "Bounds: matches ````a`  ```rust fn main() {} ``` [x](javascript:y)````."
        );
    }
}

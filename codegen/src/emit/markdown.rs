//! Spec text in one line of Markdown (the README, and rustdoc, which reads doc comments as
//! Markdown): as plain text ([`text`]) or as a code span ([`code`]). Either stays on its line and
//! within its span, whatever it holds: line breaks (a lone `\r` is one to Markdown) and other
//! control characters become spaces, so it can never start a line of its own (a fence, a heading,
//! an indented block); plain text has its Markdown punctuation escaped, so it opens no code span,
//! link, emphasis or HTML; a code span is fenced by more backticks than it holds. Prose that may
//! span lines goes through [`super::docs::sanitize`] instead.

/// `text` on one line: each line break or other control character becomes a space.
pub(super) fn one_line(text: &str) -> String {
    let line: String = text
        .chars()
        .map(|c| {
            if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') {
                ' '
            } else {
                c
            }
        })
        .collect();
    line.trim().to_owned()
}

/// Plain text shown as written: one line, with every character Markdown could read as
/// syntax inside a line backslash-escaped (`|` too, so it stays in its table cell).
pub(super) fn text(text: &str) -> String {
    let line = one_line(text);
    let mut out = String::with_capacity(line.len());
    for c in line.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '|' | '~' | '!'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A code span showing `text` as written (on one line): fenced by one backtick more than the
/// longest run inside, with a space of padding on both sides (which Markdown strips) when the
/// text begins or ends with a backtick.
pub(super) fn code(text: &str) -> String {
    let line = one_line(text);
    if line.is_empty() {
        return "` `".to_owned();
    }
    let longest = line.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if line.starts_with('`') || line.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{line}{pad}{fence}")
}

/// [`code`] in a table cell, where `|` ends the cell even inside a code span unless escaped
/// (GitHub Flavored Markdown removes the backslash before reading the span).
pub(super) fn cell_code(text: &str) -> String {
    code(text).replace('|', "\\|")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_stays_text() {
        assert_eq!(text("Camunda Management"), "Camunda Management");
        assert_eq!(
            text("a\r```rust\n<b>[x](y)</b> | *c*"),
            "a \\`\\`\\`rust \\<b\\>\\[x\\](y)\\</b\\> \\| \\*c\\*"
        );
        assert_eq!(one_line(" a\r\nb\u{2028}c\u{7}\t"), "a  b c");
    }

    #[test]
    fn code_spans_hold_any_backticks() {
        assert_eq!(code("1.0"), "`1.0`");
        assert_eq!(code("a`b"), "``a`b``");
        assert_eq!(code("`a``"), "``` `a`` ```");
        assert_eq!(code("x\n```rust"), "````x ```rust````");
        assert_eq!(code(""), "` `");
        assert_eq!(cell_code("a|b"), "`a\\|b`");
    }
}

//! Turning spec prose into rustdoc that never breaks a build: no doctests from code blocks, no
//! broken intra-doc links, no stray HTML.

/// Rustdoc-safe Markdown for a spec's summary or description.
pub fn sanitize(text: &str) -> String {
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
        out.push_str(&escape_line(trimmed.trim_end()));
        out.push('\n');
    }
    if in_fence {
        out.push_str("```\n");
    }
    out.trim_end().to_owned()
}

fn escape_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    let mut in_code = false;
    while !rest.is_empty() {
        if rest.starts_with('`') {
            in_code = !in_code;
            out.push('`');
            rest = &rest[1..];
            continue;
        }
        if in_code {
            let Some(c) = rest.chars().next() else { break };
            out.push(c);
            rest = &rest[c.len_utf8()..];
            continue;
        }
        if let Some(url_len) = url_at(rest) {
            let url = &rest[..url_len];
            out.push('<');
            out.push_str(url);
            out.push('>');
            rest = &rest[url_len..];
            continue;
        }
        let Some(c) = rest.chars().next() else { break };
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

#[cfg(test)]
mod tests {
    use super::sanitize;

    #[test]
    fn code_blocks_never_become_doctests() {
        let doc = sanitize("Example:\n\n```\nlet x = 1;\n```\n\n    indented code\n");
        assert!(doc.contains("```text\nlet x = 1;\n```"));
        assert!(doc.contains("\n  indented code"));
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
}

//! The `text/event-stream` format, read chunk by chunk into events.

use std::collections::VecDeque;
use std::time::Duration;

/// One dispatched event: its `data` lines joined with `\n`.
#[derive(Debug, PartialEq)]
pub(super) struct Event {
    pub(super) data: String,
}

/// A line or an event's data went over the parser's limit.
#[derive(Debug, PartialEq)]
pub(super) struct OverLimit;

/// The `text/event-stream` format, fed chunk by chunk: lines end with `\n`, `\r\n` or `\r`
/// (possibly split across chunks), a blank line dispatches the event, `:` starts a comment,
/// `data`, `id` and `retry` are read, other fields ignored. A line, or an event's data, longer
/// than `limit` bytes is refused rather than buffered without end.
#[derive(Debug)]
pub(super) struct Parser {
    limit: usize,
    line: Vec<u8>,
    /// The event's `data` lines, each followed by `\n`.
    data: String,
    /// The previous chunk ended with `\r`: a `\n` starting this one belongs to it.
    after_cr: bool,
    /// The first line was read (a byte-order mark starting it is dropped).
    started: bool,
    /// The last `id:` of a dispatched event, sent back as `Last-Event-ID` on reconnect.
    pub(super) last_id: Option<String>,
    pending_id: Option<String>,
    /// The reconnect delay the server asked for.
    pub(super) retry: Option<Duration>,
}

impl Parser {
    /// A parser buffering at most `limit` bytes of a line or of an event's data.
    pub(super) fn new(limit: usize) -> Self {
        Self {
            limit,
            line: Vec::new(),
            data: String::new(),
            after_cr: false,
            started: false,
            last_id: None,
            pending_id: None,
            retry: None,
        }
    }

    /// Forgets a partly read event (a new connection starts afresh); keeps `last_id` and `retry`.
    pub(super) fn reset(&mut self) {
        self.line.clear();
        self.data.clear();
        self.after_cr = false;
        self.started = false;
        self.pending_id = None;
    }

    pub(super) fn feed(
        &mut self,
        mut chunk: &[u8],
        out: &mut VecDeque<Event>,
    ) -> Result<(), OverLimit> {
        if self.after_cr && chunk.first() == Some(&b'\n') {
            chunk = &chunk[1..];
        }
        self.after_cr = false;
        while let Some(end) = chunk.iter().position(|&b| b == b'\n' || b == b'\r') {
            if self.line.is_empty() {
                self.line_done(&chunk[..end], out);
            } else {
                self.line.extend_from_slice(&chunk[..end]);
                let line = std::mem::take(&mut self.line);
                self.line_done(&line, out);
            }
            if chunk[end] == b'\r' {
                match chunk.get(end + 1) {
                    Some(b'\n') => chunk = &chunk[end + 2..],
                    Some(_) => chunk = &chunk[end + 1..],
                    None => {
                        self.after_cr = true;
                        chunk = &[];
                    }
                }
            } else {
                chunk = &chunk[end + 1..];
            }
        }
        self.line.extend_from_slice(chunk);
        if self.line.len() > self.limit || self.data.len() > self.limit {
            return Err(OverLimit);
        }
        Ok(())
    }

    fn line_done(&mut self, mut line: &[u8], out: &mut VecDeque<Event>) {
        if !self.started {
            self.started = true;
            line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
        }
        if line.is_empty() {
            if let Some(id) = self.pending_id.take() {
                self.last_id = Some(id);
            }
            // The data buffer less its last line feed; an event with none is not dispatched.
            let mut data = std::mem::take(&mut self.data);
            if data.pop().is_some() && !data.is_empty() {
                out.push_back(Event { data });
            }
            return;
        }
        let line = String::from_utf8_lossy(line);
        let (field, value) = match line.split_once(':') {
            Some(("", _)) => return, // a comment
            Some((field, value)) => (field, value.strip_prefix(' ').unwrap_or(value)),
            None => (line.as_ref(), ""),
        };
        match field {
            "data" => {
                self.data.push_str(value);
                self.data.push('\n');
            }
            "id" if !value.contains('\0') => self.pending_id = Some(value.to_owned()),
            "retry" => {
                if let Ok(ms) = value.parse::<u64>() {
                    self.retry = Some(Duration::from_millis(ms));
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::stream::sse::parser::*;

    fn parse(chunks: &[&[u8]]) -> (Vec<String>, Parser) {
        let mut parser = Parser::new(1024);
        let mut out = VecDeque::new();
        for chunk in chunks {
            parser.feed(chunk, &mut out).expect("within limits");
        }
        (out.into_iter().map(|e| e.data).collect(), parser)
    }

    #[test]
    fn events_are_split_on_blank_lines_with_every_line_ending() {
        let (events, _) = parse(&[b"data: a\n\ndata: b\r\n\r\ndata: c\r\rdata: unfinished"]);
        assert_eq!(events, ["a", "b", "c"]);
    }

    #[test]
    fn lines_and_crlf_split_across_chunks_are_joined() {
        let (events, _) = parse(&[b"da", b"ta: {\"x\"", b": 1}\r", b"\n\r", b"\n"]);
        assert_eq!(events, [r#"{"x": 1}"#]);
        // A `\r` at a chunk's end followed by a line that is not empty.
        let (events, _) = parse(&[b"data: a\r", b"data: b\n\n"]);
        assert_eq!(events, ["a\nb"]);
    }

    #[test]
    fn data_lines_join_and_comments_and_other_fields_are_skipped() {
        let (events, parser) = parse(&[
            b"\xEF\xBB\xBF: keep-alive\n\nevent: conf\nid: 7\nretry: 250\ndata:one\ndata:  two\nfoo: bar\n\n",
            b"id: 8\n\n",
        ]);
        assert_eq!(events, ["one\n two"]);
        assert_eq!(parser.last_id.as_deref(), Some("8"));
        assert_eq!(parser.retry, Some(Duration::from_millis(250)));
    }

    #[test]
    fn events_without_data_are_not_dispatched() {
        let (events, _) = parse(&[b"data\n\nevent: ping\n\ndata:\ndata\n\ndata: x\n\n"]);
        assert_eq!(events, ["\n", "x"]);
    }

    #[test]
    fn any_split_into_chunks_reads_the_same_events() {
        let stream: &[u8] = b"\xEF\xBB\xBFretry: 5\r\n: c\r\ndata: {\"a\": 1}\r\n\r\nid: 2\rdata: x\rdata: y\r\rdata: \xC3\xA9\n\ndata: tail";
        let (whole, _) = parse(&[stream]);
        assert_eq!(whole, [r#"{"a": 1}"#, "x\ny", "é"]);
        for size in 1..stream.len() {
            let chunks: Vec<&[u8]> = stream.chunks(size).collect();
            let (split, parser) = parse(&chunks);
            assert_eq!(split, whole, "chunks of {size} bytes");
            assert_eq!(parser.last_id.as_deref(), Some("2"));
            assert_eq!(
                parser.retry,
                Some(Duration::from_millis(5)),
                "chunks of {size} bytes"
            );
        }
    }

    #[test]
    fn an_endless_line_or_event_is_refused() {
        let mut out = VecDeque::new();
        let mut parser = Parser::new(100);
        assert_eq!(parser.feed(&[b'x'; 60], &mut out), Ok(()));
        assert_eq!(parser.feed(&[b'x'; 60], &mut out), Err(OverLimit));
        let mut parser = Parser::new(100);
        let line = b"data: 0123456789012345678901234567890123456789\n";
        assert_eq!(parser.feed(line, &mut out), Ok(()));
        assert_eq!(parser.feed(line, &mut out), Ok(()));
        assert_eq!(parser.feed(line, &mut out), Err(OverLimit));
        assert!(out.is_empty());
        // Events up to the limit, one after the other, are fine.
        let mut parser = Parser::new(100);
        for _ in 0..10 {
            assert_eq!(parser.feed(&[line, &b"\n"[..]].concat(), &mut out), Ok(()));
        }
        assert_eq!(out.len(), 10);
    }
}

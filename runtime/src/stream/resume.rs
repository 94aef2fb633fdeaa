//! Where a resumable stream is, so that a reconnect neither loses nor repeats messages.
//! Shared by websocket and server-sent event streams.

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::encode::set_query_value;

/// How a stream resumes after a reconnect: the query `parameter` is set to the value of the
/// `field` of the last message received (e.g. `since` = the last log line's `date`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Resume {
    /// The query parameter the server reads (`since`).
    pub parameter: &'static str,
    /// The top-level message field whose value it takes (`date`).
    pub field: &'static str,
}

impl Resume {
    /// Resumes by setting the query `parameter` to the last message's `field`.
    pub const fn new(parameter: &'static str, field: &'static str) -> Self {
        Self { parameter, field }
    }
}

/// The most messages remembered for one resume value (messages sharing a timestamp).
const REMEMBERED: usize = 1024;

/// Where a resumable stream is: the resume field's value in the last message and the messages
/// delivered with that value, so that after a reconnect from that value the ones the server
/// sends again are dropped instead of delivered twice. Shared by websocket and server-sent event
/// streams.
#[derive(Debug, Default)]
pub(crate) struct Position {
    last: Option<(String, Vec<Value>)>,
    /// Just resumed: the server may repeat messages carrying the last resume value.
    replaying: bool,
}

impl Position {
    /// Records a message; `false` when it repeats one delivered before the last reconnect.
    fn admit(&mut self, resume: Option<Resume>, value: &Value) -> bool {
        let Some(key) = resume
            .and_then(|r| value.get(r.field))
            .and_then(resume_text)
        else {
            return true;
        };
        match &mut self.last {
            Some((last, seen)) if *last == key => {
                if self.replaying && seen.contains(value) {
                    return false;
                }
                if seen.len() < REMEMBERED {
                    seen.push(value.clone());
                }
            }
            _ => {
                self.replaying = false;
                self.last = Some((key, vec![value.clone()]));
            }
        }
        true
    }

    /// Decodes one message into `M`, recording it; `None` when it repeats one delivered before
    /// the last reconnect, `Err((path, message))` when it does not decode.
    pub(crate) fn decode<M: DeserializeOwned>(
        &mut self,
        resume: Option<Resume>,
        bytes: &[u8],
    ) -> Option<Result<M, (String, String)>> {
        let value = match message_value::<M>(bytes) {
            Ok(value) => value,
            Err(e) => return Some(Err((".".to_owned(), e.to_string()))),
        };
        if !self.admit(resume, &value) {
            return None;
        }
        Some(
            serde_path_to_error::deserialize::<_, M>(&value)
                .map_err(|e| (e.path().to_string(), e.into_inner().to_string())),
        )
    }

    /// Notes a new connection: messages repeating the last position are dropped until a newer
    /// one arrives.
    pub(crate) fn reconnected(&mut self) {
        self.replaying = self.last.is_some();
    }

    /// Sets `resume.parameter` in an encoded query to the last position; `false` (and the query
    /// left alone) until there is one.
    pub(crate) fn apply(&self, resume: Option<Resume>, query: &mut String) -> bool {
        let (Some(resume), Some((key, _))) = (resume, &self.last) else {
            return false;
        };
        set_query_value(query, resume.parameter, key);
        true
    }
}

/// A message's JSON value. Text that is not JSON stands for itself when the message type is
/// a string (plain-text events and frames); otherwise the JSON error is the answer.
fn message_value<M: DeserializeOwned>(bytes: &[u8]) -> Result<Value, serde_json::Error> {
    serde_json::from_slice(bytes).or_else(|error| {
        let text = Value::String(String::from_utf8_lossy(bytes).into_owned());
        match M::deserialize(&text) {
            Ok(_) => Ok(text),
            Err(_) => Err(error),
        }
    })
}

/// A resume field's value as query text: strings as they are, numbers in JSON form.
fn resume_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::stream::resume::*;

    const SINCE: Option<Resume> = Some(Resume::new("since", "date"));

    fn read(position: &mut Position, text: &str) -> Option<Value> {
        position
            .decode::<Value>(SINCE, text.as_bytes())
            .map(|decoded| decoded.expect("JSON"))
    }

    #[test]
    fn after_a_reconnect_repeats_of_the_last_position_are_dropped() {
        let mut position = Position::default();
        let mut query = "limit=5".to_owned();
        assert!(!position.apply(SINCE, &mut query), "no position yet");
        read(&mut position, r#"{"date": "t1", "n": 1}"#).expect("new");
        read(&mut position, r#"{"date": "t2", "n": 2}"#).expect("new");
        read(&mut position, r#"{"date": "t2", "n": 3}"#).expect("new");
        assert!(position.apply(SINCE, &mut query));
        assert_eq!(query, "limit=5&since=t2");
        position.reconnected();
        assert_eq!(read(&mut position, r#"{"date": "t2", "n": 2}"#), None);
        assert_eq!(read(&mut position, r#"{"date": "t2", "n": 3}"#), None);
        read(&mut position, r#"{"date": "t2", "n": 4}"#).expect("same time, new message");
        read(&mut position, r#"{"date": "t3", "n": 5}"#).expect("newer");
        // Past the replay, an equal message is delivered again: it is a new one.
        read(&mut position, r#"{"date": "t3", "n": 5}"#).expect("not a replay");
    }

    #[test]
    fn text_that_is_not_json_is_a_string_only_for_string_messages() {
        let mut position = Position::default();
        let text = position.decode::<String>(None, b"plain line");
        assert_eq!(text, Some(Ok("plain line".to_owned())));
        let Some(Err((path, _))) = position.decode::<u32>(None, b"plain line") else {
            panic!("a message type that is not a string refuses text that is not JSON");
        };
        assert_eq!(path, ".");
    }
}

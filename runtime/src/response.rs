use bytes::Bytes;
use http::{HeaderMap, StatusCode};
use serde::de::DeserializeOwned;

use crate::error::{DecodeError, Error, ResponseParts};

/// A successful response: status, headers and the whole body.
#[derive(Debug, Clone)]
pub struct Response {
    pub(crate) parts: ResponseParts,
}

impl Response {
    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.parts.status
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.parts.headers
    }

    /// The raw body.
    pub fn bytes(self) -> Bytes {
        self.parts.body
    }

    /// The body as text (invalid UTF-8 is replaced, never an error).
    pub fn text(self) -> String {
        match String::from_utf8(self.parts.body.to_vec()) {
            Ok(s) => s,
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        }
    }

    /// Decodes the JSON body into `T`. An empty body decodes as JSON `null`, so `()` and
    /// `Option<T>` accept it.
    pub fn json<T: DeserializeOwned, E>(self) -> Result<T, Error<E>> {
        let body: &[u8] = if self.parts.body.iter().all(u8::is_ascii_whitespace) {
            b"null"
        } else {
            &self.parts.body
        };
        let mut de = serde_json::Deserializer::from_slice(body);
        let decoded = serde_path_to_error::deserialize::<_, T>(&mut de)
            .map_err(|e| (e.path().to_string(), e.into_inner().to_string()))
            .and_then(|value| {
                de.end()
                    .map(|()| value)
                    .map_err(|e| (".".to_owned(), e.to_string()))
            });
        match decoded {
            Ok(value) => Ok(value),
            Err((path, message)) => Err(Error::Decode(Box::new(DecodeError {
                path,
                message,
                response: self.parts,
            }))),
        }
    }

    /// Status, headers and body, e.g. to report a status the caller did not expect.
    pub fn into_parts(self) -> ResponseParts {
        self.parts
    }

    /// Turns this response into [`Error::UnexpectedStatus`] (for a success status the
    /// operation does not document).
    pub fn unexpected<E>(self) -> Error<E> {
        Error::UnexpectedStatus(Box::new(self.parts))
    }
}

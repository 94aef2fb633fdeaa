use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use futures_util::{Stream, StreamExt};
use http::{HeaderMap, StatusCode};
use serde::de::DeserializeOwned;

use crate::error::{BodyTooLarge, DecodeError, Error, ResponseParts};
use crate::redact;

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
    /// `Option<T>` accept it. A body that does not match is [`Error::Decode`], with the path
    /// where decoding failed and the raw body.
    ///
    /// ```no_run
    /// # async fn run(request: cloudsdk_runtime::Request) -> Result<(), cloudsdk_runtime::Error> {
    /// let thing: serde_json::Value = request.send::<serde_json::Value>().await?.json::<_, serde_json::Value>()?;
    /// # let _ = thing; Ok(()) }
    /// ```
    pub fn json<T: DeserializeOwned, E>(self) -> Result<T, Error<E>> {
        match decode_slice(&self.parts.body) {
            Ok(value) => Ok(value),
            Err((path, message)) => Err(decode_error(self.parts, path, message)),
        }
    }

    /// Decodes the JSON body like [`Response::json`] and keeps the status and headers with it.
    ///
    /// ```no_run
    /// # async fn run(request: cloudsdk_runtime::Request) -> Result<(), cloudsdk_runtime::Error> {
    /// let thing = request.send::<serde_json::Value>().await?.value::<serde_json::Value, serde_json::Value>()?;
    /// println!("{} {:?}", thing.status, thing.headers.get("etag"));
    /// let value: serde_json::Value = thing.into_inner();
    /// # let _ = value; Ok(()) }
    /// ```
    pub fn value<T: DeserializeOwned, E>(self) -> Result<ResponseValue<T>, Error<E>> {
        match decode_slice(&self.parts.body) {
            Ok(value) => Ok(ResponseValue {
                status: self.parts.status,
                headers: self.parts.headers,
                value,
            }),
            Err((path, message)) => Err(decode_error(self.parts, path, message)),
        }
    }

    /// The body as text, with status and headers.
    pub fn text_value(self) -> ResponseValue<String> {
        let (status, headers) = (self.parts.status, self.parts.headers.clone());
        ResponseValue {
            status,
            headers,
            value: self.text(),
        }
    }

    /// The raw body, with status and headers.
    pub fn bytes_value(self) -> ResponseValue<Bytes> {
        let (status, headers) = (self.parts.status, self.parts.headers.clone());
        ResponseValue {
            status,
            headers,
            value: self.bytes(),
        }
    }

    /// Status and headers of a response whose body is not read (none is documented).
    pub fn empty_value(self) -> ResponseValue<()> {
        let ResponseParts {
            status, headers, ..
        } = self.parts;
        ResponseValue {
            status,
            headers,
            value: (),
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

/// A decoded response value with the status and headers it came with (for callers that need a
/// header such as `ETag`, `Location` or a rate-limit count alongside the value). Its `Debug`
/// hides credential header values (`Set-Cookie`, …).
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ResponseValue<T> {
    /// The HTTP status.
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    /// The decoded body.
    pub value: T,
}

impl<T> ResponseValue<T> {
    /// A decoded body with the status and headers it came with.
    ///
    /// ```
    /// use cloudsdk_runtime::{HeaderMap, ResponseValue, StatusCode};
    ///
    /// let v = ResponseValue::new(StatusCode::OK, HeaderMap::new(), 7);
    /// assert_eq!(*v, 7);
    /// ```
    pub fn new(status: StatusCode, headers: HeaderMap, value: T) -> Self {
        Self {
            status,
            headers,
            value,
        }
    }

    /// The decoded body, without status and headers.
    ///
    /// ```
    /// use cloudsdk_runtime::{HeaderMap, ResponseValue, StatusCode};
    ///
    /// let v = ResponseValue::new(StatusCode::OK, HeaderMap::new(), 7);
    /// assert_eq!(v.into_inner(), 7);
    /// ```
    pub fn into_inner(self) -> T {
        self.value
    }

    /// Transforms the value, keeping status and headers.
    ///
    /// ```
    /// use cloudsdk_runtime::{HeaderMap, ResponseValue, StatusCode};
    ///
    /// let v = ResponseValue::new(StatusCode::OK, HeaderMap::new(), 7);
    /// assert_eq!(v.map(|n| n * 2).value, 14);
    /// ```
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> ResponseValue<U> {
        ResponseValue {
            status: self.status,
            headers: self.headers,
            value: f(self.value),
        }
    }
}

impl<T: fmt::Debug> fmt::Debug for ResponseValue<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ResponseValue")
            .field("status", &self.status)
            .field("headers", &redact::Headers(&self.headers))
            .field("value", &self.value)
            .finish()
    }
}

impl<T> std::ops::Deref for ResponseValue<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.value
    }
}

/// A response body read chunk by chunk as it arrives, never buffered whole (downloads such as
/// PDF invoices). Returned by [`Request::send_streaming`](crate::Request::send_streaming) once
/// the status is known to be a success; a failure while reading is an `Err` item, after which
/// the stream ends.
pub struct ByteStream {
    status: StatusCode,
    headers: HeaderMap,
    /// The most [`ByteStream::collect`] reads into memory.
    limit: usize,
    inner: Pin<Box<dyn Stream<Item = Result<Bytes, Error>> + Send>>,
}

impl ByteStream {
    /// The body of `response`; collecting it reads at most `limit` bytes.
    pub(crate) fn new(response: reqwest::Response, limit: usize) -> Self {
        let status = response.status();
        let headers = response.headers().clone();
        let inner = response
            .bytes_stream()
            .map(|chunk| chunk.map_err(Error::from_reqwest));
        Self {
            status,
            headers,
            limit,
            inner: Box::pin(inner),
        }
    }

    pub(crate) fn from_response(response: Response) -> Self {
        let ResponseParts {
            status,
            headers,
            body,
        } = response.parts;
        Self {
            status,
            headers,
            limit: usize::MAX,
            inner: Box::pin(futures_util::stream::iter([Ok(body)])),
        }
    }

    /// The HTTP status.
    ///
    /// ```no_run
    /// # async fn run(request: cloudsdk_runtime::Request) -> Result<(), cloudsdk_runtime::Error> {
    /// let download = request.send_streaming::<serde_json::Value>().await?;
    /// assert!(download.status().is_success());
    /// # Ok(()) }
    /// ```
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The response headers (`Content-Type`, `Content-Length`, `Content-Disposition`…).
    ///
    /// ```no_run
    /// # async fn run(request: cloudsdk_runtime::Request) -> Result<(), cloudsdk_runtime::Error> {
    /// let download = request.send_streaming::<serde_json::Value>().await?;
    /// println!("{:?}", download.headers().get("content-type"));
    /// # Ok(()) }
    /// ```
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The announced body length, when the server sent `Content-Length`.
    ///
    /// ```no_run
    /// # async fn run(request: cloudsdk_runtime::Request) -> Result<(), cloudsdk_runtime::Error> {
    /// let download = request.send_streaming::<serde_json::Value>().await?;
    /// println!("{:?} bytes", download.content_length());
    /// # Ok(()) }
    /// ```
    pub fn content_length(&self) -> Option<u64> {
        self.headers
            .get(http::header::CONTENT_LENGTH)?
            .to_str()
            .ok()?
            .parse()
            .ok()
    }

    /// Reads the rest of the body into memory, at most
    /// [`ClientBuilder::max_body_bytes`](crate::ClientBuilder::max_body_bytes): a longer body is
    /// [`Error::BodyTooLarge`].
    ///
    /// ```no_run
    /// # async fn run(request: cloudsdk_runtime::Request) -> Result<(), cloudsdk_runtime::Error> {
    /// let pdf = request.send_streaming::<serde_json::Value>().await?.collect().await?;
    /// std::fs::write("invoice.pdf", &pdf).ok();
    /// # Ok(()) }
    /// ```
    pub async fn collect(mut self) -> Result<Bytes, Error> {
        let mut body = Vec::new();
        while let Some(chunk) = self.inner.next().await {
            let chunk = chunk?;
            if body.len() + chunk.len() > self.limit {
                let headers = std::mem::take(&mut self.headers);
                return Err(BodyTooLarge::error(self.status, headers, &body, self.limit));
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body.into())
    }

    pub(crate) async fn into_response(self) -> Result<Response, Error> {
        let status = self.status;
        let headers = self.headers.clone();
        let body = self.collect().await?;
        Ok(Response {
            parts: ResponseParts {
                status,
                headers,
                body,
            },
        })
    }
}

impl Stream for ByteStream {
    type Item = Result<Bytes, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }
}

impl fmt::Debug for ByteStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ByteStream")
            .field("status", &self.status)
            .field("headers", &redact::Headers(&self.headers))
            .finish_non_exhaustive()
    }
}

/// Decodes a JSON body into `T`, an empty body as `null`; on failure, the path and message.
pub(crate) fn decode_slice<T: DeserializeOwned>(body: &[u8]) -> Result<T, (String, String)> {
    let body: &[u8] = if body.iter().all(u8::is_ascii_whitespace) {
        b"null"
    } else {
        body
    };
    // The common case decodes without tracking where it is; only a failure pays for a second
    // pass that records the path to the offending value.
    if let Ok(value) = serde_json::from_slice(body) {
        return Ok(value);
    }
    let mut de = serde_json::Deserializer::from_slice(body);
    serde_path_to_error::deserialize::<_, T>(&mut de)
        .map_err(|e| (e.path().to_string(), e.into_inner().to_string()))
        .and_then(|value| {
            de.end()
                .map(|()| value)
                .map_err(|e| (".".to_owned(), e.to_string()))
        })
}

pub(crate) fn decode_error<E>(response: ResponseParts, path: String, message: String) -> Error<E> {
    Error::Decode(Box::new(DecodeError {
        path,
        message,
        response,
    }))
}

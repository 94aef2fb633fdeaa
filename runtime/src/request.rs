use std::time::Duration;

use bytes::Bytes;
use http::{HeaderName, HeaderValue};
use serde::Serialize;

use crate::client::Client;
use crate::encode::{self, PathStyle, QueryStyle};
use crate::error::Error;
use crate::operation::Operation;
use crate::response::{ByteStream, Response, ResponseValue};
use crate::sending::Sending;
use crate::transport::{self, Body, Call, Received};

/// One request being built for an [`Operation`]. Generated code fills it and calls
/// [`Request::send`].
///
/// It owns what it needs (a clone of the [`Client`], which is one `Arc`, and the `'static`
/// operation), so the futures and streams it turns into are `'static` and `Send`: they can be
/// spawned or stored.
#[derive(Debug)]
pub struct Request {
    pub(crate) call: Call,
}

impl Client {
    /// Starts a request for `op`.
    ///
    /// ```
    /// use cloudsdk_runtime::{Client, Method, Operation};
    ///
    /// static GET_THING: Operation = Operation::new("getThing", Method::GET, "/things/{id}", true);
    /// let client = Client::builder("https://api.example.com").build()?;
    /// let mut request = client.request(&GET_THING);
    /// request.path_param("id", &42);
    /// # Ok::<(), cloudsdk_runtime::Error>(())
    /// ```
    pub fn request(&self, op: &'static Operation) -> Request {
        Request::new(self.clone(), op)
    }
}

impl Request {
    /// Starts a request for `op` that owns `client` ([`Client::request`] clones it).
    ///
    /// ```
    /// use cloudsdk_runtime::{Client, Method, Operation, Request};
    ///
    /// static GET_THING: Operation = Operation::new("getThing", Method::GET, "/things/{id}", true);
    /// let client = Client::builder("https://api.example.com").build()?;
    /// let request = Request::new(client, &GET_THING);
    /// # let _ = request; Ok::<(), cloudsdk_runtime::Error>(())
    /// ```
    pub fn new(client: Client, op: &'static Operation) -> Self {
        Request {
            call: Call::new(client, op),
        }
    }

    fn fail(&mut self, message: String) {
        self.call.fail(message);
    }

    /// Records why the request cannot be sent, when `result` has a reason.
    fn check(&mut self, result: Result<(), String>) -> &mut Self {
        if let Err(message) = result {
            self.fail(message);
        }
        self
    }

    /// Fills the path parameter `{name}` (percent-encoded as one segment). When `value` is `None`
    /// (an optional segment), the whole `/{name}` segment is removed.
    ///
    /// ```
    /// # use cloudsdk_runtime::{Client, Method, Operation, QueryStyle};
    /// # static OP: Operation = Operation::new("op", Method::POST, "/apps/{id}/{extra}", false);
    /// # let client = Client::builder("https://api.example.com").build()?;
    /// let mut request = client.request(&OP);
    /// request.path_param("id", &"app 1").path_param("extra", &None::<String>);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn path_param(&mut self, name: &str, value: &impl Serialize) -> &mut Self {
        self.path_param_styled(name, value, PathStyle::simple(false))
    }

    /// Like [`Request::path_param`], with the value written in an OpenAPI `style` other than
    /// the default: `label` (`.5`, `.3.4`) or `matrix` (`;id=5`, `;id=3;id=4`), or `simple`
    /// exploded (an object as `a=1,b=2`).
    ///
    /// ```
    /// # use cloudsdk_runtime::{Client, Method, Operation, PathStyle};
    /// # static OP: Operation = Operation::new("op", Method::GET, "/colors/{id}", true);
    /// # let client = Client::builder("https://api.example.com").build()?;
    /// let mut request = client.request(&OP);
    /// request.path_param_styled("id", &[3, 4], PathStyle::matrix(true)); // /colors/;id=3;id=4
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn path_param_styled(
        &mut self,
        name: &str,
        value: &impl Serialize,
        style: PathStyle,
    ) -> &mut Self {
        let call = &mut self.call;
        let filled = encode::fill_path(
            &mut call.path,
            call.signing_url.as_mut(),
            name,
            value,
            false,
            style,
        );
        self.check(filled)
    }

    /// Like [`Request::path_param`], but `/` in the value stays as it is (the spec's
    /// `x-allow-reserved`: a value such as `quay.io/acme/api` spans several segments).
    ///
    /// ```
    /// # use cloudsdk_runtime::{Client, Method, Operation};
    /// # static OP: Operation = Operation::new("op", Method::GET, "/repository/{name}/", true);
    /// # let client = Client::builder("https://api.example.com").build()?;
    /// let mut request = client.request(&OP);
    /// request.path_param_reserved("name", &"quay.io/acme/api");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn path_param_reserved(&mut self, name: &str, value: &impl Serialize) -> &mut Self {
        let call = &mut self.call;
        let filled = encode::fill_path(
            &mut call.path,
            call.signing_url.as_mut(),
            name,
            value,
            true,
            PathStyle::simple(false),
        );
        self.check(filled)
    }

    /// Adds a query parameter; `None` values are left out.
    ///
    /// ```
    /// # use cloudsdk_runtime::{Client, Method, Operation, QueryStyle};
    /// # static OP: Operation = Operation::new("op", Method::POST, "/apps/{id}/{extra}", false);
    /// # let client = Client::builder("https://api.example.com").build()?;
    /// let mut request = client.request(&OP);
    /// request.query("tags", &["a", "b"], QueryStyle::form(false));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn query(&mut self, name: &str, value: &impl Serialize, style: QueryStyle) -> &mut Self {
        let added = encode::add_query(&mut self.call.query, name, value, style);
        self.check(added)
    }

    /// Adds a header parameter; `None` values are left out.
    ///
    /// ```
    /// # use cloudsdk_runtime::{Client, Method, Operation, QueryStyle};
    /// # static OP: Operation = Operation::new("op", Method::POST, "/apps/{id}/{extra}", false);
    /// # let client = Client::builder("https://api.example.com").build()?;
    /// let mut request = client.request(&OP);
    /// request.header("x-request-id", &"abc123");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn header(&mut self, name: &'static str, value: &impl Serialize) -> &mut Self {
        let text = match encode::header_text(name, value) {
            Ok(Some(text)) => text,
            Ok(None) => return self,
            Err(message) => {
                self.fail(message);
                return self;
            }
        };
        match (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(&text),
        ) {
            (Ok(n), Ok(v)) => {
                self.call.headers.append(n, v);
            }
            _ => self.fail(format!("header `{name}` cannot carry the value given")),
        }
        self
    }

    /// Adds a cookie parameter; `None` values are left out.
    ///
    /// ```
    /// # use cloudsdk_runtime::{Client, Method, Operation, QueryStyle};
    /// # static OP: Operation = Operation::new("op", Method::POST, "/apps/{id}/{extra}", false);
    /// # let client = Client::builder("https://api.example.com").build()?;
    /// let mut request = client.request(&OP);
    /// request.cookie("session", &"s1");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn cookie(&mut self, name: &str, value: &impl Serialize) -> &mut Self {
        let pair = match encode::cookie_pair(name, value) {
            Ok(Some(pair)) => pair,
            Ok(None) => return self,
            Err(message) => {
                self.fail(message);
                return self;
            }
        };
        let joined = match self
            .call
            .headers
            .get(http::header::COOKIE)
            .and_then(|v| v.to_str().ok())
        {
            Some(existing) => format!("{existing}; {pair}"),
            None => pair,
        };
        match HeaderValue::from_str(&joined) {
            Ok(v) => {
                self.call.headers.insert(http::header::COOKIE, v);
            }
            Err(_) => self.fail(format!("cookie `{name}` cannot carry the value given")),
        }
        self
    }

    /// Sends `body` as JSON.
    ///
    /// ```
    /// # use cloudsdk_runtime::{Client, Method, Operation, QueryStyle};
    /// # static OP: Operation = Operation::new("op", Method::POST, "/apps/{id}/{extra}", false);
    /// # let client = Client::builder("https://api.example.com").build()?;
    /// let mut request = client.request(&OP);
    /// request.json(&serde_json::json!({"name": "web"}));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn json(&mut self, body: &impl Serialize) -> &mut Self {
        match serde_json::to_vec(body) {
            Ok(bytes) => {
                self.call.body = Body::Bytes {
                    content_type: HeaderValue::from_static("application/json"),
                    bytes: bytes.into(),
                    form: false,
                }
            }
            Err(e) => self.fail(format!("request body: {e}")),
        }
        self
    }

    /// Sends `body` as `application/x-www-form-urlencoded` (nested values as JSON text).
    ///
    /// ```
    /// # use cloudsdk_runtime::{Client, Method, Operation, QueryStyle};
    /// # static OP: Operation = Operation::new("op", Method::POST, "/apps/{id}/{extra}", false);
    /// # let client = Client::builder("https://api.example.com").build()?;
    /// let mut request = client.request(&OP);
    /// request.form(&serde_json::json!({"grant_type": "client_credentials"}));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn form(&mut self, body: &impl Serialize) -> &mut Self {
        let out = match encode::form_body(body) {
            Ok(out) => out,
            Err(message) => {
                self.fail(message);
                return self;
            }
        };
        self.call.body = Body::Bytes {
            content_type: HeaderValue::from_static("application/x-www-form-urlencoded"),
            bytes: out.into(),
            form: true,
        };
        self
    }

    /// Sends raw bytes with the given content type.
    ///
    /// ```
    /// # use cloudsdk_runtime::{Client, Method, Operation, QueryStyle};
    /// # static OP: Operation = Operation::new("op", Method::POST, "/apps/{id}/{extra}", false);
    /// # let client = Client::builder("https://api.example.com").build()?;
    /// let mut request = client.request(&OP);
    /// request.bytes("application/octet-stream", vec![1u8, 2, 3]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn bytes(&mut self, content_type: &'static str, body: impl Into<Bytes>) -> &mut Self {
        self.call.body = Body::Bytes {
            content_type: HeaderValue::from_static(content_type),
            bytes: body.into(),
            form: false,
        };
        self
    }

    /// Sends a text body with the given content type.
    ///
    /// ```
    /// # use cloudsdk_runtime::{Client, Method, Operation, QueryStyle};
    /// # static OP: Operation = Operation::new("op", Method::POST, "/apps/{id}/{extra}", false);
    /// # let client = Client::builder("https://api.example.com").build()?;
    /// let mut request = client.request(&OP);
    /// request.text("text/plain", "hello");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn text(&mut self, content_type: &'static str, body: impl Into<String>) -> &mut Self {
        self.bytes(content_type, Bytes::from(body.into()))
    }

    /// Sends a multipart form. A multipart request is sent once (it is not retried). Needs the
    /// `multipart` feature.
    ///
    /// ```
    /// # use cloudsdk_runtime::{Client, Method, Operation, QueryStyle};
    /// # static OP: Operation = Operation::new("op", Method::POST, "/apps/{id}/{extra}", false);
    /// # let client = Client::builder("https://api.example.com").build()?;
    /// let mut request = client.request(&OP);
    /// request.multipart(cloudsdk_runtime::multipart::Form::new().text("name", "web"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[cfg(feature = "multipart")]
    pub fn multipart(&mut self, form: reqwest::multipart::Form) -> &mut Self {
        self.call.body = Body::Multipart(Some(form));
        self
    }

    /// Sets the timeout of this request only, replacing the client's
    /// ([`ClientBuilder::timeout`](crate::ClientBuilder::timeout)); `None` waits forever. The
    /// timeout covers the whole exchange, body included, so give a long download more time.
    ///
    /// ```no_run
    /// # use cloudsdk_runtime::{Client, Operation, Method};
    /// # static GET_INVOICE: Operation = Operation::new("getInvoice", Method::GET, "/invoices/{id}", true);
    /// # async fn run(client: Client) -> Result<(), cloudsdk_runtime::Error> {
    /// let mut request = client.request(&GET_INVOICE);
    /// request.path_param("id", &"inv_1").timeout(Some(std::time::Duration::from_secs(600)));
    /// let pdf = request.send_streaming::<serde_json::Value>().await?;
    /// # let _ = pdf; Ok(()) }
    /// ```
    pub fn timeout(&mut self, timeout: Option<Duration>) -> &mut Self {
        self.call.timeout = Some(timeout);
        self
    }

    /// Sends the request (with authentication and retries) and returns the response when its
    /// status is a success; error statuses become [`Error::Api`] (documented, decoded into `E`)
    /// or [`Error::UnexpectedStatus`].
    ///
    /// ```no_run
    /// # use cloudsdk_runtime::{Client, Operation, Method};
    /// static GET_APP: Operation = Operation::new("getApp", Method::GET, "/apps/{id}", true);
    /// # async fn run(client: Client) -> Result<(), cloudsdk_runtime::Error> {
    /// let mut request = client.request(&GET_APP);
    /// request.path_param("id", &"app_1");
    /// let app: serde_json::Value = request.send::<serde_json::Value>().await?.json::<_, serde_json::Value>()?;
    /// # let _ = app; Ok(()) }
    /// ```
    pub async fn send<E: serde::de::DeserializeOwned>(mut self) -> Result<Response, Error<E>> {
        transport::execute_buffered(&mut self.call, None).await
    }

    /// Sends the request like [`Request::send`] and turns the success response into a value
    /// with `decode` (one of [`crate::decode`]'s functions, or the caller's own), keeping its
    /// status and headers.
    ///
    /// ```no_run
    /// # use cloudsdk_runtime::{Client, Operation, Method, decode};
    /// static GET_APP: Operation = Operation::new("getApp", Method::GET, "/apps/{id}", true);
    /// # async fn run(client: Client) -> Result<(), cloudsdk_runtime::Error> {
    /// let mut request = client.request(&GET_APP);
    /// request.path_param("id", &"app_1");
    /// let app = request.send_decoded::<serde_json::Value, serde_json::Value>(decode::json).await?;
    /// println!("{} {:?}", app.status, app.headers.get("etag"));
    /// # Ok(()) }
    /// ```
    ///
    /// `decode` is generic, not a function pointer: a generated crate naming
    /// `decode::json` in its (non-generic) `send` then compiles no decoder until a program
    /// awaits that call, so a debug build of the crate leaves the deserializers to the
    /// programs that use them.
    pub async fn send_decoded<T, E: serde::de::DeserializeOwned>(
        self,
        decode: impl FnOnce(Response) -> Result<ResponseValue<T>, Error<E>>,
    ) -> Result<ResponseValue<T>, Error<E>> {
        decode(self.send::<E>().await?)
    }

    /// [`Request::send_decoded`] without the status and headers: the value alone.
    ///
    /// ```no_run
    /// # use cloudsdk_runtime::{Client, Operation, Method, decode};
    /// static GET_README: Operation = Operation::new("getReadme", Method::GET, "/readme", false);
    /// # async fn run(client: Client) -> Result<(), cloudsdk_runtime::Error> {
    /// let readme = client.request(&GET_README).send_value::<String, serde_json::Value>(decode::text).await?;
    /// # let _ = readme; Ok(()) }
    /// ```
    pub async fn send_value<T, E: serde::de::DeserializeOwned>(
        self,
        decode: impl FnOnce(Response) -> Result<ResponseValue<T>, Error<E>>,
    ) -> Result<T, Error<E>> {
        self.send_decoded(decode)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Request::send_value`] as a [`Sending`], the named future generated `send` methods
    /// return.
    pub fn sending_value<T, E>(
        self,
        decode: impl FnOnce(Response) -> Result<ResponseValue<T>, Error<E>> + Send + 'static,
    ) -> Sending<T, Error<E>>
    where
        T: Send + 'static,
        E: serde::de::DeserializeOwned + Send + 'static,
    {
        Sending::new(self.send_value(decode))
    }

    /// [`Request::send_decoded`] as a [`Sending`].
    pub fn sending_decoded<T, E>(
        self,
        decode: impl FnOnce(Response) -> Result<ResponseValue<T>, Error<E>> + Send + 'static,
    ) -> Sending<ResponseValue<T>, Error<E>>
    where
        T: Send + 'static,
        E: serde::de::DeserializeOwned + Send + 'static,
    {
        Sending::new(self.send_decoded(decode))
    }

    /// Sends the request like [`Request::send`] but hands back the body of a success as a
    /// stream of chunks, read as they arrive (nothing is buffered whole). Error statuses are
    /// read and decoded as with `send`.
    ///
    /// ```no_run
    /// # use cloudsdk_runtime::{Client, Operation, Method};
    /// use futures_util::StreamExt;
    ///
    /// static GET_INVOICE_PDF: Operation =
    ///     Operation::new("getInvoicePdf", Method::GET, "/invoices/{id}.pdf", true);
    /// # async fn run(client: Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let mut request = client.request(&GET_INVOICE_PDF);
    /// request.path_param("id", &"inv_1");
    /// let mut body = request.send_streaming::<serde_json::Value>().await?;
    /// let mut size = 0;
    /// while let Some(chunk) = body.next().await {
    ///     size += chunk?.len(); // write it to a file instead
    /// }
    /// # let _ = size; Ok(()) }
    /// ```
    pub async fn send_streaming<E: serde::de::DeserializeOwned>(
        mut self,
    ) -> Result<ByteStream, Error<E>> {
        match transport::execute(&mut self.call, None, true).await? {
            Received::Streaming(stream) => Ok(stream),
            Received::Buffered(response) => Ok(ByteStream::from_response(response)),
        }
    }
}

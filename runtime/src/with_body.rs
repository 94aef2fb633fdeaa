//! A request whose JSON or form body is serialized when the request is sent, not when it is
//! built: the serializer is then compiled where a program awaits the call, so a generated crate's
//! own build compiles no request-body serializer.

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::error::Error;
use crate::request::Request;
use crate::response::{ByteStream, Response, ResponseValue};
use crate::sending::Sending;
use crate::stream::{ItemStream, Pagination, Resume};

/// A [`Request`] with a body still to be serialized (made by [`Request::json_later`] or
/// [`Request::form_later`]). Its `send` methods serialize the body inside the future they
/// return, so the serializer is compiled (monomorphized) only where that future is awaited;
/// [`WithBody::into_request`] serializes it at once.
///
/// ```no_run
/// # use cloudsdk_runtime::{Client, Method, Operation, decode};
/// static CREATE_APP: Operation = Operation::new("createApp", Method::POST, "/apps", false);
/// # async fn run(client: Client) -> Result<(), cloudsdk_runtime::Error> {
/// let body = Some(serde_json::json!({"name": "web"}));
/// let request = client.request(&CREATE_APP).json_later(body);
/// let app = request.send_value::<serde_json::Value, serde_json::Value>(decode::json).await?;
/// # let _ = app; Ok(()) }
/// ```
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct WithBody<B> {
    request: Request,
    body: Option<B>,
    form: bool,
}

impl Request {
    /// Sends `body` as JSON ([`Request::json`]), serialized when the request is sent; `None`
    /// sends no body.
    pub fn json_later<B: Serialize>(self, body: Option<B>) -> WithBody<B> {
        WithBody {
            request: self,
            body,
            form: false,
        }
    }

    /// Sends `body` as `application/x-www-form-urlencoded` ([`Request::form`]), serialized when
    /// the request is sent; `None` sends no body.
    pub fn form_later<B: Serialize>(self, body: Option<B>) -> WithBody<B> {
        self.json_later(body).form_if(true)
    }
}

impl<B: Serialize> WithBody<B> {
    /// Sends the body as a form instead of JSON when `form` is true.
    pub fn form_if(mut self, form: bool) -> Self {
        self.form |= form;
        self
    }

    /// Serializes the body now and returns the request carrying it (a serialization failure
    /// is reported when the request is sent, as with [`Request::json`]).
    pub fn into_request(self) -> Request {
        let mut request = self.request;
        match (&self.body, self.form) {
            (None, _) => {}
            (Some(body), false) => {
                request.json(body);
            }
            (Some(body), true) => {
                request.form(body);
            }
        }
        request
    }

    /// [`Request::send`], serializing the body first.
    pub async fn send<E: DeserializeOwned>(self) -> Result<Response, Error<E>> {
        self.into_request().send().await
    }

    /// [`Request::send_decoded`], serializing the body first.
    pub async fn send_decoded<T, E: DeserializeOwned>(
        self,
        decode: impl FnOnce(Response) -> Result<ResponseValue<T>, Error<E>>,
    ) -> Result<ResponseValue<T>, Error<E>> {
        self.into_request().send_decoded(decode).await
    }

    /// [`Request::send_value`], serializing the body first.
    pub async fn send_value<T, E: DeserializeOwned>(
        self,
        decode: impl FnOnce(Response) -> Result<ResponseValue<T>, Error<E>>,
    ) -> Result<T, Error<E>> {
        self.into_request().send_value(decode).await
    }

    /// [`Request::sending_value`], serializing the body first.
    pub fn sending_value<T, E>(
        self,
        decode: impl FnOnce(Response) -> Result<ResponseValue<T>, Error<E>> + Send + 'static,
    ) -> Sending<T, Error<E>>
    where
        B: Send + 'static,
        T: Send + 'static,
        E: DeserializeOwned + Send + 'static,
    {
        Sending::new(self.send_value(decode))
    }

    /// [`Request::sending_decoded`], serializing the body first.
    pub fn sending_decoded<T, E>(
        self,
        decode: impl FnOnce(Response) -> Result<ResponseValue<T>, Error<E>> + Send + 'static,
    ) -> Sending<ResponseValue<T>, Error<E>>
    where
        B: Send + 'static,
        T: Send + 'static,
        E: DeserializeOwned + Send + 'static,
    {
        Sending::new(self.send_decoded(decode))
    }

    /// [`Request::send_streaming`], serializing the body first.
    pub async fn send_streaming<E: DeserializeOwned>(self) -> Result<ByteStream, Error<E>> {
        self.into_request().send_streaming().await
    }

    /// [`Request::paginate`]; the body is serialized now, once, and sent with every page.
    pub fn paginate<T, E>(self, pagination: &'static Pagination) -> ItemStream<T, E>
    where
        T: DeserializeOwned + Send + 'static,
        E: DeserializeOwned + Send + 'static,
    {
        self.into_request().paginate(pagination)
    }

    /// [`Request::events`]; the body is serialized now, once, and sent with every reconnection.
    pub fn events<T, E>(self, resume: Option<Resume>) -> ItemStream<T, E>
    where
        T: DeserializeOwned + Send + 'static,
        E: DeserializeOwned + Send + 'static,
    {
        self.into_request().events(resume)
    }
}

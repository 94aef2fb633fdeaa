//! A fixed `Authorization` value (HTTP Basic, a static bearer token), sent on requests and
//! websocket upgrades only where the transport rule allows it.

use http::header::AUTHORIZATION;

use crate::{AuthError, HeaderValue, RequestParts, Url, WebSocketAuth, transport};

#[derive(Clone)]
pub(crate) struct FixedHeader {
    pub(crate) value: HeaderValue,
    pub(crate) allow_insecure: bool,
    /// The method that sets `allow_insecure`, named in the error.
    pub(crate) opt_in: &'static str,
}

impl FixedHeader {
    pub(crate) fn new(value: HeaderValue, opt_in: &'static str) -> Self {
        FixedHeader {
            value,
            allow_insecure: false,
            opt_in,
        }
    }

    pub(crate) fn authenticate(&self, request: RequestParts<'_>) -> Result<(), AuthError> {
        transport::check(request.url, self.allow_insecure, self.opt_in)?;
        request.headers.insert(AUTHORIZATION, self.value.clone());
        Ok(())
    }

    pub(crate) fn websocket(&self, connect_url: &Url) -> Result<WebSocketAuth, AuthError> {
        transport::check(connect_url, self.allow_insecure, self.opt_in)?;
        let mut auth = WebSocketAuth::default();
        auth.headers.insert(AUTHORIZATION, self.value.clone());
        Ok(auth)
    }
}

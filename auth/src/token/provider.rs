//! What each kind of token exchange sends to its token endpoint: Civo's API key as a bearer
//! token, Camunda's client credentials as JSON, OAuth 2 client credentials as a form
//! (RFC 6749 section 4.4.2).

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use http::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE};
use url::form_urlencoded;

use crate::{AuthError, HeaderValue, Secret, Url, header_value};

/// How a client proves its identity to an OAuth 2 token endpoint (RFC 6749 section 2.3.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum ClientAuthentication {
    /// `Authorization: Basic base64(form-encoded client id ":" form-encoded client secret)`,
    /// which every OAuth 2 server supports (the default).
    #[default]
    BasicHeader,
    /// `client_id` and `client_secret` as form fields of the body, for servers that accept
    /// nothing else.
    RequestBody,
}

/// Client credentials with the grant's optional parameters.
#[derive(Clone)]
pub(super) struct ClientCredentials {
    pub(super) id: String,
    secret: Secret,
    /// `Basic …` of the id and secret, form-encoded as RFC 6749 section 2.3.1 asks.
    basic: HeaderValue,
    /// Sent when not empty (Auth0 and Camunda name the API the token is for this way).
    pub(super) audience: String,
    /// Sent when not empty.
    pub(super) scope: String,
}

impl ClientCredentials {
    /// Fails when the id or secret is empty or holds control characters; `console` says where
    /// credentials are made.
    pub(super) fn new(id: String, secret: Secret, console: &str) -> Result<Self, AuthError> {
        if id.is_empty() || secret.is_empty() {
            return Err(AuthError::InvalidCredentials(format!(
                "the client id or client secret is empty; create client credentials in {console}"
            )));
        }
        if id.chars().any(char::is_control) || secret.expose().chars().any(char::is_control) {
            return Err(AuthError::InvalidCredentials(
                "the client id or secret contains control characters (a stray newline?); \
                 remove them"
                    .into(),
            ));
        }
        let encode = |s: &str| form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
        let pair = format!("{}:{}", encode(&id), encode(secret.expose()));
        let basic = header_value(&format!("Basic {}", BASE64.encode(pair)))?;
        Ok(ClientCredentials {
            id,
            secret,
            basic,
            audience: String::new(),
            scope: String::new(),
        })
    }
}

#[derive(Clone)]
pub(super) enum Provider {
    /// Civo: `POST` with the API key as bearer token.
    Civo { api_key: HeaderValue },
    /// Camunda: the client credentials grant as a JSON body.
    Camunda(ClientCredentials),
    /// RFC 6749 section 4.4.2: a form body, the client authenticated as chosen.
    ClientCredentials(ClientCredentials, ClientAuthentication),
}

impl Provider {
    /// The token request to `url`.
    pub(super) fn request(&self, client: &reqwest::Client, url: &Url) -> reqwest::RequestBuilder {
        let request = client.post(url.clone()).header(ACCEPT, "application/json");
        match self {
            Provider::Civo { api_key } => request.header(AUTHORIZATION, api_key.clone()),
            Provider::Camunda(credentials) => request.json(&camunda_json(credentials)),
            Provider::ClientCredentials(credentials, how) => {
                let mut form = form_urlencoded::Serializer::new(String::new());
                form.append_pair("grant_type", "client_credentials");
                optional_pairs(credentials, |name, value| {
                    form.append_pair(name, value);
                });
                let request = match how {
                    ClientAuthentication::BasicHeader => {
                        request.header(AUTHORIZATION, credentials.basic.clone())
                    }
                    ClientAuthentication::RequestBody => {
                        form.append_pair("client_id", &credentials.id);
                        form.append_pair("client_secret", credentials.secret.expose());
                        request
                    }
                };
                request
                    .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
                    .body(form.finish())
            }
        }
    }

    pub(super) fn credentials_mut(&mut self) -> Option<&mut ClientCredentials> {
        match self {
            Provider::Civo { .. } => None,
            Provider::Camunda(c) | Provider::ClientCredentials(c, _) => Some(c),
        }
    }

    /// `(kind, client id)` for `Debug`.
    pub(super) fn describe(&self) -> (&'static str, Option<&str>) {
        match self {
            Provider::Civo { .. } => ("civo", None),
            Provider::Camunda(c) => ("camunda", Some(&c.id)),
            Provider::ClientCredentials(c, _) => ("oauth2_client_credentials", Some(&c.id)),
        }
    }

    /// What to check when the endpoint refuses the credentials.
    pub(super) fn rejected_hint(&self) -> &'static str {
        match self {
            Provider::Civo { .. } => {
                "check the Civo API key (it may have been regenerated or revoked)"
            }
            Provider::Camunda(_) => {
                "check the Camunda client id, client secret and audience (the client may have \
                 been deleted)"
            }
            Provider::ClientCredentials(..) => {
                "check the client id, client secret, audience and scope, and whether the server \
                 expects the client credentials in the body (ClientAuthentication::RequestBody)"
            }
        }
    }
}

/// Calls `pair` with the audience and scope that are set.
fn optional_pairs(credentials: &ClientCredentials, mut pair: impl FnMut(&'static str, &str)) {
    for (name, value) in [
        ("audience", &credentials.audience),
        ("scope", &credentials.scope),
    ] {
        if !value.is_empty() {
            pair(name, value);
        }
    }
}

fn camunda_json(credentials: &ClientCredentials) -> serde_json::Value {
    let mut body = serde_json::json!({
        "grant_type": "client_credentials",
        "client_id": credentials.id,
        "client_secret": credentials.secret.expose(),
    });
    optional_pairs(credentials, |name, value| {
        body[name] = serde_json::Value::from(value);
    });
    body
}

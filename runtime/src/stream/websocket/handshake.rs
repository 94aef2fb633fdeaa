//! Opening one websocket connection: the credentials, the upgrade request, the handshake within
//! the client's timeout, and the authentication message for streams that take one.

use cloudsdk_auth::WebSocketAuth;
use futures_util::SinkExt;
use http::StatusCode;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::handshake::client::{Request, Response};
use tokio_tungstenite::tungstenite::{Error as WsError, Message};
use url::Url;

use crate::client::Client;
use crate::error::{Error, WebSocketError};
use crate::stream::reconnect::Refused;
use crate::stream::websocket::operation::{AuthMode, WebSocketOperation};

/// An open websocket connection.
pub(super) type Connection =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// Why a connection could not be made or ended; the last one is reported on giving up.
#[derive(Debug)]
pub(super) struct Failure {
    /// The HTTP status of a refused upgrade.
    pub(super) status: Option<StatusCode>,
    pub(super) message: String,
}

impl Failure {
    pub(super) fn new(message: impl Into<String>) -> Self {
        Self {
            status: None,
            message: message.into(),
        }
    }

    /// The error ending the stream `operation` after `attempts` connections.
    pub(super) fn into_error(self, operation: &'static str, attempts: u32) -> Error {
        Error::WebSocket(Box::new(WebSocketError {
            operation,
            attempts,
            status: self.status,
            message: self.message,
        }))
    }
}

/// Connection attempt number `attempt` to `url` (`signing`: the URL the authenticator signs):
/// the connection and the upgrade's status, or why not.
pub(super) async fn handshake(
    client: &Client,
    op: &WebSocketOperation,
    url: &Url,
    signing: Option<&Url>,
    attempt: u32,
) -> Result<(Connection, StatusCode), Refused<Error, Failure>> {
    let auth = match op.auth {
        AuthMode::None => WebSocketAuth::default(),
        AuthMode::FirstMessage | AuthMode::Header => client
            .auth()
            .websocket(url, signing)
            .await
            .map_err(|e| Refused::Fatal(e.into()))?,
    };
    let request = upgrade_request(client, op, url, auth.headers).map_err(Refused::Fatal)?;
    let (mut conn, response) = connect(client, request)
        .await
        .map_err(|failure| refusal(failure, op, attempt))?;
    if let (AuthMode::FirstMessage, Some(first)) = (op.auth, auth.first_message) {
        conn.send(Message::text(first)).await.map_err(|e| {
            Refused::Retry(Failure::new(format!(
                "sending the authentication message failed: {e}"
            )))
        })?;
    }
    Ok((conn, response.status()))
}

/// The HTTP upgrade request: the client's default headers, and the authenticator's when the
/// stream authenticates with headers.
fn upgrade_request(
    client: &Client,
    op: &WebSocketOperation,
    url: &Url,
    auth_headers: http::HeaderMap,
) -> Result<Request, Error> {
    let mut request = url
        .as_str()
        .into_client_request()
        .map_err(|e| -> Error { Error::InvalidRequest(format!("{}: {e}", op.id)) })?;
    let headers = request.headers_mut();
    for (name, value) in &client.config().headers {
        if !headers.contains_key(name) {
            headers.insert(name.clone(), value.clone());
        }
    }
    if op.auth == AuthMode::Header {
        for (name, value) in auth_headers {
            if let Some(name) = name {
                headers.insert(name, value);
            }
        }
    }
    Ok(request)
}

/// The handshake, within the client's connect timeout (else its request timeout).
async fn connect(client: &Client, request: Request) -> Result<(Connection, Response), Failure> {
    let config = client.config();
    let tls = config.websocket_tls.clone();
    let connect = tokio_tungstenite::connect_async_tls_with_config(request, None, false, tls);
    let connected = match config.connect_timeout.or(config.timeout) {
        Some(limit) => tokio::time::timeout(limit, connect)
            .await
            .map_err(|_| Failure::new(format!("the handshake took longer than {limit:?}")))?,
        None => connect.await,
    };
    connected.map_err(|e| match &e {
        WsError::Http(response) => Failure {
            status: Some(response.status()),
            message: format!("the server refused the upgrade with {}", response.status()),
        },
        _ => Failure::new(e.to_string()),
    })
}

/// Sorts a failed handshake: refused credentials will not get better by reconnecting.
fn refusal(failure: Failure, op: &WebSocketOperation, attempt: u32) -> Refused<Error, Failure> {
    match failure.status {
        Some(StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN) => {
            Refused::Fatal(failure.into_error(op.id, attempt))
        }
        _ => Refused::Retry(failure),
    }
}

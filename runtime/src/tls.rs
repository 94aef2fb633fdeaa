//! TLS for the client the runtime builds and for websocket upgrades: cloudsdk-auth's
//! [`tls`](cloudsdk_auth::tls) configuration (under `rustls`, the `ring` provider unless
//! `tls-aws-lc` or a provider the program installed; the platform verifier), plus the roots
//! given to [`ClientBuilder::tls_root_certificate`](crate::ClientBuilder::tls_root_certificate).

use cloudsdk_auth::tls;

use crate::error::Error;

/// The HTTP client the runtime builds when the caller gave none: `builder` (redirects, connect
/// timeout) with the TLS configuration trusting `extra_roots` too.
pub(crate) fn http_client(
    builder: reqwest::ClientBuilder,
    extra_roots: &[Vec<u8>],
) -> Result<reqwest::Client, Error> {
    tls::configure(builder, extra_roots)
        .map_err(invalid)?
        .build()
        .map_err(Error::<serde_json::Value>::from_reqwest)
}

/// How `wss://` upgrades connect: the rustls configuration (ALPN `http/1.1`) trusting
/// `extra_roots` too; `None` (tokio-tungstenite's own choice) with `native-tls` alone.
#[cfg(feature = "websocket")]
pub(crate) fn websocket_connector(
    extra_roots: &[Vec<u8>],
) -> Result<Option<tokio_tungstenite::Connector>, Error> {
    #[cfg(feature = "__rustls")]
    {
        let config = tls::websocket_config(extra_roots).map_err(invalid)?;
        Ok(Some(tokio_tungstenite::Connector::Rustls(config)))
    }
    #[cfg(not(feature = "__rustls"))]
    {
        let _ = extra_roots;
        Ok(None)
    }
}

/// A TLS configuration that cannot be built (no root certificates, a root that is not one) is
/// the client's configuration error, not an authentication failure.
fn invalid(error: cloudsdk_auth::AuthError) -> Error {
    Error::InvalidRequest(error.to_string())
}

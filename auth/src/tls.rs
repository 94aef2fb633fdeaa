//! The TLS configuration of every HTTP client this crate and `cloudsdk-runtime` build.
//!
//! With the `rustls` feature (the default) the crypto provider is `ring`, which builds without
//! a C toolchain and in a fraction of `aws-lc-rs`' time; `tls-aws-lc` chooses `aws-lc-rs`
//! instead, with the post-quantum X25519MLKEM768 key exchange preferred. A provider the program
//! installed itself (`CryptoProvider::install_default`) wins over both: nothing here installs
//! one, so a program's own call keeps working. Certificates are checked by the platform
//! verifier (the system's roots, as reqwest's own rustls default does), plus any root the
//! caller adds.
//!
//! With `native-tls` alone, reqwest's own TLS is left as it is.

use crate::AuthError;

/// A reqwest client builder with this crate's TLS configuration: start from it to build a
/// `reqwest::Client` of your own (for `ClientBuilder::http_client` or
/// `TokenExchange::with_client_builder`) with the same TLS as the clients built here.
///
/// ```
/// let http = cloudsdk_auth::tls::client_builder()?.no_proxy().build()?;
/// # let _ = http; Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn client_builder() -> Result<reqwest::ClientBuilder, AuthError> {
    configure(reqwest::Client::builder(), &[])
}

/// Gives `builder` this crate's TLS configuration, trusting `extra_roots` (DER-encoded
/// certificates) besides the system's roots. Without the `rustls` or `tls-aws-lc` feature it
/// returns `builder` unchanged and accepts no extra roots.
pub fn configure(
    builder: reqwest::ClientBuilder,
    extra_roots: &[Vec<u8>],
) -> Result<reqwest::ClientBuilder, AuthError> {
    #[cfg(feature = "__rustls")]
    {
        let config = rustls_config(extra_roots, &[b"h2", b"http/1.1"])?;
        Ok(builder.tls_backend_preconfigured(config))
    }
    #[cfg(not(feature = "__rustls"))]
    {
        if extra_roots.is_empty() {
            Ok(builder)
        } else {
            Err(invalid("extra root certificates need the `rustls` feature"))
        }
    }
}

/// The rustls client configuration for a websocket upgrade (ALPN `http/1.1` only: an upgrade
/// is an HTTP/1.1 request). Used by `cloudsdk-runtime`; not a stable interface.
#[cfg(feature = "__rustls")]
#[doc(hidden)]
pub fn websocket_config(
    extra_roots: &[Vec<u8>],
) -> Result<std::sync::Arc<rustls::ClientConfig>, AuthError> {
    rustls_config(extra_roots, &[b"http/1.1"]).map(std::sync::Arc::new)
}

/// A client configuration: the provider, the platform verifier with `extra_roots`, no client
/// certificate, and `alpn` offered in order.
#[cfg(feature = "__rustls")]
fn rustls_config(
    extra_roots: &[Vec<u8>],
    alpn: &[&[u8]],
) -> Result<rustls::ClientConfig, AuthError> {
    use rustls::pki_types::CertificateDer;

    let provider = provider();
    let roots = extra_roots
        .iter()
        .map(|der| CertificateDer::from(der.clone()));
    let verifier =
        rustls_platform_verifier::Verifier::new_with_extra_roots(roots, provider.clone())
            .map_err(|e| invalid(format!("cannot load the root certificates: {e}")))?;
    let mut config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| invalid(format!("no TLS version fits the crypto provider: {e}")))?
        .dangerous()
        .with_custom_certificate_verifier(std::sync::Arc::new(verifier))
        .with_no_client_auth();
    config.alpn_protocols = alpn.iter().map(|p| p.to_vec()).collect();
    Ok(config)
}

/// The program's own provider if it installed one, else `aws-lc-rs` with `tls-aws-lc`, else
/// `ring`.
#[cfg(feature = "__rustls")]
fn provider() -> std::sync::Arc<rustls::crypto::CryptoProvider> {
    if let Some(installed) = rustls::crypto::CryptoProvider::get_default() {
        return installed.clone();
    }
    #[cfg(feature = "tls-aws-lc")]
    let chosen = rustls::crypto::aws_lc_rs::default_provider();
    #[cfg(not(feature = "tls-aws-lc"))]
    let chosen = rustls::crypto::ring::default_provider();
    std::sync::Arc::new(chosen)
}

fn invalid(message: impl std::fmt::Display) -> AuthError {
    AuthError::InvalidRequest(format!("TLS configuration: {message}"))
}

#[cfg(all(test, feature = "__rustls"))]
mod tests {
    use super::*;

    #[test]
    fn http_offers_h2_then_http1_and_websockets_http1_only() {
        let http = rustls_config(&[], &[b"h2", b"http/1.1"]).unwrap();
        assert_eq!(http.alpn_protocols, [b"h2".to_vec(), b"http/1.1".to_vec()]);
        let ws = websocket_config(&[]).unwrap();
        assert_eq!(ws.alpn_protocols, [b"http/1.1".to_vec()]);
    }

    #[test]
    fn the_default_provider_is_ring_unless_aws_lc_is_chosen() {
        let names: Vec<String> = provider()
            .kx_groups
            .iter()
            .map(|g| format!("{:?}", g.name()))
            .collect();
        // aws-lc-rs offers (and with `tls-aws-lc` prefers) the post-quantum hybrid; ring lacks it.
        let post_quantum = names.first().is_some_and(|n| n == "X25519MLKEM768");
        assert_eq!(post_quantum, cfg!(feature = "tls-aws-lc"), "{names:?}");
    }

    #[test]
    fn a_root_that_is_not_a_certificate_is_an_error_not_a_panic() {
        let err = websocket_config(&[b"not DER".to_vec()]).unwrap_err();
        assert!(err.to_string().contains("TLS configuration"), "{err}");
    }
}

//! Requests to credential endpoints (token exchanges, the OAuth 1.0a flow): an HTTP client that
//! never follows redirects, a bounded read of the answer, and the error a failing answer becomes.

use std::time::{Duration, UNIX_EPOCH};

use http::header::{LOCATION, RETRY_AFTER};
use http::{HeaderMap, StatusCode};

use crate::{AuthError, Url, tls};

/// At most this much of a failing answer's body is kept in the error.
const EXCERPT: usize = 1024;
/// The longest `Retry-After` honoured; a later one is taken as this.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(24 * 60 * 60);

/// Builds the client for credential endpoints from `builder` (its proxy and timeout settings;
/// its TLS is [`tls::configure`]'s under the rustls features), with redirects turned off: a
/// redirect would carry the credentials (a client secret in a `307`'s repeated body, an
/// `Authorization` header to the same host) to a URL the user never configured.
pub(crate) fn client(builder: reqwest::ClientBuilder) -> Result<reqwest::Client, AuthError> {
    tls::configure(builder, &[])?
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(|e| {
            AuthError::InvalidRequest(format!(
                "cannot create the HTTP client for the credentials endpoint: {e}"
            ))
        })
}

/// The URL without query, fragment or user info: safe to put in an error message.
pub(crate) fn name(url: &Url) -> String {
    let mut url = url.clone();
    url.set_query(None);
    url.set_fragment(None);
    let _ = url.set_username("");
    let _ = url.set_password(None);
    url.to_string()
}

/// What a credentials endpoint answered.
pub(crate) struct Answer {
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Vec<u8>,
}

/// Sends a request to a credentials endpoint and reads its answer, at most `max_body` bytes,
/// within `timeout`; a transport failure, a larger answer or the time running out is an
/// [`AuthError`] naming `endpoint`.
pub(crate) async fn exchange(
    request: reqwest::RequestBuilder,
    endpoint: &str,
    max_body: usize,
    timeout: Duration,
) -> Result<Answer, AuthError> {
    let http_error = |source: reqwest::Error| AuthError::Http {
        endpoint: endpoint.to_owned(),
        source: source.without_url(),
    };
    let read = async {
        let mut response = request.send().await.map_err(http_error)?;
        let status = response.status();
        let headers = std::mem::take(response.headers_mut());
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(http_error)? {
            if body.len() + chunk.len() > max_body {
                return Err(AuthError::InvalidResponse {
                    endpoint: endpoint.to_owned(),
                    reason: format!("the answer is larger than {max_body} bytes"),
                });
            }
            body.extend_from_slice(&chunk);
        }
        Ok(Answer {
            status,
            headers,
            body,
        })
    };
    tokio::time::timeout(timeout, read)
        .await
        .map_err(|_| AuthError::Timeout {
            endpoint: endpoint.to_owned(),
            timeout,
        })?
}

impl Answer {
    /// The error a non-2xx answer from `url` becomes, `None` for a 2xx: a redirect is not
    /// followed, 400, 401 and 403 are rejected credentials (`hint` says what to check), any
    /// other status a failing endpoint. `detail` is the error the body names, if any.
    pub(crate) fn failure(
        &self,
        url: &Url,
        detail: Option<String>,
        hint: &'static str,
    ) -> Option<AuthError> {
        let endpoint = name(url);
        let status = self.status.as_u16();
        let body = excerpt(&self.body);
        Some(match self.status {
            s if s.is_success() => return None,
            s if s.is_redirection() => AuthError::Redirected {
                endpoint,
                status,
                location: self.location(url),
                body,
            },
            StatusCode::BAD_REQUEST | StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN => {
                AuthError::Rejected {
                    endpoint,
                    status,
                    detail,
                    hint,
                    body,
                }
            }
            _ => AuthError::EndpointStatus {
                endpoint,
                status,
                detail,
                body,
            },
        })
    }

    /// Where a redirect points, resolved against `url`, without query or user info.
    fn location(&self, url: &Url) -> Option<String> {
        let location = self.headers.get(LOCATION)?.to_str().ok()?;
        Some(name(&url.join(location).ok()?))
    }

    /// How long the endpoint asked to be left alone (`Retry-After`, seconds or an HTTP date
    /// compared with `unix_now`), at most a day.
    pub(crate) fn retry_after(&self, unix_now: u64) -> Option<Duration> {
        let value = self.headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
        let wait = match value.parse::<u64>() {
            Ok(seconds) => Duration::from_secs(seconds),
            Err(_) => {
                let date = crate::http_date::parse(value)?;
                let at = date.duration_since(UNIX_EPOCH).ok()?.as_secs();
                Duration::from_secs(at.saturating_sub(unix_now))
            }
        };
        Some(wait.min(MAX_RETRY_AFTER))
    }
}

/// The start of a body as text, for an error: at most [`EXCERPT`] bytes, control characters
/// dropped.
fn excerpt(body: &[u8]) -> String {
    let start = &body[..body.len().min(EXCERPT)];
    String::from_utf8_lossy(start)
        .chars()
        .filter(|c| !c.is_control())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(status: u16, headers: &[(&str, &str)], body: &[u8]) -> Answer {
        let mut map = HeaderMap::new();
        for (name, value) in headers {
            map.insert(
                http::HeaderName::from_bytes(name.as_bytes()).unwrap(),
                value.parse().unwrap(),
            );
        }
        Answer {
            status: StatusCode::from_u16(status).unwrap(),
            headers: map,
            body: body.to_vec(),
        }
    }

    #[test]
    fn retry_after_reads_seconds_and_dates_and_is_bounded() {
        let now = 1_700_000_000;
        let at = |h: &str| answer(401, &[("retry-after", h)], b"").retry_after(now);
        assert_eq!(at("120"), Some(Duration::from_secs(120)));
        assert_eq!(at(" 7 "), Some(Duration::from_secs(7)));
        let in_a_minute = httpdate::fmt_http_date(UNIX_EPOCH + Duration::from_secs(now + 60));
        assert_eq!(at(&in_a_minute), Some(Duration::from_secs(60)));
        let past = httpdate::fmt_http_date(UNIX_EPOCH + Duration::from_secs(now - 60));
        assert_eq!(at(&past), Some(Duration::ZERO));
        assert_eq!(at("99999999999999"), Some(MAX_RETRY_AFTER));
        assert_eq!(at("soon"), None);
        assert_eq!(at("-5"), None);
        assert_eq!(answer(401, &[], b"").retry_after(now), None);
    }

    #[test]
    fn failures_keep_status_and_a_bounded_body() {
        let url = Url::parse("https://u:pw@login.example.com/oauth/token?x=1").unwrap();
        let ok = answer(200, &[], b"{}");
        assert!(ok.failure(&url, None, "hint").is_none());
        let moved = answer(307, &[("location", "/elsewhere?code=abc")], &[b'x'; 5000]);
        match moved.failure(&url, None, "hint") {
            Some(AuthError::Redirected {
                endpoint,
                status: 307,
                location: Some(location),
                body,
            }) => {
                assert_eq!(endpoint, "https://login.example.com/oauth/token");
                assert_eq!(location, "https://login.example.com/elsewhere");
                assert_eq!(body.len(), EXCERPT);
            }
            other => panic!("{other:?}"),
        }
        let denied = answer(401, &[], b"no\x07pe");
        assert!(matches!(
            denied.failure(&url, Some("invalid_client".into()), "hint"),
            Some(AuthError::Rejected { status: 401, body, .. }) if body == "nope"
        ));
        let broken = answer(502, &[], b"bad gateway");
        assert!(matches!(
            broken.failure(&url, None, "hint"),
            Some(AuthError::EndpointStatus { status: 502, body, .. }) if body == "bad gateway"
        ));
    }
}

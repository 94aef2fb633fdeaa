//! A token endpoint's answer read into an [`AccessToken`]: the token, its lifetime (from
//! `expires_in` or the JWT's `exp`, whichever ends first) and Civo's `account_id`; or the error
//! an answer names.

use std::fmt;
use std::time::{Duration, Instant};

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD_INDIFFERENT as BASE64URL;
use serde_json::{Map, Value};

use super::clock::{self, Clock};
use crate::{AuthError, HeaderValue, Secret, header_value};

/// A token obtained from a token endpoint.
#[derive(Clone)]
pub struct AccessToken {
    pub(super) authorization: HeaderValue,
    token: Secret,
    pub(super) refresh_at: Instant,
    pub(super) expires_at: Instant,
    account_id: Option<String>,
}

impl fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AccessToken")
            .field("token", &self.token)
            .field("expires_at", &self.expires_at)
            .field("account_id", &self.account_id)
            .finish_non_exhaustive()
    }
}

impl AccessToken {
    /// The access token.
    ///
    /// ```no_run
    /// # async fn demo() -> Result<(), cloudsdk_auth::AuthError> {
    /// let token = cloudsdk_auth::TokenExchange::civo("key")?.access_token().await?;
    /// let bearer = token.secret().expose();
    /// # Ok(()) }
    /// ```
    pub fn secret(&self) -> &Secret {
        &self.token
    }

    /// When the token expires (by the exchange's clock).
    ///
    /// ```no_run
    /// # async fn demo() -> Result<(), cloudsdk_auth::AuthError> {
    /// let token = cloudsdk_auth::TokenExchange::civo("key")?.access_token().await?;
    /// let left = token.expires_at().saturating_duration_since(std::time::Instant::now());
    /// # Ok(()) }
    /// ```
    pub fn expires_at(&self) -> Instant {
        self.expires_at
    }

    /// Civo's `account_id`, when the endpoint sent one.
    ///
    /// ```no_run
    /// # async fn demo() -> Result<(), cloudsdk_auth::AuthError> {
    /// let token = cloudsdk_auth::TokenExchange::civo("key")?.access_token().await?;
    /// if let Some(account) = token.account_id() { println!("{account}"); }
    /// # Ok(()) }
    /// ```
    pub fn account_id(&self) -> Option<&str> {
        self.account_id.as_deref()
    }
}

/// How long tokens are kept.
#[derive(Clone, Copy)]
pub(super) struct Lifetimes {
    /// How long before expiry a token is replaced (at most half its lifetime).
    pub(super) refresh_margin: Duration,
    /// The lifetime when the answer gives neither `expires_in` nor a JWT `exp`.
    pub(super) default: Duration,
}

/// Reads a 2xx answer's body from `endpoint` into a token.
pub(super) fn read(
    body: &[u8],
    endpoint: &str,
    clock: &dyn Clock,
    lifetimes: Lifetimes,
) -> Result<AccessToken, AuthError> {
    let invalid = |reason: String| AuthError::InvalidResponse {
        endpoint: endpoint.to_owned(),
        reason,
    };
    let object = json_object(body).map_err(invalid)?;
    let access_token = match object.get("access_token") {
        Some(Value::String(t)) if !t.is_empty() => t.as_str(),
        Some(_) => return Err(invalid("\"access_token\" is not a non-empty string".into())),
        None => return Err(invalid("no \"access_token\" field".into())),
    };
    if access_token
        .chars()
        .any(|c| c.is_whitespace() || c.is_control())
    {
        return Err(invalid("\"access_token\" contains whitespace".into()));
    }
    let expires_in = expires_in(&object).map_err(invalid)?;
    let account_id = match object.get("account_id") {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let now = clock.now();
    let from_jwt = jwt_exp(access_token).map(|exp| exp.saturating_sub(clock.unix_time()));
    let lifetime_secs = match (expires_in, from_jwt) {
        (Some(a), Some(b)) => a.min(b),
        (Some(a), None) | (None, Some(a)) => a,
        (None, None) => lifetimes.default.as_secs(),
    };
    if lifetime_secs == 0 {
        return Err(AuthError::TokenExpired {
            endpoint: endpoint.to_owned(),
        });
    }
    let lifetime = Duration::from_secs(lifetime_secs);
    let margin = lifetimes.refresh_margin.min(lifetime / 2);
    Ok(AccessToken {
        authorization: header_value(&format!("Bearer {access_token}"))?,
        token: Secret::new(access_token),
        refresh_at: clock::after(now, lifetime - margin),
        expires_at: clock::after(now, lifetime),
        account_id,
    })
}

/// The body as a JSON object, or why it is not one.
fn json_object(body: &[u8]) -> Result<Map<String, Value>, String> {
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(object)) => Ok(object),
        Ok(_) => Err("a JSON value that is not an object".into()),
        // Only the position and category: serde messages can quote values, and values here
        // may be secrets.
        Err(e) => Err(format!(
            "not JSON ({:?} error at line {} column {})",
            e.classify(),
            e.line(),
            e.column()
        )),
    }
}

/// `expires_in` in whole seconds (a number or a numeric string; negative is 0, and at most
/// `u32::MAX`), `None` when absent.
fn expires_in(object: &Map<String, Value>) -> Result<Option<u64>, String> {
    let seconds = match object.get("expires_in") {
        None | Some(Value::Null) => return Ok(None),
        Some(Value::Number(n)) => n.as_f64().unwrap_or(0.0),
        Some(Value::String(s)) => s
            .trim()
            .parse::<f64>()
            .map_err(|_| "\"expires_in\" is not a number".to_owned())?,
        Some(_) => return Err("\"expires_in\" is not a number".into()),
    };
    // `as` saturates, and NaN becomes 0.
    Ok(Some(seconds.max(0.0).min(f64::from(u32::MAX)) as u64))
}

/// The `error`, `error_description` or `message` an endpoint put in a JSON error answer, cut to
/// a reasonable length and stripped of control characters.
pub(super) fn error_detail(body: &[u8]) -> Option<String> {
    let json: Value = serde_json::from_slice(body).ok()?;
    let text = |key: &str| json.get(key).and_then(|v| v.as_str()).map(str::to_owned);
    let detail = match (
        text("error"),
        text("error_description").or_else(|| text("message")),
    ) {
        (Some(code), Some(description)) => format!("{code}: {description}"),
        (Some(one), None) | (None, Some(one)) => one,
        (None, None) => return None,
    };
    Some(
        detail
            .chars()
            .filter(|c| !c.is_control())
            .take(200)
            .collect(),
    )
}

/// The `exp` claim of a JWT (decoded without verifying the signature), when `token` is one and
/// the claim is a non-negative number (a larger one than `u64` holds is `u64::MAX`).
fn jwt_exp(token: &str) -> Option<u64> {
    let mut parts = token.split('.');
    let (_header, payload, _signature) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let payload = BASE64URL.decode(payload).ok()?;
    let claims: Value = serde_json::from_slice(&payload).ok()?;
    let exp = claims.get("exp")?;
    exp.as_u64()
        .or_else(|| exp.as_f64().filter(|f| *f >= 0.0).map(|f| f as u64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_jwt_exp_without_verifying() {
        let payload = BASE64URL.encode(br#"{"sub":"x","exp":1700000000}"#);
        assert_eq!(
            jwt_exp(&format!("eyJhbGciOiJIUzI1NiJ9.{payload}.sig")),
            Some(1_700_000_000)
        );
        assert_eq!(jwt_exp("not-a-jwt"), None);
        assert_eq!(jwt_exp("a.b.c"), None);
        let no_exp = BASE64URL.encode(br#"{"sub":"x"}"#);
        assert_eq!(jwt_exp(&format!("h.{no_exp}.s")), None);
        let huge = BASE64URL.encode(br#"{"exp":1e300}"#);
        assert_eq!(jwt_exp(&format!("h.{huge}.s")), Some(u64::MAX));
        let negative = BASE64URL.encode(br#"{"exp":-5}"#);
        assert_eq!(jwt_exp(&format!("h.{negative}.s")), None);
    }

    #[test]
    fn error_detail_is_bounded_and_clean() {
        let body = br#"{"error": "invalid_client", "error_description": "bad\nclient"}"#;
        assert_eq!(
            error_detail(body).as_deref(),
            Some("invalid_client: badclient")
        );
        let long = serde_json::json!({"message": "x".repeat(1000)}).to_string();
        assert_eq!(error_detail(long.as_bytes()).map(|d| d.len()), Some(200));
        assert_eq!(error_detail(br#"{"other": 1}"#), None);
        assert_eq!(error_detail(b"<html>"), None);
    }
}

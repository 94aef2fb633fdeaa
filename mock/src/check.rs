//! Credentials checked the way the provider checks them: OAuth 1.0a signatures recomputed by an
//! independent implementation (`oauth1-request`, see [`crate::oauth1`]), HTTP Basic, bearer
//! tokens, and the token endpoint's answers.

use base64::Engine as _;

use crate::auth::{Auth, Credential};
use crate::reply::Reply;
use crate::route::Route;
use crate::state::State;
use crate::wire::{Answer, Request};

/// The token endpoint's reply when `request` is for it.
pub(crate) fn token_reply(state: &mut State, request: &Request) -> Option<Reply> {
    let endpoint = state.token.as_ref()?;
    if request.method != "POST" || request.path() != endpoint.path {
        return None;
    }
    let accepted = match &endpoint.credential {
        Credential::BearerKey(key) => bearer(request) == Some(key.as_str()),
        Credential::ClientCredentials { id, secret } => client_credentials(request, id, secret),
    };
    let token = endpoint.token.clone();
    if !accepted {
        state.problems.push(format!(
            "token request to {}: wrong credentials",
            endpoint.path
        ));
        let body = serde_json::json!({"error": "invalid_client"});
        return Some(Reply::Answer(Answer::json(401, &body)));
    }
    state.token_requests += 1;
    let body =
        serde_json::json!({"access_token": token, "token_type": "Bearer", "expires_in": 3600});
    Some(Reply::Answer(Answer::json(200, &body)))
}

/// Why `request` fails the server's auth for `route`, if it does.
pub(crate) fn problem(state: &State, route: &Route, request: &Request) -> Option<String> {
    if !route.op.authenticated {
        return None;
    }
    if let (Some(endpoint), Some(token)) = (&state.token, bearer(request)) {
        if token == endpoint.token {
            return None;
        }
    }
    match state.auth.as_ref()? {
        Auth::OAuth1 {
            consumer_secret,
            token_secret,
        } => {
            let signed = signed_url(route, request);
            crate::oauth1::verify(request, consumer_secret, token_secret, signed.as_deref())
                .err()
                .map(|why| format!("OAuth 1.0a: {why}"))
        }
        Auth::Basic { user, password } => {
            let want =
                base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
            let got = request
                .header("authorization")
                .and_then(|a| a.strip_prefix("Basic "));
            (got != Some(want.as_str())).then(|| "Basic: wrong or missing credentials".to_owned())
        }
        Auth::Bearer(token) => (bearer(request) != Some(token.as_str()))
            .then(|| "bearer: wrong or missing token".to_owned()),
    }
}

/// The token of `Authorization: Bearer <token>`, the scheme's case ignored.
fn bearer(request: &Request) -> Option<&str> {
    let value = request.header("authorization")?;
    let (scheme, token) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then_some(token.trim())
}

fn client_credentials(request: &Request, id: &str, secret: &str) -> bool {
    let basic = base64::engine::general_purpose::STANDARD.encode(format!("{id}:{secret}"));
    if request
        .header("authorization")
        .and_then(|a| a.strip_prefix("Basic "))
        == Some(basic.as_str())
    {
        return true;
    }
    let form: Vec<(String, String)> = url::form_urlencoded::parse(&request.body)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let has = |k: &str, v: &str| form.iter().any(|(a, b)| a == k && b == v);
    let json = request.json();
    (has("client_id", id) && has("client_secret", secret))
        || (json["client_id"] == id && json["client_secret"] == secret)
}

/// The route's signing URL filled with the request's path parameters (as sent) and moved to
/// the origin the request came to, as the client moves it.
fn signed_url(route: &Route, request: &Request) -> Option<String> {
    let template = url::Url::parse(route.op.signing_url?).ok()?;
    let captured = route.fit(request.path())?;
    let mut path = template.path().to_owned();
    for c in &captured {
        path = path.replace(&format!("%7B{}%7D", c.name), &c.raw);
        path = path.replace(&format!("{{{}}}", c.name), &c.raw);
    }
    Some(format!("http://{}{path}", request.header("host")?))
}

/// Why the first frame of a websocket fails the server's auth for `route`, if it does: its
/// `authorization` field is checked as the upgrade request's `Authorization` header would be.
pub(crate) fn first_frame_problem(
    state: &State,
    route: &Route,
    upgrade: &Request,
    first: &str,
) -> Option<String> {
    let frame: serde_json::Value = serde_json::from_str(first).unwrap_or_default();
    let mut request = upgrade.clone();
    request
        .headers
        .retain(|(name, _)| !name.eq_ignore_ascii_case("authorization"));
    if let Some(value) = frame.get("authorization").and_then(|v| v.as_str()) {
        request.headers.push(("authorization".into(), value.into()));
    }
    problem(state, route, &request).map(|why| format!("first frame: {why}"))
}

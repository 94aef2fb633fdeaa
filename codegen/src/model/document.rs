//! What the document says about the whole API: the base URL, default headers and
//! authentication schemes.

use indexmap::IndexMap;
use openapiv3::{APIKeyLocation, OpenAPI, ReferenceOr, SecurityScheme};
use serde_json::Value;

use super::context::Lowering;
use super::names::{Namespace, const_name, fallback_warning, has_name, is_env_var};
use super::{AuthKind, AuthScheme};
use crate::diag::Kind;
use crate::pointer;

/// The first server's URL with its variables at their defaults, when it is absolute.
pub(super) fn base_url(api: &OpenAPI) -> Option<String> {
    let server = api.servers.first()?;
    let mut url = server.url.clone();
    if let Some(vars) = &server.variables {
        for (name, var) in vars {
            url = url.replace(&format!("{{{name}}}"), &var.default);
        }
    }
    (url.starts_with("http://") || url.starts_with("https://"))
        .then(|| url.trim_end_matches('/').to_owned())
}

/// `x-default-headers: {Name: value}`; a header that could not be sent is left out with a warning.
pub(super) fn default_headers(cx: &mut Lowering<'_>) -> Vec<(String, String)> {
    let Some(ext) = cx.api.extensions.get("x-default-headers") else {
        return Vec::new();
    };
    let Some(map) = ext.as_object() else {
        cx.warn(
            Kind::Extension,
            "`x-default-headers` is not an object of header names to values; ignored",
            "/x-default-headers",
        );
        return Vec::new();
    };
    let token = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c);
    let visible = |c: char| c == ' ' || c == '\t' || c.is_ascii_graphic();
    let mut out = Vec::new();
    for (name, value) in map {
        match value.as_str() {
            Some(value)
                if !name.is_empty() && name.chars().all(token) && value.chars().all(visible) =>
            {
                out.push((name.to_ascii_lowercase(), value.trim().to_owned()));
            }
            _ => cx.warn(Kind::Extension,
                format!("default header `{name}` is not a valid header name with a string value; left out"),
                pointer::push("/x-default-headers", name),
            ),
        }
    }
    out
}

/// The security schemes, in the spec's order (references between schemes are skipped).
pub(super) fn auth_schemes(cx: &mut Lowering<'_>) -> Vec<AuthScheme> {
    let Some(components) = &cx.api.components else {
        return Vec::new();
    };
    // The client's constants: `BASE_URL` and one per scheme with its own server.
    let mut consts = Namespace::with_reserved(&["BASE_URL"]);
    let mut out = Vec::new();
    for (key, scheme) in &components.security_schemes {
        let ReferenceOr::Item(item) = scheme else {
            continue;
        };
        let at = pointer::push("/components/securitySchemes", key);
        let mut scheme = auth_scheme(key, item);
        scheme.env = env_vars(cx, extensions(item), &at);
        if scheme.server_url.is_some() {
            let name = consts.claim(const_name(&format!("{key} base url")));
            if !has_name(key) {
                cx.warn(
                    Kind::Renamed,
                    fallback_warning("security scheme", key, &name),
                    &at,
                );
            }
            scheme.server_const = Some(name);
        }
        out.push(scheme);
    }
    out
}

/// `x-env: {role: VARIABLE}`; a variable name outside `[A-Z][A-Z0-9_]*` is left out with a
/// warning (the examples read their default name instead).
fn env_vars(
    cx: &mut Lowering<'_>,
    extensions: &IndexMap<String, Value>,
    at: &str,
) -> Vec<(String, String)> {
    let Some(map) = extensions.get("x-env").and_then(Value::as_object) else {
        return Vec::new();
    };
    let at = pointer::push(at, "x-env");
    let mut out = Vec::new();
    for (role, var) in map {
        let Some(var) = var.as_str() else { continue };
        if is_env_var(var) {
            out.push((role.clone(), var.to_owned()));
        } else {
            cx.warn(
                Kind::Extension,
                format!(
                    "`x-env` names `{}`, which is not an environment variable name \
                     (`[A-Z][A-Z0-9_]*`); the examples read the default instead",
                    var.escape_debug()
                ),
                pointer::push(&at, role),
            );
        }
    }
    out
}

fn auth_scheme(key: &str, scheme: &SecurityScheme) -> AuthScheme {
    let (kind, description, ext) = match scheme {
        SecurityScheme::HTTP {
            scheme,
            description,
            extensions,
            ..
        } => (http_auth(scheme, extensions), description, extensions),
        SecurityScheme::APIKey {
            location,
            name,
            description,
            extensions,
        } => {
            let location = match location {
                APIKeyLocation::Query => "query",
                APIKeyLocation::Header => "header",
                APIKeyLocation::Cookie => "cookie",
            };
            let kind = AuthKind::ApiKey {
                location: location.to_owned(),
                name: name.clone(),
            };
            (kind, description, extensions)
        }
        SecurityScheme::OAuth2 {
            flows,
            description,
            extensions,
        } => {
            let kind = match &flows.client_credentials {
                Some(cc) => AuthKind::ClientCredentials {
                    token_url: cc.token_url.clone(),
                    audience: text(extensions.get("x-audience")),
                    credentials_in_body: text(extensions.get("x-client-authentication"))
                        .is_some_and(|how| how == "request-body"),
                },
                None => AuthKind::Other("oauth2".into()),
            };
            (kind, description, extensions)
        }
        SecurityScheme::OpenIDConnect {
            description,
            extensions,
            ..
        } => (
            AuthKind::Other("openIdConnect".into()),
            description,
            extensions,
        ),
    };
    AuthScheme {
        key: key.to_owned(),
        kind,
        description: description.clone(),
        env: Vec::new(),
        server_url: text(ext.get("x-server-url")),
        server_const: None,
    }
}

/// A scheme's `x-` extensions.
fn extensions(scheme: &SecurityScheme) -> &IndexMap<String, Value> {
    match scheme {
        SecurityScheme::HTTP { extensions, .. }
        | SecurityScheme::APIKey { extensions, .. }
        | SecurityScheme::OAuth2 { extensions, .. }
        | SecurityScheme::OpenIDConnect { extensions, .. } => extensions,
    }
}

/// `type: http` schemes: Basic, bearer (with `x-token-exchange`), and OAuth 1.0a (`scheme: OAuth`
/// with `x-oauth1`).
fn http_auth(scheme: &str, extensions: &IndexMap<String, Value>) -> AuthKind {
    match scheme.to_ascii_lowercase().as_str() {
        "basic" => AuthKind::Basic,
        "bearer" => AuthKind::Bearer {
            exchange_path: text(
                extensions
                    .get("x-token-exchange")
                    .and_then(|v| v.get("path")),
            ),
        },
        "oauth" => AuthKind::OAuth1 {
            signature_methods: extensions
                .get("x-oauth1")
                .and_then(|v| v.get("signature-methods"))
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_owned)
                        .collect()
                })
                .unwrap_or_default(),
        },
        other => AuthKind::Other(format!("http {other}")),
    }
}

/// A string value, owned.
fn text(value: Option<&Value>) -> Option<String> {
    value.and_then(Value::as_str).map(str::to_owned)
}

//! `Client::from_env()`: which environment variables make each scheme's credentials, from the
//! `x-env` extension of the security schemes (roles to variable names; `document` has left out
//! names that are not variable names, with a warning).
//!
//! A scheme takes part when its `x-env` names every variable its kind needs; one that names
//! some but not all is left out with a warning. Schemes keep the spec's order (the first
//! complete one wins at run time), and one whose credentials and host repeat an earlier
//! scheme's adds nothing and is dropped. The base URL comes from the `base-url` role of any
//! scheme, else from `<CRATE>_BASE_URL`.

use super::{Api, AuthKind, AuthScheme, EnvCredentials, EnvScheme, FromEnv};
use crate::diag::{Diagnostic, Kind};
use crate::pointer;

/// The crate's `from_env`, when the API has an absolute base URL and some scheme declares its
/// variables; warnings for schemes whose `x-env` is incomplete.
pub(super) fn from_env(api: &Api) -> (Option<FromEnv>, Vec<Diagnostic>) {
    let mut warnings = Vec::new();
    let mut schemes: Vec<EnvScheme> = Vec::new();
    for scheme in &api.auth {
        if scheme.env.is_empty() {
            continue;
        }
        let at = pointer::push(
            &pointer::push("/components/securitySchemes", &scheme.key),
            "x-env",
        );
        let roles = Roles { scheme };
        match credentials(&scheme.kind, &roles) {
            Ok(credentials) => {
                let found = EnvScheme {
                    key: scheme.key.clone(),
                    credentials,
                    base_url: scheme.server_url.clone(),
                };
                let repeats = |s: &EnvScheme| {
                    (s.credentials == found.credentials) && (s.base_url == found.base_url)
                };
                if !schemes.iter().any(repeats) {
                    schemes.push(found);
                }
            }
            Err(message) => warnings.push(Diagnostic::warning(Kind::Extension, message).at(at)),
        }
    }
    if schemes.is_empty() || api.base_url.is_none() {
        return (None, warnings);
    }
    let base_url_var = api
        .auth
        .iter()
        .find_map(|s| Roles::lookup(&s.env, "base-url"))
        .unwrap_or_else(|| {
            format!(
                "{}_BASE_URL",
                api.crate_name.replace('-', "_").to_ascii_uppercase()
            )
        });
    let from_env = FromEnv {
        base_url_var,
        schemes,
    };
    (Some(from_env), warnings)
}

/// A scheme's `x-env`, by role (`client_id` and `client-id` alike).
struct Roles<'a> {
    scheme: &'a AuthScheme,
}

impl Roles<'_> {
    fn lookup(env: &[(String, String)], role: &str) -> Option<String> {
        env.iter()
            .find(|(r, _)| r.replace('_', "-").eq_ignore_ascii_case(role))
            .map(|(_, v)| v.clone())
    }

    /// The variable of the first of `roles` the scheme names.
    fn get(&self, roles: &[&str]) -> Option<String> {
        roles.iter().find_map(|r| Self::lookup(&self.scheme.env, r))
    }

    /// Like [`Roles::get`], or a message naming the role that is missing.
    fn need(&self, roles: &[&str]) -> Result<String, String> {
        self.get(roles).ok_or_else(|| {
            format!(
                "`x-env` of `{}` names no `{}` variable, so `Client::from_env` leaves this \
                 scheme out",
                self.scheme.key, roles[0]
            )
        })
    }
}

/// The variables of a scheme of `kind`.
fn credentials(kind: &AuthKind, roles: &Roles<'_>) -> Result<EnvCredentials, String> {
    Ok(match kind {
        AuthKind::Bearer { .. } => EnvCredentials::Bearer {
            token: roles.need(&["token", "api-key"])?,
        },
        AuthKind::Basic => EnvCredentials::Basic {
            user: roles.need(&["user"])?,
            password: roles.need(&["password", "api-key"])?,
            authorization: roles.get(&["authorization"]),
        },
        AuthKind::OAuth1 { .. } => EnvCredentials::OAuth1 {
            consumer_key: roles.need(&["consumer-key"])?,
            consumer_secret: roles.need(&["consumer-secret"])?,
            token: roles.need(&["token"])?,
            token_secret: roles.need(&["token-secret", "secret"])?,
        },
        AuthKind::ClientCredentials {
            token_url,
            audience,
            credentials_in_body,
        } => EnvCredentials::ClientCredentials {
            client_id: roles.need(&["client-id"])?,
            client_secret: roles.need(&["client-secret"])?,
            token_url: token_url.clone(),
            token_url_var: roles.get(&["token-url"]),
            audience: audience.clone(),
            audience_var: roles.get(&["audience"]),
            credentials_in_body: *credentials_in_body,
        },
        AuthKind::ApiKey { location, name } if location == "header" => EnvCredentials::HeaderKey {
            header: name.clone(),
            key: roles.need(&["api-key", "key", "token"])?,
        },
        AuthKind::ApiKey { location, name } if location == "query" => EnvCredentials::QueryKey {
            param: name.clone(),
            key: roles.need(&["api-key", "key", "token"])?,
        },
        AuthKind::ApiKey { location, .. } => {
            return Err(format!(
                "`Client::from_env` does not read API keys in the {location}; this scheme is \
                 left out (set it with `.auth(...)`)"
            ));
        }
        AuthKind::Other(what) => {
            return Err(format!(
                "`Client::from_env` has no credentials type for {what}; this scheme is left out"
            ));
        }
    })
}

//! Prints the OAuth 1.0a `Authorization` header value for one request.
//!
//! ```text
//! cargo run -p cloudsdk-auth --example sign -- [options] METHOD URL
//!
//! options:
//!   --signature-method HMAC-SHA1|HMAC-SHA512|PLAINTEXT   (default HMAC-SHA512)
//!   --form NAME=VALUE     a form field (decoded), sent as an x-www-form-urlencoded body;
//!                         repeatable
//!   --realm R             adds realm="R"
//!   --nonce N             fixed oauth_nonce (default: random)
//!   --timestamp T         fixed oauth_timestamp (default: now)
//!
//! environment: OAUTH_CONSUMER_KEY, OAUTH_CONSUMER_SECRET, optional OAUTH_TOKEN and
//! OAUTH_TOKEN_SECRET
//! ```
//!
//! `URL` may carry a query, percent-encoded as it will be sent.

use std::process::ExitCode;

use cloudsdk_auth::oauth1::{OAuth1, SignatureMethod};
use cloudsdk_auth::{Method, Url};

const USAGE: &str = "usage: sign [--signature-method HMAC-SHA1|HMAC-SHA512|PLAINTEXT] \
[--form NAME=VALUE]... [--realm R] [--nonce N] [--timestamp T] METHOD URL
credentials come from OAUTH_CONSUMER_KEY, OAUTH_CONSUMER_SECRET and optionally OAUTH_TOKEN, \
OAUTH_TOKEN_SECRET";

struct Options {
    method: Method,
    url: Url,
    signature_method: SignatureMethod,
    form: Vec<(String, String)>,
    realm: Option<String>,
    nonce: Option<String>,
    timestamp: Option<u64>,
}

fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Options, String> {
    let mut args = args.into_iter();
    let mut signature_method = SignatureMethod::HmacSha512;
    let mut form = Vec::new();
    let (mut realm, mut nonce, mut timestamp) = (None, None, None);
    let mut positional = Vec::new();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--signature-method" => {
                signature_method = value("--signature-method")?
                    .parse()
                    .map_err(|e: cloudsdk_auth::AuthError| e.to_string())?;
            }
            "--form" => {
                let field = value("--form")?;
                let (name, v) = field
                    .split_once('=')
                    .ok_or_else(|| format!("--form expects NAME=VALUE, got {field:?}"))?;
                form.push((name.to_owned(), v.to_owned()));
            }
            "--realm" => realm = Some(value("--realm")?),
            "--nonce" => nonce = Some(value("--nonce")?),
            "--timestamp" => {
                let t = value("--timestamp")?;
                timestamp = Some(t.parse::<u64>().map_err(|_| {
                    format!("--timestamp expects seconds since the epoch, got {t:?}")
                })?);
            }
            "-h" | "--help" => return Err(String::new()),
            "--" => positional.extend(args.by_ref()),
            other if other.starts_with("--") => return Err(format!("unknown option {other}")),
            _ => positional.push(arg),
        }
    }
    let [method, url] = <[String; 2]>::try_from(positional)
        .map_err(|p| format!("expected METHOD and URL, got {} argument(s)", p.len()))?;
    let method = Method::from_bytes(method.to_ascii_uppercase().as_bytes())
        .map_err(|_| format!("invalid HTTP method {method:?}"))?;
    let url = Url::parse(&url).map_err(|e| format!("invalid URL {url:?}: {e}"))?;
    Ok(Options {
        method,
        url,
        signature_method,
        form,
        realm,
        nonce,
        timestamp,
    })
}

/// Reads a variable of the process environment; empty counts as unset.
fn process_env(name: &str) -> Result<Option<String>, String> {
    match std::env::var(name) {
        Ok(v) if v.is_empty() => Ok(None),
        Ok(v) => Ok(Some(v)),
        Err(std::env::VarError::NotPresent) => Ok(None),
        Err(std::env::VarError::NotUnicode(_)) => Err(format!("{name} is not valid UTF-8")),
    }
}

fn run(
    options: Options,
    env: impl Fn(&str) -> Result<Option<String>, String>,
) -> Result<String, String> {
    let key = env("OAUTH_CONSUMER_KEY")?.ok_or("OAUTH_CONSUMER_KEY is not set")?;
    let secret = env("OAUTH_CONSUMER_SECRET")?.ok_or("OAUTH_CONSUMER_SECRET is not set")?;
    let mut auth = OAuth1::new(key, secret)
        .map_err(|e| e.to_string())?
        .with_signature_method(options.signature_method);
    match (env("OAUTH_TOKEN")?, env("OAUTH_TOKEN_SECRET")?) {
        (Some(token), token_secret) => {
            auth = auth
                .with_token(token, token_secret.unwrap_or_default())
                .map_err(|e| e.to_string())?;
        }
        (None, Some(_)) => return Err("OAUTH_TOKEN_SECRET is set but OAUTH_TOKEN is not".into()),
        (None, None) => {}
    }
    if let Some(realm) = options.realm {
        auth = auth.with_realm(realm).map_err(|e| e.to_string())?;
    }
    if let Some(nonce) = options.nonce {
        auth = auth.with_nonce_source(move || nonce.clone());
    }
    if let Some(timestamp) = options.timestamp {
        auth = auth.with_timestamp_source(move || timestamp);
    }
    let body = (!options.form.is_empty()).then(|| {
        url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(&options.form)
            .finish()
    });
    auth.authorization(
        &options.method,
        &options.url,
        body.as_deref().map(str::as_bytes),
    )
    .map_err(|e| e.to_string())
}

fn main() -> ExitCode {
    let options = match parse_args(std::env::args().skip(1)) {
        Ok(options) => options,
        Err(message) if message.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("sign: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(options, process_env) {
        Ok(header) => {
            println!("{header}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("sign: {message}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    fn rfc_env(name: &str) -> Result<Option<String>, String> {
        Ok(match name {
            "OAUTH_CONSUMER_KEY" => Some("dpf43f3p2l4k3l03".into()),
            "OAUTH_CONSUMER_SECRET" => Some("kd94hf93k423kf44".into()),
            "OAUTH_TOKEN" => Some("nnch734d00sl2jdk".into()),
            "OAUTH_TOKEN_SECRET" => Some("pfkkdhi9sl3r4s00".into()),
            _ => None,
        })
    }

    #[test]
    fn reproduces_the_rfc_5849_resource_request() {
        let options = parse_args(args(&[
            "--signature-method",
            "HMAC-SHA1",
            "--realm",
            "Photos",
            "--nonce",
            "chapoH",
            "--timestamp",
            "137131202",
            "get",
            "http://photos.example.net/photos?file=vacation.jpg&size=original",
        ]))
        .unwrap();
        assert_eq!(
            run(options, rfc_env).unwrap(),
            "OAuth realm=\"Photos\", oauth_consumer_key=\"dpf43f3p2l4k3l03\", \
             oauth_token=\"nnch734d00sl2jdk\", oauth_signature_method=\"HMAC-SHA1\", \
             oauth_timestamp=\"137131202\", oauth_nonce=\"chapoH\", \
             oauth_signature=\"MdpQcU8iPSUjWoN%2FUDMsK2sui9I%3D\""
        );
    }

    #[test]
    fn form_fields_are_signed_and_sha512_is_the_default() {
        let base = [
            "--nonce",
            "n",
            "--timestamp",
            "1",
            "POST",
            "https://example.com/x",
        ];
        let plain = run(parse_args(args(&base)).unwrap(), rfc_env).unwrap();
        let mut with_form = args(&["--form", "a=b c"]);
        with_form.extend(args(&base));
        let form = run(parse_args(with_form).unwrap(), rfc_env).unwrap();
        assert!(plain.contains("HMAC-SHA512"));
        assert_ne!(plain, form);
    }

    #[test]
    fn bad_usage_is_reported() {
        for bad in [
            &["GET"][..],
            &["--form", "novalue", "GET", "http://x/"],
            &["--timestamp", "-1", "GET", "http://x/"],
            &["--signature-method", "RSA-SHA1", "GET", "http://x/"],
            &["--bogus", "GET", "http://x/"],
            &["GET", "relative/url"],
            &["--nonce"],
        ] {
            assert!(parse_args(args(bad)).is_err(), "{bad:?}");
        }
        let options = parse_args(args(&["GET", "http://x/"])).unwrap();
        let err = run(options, |_| Ok(None)).unwrap_err();
        assert!(err.contains("OAUTH_CONSUMER_KEY"), "{err}");
    }
}

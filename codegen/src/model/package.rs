//! The package a generated crate is: its name and what its `Cargo.toml` says about it. The
//! name defaults to the spec's file name and the rest to fixed values; `info.x-rust-crate` in
//! the spec overrides them, and settings given with the spec (a config file beside it,
//! `--name`) override both.
//!
//! ```yaml
//! info:
//!   x-rust-crate:
//!     name: civo-api                # a Cargo package name
//!     description: Civo's API for Rust
//!     keywords: [civo, cloud]       # at most 5, crates.io's rules
//!     categories: [api-bindings]    # at most 5 crates.io category slugs
//! ```

use serde::Serialize;
use serde_json::Value;

use super::names::is_keyword;
use crate::diag::Diagnostic;
use crate::pointer;

/// Where the extension sits in a document.
const POINTER: &str = "/info/x-rust-crate";

/// Keywords when neither the spec nor the settings give any.
pub const DEFAULT_KEYWORDS: &[&str] = &["api", "client", "openapi", "rest", "sdk"];
/// Categories when neither the spec nor the settings give any.
pub const DEFAULT_CATEGORIES: &[&str] = &["api-bindings", "web-programming::http-client"];

/// What is set about the package besides the defaults; unset fields take the default.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Package {
    /// The package name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The one-line description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// crates.io keywords.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keywords: Option<Vec<String>>,
    /// crates.io category slugs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub categories: Option<Vec<String>>,
}

impl Package {
    /// True when nothing is set (the model snapshot leaves it out).
    pub fn is_default(&self) -> bool {
        *self == Self::default()
    }

    /// `over`'s settings where it has them, else these.
    pub fn overridden_by(self, over: &Package) -> Package {
        Package {
            name: over.name.clone().or(self.name),
            description: over.description.clone().or(self.description),
            keywords: over.keywords.clone().or(self.keywords),
            categories: over.categories.clone().or(self.categories),
        }
    }

    /// The keywords to print.
    pub fn keywords(&self) -> Vec<String> {
        or_defaults(&self.keywords, DEFAULT_KEYWORDS)
    }

    /// The categories to print.
    pub fn categories(&self) -> Vec<String> {
        or_defaults(&self.categories, DEFAULT_CATEGORIES)
    }

    /// Checks every field that is set.
    ///
    /// # Errors
    /// The first field that Cargo or crates.io would refuse.
    pub fn check(&self) -> Result<(), Refused> {
        let refused = |field, message| Refused {
            field,
            index: None,
            message,
        };
        if let Some(name) = &self.name {
            check_name(name).map_err(|m| refused("name", m))?;
        }
        if let Some(description) = &self.description {
            if description.trim().is_empty() {
                return Err(refused("description", "is empty".into()));
            }
        }
        if let Some(keywords) = &self.keywords {
            check_list(keywords, "keywords", check_keyword)?;
        }
        if let Some(categories) = &self.categories {
            check_list(categories, "categories", check_category)?;
        }
        Ok(())
    }
}

/// A package setting Cargo or crates.io would refuse, and which.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    /// The setting: `name`, `description`, `keywords` or `categories`.
    pub field: &'static str,
    /// The refused item of a list.
    pub index: Option<usize>,
    /// Why.
    pub message: String,
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.index {
            Some(i) => write!(f, "{}[{i}]: {}", self.field, self.message),
            None => write!(f, "{}: {}", self.field, self.message),
        }
    }
}

fn or_defaults(set: &Option<Vec<String>>, defaults: &[&str]) -> Vec<String> {
    match set {
        Some(list) => list.clone(),
        None => defaults.iter().map(|s| (*s).to_owned()).collect(),
    }
}

/// A name Cargo takes as a package name and crates.io as a crate: ASCII letters, digits, `-`
/// and `_`, starting with a letter, at most 64 characters; its library name (with `_` for `-`)
/// is no Rust keyword and no crate of the standard distribution, since generated examples and
/// environment variable names are made from it.
///
/// # Errors
/// Why the name is refused.
pub fn check_name(name: &str) -> Result<(), String> {
    let mut chars = name.chars();
    let valid = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    let shown = name.escape_debug();
    if !valid {
        return Err(format!(
            "`{shown}` is not a Cargo package name (ASCII letters, digits, `-` and `_`, starting \
             with a letter)"
        ));
    }
    if name.len() > 64 {
        return Err(format!("`{shown}` is longer than 64 characters"));
    }
    let lib = name.replace('-', "_");
    const RESERVED: &[&str] = &["std", "core", "alloc", "proc_macro", "test", "build"];
    if is_keyword(&lib) || RESERVED.contains(&lib.as_str()) {
        return Err(format!(
            "`{shown}` is reserved (a Rust keyword or a standard crate's name)"
        ));
    }
    Ok(())
}

/// A crates.io keyword: ASCII, starting with a letter, then letters, digits, `_`, `-` or `+`,
/// at most 20 characters.
fn check_keyword(word: &str) -> Result<(), String> {
    let mut chars = word.chars();
    let valid = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '+'))
        && word.len() <= 20;
    if valid {
        return Ok(());
    }
    Err(format!(
        "`{}` is not a crates.io keyword (ASCII letters, digits, `_`, `-`, `+`, starting with a \
         letter, at most 20 characters)",
        word.escape_debug()
    ))
}

/// A crates.io category slug: lowercase words joined by `-`, sections joined by `::`
/// (`web-programming::http-client`). Whether the category exists, crates.io checks.
fn check_category(slug: &str) -> Result<(), String> {
    let valid = slug.split("::").all(|part| {
        !part.is_empty()
            && part
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    });
    if valid {
        return Ok(());
    }
    Err(format!(
        "`{}` is not a crates.io category slug (like `web-programming::http-client`)",
        slug.escape_debug()
    ))
}

/// At most five items, each passing `check`.
fn check_list(
    items: &[String],
    field: &'static str,
    check: fn(&str) -> Result<(), String>,
) -> Result<(), Refused> {
    if items.len() > 5 {
        return Err(Refused {
            field,
            index: None,
            message: format!("{} given, crates.io takes at most 5", items.len()),
        });
    }
    for (i, item) in items.iter().enumerate() {
        check(item).map_err(|message| Refused {
            field,
            index: Some(i),
            message,
        })?;
    }
    Ok(())
}

/// The package settings of `info.x-rust-crate` (`None`: absent).
///
/// # Errors
/// A value of the wrong shape, an unknown key or a refused setting, at its pointer.
pub fn from_extension(value: Option<&Value>) -> Result<Package, Diagnostic> {
    let Some(value) = value else {
        return Ok(Package::default());
    };
    let refuse = |at: &str, message: String| {
        Err(Diagnostic::error(format!("x-rust-crate: {message}"))
            .at(at.to_owned())
            .hint("see the generator's README, \"Crate names and package settings\""))
    };
    let Value::Object(map) = value else {
        return refuse(
            POINTER,
            "must be an object (name, description, keywords, categories)".into(),
        );
    };
    let mut package = Package::default();
    for (key, value) in map {
        let at = pointer::push(POINTER, key);
        let read = match key.as_str() {
            "name" => string(key, value).map(|s| package.name = Some(s)),
            "description" => string(key, value).map(|s| package.description = Some(s)),
            "keywords" => strings(key, value).map(|l| package.keywords = Some(l)),
            "categories" => strings(key, value).map(|l| package.categories = Some(l)),
            other => Err(format!(
                "unknown key `{}` (name, description, keywords, categories)",
                other.escape_debug()
            )),
        };
        if let Err(message) = read {
            return refuse(&at, message);
        }
    }
    if let Err(refused) = package.check() {
        let mut at = pointer::push(POINTER, refused.field);
        if let Some(i) = refused.index {
            at = pointer::push(&at, &i.to_string());
        }
        return refuse(&at, refused.to_string());
    }
    Ok(package)
}

fn string(key: &str, value: &Value) -> Result<String, String> {
    match value {
        Value::String(s) => Ok(s.clone()),
        _ => Err(format!("{key}: must be a string")),
    }
}

fn strings(key: &str, value: &Value) -> Result<Vec<String>, String> {
    let message = || format!("{key}: must be a list of strings");
    let Value::Array(items) = value else {
        return Err(message());
    };
    let strings = items.iter().map(|item| item.as_str().map(str::to_owned));
    strings.collect::<Option<_>>().ok_or_else(message)
}

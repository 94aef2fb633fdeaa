//! Package settings from a config file beside a spec: `specs/<name>.toml` for
//! `specs/<name>.yaml`, `specs/<name>/cloudsdk.toml` for `specs/<name>/openapi.yaml`. They win
//! over the spec's `info.x-rust-crate`:
//!
//! ```toml
//! [package]
//! name = "civo-api"
//! description = "Civo's API for Rust"
//! keywords = ["civo", "cloud"]
//! categories = ["api-bindings"]
//! ```

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use cloudsdk_codegen::model::package::Package;

/// Where the config file of the spec at `entry` is (whether or not it exists).
pub(crate) fn config_path(entry: &Path) -> PathBuf {
    let folder_entry = entry
        .file_stem()
        .is_some_and(|s| s == "openapi" || s == "swagger");
    if folder_entry {
        entry.with_file_name("cloudsdk.toml")
    } else {
        entry.with_extension("toml")
    }
}

/// The settings of the config file beside `entry`; none when there is no file.
///
/// # Errors
/// A file that cannot be read or parsed, or a setting that is unknown, of the wrong type or
/// refused, naming the file and the key.
pub(crate) fn read(entry: &Path) -> Result<Package> {
    let path = config_path(entry);
    if !path.is_file() {
        return Ok(Package::default());
    }
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    parse(&text).with_context(|| format!("{}", path.display()))
}

/// The `[package]` table of a config file.
fn parse(text: &str) -> Result<Package> {
    let table: toml::Table = text.parse().context("not TOML")?;
    let mut package = Package::default();
    for (key, value) in &table {
        if key != "package" {
            bail!("unknown table `{key}` (only [package] is read)");
        }
        let Some(settings) = value.as_table() else {
            bail!("`package` must be a table");
        };
        for (key, value) in settings {
            let at = format!("package.{key}");
            match key.as_str() {
                "name" => package.name = Some(string(value, &at)?),
                "description" => package.description = Some(string(value, &at)?),
                "keywords" => package.keywords = Some(strings(value, &at)?),
                "categories" => package.categories = Some(strings(value, &at)?),
                _ => bail!("unknown key `{at}` (name, description, keywords, categories)"),
            }
        }
    }
    if let Err(refused) = package.check() {
        bail!("package.{refused}");
    }
    Ok(package)
}

fn string(value: &toml::Value, at: &str) -> Result<String> {
    value
        .as_str()
        .map(str::to_owned)
        .with_context(|| format!("`{at}` must be a string"))
}

fn strings(value: &toml::Value, at: &str) -> Result<Vec<String>> {
    let items = value
        .as_array()
        .with_context(|| format!("`{at}` must be a list of strings"))?;
    items
        .iter()
        .map(|item| string(item, &format!("{at} item")))
        .collect()
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::{config_path, parse};

    #[test]
    fn the_config_file_sits_beside_the_spec() {
        assert_eq!(
            config_path(Path::new("specs/civo.yaml")),
            Path::new("specs/civo.toml")
        );
        assert_eq!(
            config_path(Path::new("specs/clever-cloud/openapi.yaml")),
            Path::new("specs/clever-cloud/cloudsdk.toml")
        );
    }

    #[test]
    fn settings_are_read() {
        let package = parse(
            "[package]\nname = \"civo-api\"\ndescription = \"Civo\"\nkeywords = [\"civo\"]\n\
             categories = [\"api-bindings\"]\n",
        )
        .expect("valid");
        assert_eq!(package.name.as_deref(), Some("civo-api"));
        assert_eq!(package.description.as_deref(), Some("Civo"));
        assert_eq!(package.keywords, Some(vec!["civo".to_owned()]));
        assert_eq!(package.categories, Some(vec!["api-bindings".to_owned()]));
        assert!(parse("").expect("empty").is_default());
    }

    #[test]
    fn bad_settings_name_the_key() {
        let error = |text: &str| format!("{:#}", parse(text).expect_err("refused"));
        assert_eq!(
            error("[package]\nname = \"9lives\"\n"),
            "package.name: `9lives` is not a Cargo package name (ASCII letters, digits, `-` and \
             `_`, starting with a letter)"
        );
        assert_eq!(
            error("[package]\nname = \"self\"\n"),
            "package.name: `self` is reserved (a Rust keyword or a standard crate's name)"
        );
        assert_eq!(
            error("[package]\nkeywords = [\"ok\", \"has space\"]\n"),
            "package.keywords[1]: `has space` is not a crates.io keyword (ASCII letters, digits, \
             `_`, `-`, `+`, starting with a letter, at most 20 characters)"
        );
        assert_eq!(
            error("[package]\nversion = \"1\"\n"),
            "unknown key `package.version` (name, description, keywords, categories)"
        );
        assert_eq!(
            error("[package]\nname = 3\n"),
            "`package.name` must be a string"
        );
        assert_eq!(
            error("[dependencies]\n"),
            "unknown table `dependencies` (only [package] is read)"
        );
    }
}

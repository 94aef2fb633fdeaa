//! The contract between generated crates and this runtime: what generated code may use, and
//! the check that stops a build with a readable message when the runtime is older than the code.
//!
//! Generated code names runtime items only through functions, `const` constructors and
//! setters, unit enum variants and traits whose new methods have defaults; every public struct
//! and enum that may grow is `#[non_exhaustive]`. So a runtime release that adds a field, a
//! variant or a feature builds every crate generated for an earlier one. When the generator
//! starts using something new, [`CONTRACT`] goes up by one (in a release with a new patch or
//! minor version) and [`require_contract!`](crate::require_contract) learns the new number.

/// The newest contract this runtime provides; it provides every earlier one too.
pub const CONTRACT: u32 = 1;

/// Compiles when this runtime provides contract `$n`, and otherwise stops the build with a
/// message saying to update `cloudsdk-runtime`. Every generated crate's `lib.rs` calls it
/// once with the contract it was generated for. Macros expand before names are resolved, so
/// this message comes before any error about a missing runtime item.
///
/// ```
/// cloudsdk_runtime::require_contract!(1);
/// ```
///
/// ```compile_fail
/// // A crate generated for a runtime newer than this one.
/// cloudsdk_runtime::require_contract!(999);
/// ```
#[macro_export]
macro_rules! require_contract {
    (1) => {};
    ($n:literal) => {
        ::core::compile_error!(::core::concat!(
            "this crate was generated for version ",
            ::core::stringify!($n),
            " of the cloudsdk-runtime contract, but the cloudsdk-runtime it is built with \
             provides versions up to 1: update it (`cargo update -p cloudsdk-runtime`) or \
             regenerate the crate with the generator matching this runtime"
        ));
    };
}

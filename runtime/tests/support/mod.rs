//! The loopback servers live in the project's test kit, shared with the other crates' tests.
pub use cloudsdk_testkit::serve::*;

//! `cloudsdk-codegen` turns an API description (OpenAPI 3.0 or 3.1, or Swagger 2.0; JSON or YAML;
//! one file or several joined by `$ref`) into a complete Rust client crate.
//!
//! The pipeline has six stages, each a module with one entry point; data flows one way:
//! [`load`] → [`upgrade`] → [`parse`] → `model` → `emit` → `write`.
#![forbid(unsafe_code)]

pub mod diag;
pub mod load;
pub mod parse;
pub mod model;
pub mod upgrade;

//! End-to-end tests of the generated clients live in `tests/`; this library holds no code. Its
//! documentation is the repository's README, so the README's Rust examples compile (and stay
//! right) as this crate's doctests.
#![doc = include_str!("../../README.md")]
// The README links to folders and files of the repository, which rustdoc cannot resolve.
#![allow(rustdoc::broken_intra_doc_links)]

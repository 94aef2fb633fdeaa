//! End-to-end tests live in `tests/tests/`: generated clients against loopback servers that
//! behave like the providers.
#![forbid(unsafe_code)]

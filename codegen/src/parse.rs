//! Stage: parse (being written).

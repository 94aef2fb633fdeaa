//! Stage: upgrade (being written).

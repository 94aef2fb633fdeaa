//! Why an expectation was refused when registered.

use std::fmt;

/// An expectation the mock refuses: it names the operation and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MockError {
    /// A canned body the API could not send: it does not decode into the operation's type.
    Schema {
        /// `operationId`.
        operation: &'static str,
        /// The status the body was registered for.
        status: u16,
        /// Where in the body decoding failed (`items[1].id`; `.` for the whole body).
        path: String,
        /// What the decoder said.
        message: String,
    },
    /// A parameter the operation does not have, a status it does not document, a value that
    /// cannot be written.
    Registration {
        /// `operationId`.
        operation: &'static str,
        /// What is wrong.
        message: String,
    },
}

impl fmt::Display for MockError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MockError::Schema {
                operation,
                status,
                path,
                message,
            } => write!(
                f,
                "`{operation}` could not answer {status} with this body: at `{path}`: {message}"
            ),
            MockError::Registration { operation, message } => {
                write!(f, "`{operation}`: {message}")
            }
        }
    }
}

impl std::error::Error for MockError {}

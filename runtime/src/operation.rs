use http::Method;

/// Which response statuses an operation documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum StatusMatch {
    /// One status code, e.g. `404`.
    Code(u16),
    /// A class such as `4XX` (the digit is the hundreds).
    Class(u16),
    /// The `default` response: every status not listed otherwise.
    Default,
}

impl StatusMatch {
    /// True when `status` is matched.
    pub fn matches(self, status: u16) -> bool {
        match self {
            StatusMatch::Code(code) => code == status,
            StatusMatch::Class(class) => status / 100 == class,
            StatusMatch::Default => true,
        }
    }
}

/// The facts about one API operation that the runtime needs; generated crates declare one
/// `static` per operation, built with [`Operation::new`] and the `const` setters (fields may be
/// added, so it cannot be written as a struct literal outside this crate).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Operation {
    /// The operation's name (its `operationId`), used in traces and errors.
    pub id: &'static str,
    /// The HTTP method.
    pub method: Method,
    /// The path template, relative to the base URL, e.g. `/clusters/{clusterId}`.
    pub path: &'static str,
    /// Whether the operation needs authentication (`security: []` turns it off).
    pub authenticated: bool,
    /// The URL template OAuth 1.0a signs instead of the requested URL, when they differ.
    pub signing_url: Option<&'static str>,
    /// Error statuses the operation documents (a body for them is decoded into the error type).
    pub errors: &'static [StatusMatch],
    /// Whether retrying the operation is safe. The generator decides it: true for the methods
    /// RFC 9110 calls idempotent (GET, HEAD, PUT, DELETE, OPTIONS, TRACE) unless the spec's
    /// `x-idempotent` says otherwise.
    pub idempotent: bool,
}

impl Operation {
    /// An operation with authentication on, no signing URL and no documented error statuses;
    /// `idempotent` says whether transport failures and 429/503 answers may be retried.
    pub const fn new(
        id: &'static str,
        method: Method,
        path: &'static str,
        idempotent: bool,
    ) -> Self {
        Self {
            id,
            method,
            path,
            authenticated: true,
            signing_url: None,
            errors: &[],
            idempotent,
        }
    }

    /// Sets the documented error statuses.
    pub const fn errors(mut self, errors: &'static [StatusMatch]) -> Self {
        self.errors = errors;
        self
    }

    /// Sets whether the operation needs authentication.
    pub const fn authenticated(mut self, authenticated: bool) -> Self {
        self.authenticated = authenticated;
        self
    }

    /// Sets the URL template that OAuth 1.0a signs.
    pub const fn signing_url(mut self, template: &'static str) -> Self {
        self.signing_url = Some(template);
        self
    }

    /// True when `status` is a documented error of this operation.
    pub fn documents_error(&self, status: u16) -> bool {
        self.errors.iter().any(|m| m.matches(status))
    }
}

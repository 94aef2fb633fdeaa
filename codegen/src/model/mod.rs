//! Stage 4, model: OpenAPI → the generator's own plain-data model.
//!
//! Every decision is made here, once: names (and their collisions), inline schema names, boxing
//! of recursive types, which responses are success and which are errors, how each operation is
//! called ([`CallKind`]), whether it may be retried, auth, the README's example operations. The
//! model holds no `TokenStream`s and no `openapiv3` types, so it can be snapshot-tested as plain
//! data, and `emit` only prints it.
//!
//! [`build()`] lowers the document in one pass: each operation completely
//! (`operation::lower_operation`, with `params`, `bodies` and `streams`), then what the document
//! says as a whole (`document`); `groups` names operations and tag groups, `schema` types
//! schemas, `refs` follows `$ref`s, keeping where each one leads; `websocket_protocol` reads
//! what an `x-websocket` says about its server's protocol.

mod bodies;
mod body_example;
mod build;
mod context;
mod document;
mod env;
mod errors;
mod examples;
pub mod features;
mod groups;
pub mod mock;
pub mod names;
mod operation;
pub mod package;
mod params;
mod refs;
mod schema;
mod streams;
mod websocket_protocol;

use serde::Serialize;

pub use build::{Options, build};
pub use websocket_protocol::{KeepAlive, SigningQuery, WebSocketProtocol};

/// One API, ready to emit.
#[derive(Debug, Clone, Serialize)]
pub struct Api {
    /// The crate (package) name, e.g. `camunda-cloud`.
    pub crate_name: String,
    /// What the spec or the caller set about the package (`info.x-rust-crate`, a config file).
    #[serde(skip_serializing_if = "package::Package::is_default")]
    pub package: package::Package,
    /// `info.title`.
    pub title: String,
    /// `info.version`.
    pub version: String,
    /// `info.description`.
    pub description: Option<String>,
    /// The default base URL (first server, variables at their defaults); `None` when the spec
    /// gives only a relative URL or none, so callers must set one.
    pub base_url: Option<String>,
    /// `x-default-headers`: (name, value) sent with every request.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub default_headers: Vec<(String, String)>,
    /// Authentication schemes, in the spec's order.
    pub auth: Vec<AuthScheme>,
    /// Tag groups; operations point into this list.
    pub groups: Vec<Group>,
    /// Every operation.
    pub operations: Vec<Operation>,
    /// Every named type.
    pub types: Vec<TypeDef>,
    /// The runtime's optional parts the operations use, and which of the crate's features turn
    /// each on (see `features.rs`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub runtime_features: Vec<RuntimeFeature>,
    /// The crate's error type and the error bodies' codes and messages.
    pub errors: Errors,
    /// `Client::from_env()`: credentials from the variables the schemes' `x-env` names.
    pub from_env: Option<FromEnv>,
    /// The operation the README and `examples/quickstart.rs` call (an index into
    /// [`Api::operations`]): the first that needs no arguments and is not a websocket stream,
    /// preferring a GET whose method lists something.
    pub example: Option<usize>,
    /// The stream the README's second example reads: the first operation that needs no
    /// arguments, is not deprecated and yields one plain stream (pages, server-sent events, or a
    /// websocket without a sender).
    pub stream_example: Option<usize>,
    /// The call the README shows a request body built for with its constructor, when one
    /// can be written from literals alone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body_example: Option<BodyExample>,
}

/// An optional part of the runtime that operations use (a feature of `cloudsdk-runtime`).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct RuntimeFeature {
    /// Which part.
    pub part: RuntimePart,
    /// The crate's features that need it (any of them turns it on); empty when it is always on.
    pub features: Vec<String>,
}

/// The runtime's optional parts, each a feature of `cloudsdk-runtime` of the same name (and of a
/// generated crate whose tags need it).
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum RuntimePart {
    /// Websocket streams (tokio-tungstenite).
    Websocket,
    /// Multipart request bodies.
    Multipart,
    /// OAuth 1.0a signing (HMAC and SHA crates, random nonces): only for a description with an
    /// OAuth 1.0a scheme, always on then.
    OAuth1,
    /// `uuid::Uuid`, the type of `format: uuid`: only for a description that uses it, always on
    /// then.
    Uuid,
}

impl RuntimePart {
    /// The feature's name.
    pub fn as_str(self) -> &'static str {
        match self {
            RuntimePart::Websocket => "websocket",
            RuntimePart::Multipart => "multipart",
            RuntimePart::OAuth1 => "oauth1",
            RuntimePart::Uuid => "uuid",
        }
    }

    /// What a generated crate's root re-exports of the runtime for this part.
    pub fn reexports(self) -> &'static [&'static str] {
        match self {
            RuntimePart::Websocket => &["WebSocketSender", "WebSocketStream"],
            RuntimePart::Multipart => &["multipart"],
            RuntimePart::Uuid => &["uuid"],
            // Reached through the `auth` re-export.
            RuntimePart::OAuth1 => &[],
        }
    }
}

/// `Client::from_env()` (see `env.rs` for the rules).
#[derive(Debug, Clone, Serialize)]
pub struct FromEnv {
    /// The variable that overrides the base URL.
    pub base_url_var: String,
    /// The ways to authenticate, tried in this order.
    pub schemes: Vec<EnvScheme>,
}

/// One scheme's credentials from the environment.
#[derive(Debug, Clone, Serialize)]
pub struct EnvScheme {
    /// The key under `securitySchemes`.
    pub key: String,
    /// The variables.
    pub credentials: EnvCredentials,
    /// `x-server-url`: where requests with this scheme go.
    pub base_url: Option<String>,
}

/// Which variables make a scheme's credentials.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub enum EnvCredentials {
    /// A bearer token.
    Bearer {
        /// The token's variable.
        token: String,
    },
    /// HTTP Basic.
    Basic {
        /// The user's variable.
        user: String,
        /// The password's variable.
        password: String,
        /// A variable with a whole `Authorization` value, used first when set.
        authorization: Option<String>,
    },
    /// OAuth 1.0a.
    OAuth1 {
        /// The consumer key's variable.
        consumer_key: String,
        /// The consumer secret's variable.
        consumer_secret: String,
        /// The token's variable.
        token: String,
        /// The token secret's variable.
        token_secret: String,
    },
    /// OAuth2 client credentials.
    ClientCredentials {
        /// The client id's variable.
        client_id: String,
        /// The client secret's variable.
        client_secret: String,
        /// The token URL.
        token_url: String,
        /// A variable overriding the token URL.
        token_url_var: Option<String>,
        /// The audience (`x-audience`).
        audience: Option<String>,
        /// A variable overriding the audience.
        audience_var: Option<String>,
        /// The client id and secret go in the body, not a Basic header.
        credentials_in_body: bool,
    },
    /// An API key in a header.
    HeaderKey {
        /// The header.
        header: String,
        /// The key's variable.
        key: String,
    },
    /// An API key in the query string.
    QueryKey {
        /// The query parameter.
        param: String,
        /// The key's variable.
        key: String,
    },
}

/// The crate's `Error` (see `errors.rs` for the rules).
#[derive(Debug, Clone, Serialize)]
pub struct Errors {
    /// The error body of the crate's `Error` (its default type parameter): the one type the
    /// operations' error responses document, else any JSON value.
    pub body: TypeRef,
    /// Whether every operation's error carries [`Errors::body`]: then `Error` is exactly what
    /// every operation returns; otherwise `?` converts the others into it.
    pub shared: bool,
    /// Every named type an operation's error decodes into, with its code and message fields.
    pub bodies: Vec<ErrorBody>,
}

/// A named error body and the fields the error's `code()` and `message()` read.
#[derive(Debug, Clone, Serialize)]
pub struct ErrorBody {
    /// The type's Rust name.
    pub name: String,
    /// The provider's error code (`code`, `error_code`, an integer `id`…).
    pub code: Option<ErrorField>,
    /// The human-readable explanation (`message`, `reason`, `detail`…).
    pub message: Option<ErrorField>,
}

/// A field of an error body read as text.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ErrorField {
    /// The field's Rust name.
    pub field: String,
    /// Its type.
    pub kind: FieldKind,
    /// Whether it is an `Option`.
    pub optional: bool,
}

/// The types of fields an error's code or message can be read from.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub enum FieldKind {
    /// `String`.
    Text,
    /// A string enum (read with `as_str()`).
    Enum,
    /// An integer, written in decimal.
    Integer,
}

/// A sub-client grouping the operations of one tag.
#[derive(Debug, Clone, Serialize)]
pub struct Group {
    /// The tag as written in the spec.
    pub tag: String,
    /// Accessor method on the client (`clusters`).
    pub method: String,
    /// The sub-client struct (`ClustersApi`).
    pub struct_name: String,
    /// The tag's description.
    pub description: Option<String>,
    /// The Cargo feature that compiles the group's operations, when the crate has more than one
    /// group (see `features.rs`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub feature: Option<String>,
}

/// An authentication scheme declared by the spec.
#[derive(Debug, Clone, Serialize)]
pub struct AuthScheme {
    /// The key under `securitySchemes`.
    pub key: String,
    /// What kind of scheme.
    pub kind: AuthKind,
    /// The scheme's description.
    pub description: Option<String>,
    /// `x-env`: environment variable names by role (`user`, `password`, `token`, …).
    pub env: Vec<(String, String)>,
    /// `x-server-url`: a host the scheme's requests go to instead of the default base URL.
    pub server_url: Option<String>,
    /// The client's constant holding `server_url` (`<KEY>_BASE_URL`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server_const: Option<String>,
}

/// The kinds of authentication the `auth` crate provides.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub enum AuthKind {
    /// HTTP Basic.
    Basic,
    /// A bearer token; with `exchange_path`, an API key exchanged for a token first.
    Bearer {
        /// `x-token-exchange.path`.
        exchange_path: Option<String>,
    },
    /// OAuth 1.0a (`scheme: OAuth`).
    OAuth1 {
        /// Signature methods the provider accepts.
        signature_methods: Vec<String>,
    },
    /// OAuth2 client credentials.
    ClientCredentials {
        /// The token URL.
        token_url: String,
        /// `x-audience`.
        audience: Option<String>,
        /// `x-client-authentication: request-body`: the client id and secret go in the token
        /// request's body rather than an HTTP Basic header (RFC 6749's default).
        credentials_in_body: bool,
    },
    /// An API key in a header, query parameter or cookie.
    ApiKey {
        /// `header`, `query` or `cookie`.
        location: String,
        /// The parameter name.
        name: String,
    },
    /// Something the generator has no type for (OpenID Connect, other OAuth2 flows): the user
    /// supplies an authenticator.
    Other(String),
}

/// One operation.
#[derive(Debug, Clone, Serialize)]
pub struct Operation {
    /// `operationId`, or one derived from method and path.
    pub id: String,
    /// The method name on the (sub-)client.
    pub method_name: String,
    /// The request builder struct.
    pub builder_name: String,
    /// The HTTP method.
    pub method: Method,
    /// Path template, as in the spec.
    pub path: String,
    /// Index into [`Api::groups`].
    pub group: Option<usize>,
    /// Summary.
    pub summary: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// `deprecated: true`.
    pub deprecated: bool,
    /// Parameters, required ones first in spec order.
    pub params: Vec<Param>,
    /// The request body.
    pub body: Option<Body>,
    /// What a success returns.
    pub success: Success,
    /// The `Accept` header to send instead of the client's default (`application/json`): the
    /// success media types, when none of them is JSON (`text/csv` for a CSV export).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accept: Option<String>,
    /// Documented error statuses.
    pub errors: Vec<StatusMatch>,
    /// The type error bodies decode into: a type the crate defines or any JSON value (while
    /// lowering, `Unit` when no error response documents a body; see `errors.rs`).
    pub error_type: TypeRef,
    /// Whether the operation is authenticated.
    pub authenticated: bool,
    /// The security scheme the first security requirement names (the operation's, else the
    /// document's): the one a caller authenticates with.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scheme: Option<String>,
    /// `x-signing-url`.
    pub signing_url: Option<String>,
    /// Whether the client may retry the operation after a failure: the method's idempotency
    /// (RFC 9110), unless `x-idempotent: true|false` on the operation says otherwise.
    pub idempotent: bool,
    /// How it is called.
    pub kind: CallKind,
    /// JSON pointer of the operation in the spec.
    pub pointer: String,
    /// The spec's example bodies of responses with one status (`200`, `404`; not `4XX` or
    /// `default`), as compact JSON text: the `mock` feature's ready-made responses.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub examples: Vec<(u16, String)>,
}

/// An HTTP method, as the keys of a path item name them.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "UPPERCASE")]
pub enum Method {
    /// `get`.
    Get,
    /// `put`.
    Put,
    /// `post`.
    Post,
    /// `delete`.
    Delete,
    /// `options`.
    Options,
    /// `head`.
    Head,
    /// `patch`.
    Patch,
    /// `trace`.
    Trace,
}

impl Method {
    /// Upper case, as on the wire (and as `http::Method`'s constants are named).
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Put => "PUT",
            Method::Post => "POST",
            Method::Delete => "DELETE",
            Method::Options => "OPTIONS",
            Method::Head => "HEAD",
            Method::Patch => "PATCH",
            Method::Trace => "TRACE",
        }
    }

    /// The path item key (`get`).
    pub fn key(self) -> &'static str {
        match self {
            Method::Get => "get",
            Method::Put => "put",
            Method::Post => "post",
            Method::Delete => "delete",
            Method::Options => "options",
            Method::Head => "head",
            Method::Patch => "patch",
            Method::Trace => "trace",
        }
    }

    /// Whether RFC 9110 (section 9.2.2) makes the method idempotent: repeating the request has
    /// the effect of sending it once.
    pub fn is_idempotent(self) -> bool {
        match self {
            Method::Get
            | Method::Put
            | Method::Delete
            | Method::Options
            | Method::Head
            | Method::Trace => true,
            Method::Post | Method::Patch => false,
        }
    }
}

/// How an operation is called: what its builder offers besides the request itself.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub enum CallKind {
    /// A request and its response: `send()`.
    Request,
    /// `x-pagination`: `stream()` fetches page after page and yields their items.
    Paginated {
        /// How pages are linked.
        pagination: Pagination,
        /// The type of one item.
        item: TypeRef,
    },
    /// A binary success: `send_streaming()` yields the body in chunks.
    Download,
    /// A `text/event-stream` success: `stream()` reads it as server-sent events.
    Events(Events),
    /// `x-websocket`: `connect()` opens a stream of messages instead of sending a request.
    WebSocket(WebSocket),
}

/// A websocket stream (`x-websocket`).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct WebSocket {
    /// `ws(s)://host/path/{param}`: the server of the path item and the path.
    pub url: String,
    /// The URL OAuth 1.0a signs, when it differs.
    pub signing_url: Option<String>,
    /// How credentials travel.
    pub auth: WebSocketAuth,
    /// The type of each message.
    pub message: TypeRef,
    /// (query parameter, message field) to resume from after a reconnect.
    pub resume: Option<(String, String)>,
    /// `x-websocket-send`: the type of the messages the client sends (an interactive session).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub send: Option<TypeRef>,
    /// What the server's protocol asks beyond messages: the signing rule, the keep-alive, the
    /// ready and authentication-error frames (left out of snapshots when there is none).
    #[serde(skip_serializing_if = "WebSocketProtocol::is_default")]
    pub protocol: WebSocketProtocol,
}

/// Server-sent events: a success response of type `text/event-stream`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Events {
    /// The type each event's `data` decodes into: the media type's schema.
    pub message: TypeRef,
    /// `x-sse.resume`: (query parameter, message field) to resume from after a reconnect.
    pub resume: Option<(String, String)>,
}

/// How a websocket stream authenticates.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub enum WebSocketAuth {
    /// Headers on the upgrade request.
    Header,
    /// A first text message after connecting.
    FirstMessage,
    /// None.
    None,
}

/// `x-pagination`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub enum Pagination {
    /// `{style: meta-next, items}`: follow `meta.next`.
    MetaNext {
        /// The array field holding items.
        items: String,
    },
    /// `{style: page-number, items, page, per-page, pages}`.
    PageNumber {
        /// The array field holding items.
        items: String,
        /// Query parameter with the page number.
        page: String,
        /// Query parameter with the page size.
        per_page: String,
        /// Response field with the number of pages.
        pages: String,
    },
}

/// A documented status or class of statuses.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub enum StatusMatch {
    /// One code.
    Code(u16),
    /// `4XX`: the hundreds digit.
    Class(u16),
    /// `default`.
    Default,
}

/// Where a parameter goes, with what only that place has.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub enum ParamLocation {
    /// In the path template.
    Path {
        /// `x-optional-segment`: the `/{name}` segment is dropped when unset.
        optional_segment: bool,
        /// `x-allow-reserved`: `/` in the value is sent as it is.
        allow_reserved: bool,
        /// How the value is written (`style`, `explode`, or an RFC 6570 operator in the
        /// template such as `{.id}` or `{;id*}`).
        style: PathStyle,
    },
    /// In the query string, serialised in this style.
    Query(QueryStyle),
    /// A header.
    Header,
    /// A cookie.
    Cookie,
}

impl ParamLocation {
    /// The OpenAPI word for it (`in: query`).
    pub fn as_str(self) -> &'static str {
        match self {
            ParamLocation::Path { .. } => "path",
            ParamLocation::Query(_) => "query",
            ParamLocation::Header => "header",
            ParamLocation::Cookie => "cookie",
        }
    }
}

/// How a path parameter is serialised.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub enum PathStyle {
    /// `simple` (the default; `5`, `3,4`).
    Simple {
        /// `explode`.
        explode: bool,
    },
    /// `label` (`.5`, `.3,4`, exploded `.3.4`).
    Label {
        /// `explode`.
        explode: bool,
    },
    /// `matrix` (`;id=5`, `;id=3,4`, exploded `;id=3;id=4`).
    Matrix {
        /// `explode`.
        explode: bool,
    },
}

/// How a query parameter is serialised.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub enum QueryStyle {
    /// `form` with `explode`.
    Form {
        /// `explode`.
        explode: bool,
    },
    /// `spaceDelimited`.
    SpaceDelimited,
    /// `pipeDelimited`.
    PipeDelimited,
    /// `deepObject`.
    DeepObject,
}

/// One parameter.
#[derive(Debug, Clone, Serialize)]
pub struct Param {
    /// The name on the wire.
    pub name: String,
    /// The Rust name (argument or builder method).
    pub rust_name: String,
    /// Where it goes.
    pub location: ParamLocation,
    /// Required parameters are positional arguments.
    pub required: bool,
    /// Its type (not wrapped in `Option`).
    pub ty: TypeRef,
    /// Description.
    pub description: Option<String>,
    /// `deprecated`.
    pub deprecated: bool,
    /// What its schema bounds (shown in the docs, not enforced).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub bounds: Vec<Bound>,
    /// JSON pointer of the parameter object (where a `$ref` leads); `None` for a path
    /// placeholder the spec does not declare.
    pub pointer: Option<String>,
}

/// How a request body is encoded.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub enum BodyKind {
    /// `application/json` (or `+json`).
    Json,
    /// JSON by default, but the operation also accepts the body as
    /// `application/x-www-form-urlencoded` (`.as_form()`).
    JsonOrForm,
    /// `application/x-www-form-urlencoded`.
    Form,
    /// `multipart/form-data`: the caller passes a multipart form.
    Multipart,
    /// Raw bytes with this content type.
    Binary(String),
    /// Text with this content type.
    Text(String),
}

/// A request body.
#[derive(Debug, Clone, Serialize)]
pub struct Body {
    /// Encoding.
    pub kind: BodyKind,
    /// Type of the value passed (ignored for multipart, bytes for binary).
    pub ty: TypeRef,
    /// Whether the body is required (then it is a positional argument).
    pub required: bool,
    /// Description.
    pub description: Option<String>,
    /// JSON pointer of the media type object the encoding was chosen from (where a `$ref`
    /// leads).
    pub pointer: String,
}

/// How a response body is read.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub enum ResponseKind {
    /// No body.
    Empty,
    /// JSON decoded into the type.
    Json,
    /// Text.
    Text,
    /// Raw bytes.
    Binary,
}

/// What a successful call returns.
#[derive(Debug, Clone, Serialize)]
pub enum Success {
    /// One shape for every success status.
    Single {
        /// How the body is read.
        kind: ResponseKind,
        /// The returned type.
        ty: TypeRef,
    },
    /// Different shapes per status: an enum named `name` with one variant per status.
    ByStatus {
        /// The enum's name.
        name: String,
        /// (status, variant name, how read, type).
        variants: Vec<(u16, String, ResponseKind, TypeRef)>,
    },
}

/// A reference to a Rust type.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TypeRef {
    /// A named generated type.
    Named(String),
    /// `String`.
    String,
    /// `bool`.
    Bool,
    /// `i32`.
    I32,
    /// `i64`.
    I64,
    /// `u64`.
    U64,
    /// `f32`.
    F32,
    /// `f64`.
    F64,
    /// `format: date-time`: an RFC 3339 instant, `chrono::DateTime<chrono::Utc>`.
    DateTime,
    /// `format: date`: a calendar date (`2024-05-01`), `chrono::NaiveDate`.
    Date,
    /// `format: uuid`: `uuid::Uuid`.
    Uuid,
    /// `format: ipv4`: `std::net::Ipv4Addr`.
    Ipv4,
    /// `format: ipv6`: `std::net::Ipv6Addr`.
    Ipv6,
    /// `format: ip`: either, `std::net::IpAddr`.
    IpAddr,
    /// Any JSON: `serde_json::Value`.
    Value,
    /// Raw bytes: `bytes::Bytes`.
    Bytes,
    /// `()`.
    Unit,
    /// `Vec<T>`.
    Vec(Box<TypeRef>),
    /// `BTreeMap<String, T>`.
    Map(Box<TypeRef>),
    /// `Option<T>`.
    Option(Box<TypeRef>),
    /// `Box<T>`.
    Boxed(Box<TypeRef>),
}

impl TypeRef {
    /// The type inside an `Option`, or the type itself.
    pub fn required(self) -> TypeRef {
        match self {
            TypeRef::Option(inner) => *inner,
            other => other,
        }
    }

    /// Whether this is an `Option`.
    pub fn is_option(&self) -> bool {
        matches!(self, TypeRef::Option(_))
    }

    /// The type a wrapper holds (`Vec`, map, `Option`, `Box`); `None` for a named or leaf type.
    pub fn wrapped(&self) -> Option<&TypeRef> {
        match self {
            TypeRef::Vec(inner)
            | TypeRef::Map(inner)
            | TypeRef::Option(inner)
            | TypeRef::Boxed(inner) => Some(inner),
            TypeRef::Named(_)
            | TypeRef::String
            | TypeRef::Bool
            | TypeRef::I32
            | TypeRef::I64
            | TypeRef::U64
            | TypeRef::F32
            | TypeRef::F64
            | TypeRef::DateTime
            | TypeRef::Date
            | TypeRef::Uuid
            | TypeRef::Ipv4
            | TypeRef::Ipv6
            | TypeRef::IpAddr
            | TypeRef::Value
            | TypeRef::Bytes
            | TypeRef::Unit => None,
        }
    }

    /// `Option<self>` unless it is one already.
    pub fn optional(self) -> TypeRef {
        match self {
            TypeRef::Option(_) => self,
            other => TypeRef::Option(Box::new(other)),
        }
    }
}

/// A named type.
#[derive(Debug, Clone, Serialize)]
pub struct TypeDef {
    /// Rust name.
    pub name: String,
    /// Description.
    pub description: Option<String>,
    /// `deprecated`.
    pub deprecated: bool,
    /// What it is.
    pub kind: TypeKind,
    /// Where it comes from (JSON pointer).
    pub pointer: String,
    /// The Cargo features any of which compiles it; empty when it is always compiled (see
    /// `features.rs`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub features: Vec<String>,
}

/// The shape of a named type.
#[derive(Debug, Clone, Serialize)]
pub enum TypeKind {
    /// A struct.
    Struct {
        /// Fields in spec order.
        fields: Vec<Field>,
        /// `additionalProperties` next to named properties: flattened into a map.
        additional: Option<TypeRef>,
        /// How a caller builds it (see [`Constructor`]); every struct has one.
        #[serde(skip_serializing_if = "Option::is_none")]
        constructor: Option<Constructor>,
    },
    /// A string enum that keeps unknown values.
    StringEnum {
        /// Its known values, in spec order.
        variants: Vec<EnumVariant>,
    },
    /// An integer enum: a newtype with one constant per known value.
    IntEnum {
        /// (constant name, value).
        values: Vec<(String, i64)>,
    },
    /// `oneOf`/`anyOf`.
    Union {
        /// Discriminator property and (value, variant index) mapping.
        discriminator: Option<(String, Vec<(String, usize)>)>,
        /// (variant name, type).
        variants: Vec<(String, TypeRef)>,
        /// The variants (indices) whose type leaves the tag property out, since the variant
        /// says it: an inline alternative of an implied tag. Writing one writes the tag first.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        tag_written: Vec<usize>,
    },
    /// `type Name = T;`
    Alias(TypeRef),
}

/// One known value of a string enum.
#[derive(Debug, Clone, Serialize)]
pub struct EnumVariant {
    /// The Rust variant's name.
    pub name: String,
    /// The value on the wire.
    pub value: String,
    /// What the spec says of this value: a `oneOf`/`anyOf` of string enums gives each
    /// alternative's description to its values (OpenAPI has no description per enum value).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// `new(required fields…)` and a chainable setter per optional field: how callers build a
/// struct, which is `#[non_exhaustive]` so that a new optional field is not a breaking change
/// (request bodies, websocket messages and parameters; responses in tests).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Constructor {
    /// The fields `new` takes, as indices into the struct's fields in spec order: those whose
    /// type is not an `Option`.
    pub arguments: Vec<usize>,
    /// `(field index, method name)` for every other field: `with_<field>(value)` sets it.
    pub setters: Vec<(usize, String)>,
}

/// A call whose request body the README builds with the body type's constructor
/// (`Type::new(…).with_x(…)`): every value it needs is a literal.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct BodyExample {
    /// The operation (an index into [`Api::operations`]).
    pub operation: usize,
    /// The body's struct (a name in [`Api::types`]).
    pub body_type: String,
    /// A value for each required parameter, in order.
    pub params: Vec<Sample>,
    /// A value for each argument of `new`, in order.
    pub arguments: Vec<Sample>,
    /// One optional field set through its setter: the method and its value.
    pub setter: Option<(String, Sample)>,
}

/// A literal an example passes for a value.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub enum Sample {
    /// A string: this text (from the spec, so escaped where it is printed).
    Text(String),
    /// An integer: `1`.
    Integer,
    /// A floating-point number: `1.0`.
    Number,
    /// A boolean: `true`.
    Flag,
}

/// One struct field.
#[derive(Debug, Clone, Serialize)]
pub struct Field {
    /// JSON name.
    pub name: String,
    /// Rust name.
    pub rust_name: String,
    /// Type, `Option`-wrapped when not required or nullable.
    pub ty: TypeRef,
    /// Listed in `required`.
    pub required: bool,
    /// Description.
    pub description: Option<String>,
    /// `deprecated`.
    pub deprecated: bool,
    /// `readOnly`.
    pub read_only: bool,
    /// `writeOnly`.
    pub write_only: bool,
    /// `default`, as JSON text.
    pub default: Option<String>,
    /// Holds a credential, so `Debug` shows `[redacted]` instead: by `x-sensitive`, `format:
    /// password` or the name (see `schema::define`'s `sensitive` and [`names::secret_name`]).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub sensitive: bool,
    /// What the schema bounds (shown in the docs, not enforced).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub bounds: Vec<Bound>,
}

/// A bound a schema puts on its values, as the spec writes it; numbers are kept as text, so a
/// bound beyond 64 bits reads as written (e.g. `18446744073709552000`).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub enum Bound {
    /// `minimum` (`exclusiveMinimum: true`: the value itself is out).
    Minimum { value: String, exclusive: bool },
    /// `maximum` (`exclusiveMaximum: true`: the value itself is out).
    Maximum { value: String, exclusive: bool },
    /// `multipleOf`.
    MultipleOf(String),
    /// `minLength`, in characters.
    MinLength(usize),
    /// `maxLength`, in characters.
    MaxLength(usize),
    /// `pattern`: a regular expression, untrusted text.
    Pattern(String),
    /// `minItems`.
    MinItems(usize),
    /// `maxItems`.
    MaxItems(usize),
}

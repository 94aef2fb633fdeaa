//! What the mock knows about one operation: constant data a generated crate declares once per
//! operation (method, path template, query parameters, documented statuses, streams), and how a
//! request's path fits a template. The runtime's facts are read from the generated
//! builders' `OPERATION` constants, so the mock matches statuses and signs URLs exactly as the
//! client does.

use std::borrow::Cow;

use cloudsdk_runtime::{Operation, PathStyle};

/// One operation of the API, as a generated crate's `mock` module declares it: the runtime's
/// facts about it (the generated builder's own [`Operation`]: id, method, path, authentication,
/// signing URL, documented errors), and what only the mock needs.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct Route {
    /// The operation as the client sends it.
    pub op: &'static Operation,
    /// The query parameters the operation documents.
    pub query: &'static [&'static str],
    /// The status `ok()` answers with, and how a success body is written and checked.
    pub success: (u16, BodyKind),
    /// How the operation streams, if it does.
    pub stream: Stream,
    /// The spec's example bodies by status, as JSON text (see [`crate::When::example`]).
    pub examples: &'static [(u16, &'static str)],
    /// Path parameters whose `/{name}` segment the client drops when they are unset
    /// (`x-optional-segment`).
    pub optional: &'static [&'static str],
    /// The path parameters the spec declares in a style other than `simple` (label, matrix),
    /// with it. Empty: every parameter's style is inferred from the text it is sent as (a
    /// route of simple parameters only, or one written by hand).
    pub styles: &'static [(&'static str, PathStyle)],
    /// Path parameters sent with their slashes as they are (`x-allow-reserved`): one that fills
    /// a whole template segment may span several of the request's.
    pub reserved: &'static [&'static str],
    /// The control frames a websocket server sends (`x-websocket` `ready` and `auth-error`).
    pub frames: SocketFrames,
}

/// A websocket server's control frames, each the `(field, value)` pairs of a JSON object (the
/// runtime's `FrameMatch`): the mock sends the ready frame once the credentials are accepted,
/// and the authentication error instead of closing when they are refused, as the provider does.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct SocketFrames {
    /// The frame by which the server says it accepted the credentials.
    pub ready: Option<&'static [(&'static str, &'static str)]>,
    /// The frame by which the server rejects the credentials.
    pub auth_error: Option<&'static [(&'static str, &'static str)]>,
}

/// How a success body is written and checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyKind {
    /// JSON, checked by decoding into the operation's success type.
    Json,
    /// Text (not checked).
    Text,
    /// No body.
    Empty,
    /// Bytes (not checked).
    Binary,
}

/// How an operation streams.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    /// A plain request.
    None,
    /// Pages numbered by a query parameter (Civo).
    PageNumber {
        /// The array field holding items.
        items: &'static str,
        /// Query parameter and response field with the page number, from 1.
        page: &'static str,
        /// Query parameter and response field with the page size.
        per_page: &'static str,
        /// Response field with the number of pages.
        pages: &'static str,
    },
    /// Pages linked by `meta.next` (Docker Cloud).
    MetaNext {
        /// The array field holding items.
        items: &'static str,
    },
    /// Server-sent events; `resume` is the (query parameter, message field) a reconnect sends.
    Events {
        /// (query parameter, message field).
        resume: Option<(&'static str, &'static str)>,
    },
    /// A websocket: the request is an upgrade, answered with scripted messages.
    WebSocket {
        /// (query parameter, message field) a reconnect sends.
        resume: Option<(&'static str, &'static str)>,
        /// Whether credentials come in the first frame (a JSON object whose `authorization`
        /// field is checked as an `Authorization` header would be) rather than on the upgrade.
        first_message: bool,
    },
}

impl Route {
    /// The route of `op`, answering 200 with JSON, documenting no query parameter.
    pub const fn new(op: &'static Operation) -> Self {
        Self {
            op,
            query: &[],
            success: (200, BodyKind::Json),
            stream: Stream::None,
            examples: &[],
            optional: &[],
            styles: &[],
            reserved: &[],
            frames: SocketFrames {
                ready: None,
                auth_error: None,
            },
        }
    }

    /// Sets the websocket server's ready frame: `(field, value)` pairs, a number or boolean
    /// written as its JSON text (`("id", "2001")` is sent as `"id": 2001`).
    pub const fn ready(mut self, fields: &'static [(&'static str, &'static str)]) -> Self {
        self.frames.ready = Some(fields);
        self
    }

    /// Sets the frame by which the websocket server rejects credentials (see [`Route::ready`]).
    pub const fn auth_error(mut self, fields: &'static [(&'static str, &'static str)]) -> Self {
        self.frames.auth_error = Some(fields);
        self
    }

    /// Sets the documented query parameters.
    pub const fn query(mut self, names: &'static [&'static str]) -> Self {
        self.query = names;
        self
    }

    /// Sets the success status and body kind.
    pub const fn success(mut self, status: u16, kind: BodyKind) -> Self {
        self.success = (status, kind);
        self
    }

    /// Sets the spec's example bodies: (status, JSON text).
    pub const fn examples(mut self, examples: &'static [(u16, &'static str)]) -> Self {
        self.examples = examples;
        self
    }

    /// Sets the path parameters whose segment may be left out (`x-optional-segment`).
    pub const fn optional_segments(mut self, names: &'static [&'static str]) -> Self {
        self.optional = names;
        self
    }

    /// Sets the path parameters' declared styles, other than `simple` (see [`Route::styles`]):
    /// once set, those parameters are read in exactly their style, the others as simple.
    pub const fn path_styles(mut self, styles: &'static [(&'static str, PathStyle)]) -> Self {
        self.styles = styles;
        self
    }

    /// Sets the path parameters sent with their slashes (see [`Route::reserved`]).
    pub const fn reserved_params(mut self, names: &'static [&'static str]) -> Self {
        self.reserved = names;
        self
    }

    /// The style the parameter `name` is declared in; `None` when the route declares no style
    /// (it is inferred from the text).
    pub fn style_of(&self, name: &str) -> Option<PathStyle> {
        if self.styles.is_empty() {
            return None;
        }
        let declared = self.styles.iter().find(|(n, _)| *n == name);
        Some(declared.map_or(PathStyle::simple(false), |(_, style)| *style))
    }

    /// Sets how the operation streams.
    pub const fn stream(mut self, stream: Stream) -> Self {
        self.stream = stream;
        self
    }

    /// `listInstances (GET /v2/instances)`, as reports name it.
    pub fn describe(&self) -> String {
        format!("`{}` ({} {})", self.op.id, self.op.method, self.op.path)
    }

    /// The names of the path template's parameters, in order.
    pub fn path_params(&self) -> Vec<&'static str> {
        self.op
            .path
            .split('/')
            .flat_map(parts)
            .filter_map(|p| match p {
                Part::Param(name) => Some(name),
                Part::Literal(_) => None,
            })
            .collect()
    }

    /// Whether the error status is documented.
    pub fn documents_error(&self, status: u16) -> bool {
        self.op.errors.iter().any(|m| m.matches(status))
    }

    /// The path parameters of `path` (percent-decoded, and as sent), or `None` when the path
    /// does not fit the template.
    /// A path without an `x-optional-segment` parameter's `/{name}` segment (the client drops
    /// it when the parameter is unset) fits too, capturing nothing for it; fewer left out are
    /// tried first. A reserved parameter ([`Route::reserved`]) takes the segments the path has
    /// beyond the template's.
    pub fn fit(&self, path: &str) -> Option<Vec<Captured>> {
        let template: Vec<&'static str> = self.op.path.split('/').collect();
        let segments: Vec<&str> = path.split('/').collect();
        let droppable: Vec<usize> = (0..template.len())
            .filter(|&i| whole_param(template[i]).is_some_and(|n| self.optional.contains(&n)))
            .take(MAX_OPTIONAL)
            .collect();
        let mut masks: Vec<u32> = (0u32..1 << droppable.len()).collect();
        masks.sort_by_key(|mask| mask.count_ones());
        masks.into_iter().find_map(|mask| {
            let kept: Vec<&'static str> = (template.iter().enumerate())
                .filter(|(i, _)| {
                    let bit = droppable.iter().position(|d| d == i);
                    bit.is_none_or(|bit| mask & (1 << bit) == 0)
                })
                .map(|(_, t)| *t)
                .collect();
            let segments = self.absorb(&kept, &segments)?;
            let mut captured = Vec::new();
            for (t, s) in kept.iter().zip(&segments) {
                fit_segment(self, t, s, &mut captured)?;
            }
            Some(captured)
        })
    }

    /// `segments` paired one to one with the template's `kept` segments: as they are when they
    /// are as many, else with the surplus joined into the one reserved parameter that fills a
    /// whole template segment. `None` when they cannot be paired.
    fn absorb<'p>(&self, kept: &[&str], segments: &[&'p str]) -> Option<Vec<Cow<'p, str>>> {
        let extra = segments.len().checked_sub(kept.len())?;
        if extra == 0 {
            return Some(segments.iter().map(|s| Cow::Borrowed(*s)).collect());
        }
        let at = (kept.iter())
            .position(|t| whole_param(t).is_some_and(|n| self.reserved.contains(&n)))?;
        let mut out: Vec<Cow<'p, str>> = segments[..at].iter().map(|s| Cow::Borrowed(*s)).collect();
        out.push(Cow::Owned(segments[at..=at + extra].join("/")));
        out.extend(segments[at + extra + 1..].iter().map(|s| Cow::Borrowed(*s)));
        Some(out)
    }
}

/// The parameter a template segment consists of (`{name}`), if it is one whole.
fn whole_param(segment: &str) -> Option<&str> {
    segment.strip_prefix('{')?.strip_suffix('}')
}

/// How many optional segments of one template are tried left out (every combination is
/// tried: a bound on the work an odd template can ask for).
const MAX_OPTIONAL: usize = 8;

/// A path parameter's value in a request.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Captured {
    /// The parameter.
    pub name: &'static str,
    /// As sent (percent-encoded, in its style: `5`, `.5`, `;id=5`).
    pub raw: String,
    /// Percent-decoded, in the simple style's spelling whatever style it was sent in (`5`).
    pub value: String,
    /// The style the route declares for it; `None` when the route declares none and the style
    /// was inferred from the text.
    pub style: Option<PathStyle>,
}

impl Captured {
    /// Whether the parameter's value is `want`: as read from its style, or, where the text
    /// leaves it open, as otherwise read: a value inferred to be a label may be a simple value
    /// beginning with a dot, and an exploded label's dots may be a single value's (`.1.5`).
    pub fn is(&self, want: &str) -> bool {
        let alternative = match self.style {
            None => self.raw.starts_with('.').then_some(self.raw.as_str()),
            Some(PathStyle::Label { explode: true, .. }) => self.raw.get(1..),
            Some(_) => None,
        };
        self.value == want || alternative.is_some_and(|raw| crate::style::decode(raw) == want)
    }
}

enum Part {
    Literal(&'static str),
    Param(&'static str),
}

/// A template segment split into literals and `{param}`s.
fn parts(segment: &'static str) -> Vec<Part> {
    let mut out = Vec::new();
    let mut rest = segment;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        if open > 0 {
            out.push(Part::Literal(&rest[..open]));
        }
        out.push(Part::Param(&rest[open + 1..open + close]));
        rest = &rest[open + close + 1..];
    }
    if !rest.is_empty() {
        out.push(Part::Literal(rest));
    }
    out
}

/// Fits one segment: literals must match, a parameter takes text up to the next literal, the
/// next parameter's label or matrix prefix, or the end, and cannot be empty.
/// A parameter the route declares a style for is read in exactly that style.
fn fit_segment(
    route: &Route,
    template: &'static str,
    segment: &str,
    out: &mut Vec<Captured>,
) -> Option<()> {
    let parts = parts(template);
    let mut rest = segment;
    for (i, part) in parts.iter().enumerate() {
        match part {
            Part::Literal(text) => rest = rest.strip_prefix(text)?,
            Part::Param(name) => {
                let end = match parts.get(i + 1) {
                    Some(Part::Literal(next)) => rest.find(next)?,
                    Some(Part::Param(next)) => {
                        crate::style::next_styled(rest, route.style_of(next))?
                    }
                    None => rest.len(),
                };
                if end == 0 {
                    return None;
                }
                let raw = &rest[..end];
                let style = route.style_of(name);
                let value = match style {
                    Some(style) => crate::style::read(name, raw, style)?,
                    None => crate::style::unstyled(name, raw),
                };
                out.push(Captured {
                    name,
                    raw: raw.to_owned(),
                    value,
                    style,
                });
                rest = &rest[end..];
            }
        }
    }
    rest.is_empty().then_some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A GET operation as a generated builder declares it.
    const fn get(id: &'static str, path: &'static str) -> Operation {
        Operation::new(id, cloudsdk_runtime::Method::GET, path, true)
    }

    /// What `route` captures of `path`: each parameter's name, text as sent and value.
    fn captured(route: &Route, path: &str) -> Option<Vec<(&'static str, String, String)>> {
        let captured = route.fit(path)?;
        Some(
            captured
                .into_iter()
                .map(|c| (c.name, c.raw, c.value))
                .collect(),
        )
    }

    static INVOICE: Route = Route::new(const { &get("pdf", "/orgs/{id}/invoices/{number}.pdf") });

    static OPTIONAL: Route = Route::new(const { &get("list", "/repos/{namespace}/{name}/tags") })
        .optional_segments(&["namespace"]);

    static RESERVED: Route =
        Route::new(const { &get("repo", "/v1/{namespace}/repository/{name}/") })
            .optional_segments(&["namespace"])
            .reserved_params(&["name"]);

    #[test]
    fn a_reserved_parameter_spans_the_segments_beyond_the_template() {
        let fit = |path: &str| captured(&RESERVED, path);
        let name = |value: &str| ("name", value.to_owned(), value.to_owned());
        let acme = ("namespace", "acme".to_owned(), "acme".to_owned());
        assert_eq!(
            fit("/v1/acme/repository/quay.io/acme/api/"),
            Some(vec![acme.clone(), name("quay.io/acme/api")])
        );
        assert_eq!(
            fit("/v1/acme/repository/api/"),
            Some(vec![acme, name("api")])
        );
        // With the optional namespace left out, the name still takes every segment it has.
        assert_eq!(
            fit("/v1/repository/quay.io/acme/api/"),
            Some(vec![name("quay.io/acme/api")])
        );
        assert_eq!(fit("/v1/acme/repository//"), None, "empty name");
        assert_eq!(
            fit("/v1/acme/repository/quay.io/api"),
            None,
            "no trailing slash"
        );
        // Without `reserved_params`, a value is one segment.
        let plain = Route::new(RESERVED.op).optional_segments(&["namespace"]);
        assert_eq!(captured(&plain, "/v1/acme/repository/quay.io/api/"), None);
        assert!(captured(&plain, "/v1/acme/repository/api/").is_some());
    }

    #[test]
    fn an_optional_segment_may_be_left_out() {
        let names = |path: &str| {
            let captured = captured(&OPTIONAL, path)?;
            Some(
                captured
                    .into_iter()
                    .map(|(n, _, v)| (n, v))
                    .collect::<Vec<_>>(),
            )
        };
        assert_eq!(
            names("/repos/ns/app/tags"),
            Some(vec![("namespace", "ns".into()), ("name", "app".into())])
        );
        assert_eq!(names("/repos/app/tags"), Some(vec![("name", "app".into())]));
        assert_eq!(names("/repos/tags"), None, "only the optional one may go");
        assert_eq!(names("/repos/a/b/c/tags"), None);
    }

    #[test]
    fn paths_fit_templates_with_literals_around_parameters() {
        let captured = INVOICE.fit("/orgs/o%201/invoices/INV-4.pdf").expect("fits");
        let values: Vec<_> = captured
            .iter()
            .map(|c| (c.name, c.value.as_str()))
            .collect();
        assert_eq!(values, [("id", "o 1"), ("number", "INV-4")]);
        assert_eq!(captured[0].raw, "o%201");
        assert!(INVOICE.fit("/orgs/o1/invoices/INV-4.txt").is_none());
        assert!(
            INVOICE.fit("/orgs//invoices/INV-4.pdf").is_none(),
            "empty value"
        );
        assert!(INVOICE.fit("/orgs/o1/invoices/INV-4.pdf/x").is_none());
        assert_eq!(INVOICE.path_params(), ["id", "number"]);
    }

    static FILE: Route = Route::new(const { &get("file", "/files/{name}{ext}/{id}") });

    #[test]
    fn label_and_matrix_values_fit_and_are_read_back() {
        let fit = |path: &str| captured(&FILE, path);
        let cases = [
            (
                "/files/my.report.pdf/;id=5",
                [
                    ("name", "my.report", "my.report"),
                    ("ext", ".pdf", "pdf"),
                    ("id", ";id=5", "5"),
                ],
            ),
            (
                "/files/report;ext=pdf/.7",
                [
                    ("name", "report", "report"),
                    ("ext", ";ext=pdf", "pdf"),
                    ("id", ".7", "7"),
                ],
            ),
        ];
        for (path, want) in cases {
            let want = want.map(|(name, raw, value)| (name, raw.to_owned(), value.to_owned()));
            assert_eq!(fit(path), Some(want.to_vec()), "{path}");
        }
        assert_eq!(
            fit("/files/report/5"),
            None,
            "no style marks the second parameter"
        );
        let dotted = FILE.fit("/files/a.b/.hidden").expect("fits");
        assert!(dotted[2].is("hidden") && dotted[2].is(".hidden"));
        assert!(!dotted[2].is("other"));
    }

    static DECLARED: Route = Route::new(const { &get("file", "/files/{name}{ext}/{id}") })
        .path_styles(&[
            ("ext", PathStyle::label(false)),
            ("id", PathStyle::matrix(true)),
        ]);

    #[test]
    fn declared_styles_are_read_exactly() {
        let fit = |path: &str| captured(&DECLARED, path);
        let want = |list: [(&'static str, &str, &str); 3]| {
            Some(
                list.map(|(n, r, v)| (n, r.to_owned(), v.to_owned()))
                    .to_vec(),
            )
        };
        assert_eq!(
            fit("/files/.a;b.pdf/;id=3;id=4"),
            want([
                ("name", ".a;b", ".a;b"),
                ("ext", ".pdf", "pdf"),
                ("id", ";id=3;id=4", "3,4"),
            ]),
            "a simple value keeps its leading `.` and `;`"
        );
        assert_eq!(fit("/files/a;ext=pdf/;id=5"), None, "ext is a label");
        assert_eq!(fit("/files/a.pdf/.5"), None, "id is matrix");
        assert_eq!(fit("/files/a.pdf/5"), None);
        let captured = DECLARED.fit("/files/.x.pdf/;id=5").expect("fits");
        assert!(captured[0].is(".x") && !captured[0].is("x"));
        assert_eq!(DECLARED.style_of("name"), Some(PathStyle::simple(false)));
        assert_eq!(FILE.style_of("name"), None, "inferred");
    }

    static EXPLODED: Route = Route::new(const { &get("shape", "/shapes/{id}") })
        .path_styles(&[("id", PathStyle::label(true))]);

    #[test]
    fn an_exploded_labels_dots_may_be_a_single_values() {
        let captured = EXPLODED.fit("/shapes/.1.5").expect("fits");
        assert_eq!(captured[0].value, "1,5");
        assert!(captured[0].is("1,5") && captured[0].is("1.5"));
        assert!(!captured[0].is(".1.5"));
        assert!(EXPLODED.fit("/shapes/1.5").is_none());
    }
}

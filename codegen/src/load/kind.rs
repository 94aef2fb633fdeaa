//! Where a `$ref` stands in an API description (a schema, a parameter, a path item…), which
//! decides where the bundler puts what it refers to.

/// What kind of object a position in an API description holds, as far as `$ref` placement goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Kind {
    Root,
    Paths,
    Operation,
    Components,
    /// A map from names (or a list) of objects of the inner kind.
    MapOf(Part),
    ListOf(Part),
    Item(Part),
    Content,
    MediaType,
    SchemaMap,
    /// Example values, defaults, enums: `$ref` there is data, not a reference.
    Literal,
    /// An operation's `x-websocket` / `x-websocket-send` extension: its `message` is a schema.
    WebSocketExtension,
    /// Extensions and anything unknown.
    Other,
}

/// The kinds that have a components section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Part {
    Schema,
    Parameter,
    Response,
    RequestBody,
    Header,
    Example,
    SecurityScheme,
    Link,
    Callback,
    PathItem,
}

impl Part {
    /// The kinds that may have a section in `components` (or, in Swagger 2, at the top).
    pub(super) const WITH_SECTIONS: [Part; 9] = [
        Part::Schema,
        Part::Parameter,
        Part::Response,
        Part::RequestBody,
        Part::Header,
        Part::Example,
        Part::SecurityScheme,
        Part::Link,
        Part::Callback,
    ];

    /// The section where a piece of this kind goes, or `None` to inline it.
    pub(super) fn section(self, swagger: bool) -> Option<&'static [&'static str]> {
        if swagger {
            return match self {
                Part::Schema => Some(&["definitions"]),
                Part::Parameter => Some(&["parameters"]),
                Part::Response => Some(&["responses"]),
                _ => None,
            };
        }
        match self {
            Part::Schema => Some(&["components", "schemas"]),
            Part::Parameter => Some(&["components", "parameters"]),
            Part::Response => Some(&["components", "responses"]),
            Part::RequestBody => Some(&["components", "requestBodies"]),
            Part::Header => Some(&["components", "headers"]),
            Part::Example => Some(&["components", "examples"]),
            Part::SecurityScheme => Some(&["components", "securitySchemes"]),
            Part::Link => Some(&["components", "links"]),
            Part::Callback => Some(&["components", "callbacks"]),
            Part::PathItem => None,
        }
    }
}

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// The kind of the value under `key` in a value of kind `kind`.
pub(super) fn step(kind: Kind, key: &str) -> Kind {
    if kind == Kind::Operation && matches!(key, "x-websocket" | "x-websocket-send") {
        return Kind::WebSocketExtension;
    }
    if kind == Kind::WebSocketExtension {
        return if key == "message" {
            Kind::Item(Part::Schema)
        } else {
            Kind::Other
        };
    }
    if key.starts_with("x-") && !matches!(kind, Kind::MapOf(_) | Kind::SchemaMap) {
        return Kind::Other;
    }
    match kind {
        Kind::Root => match key {
            "paths" | "webhooks" => Kind::Paths,
            "components" => Kind::Components,
            "definitions" => Kind::MapOf(Part::Schema),
            "parameters" => Kind::MapOf(Part::Parameter),
            "responses" => Kind::MapOf(Part::Response),
            _ => Kind::Other,
        },
        Kind::Paths => Kind::Item(Part::PathItem),
        Kind::Operation => match key {
            "parameters" => Kind::ListOf(Part::Parameter),
            "requestBody" => Kind::Item(Part::RequestBody),
            "responses" => Kind::MapOf(Part::Response),
            "callbacks" => Kind::MapOf(Part::Callback),
            _ => Kind::Other,
        },
        Kind::Components => match key {
            "schemas" => Kind::MapOf(Part::Schema),
            "parameters" => Kind::MapOf(Part::Parameter),
            "responses" => Kind::MapOf(Part::Response),
            "requestBodies" => Kind::MapOf(Part::RequestBody),
            "headers" => Kind::MapOf(Part::Header),
            "examples" => Kind::MapOf(Part::Example),
            "securitySchemes" => Kind::MapOf(Part::SecurityScheme),
            "links" => Kind::MapOf(Part::Link),
            "callbacks" => Kind::MapOf(Part::Callback),
            "pathItems" => Kind::MapOf(Part::PathItem),
            _ => Kind::Other,
        },
        Kind::MapOf(item) | Kind::ListOf(item) => Kind::Item(item),
        Kind::Item(part) => step_in_item(part, key),
        Kind::Content => Kind::MediaType,
        Kind::MediaType => match key {
            "schema" => Kind::Item(Part::Schema),
            "examples" => Kind::MapOf(Part::Example),
            "example" => Kind::Literal,
            _ => Kind::Other,
        },
        Kind::SchemaMap => Kind::Item(Part::Schema),
        Kind::Literal => Kind::Literal,
        Kind::Other | Kind::WebSocketExtension => Kind::Other,
    }
}

/// The kind of the value under `key` in one item of kind `part` (a path item, a schema…).
fn step_in_item(part: Part, key: &str) -> Kind {
    match part {
        Part::PathItem => match key {
            "parameters" => Kind::ListOf(Part::Parameter),
            k if METHODS.contains(&k) => Kind::Operation,
            _ => Kind::Other,
        },
        Part::Parameter | Part::Header => match key {
            "schema" | "items" => Kind::Item(Part::Schema),
            "content" => Kind::Content,
            "examples" => Kind::MapOf(Part::Example),
            "example" | "default" | "enum" => Kind::Literal,
            _ => Kind::Other,
        },
        Part::RequestBody => match key {
            "content" => Kind::Content,
            _ => Kind::Other,
        },
        Part::Response => match key {
            "content" => Kind::Content,
            "headers" => Kind::MapOf(Part::Header),
            "schema" => Kind::Item(Part::Schema),
            "links" => Kind::MapOf(Part::Link),
            "examples" => Kind::Literal,
            _ => Kind::Other,
        },
        Part::Callback => Kind::Item(Part::PathItem),
        Part::Example => match key {
            "value" => Kind::Literal,
            _ => Kind::Other,
        },
        Part::Schema => match key {
            "properties" | "patternProperties" | "definitions" | "$defs" | "dependentSchemas" => {
                Kind::SchemaMap
            }
            "example" | "examples" | "default" | "enum" | "const" => Kind::Literal,
            _ => Kind::Item(Part::Schema),
        },
        Part::SecurityScheme | Part::Link => Kind::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind_of(tokens: &[&str]) -> Kind {
        tokens.iter().fold(Kind::Root, |k, t| step(k, t))
    }

    #[test]
    fn classifies_ref_positions() {
        assert_eq!(kind_of(&["paths", "/a"]), Kind::Item(Part::PathItem));
        assert_eq!(
            kind_of(&["paths", "/a", "get", "parameters", "0"]),
            Kind::Item(Part::Parameter)
        );
        assert_eq!(
            kind_of(&["paths", "/a", "get", "parameters", "0", "schema"]),
            Kind::Item(Part::Schema)
        );
        assert_eq!(
            kind_of(&["paths", "/a", "get", "responses", "200"]),
            Kind::Item(Part::Response)
        );
        assert_eq!(
            kind_of(&["components", "schemas", "A", "properties", "responses"]),
            Kind::Item(Part::Schema)
        );
        assert_eq!(
            kind_of(&["components", "parameters", "schema"]),
            Kind::Item(Part::Parameter)
        );
        assert_eq!(kind_of(&["definitions", "A", "example"]), Kind::Literal);
        assert_eq!(
            kind_of(&["paths", "/a", "post", "requestBody"]),
            Kind::Item(Part::RequestBody)
        );
        assert_eq!(
            kind_of(&["paths", "/a", "get", "responses", "200", "headers", "X"]),
            Kind::Item(Part::Header)
        );
    }
}

//! Types as a user reads them in Rust: `Vec<Instance>`, `Option<DateTime<Utc>>`.

use crate::model::TypeRef;

/// The Rust spelling of `t`, short: named types by their name in `types`, std types without
/// their paths, format types by their own names.
pub fn rust_type(t: &TypeRef) -> String {
    match t {
        TypeRef::Named(n) => n.clone(),
        TypeRef::String => "String".into(),
        TypeRef::Bool => "bool".into(),
        TypeRef::I32 => "i32".into(),
        TypeRef::I64 => "i64".into(),
        TypeRef::U64 => "u64".into(),
        TypeRef::F32 => "f32".into(),
        TypeRef::F64 => "f64".into(),
        TypeRef::DateTime => "DateTime<Utc>".into(),
        TypeRef::Date => "NaiveDate".into(),
        TypeRef::Uuid => "Uuid".into(),
        TypeRef::Ipv4 => "Ipv4Addr".into(),
        TypeRef::Ipv6 => "Ipv6Addr".into(),
        TypeRef::IpAddr => "IpAddr".into(),
        TypeRef::Value => "serde_json::Value".into(),
        TypeRef::Bytes => "Bytes".into(),
        TypeRef::Unit => "()".into(),
        TypeRef::Vec(inner) => format!("Vec<{}>", rust_type(inner)),
        TypeRef::Map(inner) => format!("BTreeMap<String, {}>", rust_type(inner)),
        TypeRef::Option(inner) => format!("Option<{}>", rust_type(inner)),
        TypeRef::Boxed(inner) => format!("Box<{}>", rust_type(inner)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_types_read_as_rust() {
        let t = TypeRef::Option(Box::new(TypeRef::Vec(Box::new(TypeRef::Map(Box::new(
            TypeRef::Named("Pet".into()),
        ))))));
        assert_eq!(rust_type(&t), "Option<Vec<BTreeMap<String, Pet>>>");
        assert_eq!(rust_type(&TypeRef::DateTime), "DateTime<Utc>");
    }
}

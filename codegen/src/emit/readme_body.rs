//! The README's request-body example ([`Api::body_example`]): the body built with its type's
//! constructor and passed to its call, compiled as a doctest.

use crate::model::names::BUILDER;
use crate::model::{Api, BodyExample, Operation, Sample, Success, TypeRef};

/// The example's Rust (a doctest body), when the model chose a call for it.
pub(super) fn body_example(api: &Api, lib: &str) -> Option<String> {
    let example = api.body_example.as_ref()?;
    let op = api.operations.get(example.operation)?;
    let mut args: Vec<String> = example.params.iter().map(literal).collect();
    args.push("body".to_owned());
    let (bind, shown) = match &op.success {
        Success::Single {
            ty: TypeRef::Unit, ..
        } => ("", "println!(\"done\");"),
        Success::Single { .. } | Success::ByStatus { .. } => {
            ("let result = ", "println!(\"{result:#?}\");")
        }
    };
    Some(format!(
        "# async fn run(client: {lib}::Client) -> Result<(), Box<dyn std::error::Error>> {{\n\
         let body = {body};\n\
         {bind}{call}.{send}().await?;\n\
         {shown}\n\
         # Ok(())\n\
         # }}",
        body = construction(example, lib),
        call = call_path(api, op, &args.join(", ")),
        send = BUILDER.send,
    ))
}

/// `lib::types::Body::new(args…).with_x(value)`, one argument a line when that is long (as
/// rustfmt would have it).
fn construction(example: &BodyExample, lib: &str) -> String {
    let arguments: Vec<String> = example.arguments.iter().map(literal).collect();
    let new = format!("{lib}::types::{}::new", example.body_type);
    let setter = example
        .setter
        .as_ref()
        .map(|(method, value)| format!(".{method}({})", literal(value)))
        .unwrap_or_default();
    let line = format!("{new}({}){setter}", arguments.join(", "));
    if line.len() <= 80 {
        return line;
    }
    let args: String = arguments.iter().map(|a| format!("    {a},\n")).collect();
    let setter = if setter.is_empty() {
        setter
    } else {
        format!("\n{setter}")
    };
    format!("{new}(\n{args}){setter}")
}

/// The Rust literal for a sample; a string from the spec becomes an escaped string literal.
fn literal(sample: &Sample) -> String {
    match sample {
        Sample::Text(text) => proc_macro2::Literal::string(text).to_string(),
        Sample::Integer => "1".to_owned(),
        Sample::Number => "1.0".to_owned(),
        Sample::Flag => "true".to_owned(),
    }
}

/// `client.group().operation(args)`, or `client.operation(args)` for an untagged operation.
pub(super) fn call_path(api: &Api, op: &Operation, args: &str) -> String {
    match op.group {
        Some(g) => format!(
            "client.{}().{}({args})",
            api.groups[g].method, op.method_name
        ),
        None => format!("client.{}({args})", op.method_name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_from_the_spec_stays_inside_its_string_literal() {
        let hostile = Sample::Text("x\"); std::process::exit(1); (\"\n```".into());
        assert_eq!(
            literal(&hostile),
            r#""x\"); std::process::exit(1); (\"\n```""#
        );
    }

    #[test]
    fn long_constructions_take_one_argument_a_line() {
        let example = BodyExample {
            operation: 0,
            body_type: "CreateClusterRequest".into(),
            params: Vec::new(),
            arguments: vec![
                Sample::Text("name".into()),
                Sample::Text("planTypeId".into()),
                Sample::Flag,
            ],
            setter: Some(("with_size".into(), Sample::Number)),
        };
        assert_eq!(
            construction(&example, "camunda_cloud"),
            "camunda_cloud::types::CreateClusterRequest::new(\n    \"name\",\n    \"planTypeId\",\n    true,\n)\n.with_size(1.0)"
        );
        let short = BodyExample {
            arguments: vec![Sample::Integer],
            setter: None,
            ..example
        };
        assert_eq!(
            construction(&short, "c"),
            "c::types::CreateClusterRequest::new(1)"
        );
    }
}

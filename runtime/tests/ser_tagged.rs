//! `ser::tagged`, the `Serialize` of a union variant whose type leaves its tag out: the tag is
//! written first, a body that holds the tag too does not write it twice, and a body that is no object is refused with the variant named.

use cloudsdk_runtime::ser::tagged;
use serde::Serialize;
use serde_json::json;

/// `value` written as the `kind: value` variant.
fn written<T: Serialize>(value: &T) -> Result<String, String> {
    let mut out = Vec::new();
    let mut serializer = serde_json::Serializer::new(&mut out);
    tagged(&mut serializer, "kind", "cat", value).map_err(|e| e.to_string())?;
    Ok(String::from_utf8(out).expect("JSON is UTF-8"))
}

#[test]
fn the_tag_comes_first_and_once() {
    assert_eq!(
        written(&json!({"indoor": true})).unwrap(),
        r#"{"kind":"cat","indoor":true}"#
    );
    assert_eq!(written(&json!({})).unwrap(), r#"{"kind":"cat"}"#);
    let both = json!({"kind": "dog", "indoor": false});
    assert_eq!(written(&both).unwrap(), r#"{"kind":"cat","indoor":false}"#);
}

#[test]
fn a_body_that_is_no_object_is_refused() {
    let err = written(&json!([1, 2])).expect_err("an array");
    assert_eq!(
        err,
        "the `kind: cat` variant is written as an array, not an object"
    );
    let err = written(&"text").expect_err("a string");
    assert!(err.contains("a string"), "{err}");
}

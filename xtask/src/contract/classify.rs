//! Classifying one call's outcome from the line its program printed.

use std::collections::BTreeMap;

use serde_json::Value;

use super::plan::{Call, Plan};

/// The lines a contract program printed, by call id.
pub(super) fn results(output: &str) -> BTreeMap<String, Value> {
    output
        .lines()
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .filter_map(|v| Some((v.get("id")?.as_str()?.to_owned(), v)))
        .collect()
}

/// The calls, in the order the program makes them, that got no answer at all (Prism was not
/// there any more), their arguments having been built.
pub(super) fn unanswered(plan: &Plan, output: &str) -> Vec<String> {
    let results = results(output);
    plan.calls
        .iter()
        .filter(|c| {
            results.get(&c.id).is_some_and(|line| {
                text(line, "kind") == "error" && line.get("status").is_none_or(Value::is_null)
            })
        })
        .map(|c| c.id.clone())
        .collect()
}

/// One call's class and why, from its line (`None`: the program did not report it); `crashed`
/// says why Prism stopped, when it did.
pub(super) fn classify_call(
    call: &Call,
    line: Option<&Value>,
    crashed: Option<&str>,
) -> (&'static str, String) {
    let Some(line) = line else {
        return ("MISSING", "the program did not report this call".to_owned());
    };
    let (mut class, mut detail) = classify(line);
    if let Some(refused) = line.get("examples_refused") {
        detail = format!(
            "{detail} (the spec's example does not fit its schema, a sampled value was sent instead: {refused})"
        );
    }
    // No answer at all once Prism has crashed.
    if let (Some(crash), "OTHER") = (crashed, class) {
        if line.get("status").is_none_or(Value::is_null) {
            class = "PRISM";
            detail = crash.to_owned();
        }
    }
    if call.no_success && class == "OTHER" {
        (class, detail) = no_success(line, detail);
    }
    if let Some(why) = call.unchecked {
        if matches!(class, "OK" | "MOCK" | "PRISM") {
            detail = if class == "OK" {
                why.to_owned()
            } else {
                format!("{why} [{class}: {detail}]")
            };
            class = "UNCHECKED";
        }
    }
    (class, detail)
}

/// An operation whose spec documents no 2xx: `OK-ERROR` when Prism answered with a status the
/// operation documents and its body decoded into the generated error type (or was empty), else
/// `NO-2XX`.
fn no_success(line: &Value, detail: String) -> (&'static str, String) {
    let documented = line.get("documented").and_then(Value::as_bool) == Some(true);
    let decoded = line.get("error_decoded").and_then(Value::as_bool) == Some(true);
    let status = status_text(line.get("status").and_then(Value::as_u64));
    if documented && (decoded || text(line, "body").is_empty()) {
        let body = if decoded {
            "its body decoded into the error type"
        } else {
            "no body"
        };
        return (
            "OK-ERROR",
            format!(
                "the spec documents no 2xx response; its documented {status} came back, {body}"
            ),
        );
    }
    (
        "NO-2XX",
        format!("the spec documents no 2xx response; {detail}"),
    )
}

/// Prism's violation when the spec gives an operation's body no media type.
const NO_MEDIA_TYPE: &str = "No supported content types, but request included a non-empty body";

/// Prism's own error documents have types in this namespace.
const PRISM_ERRORS: &str = "https://stoplight.io/prism/errors#";

/// `location: message` of each violation Prism lists.
fn describe(vs: &[&Value]) -> String {
    vs.iter()
        .map(|v| {
            let location = v
                .get("location")
                .and_then(Value::as_array)
                .map(|l| {
                    l.iter()
                        .map(|s| s.as_str().map_or_else(|| s.to_string(), str::to_owned))
                        .collect::<Vec<_>>()
                        .join(".")
                })
                .unwrap_or_default();
            format!("{location}: {}", text(v, "message"))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// A string field of a JSON object, or `""`.
fn text<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key).and_then(Value::as_str).unwrap_or("")
}

/// `404`, or `-` without a status.
fn status_text(status: Option<u64>) -> String {
    status.map_or_else(|| "-".into(), |s| s.to_string())
}

pub(super) fn classify(line: &Value) -> (&'static str, String) {
    let status = line.get("status").and_then(Value::as_u64);
    let violations: Vec<Value> = line
        .get("violations")
        .and_then(Value::as_str)
        .and_then(|v| serde_json::from_str(v).ok())
        .unwrap_or_default();
    let in_request =
        |v: &Value| v.pointer("/location/0").and_then(Value::as_str) == Some("request");
    let (request_errors, response_errors): (Vec<&Value>, Vec<&Value>) = violations
        .iter()
        .filter(|v| text(v, "severity") == "Error")
        .partition(|v| in_request(v));
    match text(line, "kind") {
        "ok" => ("OK", String::new()),
        "args" => ("ARGS", text(line, "message").to_owned()),
        // Prism answers 2xx without a body when the spec names no media type for the response
        // (a Swagger 2.0 document without `produces`): nothing to decode.
        "decode" if text(line, "body").is_empty() && matches!(status, Some(200..=299)) => (
            "PRISM",
            format!(
                "{}: Prism sent no body (the spec declares no response media type it serves)",
                status_text(status)
            ),
        ),
        "decode" => (
            "DECODE",
            format!("at `{}`: {}", text(line, "path"), text(line, "message")),
        ),
        // A body parameter without any request media type (Swagger 2.0 without `consumes`):
        // Prism refuses every body.
        _ if request_errors
            .iter()
            .any(|v| text(v, "message").starts_with(NO_MEDIA_TYPE)) =>
        {
            (
                "PRISM",
                format!("{}: {}", status_text(status), describe(&request_errors)),
            )
        }
        _ if !request_errors.is_empty() => (
            "REJECTED",
            format!("{}: {}", status_text(status), describe(&request_errors)),
        ),
        _ => after_validation(line, status, &response_errors),
    }
}

/// A failure whose request validated: Prism's response violates the spec (`MOCK`), Prism
/// refused the request or failed while building its response (`REJECTED`, `PRISM`), or
/// anything else (`OTHER`).
fn after_validation(
    line: &Value,
    status: Option<u64>,
    response_errors: &[&Value],
) -> (&'static str, String) {
    let problem: Option<Value> = serde_json::from_str(text(line, "body")).ok();
    let problem = problem.as_ref();
    let problem_type = problem.map_or("", |p| text(p, "type"));
    if problem_type == format!("{PRISM_ERRORS}VIOLATIONS") || !response_errors.is_empty() {
        let listed: Vec<&Value> = problem
            .and_then(|p| p.get("validation"))
            .and_then(Value::as_array)
            .map(|a| a.iter().collect())
            .unwrap_or_default();
        let described = if listed.is_empty() {
            describe(response_errors)
        } else {
            describe(&listed)
        };
        ("MOCK", described)
    } else if let Some(t) = problem_type.strip_prefix(PRISM_ERRORS) {
        let detail = problem.map_or("", |p| text(p, "detail"));
        // 401 security, 404/405 no route, 415 content type, 422 invalid: the request was
        // refused. Anything else (406, 500) happened after the request validated, while
        // Prism built its response.
        let refused = matches!(status, Some(400..=499))
            && status != Some(406)
            && !detail.starts_with(NO_MEDIA_TYPE);
        // The violations Prism lists in its problem document, when it lists some.
        let listed: Vec<&Value> = problem
            .and_then(|p| p.get("validation"))
            .and_then(Value::as_array)
            .map(|a| a.iter().collect())
            .unwrap_or_default();
        let listed = if listed.is_empty() {
            String::new()
        } else {
            format!(" [{}]", describe(&listed))
        };
        (
            if refused { "REJECTED" } else { "PRISM" },
            format!("{}: {t}: {detail}{listed}", status_text(status)),
        )
    } else {
        ("OTHER", text(line, "message").chars().take(300).collect())
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn request_violations_are_rejections_and_prism_errors_after_validation_are_not() {
        let violations = json!([{"location": ["request", "body"], "severity": "Error", "message": "must have required property 'x'"}]);
        let line = json!({"kind": "error", "status": 400, "violations": violations.to_string(), "body": ""});
        assert_eq!(classify(&line).0, "REJECTED");
        let line = json!({"kind": "error", "status": 406, "body": json!({"type": format!("{PRISM_ERRORS}NOT_ACCEPTABLE")}).to_string()});
        assert_eq!(classify(&line).0, "PRISM");
        let line = json!({"kind": "error", "status": 404, "body": json!({"type": format!("{PRISM_ERRORS}NO_PATH_MATCHED_ERROR")}).to_string()});
        assert_eq!(classify(&line).0, "REJECTED");
        let line = json!({"kind": "error", "status": 500, "body": json!({"type": format!("{PRISM_ERRORS}VIOLATIONS"), "validation": []}).to_string()});
        assert_eq!(classify(&line).0, "MOCK");
        assert_eq!(
            classify(&json!({"kind": "error", "status": 409, "body": "{}"})).0,
            "OTHER"
        );
        // The spec's own gaps: no request media type, no response media type.
        let no_media =
            json!([{"location": ["request"], "severity": "Error", "message": NO_MEDIA_TYPE}]);
        let line =
            json!({"kind": "error", "status": 415, "violations": no_media.to_string(), "body": ""});
        assert_eq!(classify(&line).0, "PRISM");
        let problem =
            json!({"type": format!("{PRISM_ERRORS}INVALID_CONTENT_TYPE"), "detail": NO_MEDIA_TYPE});
        let line = json!({"kind": "error", "status": 415, "body": problem.to_string()});
        assert_eq!(classify(&line).0, "PRISM");
        let empty =
            json!({"kind": "decode", "status": 200, "path": ".", "message": "null", "body": ""});
        assert_eq!(classify(&empty).0, "PRISM");
        let wrong =
            json!({"kind": "decode", "status": 200, "path": ".", "message": "x", "body": "[]"});
        assert_eq!(classify(&wrong).0, "DECODE");
    }

    fn call(no_success: bool) -> Call {
        Call {
            id: "op".into(),
            expr: String::new(),
            method: "GET".into(),
            path: "/".into(),
            client: 0,
            unchecked: None,
            no_success,
        }
    }

    /// Without a documented 2xx, a documented status whose body decoded (or was empty)
    /// round-trips; an undocumented one, or a body the error type refused, does not.
    #[test]
    fn documented_errors_of_operations_without_success_round_trip_only_when_they_decode() {
        let line = |documented: bool, decoded: bool, body: &str| {
            json!({"kind": "error", "status": 404, "documented": documented,
                   "error_decoded": decoded, "body": body, "message": "404"})
        };
        let class = |c: &Call, l: &Value| classify_call(c, Some(l), None).0;
        assert_eq!(class(&call(true), &line(true, true, "{}")), "OK-ERROR");
        assert_eq!(class(&call(true), &line(true, false, "")), "OK-ERROR");
        assert_eq!(class(&call(true), &line(true, false, "{}")), "NO-2XX");
        assert_eq!(class(&call(true), &line(false, false, "")), "NO-2XX");
        assert_eq!(class(&call(false), &line(true, true, "{}")), "OTHER");
        assert_eq!(classify_call(&call(false), None, None).0, "MISSING");
    }
}

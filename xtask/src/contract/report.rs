//! Classifying each call's outcome and printing a table per spec.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::plan::Plan;

pub(super) struct SpecSummary {
    pub(super) name: String,
    pub(super) operations: usize,
    pub(super) called: usize,
    pub(super) skipped: usize,
    pub(super) counts: BTreeMap<&'static str, usize>,
    /// What Prism said it could not check.
    pub(super) notes: Vec<String>,
}

impl SpecSummary {
    pub(super) fn count(&self, class: &str) -> usize {
        self.counts.get(class).copied().unwrap_or(0)
    }
}

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

fn classify(line: &Value) -> (&'static str, String) {
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
        "decode" => (
            "DECODE",
            format!("at `{}`: {}", text(line, "path"), text(line, "message")),
        ),
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
        let refused = matches!(status, Some(400..=499)) && status != Some(406);
        (
            if refused { "REJECTED" } else { "PRISM" },
            format!("{}: {t}: {detail}", status_text(status)),
        )
    } else {
        ("OTHER", text(line, "message").chars().take(300).collect())
    }
}

pub(super) fn report(plan: &Plan, output: &str, secs: f64) -> (SpecSummary, bool) {
    let mut results: BTreeMap<String, Value> = BTreeMap::new();
    for line in output.lines() {
        if let Ok(v) = serde_json::from_str::<Value>(line) {
            if let Some(id) = v.get("id").and_then(Value::as_str) {
                results.insert(id.to_owned(), v.clone());
            }
        }
    }
    println!("\n## {} ({:.1} s)\n", plan.name, secs);
    println!("| operation | call | result | detail |");
    println!("|---|---|---|---|");
    let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut ok = true;
    let mut seen = BTreeSet::new();
    for call in &plan.calls {
        let (mut class, mut detail) = match results.get(&call.id) {
            Some(line) => classify(line),
            None => ("MISSING", "the program did not report this call".to_owned()),
        };
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
        seen.insert(call.id.as_str());
        *counts.entry(class).or_default() += 1;
        if !matches!(class, "OK" | "UNCHECKED") {
            ok = false;
        }
        println!(
            "| {} | `{} {}` | {class} | {} |",
            call.id,
            call.method,
            call.path,
            detail.replace('|', "\\|").replace('\n', " ")
        );
    }
    for s in &plan.skipped {
        println!("| {s} | | SKIPPED | websocket: Prism mocks HTTP only |");
    }
    (
        SpecSummary {
            name: plan.name.clone(),
            operations: plan.calls.len() + plan.skipped.len(),
            called: results.keys().filter(|k| seen.contains(k.as_str())).count(),
            skipped: plan.skipped.len(),
            counts,
            notes: Vec::new(),
        },
        ok,
    )
}

/// The table of every spec's counts, and what Prism said it could not check.
pub(super) fn print_summary(summary: &[SpecSummary]) {
    println!("\n## Summary\n");
    println!(
        "| spec | operations | called | OK | UNCHECKED | REJECTED | DECODE | MOCK | PRISM | ARGS | OTHER | skipped |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for s in summary {
        println!(
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            s.name,
            s.operations,
            s.called,
            s.count("OK"),
            s.count("UNCHECKED"),
            s.count("REJECTED"),
            s.count("DECODE"),
            s.count("MOCK"),
            s.count("PRISM"),
            s.count("ARGS"),
            s.count("OTHER") + s.count("MISSING"),
            s.skipped,
        );
    }
    for s in summary {
        for note in &s.notes {
            println!("note: {}: {note}", s.name);
        }
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
    }
}

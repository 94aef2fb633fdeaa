//! Classifying each call's outcome and printing a table per spec.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

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
    /// Why no call was made (Prism could not load the spec, the program did not build).
    pub(super) not_run: Option<String>,
}

impl SpecSummary {
    pub(super) fn count(&self, class: &str) -> usize {
        self.counts.get(class).copied().unwrap_or(0)
    }
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
        (
            if refused { "REJECTED" } else { "PRISM" },
            format!("{}: {t}: {detail}", status_text(status)),
        )
    } else {
        ("OTHER", text(line, "message").chars().take(300).collect())
    }
}

/// Classifies every planned call from the program's `output`, writing a table into `out`.
pub(super) fn report(
    plan: &Plan,
    shown: &str,
    output: &str,
    secs: f64,
    crashed: Option<String>,
    out: &mut String,
) -> (SpecSummary, bool) {
    let mut results: BTreeMap<String, Value> = BTreeMap::new();
    for line in output.lines() {
        if let Ok(v) = serde_json::from_str::<Value>(line) {
            if let Some(id) = v.get("id").and_then(Value::as_str) {
                results.insert(id.to_owned(), v.clone());
            }
        }
    }
    let _ = writeln!(out, "\n## {shown} ({secs:.1} s)\n");
    let _ = writeln!(out, "| operation | call | result | detail |");
    let _ = writeln!(out, "|---|---|---|---|");
    let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut ok = true;
    let mut seen = BTreeSet::new();
    for call in &plan.calls {
        let (mut class, mut detail) = match results.get(&call.id) {
            Some(line) => classify(line),
            None => ("MISSING", "the program did not report this call".to_owned()),
        };
        if let Some(refused) = results
            .get(&call.id)
            .and_then(|l| l.get("examples_refused"))
        {
            detail = format!(
                "{detail} (the spec's example does not fit its schema, a sampled value was sent instead: {refused})"
            );
        }
        if let (Some(crash), Some(line)) = (&crashed, results.get(&call.id)) {
            // No answer at all once Prism has crashed.
            if class == "OTHER" && line.get("status").is_none_or(Value::is_null) {
                class = "PRISM";
                detail = crash.clone();
            }
        }
        if call.no_success && class == "OTHER" {
            class = "NO-2XX";
            detail = format!("the spec documents no 2xx response; {detail}");
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
        seen.insert(call.id.as_str());
        *counts.entry(class).or_default() += 1;
        if !matches!(class, "OK" | "UNCHECKED") {
            ok = false;
        }
        let _ = writeln!(
            out,
            "| {} | `{} {}` | {class} | {} |",
            call.id,
            call.method,
            call.path,
            detail.replace('|', "\\|").replace('\n', " ")
        );
    }
    for s in &plan.skipped {
        let _ = writeln!(
            out,
            "| {s} | | SKIPPED | websocket: Prism mocks HTTP only |"
        );
    }
    (
        SpecSummary {
            name: shown.to_owned(),
            operations: plan.calls.len() + plan.skipped.len(),
            called: results.keys().filter(|k| seen.contains(k.as_str())).count(),
            skipped: plan.skipped.len(),
            counts,
            notes: Vec::new(),
            not_run: None,
        },
        ok,
    )
}

/// Classes a failure of the spec or of Prism falls into, not of the generated client: Prism's
/// response violates the spec (`MOCK`: the spec's example contradicts its schema), Prism fails
/// while building a response it validated the request for (`PRISM`: media types it cannot
/// serve), an operation whose spec documents no success, so Prism answers with an error status
/// (`NO-2XX`), or a listed operation whose response cannot be checked (`UNCHECKED`).
pub(super) const SPEC_CAUSED: &[&str] = &["MOCK", "PRISM", "NO-2XX", "UNCHECKED"];

/// Classes that are the client's (or the contract tool's) failures.
const CLIENT_CAUSED: &[&str] = &["REJECTED", "DECODE", "ARGS", "OTHER", "MISSING"];

/// Counts over many specs.
#[derive(Default)]
struct Totals {
    specs: usize,
    not_run: usize,
    operations: usize,
    not_run_operations: usize,
    skipped: usize,
    counts: BTreeMap<&'static str, usize>,
}

impl Totals {
    fn add(&mut self, s: &SpecSummary) {
        if s.not_run.is_some() {
            self.not_run += 1;
            self.not_run_operations += s.operations;
            return;
        }
        self.specs += 1;
        self.operations += s.operations;
        self.skipped += s.skipped;
        for (class, n) in &s.counts {
            *self.counts.entry(class).or_default() += n;
        }
    }

    fn sum(&self, classes: &[&str]) -> usize {
        classes
            .iter()
            .map(|c| self.counts.get(c).copied().unwrap_or(0))
            .sum()
    }

    /// OK ÷ (operations called − failures caused by the spec or Prism), in percent.
    fn percent(&self) -> f64 {
        let called = self.operations - self.skipped;
        let judged = called - self.sum(SPEC_CAUSED);
        if judged == 0 {
            100.0
        } else {
            100.0 * self.sum(&["OK"]) as f64 / judged as f64
        }
    }
}

/// The table of every spec's counts, what Prism said it could not check, and the totals with
/// the round-trip percentage; `not_generated` are the descriptions that did not become a crate.
pub(super) fn print_summary(summary: &[SpecSummary], not_generated: &[(String, String)]) -> f64 {
    println!("\n## Summary\n");
    println!(
        "| spec | operations | called | OK | UNCHECKED | MOCK | PRISM | NO-2XX | REJECTED | DECODE | ARGS | OTHER | skipped | not run |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
    let mut totals = Totals::default();
    for s in summary {
        totals.add(s);
        println!(
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            s.name,
            s.operations,
            s.called,
            s.count("OK"),
            s.count("UNCHECKED"),
            s.count("MOCK"),
            s.count("PRISM"),
            s.count("NO-2XX"),
            s.count("REJECTED"),
            s.count("DECODE"),
            s.count("ARGS"),
            s.count("OTHER") + s.count("MISSING"),
            s.skipped,
            s.not_run.as_deref().unwrap_or(""),
        );
    }
    for s in summary {
        for note in &s.notes {
            println!("note: {}: {note}", s.name);
        }
    }
    for (spec, why) in not_generated {
        println!("not run: {spec}: {why}");
    }
    print_totals(&totals, not_generated);
    totals.percent()
}

fn print_totals(t: &Totals, not_generated: &[(String, String)]) {
    let not_api = not_generated
        .iter()
        .filter(|(_, why)| why.starts_with("not an API"))
        .count();
    println!("\n## Totals\n");
    println!(
        "| specs run | operations | OK | UNCHECKED | MOCK | PRISM | NO-2XX | REJECTED | DECODE | ARGS | OTHER | websocket | round-trip |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    println!(
        "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {:.1}% |",
        t.specs,
        t.operations,
        t.sum(&["OK"]),
        t.sum(&["UNCHECKED"]),
        t.sum(&["MOCK"]),
        t.sum(&["PRISM"]),
        t.sum(&["NO-2XX"]),
        t.sum(&["REJECTED"]),
        t.sum(&["DECODE"]),
        t.sum(&["ARGS"]),
        t.sum(&["OTHER", "MISSING"]),
        t.skipped,
        t.percent(),
    );
    println!(
        "\n{} calls failed on the client's side (REJECTED, DECODE, ARGS, OTHER)",
        t.sum(CLIENT_CAUSED)
    );
    println!(
        "round-trip = OK ÷ (operations called − MOCK − PRISM − NO-2XX − UNCHECKED) = {} ÷ ({} − {}); \
         not run: {} specs ({} operations) Prism could not serve or whose program did not build, \
         {} descriptions that did not generate, {} files that are not API descriptions",
        t.sum(&["OK"]),
        t.operations - t.skipped,
        t.sum(SPEC_CAUSED),
        t.not_run,
        t.not_run_operations,
        not_generated.len() - not_api,
        not_api,
    );
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

    fn summary(
        counts: &[(&'static str, usize)],
        skipped: usize,
        not_run: Option<&str>,
    ) -> SpecSummary {
        let operations = counts.iter().map(|(_, n)| n).sum::<usize>() + skipped;
        SpecSummary {
            name: "s".into(),
            operations,
            called: operations - skipped,
            skipped,
            counts: counts.iter().copied().collect(),
            notes: Vec::new(),
            not_run: not_run.map(str::to_owned),
        }
    }

    /// The share leaves out the spec's and Prism's failures, websockets and specs not run, and
    /// nothing else.
    #[test]
    fn round_trip_share_counts_client_failures_only() {
        let mut totals = Totals::default();
        totals.add(&summary(
            &[("OK", 90), ("MOCK", 6), ("PRISM", 2), ("DECODE", 2)],
            3,
            None,
        ));
        totals.add(&summary(
            &[("OK", 4), ("REJECTED", 2), ("UNCHECKED", 1)],
            0,
            None,
        ));
        totals.add(&summary(&[("OK", 50)], 0, Some("Prism did not serve it")));
        assert_eq!(
            (totals.specs, totals.not_run, totals.not_run_operations),
            (2, 1, 50)
        );
        // 94 OK of 107 called, 9 of them the spec's: 94 / 98.
        assert!(
            (totals.percent() - 100.0 * 94.0 / 98.0).abs() < 1e-9,
            "{}",
            totals.percent()
        );
        assert_eq!(totals.sum(CLIENT_CAUSED), 4);
    }
}

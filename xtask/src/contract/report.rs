//! Classifying each call's outcome and printing a table per spec.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::classify::{classify_call, results};
use super::plan::Plan;

pub(super) struct SpecSummary {
    pub(super) name: String,
    pub(super) operations: usize,
    pub(super) called: usize,
    pub(super) skipped: usize,
    pub(super) counts: BTreeMap<&'static str, usize>,
    /// Calls whose static response violated the spec and whose `--dynamic` one decoded.
    pub(super) moved: usize,
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

/// Classifies every planned call from the program's `output` (and, for the calls whose static
/// response violated the spec, from the `dynamic` run's output), writing a table into `out`.
pub(super) fn report(
    plan: &Plan,
    shown: &str,
    outputs: &Outputs,
    secs: f64,
    out: &mut String,
) -> SpecSummary {
    let dynamic = outputs.dynamic_run.map(results).unwrap_or_default();
    let results = results(outputs.static_run);
    let _ = writeln!(out, "\n## {shown} ({secs:.1} s)\n");
    let _ = writeln!(out, "| operation | call | result | detail |");
    let _ = writeln!(out, "|---|---|---|---|");
    let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut moved = 0;
    for call in &plan.calls {
        let crashed = outputs.crashed.as_deref();
        let (mut class, mut detail) = classify_call(call, results.get(&call.id), crashed);
        if let (true, Some(line)) = (class == "MOCK", dynamic.get(&call.id)) {
            let (again, why) = classify_call(call, Some(line), outputs.dynamic_crashed.as_deref());
            if again == "OK" {
                moved += 1;
                class = "OK";
                detail = format!(
                    "Prism's schema-generated (`--dynamic`) response decoded; its static one did not fit the spec: {detail}"
                );
            } else {
                detail = format!("{detail} [with `--dynamic`: {again}: {why}]");
            }
        }
        *counts.entry(class).or_default() += 1;
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
    SpecSummary {
        name: shown.to_owned(),
        operations: plan.calls.len() + plan.skipped.len(),
        called: plan
            .calls
            .iter()
            .filter(|c| results.contains_key(&c.id))
            .count(),
        skipped: plan.skipped.len(),
        counts,
        moved,
        notes: Vec::new(),
        not_run: None,
    }
}

/// What a spec's runs printed: the program against the static mock, and (when some calls got a
/// response violating the spec) again for those calls against a `--dynamic` one.
pub(super) struct Outputs<'a> {
    pub(super) static_run: &'a str,
    pub(super) crashed: Option<String>,
    pub(super) dynamic_run: Option<&'a str>,
    pub(super) dynamic_crashed: Option<String>,
}

/// The calls whose static response violated the spec (`MOCK`): the ones worth a `--dynamic` run.
pub(super) fn mock_calls(plan: &Plan, output: &str, crashed: Option<&str>) -> Vec<String> {
    let results = results(output);
    plan.calls
        .iter()
        .filter(|c| classify_call(c, results.get(&c.id), crashed).0 == "MOCK")
        .map(|c| c.id.clone())
        .collect()
}

/// Classes a failure of the spec or of Prism falls into, not of the generated client: Prism's
/// response violates the spec (`MOCK`: the spec's example contradicts its schema), Prism fails
/// while building a response it validated the request for (`PRISM`: media types it cannot
/// serve), an operation whose spec documents no success, so Prism answers with an error status
/// (`NO-2XX`), or a listed operation whose response cannot be checked (`UNCHECKED`).
pub(super) const SPEC_CAUSED: &[&str] = &["MOCK", "PRISM", "NO-2XX", "UNCHECKED"];

/// Classes that are the client's (or the contract tool's) failures.
const CLIENT_CAUSED: &[&str] = &["REJECTED", "DECODE", "ARGS", "OTHER", "MISSING"];

/// Classes that count as a round trip: a 2xx decoded into its type, or, for an operation whose
/// spec documents no 2xx, a documented error decoded into the error type (`OK-ERROR`).
const ROUND_TRIPS: &[&str] = &["OK", "OK-ERROR"];

/// Counts over many specs.
#[derive(Default)]
struct Totals {
    specs: usize,
    not_run: usize,
    operations: usize,
    not_run_operations: usize,
    skipped: usize,
    moved: usize,
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
        self.moved += s.moved;
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

    /// The headline: round trips ÷ every operation of every description that generated, the
    /// ones never called (specs Prism did not serve, websockets) included, in percent.
    fn percent(&self) -> f64 {
        share(
            self.sum(ROUND_TRIPS),
            self.operations + self.not_run_operations,
        )
    }

    /// The narrow share: round trips ÷ (operations called − failures caused by the spec or
    /// Prism), in percent.
    fn narrow_percent(&self) -> f64 {
        share(self.sum(ROUND_TRIPS), self.judged())
    }

    fn judged(&self) -> usize {
        self.operations - self.skipped - self.sum(SPEC_CAUSED)
    }
}

/// `part ÷ whole` in percent (100 of nothing).
fn share(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        100.0
    } else {
        100.0 * part as f64 / whole as f64
    }
}

/// The table of every spec's counts, what Prism said it could not check, and the totals with
/// the round-trip percentage (the headline one, returned); `not_generated` are the descriptions
/// that did not become a crate.
pub(super) fn print_summary(summary: &[SpecSummary], not_generated: &[(String, String)]) -> f64 {
    println!("\n## Summary\n");
    println!(
        "| spec | operations | called | OK | OK-ERROR | UNCHECKED | MOCK | PRISM | NO-2XX | REJECTED | DECODE | ARGS | OTHER | skipped | not run |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
    let mut totals = Totals::default();
    for s in summary {
        totals.add(s);
        println!(
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            s.name,
            s.operations,
            s.called,
            s.count("OK"),
            s.count("OK-ERROR"),
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
        "| specs run | not run | operations | OK | OK-ERROR | UNCHECKED | MOCK | PRISM | NO-2XX | REJECTED | DECODE | ARGS | OTHER | websocket | round-trip, all operations | narrow |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    println!(
        "| {} | {} ({} operations) | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {:.1}% | {:.1}% |",
        t.specs,
        t.not_run,
        t.not_run_operations,
        t.operations + t.not_run_operations,
        t.sum(&["OK"]),
        t.sum(&["OK-ERROR"]),
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
        t.narrow_percent(),
    );
    println!(
        "\n{} calls failed on the client's side (REJECTED, DECODE, ARGS, OTHER); {} calls whose \
         static response violated the spec round-tripped against Prism's `--dynamic` responses \
         (counted in OK)",
        t.sum(CLIENT_CAUSED),
        t.moved,
    );
    println!(
        "round-trip, all operations = (OK + OK-ERROR) ÷ every operation of the descriptions that \
         generated = {} ÷ {}; narrow = (OK + OK-ERROR) ÷ (operations called − MOCK − PRISM − \
         NO-2XX − UNCHECKED) = {} ÷ {}; not run: {} specs ({} operations) Prism could not serve or \
         whose program did not build, {} descriptions that did not generate (not in either \
         share), {} files that are not API descriptions",
        t.sum(ROUND_TRIPS),
        t.operations + t.not_run_operations,
        t.sum(ROUND_TRIPS),
        t.judged(),
        t.not_run,
        t.not_run_operations,
        not_generated.len() - not_api,
        not_api,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

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
            moved: 0,
            notes: Vec::new(),
            not_run: not_run.map(str::to_owned),
        }
    }

    /// The headline share counts every operation (websockets and specs not run included); the
    /// narrow one leaves out the spec's and Prism's failures, websockets and specs not run, and
    /// nothing else. A documented error of an operation without a 2xx counts in both.
    #[test]
    fn both_shares_count_what_they_say() {
        let mut totals = Totals::default();
        totals.add(&summary(
            &[("OK", 90), ("MOCK", 6), ("PRISM", 2), ("DECODE", 2)],
            3,
            None,
        ));
        totals.add(&summary(
            &[
                ("OK", 3),
                ("OK-ERROR", 1),
                ("REJECTED", 2),
                ("UNCHECKED", 1),
            ],
            0,
            None,
        ));
        totals.add(&summary(&[("OK", 50)], 0, Some("Prism did not serve it")));
        assert_eq!(
            (totals.specs, totals.not_run, totals.not_run_operations),
            (2, 1, 50)
        );
        // 94 round trips of 107 called, 9 of them the spec's: 94 / 98.
        let close = |a: f64, b: f64| (a - b).abs() < 1e-9;
        assert!(close(totals.narrow_percent(), 100.0 * 94.0 / 98.0));
        // 94 of 160 operations: 103 + 7 in the specs run (3 websockets among them), 50 not run.
        assert!(
            close(totals.percent(), 100.0 * 94.0 / 160.0),
            "{}",
            totals.percent()
        );
        assert_eq!(totals.sum(CLIENT_CAUSED), 4);
    }
}

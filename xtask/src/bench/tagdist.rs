//! Every tag of a crate checked alone beside the whole crate (`--tags SPEC=all`, issue 16), so
//! that "a typical tag" is read off a distribution instead of picked by hand.
//!
//! Each round checks the whole crate, then no tag feature (`rustls` alone: the floor every tag
//! pays), then every tag feature alone (`--no-default-features --features rustls,<tag>`, the
//! crate cleaned before each), in reverse order every other round so that a drift in load does
//! not always fall on the same tags; a last whole-crate check closes the rounds. A tag's ratio is the median of its CPU times over the median of the whole crate's.
//! The types each tag compiles come from the model (`features --why`'s closure).

use std::fmt::Write as _;
use std::path::Path;
use std::process::Output;
use std::time::Duration;

use anyhow::{Result, anyhow};
use cloudsdk_codegen::emit::Dependencies;
use cloudsdk_codegen::model::features::reasons;
use cloudsdk_codegen::{Options, read_model};

use super::lean::{self, TagCheck};
use super::{fmt_duration, median};
use crate::features::{always, compiles};

/// The `--tags` value that asks for every tag of a spec.
pub(super) const ALL: &str = "all";

/// One tag feature: its size in the model and its checks.
pub(super) struct TagCost {
    pub operations: usize,
    /// Types compiled with this feature alone (those compiled always included).
    pub types: usize,
    pub check: TagCheck,
}

/// Every tag of one crate, and the whole crate's checks between them.
pub(super) struct EachTag {
    pub operations: usize,
    pub types: usize,
    /// No tag feature: the untagged operations and the types always compiled.
    pub floor: TagCost,
    pub tags: Vec<TagCost>,
    pub full: Vec<Duration>,
    pub full_cpu: Vec<Duration>,
    pub full_failed: Option<String>,
}

/// Whether `--tags` asks for every tag of the spec named `spec`.
pub(super) fn wants_all(spec: &str, tags: &[(String, String)]) -> bool {
    tags.iter().any(|(s, t)| s == spec && t == ALL)
}

/// The tag features of the spec at `path` with their operations and the types each compiles.
pub(super) fn plan(path: &Path) -> Result<EachTag> {
    let options = Options::new("tagdist", Dependencies::Workspace);
    let modelled = read_model(path, &options).map_err(|d| anyhow!("{}: {d}", path.display()))?;
    let api = &modelled.api;
    let reasons = reasons(api);
    let tags = api
        .groups
        .iter()
        .enumerate()
        .filter_map(|(index, group)| {
            let feature = group.feature.as_deref()?;
            Some(TagCost {
                operations: api
                    .operations
                    .iter()
                    .filter(|op| op.group == Some(index))
                    .count(),
                types: reasons
                    .iter()
                    .filter(|(_, r)| compiles(Some(feature), r))
                    .count(),
                check: TagCheck::new(feature),
            })
        })
        .collect();
    let floor = TagCost {
        operations: api
            .operations
            .iter()
            .filter(|op| op.group.is_none())
            .count(),
        types: reasons.iter().filter(|(_, r)| always(r)).count(),
        check: TagCheck::new(""),
    };
    Ok(EachTag {
        operations: api.operations.len(),
        types: reasons.len(),
        floor,
        tags,
        full: Vec::new(),
        full_cpu: Vec::new(),
        full_failed: None,
    })
}

/// `runs` rounds of the whole crate then every tag, and a closing whole-crate check.
pub(super) fn measure(
    check: &dyn Fn(&[&str]) -> Result<Output>,
    package: &str,
    each: &mut EachTag,
    runs: usize,
) -> Result<()> {
    for run in 0..=runs {
        eprintln!("bench: cargo check {package}, whole crate (all tags: {run}/{runs})");
        let slots = (&mut each.full, &mut each.full_cpu, &mut each.full_failed);
        super::time_cargo(check, "check", package, slots)?;
        if run == runs {
            break;
        }
        eprintln!("bench: cargo check {package} --features rustls (no tag)");
        lean::time_tag(check, package, &mut each.floor.check)?;
        let count = each.tags.len();
        for i in 0..count {
            let at = if run % 2 == 0 { i } else { count - 1 - i };
            let tag = &mut each.tags[at].check;
            eprintln!("bench: cargo check {package} --features rustls,{}", tag.tag);
            lean::time_tag(check, package, tag)?;
        }
    }
    Ok(())
}

/// A tag's median CPU time over the whole crate's, when both compiled.
fn cpu_ratio(tag: &TagCheck, full: &[Duration]) -> Option<f64> {
    ratio(&tag.check_cpu, full)
}

fn ratio(part: &[Duration], whole: &[Duration]) -> Option<f64> {
    match (median(part), median(whole)) {
        (Some(p), Some(w)) if !w.is_zero() => Some(p.as_secs_f64() / w.as_secs_f64()),
        _ => None,
    }
}

/// The median of `values` (the mean of the middle two for an even count).
fn median_of(values: &[f64]) -> Option<f64> {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0),
    }
}

/// The nearest-rank `p`-th percentile (0 < p ≤ 100): the smallest value with at least p% of
/// the values at or below it.
fn percentile(values: &[f64], p: f64) -> Option<f64> {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let rank = (p / 100.0 * sorted.len() as f64).ceil() as usize;
    sorted.get(rank.max(1) - 1).copied()
}

/// The typical tag: the one with the median operation count, tags sorted by operations, then
/// types, then name, the lower middle one for an even count. Tags that failed are left out.
fn typical(tags: &[TagCost]) -> Option<&TagCost> {
    let mut ok: Vec<&TagCost> = tags.iter().filter(|t| t.check.failed.is_none()).collect();
    ok.sort_by(|a, b| {
        (a.operations, a.types, &a.check.tag).cmp(&(b.operations, b.types, &b.check.tag))
    });
    ok.get(ok.len().checked_sub(1)? / 2).copied()
}

/// The markdown table (whole crate first, then the tags by CPU ratio, largest first) and the
/// distribution of the ratios.
pub(super) fn render(spec: &str, each: &EachTag, target: f64) -> String {
    let mut out = format!(
        "\n#### Every tag of {spec} alone ÷ the whole crate (`cargo check`, CPU time)\n\n\
         | tag | operations | types compiled | cpu | wall | ratio (cpu) | ratio (wall) |\n\
         |---|---:|---:|---:|---:|---:|---:|\n"
    );
    let whole = match &each.full_failed {
        Some(why) => format!("does not compile: {why} | — "),
        None => format!("{} | {}", secs(&each.full_cpu), secs(&each.full)),
    };
    let _ = writeln!(
        out,
        "| whole crate (`full`) | {} | {} | {whole} | 1.00 | 1.00 |",
        each.operations, each.types
    );
    let _ = writeln!(out, "{}", row(&each.floor, each));
    let mut rows: Vec<&TagCost> = each.tags.iter().collect();
    // Failed tags have no ratio and go last.
    let key = |t: &TagCost| cpu_ratio(&t.check, &each.full_cpu).unwrap_or(f64::NEG_INFINITY);
    rows.sort_by(|a, b| {
        key(b)
            .total_cmp(&key(a))
            .then(a.check.tag.cmp(&b.check.tag))
    });
    for t in &rows {
        let _ = writeln!(out, "{}", row(t, each));
    }
    out.push_str(&summary(each, target));
    out
}

/// One tag's row.
fn row(t: &TagCost, each: &EachTag) -> String {
    let fmt = |r: Option<f64>| r.map_or_else(|| "—".to_owned(), |r| format!("{r:.2}"));
    let times = match &t.check.failed {
        Some(why) => format!("does not compile: {why} | —"),
        None => format!("{} | {}", secs(&t.check.check_cpu), secs(&t.check.check)),
    };
    let name = match t.check.tag.as_str() {
        "" => "no tag (`rustls` only)".to_owned(),
        tag => format!("`{tag}`"),
    };
    format!(
        "| {name} | {} | {} | {times} | {} | {} |",
        t.operations,
        t.types,
        fmt(cpu_ratio(&t.check, &each.full_cpu)),
        fmt(ratio(&t.check.check, &each.full)),
    )
}

/// The median of some times, or a dash.
fn secs(times: &[Duration]) -> String {
    median(times).map_or_else(|| "—".to_owned(), fmt_duration)
}

/// Median, p90 and max of the CPU ratios, the share within `target` and the typical tag.
fn summary(each: &EachTag, target: f64) -> String {
    let ratios: Vec<(f64, &str)> = each
        .tags
        .iter()
        .filter_map(|t| Some((cpu_ratio(&t.check, &each.full_cpu)?, t.check.tag.as_str())))
        .collect();
    let values: Vec<f64> = ratios.iter().map(|(r, _)| *r).collect();
    let failed = each
        .tags
        .iter()
        .filter(|t| t.check.failed.is_some())
        .count();
    let (Some(mid), Some(p90), Some((max, widest))) = (
        median_of(&values),
        percentile(&values, 90.0),
        ratios.iter().copied().max_by(|a, b| a.0.total_cmp(&b.0)),
    ) else {
        return format!("\nNo tag was measured ({failed} did not compile).\n");
    };
    let within = values.iter().filter(|&&r| r <= target).count();
    let mut over: Vec<(f64, &str)> = ratios
        .iter()
        .copied()
        .filter(|(r, _)| *r > target)
        .collect();
    over.sort_by(|a, b| b.0.total_cmp(&a.0));
    let above: Vec<String> = over.iter().map(|(r, t)| format!("`{t}` {r:.3}")).collect();
    let mut out = format!(
        "\n{} tags measured ({failed} did not compile), ratio (cpu): median {mid:.2}, p90 \
         {p90:.2}, max {max:.2} (`{widest}`); {within} of {} ({:.0}%) at or below {target:.2}; \
         above: {}.\n",
        values.len(),
        values.len(),
        100.0 * within as f64 / values.len() as f64,
        if above.is_empty() {
            "none".to_owned()
        } else {
            above.join(", ")
        },
    );
    if let Some(t) = typical(&each.tags) {
        let r = cpu_ratio(&t.check, &each.full_cpu).unwrap_or(f64::NAN);
        let _ = writeln!(
            out,
            "Typical tag (the median operation count: tags sorted by operations, then types, then \
             name, the lower middle one): `{}`, {} operations, {} types, ratio (cpu) {r:.2}.",
            t.check.tag, t.operations, t.types
        );
    }
    if let Some(r) = cpu_ratio(&each.floor.check, &each.full_cpu) {
        let _ = writeln!(
            out,
            "No tag feature (`rustls` only): ratio (cpu) {r:.2}, the floor under every tag."
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(n: u64) -> Duration {
        Duration::from_millis(n)
    }

    fn tag(name: &str, operations: usize, types: usize, cpu: &[u64]) -> TagCost {
        let mut check = TagCheck::new(name);
        check.check_cpu = cpu.iter().map(|&n| ms(n)).collect();
        check.check = cpu.iter().map(|&n| ms(n * 2)).collect();
        TagCost {
            operations,
            types,
            check,
        }
    }

    fn crate_of(tags: Vec<TagCost>) -> EachTag {
        EachTag {
            operations: 50,
            types: 80,
            tags,
            full: vec![ms(2000), ms(2200), ms(2400)],
            full_cpu: vec![ms(900), ms(1000), ms(1100)],
            full_failed: None,
            floor: tag("", 2, 3, &[80]),
        }
    }

    #[test]
    fn tags_parse_into_pairs_and_all_is_not_a_single_tag() {
        let tags =
            lean::parse_tags("clever-cloud=all, api-github-com=issues,,clever-cloud=apps").unwrap();
        assert_eq!(tags.len(), 3);
        assert!(wants_all("clever-cloud", &tags));
        assert!(!wants_all("api-github-com", &tags));
        assert_eq!(lean::tag_for("clever-cloud", &tags).unwrap().tag, "apps");
        assert_eq!(
            lean::tag_for("api-github-com", &tags).unwrap().tag,
            "issues"
        );
        let only_all = lean::parse_tags("clever-cloud=all").unwrap();
        assert!(lean::tag_for("clever-cloud", &only_all).is_none());
        assert!(lean::parse_tags("clever-cloud").is_err());
        assert!(lean::parse_tags("=issues").is_err());
        assert!(lean::parse_tags("clever-cloud=").is_err());
    }

    #[test]
    fn medians_and_nearest_rank_percentiles() {
        assert_eq!(median_of(&[]), None);
        assert_eq!(median_of(&[0.3, 0.1, 0.2]), Some(0.2));
        assert_eq!(median_of(&[0.4, 0.1, 0.2, 0.3]), Some(0.25));
        let ten: Vec<f64> = (1..=10).map(|i| f64::from(i) / 10.0).rev().collect();
        assert_eq!(percentile(&ten, 90.0), Some(0.9));
        assert_eq!(percentile(&ten, 100.0), Some(1.0));
        assert_eq!(percentile(&ten, 50.0), Some(0.5));
        assert_eq!(percentile(&[0.2, 0.7, 0.1], 90.0), Some(0.7));
        assert_eq!(percentile(&[0.4], 1.0), Some(0.4));
        assert_eq!(percentile(&[], 90.0), None);
    }

    #[test]
    fn the_typical_tag_has_the_median_operation_count() {
        let tags = vec![
            tag("big", 30, 40, &[300]),
            tag("one", 1, 2, &[100]),
            tag("mid-b", 5, 9, &[150]),
            tag("mid-a", 5, 9, &[140]),
            tag("small", 2, 3, &[110]),
        ];
        assert_eq!(typical(&tags).unwrap().check.tag, "mid-a");
        let four = &tags[..4];
        assert_eq!(typical(four).unwrap().check.tag, "mid-a");
        let mut broken = tag("mid-a", 5, 9, &[]);
        broken.check.failed = Some("error".into());
        let with_failure = vec![tag("one", 1, 2, &[100]), broken, tag("big", 30, 40, &[300])];
        assert_eq!(typical(&with_failure).unwrap().check.tag, "one");
        assert!(typical(&[]).is_none());
    }

    #[test]
    fn the_table_lists_the_whole_crate_then_tags_by_ratio() {
        let mut broken = tag("broken", 3, 4, &[]);
        broken.check.failed = Some("error[E0412]: cannot find type".into());
        let each = crate_of(vec![
            tag("small", 1, 5, &[100, 120, 110]),
            tag("larger", 20, 60, &[400, 420, 380]),
            tag("large", 20, 60, &[300]),
            tag("medium", 4, 10, &[140]),
            broken,
        ]);
        let text = render("clever-cloud", &each, 0.15);
        let lines: Vec<&str> = text.lines().filter(|l| l.starts_with("| ")).collect();
        assert_eq!(
            lines,
            [
                "| tag | operations | types compiled | cpu | wall | ratio (cpu) | ratio (wall) |",
                "| whole crate (`full`) | 50 | 80 | 1.00 s | 2.20 s | 1.00 | 1.00 |",
                "| no tag (`rustls` only) | 2 | 3 | 80 ms | 160 ms | 0.08 | 0.07 |",
                "| `larger` | 20 | 60 | 400 ms | 800 ms | 0.40 | 0.36 |",
                "| `large` | 20 | 60 | 300 ms | 600 ms | 0.30 | 0.27 |",
                "| `medium` | 4 | 10 | 140 ms | 280 ms | 0.14 | 0.13 |",
                "| `small` | 1 | 5 | 110 ms | 220 ms | 0.11 | 0.10 |",
                "| `broken` | 3 | 4 | does not compile: error[E0412]: cannot find type | — | — | — |",
            ]
        );
        assert!(text.contains(
            "4 tags measured (1 did not compile), ratio (cpu): median 0.22, p90 0.40, max 0.40 \
             (`larger`); 2 of 4 (50%) at or below 0.15; above: `larger` 0.400, `large` 0.300."
        ));
        assert!(text.contains(
            "the lower middle one): `medium`, 4 operations, 10 types, ratio (cpu) 0.14."
        ));
        assert!(text.contains("No tag feature (`rustls` only): ratio (cpu) 0.08, the floor"));
    }

    #[test]
    fn a_crate_with_no_measured_tag_says_so() {
        let mut broken = tag("broken", 3, 4, &[]);
        broken.check.failed = Some("error".into());
        let text = render("x", &crate_of(vec![broken]), 0.15);
        assert!(text.contains("No tag was measured (1 did not compile)."));
    }
}

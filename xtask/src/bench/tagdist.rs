//! Every tag of a crate checked alone beside the whole crate (`--tags SPEC=all`, issue 16), so
//! that "a typical tag" is read off a distribution instead of picked by hand.
//!
//! Each round checks the whole crate, then no tag feature (`rustls` alone: the floor every tag
//! pays), then every tag feature alone (`--no-default-features --features rustls,<tag>`, the
//! crate cleaned before each), in reverse order every other round so that a drift in load does
//! not always fall on the same tags; a last whole-crate check closes the rounds. A tag's ratio
//! is the median of its CPU times over the median of the whole crate's. The types each tag
//! compiles, and their fields and variants, come from the model (`features --why`'s closure).

use std::fmt::Write as _;
use std::path::Path;
use std::process::Output;
use std::time::Duration;

use anyhow::{Result, anyhow};
use cloudsdk_codegen::emit::Dependencies;
use cloudsdk_codegen::model::TypeKind;
use cloudsdk_codegen::model::features::{Reason, reasons};
use cloudsdk_codegen::{Options, read_model};

use super::lean::{self, TagCheck};
use super::{fmt_duration, median};
use crate::features::{always, compiles};

/// One tag feature: its size in the model and its checks.
pub(super) struct TagCost {
    pub operations: usize,
    /// Types compiled with this feature alone (those compiled always included).
    pub types: usize,
    /// Their fields and variants together.
    pub members: usize,
    pub check: TagCheck,
}

/// Every tag of one crate, and the whole crate's checks between them.
pub(super) struct EachTag {
    /// The whole crate's size (its checks are `full…`).
    pub whole: TagCost,
    /// No tag feature: the untagged operations and the types always compiled.
    pub floor: TagCost,
    pub tags: Vec<TagCost>,
}

/// The tag features of the spec at `path` with their operations and the types each compiles.
pub(super) fn plan(path: &Path) -> Result<EachTag> {
    let options = Options::new("tagdist", Dependencies::Workspace);
    let modelled = read_model(path, &options).map_err(|d| anyhow!("{}: {d}", path.display()))?;
    let api = &modelled.api;
    let reasons = reasons(api);
    let cost = |group: Option<usize>, keep: &dyn Fn(&Reason) -> bool, tag: &str| {
        let kept = api.types.iter().zip(&reasons).filter(|(_, (_, r))| keep(r));
        TagCost {
            operations: api.operations.iter().filter(|op| op.group == group).count(),
            types: kept.clone().count(),
            members: kept.map(|(def, _)| members(&def.kind)).sum(),
            check: TagCheck::new(tag),
        }
    };
    let tags = api
        .groups
        .iter()
        .enumerate()
        .filter_map(|(index, group)| {
            let feature = group.feature.as_deref()?;
            Some(cost(Some(index), &|r| compiles(Some(feature), r), feature))
        })
        .collect();
    Ok(EachTag {
        whole: TagCost {
            operations: api.operations.len(),
            ..cost(None, &|_| true, "full")
        },
        floor: cost(None, &always, ""),
        tags,
    })
}

/// A type's fields or variants (one for an alias): a measure of the code it costs.
fn members(kind: &TypeKind) -> usize {
    match kind {
        TypeKind::Struct {
            fields, additional, ..
        } => fields.len() + usize::from(additional.is_some()),
        TypeKind::StringEnum { variants } => variants.len(),
        TypeKind::IntEnum { values } => values.len(),
        TypeKind::Union { variants, .. } => variants.len(),
        TypeKind::Alias(_) => 1,
    }
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
        let w = &mut each.whole.check;
        let slots = (&mut w.check, &mut w.check_cpu, &mut w.failed);
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
fn cpu_ratio(tag: &TagCheck, whole: &TagCheck) -> Option<f64> {
    ratio(&tag.check_cpu, &whole.check_cpu)
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
         | tag | operations | types compiled | their fields and variants | cpu | wall | ratio (cpu) \
         | ratio (wall) |\n|---|---:|---:|---:|---:|---:|---:|---:|\n"
    );
    let whole = &each.whole.check;
    let _ = writeln!(out, "{}", row("whole crate (`full`)", &each.whole, whole));
    let _ = writeln!(out, "{}", row("no tag (`rustls` only)", &each.floor, whole));
    let mut rows: Vec<&TagCost> = each.tags.iter().collect();
    // Failed tags have no ratio and go last.
    let key = |t: &TagCost| cpu_ratio(&t.check, whole).unwrap_or(f64::NEG_INFINITY);
    rows.sort_by(|a, b| {
        key(b)
            .total_cmp(&key(a))
            .then(a.check.tag.cmp(&b.check.tag))
    });
    for t in &rows {
        let _ = writeln!(out, "{}", row(&format!("`{}`", t.check.tag), t, whole));
    }
    out.push_str(&summary(each, target));
    out
}

/// One row: a tag (or the whole crate, or none) against the whole crate's checks.
fn row(name: &str, t: &TagCost, whole: &TagCheck) -> String {
    let fmt = |r: Option<f64>| r.map_or_else(|| "—".to_owned(), |r| format!("{r:.2}"));
    let times = match &t.check.failed {
        Some(why) => format!("does not compile: {why} | —"),
        None => format!("{} | {}", secs(&t.check.check_cpu), secs(&t.check.check)),
    };
    format!(
        "| {name} | {} | {} | {} | {times} | {} | {} |",
        t.operations,
        t.types,
        t.members,
        fmt(cpu_ratio(&t.check, whole)),
        fmt(ratio(&t.check.check, &whole.check)),
    )
}

/// The median of some times, or a dash.
fn secs(times: &[Duration]) -> String {
    median(times).map_or_else(|| "—".to_owned(), fmt_duration)
}

/// Whether a ratio is at most `target`; a ratio that equals it in decimals (2.58 s ÷ 17.20 s) may
/// exceed it by a rounding error of the division, which does not count.
fn meets(ratio: f64, target: f64) -> bool {
    ratio <= target + 1e-9
}

/// Median, p90 and max of the CPU ratios, the share within `target` and the typical tag.
fn summary(each: &EachTag, target: f64) -> String {
    let ratios: Vec<(f64, &str)> = each
        .tags
        .iter()
        .filter_map(|t| {
            Some((
                cpu_ratio(&t.check, &each.whole.check)?,
                t.check.tag.as_str(),
            ))
        })
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
        if each.tags.is_empty() {
            return "\nThe crate has no tag features (fewer than two tags).\n".to_owned();
        }
        return format!("\nNo tag was measured ({failed} did not compile).\n");
    };
    let within = values.iter().filter(|&&r| meets(r, target)).count();
    let mut over: Vec<(f64, &str)> = ratios
        .iter()
        .copied()
        .filter(|(r, _)| !meets(*r, target))
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
        let r = cpu_ratio(&t.check, &each.whole.check).unwrap_or(f64::NAN);
        let _ = writeln!(
            out,
            "Typical tag (the median operation count: tags sorted by operations, then types, then \
             name, the lower middle one): `{}`, {} operations, {} types ({} fields and variants), \
             ratio (cpu) {r:.2}.",
            t.check.tag, t.operations, t.types, t.members
        );
    }
    if let Some(r) = cpu_ratio(&each.floor.check, &each.whole.check) {
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
            members: types * 10,
            check,
        }
    }

    fn crate_of(tags: Vec<TagCost>) -> EachTag {
        let mut whole = tag("full", 50, 80, &[900, 1000, 1100]);
        whole.check.check = vec![ms(2000), ms(2200), ms(2400)];
        EachTag {
            whole,
            floor: tag("", 2, 3, &[80]),
            tags,
        }
    }

    const SHOP: &str = r##"
openapi: 3.0.3
info: {title: Shop, version: 1.0.0}
paths:
  /pets:
    get:
      operationId: listPets
      tags: [pets]
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: "#/components/schemas/Pet"}}}
  /stores:
    get:
      operationId: getStore
      tags: [stores]
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: "#/components/schemas/Store"}}}
  /ping:
    get:
      operationId: ping
      responses: {"204": {description: ok}}
components:
  schemas:
    Owner: {type: object, properties: {login: {type: string}}}
    Pet:
      type: object
      properties: {name: {type: string}, owner: {$ref: "#/components/schemas/Owner"}}
    Kind: {type: string, enum: [a, b, c]}
    Store:
      type: object
      properties:
        id: {type: integer}
        kind: {$ref: "#/components/schemas/Kind"}
        owner: {$ref: "#/components/schemas/Owner"}
"##;

    #[test]
    fn each_tag_counts_its_operations_and_the_types_it_reaches() {
        let dir = std::env::temp_dir().join(format!("xtask-tagdist-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let spec = dir.join("shop.yaml");
        std::fs::write(&spec, SHOP).unwrap();
        let each = plan(&spec).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        let size = |t: &TagCost| (t.check.tag.clone(), t.operations, t.types, t.members);
        // Owner (1 field) is reached by every tag, so always compiled; `ping` has no tag.
        assert_eq!(size(&each.whole), ("full".into(), 3, 4, 9));
        assert_eq!(size(&each.floor), ("".into(), 1, 1, 1));
        let tags: Vec<_> = each.tags.iter().map(size).collect();
        assert_eq!(tags, [("pets".into(), 1, 2, 3), ("stores".into(), 1, 3, 7)]);
    }

    #[test]
    fn a_ratio_equal_to_the_target_meets_it() {
        let r = ms(2580).as_secs_f64() / ms(17200).as_secs_f64();
        assert!(meets(r, 0.15));
        assert!(!meets(
            ms(2590).as_secs_f64() / ms(17200).as_secs_f64(),
            0.15
        ));
        assert!(meets(0.1, 0.15));
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
                "| tag | operations | types compiled | their fields and variants | cpu | wall \
                 | ratio (cpu) | ratio (wall) |",
                "| whole crate (`full`) | 50 | 80 | 800 | 1.00 s | 2.20 s | 1.00 | 1.00 |",
                "| no tag (`rustls` only) | 2 | 3 | 30 | 80 ms | 160 ms | 0.08 | 0.07 |",
                "| `larger` | 20 | 60 | 600 | 400 ms | 800 ms | 0.40 | 0.36 |",
                "| `large` | 20 | 60 | 600 | 300 ms | 600 ms | 0.30 | 0.27 |",
                "| `medium` | 4 | 10 | 100 | 140 ms | 280 ms | 0.14 | 0.13 |",
                "| `small` | 1 | 5 | 50 | 110 ms | 220 ms | 0.11 | 0.10 |",
                "| `broken` | 3 | 4 | 40 | does not compile: error[E0412]: cannot find type | — | — | — |",
            ]
        );
        assert!(text.contains(
            "4 tags measured (1 did not compile), ratio (cpu): median 0.22, p90 0.40, max 0.40 \
             (`larger`); 2 of 4 (50%) at or below 0.15; above: `larger` 0.400, `large` 0.300."
        ));
        assert!(text.contains(
            "the lower middle one): `medium`, 4 operations, 10 types (100 fields and variants), \
             ratio (cpu) 0.14."
        ));
        assert!(text.contains("No tag feature (`rustls` only): ratio (cpu) 0.08, the floor"));
    }

    #[test]
    fn a_crate_with_no_measured_tag_says_so() {
        let mut broken = tag("broken", 3, 4, &[]);
        broken.check.failed = Some("error".into());
        let text = render("x", &crate_of(vec![broken]), 0.15);
        assert!(text.contains("No tag was measured (1 did not compile)."));
        let none = render("x", &crate_of(Vec::new()), 0.15);
        assert!(none.contains("The crate has no tag features"));
    }
}

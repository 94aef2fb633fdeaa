//! HTTP dates (RFC 9110 §5.6.7) as `Retry-After` and `Date` carry them: the IMF-fixdate a
//! sender must produce, and the two obsolete forms a recipient must accept (RFC 850's and C's
//! `asctime`). Used by this crate and `cloudsdk-runtime`; not a stable interface.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const LONG_DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The time `text` names, in any of the three forms; `None` for anything else, a date that does
/// not exist, a weekday that does not match it, or a time before 1970.
pub fn parse(text: &str) -> Option<SystemTime> {
    parse_at(text, SystemTime::now())
}

/// [`parse`] with `now` deciding the century of an RFC 850 two-digit year.
fn parse_at(text: &str, now: SystemTime) -> Option<SystemTime> {
    let fields = imf_fixdate(text)
        .or_else(|| rfc850(text, now))
        .or_else(|| asctime(text))?;
    fields.to_time()
}

/// A date and time of day as written, with the weekday it claimed.
#[derive(Debug, PartialEq)]
struct Fields {
    weekday: usize,
    year: u64,
    month: u64,
    day: u64,
    hms: [u64; 3],
}

/// `Sun, 06 Nov 1994 08:49:37 GMT`
fn imf_fixdate(text: &str) -> Option<Fields> {
    let (weekday, rest) = text.split_once(", ")?;
    let [day, month, year, time, zone] = words(rest)?;
    (zone == "GMT" && day.len() == 2 && year.len() == 4).then_some(())?;
    Some(Fields {
        weekday: position(&DAYS, weekday)?,
        year: number(year)?,
        month: position(&MONTHS, month)? as u64 + 1,
        day: number(day)?,
        hms: time_of_day(time)?,
    })
}

/// `Sunday, 06-Nov-94 08:49:37 GMT`; a two-digit year more than 50 years after `now` is the
/// most recent past year with those digits (RFC 9110 §5.6.7).
fn rfc850(text: &str, now: SystemTime) -> Option<Fields> {
    let (weekday, rest) = text.split_once(", ")?;
    let (date, rest) = rest.split_once(' ')?;
    let (time, zone) = rest.split_once(' ')?;
    let mut parts = date.split('-');
    let (day, month, yy) = (parts.next()?, parts.next()?, parts.next()?);
    let two_digits = day.len() == 2 && yy.len() == 2 && parts.next().is_none();
    (zone == "GMT" && two_digits).then_some(())?;
    let this_year = year_of(now);
    let mut year = this_year / 100 * 100 + number(yy)?;
    if year > this_year + 50 {
        year -= 100;
    }
    Some(Fields {
        weekday: position(&LONG_DAYS, weekday)?,
        year,
        month: position(&MONTHS, month)? as u64 + 1,
        day: number(day)?,
        hms: time_of_day(time)?,
    })
}

/// `Sun Nov  6 08:49:37 1994` (a one-digit day padded with a space).
fn asctime(text: &str) -> Option<Fields> {
    let (weekday, rest) = text.split_once(' ')?;
    let (month, rest) = rest.split_once(' ')?;
    let (day, rest) = match rest.strip_prefix(' ') {
        Some(padded) => padded.split_at_checked(1)?,
        None => rest.split_at_checked(2)?,
    };
    let (time, year) = rest.strip_prefix(' ')?.split_once(' ')?;
    (year.len() == 4).then_some(())?;
    Some(Fields {
        weekday: position(&DAYS, weekday)?,
        year: number(year)?,
        month: position(&MONTHS, month)? as u64 + 1,
        day: number(day)?,
        hms: time_of_day(time)?,
    })
}

impl Fields {
    /// The instant, if the date exists, its weekday is the one written and it is not before
    /// 1970 (a leap second, `:60`, is the second after `:59`).
    fn to_time(&self) -> Option<SystemTime> {
        let [h, m, s] = self.hms;
        let valid_time = h < 24 && m < 60 && s <= 60;
        let valid_date = (1970..=9999).contains(&self.year)
            && (1..=days_in_month(self.year, self.month)).contains(&self.day);
        (valid_time && valid_date).then_some(())?;
        let days = days_since_epoch(self.year, self.month, self.day);
        // 1970-01-01 was a Thursday (index 3 from Monday).
        ((days + 3) % 7 == self.weekday as u64).then_some(())?;
        let seconds = days * 86_400 + h * 3_600 + m * 60 + s;
        UNIX_EPOCH.checked_add(Duration::from_secs(seconds))
    }
}

/// Exactly five words separated by single spaces.
fn words(text: &str) -> Option<[&str; 5]> {
    let mut parts = text.split(' ');
    let words = [
        parts.next()?,
        parts.next()?,
        parts.next()?,
        parts.next()?,
        parts.next()?,
    ];
    parts.next().is_none().then_some(words)
}

/// `HH:MM:SS`, two digits each.
fn time_of_day(text: &str) -> Option<[u64; 3]> {
    let mut parts = text.split(':');
    let mut hms = [0; 3];
    for field in &mut hms {
        let part = parts.next().filter(|p| p.len() == 2)?;
        *field = number(part)?;
    }
    parts.next().is_none().then_some(hms)
}

/// ASCII digits only (no sign, no space), as a number.
fn number(text: &str) -> Option<u64> {
    let digits = !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
    digits.then(|| text.parse().ok()).flatten()
}

fn position(names: &[&str], name: &str) -> Option<usize> {
    names.iter().position(|n| *n == name)
}

fn is_leap(year: u64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: u64, month: u64) -> u64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => 0,
    }
}

/// Days from 1970-01-01 to the given date (not before it).
fn days_since_epoch(year: u64, month: u64, day: u64) -> u64 {
    let whole_years: u64 = (1970..year)
        .map(|y| if is_leap(y) { 366 } else { 365 })
        .sum();
    let whole_months: u64 = (1..month).map(|m| days_in_month(year, m)).sum();
    whole_years + whole_months + day - 1
}

/// The calendar year `now` falls in (1970 for anything earlier).
fn year_of(now: SystemTime) -> u64 {
    let mut days = now
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400);
    let mut year = 1970;
    loop {
        let length = if is_leap(year) { 366 } else { 365 };
        if days < length {
            return year;
        }
        days -= length;
        year += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 1994-11-06 08:49:37 UTC, RFC 9110's example.
    const EXAMPLE: u64 = 784_111_777;

    fn at(seconds: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(seconds)
    }

    #[test]
    fn the_three_forms_of_rfc_9110_name_the_same_instant() {
        for text in [
            "Sun, 06 Nov 1994 08:49:37 GMT",
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun Nov  6 08:49:37 1994",
        ] {
            assert_eq!(parse_at(text, at(EXAMPLE)), Some(at(EXAMPLE)), "{text}");
        }
        assert_eq!(
            parse("Thu, 01 Jan 1970 00:00:00 GMT"),
            Some(UNIX_EPOCH),
            "the epoch"
        );
        assert_eq!(
            parse("Wed Nov 16 08:49:37 1994"),
            Some(at(EXAMPLE + 10 * 86_400)),
            "asctime with a two-digit day"
        );
    }

    #[test]
    fn agrees_with_httpdate_across_four_centuries() {
        // One instant every 9 days and 7,307 seconds, from 1970 to past 2370: leap years,
        // century rules and every weekday and time of day get their turn.
        let mut seconds = 0u64;
        while seconds < 12_700_000_000 {
            let time = at(seconds);
            let text = httpdate::fmt_http_date(time);
            assert_eq!(parse(&text), Some(time), "{text}");
            seconds += 9 * 86_400 + 7_307;
        }
    }

    #[test]
    fn a_two_digit_year_is_never_more_than_fifty_years_ahead() {
        let in_2026 = at(1_780_000_000);
        let year = |text| parse_at(text, in_2026).map(year_of);
        assert_eq!(year("Monday, 01-Jan-35 00:00:00 GMT"), Some(2035));
        assert_eq!(
            year("Wednesday, 01-Jan-76 00:00:00 GMT"),
            Some(2076),
            "50 years ahead"
        );
        assert_eq!(
            year("Saturday, 01-Jan-77 00:00:00 GMT"),
            Some(1977),
            "51 would be"
        );
        assert_eq!(
            year("Friday, 01-Jan-77 00:00:00 GMT"),
            None,
            "2077's weekday"
        );
        assert_eq!(year("Sunday, 01-Jan-95 00:00:00 GMT"), Some(1995));
    }

    #[test]
    fn refuses_what_is_not_an_http_date() {
        for text in [
            "",
            "120",
            "Sun, 06 Nov 1994 08:49:37 UTC",
            "Sun, 6 Nov 1994 08:49:37 GMT",
            "Sun, 06 Nov 94 08:49:37 GMT",
            "Mon, 06 Nov 1994 08:49:37 GMT",
            "Sun, 06 nov 1994 08:49:37 GMT",
            "Sun,  06 Nov 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 08:49:37 GMT ",
            "Sun, 06 Nov 1994 8:49:37 GMT",
            "Sun, 06 Nov 1994 24:00:00 GMT",
            "Sun, 06 Nov 1994 08:60:00 GMT",
            "Sun, +6 Nov 1994 08:49:37 GMT",
            "Thu, 31 Nov 1994 08:49:37 GMT",
            "Sun, 29 Feb 1900 00:00:00 GMT",
            "Wed, 31 Dec 1969 23:59:59 GMT",
            "Sunday, 6-Nov-94 08:49:37 GMT",
            "Sun, 06-Nov-94 08:49:37 GMT",
            "Sun Nov 6 08:49:37 1994",
            "Sun Nov  6 08:49:37 94",
            "Sun, 06 Nov 1994 08:49:37 GMT\u{e9}",
            "Sun, 06 Nov 1994 08:49:37",
        ] {
            assert_eq!(parse(text), None, "{text:?}");
        }
        assert!(
            parse("Thu, 29 Feb 2024 00:00:00 GMT").is_some(),
            "a leap day"
        );
        assert!(
            parse("Sat, 31 Dec 2016 23:59:60 GMT").is_some(),
            "a leap second"
        );
    }
}

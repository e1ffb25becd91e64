//! Dates, instants and durations as users type them and as carnet prints
//! them: `YYYY-MM-DD` or RFC 3339 in, RFC 3339 UTC out; durations such as
//! `90s`, `45m`, `12h`, `30d`, `2w` (humantime forms too).

use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::{Date, OffsetDateTime, PrimitiveDateTime, Time, UtcOffset};

use crate::error::{Error, Result};

pub fn now() -> OffsetDateTime {
    // Second precision keeps journal lines and JSON short and stable.
    let n = OffsetDateTime::now_utc();
    n.replace_nanosecond(0).unwrap_or(n)
}

/// RFC 3339 in UTC, e.g. `2026-11-21T23:30:00Z`.
pub fn rfc3339(t: OffsetDateTime) -> String {
    t.to_offset(UtcOffset::UTC)
        .format(&Rfc3339)
        .unwrap_or_else(|_| t.to_string())
}

pub fn parse_rfc3339(s: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(s, &Rfc3339).ok()
}

/// `YYYY-MM-DD` of a date.
pub fn ymd(d: Date) -> String {
    d.format(format_description!("[year]-[month]-[day]"))
        .unwrap_or_default()
}

pub fn parse_ymd(s: &str) -> Option<Date> {
    Date::parse(s.trim(), format_description!("[year]-[month]-[day]")).ok()
}

/// A document date (`--date`): `YYYY-MM-DD`, or RFC 3339 (its date part).
pub fn parse_doc_date(s: &str) -> Result<String> {
    if let Some(d) = parse_ymd(s) {
        return Ok(ymd(d));
    }
    if let Some(t) = parse_rfc3339(s.trim()) {
        return Ok(ymd(t.date()));
    }
    Err(bad_date(s))
}

fn bad_date(s: &str) -> Error {
    Error::usage(
        format!("invalid date {s:?}"),
        "write dates as YYYY-MM-DD (e.g. 2026-03-14) or RFC 3339 (2026-03-14T09:30:00Z)",
    )
}

fn local_offset() -> UtcOffset {
    UtcOffset::current_local_offset().unwrap_or(UtcOffset::UTC)
}

/// Local midnight starting day `d`, with the offset in force then (summer
/// time may differ from today's).
fn local_midnight(d: Date) -> OffsetDateTime {
    let naive = PrimitiveDateTime::new(d, Time::MIDNIGHT);
    let offset_at =
        |t: OffsetDateTime| UtcOffset::local_offset_at(t).unwrap_or_else(|_| local_offset());
    // The offset at that wall-clock time read as UTC, then at the instant it
    // gives: two steps settle it, except inside a DST jump (an hour's error
    // at most, on two nights a year).
    let first = offset_at(naive.assume_utc());
    let second = offset_at(naive.assume_offset(first));
    naive.assume_offset(second)
}

/// A start bound (`--since`): a bare date is the start of that day, local time.
pub fn parse_since(s: &str) -> Result<OffsetDateTime> {
    if let Some(d) = parse_ymd(s) {
        return Ok(local_midnight(d));
    }
    parse_rfc3339(s.trim()).ok_or_else(|| bad_date(s))
}

/// An end bound (`--until`): a bare date is the end of that day, local time
/// (the instant the next day starts, used as an exclusive end).
pub fn parse_until(s: &str) -> Result<OffsetDateTime> {
    if let Some(d) = parse_ymd(s) {
        let next = d.next_day().ok_or_else(|| bad_date(s))?;
        return Ok(local_midnight(next));
    }
    parse_rfc3339(s.trim()).ok_or_else(|| bad_date(s))
}

/// A duration: `90s`, `45m`, `12h`, `30d`, `2w`, or humantime forms (`1h 30m`).
pub fn parse_duration(s: &str) -> Result<time::Duration> {
    let d = humantime::parse_duration(s.trim()).map_err(|e| {
        Error::usage(
            format!("invalid duration {s:?}: {e}"),
            "write durations like 90s, 45m, 12h, 30d or 2w",
        )
    })?;
    if d.is_zero() {
        return Err(Error::usage(
            format!("invalid duration {s:?}: must be more than zero"),
            "write durations like 90s, 45m, 12h, 30d or 2w",
        ));
    }
    time::Duration::try_from(d).map_err(|_| {
        Error::usage(
            format!("invalid duration {s:?}: too long"),
            "use a shorter duration",
        )
    })
}

/// A human rendering of a remaining time: `6d 23h`, `45m`.
pub fn humanize(d: time::Duration) -> String {
    let secs = d.whole_seconds().max(0);
    let (days, hours, mins) = (secs / 86400, (secs % 86400) / 3600, (secs % 3600) / 60);
    if days > 0 {
        format!("{days}d {hours}h")
    } else if hours > 0 {
        format!("{hours}h {mins}m")
    } else if mins > 0 {
        format!("{mins}m")
    } else {
        format!("{secs}s")
    }
}

/// Whole years between a birth date and a day (age in years).
pub fn age_on(birth: Date, on: Date) -> i32 {
    let mut years = on.year() - birth.year();
    if (on.month() as u8, on.day()) < (birth.month() as u8, birth.day()) {
        years -= 1;
    }
    years
}

/// The date someone born on `birth` turns `years` (29 Feb → 28 Feb in common years).
pub fn birthday(birth: Date, years: i32) -> Date {
    let y = birth.year() + years;
    Date::from_calendar_date(y, birth.month(), birth.day())
        .or_else(|_| Date::from_calendar_date(y, birth.month(), birth.day() - 1))
        .unwrap_or(birth)
}

/// One calendar month after an instant (domain.md §1.3, R1111-53 "un mois"),
/// clamped to the last day of the next month.
pub fn add_one_month(t: OffsetDateTime) -> OffsetDateTime {
    let d = t.date();
    let (y, m) = if d.month() == time::Month::December {
        (d.year() + 1, time::Month::January)
    } else {
        (d.year(), d.month().next())
    };
    let mut day = d.day();
    loop {
        if let Ok(nd) = Date::from_calendar_date(y, m, day) {
            return t.replace_date(nd);
        }
        day -= 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    #[test]
    fn durations() {
        assert_eq!(parse_duration("90s").unwrap(), time::Duration::seconds(90));
        assert_eq!(parse_duration("45m").unwrap(), time::Duration::minutes(45));
        assert_eq!(parse_duration("12h").unwrap(), time::Duration::hours(12));
        assert_eq!(parse_duration("30d").unwrap(), time::Duration::days(30));
        assert_eq!(parse_duration("2w").unwrap(), time::Duration::weeks(2));
        assert!(parse_duration("soon").is_err());
        assert!(parse_duration("0s").is_err());
    }

    #[test]
    fn dates() {
        assert_eq!(parse_doc_date("2026-03-14").unwrap(), "2026-03-14");
        assert_eq!(
            parse_doc_date("2026-03-14T09:30:00Z").unwrap(),
            "2026-03-14"
        );
        assert!(parse_doc_date("2026-13-01").is_err());
        assert!(parse_doc_date("14/03/2026").is_err());
    }

    #[test]
    fn until_is_end_of_day() {
        let u = parse_until("2026-03-14").unwrap();
        let s = parse_since("2026-03-14").unwrap();
        assert_eq!(u - s, time::Duration::days(1));
    }

    #[test]
    fn ages_and_months() {
        assert_eq!(age_on(date!(2008 - 06 - 15), date!(2026 - 06 - 14)), 17);
        assert_eq!(age_on(date!(2008 - 06 - 15), date!(2026 - 06 - 15)), 18);
        assert_eq!(birthday(date!(2008 - 02 - 29), 18), date!(2026 - 02 - 28));
        assert_eq!(
            add_one_month(datetime!(2026-01-31 10:00 UTC)),
            datetime!(2026-02-28 10:00 UTC)
        );
        assert_eq!(
            add_one_month(datetime!(2026-12-15 10:00 UTC)),
            datetime!(2027-01-15 10:00 UTC)
        );
    }
}

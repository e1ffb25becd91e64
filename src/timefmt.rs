//! Dates, instants and durations as users type them and as carnet prints
//! them: `YYYY-MM-DD`, `JJ/MM/AAAA` or RFC 3339 in, RFC 3339 UTC out;
//! durations such as `90s`, `45m`, `12h`, `30d`, `2w` (humantime forms too)
//! or in French, `7j`, `2sem`, `3mois`.
//!
//! Human output writes dates as the reader's language does ([`day`]):
//! `2027-01-15` in English, `15/01/2027` in French (domain.md §12).
//! Human output shows instants in the local zone ([`local`]): `TZ`, else
//! the system's (`/etc/localtime`), read by jiff, which parses the zone
//! rules itself (the `time` crate's local offset is refused once a process
//! has threads, and knows only today's offset). JSON stays RFC 3339 UTC.

use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::{Date, OffsetDateTime, PrimitiveDateTime, Time, UtcOffset};

use crate::error::{input, Error, Result};

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

/// An RFC 3339 instant, if it is one and falls, in UTC, within years
/// 1 to 9999 (what every output format of carnet can write).
pub fn parse_rfc3339(s: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(s, &Rfc3339)
        .ok()
        .and_then(|t| t.checked_to_offset(UtcOffset::UTC))
        .filter(|t| t.year() >= 1)
}

/// `YYYY-MM-DD` of a date.
pub fn ymd(d: Date) -> String {
    d.format(format_description!("[year]-[month]-[day]"))
        .unwrap_or_default()
}

/// `JJ/MM/AAAA` of a date, as French readers write it.
pub fn fr_date(d: Date) -> String {
    format!("{:02}/{:02}/{:04}", d.day(), d.month() as u8, d.year())
}

/// A stored `YYYY-MM-DD` date as `JJ/MM/AAAA`, anything else (a partial
/// date such as `2019-05`) as it is: for what is always French (the
/// bundle's README, the medical summary).
pub fn fr_date_str(s: &str) -> String {
    match parse_ymd(s) {
        Some(d) if ymd(d) == s => fr_date(d),
        _ => s.to_string(),
    }
}

/// Whether people read dates day first (`15/01/2027`): set once by
/// `main` for French, so this module needs no catalogue.
static DAY_FIRST: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Makes [`day`] and [`local`] write dates day first (French) or not.
pub fn write_dates_day_first(on: bool) {
    DAY_FIRST.store(on, std::sync::atomic::Ordering::Relaxed);
}

/// A date for people, in the language of the output: `2027-01-15`, or
/// `15/01/2027` in French.
pub fn day(d: Date) -> String {
    if DAY_FIRST.load(std::sync::atomic::Ordering::Relaxed) {
        fr_date(d)
    } else {
        ymd(d)
    }
}

/// A `YYYY-MM-DD` date from year 1 to 9999. Year 0 (which the calendar
/// does not have, and FHIR dates forbid) and signed years are refused.
pub fn parse_ymd(s: &str) -> Option<Date> {
    parse_ymd_any(s).filter(|d| d.year() >= 1)
}

/// Any date `time` reads as `[year]-[month]-[day]`, year 0 included (to
/// tell "out of range" from "not a date" in messages).
fn parse_ymd_any(s: &str) -> Option<Date> {
    let s = s.trim();
    if !s.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    Date::parse(s, format_description!("[year]-[month]-[day]")).ok()
}

/// A French date, `JJ/MM/AAAA` (day and month of one or two digits, a
/// four-digit year), year 0 included as [`parse_ymd_any`] does.
fn parse_dmy_any(s: &str) -> Option<Date> {
    let mut parts = s.trim().split('/');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |p: &str, lens: std::ops::RangeInclusive<usize>| -> Option<u16> {
        (lens.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse().ok())?
    };
    if parts.next().is_some() {
        return None;
    }
    let (d, m, y) = (digits(d, 1..=2)?, digits(m, 1..=2)?, digits(y, 4..=4)?);
    let month = time::Month::try_from(u8::try_from(m).ok()?).ok()?;
    Date::from_calendar_date(i32::from(y), month, u8::try_from(d).ok()?).ok()
}

/// A date as a person types it: `YYYY-MM-DD` or `JJ/MM/AAAA`, from year 1
/// to 9999. Stored and received dates use [`parse_ymd`] (ISO only).
pub fn parse_typed_ymd(s: &str) -> Option<Date> {
    parse_ymd(s).or_else(|| parse_dmy_any(s).filter(|d| d.year() >= 1))
}

/// A birth date (`init --birth-date`, `profile create --birth-date`):
/// `YYYY-MM-DD` or `JJ/MM/AAAA`, not in the future.
pub fn parse_birth_date(s: &str) -> Result<Date> {
    let d = parse_typed_ymd(s).ok_or_else(|| bad_date_of(s, true))?;
    if d > now().date() {
        return Err(input::birth_date_in_future(&ymd(d)));
    }
    Ok(d)
}

/// A document date (`--date`): `YYYY-MM-DD`, `JJ/MM/AAAA`, or RFC 3339
/// (its date part).
pub fn parse_doc_date(s: &str) -> Result<String> {
    if let Some(d) = parse_typed_ymd(s) {
        return Ok(ymd(d));
    }
    if let Some(t) = parse_rfc3339(s.trim()) {
        return Ok(ymd(t.date()));
    }
    Err(bad_date(s))
}

fn bad_date(s: &str) -> Error {
    bad_date_of(s, false)
}

fn bad_date_of(s: &str, birth: bool) -> Error {
    let t = s.trim();
    // A well-formed date that was still refused is out of range: year 0,
    // or an RFC 3339 instant whose offset takes it, in UTC, before year 1
    // or past 9999 (`9999-12-31T23:59:59-01:00`).
    let year_zero = parse_ymd_any(s).is_some()
        || parse_dmy_any(s).is_some()
        || OffsetDateTime::parse(t, &Rfc3339).is_ok();
    // A year of five digits or more: a date, but past 9999.
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let far = digits > 4 && t[digits..].starts_with('-');
    if year_zero || far {
        return input::date_out_of_range(s, birth);
    }
    input::bad_date(s, birth)
}

/// The zone people read times in: `TZ`, else the system's, else UTC (a
/// `TZ` naming no zone carnet can read falls back to UTC, as libc does).
fn zone() -> &'static jiff::tz::TimeZone {
    static ZONE: std::sync::OnceLock<jiff::tz::TimeZone> = std::sync::OnceLock::new();
    ZONE.get_or_init(|| {
        local_file()
            .map_or_else(jiff::tz::TimeZone::try_system, Ok)
            .or_else(|e| {
                // jiff takes a POSIX rule without summer time (`TZ=EST5`)
                // for a zone name; libc reads it as a rule.
                let tz = std::env::var("TZ").map_err(|_| e)?;
                jiff::tz::TimeZone::posix(tz.trim_start_matches(':'))
            })
            .unwrap_or(jiff::tz::TimeZone::UTC)
    })
}

/// The zone's file read directly, as libc does: `/etc/localtime` when
/// `TZ` is unset, else the file `TZ` names (`Europe/Paris` under
/// `TZDIR` or `/usr/share/zoneinfo`, or an absolute path). jiff's own
/// lookup walks the whole zoneinfo tree (about 30 directories) to learn
/// names, which nothing here shows: about 1 ms of every `carnet add`. A
/// `TZ` that names no file (a POSIX rule such as `CET-1CEST`) is jiff's.
fn local_file() -> Option<jiff::tz::TimeZone> {
    use std::io::Read;
    let path = match std::env::var("TZ") {
        Err(_) => std::path::PathBuf::from("/etc/localtime"),
        Ok(tz) => {
            let name = tz.strip_prefix(':').unwrap_or(&tz);
            if name.starts_with('/') {
                std::path::PathBuf::from(name)
            } else if !name.is_empty()
                && !name
                    .split('/')
                    .any(|part| part.is_empty() || part == "." || part == "..")
            {
                std::env::var_os("TZDIR")
                    .map_or_else(|| "/usr/share/zoneinfo".into(), std::path::PathBuf::from)
                    .join(name)
            } else {
                return None;
            }
        }
    };
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .ok()?
        .take(1 << 20)
        .read_to_end(&mut bytes)
        .ok()?;
    jiff::tz::TimeZone::tzif("Local", &bytes).ok()
}

/// The local zone's offset at instant `t` (summer time differs from winter).
/// jiff's instants stop a day short of years -9999 and 9999 (room for any
/// offset): past them, the offset at its last instant, which a zone's
/// rules keep repeating.
fn offset_at(t: OffsetDateTime) -> UtcOffset {
    let (min, max) = (
        jiff::Timestamp::MIN.as_second(),
        jiff::Timestamp::MAX.as_second(),
    );
    jiff::Timestamp::from_second(t.unix_timestamp().clamp(min, max))
        .ok()
        .and_then(|ts| UtcOffset::from_whole_seconds(zone().to_offset(ts).seconds()).ok())
        .unwrap_or(UtcOffset::UTC)
}

/// An instant for people: local date and time to the minute, always with
/// the offset in force then, e.g. `2026-12-07 08:15 +01:00`, in French
/// `07/12/2026 08:15 +01:00` (the offset tells summer from winter time,
/// and a reader in another zone from this one). Times outside years 1–9999
/// once local are shown in UTC.
pub fn local(t: OffsetDateTime) -> String {
    let at = t.checked_to_offset(offset_at(t)).unwrap_or(t);
    if !(1..=9999).contains(&at.year()) {
        return rfc3339(t);
    }
    let clock = format_description!("[hour]:[minute] [offset_hour sign:mandatory]:[offset_minute]");
    match at.format(clock) {
        Ok(c) => format!("{} {c}", day(at.date())),
        Err(_) => rfc3339(t),
    }
}

/// The local date of an instant (a file's modification time as a
/// document date).
pub fn local_date(t: OffsetDateTime) -> Date {
    t.checked_to_offset(offset_at(t)).unwrap_or(t).date()
}

/// A stored RFC 3339 instant for people, as [`local`]; a stored
/// `YYYY-MM-DD` date as [`day`]; anything else (a partial date such as
/// `2019`, an empty field) as it is.
pub fn local_str(s: &str) -> String {
    if let Ok(t) = OffsetDateTime::parse(s, &Rfc3339) {
        return local(t);
    }
    match parse_ymd(s) {
        Some(d) if ymd(d) == s => day(d),
        _ => s.to_string(),
    }
}

/// Local midnight starting day `d`, with the offset in force then (summer
/// time may differ from today's). A day that starts inside a jump forward
/// starts at its end, as jiff's "compatible" choice does.
fn local_midnight(d: Date) -> OffsetDateTime {
    let naive = PrimitiveDateTime::new(d, Time::MIDNIGHT);
    let civil =
        jiff::civil::DateTime::new(d.year() as i16, d.month() as i8, d.day() as i8, 0, 0, 0, 0);
    let start = civil
        .ok()
        .and_then(|c| zone().to_ambiguous_timestamp(c).compatible().ok())
        .and_then(|ts| OffsetDateTime::from_unix_timestamp(ts.as_second()).ok());
    // Out of jiff's range (it stops near years -9999/9999): the offset at
    // that wall-clock time read as UTC.
    start.unwrap_or_else(|| naive.assume_offset(offset_at(naive.assume_utc())))
}

/// A start bound (`--since`): a bare date is the start of that day, local time.
pub fn parse_since(s: &str) -> Result<OffsetDateTime> {
    if let Some(d) = parse_typed_ymd(s) {
        return local_midnight(d)
            .checked_to_offset(UtcOffset::UTC)
            .ok_or_else(|| input::date_out_of_range(s, false));
    }
    parse_rfc3339(s.trim()).ok_or_else(|| bad_date(s))
}

/// An end bound (`--until`): a bare date is the end of that day, local time
/// (the instant the next day starts, used as an exclusive end). Accepted
/// while that end, in UTC, is in year 9999 at the latest; later is exit 2
/// "out of range" (RFC 3339 cannot write year 10000).
pub fn parse_until(s: &str) -> Result<OffsetDateTime> {
    if let Some(d) = parse_typed_ymd(s) {
        return end_of_day(d).ok_or_else(|| input::date_out_of_range(s, false));
    }
    parse_rfc3339(s.trim()).ok_or_else(|| bad_date(s))
}

/// The exclusive end of local day `d`, in UTC, if it is in year 9999 at
/// the latest. 9999-12-31 in UTC ends at 10000-01-01T00:00Z, which cannot
/// be written: its last second, 23:59:59Z, stands for it.
fn end_of_day(d: Date) -> Option<OffsetDateTime> {
    let end = match d.next_day() {
        Some(next) => local_midnight(next).checked_to_offset(UtcOffset::UTC),
        None => {
            let start = local_midnight(d).checked_to_offset(UtcOffset::UTC)?;
            start
                .checked_add(time::Duration::DAY)
                .or_else(|| start.checked_add(time::Duration::DAY - time::Duration::SECOND))
        }
    }?;
    (end.year() <= 9999).then_some(end)
}

/// French units to humantime's (`mois` as humantime's month, 30.44 days,
/// as `3months` already is). Longest first, so `sem` is not read as `s`.
const FRENCH_UNITS: &[(&str, &str)] = &[
    ("semaines", "w"),
    ("semaine", "w"),
    ("jours", "d"),
    ("jour", "d"),
    ("mois", "months"),
    ("sem", "w"),
    ("ans", "y"),
    ("an", "y"),
    ("j", "d"),
];

/// `s` with its French units written as humantime's (`7j` → `7d`,
/// `2 sem` → `2 w`); other units are left as they are.
fn english_units(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        if c.is_alphabetic() {
            let end = rest
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(rest.len());
            let word = &rest[..end];
            let lower = word.to_lowercase();
            match FRENCH_UNITS.iter().find(|(fr, _)| *fr == lower) {
                Some((_, en)) => out.push_str(en),
                None => out.push_str(word),
            }
            rest = &rest[end..];
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// A duration: `90s`, `45m`, `12h`, `30d`, `2w`, or humantime forms
/// (`1h 30m`), or French ones (`7j`, `2sem`, `3mois`, `1 an`).
pub fn parse_duration(s: &str) -> Result<time::Duration> {
    let d = humantime::parse_duration(&english_units(s.trim()))
        .map_err(|e| input::bad_duration(s, &e.to_string()))?;
    if d.is_zero() {
        return Err(input::zero_duration(s));
    }
    time::Duration::try_from(d).map_err(|_| input::duration_too_long(s))
}

/// A time cut into whole days, hours, minutes and seconds (each below its
/// unit; negative times count as zero). Words for them are the i18n
/// layer's (`i18n::explain::duration`): `6d 23h`, `6 j 23 h`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub days: i64,
    pub hours: i64,
    pub minutes: i64,
    pub seconds: i64,
}

pub fn span(d: time::Duration) -> Span {
    let secs = d.whole_seconds().max(0);
    Span {
        days: secs / 86400,
        hours: (secs % 86400) / 3600,
        minutes: (secs % 3600) / 60,
        seconds: secs % 60,
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
    fn spans_cut_a_time_into_units() {
        let d = time::Duration::days(6) + time::Duration::seconds(23 * 3600 + 4 * 60 + 5);
        assert_eq!(
            span(d),
            Span {
                days: 6,
                hours: 23,
                minutes: 4,
                seconds: 5
            }
        );
        assert_eq!(
            span(time::Duration::seconds(-9)),
            span(time::Duration::ZERO)
        );
    }

    #[test]
    fn french_durations() {
        let days = |n| time::Duration::days(n);
        assert_eq!(parse_duration("7j").unwrap(), days(7));
        assert_eq!(parse_duration("7 jours").unwrap(), days(7));
        assert_eq!(parse_duration("1 jour").unwrap(), days(1));
        assert_eq!(parse_duration("2sem").unwrap(), days(14));
        assert_eq!(parse_duration("2 semaines").unwrap(), days(14));
        assert_eq!(
            parse_duration("3mois").unwrap(),
            parse_duration("3months").unwrap()
        );
        assert_eq!(
            parse_duration("1an").unwrap(),
            parse_duration("1y").unwrap()
        );
        assert_eq!(
            parse_duration("1j 12h").unwrap(),
            days(1) + time::Duration::hours(12)
        );
        // Minutes and seconds are written alike in both languages.
        assert_eq!(
            parse_duration("45min").unwrap(),
            time::Duration::minutes(45)
        );
        assert!(parse_duration("0j").is_err());
        let e = parse_duration("trois jours").unwrap_err();
        assert!(e.hint().contains("2sem"), "{}", e.hint());
    }

    #[test]
    fn french_dates() {
        assert_eq!(parse_doc_date("15/01/2027").unwrap(), "2027-01-15");
        assert_eq!(parse_doc_date("5/1/2027").unwrap(), "2027-01-05");
        assert_eq!(parse_doc_date(" 14/03/2026 ").unwrap(), "2026-03-14");
        for bad in [
            "31/02/2026",
            "15/13/2026",
            "15/01/27",
            "15-01-2027",
            "15/01/2027/1",
            "/01/2027",
            "1a/01/2027",
        ] {
            let e = parse_doc_date(bad).unwrap_err();
            assert!(e.to_string().contains("invalid date"), "{bad}: {e}");
            assert!(e.hint().contains("JJ/MM/AAAA"), "{bad}: {}", e.hint());
        }
        assert!(parse_doc_date("01/01/0000")
            .unwrap_err()
            .to_string()
            .contains("out of range"));
        assert_eq!(
            parse_until("14/03/2026").unwrap(),
            parse_until("2026-03-14").unwrap()
        );
        assert_eq!(
            parse_since("14/03/2026").unwrap(),
            parse_since("2026-03-14").unwrap()
        );
        assert_eq!(
            parse_birth_date("07/12/1984").unwrap(),
            date!(1984 - 12 - 07)
        );
        // What carnet stores or receives stays ISO only.
        assert!(parse_ymd("14/03/2026").is_none());
    }

    #[test]
    fn dates() {
        assert_eq!(parse_doc_date("2026-03-14").unwrap(), "2026-03-14");
        assert_eq!(
            parse_doc_date("2026-03-14T09:30:00Z").unwrap(),
            "2026-03-14"
        );
        assert!(parse_doc_date("2026-13-01").is_err());
    }

    #[test]
    fn year_zero_is_out_of_range() {
        for s in ["0000-01-01", "0000-12-31T10:00:00Z"] {
            let e = parse_doc_date(s).unwrap_err();
            assert!(e.to_string().contains("out of range"), "{s}: {e}");
        }
        assert!(parse_ymd("-001-01-01").is_none());
        assert!(parse_ymd("+2026-01-01").is_none());
        assert_eq!(parse_doc_date("0001-01-01").unwrap(), "0001-01-01");
        assert!(parse_doc_date("10000-01-01").is_err());
        // An instant that is year 0 once in UTC.
        assert!(parse_rfc3339("0001-01-01T00:30:00+01:00").is_none());
    }

    #[test]
    fn until_the_last_day_of_year_9999() {
        // Tests run in UTC (no TZ): the day's end is 10000-01-01T00:00Z,
        // replaced by its last second.
        if offset_at(now()) == UtcOffset::UTC {
            let u = parse_until("9999-12-31").unwrap();
            assert_eq!(rfc3339(u), "9999-12-31T23:59:59Z");
        }
        assert!(parse_until("9999-12-30").is_ok());
        let e = parse_until("10000-01-01").unwrap_err();
        assert!(e.to_string().contains("out of range"), "{e}");
        // Well-formed instants pushed out of years 1–9999 by their offset:
        // out of range, not "invalid".
        for s in ["9999-12-31T23:00:00-05:00", "9999-12-31T23:59:59-01:00"] {
            let e = parse_until(s).unwrap_err();
            assert_eq!(e.exit_code(), 2);
            assert!(e.to_string().contains("out of range"), "{s}: {e}");
            assert!(parse_since(s)
                .unwrap_err()
                .to_string()
                .contains("out of range"));
        }
        let e = parse_doc_date("0001-01-01T00:00:00+01:00").unwrap_err();
        assert!(e.to_string().contains("out of range"), "{e}");
        assert!(parse_until("9999-12-31T23:59:59+25:00")
            .unwrap_err()
            .to_string()
            .contains("invalid date"));
        assert_eq!(
            rfc3339(parse_until("9999-12-31T22:00:00-01:00").unwrap()),
            "9999-12-31T23:00:00Z"
        );
    }

    #[test]
    fn birth_dates() {
        assert_eq!(
            parse_birth_date("1984-12-07").unwrap(),
            date!(1984 - 12 - 07)
        );
        let next_year = now().year() + 1;
        let e = parse_birth_date(&format!("{next_year}-01-01")).unwrap_err();
        assert!(e.to_string().contains("future"), "{e}");
        let e = parse_birth_date("1984-13-01").unwrap_err();
        assert!(e.to_string().contains("invalid birth date"), "{e}");
        assert!(parse_birth_date("0000-06-01").is_err());
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

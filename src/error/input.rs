//! Errors of values a person types (dates, durations, document types),
//! in the user's language, for the pure core (`timefmt`, `model`), which
//! may import `error` but not the catalogue.

use super::Error;
use crate::i18n::tr;

/// What a date must look like, as both languages say it.
fn date_hint() -> String {
    tr!("y-date-hint")
}

/// A date that is no date; `birth` for a birth date.
pub fn bad_date(value: &str, birth: bool) -> Error {
    let value = format!("{value:?}");
    let message = if birth {
        tr!("y-bad-birth-date", value = value)
    } else {
        tr!("y-bad-date", value = value)
    };
    Error::usage(message, date_hint())
}

/// A well-formed date outside years 1 to 9999.
pub fn date_out_of_range(value: &str, birth: bool) -> Error {
    let value = format!("{value:?}");
    let message = if birth {
        tr!("y-birth-date-out-of-range", value = value)
    } else {
        tr!("y-date-out-of-range", value = value)
    };
    Error::usage(message, tr!("y-date-out-of-range-hint"))
}

pub fn birth_date_in_future(date: &str) -> Error {
    Error::usage(
        tr!("y-birth-date-future", date = date),
        tr!("y-birth-date-future-hint"),
    )
}

/// `detail` is the duration parser's own (English) reason.
pub fn bad_duration(value: &str, detail: &str) -> Error {
    Error::usage(
        tr!(
            "y-bad-duration",
            value = format!("{value:?}"),
            detail = detail
        ),
        tr!("y-duration-hint"),
    )
}

pub fn zero_duration(value: &str) -> Error {
    Error::usage(
        tr!("y-zero-duration", value = format!("{value:?}")),
        tr!("y-duration-hint"),
    )
}

pub fn duration_too_long(value: &str) -> Error {
    Error::usage(
        tr!("y-duration-too-long", value = format!("{value:?}")),
        tr!("y-duration-too-long-hint"),
    )
}

/// `names`: the short names; `french`: the French names that differ.
pub fn unknown_doc_type(value: &str, names: &str, french: &str) -> Error {
    Error::usage(
        tr!("y-unknown-doc-type", value = format!("{value:?}")),
        tr!("y-doc-type-hint", names = names, french = french),
    )
}

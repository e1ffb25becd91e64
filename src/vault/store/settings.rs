//! Vault settings (`carnet config`) and emergency consents: typed values
//! kept in the `meta` table under their own keys.

use rusqlite::Connection;

use crate::error::{Error, Result};
use crate::model::EmergencyConsents;

use super::meta::{get_meta, set_meta};

/// A vault setting: its name, default, and how values are checked.
pub struct SettingDef {
    pub name: &'static str,
    pub default: &'static str,
    pub help: &'static str,
    pub check: fn(&str) -> std::result::Result<String, String>,
}

fn check_bool(v: &str) -> std::result::Result<String, String> {
    match v.trim().to_ascii_lowercase().as_str() {
        "true" | "yes" | "on" | "1" => Ok("true".into()),
        "false" | "no" | "off" | "0" => Ok("false".into()),
        _ => Err("expected true or false".into()),
    }
}

fn check_age(v: &str) -> std::result::Result<String, String> {
    match v.trim().parse::<u32>() {
        Ok(n) if (1..=30).contains(&n) => Ok(n.to_string()),
        _ => Err("expected a whole number of years from 1 to 30".into()),
    }
}

fn check_days(v: &str) -> std::result::Result<String, String> {
    match v.trim().parse::<u32>() {
        Ok(n) if n <= 3650 => Ok(n.to_string()),
        _ => Err("expected a whole number of days from 0 to 3650".into()),
    }
}

pub const SETTINGS: &[SettingDef] = &[
    SettingDef {
        name: "masked-visible-to-primary",
        default: "true",
        help: "the primary doctor also sees masked documents (false = strict Mon espace santé rule: only the author)",
        check: check_bool,
    },
    SettingDef {
        name: "majority-age",
        default: "18",
        help: "age at which a child's profile is handed over",
        check: check_age,
    },
    SettingDef {
        name: "majority-warning-days",
        default: "90",
        help: "days before majority from which status and profile list warn",
        check: check_days,
    },
];

pub fn setting_def(name: &str) -> Result<&'static SettingDef> {
    SETTINGS.iter().find(|s| s.name == name).ok_or_else(|| {
        Error::usage(
            crate::i18n::tr!("v-unknown-setting", name = format!("{name:?}")),
            crate::i18n::tr!(
                "v-unknown-setting-hint",
                names = SETTINGS
                    .iter()
                    .map(|s| s.name)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )
    })
}

pub fn setting(conn: &Connection, name: &str) -> Result<String> {
    let def = setting_def(name)?;
    Ok(get_meta(conn, &format!("setting.{name}"))?.unwrap_or_else(|| def.default.to_string()))
}

pub fn setting_bool(conn: &Connection, name: &str) -> Result<bool> {
    Ok(setting(conn, name)? == "true")
}

pub fn setting_u32(conn: &Connection, name: &str) -> Result<u32> {
    Ok(setting(conn, name)?.parse().unwrap_or(0))
}

pub fn set_setting(conn: &Connection, name: &str, value: &str) -> Result<String> {
    let def = setting_def(name)?;
    let v = (def.check)(value).map_err(|why| {
        Error::usage(
            crate::i18n::tr!(
                "err-arg-invalid-value-why",
                value = format!("{value:?}"),
                arg = name,
                why = why.to_string()
            ),
            format!("{name}: {}", def.help),
        )
    })?;
    set_meta(conn, &format!("setting.{name}"), &v)?;
    Ok(v)
}

pub fn emergency_consents(conn: &Connection) -> Result<EmergencyConsents> {
    let d = EmergencyConsents::default();
    let get = |k: &str, dv: bool| -> Result<bool> {
        Ok(get_meta(conn, k)?.map(|v| v == "allow").unwrap_or(dv))
    };
    Ok(EmergencyConsents {
        samu: get("emergency.samu", d.samu)?,
        break_glass: get("emergency.break_glass", d.break_glass)?,
        masked: get("emergency.masked", d.masked)?,
    })
}

pub fn set_emergency_consents(conn: &Connection, c: &EmergencyConsents) -> Result<()> {
    let v = |b: bool| if b { "allow" } else { "deny" };
    set_meta(conn, "emergency.samu", v(c.samu))?;
    set_meta(conn, "emergency.break_glass", v(c.break_glass))?;
    set_meta(conn, "emergency.masked", v(c.masked))?;
    Ok(())
}

//! Measures (domain.md §11): each kind with its UCUM units, the range of
//! values a living person can have in each (a value outside is a typing
//! error, refused with a hint, never stored), and its LOINC code for the
//! FHIR vital-signs form.

use crate::error::{Error, Result};

/// One unit a measure kind accepts, with the plausible range in it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Unit {
    /// The UCUM code, as stored and exported.
    pub ucum: &'static str,
    pub min: f64,
    pub max: f64,
}

/// A kind of measure.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MeasureKind {
    pub name: &'static str,
    pub fr: &'static str,
    pub loinc: &'static str,
    pub loinc_display: &'static str,
    /// `vital-signs` or `laboratory` (FHIR observation category).
    pub category: &'static str,
    pub units: &'static [Unit],
}

const fn u(ucum: &'static str, min: f64, max: f64) -> Unit {
    Unit { ucum, min, max }
}

/// Blood pressure: `SYS/DIA` in mm[Hg], each in its own range.
pub const BLOOD_PRESSURE: &str = "blood-pressure";
pub const SYSTOLIC: (&str, &str, f64, f64) = ("8480-6", "Systolic blood pressure", 50.0, 300.0);
pub const DIASTOLIC: (&str, &str, f64, f64) = ("8462-4", "Diastolic blood pressure", 20.0, 200.0);

/// Every measure kind carnet knows, in the order `medical add measure --help` lists them.
pub const KINDS: &[MeasureKind] = &[
    MeasureKind {
        name: "weight",
        fr: "Poids",
        loinc: "29463-7",
        loinc_display: "Body weight",
        category: "vital-signs",
        units: &[u("kg", 0.2, 400.0), u("g", 200.0, 400_000.0)],
    },
    MeasureKind {
        name: "height",
        fr: "Taille",
        loinc: "8302-2",
        loinc_display: "Body height",
        category: "vital-signs",
        units: &[u("cm", 20.0, 260.0), u("m", 0.2, 2.6)],
    },
    MeasureKind {
        name: "bmi",
        fr: "IMC",
        loinc: "39156-5",
        loinc_display: "Body mass index (BMI) [Ratio]",
        category: "vital-signs",
        units: &[u("kg/m2", 8.0, 80.0)],
    },
    MeasureKind {
        name: BLOOD_PRESSURE,
        fr: "Tension artérielle",
        loinc: "85354-9",
        loinc_display: "Blood pressure panel with all children optional",
        category: "vital-signs",
        units: &[u("mm[Hg]", 20.0, 300.0)],
    },
    MeasureKind {
        name: "heart-rate",
        fr: "Fréquence cardiaque",
        loinc: "8867-4",
        loinc_display: "Heart rate",
        category: "vital-signs",
        units: &[u("/min", 20.0, 250.0)],
    },
    MeasureKind {
        name: "respiratory-rate",
        fr: "Fréquence respiratoire",
        loinc: "9279-1",
        loinc_display: "Respiratory rate",
        category: "vital-signs",
        units: &[u("/min", 4.0, 80.0)],
    },
    MeasureKind {
        name: "oxygen-saturation",
        fr: "Saturation en oxygène",
        loinc: "2708-6",
        loinc_display: "Oxygen saturation in Arterial blood",
        category: "vital-signs",
        units: &[u("%", 50.0, 100.0)],
    },
    MeasureKind {
        name: "temperature",
        fr: "Température",
        loinc: "8310-5",
        loinc_display: "Body temperature",
        category: "vital-signs",
        units: &[u("Cel", 25.0, 45.0), u("[degF]", 77.0, 113.0)],
    },
    MeasureKind {
        name: "head-circumference",
        fr: "Périmètre crânien",
        loinc: "9843-4",
        loinc_display: "Head Occipital-frontal circumference",
        category: "vital-signs",
        units: &[u("cm", 20.0, 70.0)],
    },
    MeasureKind {
        name: "glucose",
        fr: "Glycémie",
        loinc: "2339-0",
        loinc_display: "Glucose [Mass/volume] in Blood",
        category: "laboratory",
        units: &[
            u("mmol/L", 0.5, 40.0),
            u("mg/dL", 10.0, 720.0),
            u("g/L", 0.1, 7.2),
        ],
    },
    MeasureKind {
        name: "hba1c",
        fr: "HbA1c",
        loinc: "4548-4",
        loinc_display: "Hemoglobin A1c/Hemoglobin.total in Blood",
        category: "laboratory",
        units: &[u("%", 3.0, 20.0)],
    },
];

/// Units people type that UCUM spells otherwise.
const NOT_UCUM: &[(&str, &str)] = &[
    ("mmhg", "mm[Hg]"),
    ("bpm", "/min"),
    ("°c", "Cel"),
    ("c", "Cel"),
    ("°f", "[degF]"),
    ("f", "[degF]"),
    ("kg/m²", "kg/m2"),
    ("mmol/l", "mmol/L"),
    ("mg/dl", "mg/dL"),
    ("g/l", "g/L"),
];

pub fn kind(name: &str) -> Option<&'static MeasureKind> {
    KINDS.iter().find(|k| k.name == name)
}

/// The kind names, comma-separated (for hints).
pub fn kind_names() -> String {
    KINDS.iter().map(|k| k.name).collect::<Vec<_>>().join(", ")
}

impl MeasureKind {
    fn unit_names(&self) -> String {
        self.units
            .iter()
            .map(|u| u.ucum)
            .collect::<Vec<_>>()
            .join(crate::i18n::tr!("m-or").as_str())
    }

    /// The kind as a message names it: `weight` in English (what `medical
    /// add measure` takes), `poids` in French.
    pub fn shown(&self) -> String {
        if crate::i18n::lang() == crate::i18n::Lang::En {
            return self.name.to_string();
        }
        match self.name {
            // Abbreviations keep their capitals.
            "bmi" | "hba1c" => self.fr.to_string(),
            _ => self.fr.to_lowercase(),
        }
    }

    pub fn unit(&self, ucum: &str) -> Option<&'static Unit> {
        self.units.iter().find(|u| u.ucum == ucum)
    }
}

/// A checked measure value: the number(s) and the UCUM unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Value {
    pub kind: &'static MeasureKind,
    /// The value, or the systolic pressure.
    pub value: f64,
    /// The diastolic pressure (blood pressure only).
    pub diastolic: Option<f64>,
    pub unit: &'static str,
}

impl Value {
    /// The value as stored: `72.5`, `120/80`.
    pub fn text(&self) -> String {
        match self.diastolic {
            Some(d) => format!("{}/{}", num(self.value), num(d)),
            None => num(self.value),
        }
    }

    /// French display: decimal comma and the unit (`72,5 kg`, `120/80 mmHg`).
    pub fn french(&self) -> String {
        let unit = match self.unit {
            "mm[Hg]" => "mmHg",
            "Cel" => "°C",
            "[degF]" => "°F",
            "kg/m2" => "kg/m²",
            "/min" => "/min",
            u => u,
        };
        format!("{} {unit}", self.text().replace('.', ","))
    }
}

/// A number without a trailing `.0`.
pub fn num(v: f64) -> String {
    let s = format!("{v}");
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

fn parse_number(what: &str, s: &str) -> Result<f64> {
    // A French decimal comma is accepted: `72,5`.
    let t = s.trim().replace(',', ".");
    let ok = !t.is_empty()
        && t.chars().all(|c| c.is_ascii_digit() || c == '.')
        && t.chars().filter(|&c| c == '.').count() <= 1
        && !t.starts_with('.')
        && !t.ends_with('.')
        && t.len() <= 12;
    match t.parse::<f64>() {
        Ok(v) if ok && v.is_finite() => Ok(v),
        _ => Err(Error::usage(
            crate::i18n::tr!(
                "m-measure-not-a-number",
                what = what,
                value = format!("{s:?}")
            ),
            crate::i18n::tr!("m-measure-not-a-number-hint"),
        )),
    }
}

/// Checks a measure: a known kind, a UCUM unit of that kind, and a value
/// in the plausible range for that unit (exit 2 with a hint otherwise).
pub fn check(kind_name: &str, value: &str, unit: &str) -> Result<Value> {
    let kind = kind(kind_name).ok_or_else(|| {
        Error::usage(
            crate::i18n::tr!("m-measure-unknown-kind", kind = format!("{kind_name:?}")),
            crate::i18n::tr!("m-use-one-of", values = kind_names()),
        )
    })?;
    let u = match kind.unit(unit) {
        Some(u) => u,
        None => {
            let lower = unit.trim().to_lowercase();
            let ucum = NOT_UCUM.iter().find(|(k, _)| *k == lower).map(|(_, v)| *v);
            let hint = match ucum {
                Some(v) if kind.unit(v).is_some() => {
                    crate::i18n::tr!("m-measure-ucum-hint", unit = v, kind = kind.name)
                }
                _ => crate::i18n::tr!(
                    "m-measure-units-hint",
                    what = kind.shown(),
                    units = kind.unit_names()
                ),
            };
            return Err(Error::usage(
                crate::i18n::tr!(
                    "m-measure-bad-unit",
                    unit = format!("{unit:?}"),
                    what = kind.shown()
                ),
                hint,
            ));
        }
    };
    let in_range = |what: &str, v: f64, min: f64, max: f64| -> Result<()> {
        if v < min || v > max {
            Err(Error::usage(
                crate::i18n::tr!(
                    "m-measure-implausible",
                    what = what,
                    value = num(v),
                    unit = u.ucum
                ),
                crate::i18n::tr!(
                    "m-measure-implausible-hint",
                    what = what,
                    unit = u.ucum,
                    min = num(min),
                    max = num(max),
                    others = other_units(kind, u.ucum)
                ),
            ))
        } else {
            Ok(())
        }
    };
    if kind.name == BLOOD_PRESSURE {
        let (s, d) = value.split_once('/').ok_or_else(|| {
            Error::usage(
                crate::i18n::tr!("m-bp-not-pair", value = format!("{value:?}")),
                crate::i18n::tr!("m-bp-not-pair-hint"),
            )
        })?;
        let (systolic, diastolic) = (
            crate::i18n::tr!("m-bp-systolic"),
            crate::i18n::tr!("m-bp-diastolic"),
        );
        let sys = parse_number(&systolic, s)?;
        let dia = parse_number(&diastolic, d)?;
        in_range(systolic.as_str(), sys, SYSTOLIC.2, SYSTOLIC.3)?;
        in_range(diastolic.as_str(), dia, DIASTOLIC.2, DIASTOLIC.3)?;
        if dia >= sys {
            return Err(Error::usage(
                crate::i18n::tr!("m-bp-order", value = value),
                crate::i18n::tr!("m-bp-order-hint"),
            ));
        }
        return Ok(Value {
            kind,
            value: sys,
            diastolic: Some(dia),
            unit: u.ucum,
        });
    }
    let v = parse_number(&kind.shown(), value)?;
    in_range(kind.shown().as_str(), v, u.min, u.max)?;
    Ok(Value {
        kind,
        value: v,
        diastolic: None,
        unit: u.ucum,
    })
}

fn other_units(kind: &MeasureKind, used: &str) -> String {
    let others: Vec<&str> = kind
        .units
        .iter()
        .map(|u| u.ucum)
        .filter(|u| *u != used)
        .collect();
    if others.is_empty() {
        String::new()
    } else {
        crate::i18n::tr!(
            "m-measure-other-units",
            units = others.join(crate::i18n::tr!("m-or").as_str())
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plausible_values_pass_and_implausible_ones_are_refused_with_a_hint() {
        let w = check("weight", "72,5", "kg").unwrap();
        assert_eq!((w.value, w.unit, w.text()), (72.5, "kg", "72.5".into()));
        assert_eq!(w.french(), "72,5 kg");
        let e = check("weight", "700", "kg").unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.hint().contains("between 0.2 and 400"), "{}", e.hint());
        assert!(check("weight", "3500", "g").is_ok());
        assert!(check("height", "1.72", "m").is_ok());
        assert!(check("height", "172", "m").is_err());
        assert!(check("temperature", "37.2", "Cel").is_ok());
        assert!(check("temperature", "372", "Cel").is_err());
        assert!(check("heart-rate", "-3", "/min").is_err());
        assert!(check("weight", "NaN", "kg").is_err());
        assert!(check("weight", "1e3", "kg").is_err());
    }

    #[test]
    fn blood_pressure_is_systolic_over_diastolic_in_mm_hg() {
        let bp = check("blood-pressure", "120/80", "mm[Hg]").unwrap();
        assert_eq!((bp.value, bp.diastolic), (120.0, Some(80.0)));
        assert_eq!(bp.french(), "120/80 mmHg");
        let e = check("blood-pressure", "120/80", "mmHg").unwrap_err();
        assert!(e.hint().contains("mm[Hg]"), "{}", e.hint());
        assert!(check("blood-pressure", "80/120", "mm[Hg]").is_err());
        assert!(check("blood-pressure", "120", "mm[Hg]").is_err());
        assert!(check("blood-pressure", "400/80", "mm[Hg]").is_err());
    }

    #[test]
    fn unknown_kinds_and_units_name_what_is_accepted() {
        let e = check("iq", "100", "1").unwrap_err();
        assert!(e.hint().contains("weight"));
        let e = check("weight", "70", "lb").unwrap_err();
        assert!(e.hint().contains("kg or g"), "{}", e.hint());
    }

    /// Every unit's range is a real interval.
    #[test]
    fn ranges_are_ordered() {
        for k in KINDS {
            for u in k.units {
                assert!(u.min > 0.0 && u.min < u.max, "{} {}", k.name, u.ucum);
            }
        }
    }
}

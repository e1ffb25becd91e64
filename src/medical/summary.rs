//! The printable summary in French (`carnet medical summary`): what a
//! doctor needs first, in the order of the IPS (allergies, treatments,
//! problems), then vaccinations, the latest measures, contacts and wishes.
//! Items masked from professionals are left out (a printout is shown to
//! them), and the summary says how many.

use super::pdf::Line;
use super::{Item, Kind};
use crate::timefmt::fr_date_str as fr_date;

/// The French word for a contact role.
pub fn role_fr(role: &str) -> &'static str {
    match role {
        "trusted-person" => "personne de confiance",
        "parent" => "parent",
        "spouse" => "conjoint",
        "partner" => "partenaire",
        "child" => "enfant",
        "sibling" => "frère ou sœur",
        "relative" => "proche parent",
        "friend" => "ami",
        "guardian" => "représentant légal",
        "doctor" => "médecin",
        _ => "autre",
    }
}

/// One line in French for an item.
pub fn describe_fr(i: &Item) -> String {
    let f = &i.fields;
    if i.kind == Kind::Measure {
        if let Some(v) = f.measure_value() {
            let date = f.date.as_deref().map(fr_date).unwrap_or_default();
            return format!("{} : {} ({date})", v.kind.fr, v.french());
        }
    }
    let mut s = i.describe();
    match i.kind {
        Kind::Allergy => {
            if let Some(sev) = &f.severity {
                s += match sev.as_str() {
                    "high" => " (sévère)",
                    "moderate" => " (modérée)",
                    _ => " (légère)",
                };
            }
        }
        Kind::Treatment => {
            if let Some(d) = &f.dose {
                s += &format!(", {d}");
            }
        }
        Kind::Vaccination => {
            if let Some(d) = &f.date {
                s += &format!(", le {}", fr_date(d));
            }
            if let Some(l) = &f.lot {
                s += &format!(", lot {l}");
            }
        }
        Kind::Contact => {
            s += &format!(" ({})", role_fr(f.role.as_deref().unwrap_or("other")));
            if let Some(p) = &f.phone {
                s += &format!(", tél. {p}");
            }
            if let Some(e) = &f.email {
                s += &format!(", {e}");
            }
        }
        _ => {}
    }
    match (&f.since, &f.until) {
        (Some(a), Some(b)) => s += &format!(", du {} au {}", fr_date(a), fr_date(b)),
        (Some(a), None) => s += &format!(", depuis le {}", fr_date(a)),
        (None, Some(b)) => s += &format!(", jusqu'au {}", fr_date(b)),
        _ => {}
    }
    if let Some(c) = &f.code {
        s += &format!(" [{}]", c.text());
    }
    s
}

/// The holder as the summary names them.
pub struct Who<'a> {
    pub name: &'a str,
    pub birth_date: Option<&'a str>,
    /// YYYY-MM-DD of the day it is made.
    pub today: &'a str,
}

/// The summary as a PDF of at most two pages, and its page count.
pub fn pdf(who: &Who, items: &[Item]) -> (Vec<u8>, usize) {
    super::pdf::render(
        &format!("Synthèse médicale — {}", who.name),
        &lines(who, items),
        2,
        "… (suite : carnet medical show)",
    )
}

/// The summary's lines; `items` are the current items the holder sees.
pub fn lines(who: &Who, items: &[Item]) -> Vec<Line> {
    let shown: Vec<&Item> = items.iter().filter(|i| !i.masked).collect();
    let masked = items.len() - shown.len();
    let of = |k: Kind| shown.iter().copied().filter(move |i| i.kind == k);
    let fact = |k: Kind| of(k).next_back().and_then(|i| i.fields.label.clone());
    let mut out = vec![Line::Title(format!("Synthèse médicale — {}", who.name))];
    let mut head = String::new();
    if let Some(b) = who.birth_date {
        head += &format!("Date de naissance : {}. ", fr_date(b));
    }
    head += &format!(
        "Établie le {} à partir du profil médical tenu par la personne (carnet) ; à vérifier avec elle.",
        fr_date(who.today)
    );
    out.push(Line::Text(head));
    out.push(Line::Blank);
    out.push(Line::Heading(format!(
        "Groupe sanguin : {}",
        fact(Kind::BloodGroup).unwrap_or_else(|| "non renseigné".into())
    )));
    let section = |out: &mut Vec<Line>, title: &str, items: Vec<&Item>, none: String| {
        out.push(Line::Heading(title.to_string()));
        if items.is_empty() {
            out.push(Line::Text(none));
        }
        for i in items {
            out.push(Line::Text(format!("• {}", describe_fr(i))));
        }
    };
    let none = |k: Kind, known: &str, unknown: &str| -> String {
        if of(k).next().is_some() {
            known.to_string()
        } else {
            unknown.to_string()
        }
    };
    section(
        &mut out,
        "Allergies et intolérances",
        of(Kind::Allergy).collect(),
        none(
            Kind::NoKnownAllergies,
            "Aucune allergie connue.",
            "Pas d'information sur les allergies.",
        ),
    );
    section(
        &mut out,
        "Traitements en cours",
        of(Kind::Treatment)
            .filter(|i| i.is_current(who.today))
            .collect(),
        none(
            Kind::NoKnownTreatments,
            "Aucun traitement en cours.",
            "Pas d'information sur les traitements.",
        ),
    );
    section(
        &mut out,
        "Pathologies et antécédents",
        of(Kind::Condition).collect(),
        none(
            Kind::NoKnownConditions,
            "Aucune pathologie connue.",
            "Pas d'information sur les pathologies.",
        ),
    );
    section(
        &mut out,
        "Vaccinations",
        of(Kind::Vaccination).collect(),
        "Aucune vaccination enregistrée.".into(),
    );
    // The latest measure of each kind.
    let mut latest: Vec<&Item> = Vec::new();
    for m in of(Kind::Measure) {
        match latest
            .iter_mut()
            .find(|x| x.fields.measure == m.fields.measure)
        {
            Some(x) if x.sort_date() <= m.sort_date() => *x = m,
            Some(_) => {}
            None => latest.push(m),
        }
    }
    section(
        &mut out,
        "Dernières mesures",
        latest,
        "Aucune mesure enregistrée.".into(),
    );
    section(
        &mut out,
        "Personnes à prévenir",
        of(Kind::Contact).collect(),
        "Aucun contact enregistré.".into(),
    );
    if let Some(d) = fact(Kind::Directives) {
        out.push(Line::Heading("Directives anticipées".into()));
        out.push(Line::Text(d));
    }
    if let Some(d) = fact(Kind::OrganDonation) {
        out.push(Line::Heading("Don d'organes".into()));
        out.push(Line::Text(d));
    }
    if masked > 0 {
        out.push(Line::Blank);
        out.push(Line::Text(format!(
            "{masked} élément(s) masqué(s) aux professionnels ne figure(nt) pas sur ce document."
        )));
    }
    out
}

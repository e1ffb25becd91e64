//! What a medical profile item is ([`Kind`]): listed items and facts.

/// What an item is. The first six are listed items; the rest are facts,
/// of which only the latest of each kind counts (`medical set`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Allergy,
    Condition,
    Treatment,
    Vaccination,
    Measure,
    Contact,
    BloodGroup,
    Directives,
    OrganDonation,
    NoKnownAllergies,
    NoKnownConditions,
    NoKnownTreatments,
}

impl Kind {
    pub const ALL: [Kind; 12] = [
        Kind::Allergy,
        Kind::Condition,
        Kind::Treatment,
        Kind::Vaccination,
        Kind::Measure,
        Kind::Contact,
        Kind::BloodGroup,
        Kind::Directives,
        Kind::OrganDonation,
        Kind::NoKnownAllergies,
        Kind::NoKnownConditions,
        Kind::NoKnownTreatments,
    ];

    /// The name stored in the index and printed (`kind` in JSON).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Allergy => "allergy",
            Kind::Condition => "condition",
            Kind::Treatment => "treatment",
            Kind::Vaccination => "vaccination",
            Kind::Measure => "measure",
            Kind::Contact => "contact",
            Kind::BloodGroup => "blood-group",
            Kind::Directives => "directives",
            Kind::OrganDonation => "organ-donation",
            Kind::NoKnownAllergies => "no-known-allergies",
            Kind::NoKnownConditions => "no-known-conditions",
            Kind::NoKnownTreatments => "no-known-treatments",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// A fact set with `medical set` (one counts: the latest).
    pub fn is_fact(self) -> bool {
        !matches!(
            self,
            Kind::Allergy
                | Kind::Condition
                | Kind::Treatment
                | Kind::Vaccination
                | Kind::Measure
                | Kind::Contact
        )
    }

    /// The key of `medical show --json` a listed kind goes under.
    pub fn plural(self) -> &'static str {
        match self {
            Kind::Allergy => "allergies",
            Kind::Condition => "conditions",
            Kind::Treatment => "treatments",
            Kind::Vaccination => "vaccinations",
            Kind::Measure => "measures",
            Kind::Contact => "contacts",
            Kind::BloodGroup => "blood_group",
            Kind::Directives => "directives",
            Kind::OrganDonation => "organ_donation",
            Kind::NoKnownAllergies => "no_known_allergies",
            Kind::NoKnownConditions => "no_known_conditions",
            Kind::NoKnownTreatments => "no_known_treatments",
        }
    }

    /// The "no known …" statement a listed kind contradicts, and back.
    pub fn no_known(self) -> Option<Kind> {
        match self {
            Kind::Allergy => Some(Kind::NoKnownAllergies),
            Kind::Condition => Some(Kind::NoKnownConditions),
            Kind::Treatment => Some(Kind::NoKnownTreatments),
            _ => None,
        }
    }

    pub fn of_no_known(self) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.no_known() == Some(self))
    }

    /// French name (summary, card).
    /// The kind as a human message names it: its short name in English
    /// (what `medical add` takes), the word a French doctor reads in French.
    pub fn label(self) -> String {
        if crate::i18n::lang() == crate::i18n::Lang::En {
            return self.as_str().to_string();
        }
        crate::i18n::tr!("m-kind", kind = self.as_str())
    }

    pub fn french(self) -> &'static str {
        match self {
            Kind::Allergy => "Allergie",
            Kind::Condition => "Pathologie",
            Kind::Treatment => "Traitement",
            Kind::Vaccination => "Vaccination",
            Kind::Measure => "Mesure",
            Kind::Contact => "Contact",
            Kind::BloodGroup => "Groupe sanguin",
            Kind::Directives => "Directives anticipées",
            Kind::OrganDonation => "Don d'organes",
            Kind::NoKnownAllergies => "Aucune allergie connue",
            Kind::NoKnownConditions => "Aucune pathologie connue",
            Kind::NoKnownTreatments => "Aucun traitement en cours",
        }
    }
}

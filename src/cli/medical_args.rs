//! Arguments of `carnet medical …` (cli.md "Medical profile").

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

use crate::ids::Rpps;

#[derive(Debug, Subcommand)]
pub enum MedicalCommand {
    /// The medical profile: allergies, conditions, treatments, vaccinations, measures, contacts, blood group…
    #[command(after_help = "Examples:\n  carnet medical show\n  carnet medical show --json")]
    Show,
    /// Record an allergy, condition, treatment, vaccination, measure or contact (journaled).
    #[command(
        subcommand,
        after_help = "Examples:\n  carnet medical add allergy Pénicilline --severity high --code snomed:91936005\n  carnet medical add measure weight 72.5 kg\n  carnet medical add measure blood-pressure 120/80 mm[Hg] --date 2026-03-14\n  carnet medical add contact \"Sam Martin\" --role trusted-person --phone \"06 12 34 56 78\""
    )]
    Add(Box<MedicalAdd>),
    /// Change fields of an item (ID or unique prefix); "" clears an optional field.
    #[command(
        after_help = "Examples:\n  carnet medical edit 7fq2 --severity moderate\n  carnet medical edit 7fq2 --until 2026-05-01"
    )]
    Edit(Box<MedicalEditArgs>),
    /// Remove an item (kept in `medical history` unless --purge).
    #[command(
        after_help = "Examples:\n  carnet medical rm 7fq2\n  carnet medical rm 7fq2 --purge"
    )]
    Rm(MedicalRmArgs),
    /// Mask an item from every professional, or from one (--from RPPS).
    #[command(
        after_help = "Examples:\n  carnet medical mask 7fq2\n  carnet medical mask 7fq2 --from 10003456786"
    )]
    Mask(MedicalMaskArgs),
    /// Undo `medical mask`.
    #[command(
        after_help = "Examples:\n  carnet medical unmask 7fq2\n  carnet medical unmask 7fq2 --from 10003456786"
    )]
    Unmask(MedicalMaskArgs),
    /// Every item ever recorded, removed ones too, by date (one kind with KIND).
    #[command(
        after_help = "Examples:\n  carnet medical history\n  carnet medical history measure --json"
    )]
    History(MedicalHistoryArgs),
    /// Set the blood group, advance directives, organ donation wish, or "no known …".
    #[command(
        subcommand,
        after_help = "Examples:\n  carnet medical set blood-group O+\n  carnet medical set no-known allergies\n  carnet medical set directives \"Pas d'acharnement thérapeutique\""
    )]
    Set(MedicalSet),
    /// A printable summary in French (PDF, one or two pages).
    #[command(after_help = "Example:\n  carnet medical summary -o synthese.pdf")]
    Summary(MedicalSummaryArgs),
}

/// Options every `add` takes.
#[derive(Debug, Args)]
pub struct AddCommon {
    /// A note (free text).
    #[arg(long, value_name = "S")]
    pub note: Option<String>,
    /// In a child's profile: hidden from the guardians, sealed to the minor's own key.
    #[arg(long)]
    pub hidden_from_guardians: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Severity {
    Low,
    Moderate,
    High,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Status {
    Active,
    Inactive,
    Resolved,
}

#[derive(Debug, Subcommand)]
pub enum MedicalAdd {
    /// An allergy or intolerance.
    #[command(
        after_help = "Example:\n  carnet medical add allergy Pénicilline --severity high --code snomed:91936005"
    )]
    Allergy {
        /// What the person is allergic to, e.g. Pénicilline.
        label: String,
        /// How severe a reaction is.
        #[arg(long, value_enum)]
        severity: Option<Severity>,
        /// Whether it is current (default active).
        #[arg(long, value_enum)]
        status: Option<Status>,
        /// Known since this date (YYYY-MM-DD or JJ/MM/AAAA).
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        /// SNOMED CT or CIM-10 code (snomed:91936005, cim10:Z88.0), or CIS/ATC for a medicine.
        #[arg(long, value_name = "C")]
        code: Option<String>,
        #[command(flatten)]
        common: AddCommon,
    },
    /// A condition or past illness.
    #[command(
        after_help = "Example:\n  carnet medical add condition Asthme --since 2001-01-01 --code cim10:J45.9"
    )]
    Condition {
        /// The condition, e.g. Asthme.
        label: String,
        /// Since this date (YYYY-MM-DD or JJ/MM/AAAA).
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        /// Until this date, when it is over (YYYY-MM-DD or JJ/MM/AAAA).
        #[arg(long, value_name = "DATE")]
        until: Option<String>,
        /// Whether it is current (default active).
        #[arg(long, value_enum)]
        status: Option<Status>,
        /// SNOMED CT or CIM-10 code (snomed:195967001, cim10:J45.9).
        #[arg(long, value_name = "C")]
        code: Option<String>,
        #[command(flatten)]
        common: AddCommon,
    },
    /// A treatment (medicine).
    #[command(
        after_help = "Example:\n  carnet medical add treatment \"Lévothyrox 50 µg\" --dose \"1 cp le matin\" --code atc:H03AA01"
    )]
    Treatment {
        /// The medicine, e.g. "Lévothyrox 50 µg".
        name: String,
        /// Dose and rhythm, e.g. "1 cp le matin".
        #[arg(long, value_name = "S")]
        dose: Option<String>,
        /// Taken since this date (YYYY-MM-DD or JJ/MM/AAAA).
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        /// Taken until this date (YYYY-MM-DD or JJ/MM/AAAA).
        #[arg(long, value_name = "DATE")]
        until: Option<String>,
        /// CIS code (BDPM, 8 digits) or ATC code (cis:60234100, atc:H03AA01).
        #[arg(long, value_name = "C")]
        code: Option<String>,
        #[command(flatten)]
        common: AddCommon,
    },
    /// A vaccination.
    #[command(
        after_help = "Example:\n  carnet medical add vaccination Boostrixtetra --date 2025-09-10 --lot AB123"
    )]
    Vaccination {
        /// The vaccine, e.g. Boostrixtetra.
        name: String,
        /// When it was given (YYYY-MM-DD or JJ/MM/AAAA).
        #[arg(long, value_name = "DATE")]
        date: String,
        /// The batch number on the vaccination record.
        #[arg(long, value_name = "S")]
        lot: Option<String>,
        /// CIS or ATC code of the vaccine.
        #[arg(long, value_name = "C")]
        code: Option<String>,
        #[command(flatten)]
        common: AddCommon,
    },
    /// A measure: weight, height, bmi, blood-pressure, heart-rate, respiratory-rate, oxygen-saturation, temperature, head-circumference, glucose, hba1c.
    #[command(
        after_help = "Examples:\n  carnet medical add measure weight 72.5 kg\n  carnet medical add measure blood-pressure 120/80 mm[Hg] --date 2026-03-14"
    )]
    Measure {
        /// What is measured, e.g. weight.
        kind: String,
        /// The value (blood pressure: SYS/DIA, e.g. 120/80).
        value: String,
        /// The UCUM unit: kg, g, cm, m, kg/m2, mm[Hg], /min, %, Cel, [degF], mmol/L, mg/dL, g/L.
        unit: String,
        /// When it was measured (YYYY-MM-DD or JJ/MM/AAAA); default today.
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
        #[command(flatten)]
        common: AddCommon,
    },
    /// A contact: trusted person (personne de confiance), relative, doctor…
    #[command(
        after_help = "Example:\n  carnet medical add contact \"Sam Martin\" --role trusted-person --phone \"06 12 34 56 78\""
    )]
    Contact {
        /// The contact's name, e.g. "Sam Martin".
        name: String,
        /// trusted-person, parent, spouse, partner, child, sibling, relative, friend, guardian, doctor, other.
        #[arg(long, value_name = "R")]
        role: String,
        /// Phone number.
        #[arg(long, value_name = "S")]
        phone: Option<String>,
        /// Email address.
        #[arg(long, value_name = "S")]
        email: Option<String>,
        #[command(flatten)]
        common: AddCommon,
    },
}

#[derive(Debug, Args)]
pub struct MedicalEditArgs {
    /// Item ID or unique prefix.
    pub id: String,
    /// Label, medicine, vaccine or contact name.
    #[arg(long, value_name = "S")]
    pub label: Option<String>,
    /// New code (snomed:…, cim10:…, cis:…, atc:…).
    #[arg(long, value_name = "C")]
    pub code: Option<String>,
    /// New severity of an allergy.
    #[arg(long, value_name = "low|moderate|high")]
    pub severity: Option<String>,
    /// New status of an allergy or condition.
    #[arg(long, value_name = "active|inactive|resolved")]
    pub status: Option<String>,
    /// New start date (YYYY-MM-DD or JJ/MM/AAAA).
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// New end date (YYYY-MM-DD or JJ/MM/AAAA).
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// New date of a vaccination or measure (YYYY-MM-DD or JJ/MM/AAAA).
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// New dose of a treatment.
    #[arg(long, value_name = "S")]
    pub dose: Option<String>,
    /// New batch number of a vaccination.
    #[arg(long, value_name = "S")]
    pub lot: Option<String>,
    /// A measure's value (its unit with --unit).
    #[arg(long, value_name = "V")]
    pub value: Option<String>,
    /// New UCUM unit of a measure.
    #[arg(long, value_name = "UCUM")]
    pub unit: Option<String>,
    /// New role of a contact.
    #[arg(long, value_name = "R")]
    pub role: Option<String>,
    /// New phone number of a contact.
    #[arg(long, value_name = "S")]
    pub phone: Option<String>,
    /// New email address of a contact.
    #[arg(long, value_name = "S")]
    pub email: Option<String>,
    /// New note.
    #[arg(long, value_name = "S")]
    pub note: Option<String>,
}

#[derive(Debug, Args)]
pub struct MedicalRmArgs {
    /// Item ID or unique prefix.
    pub id: String,
    /// Delete it from the history too.
    #[arg(long)]
    pub purge: bool,
}

#[derive(Debug, Args)]
pub struct MedicalMaskArgs {
    /// Item ID or unique prefix.
    pub id: String,
    /// Only from these professionals (repeatable).
    #[arg(long = "from", value_name = "RPPS", value_parser = Rpps::parse)]
    pub from: Vec<Rpps>,
}

#[derive(Debug, Args)]
pub struct MedicalHistoryArgs {
    /// allergy, condition, treatment, vaccination, measure, contact, blood-group, directives, organ-donation.
    pub kind: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum NoKnown {
    Allergies,
    Conditions,
    Treatments,
}

#[derive(Debug, Subcommand)]
pub enum MedicalSet {
    /// ABO group and Rh factor: O+, O-, A+, A-, B+, B-, AB+, AB-.
    #[command(after_help = "Example:\n  carnet medical set blood-group O+")]
    BloodGroup {
        /// O+, O-, A+, A-, B+, B-, AB+ or AB-.
        group: String,
        /// In a child's profile: hidden from the guardians, sealed to the minor's own key.
        #[arg(long)]
        hidden_from_guardians: bool,
    },
    /// Advance directives (directives anticipées), as text.
    #[command(
        after_help = "Example:\n  carnet medical set directives \"Pas d'acharnement thérapeutique\""
    )]
    Directives {
        /// The directives, as the person words them.
        text: String,
        /// In a child's profile: hidden from the guardians, sealed to the minor's own key.
        #[arg(long)]
        hidden_from_guardians: bool,
    },
    /// The person's wish about organ donation, as text (France presumes consent; refusals go to the national register).
    #[command(
        after_help = "Example:\n  carnet medical set organ-donation \"Je consens au don d'organes\""
    )]
    OrganDonation {
        /// The wish, as the person words it.
        text: String,
        /// In a child's profile: hidden from the guardians, sealed to the minor's own key.
        #[arg(long)]
        hidden_from_guardians: bool,
    },
    /// State explicitly that there are no known allergies, conditions or current treatments.
    #[command(after_help = "Example:\n  carnet medical set no-known allergies")]
    NoKnown {
        /// What there is none known of.
        #[arg(value_enum)]
        what: NoKnown,
    },
}

#[derive(Debug, Args)]
pub struct MedicalSummaryArgs {
    /// Where to write the PDF ("-" for standard output).
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// Replace FILE if it exists.
    #[arg(long)]
    pub force: bool,
}

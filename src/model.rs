//! The typed records apa produces: one [`Report`] per document, with its judgements,
//! findings and the diagnostics met while reading it.
//!
//! Field names are part of apa's machine interface: a change to them bumps
//! [`SCHEMA_VERSION`].

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Version of the record layout; every JSON record carries it. Field names are
/// stable: a change to them bumps this number.
pub const SCHEMA_VERSION: u32 = 4;

/// The JSON Schema of a [`Report`] record, as `apa schema` prints it.
pub fn report_schema() -> schemars::Schema {
    schemars::schema_for!(Report)
}

/// What a kind of document is, said once for every kind (see
/// [`DocumentKind::spec`]): its name in data, what to call it, whether it
/// grades anything, and whether the dates of its inspection or visit must be
/// printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KindSpec {
    /// The kind's name in data (`--kind`, JSON, CSV).
    pub name: &'static str,
    /// What to call such a document in a message.
    pub label: &'static str,
    /// What the kind grades.
    pub grades: Grades,
    /// Whether a document of this kind must print the dates of its inspection
    /// or visit: the letters between inspections and area SEND inspections,
    /// whose dates are most of what places them.
    pub dates_required: bool,
}

/// What a kind of document grades.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grades {
    /// The judgements its framework requires ([`crate::framework::required`]).
    Framework,
    /// Whatever grades it quotes, but at least one (council papers and plans).
    Quoted,
    /// Nothing: letters between inspections.
    Nothing,
}

/// The kinds of document, each said once: the enum, [`DocumentKind::ALL`] and
/// [`DocumentKind::spec`] are made from this one list, so that a kind cannot
/// be left out of any of them.
macro_rules! document_kinds {
    ($(
        $(#[$doc:meta])*
        $variant:ident => $name:literal, $label:literal, $grades:ident, dates: $dates:literal;
    )*) => {
        /// What kind of document a report is, recognised from its content.
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
        )]
        #[serde(rename_all = "snake_case")]
        pub enum DocumentKind {
            $( $(#[$doc])* $variant, )*
        }

        impl DocumentKind {
            /// Every kind, in the order of the list.
            pub const ALL: [DocumentKind; [$($name),*].len()] = [$(DocumentKind::$variant),*];

            /// What the kind is.
            pub const fn spec(self) -> KindSpec {
                match self {
                    $(DocumentKind::$variant => KindSpec {
                        name: $name,
                        label: $label,
                        grades: Grades::$grades,
                        dates_required: $dates,
                    },)*
                }
            }
        }
    };
}

document_kinds! {
    /// Ofsted/CSCI annual performance assessment letter (2005-2008).
    ApaLetter => "apa_letter", "an annual performance assessment letter", Framework, dates: false;
    /// Inspection of safeguarding and looked after children services (2009-2013).
    SafeguardingLacInspection => "safeguarding_lac_inspection", "an inspection of safeguarding and looked after children services", Framework, dates: false;
    /// A council committee paper quoting Ofsted ratings.
    CouncilReport => "council_report", "a council paper quoting Ofsted ratings", Quoted, dates: false;
    /// A council's children and young people's plan quoting its grades.
    ChildrenPlan => "children_plan", "a children and young people's plan quoting its grades", Quoted, dates: false;
    /// Single inspection framework report (2013-2018), re-inspection or LSCB review.
    SifInspection => "sif_inspection", "a single inspection framework report", Framework, dates: false;
    /// Inspection of local authority children's services (ILACS, 2018-2026).
    IlacsInspection => "ilacs_inspection", "an inspection of local authority children's services", Framework, dates: false;
    /// Ofsted's annual children's services assessment (2009-2011): one rating.
    ChildrensServicesAssessment => "childrens_services_assessment", "an annual children's services assessment", Framework, dates: false;
    /// Inspection of looked after children services (2012-2013).
    LacInspection => "lac_inspection", "an inspection of looked after children services", Framework, dates: false;
    /// Inspection of local authority arrangements for the protection of children (2012-2013).
    ChildProtectionInspection => "child_protection_inspection", "an inspection of arrangements for the protection of children", Framework, dates: false;
    /// A focused visit letter (ILACS, 2018-2026): ungraded.
    FocusedVisit => "focused_visit", "a focused visit letter", Nothing, dates: true;
    /// A monitoring visit letter to a council judged inadequate: ungraded.
    MonitoringVisit => "monitoring_visit", "a monitoring visit letter", Nothing, dates: true;
    /// A joint targeted area inspection letter to a local safeguarding partnership: ungraded.
    JtaiLetter => "jtai_letter", "a joint targeted area inspection letter", Nothing, dates: true;
    /// An area SEND inspection of a local area partnership (2023 framework): one outcome
    /// on a scale of its own.
    SendAreaInspection => "send_area_inspection", "an area SEND inspection", Framework, dates: true;
}

impl DocumentKind {
    pub fn as_str(self) -> &'static str {
        self.spec().name
    }

    /// Whether documents of this kind grade anything: letters between
    /// inspections do not.
    pub fn is_graded(self) -> bool {
        self.spec().grades != Grades::Nothing
    }
}

impl fmt::Display for DocumentKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The inspection framework variant, where it matters for which judgements are due.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Framework {
    /// Single inspection framework (2013-2018): an inspection, with or without
    /// the LSCB's review, or the review alone.
    Sif,
    /// A SIF re-inspection (no LSCB review).
    SifReinspection,
    /// Inspection of looked after children services (2012-2013).
    #[serde(rename = "lac_2013")]
    Lac2013,
    /// Inspection of local authority arrangements for the protection of children (2012-2013).
    #[serde(rename = "cp_2012")]
    Cp2012,
    /// ILACS short inspection: 7 days or less on site (inferred, never printed).
    IlacsShort,
    /// ILACS standard inspection: 8 to 15 days on site (inferred, never printed).
    IlacsStandard,
}

impl Framework {
    pub fn as_str(self) -> &'static str {
        match self {
            Framework::Sif => "sif",
            Framework::SifReinspection => "sif_reinspection",
            Framework::Lac2013 => "lac_2013",
            Framework::Cp2012 => "cp_2012",
            Framework::IlacsShort => "ilacs_short",
            Framework::IlacsStandard => "ilacs_standard",
        }
    }
}

/// A calendar date, written as ISO `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// A date, or `None` when the day does not exist in that month.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (day >= 1 && day <= days).then_some(Date { year, month, day })
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for spans between dates.
    pub fn day_number(self) -> i64 {
        let (y, m, d) = (self.year as i64, self.month as i64, self.day as i64);
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl std::str::FromStr for Date {
    type Err = String;
    fn from_str(s: &str) -> Result<Date, String> {
        let mut parts = s.splitn(3, '-');
        let mut next = || parts.next().and_then(|p| p.parse::<i64>().ok());
        match (next(), next(), next()) {
            (Some(y), Some(m), Some(d)) => Date::new(y as i32, m as u8, d as u8)
                .ok_or_else(|| format!("'{s}' is not a calendar date")),
            _ => Err(format!("'{s}' is not an ISO date (YYYY-MM-DD)")),
        }
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "format": "date", "description": "ISO date, YYYY-MM-DD" })
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// The council a document is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Council {
    /// As the document prints it ("London Borough of Bromley Council"); `null`
    /// where the council was found by the registry's search of a line rather
    /// than read from a place that names it.
    pub printed: Option<String>,
    /// Short canonical name from the council registry ("Bromley"), if recognised.
    pub canonical: Option<String>,
    /// DfE's three-digit LA code ("305"), if recognised.
    pub la_code: Option<String>,
    /// ONS code ("E09000006"), if recognised.
    pub ons_code: Option<String>,
    /// The council's region as the registry names it ("London"), if recognised.
    pub region: Option<String>,
}

impl Council {
    /// A council the registry knows, as printed (where it was).
    pub fn known(entry: &crate::council::CouncilEntry, printed: Option<String>) -> Council {
        let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
        Council {
            printed,
            canonical: Some(entry.name.clone()),
            la_code: some(&entry.la_code),
            ons_code: some(&entry.ons_code),
            region: some(&entry.region),
        }
    }

    /// A council the registry does not know, as printed.
    pub fn unknown(printed: String) -> Council {
        Council {
            printed: Some(printed),
            canonical: None,
            la_code: None,
            ons_code: None,
            region: None,
        }
    }

    /// The name to show: canonical when known, else as printed.
    pub fn name(&self) -> &str {
        self.canonical
            .as_deref()
            .or(self.printed.as_deref())
            .unwrap_or("unknown")
    }
}

/// The dates a document carries; each is `null` where the document prints none.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Dates {
    /// Date of a letter or council paper.
    pub letter: Option<Date>,
    /// Publication date printed in the report.
    pub published: Option<Date>,
    /// Date of the assessment meeting or committee meeting.
    pub meeting: Option<Date>,
    /// First day on site.
    pub inspection_start: Option<Date>,
    /// Last day on site (a second visit extends it).
    pub inspection_end: Option<Date>,
    /// First day on site of the previous inspection, where a report names it.
    pub previous_inspection_start: Option<Date>,
    /// Last day on site of the previous inspection.
    pub previous_inspection_end: Option<Date>,
    /// The creation date in a PDF's own metadata, kept as a fact. It is never
    /// taken as the report's year: a PDF can be made again months later.
    pub pdf_created: Option<Date>,
}

/// A person named by the document: a signatory, inspector or officer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Person {
    pub name: String,
    pub role: Role,
    /// The post or organisation as printed, where the document gives one
    /// ("Director, Children and Young People Services").
    pub post: Option<String>,
}

/// What a person named by a document is there.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The inspection's lead ("Lead inspector", "Lead inspector on site").
    LeadInspector,
    DeputyLeadInspector,
    /// The 2009-2013 inspections' name for their lead.
    ReportingInspector,
    /// Another inspector of the team.
    Inspector,
    /// Who signed a letter.
    Signatory,
    ContactOfficer,
    ChiefOfficer,
}

impl Role {
    /// The inspector who led the inspection, whatever the era calls them.
    pub fn is_lead(self) -> bool {
        matches!(self, Role::LeadInspector | Role::ReportingInspector)
    }
}

/// Which block of an inspection a judgement belongs to.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    None,
    Safeguarding,
    LookedAfter,
}

impl Scope {
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::None => "none",
            Scope::Safeguarding => "safeguarding",
            Scope::LookedAfter => "looked_after",
        }
    }
}

macro_rules! areas {
    ($($variant:ident => $key:literal, $title:literal;)*) => {
        /// A judgement area, keyed in the inspectors' own terms.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
        #[serde(rename_all = "snake_case")]
        pub enum Area { $($variant,)* }

        impl Area {
            pub const ALL: &'static [Area] = &[$(Area::$variant,)*];

            /// The canonical key, as in JSON and CSV.
            pub fn as_str(self) -> &'static str {
                match self { $(Area::$variant => $key,)* }
            }

            /// A short human title.
            pub fn title(self) -> &'static str {
                match self { $(Area::$variant => $title,)* }
            }
        }

        impl std::str::FromStr for Area {
            type Err = String;
            fn from_str(s: &str) -> Result<Area, String> {
                match s { $($key => Ok(Area::$variant),)* _ => Err(format!("unknown area '{s}'")) }
            }
        }
    };
}

areas! {
    SocialCare => "social_care", "Social care";
    Education => "education", "Education";
    ChildrensServices => "childrens_services", "Children's services";
    CapacityToImprove => "capacity_to_improve", "Capacity to improve";
    BeingHealthy => "being_healthy", "Being healthy";
    StayingSafe => "staying_safe", "Staying safe";
    EnjoyingAndAchieving => "enjoying_and_achieving", "Enjoying and achieving";
    MakingAPositiveContribution => "making_a_positive_contribution", "Making a positive contribution";
    AchievingEconomicWellbeing => "achieving_economic_wellbeing", "Achieving economic well-being";
    ServiceManagement => "service_management", "Service management";
    OverallEffectiveness => "overall_effectiveness", "Overall effectiveness";
    CapacityForImprovement => "capacity_for_improvement", "Capacity for improvement";
    ChildrenAreSafe => "children_are_safe", "Children are safe";
    ChildrenFeelSafe => "children_feel_safe", "Children feel safe";
    QualityOfProvision => "quality_of_provision", "Quality of provision";
    ServiceResponsiveness => "service_responsiveness", "Service responsiveness";
    AssessmentAndDirectWork => "assessment_and_direct_work", "Assessment and direct work";
    CasePlanningReviewAndRecording => "case_planning_review_and_recording", "Case planning, review and recording";
    LeadershipAndManagement => "leadership_and_management", "Leadership and management";
    AmbitionAndPrioritisation => "ambition_and_prioritisation", "Ambition and prioritisation";
    Evaluation => "evaluation", "Evaluation";
    UserEngagement => "user_engagement", "User engagement";
    Partnerships => "partnerships", "Partnerships";
    EqualityAndDiversity => "equality_and_diversity", "Equality and diversity";
    ValueForMoney => "value_for_money", "Value for money";
    OutcomesForLookedAfterChildren => "outcomes_for_looked_after_children", "Outcomes for looked after children";
    QualityOfPractice => "quality_of_practice", "Quality of practice";
    LeadershipAndGovernance => "leadership_and_governance", "Leadership and governance";
    SendOutcome => "send_outcome", "Area SEND outcome";
    HelpAndProtection => "help_and_protection", "Help and protection";
    LookedAfter => "looked_after", "Children looked after / in care";
    Adoption => "adoption", "Adoption performance";
    CareLeavers => "care_leavers", "Care leavers";
    Leadership => "leadership", "Leadership";
    Lscb => "lscb", "Local Safeguarding Children Board";
}

impl fmt::Display for Area {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

pub use crate::grade::Level;

/// A grade as printed and as normalised. `level` and `score` are `null` where the
/// printed value could not be read with certainty (a diagnostic then says why) or
/// where the report prints "Not judged".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Grade {
    pub raw: String,
    pub level: Option<Level>,
    pub score: Option<u8>,
    /// The report prints "Not judged": no level, and none missing.
    #[serde(default)]
    pub not_judged: bool,
}

impl Grade {
    pub fn new(raw: impl Into<String>, level: Option<Level>) -> Grade {
        let raw = raw.into();
        Grade {
            not_judged: level.is_none() && crate::grade::says_not_judged(&raw),
            raw,
            level,
            score: level.map(Level::score),
        }
    }
}

/// Where a value was read: the line (1-based, in the text apa read), the PDF page
/// where there is one, and the line's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Source {
    pub line: usize,
    pub page: Option<u32>,
    pub text: String,
}

/// One graded judgement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Judgement {
    pub scope: Scope,
    pub area: Area,
    /// The label as printed.
    pub label: String,
    /// The year the judgement refers to.
    pub year: Option<i32>,
    pub grade: Grade,
    pub source: Source,
}

impl Judgement {
    /// A judgement as read: its block, area, label as printed, the year it
    /// refers to, its grade and where it was read.
    pub fn new(
        scope: Scope,
        area: Area,
        label: impl Into<String>,
        year: Option<i32>,
        grade: Grade,
        source: Source,
    ) -> Judgement {
        Judgement {
            scope,
            area,
            label: label.into(),
            year,
            grade,
            source,
        }
    }
}

/// What a finding is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    Strength,
    AreaForImprovement,
    AreaForExploration,
    Action,
    /// An area for priority action, or a priority and immediate action.
    PriorityAction,
}

impl FindingKind {
    pub const ALL: [FindingKind; 5] = [
        FindingKind::Strength,
        FindingKind::AreaForImprovement,
        FindingKind::AreaForExploration,
        FindingKind::Action,
        FindingKind::PriorityAction,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::Strength => "strength",
            FindingKind::AreaForImprovement => "area_for_improvement",
            FindingKind::AreaForExploration => "area_for_exploration",
            FindingKind::Action => "action",
            FindingKind::PriorityAction => "priority_action",
        }
    }
}

/// When an area for improvement is to be acted on.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Timescale {
    Immediately,
    WithinThreeMonths,
    WithinSixMonths,
}

impl Timescale {
    pub fn as_str(self) -> &'static str {
        match self {
            Timescale::Immediately => "immediately",
            Timescale::WithinThreeMonths => "within_three_months",
            Timescale::WithinSixMonths => "within_six_months",
        }
    }
}

/// The columns of an improvement plan's action row.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ActionDetails {
    pub timeframe: Option<String>,
    pub progress: Option<String>,
    pub lead: Option<String>,
}

/// A strength, area for improvement, area for exploration or planned action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Finding {
    pub kind: FindingKind,
    pub scope: Scope,
    /// The outcome or judgement area it is filed under, where the document says.
    pub area: Option<Area>,
    /// The heading it stands under as printed (an outcome, a criterion, a plan row).
    pub heading: Option<String>,
    pub timescale: Option<Timescale>,
    pub text: String,
    pub year: Option<i32>,
    /// For actions: timeframe, progress and lead officers.
    pub action: Option<ActionDetails>,
    pub source: Source,
}

impl Finding {
    /// A finding with its text and where it was read, filed under nothing yet
    /// (no scope, area, heading, timescale or action details).
    pub fn new(kind: FindingKind, text: String, year: Option<i32>, source: Source) -> Finding {
        Finding {
            kind,
            scope: Scope::None,
            area: None,
            heading: None,
            timescale: None,
            text,
            year,
            action: None,
            source,
        }
    }

    /// Filed under a heading as printed.
    pub fn under(self, heading: impl Into<String>) -> Finding {
        self.under_opt(Some(heading.into()))
    }

    /// Filed under a heading, where there is one.
    pub fn under_opt(self, heading: Option<String>) -> Finding {
        Finding { heading, ..self }
    }

    /// Filed under an outcome or judgement area, where the document says.
    pub fn filed(self, area: Option<Area>) -> Finding {
        Finding { area, ..self }
    }

    /// In a block of a report that has two (safeguarding, looked after children).
    pub fn in_scope(self, scope: Scope) -> Finding {
        Finding { scope, ..self }
    }

    /// With its timescale, where the document gives one.
    pub fn within(self, timescale: Option<Timescale>) -> Finding {
        Finding { timescale, ..self }
    }

    /// An action, with its timeframe, progress and lead officers.
    pub fn with_action(self, action: Option<ActionDetails>) -> Finding {
        Finding { action, ..self }
    }
}

/// Something the parser met that a user should know: a value it could not read,
/// two places that disagree, an assumption it had to make.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Diagnostic {
    pub line: Option<usize>,
    /// What kind of thing it is, stable for scripts and tests.
    pub code: DiagnosticCode,
    /// The same in words, with the values concerned.
    pub message: String,
}

/// The kinds of diagnostic, each with a stable code.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum DiagnosticCode {
    /// No council could be read.
    CouncilNotFound,
    /// A council was read but is not in the registry; kept as printed.
    CouncilUnknown,
    /// The year could not be read.
    YearNotFound,
    /// The year was inferred (from a date other than the one that defines it).
    YearInferred,
    /// No graded judgement at all.
    NoJudgement,
    /// A judgement the framework has was not found.
    JudgementMissing,
    /// A grade was found but could not be read.
    GradeUnreadable,
    /// Two readings of one judgement disagree; the grade is left empty.
    GradesDisagree,
    /// No key to the grades is printed; the era's scale is assumed.
    ScaleAssumed,
    /// A date could not be read.
    DateUnreadable,
    /// No inspection dates are printed.
    DatesNotFound,
    /// Short or standard inspection, inferred from the dates.
    FrameworkInferred,
    /// A structure (table, heading, headline) was not found where expected.
    StructureNotFound,
    /// A label that names no judgement apa knows; skipped.
    UnknownLabel,
    /// A judgement the framework does not have for this date.
    UnexpectedJudgement,
    /// A list item that does not fit where it stands.
    ListItem,
    /// Two lists that should pair up do not.
    Mismatch,
    /// A list's heading with no item under it.
    EmptyList,
    /// An item so long it is probably narrative.
    LongItem,
    /// A list that ended for no reason the reader can name: items like its own
    /// follow before the next heading.
    ListCut,
    /// A body heading's grade that disagrees with the judgement table's.
    HeadingDisagrees,
    /// A UTF-8 text held bytes that are not UTF-8 (read as Windows-1252).
    NotUtf8,
}

impl DiagnosticCode {
    pub fn as_str(self) -> &'static str {
        match self {
            DiagnosticCode::CouncilNotFound => "council_not_found",
            DiagnosticCode::CouncilUnknown => "council_unknown",
            DiagnosticCode::YearNotFound => "year_not_found",
            DiagnosticCode::YearInferred => "year_inferred",
            DiagnosticCode::NoJudgement => "no_judgement",
            DiagnosticCode::JudgementMissing => "judgement_missing",
            DiagnosticCode::GradeUnreadable => "grade_unreadable",
            DiagnosticCode::GradesDisagree => "grades_disagree",
            DiagnosticCode::ScaleAssumed => "scale_assumed",
            DiagnosticCode::DateUnreadable => "date_unreadable",
            DiagnosticCode::DatesNotFound => "dates_not_found",
            DiagnosticCode::FrameworkInferred => "framework_inferred",
            DiagnosticCode::StructureNotFound => "structure_not_found",
            DiagnosticCode::UnknownLabel => "unknown_label",
            DiagnosticCode::UnexpectedJudgement => "unexpected_judgement",
            DiagnosticCode::ListItem => "list_item",
            DiagnosticCode::Mismatch => "mismatch",
            DiagnosticCode::EmptyList => "empty_list",
            DiagnosticCode::LongItem => "long_item",
            DiagnosticCode::ListCut => "list_cut",
            DiagnosticCode::HeadingDisagrees => "heading_disagrees",
            DiagnosticCode::NotUtf8 => "not_utf8",
        }
    }
}

/// What a SIF report covers (see [`crate::framework::sif_coverage`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SifCoverage {
    /// The inspection and the LSCB's review.
    Combined,
    /// The inspection alone (re-inspections; 2018 reports).
    InspectionOnly,
    /// The LSCB's review alone.
    LscbReview,
}

impl SifCoverage {
    pub fn judges_services(self) -> bool {
        self != SifCoverage::LscbReview
    }

    pub fn judges_lscb(self) -> bool {
        self != SifCoverage::InspectionOnly
    }
}

/// Everything apa read from one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Report {
    pub schema_version: u32,
    /// The document as the user named it (a path as given, `-` for stdin, or a
    /// built-in sample's name).
    pub file: String,
    /// Where Ofsted publishes the document, for one read from the library
    /// `apa fetch` keeps; `null` otherwise.
    #[serde(default)]
    pub url: Option<String>,
    /// When Ofsted published it, from the library's manifest; `null` otherwise.
    #[serde(default)]
    pub published: Option<Date>,
    pub kind: DocumentKind,
    /// The document's title as printed.
    pub title: Option<String>,
    /// What a letter is about, in its own words: a visit's focus ("arrangements
    /// for care leavers aged 18 to 25"), a joint inspection's theme.
    pub subject: Option<String>,
    /// The inspectorates that took part in a joint inspection.
    pub agencies: Vec<String>,
    pub council: Option<Council>,
    /// The year the inspection or visit ended; for a letter or paper without
    /// an inspection, the year it refers to (an assessment's, a plan's).
    pub year: Option<i32>,
    /// Every year any judgement refers to, ascending.
    pub years: Vec<i32>,
    pub framework: Option<Framework>,
    /// What a SIF report covers: the services and the LSCB, one of them, or
    /// the LSCB's review alone (read from its title); `null` for other kinds.
    pub sif_coverage: Option<SifCoverage>,
    pub dates: Dates,
    pub people: Vec<Person>,
    pub judgements: Vec<Judgement>,
    pub findings: Vec<Finding>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    /// The council's display name, or "unknown".
    pub fn council_name(&self) -> &str {
        self.council.as_ref().map_or("unknown", Council::name)
    }

    /// The judgement for an area and scope, if the report has one.
    pub fn judgement(&self, scope: Scope, area: Area) -> Option<&Judgement> {
        self.judgements
            .iter()
            .find(|j| j.scope == scope && j.area == area)
    }
}

//! The inspection frameworks' rules, in one place for the parser and for `apa
//! check`: which judgements a document of each kind and date must carry, when
//! ILACS split care leavers from children in care, when overall effectiveness
//! ended, and how a short ILACS inspection is told from a standard one.

use crate::model::*;

/// ILACS inspections from this year on judge care leavers apart from children
/// in care.
pub const SPLIT_CARE_LEAVERS_FROM: i32 = 2023;

/// ILACS inspections from this day on have no overall effectiveness judgement.
pub const NO_OVERALL_FROM: Date = Date {
    year: 2026,
    month: 4,
    day: 27,
};

/// The longest first visit of a short ILACS inspection, first to last day.
pub const SHORT_MAX_DAYS: i64 = 7;

/// Whether an ILACS inspection that started on `start` judges care leavers apart.
pub fn care_leavers_split(start: Option<Date>) -> bool {
    start.is_none_or(|s| s.year >= SPLIT_CARE_LEAVERS_FROM)
}

/// Whether an ILACS inspection that started on `start` has an overall
/// effectiveness judgement.
pub fn has_overall_effectiveness(start: Option<Date>) -> bool {
    start.is_none_or(|s| s < NO_OVERALL_FROM)
}

/// Short or standard, from the span of the first visit on site.
pub fn ilacs_framework(first_visit_days: i64) -> Framework {
    if first_visit_days <= SHORT_MAX_DAYS {
        Framework::IlacsShort
    } else {
        Framework::IlacsStandard
    }
}

/// What a SIF report covers, from its title (compared loosely, see
/// [`crate::loose::loose`]).
pub fn sif_coverage(title: &str) -> SifCoverage {
    let inspection = title.contains("inspection of services for children");
    let lscb = title.contains("local safeguarding children board");
    match (inspection, lscb) {
        (true, true) => SifCoverage::Combined,
        (true, false) => SifCoverage::InspectionOnly,
        (false, _) => SifCoverage::LscbReview,
    }
}

/// The judgements a report of its kind and date must carry.
pub fn required(r: &Report) -> Vec<(Scope, Area)> {
    use Area::*;
    let none = |areas: &[Area]| areas.iter().map(|a| (Scope::None, *a)).collect::<Vec<_>>();
    match r.kind {
        DocumentKind::ApaLetter => match r.year {
            Some(y) if y <= 2005 => {
                none(&[SocialCare, Education, ChildrensServices, CapacityToImprove])
            }
            Some(2006) => none(&[ChildrensServices, CapacityToImprove]),
            _ => none(&[
                ChildrensServices,
                BeingHealthy,
                StayingSafe,
                EnjoyingAndAchieving,
                MakingAPositiveContribution,
                AchievingEconomicWellbeing,
                CapacityToImprove,
            ]),
        },
        DocumentKind::ChildrensServicesAssessment => none(&[ChildrensServices]),
        DocumentKind::SafeguardingLacInspection => [Scope::Safeguarding, Scope::LookedAfter]
            .iter()
            .flat_map(|s| [(*s, OverallEffectiveness), (*s, CapacityForImprovement)])
            .collect(),
        DocumentKind::LacInspection => [
            OverallEffectiveness,
            CapacityForImprovement,
            OutcomesForLookedAfterChildren,
            QualityOfProvision,
            LeadershipAndManagement,
        ]
        .iter()
        .map(|a| (Scope::LookedAfter, *a))
        .collect(),
        DocumentKind::ChildProtectionInspection => {
            vec![(Scope::Safeguarding, OverallEffectiveness)]
        }
        DocumentKind::SifInspection => {
            // Every SIF record carries its coverage; one without reads as both.
            let coverage = r.sif_coverage.unwrap_or(SifCoverage::Combined);
            let mut areas = Vec::new();
            if coverage.judges_services() {
                areas.extend([
                    OverallEffectiveness,
                    HelpAndProtection,
                    LookedAfter,
                    Adoption,
                    CareLeavers,
                    Leadership,
                ]);
            }
            if coverage.judges_lscb() {
                areas.push(Lscb);
            }
            none(&areas)
        }
        DocumentKind::IlacsInspection => {
            let start = r.dates.inspection_start;
            let mut areas = vec![Leadership, HelpAndProtection, LookedAfter];
            if care_leavers_split(start) {
                areas.push(CareLeavers);
            }
            if has_overall_effectiveness(start) {
                areas.push(OverallEffectiveness);
            }
            none(&areas)
        }
        DocumentKind::SendAreaInspection => none(&[SendOutcome]),
        DocumentKind::CouncilReport
        | DocumentKind::ChildrenPlan
        | DocumentKind::FocusedVisit
        | DocumentKind::MonitoringVisit
        | DocumentKind::JtaiLetter => Vec::new(),
    }
}

/// Whether a document of this kind must print the dates of its inspection or
/// visit (see [`KindSpec::dates_required`]).
pub fn requires_dates(kind: DocumentKind) -> bool {
    kind.spec().dates_required
}

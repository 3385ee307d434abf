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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::report;
    use Area::*;

    fn d(s: &str) -> Option<Date> {
        Some(s.parse().unwrap())
    }

    #[test]
    fn ilacs_eras() {
        assert!(!care_leavers_split(d("2022-11-28")));
        assert!(care_leavers_split(d("2023-01-09")));
        assert!(care_leavers_split(None));
        assert!(has_overall_effectiveness(d("2026-04-26")));
        assert!(!has_overall_effectiveness(d("2026-04-27")));
        assert_eq!(ilacs_framework(SHORT_MAX_DAYS), Framework::IlacsShort);
        assert_eq!(
            ilacs_framework(SHORT_MAX_DAYS + 1),
            Framework::IlacsStandard
        );
    }

    #[test]
    fn what_a_sif_title_covers() {
        let both = "inspection of services for children in need of help and protection children looked after and care leavers and review of the effectiveness of the local safeguarding children board";
        assert_eq!(sif_coverage(both), SifCoverage::Combined);
        assert_eq!(
            sif_coverage("inspection of services for children in need of help and protection"),
            SifCoverage::InspectionOnly
        );
        assert_eq!(
            sif_coverage("review of the effectiveness of the local safeguarding children board"),
            SifCoverage::LscbReview
        );
    }

    fn areas(r: &Report) -> Vec<Area> {
        let mut a: Vec<Area> = required(r).into_iter().map(|(_, a)| a).collect();
        a.sort();
        a
    }

    #[test]
    fn ilacs_requires_what_its_era_judges() {
        let ilacs = |start, end| report(DocumentKind::IlacsInspection, "Bromley", start, end);
        let four = [
            OverallEffectiveness,
            HelpAndProtection,
            LookedAfter,
            Leadership,
        ];
        let mut sorted = four.to_vec();
        sorted.sort();
        assert_eq!(areas(&ilacs("2019-03-04", "2019-03-15")), sorted);
        let mut five = four.to_vec();
        five.push(CareLeavers);
        five.sort();
        assert_eq!(areas(&ilacs("2023-11-13", "2023-11-17")), five);
        let mut reformed = vec![HelpAndProtection, LookedAfter, Leadership, CareLeavers];
        reformed.sort();
        assert_eq!(areas(&ilacs("2026-05-11", "2026-05-22")), reformed);
    }

    #[test]
    fn a_sif_record_requires_what_it_covers() {
        let mut r = report(
            DocumentKind::SifInspection,
            "Bromley",
            "2016-05-03",
            "2016-05-25",
        );
        r.sif_coverage = Some(SifCoverage::LscbReview);
        assert_eq!(areas(&r), [Lscb]);
        r.sif_coverage = Some(SifCoverage::InspectionOnly);
        assert_eq!(areas(&r).len(), 6);
        assert!(!areas(&r).contains(&Lscb));
        r.sif_coverage = Some(SifCoverage::Combined);
        assert_eq!(areas(&r).len(), 7);
    }

    #[test]
    fn letters_require_dates_and_no_judgement() {
        for kind in DocumentKind::ALL {
            let r = report(kind, "Bromley", "2019-04-09", "2019-04-10");
            if kind.spec().grades == Grades::Nothing {
                assert!(required(&r).is_empty(), "{kind}");
                assert!(requires_dates(kind), "{kind}");
            }
        }
        assert!(requires_dates(DocumentKind::SendAreaInspection));
        assert!(!requires_dates(DocumentKind::SifInspection));
    }
}

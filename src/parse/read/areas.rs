//! Printed judgement labels to canonical areas. Labels vary across documents and
//! years ("The contribution of the local authority's social care services in
//! maintaining ...", "Children's services overall", "Economic well-being"), so the
//! match is on the words that name the area, in an order that keeps the longer,
//! more specific names first.

use crate::loose::loose;
use crate::model::{Area, Scope};

/// Areas of the 2005-2011 assessments (APA letters, annual assessments, the
/// grade tables councils reproduce): services, the five outcomes, management and
/// capacity.
pub fn assessment_area(label: &str) -> Option<Area> {
    let l = loose(label);
    let has = |s: &str| l.contains(s);
    Some(
        if has("capacity to improve") || has("capacity for improvement") {
            Area::CapacityToImprove
        } else if has("social care") {
            Area::SocialCare
        } else if has("education service") {
            Area::Education
        } else if has("children s services")
            || has("childrens services")
            || has("children and young people s services")
        {
            Area::ChildrensServices
        } else if let Some(a) = outcome_area(&l) {
            a
        } else if has("service management") || has("management of children s services") {
            Area::ServiceManagement
        } else {
            return None;
        },
    )
}

/// The five Every Child Matters outcomes.
pub fn outcome_area(label: &str) -> Option<Area> {
    let l = loose(label);
    let has = |s: &str| l.contains(s);
    Some(if has("being healthy") {
        Area::BeingHealthy
    } else if has("staying safe") {
        Area::StayingSafe
    } else if has("enjoying and achieving") {
        Area::EnjoyingAndAchieving
    } else if has("positive contribution") {
        Area::MakingAPositiveContribution
    } else if has("economic well being") || has("economic wellbeing") {
        Area::AchievingEconomicWellbeing
    } else {
        return None;
    })
}

/// Areas of the 2009-2013 safeguarding and looked after children inspections, as
/// labelled in the "Record of main findings" table and the body headings.
pub fn inspection_area(label: &str, scope: Scope) -> Option<Area> {
    let l = loose(label);
    let has = |s: &str| l.contains(s);
    let starts = |s: &str| l.starts_with(s) || l.starts_with(&format!("the {s}"));
    Some(if starts("overall effectiveness") {
        Area::OverallEffectiveness
    } else if starts("capacity for improvement") || starts("capacity to improve") {
        Area::CapacityForImprovement
    } else if has("feel safe") {
        Area::ChildrenFeelSafe
    } else if has("are safe") {
        Area::ChildrenAreSafe
    } else if has("outcomes for looked after children") {
        Area::OutcomesForLookedAfterChildren
    } else if has("help and protection") {
        Area::HelpAndProtection
    } else if starts("quality of practice") {
        Area::QualityOfPractice
    } else if starts("leadership and governance") {
        Area::LeadershipAndGovernance
    } else if starts("quality of provision") {
        Area::QualityOfProvision
    } else if starts("service responsiveness") {
        Area::ServiceResponsiveness
    } else if starts("assessment and direct work") {
        Area::AssessmentAndDirectWork
    } else if starts("case planning") {
        Area::CasePlanningReviewAndRecording
    } else if starts("leadership and management") {
        Area::LeadershipAndManagement
    } else if starts("ambition and prioritisation") {
        Area::AmbitionAndPrioritisation
    } else if starts("evaluation") {
        Area::Evaluation
    } else if starts("user engagement") {
        Area::UserEngagement
    } else if starts("partnerships") {
        Area::Partnerships
    } else if starts("equality and diversity") {
        Area::EqualityAndDiversity
    } else if starts("value for money") {
        Area::ValueForMoney
    } else if scope == Scope::LookedAfter {
        return outcome_area(&l);
    } else {
        return None;
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apa_labels() {
        assert_eq!(
            assessment_area(
                "The contribution of the local authority's social care services in maintaining and improving outcomes"
            ),
            Some(Area::SocialCare)
        );
        assert_eq!(
            assessment_area(
                "The contribution of local authority's education services in maintaining"
            ),
            Some(Area::Education)
        );
        assert_eq!(
            assessment_area(
                "The contribution of the local authority's children's services in maintaining"
            ),
            Some(Area::ChildrensServices)
        );
        assert_eq!(
            assessment_area(
                "The council's overall capacity to improve its services for children and young people"
            ),
            Some(Area::CapacityToImprove)
        );
        assert_eq!(
            assessment_area("Children's services overall"),
            Some(Area::ChildrensServices)
        );
        assert_eq!(
            assessment_area("Capacity to improve including the management of children's services"),
            Some(Area::CapacityToImprove)
        );
        assert_eq!(
            assessment_area("Achieving economic well-being"),
            Some(Area::AchievingEconomicWellbeing)
        );
        assert_eq!(
            assessment_area("Service management"),
            Some(Area::ServiceManagement)
        );
        assert_eq!(assessment_area("Teaching and learning"), None);
    }

    #[test]
    fn inspection_labels() {
        let s = Scope::Safeguarding;
        assert_eq!(
            inspection_area(
                "Children and young people feel safe: effectiveness of services in helping to ensure that children and young people feel safe",
                s
            ),
            Some(Area::ChildrenFeelSafe)
        );
        assert_eq!(
            inspection_area(
                "The effectiveness of services in taking reasonable steps to ensure that children and young people are safe.",
                s
            ),
            Some(Area::ChildrenAreSafe)
        );
        assert_eq!(
            inspection_area("Service responsiveness including complaints", s),
            Some(Area::ServiceResponsiveness)
        );
        assert_eq!(
            inspection_area("Economic well-being", Scope::LookedAfter),
            Some(Area::AchievingEconomicWellbeing)
        );
        assert_eq!(inspection_area("Economic well-being", s), None);
    }
}

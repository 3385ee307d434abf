//! What `apa check` asks of each report: that it parsed, that every judgement its
//! framework requires is there and readable, and (optionally) that none of the
//! selected judgements is below a level.

use crate::model::*;
use serde::{Deserialize, Serialize};

/// ILACS inspections from this year on judge care leavers apart from children in care.
const SPLIT_CARE_LEAVERS_FROM: i32 = 2023;
/// ILACS inspections from this day on have no overall effectiveness judgement.
const NO_OVERALL_FROM: Date = Date {
    year: 2026,
    month: 4,
    day: 27,
};

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
        DocumentKind::SifInspection => {
            let title = r.title.as_deref().unwrap_or("").to_lowercase();
            let inspection = title.contains("inspection of services");
            let lscb = title.contains("local safeguarding children board");
            let mut areas = Vec::new();
            if inspection {
                areas.extend([
                    OverallEffectiveness,
                    HelpAndProtection,
                    LookedAfter,
                    Adoption,
                    CareLeavers,
                    Leadership,
                ]);
            }
            if lscb {
                areas.push(Lscb);
            }
            none(&areas)
        }
        DocumentKind::IlacsInspection => {
            let start = r.dates.inspection_start;
            let mut areas = vec![Leadership, HelpAndProtection, LookedAfter];
            if start.is_none_or(|s| s.year >= SPLIT_CARE_LEAVERS_FROM) {
                areas.push(CareLeavers);
            }
            if start.is_none_or(|s| s < NO_OVERALL_FROM) {
                areas.push(OverallEffectiveness);
            }
            none(&areas)
        }
        DocumentKind::CouncilReport | DocumentKind::ChildrenPlan => Vec::new(),
    }
}

/// How a file fared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Ok,
    /// Parsed, but something required is missing or unreadable, or a policy failed.
    Problem,
    /// Could not be read or parsed at all.
    Unreadable,
}

/// One file's result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckResult {
    pub schema_version: u32,
    pub file: String,
    pub status: Status,
    pub kind: Option<DocumentKind>,
    pub council: Option<String>,
    pub year: Option<i32>,
    pub judgements: usize,
    pub problems: Vec<String>,
}

/// A policy for CI: fail when a selected judgement is below a level.
#[derive(Debug, Clone, Default)]
pub struct Policy {
    pub fail_below: Option<Level>,
    /// Judgement areas the policy applies to; empty for all.
    pub areas: Vec<Area>,
}

pub fn check_report(r: &Report, policy: &Policy) -> CheckResult {
    let mut problems = Vec::new();
    let required = required(r);
    for &(scope, area) in &required {
        match r.judgement(scope, area) {
            None => problems.push(format!("missing judgement: {}{area}", scope_prefix(scope))),
            Some(j)
                if j.grade.level.is_none() && !j.grade.raw.eq_ignore_ascii_case("not judged") =>
            {
                problems.push(format!(
                    "unreadable grade: {}{area} ('{}')",
                    scope_prefix(scope),
                    j.grade.raw
                ))
            }
            _ => {}
        }
    }
    if matches!(
        r.kind,
        DocumentKind::CouncilReport | DocumentKind::ChildrenPlan
    ) && r.judgements.is_empty()
    {
        problems.push("no graded judgement".to_string());
    }
    for j in &r.judgements {
        let required_here = required.contains(&(j.scope, j.area));
        if !required_here
            && j.grade.level.is_none()
            && !j.grade.raw.eq_ignore_ascii_case("not judged")
        {
            problems.push(format!(
                "unreadable grade: {}{} ('{}')",
                scope_prefix(j.scope),
                j.area,
                j.grade.raw
            ));
        }
    }
    match &r.council {
        None => problems.push("council not found".to_string()),
        Some(c) if c.canonical.is_none() => {
            problems.push(format!("council '{}' not recognised", c.printed))
        }
        _ => {}
    }
    if r.year.is_none() {
        problems.push("year not found".to_string());
    }
    if let Some(min) = policy.fail_below {
        for j in &r.judgements {
            let selected = policy.areas.is_empty() || policy.areas.contains(&j.area);
            if let (true, Some(level)) = (selected, j.grade.level) {
                if level < min {
                    problems.push(format!(
                        "policy: {}{} is {} (below {min})",
                        scope_prefix(j.scope),
                        j.area,
                        level
                    ));
                }
            }
        }
    }
    CheckResult {
        schema_version: SCHEMA_VERSION,
        file: r.file.clone(),
        status: if problems.is_empty() {
            Status::Ok
        } else {
            Status::Problem
        },
        kind: Some(r.kind),
        council: Some(r.council_name().to_string()),
        year: r.year,
        judgements: r.judgements.len(),
        problems,
    }
}

/// The result for a file that could not be read or parsed.
pub fn unreadable(file: &str, message: &str) -> CheckResult {
    CheckResult {
        schema_version: SCHEMA_VERSION,
        file: file.to_string(),
        status: Status::Unreadable,
        kind: None,
        council: None,
        year: None,
        judgements: 0,
        problems: vec![message.to_string()],
    }
}

fn scope_prefix(scope: Scope) -> &'static str {
    match scope {
        Scope::None => "",
        Scope::Safeguarding => "safeguarding/",
        Scope::LookedAfter => "looked_after/",
    }
}

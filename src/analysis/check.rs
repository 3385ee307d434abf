//! What `apa check` asks of each report: that it parsed, that every judgement its
//! framework requires is there and readable, that its lists were read whole,
//! and (optionally) that none of the selected judgements is below a level.

use crate::model::*;
use serde::{Deserialize, Serialize};

pub use crate::framework::required;

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
    pub problems: Vec<Problem>,
}

/// A policy for CI: fail when a selected judgement is below a level.
#[derive(Debug, Clone, Default)]
pub struct Policy {
    pub fail_below: Option<Level>,
    /// Judgement areas the policy applies to; empty for all.
    pub areas: Vec<Area>,
}

/// What is wrong with a file, typed; `Display` says it in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum Problem {
    /// A judgement the framework requires is not in the report.
    MissingJudgement {
        scope: Scope,
        area: Area,
    },
    /// A judgement was found but its grade could not be read.
    UnreadableGrade {
        scope: Scope,
        area: Area,
        raw: String,
    },
    /// A council paper or plan with no grade in it.
    NoJudgement,
    CouncilNotFound,
    CouncilNotRecognised {
        printed: String,
    },
    YearNotFound,
    /// The dates of the inspection or visit could not be read.
    DatesNotFound,
    /// A `--fail-below` policy failed.
    BelowPolicy {
        scope: Scope,
        area: Area,
        level: Level,
        minimum: Level,
    },
    /// A list of findings the reader could not read whole: a heading with no
    /// item under it, or a list that ended for no reason it can name.
    List {
        line: Option<usize>,
        message: String,
    },
    /// The file could not be read or parsed.
    Unreadable {
        message: String,
    },
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::MissingJudgement { scope, area } => {
                write!(f, "missing judgement: {}{area}", scope_prefix(*scope))
            }
            Problem::UnreadableGrade { scope, area, raw } => {
                write!(
                    f,
                    "unreadable grade: {}{area} ('{raw}')",
                    scope_prefix(*scope)
                )
            }
            Problem::NoJudgement => f.write_str("no graded judgement"),
            Problem::CouncilNotFound => f.write_str("council not found"),
            Problem::CouncilNotRecognised { printed } => {
                write!(f, "council '{printed}' not recognised")
            }
            Problem::YearNotFound => f.write_str("year not found"),
            Problem::DatesNotFound => f.write_str("inspection or visit dates not found"),
            Problem::BelowPolicy {
                scope,
                area,
                level,
                minimum,
            } => write!(
                f,
                "policy: {}{area} is {level} (below {minimum})",
                scope_prefix(*scope)
            ),
            Problem::List {
                line: Some(line),
                message,
            } => write!(f, "list at line {line}: {message}"),
            Problem::List {
                line: None,
                message,
            } => write!(f, "list: {message}"),
            Problem::Unreadable { message } => f.write_str(message),
        }
    }
}

pub fn check_report(r: &Report, policy: &Policy) -> CheckResult {
    let mut problems = Vec::new();
    let required = required(r);
    let unreadable = |j: &Judgement| {
        (j.grade.level.is_none() && !j.grade.not_judged).then(|| Problem::UnreadableGrade {
            scope: j.scope,
            area: j.area,
            raw: j.grade.raw.clone(),
        })
    };
    for &(scope, area) in &required {
        match r.judgement(scope, area) {
            None => problems.push(Problem::MissingJudgement { scope, area }),
            Some(j) => problems.extend(unreadable(j)),
        }
    }
    if r.kind.spec().grades == Grades::Quoted && r.judgements.is_empty() {
        problems.push(Problem::NoJudgement);
    }
    for j in &r.judgements {
        if !required.contains(&(j.scope, j.area)) {
            problems.extend(unreadable(j));
        }
    }
    match &r.council {
        None => problems.push(Problem::CouncilNotFound),
        Some(c) if c.canonical.is_none() => problems.push(Problem::CouncilNotRecognised {
            printed: c.name().to_string(),
        }),
        _ => {}
    }
    if r.year.is_none() {
        problems.push(Problem::YearNotFound);
    }
    if crate::framework::requires_dates(r.kind) && r.dates.inspection_start.is_none() {
        problems.push(Problem::DatesNotFound);
    }
    problems.extend(
        r.diagnostics
            .iter()
            .filter(|d| matches!(d.code, DiagnosticCode::EmptyList | DiagnosticCode::ListCut))
            .map(|d| Problem::List {
                line: d.line,
                message: d.message.clone(),
            }),
    );
    if let Some(minimum) = policy.fail_below {
        for j in &r.judgements {
            let selected = policy.areas.is_empty() || policy.areas.contains(&j.area);
            if let (true, Some(level)) = (selected, j.grade.level)
                && level.is_send_outcome() == minimum.is_send_outcome()
                && level < minimum
            {
                problems.push(Problem::BelowPolicy {
                    scope: j.scope,
                    area: j.area,
                    level,
                    minimum,
                });
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
        problems: vec![Problem::Unreadable {
            message: message.to_string(),
        }],
    }
}

fn scope_prefix(scope: Scope) -> &'static str {
    match scope {
        Scope::None => "",
        Scope::Safeguarding => "safeguarding/",
        Scope::LookedAfter => "looked_after/",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{judged, report};

    fn ilacs_2019() -> Report {
        let r = report(
            DocumentKind::IlacsInspection,
            "Bromley",
            "2019-03-04",
            "2019-03-15",
        );
        let r = judged(r, Area::OverallEffectiveness, "Good", Some(Level::Good));
        let r = judged(r, Area::HelpAndProtection, "Good", Some(Level::Good));
        judged(r, Area::Leadership, "Outstanding", Some(Level::Outstanding))
    }

    #[test]
    fn a_missing_judgement_is_a_problem_and_not_judged_is_none() {
        let none = Policy::default();
        let r = check_report(&ilacs_2019(), &none);
        assert_eq!(r.status, Status::Problem);
        assert_eq!(
            r.problems,
            [Problem::MissingJudgement {
                scope: Scope::None,
                area: Area::LookedAfter
            }]
        );
        let r = judged(ilacs_2019(), Area::LookedAfter, "Not judged", None);
        assert_eq!(check_report(&r, &none).status, Status::Ok);
        let r = judged(ilacs_2019(), Area::LookedAfter, "Adequateish", None);
        assert!(matches!(
            check_report(&r, &none).problems[..],
            [Problem::UnreadableGrade {
                area: Area::LookedAfter,
                ..
            }]
        ));
    }

    #[test]
    fn a_paper_that_quotes_no_grade_is_a_problem() {
        let r = report(
            DocumentKind::CouncilReport,
            "Bromley",
            "2012-01-10",
            "2012-01-10",
        );
        assert_eq!(
            check_report(&r, &Policy::default()).problems,
            [Problem::NoJudgement]
        );
    }

    #[test]
    fn a_policy_fails_grades_below_it_on_its_own_scale() {
        let r = judged(
            ilacs_2019(),
            Area::LookedAfter,
            "Inadequate",
            Some(Level::Inadequate),
        );
        let policy = Policy {
            fail_below: Some(Level::Good),
            areas: Vec::new(),
        };
        assert_eq!(
            check_report(&r, &policy).problems,
            [Problem::BelowPolicy {
                scope: Scope::None,
                area: Area::LookedAfter,
                level: Level::Inadequate,
                minimum: Level::Good
            }]
        );
        // A SEND outcome is never held to a grade.
        let send = report(
            DocumentKind::SendAreaInspection,
            "Bromley",
            "2024-03-04",
            "2024-03-08",
        );
        let send = judged(
            send,
            Area::SendOutcome,
            "systemic",
            Some(Level::SystemicFailings),
        );
        assert_eq!(check_report(&send, &policy).status, Status::Ok);
    }
}

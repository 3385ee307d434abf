//! Weakness themes: the same concern worded differently by different inspectors
//! ("reduce teenage pregnancies", "levels of teenage conception"; "CAMHS", "mental
//! health services"). A finding belongs to every theme whose words it uses.

use regex::Regex;
use std::sync::LazyLock;

/// (theme, pattern over the finding's text, case-insensitive).
const THEMES: &[(&str, &str)] = &[
    (
        "teenage pregnancy",
        r"teenage (pregnanc|concep)|under[- ]?18 concep",
    ),
    ("mental health services", r"mental health|\bcamhs\b"),
    (
        "placement stability",
        r"stability of (long term )?placements|placement (stability|moves|changes)|long term stability|changes of (placement|social worker)",
    ),
    (
        "foster carers and placement sufficiency",
        r"foster(ing)? carers?|recruitment of carers|placements? (sufficiency|choice)|externally sourced .*placements",
    ),
    ("youth services", r"youth service"),
    (
        "early intervention and thresholds",
        r"early (intervention|help)|lower threshold|thresholds?",
    ),
    (
        "school attainment and progress",
        r"attainment|\bgcse|key stages?|\bks[1-4]\b|achiev(ing|ement) (at|in)|\bgce\b",
    ),
    (
        "attendance and exclusions",
        r"exclusion|absen(t|ce) from school|attendance",
    ),
    (
        "offending by young people",
        r"offend|reprimand|final warning|youth justice",
    ),
    (
        "healthy lifestyles",
        r"\bdiet\b|obesity|healthy eating|physical activity",
    ),
    (
        "engagement and participation of children",
        r"engag\w* (with|of) (c&yp|children|young people)|participat|views of (children|young people)|involve (yp|young people|children)",
    ),
    ("assessment quality and timeliness", r"\bassessments?\b"),
    ("care leavers", r"care leavers?|pathway plan"),
    (
        "14-19 and post-16 provision",
        r"14-19|post-16|post 16|sixth form|\bneet\b|not in education",
    ),
    (
        "social care workforce",
        r"(social work|social care)\w* (posts|staff|workforce|capacity)|caseloads?|turnover|vacanc|recruitment and retention|agency staff",
    ),
    (
        "out of hours services",
        r"out[- ]of[- ]hours|emergency duty",
    ),
    (
        "joint working with schools and partners",
        r"joint working|relationships between|joint commissioning|partnership working",
    ),
    (
        "performance information and recording",
        r"management information|performance (information|data)|\bics\b|recording system|case records?",
    ),
    (
        "children missing and exploitation",
        r"missing (from|children)|sexual exploitation|\bcse\b|exploitation",
    ),
    ("domestic abuse", r"domestic (abuse|violence)"),
    (
        "quality assurance and oversight",
        r"quality assurance|management oversight|supervision|audit",
    ),
];

static COMPILED: LazyLock<Vec<(&'static str, Regex)>> = LazyLock::new(|| {
    THEMES
        .iter()
        .map(|(t, p)| (*t, Regex::new(&format!("(?i){p}")).expect("theme pattern")))
        .collect()
});

/// The themes a finding's text belongs to.
pub fn themes_of(text: &str) -> Vec<&'static str> {
    COMPILED
        .iter()
        .filter(|(_, re)| re.is_match(text))
        .map(|(t, _)| *t)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn differently_worded_concerns_share_a_theme() {
        assert_eq!(
            themes_of("reduce teenage pregnancies"),
            ["teenage pregnancy"]
        );
        assert!(
            themes_of("Levels of teenage conception remain high").contains(&"teenage pregnancy")
        );
        assert!(
            themes_of("strengthen joint working between CAMHS and education services")
                .contains(&"mental health services")
        );
        assert!(
            themes_of("development of mental health services for children in wider community")
                .contains(&"mental health services")
        );
        assert!(
            themes_of("improve long term stability of placements").contains(&"placement stability")
        );
        assert!(
            themes_of("urgently address management weaknesses in the Youth Service")
                .contains(&"youth services")
        );
        assert!(themes_of("the weather").is_empty());
    }
}

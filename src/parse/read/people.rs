//! The people a document names: inspectors by their printed role, and the
//! names in a list ("A, HMI, and B, Her Majesty's Inspector").

use crate::model::*;
use crate::parse::doc::{Class, Doc};
use crate::parse::draft::Draft;
use regex::Regex;
use std::sync::LazyLock;

/// Inspectors anywhere in the report: "Lead inspector: Claire Beckingham, His
/// Majesty's Inspector", "Lead inspector on site: Pietro Battista", "Deputy lead
/// inspector: ...", "Reporting inspector Helen Cawston HMI". Names only, without
/// their titles.
pub fn read_people(doc: &Doc, d: &mut Draft) {
    static LEAD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(deputy lead|lead|reporting) inspectors?(?: on site)?\s*(?::\s*|\s)(.*)$")
            .unwrap()
    });
    for (i, l) in doc.lines.iter().enumerate() {
        if !l.text.contains("nspector") || matches!(doc.class[i], Class::Blank) {
            continue;
        }
        let Some(c) = LEAD.captures(&l.text) else {
            continue;
        };
        let role = match c[1].to_lowercase().as_str() {
            "deputy lead" => Role::DeputyLeadInspector,
            "reporting" => Role::ReportingInspector,
            _ => Role::LeadInspector,
        };
        let mut names = c[2].trim().to_string();
        if names.is_empty() {
            // The name on the next line with text.
            names = doc
                .content(i + 1..(i + 4).min(doc.lines.len()))
                .next()
                .map(|n| n.text.to_string())
                .unwrap_or_default();
        }
        for name in names.split(" and ") {
            let name = clean_name(name);
            let words = name.split_whitespace().count();
            let looks_like_name = (1..=5).contains(&words)
                && name
                    .split_whitespace()
                    .all(|w| w.starts_with(|c: char| c.is_uppercase()));
            if !looks_like_name || d.people().iter().any(|p| p.name == name && p.role == role) {
                continue;
            }
            d.add_person(Person {
                name,
                role,
                post: None,
            });
        }
    }
}

fn clean_name(s: &str) -> String {
    let s = s.split(',').next().unwrap_or("").trim();
    // "Karen Wareing (HMI)", "John Mitchell (Senior HMI)": the title's brackets go.
    let s = s.replace(['(', ')'], " ");
    let mut words: Vec<&str> = s.split_whitespace().collect();
    while let Some(last) = words.last() {
        let l = last.to_lowercase();
        if matches!(l.as_str(), "hmi" | "senior" | "ofsted" | "inspector") || l.contains("majesty")
        {
            words.pop();
        } else {
            break;
        }
    }
    words.join(" ")
}

/// People named in a list ("A, HMI, and B, Her Majesty's Inspector"), their
/// titles left out.
pub(crate) fn names_in(list: &str) -> Vec<String> {
    static TITLES: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:his|her) majesty.?s inspectors?\b|\bsenior hmis?\b|\bs?hmis?\b|\bofsted inspectors?\b|\b(?:deputy lead|lead|team) inspectors?\b|\btwo of\b|\(|\)").unwrap()
    });
    let list = TITLES.replace_all(list, ",");
    list.split(',')
        .flat_map(|part| part.split(" and "))
        .map(|n| n.trim().trim_start_matches("and ").trim())
        .filter(|n| {
            let words: Vec<&str> = n.split_whitespace().collect();
            (2..=4).contains(&words.len())
                && words
                    .iter()
                    .all(|w| w.starts_with(|c: char| c.is_uppercase()))
        })
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_without_titles() {
        assert_eq!(
            clean_name("Claire Beckingham, His Majesty's Inspector"),
            "Claire Beckingham"
        );
        assert_eq!(clean_name("Gary Lamb HMI"), "Gary Lamb");
        assert_eq!(clean_name("John Mitchell, Senior HMI"), "John Mitchell");
        assert_eq!(clean_name("  Louise Warren "), "Louise Warren");
        assert_eq!(clean_name("Karen Wareing (HMI)"), "Karen Wareing");
        assert_eq!(clean_name("John Mitchell (Senior HMI)"), "John Mitchell");
    }

    #[test]
    fn teams_in_every_phrasing() {
        assert_eq!(
            names_in("Her Majesty’s Inspectors Matt Reed and Lorna Schlechte"),
            ["Matt Reed", "Lorna Schlechte"]
        );
        assert_eq!(
            names_in(
                "Donna Marriott, Tara Geere and Kathryn Moles, Her Majesty’s Inspectors (HMIs)"
            ),
            ["Donna Marriott", "Tara Geere", "Kathryn Moles"]
        );
        assert_eq!(
            names_in("Ann Smith and Bob Jones, two of HMI"),
            ["Ann Smith", "Bob Jones"]
        );
        assert_eq!(
            names_in("lead inspector Ann Smith and team inspector Bob Jones"),
            ["Ann Smith", "Bob Jones"]
        );
    }

    #[test]
    fn teams_without_titles() {
        assert_eq!(
            names_in("Louise Warren, HMI, and John Roughton, HMI"),
            ["Louise Warren", "John Roughton"]
        );
        assert_eq!(
            names_in(
                "Brenda McLaughlin, Her Majesty’s Inspector, and Kate Malleson, Her Majesty’s Inspector"
            ),
            ["Brenda McLaughlin", "Kate Malleson"]
        );
        assert_eq!(
            names_in(
                "Kate Malleson, Rachel Griffiths, Tara Geere, John Roughton and Stephen Bentham"
            ),
            [
                "Kate Malleson",
                "Rachel Griffiths",
                "Tara Geere",
                "John Roughton",
                "Stephen Bentham"
            ]
        );
    }
}

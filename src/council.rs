//! The council registry: English councils with their names, common spellings,
//! LA and ONS codes, region and statistical neighbours, from a public MIT-licensed
//! lookup (`data/la_lookup.csv`, embedded in the binary).

use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

const LOOKUP_CSV: &str = include_str!("../data/la_lookup.csv");

/// Everyday short names that reports and people use and the lookup lacks:
/// (short name, the council's ONS name).
const EVERYDAY_NAMES: [(&str, &str); 18] = [
    ("Newcastle", "Newcastle upon Tyne"),
    ("East Riding", "East Riding of Yorkshire"),
    ("Stockton", "Stockton-on-Tees"),
    ("Brighton", "Brighton and Hove"),
    ("Kingston", "Kingston upon Thames"),
    ("Richmond", "Richmond upon Thames"),
    ("Kensington", "Kensington and Chelsea"),
    ("Hammersmith", "Hammersmith and Fulham"),
    ("Southend", "Southend-on-Sea"),
    ("Blackburn", "Blackburn with Darwen"),
    ("Bath", "Bath and North East Somerset"),
    ("BANES", "Bath and North East Somerset"),
    ("Windsor", "Windsor and Maidenhead"),
    ("Barking", "Barking and Dagenham"),
    ("Telford", "Telford and Wrekin"),
    ("Redcar", "Redcar and Cleveland"),
    // The county council, which reports before its split in April 2021 are about.
    ("Northants", "Northamptonshire"),
    ("IOW", "Isle of Wight"),
];

/// Councils that no longer exist: (council, the year its successors took
/// over, its successors). A county made a unitary keeps its name and URN
/// (Buckinghamshire, North Yorkshire, Somerset) and needs no entry; Dorset's
/// unitary (2019) took the county's name, so its reports are one council's.
const SUCCESSIONS: [(&str, i32, &[&str]); 3] = [
    ("Poole", 2019, &["Bournemouth, Christchurch and Poole"]),
    (
        "Northamptonshire",
        2021,
        &["North Northamptonshire", "West Northamptonshire"],
    ),
    ("Cumbria", 2023, &["Cumberland", "Westmorland and Furness"]),
];

/// One council.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CouncilEntry {
    /// Short canonical name ("Bromley", "Bristol").
    pub name: String,
    /// The ONS name as published ("Bristol, City of").
    pub ons_name: String,
    /// Three-digit DfE LA code ("305").
    pub la_code: String,
    /// ONS code ("E09000006").
    pub ons_code: String,
    /// Ofsted's unique reference number for its children's services (the
    /// reports site's provider page); empty where the lookup has none.
    #[serde(default)]
    pub urn: String,
    pub region: String,
    /// "London Borough", "County", "Unitary Authority", "Metropolitan District".
    pub la_type: String,
    /// Other names the council goes by.
    pub aliases: Vec<String>,
    /// ONS codes of its statistical neighbours, nearest first.
    pub neighbours: Vec<String>,
}

/// Why a council name could not be resolved.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown council '{given}'{}", suggestion.as_ref().map(|s| format!("; did you mean {s}?")).unwrap_or_default())]
pub struct UnknownCouncil {
    pub given: String,
    pub suggestion: Option<String>,
}

/// All councils, sorted by name.
pub struct Registry {
    entries: Vec<CouncilEntry>,
    /// (normalised name, index) for every name and alias.
    keys: Vec<(String, usize)>,
    /// The same names with a space either side, for whole-word search in text.
    padded: Vec<(String, usize)>,
}

#[derive(Deserialize)]
struct Row {
    urn: String,
    la_code: String,
    la_code_new: String,
    /// The neighbours' LA codes, which stay as councils' ONS codes change.
    stat_neighbours: String,
    /// The same neighbours' ONS codes, some of them out of date.
    stat_neighbours_la_code: String,
    local_authority_ons_name: String,
    also_known_as: String,
    region_name: String,
    ons_la_type: String,
}

impl Registry {
    /// The registry built into apa.
    pub fn get() -> &'static Registry {
        static REGISTRY: OnceLock<Registry> = OnceLock::new();
        REGISTRY.get_or_init(|| {
            Registry::from_csv(LOOKUP_CSV).expect("embedded council lookup is valid")
        })
    }

    fn from_csv(data: &str) -> Result<Registry, csv::Error> {
        let mut entries = Vec::new();
        for row in csv::Reader::from_reader(data.as_bytes()).deserialize::<Row>() {
            entries.extend(entry(row?));
        }
        entries.sort_by(|a, b| a.name.cmp(&b.name));
        current_neighbours(&mut entries);
        let keys = keys(&entries);
        let padded = keys.iter().map(|(k, i)| (format!(" {k} "), *i)).collect();
        Ok(Registry {
            entries,
            keys,
            padded,
        })
    }

    pub fn entries(&self) -> &[CouncilEntry] {
        &self.entries
    }

    /// The council with this ONS or LA code.
    pub fn by_code(&self, code: &str) -> Option<&CouncilEntry> {
        let code = code.trim();
        self.entries.iter().find(|e| {
            e.ons_code.eq_ignore_ascii_case(code) || (!e.la_code.is_empty() && e.la_code == code)
        })
    }

    /// The council whose children's services have this Ofsted URN.
    pub fn by_urn(&self, urn: &str) -> Option<&CouncilEntry> {
        let urn = urn.trim();
        (!urn.is_empty()).then(|| self.entries.iter().find(|e| e.urn == urn))?
    }

    /// The councils that replaced one that no longer exists, and the year
    /// they took over: `None` for a council that still exists.
    pub fn successors(&self, name: &str) -> Option<(i32, &'static [&'static str])> {
        SUCCESSIONS.iter().find(|s| s.0 == name).map(|s| (s.1, s.2))
    }

    /// The councils a council was formed from, and the year it was formed:
    /// `None` for one that was not formed from others apa knows.
    pub fn predecessors(&self, name: &str) -> Option<(i32, Vec<&'static str>)> {
        let before: Vec<&'static str> = SUCCESSIONS
            .iter()
            .filter(|s| s.2.contains(&name))
            .map(|s| s.0)
            .collect();
        let year = SUCCESSIONS.iter().find(|s| s.2.contains(&name))?.1;
        Some((year, before))
    }

    /// A council by any of its spellings ("London Borough of Bromley", "LB Bromley",
    /// "Bromley Council", "bromley") or by code.
    pub fn resolve(&self, given: &str) -> Result<&CouncilEntry, UnknownCouncil> {
        if let Some(e) = self.by_code(given) {
            return Ok(e);
        }
        let key = normalise(given);
        if let Some((_, i)) = self.keys.iter().find(|(k, _)| *k == key) {
            return Ok(&self.entries[*i]);
        }
        Err(UnknownCouncil {
            given: given.to_string(),
            suggestion: self.suggest(&key),
        })
    }

    /// The council named in a stretch of text ("Surrey Safeguarding Children Board",
    /// "Inspection of Bromley local authority children's services"): the longest
    /// registry name that stands in it as whole words.
    pub fn find_in(&self, text: &str) -> Option<&CouncilEntry> {
        let hay = format!(" {} ", words(text));
        self.padded
            .iter()
            .find(|(k, _)| hay.contains(k.as_str()))
            .map(|(_, i)| &self.entries[*i])
    }

    /// What the user may have meant. A name that holds the given words as
    /// whole words comes first ("cheshire": Cheshire East or Cheshire West
    /// and Chester; "telford": Telford and Wrekin); else the nearest spelling,
    /// words that are near a name's words counting before letters.
    fn suggest(&self, key: &str) -> Option<String> {
        if key.is_empty() {
            return None;
        }
        // Whole words, then the start of a word ("brom": Bromley).
        for pattern in [format!(" {key} "), format!(" {key}")] {
            if pattern.len() < 4 {
                continue;
            }
            let mut found: Vec<&str> = self
                .padded
                .iter()
                .filter(|(k, _)| k.contains(&pattern))
                .map(|(_, i)| self.entries[*i].name.as_str())
                .collect();
            found.sort();
            found.dedup();
            match found.len() {
                0 => {}
                1..=3 => return Some(found.join(" or ")),
                _ => return None,
            }
        }
        let given: Vec<&str> = key.split(' ').collect();
        let (best, near, distance) = self
            .keys
            .iter()
            .map(|(k, i)| {
                // How many of the given words are within one letter of a word
                // of the name: more is better.
                let near = given
                    .iter()
                    .filter(|g| g.len() > 3 && k.split(' ').any(|w| edit_distance(g, w) <= 1))
                    .count();
                (*i, std::cmp::Reverse(near), edit_distance(key, k))
            })
            .min_by_key(|&(i, near, d)| (near, d, i))?;
        let all_near = near.0 == given.len();
        (all_near || distance <= 2.max(key.len() / 4)).then(|| self.entries[best].name.clone())
    }
}

/// Lower case, `&` as "and", punctuation dropped, hyphens as spaces.
fn words(s: &str) -> String {
    let s = s
        .to_lowercase()
        .replace('&', " and ")
        .replace(['\u{2019}', '\''], "");
    let s: String = s
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A council name reduced to what distinguishes it: no "London Borough of", no
/// "Council", no ", City of".
fn normalise(s: &str) -> String {
    const PREFIXES: [&str; 12] = [
        "the ",
        "london borough of ",
        "royal borough of ",
        "metropolitan borough of ",
        "borough of ",
        "city and county of ",
        "city of ",
        "county of ",
        "county ",
        "lb ",
        "rb ",
        "council of the ",
    ];
    const SUFFIXES: [&str; 10] = [
        " council",
        " metropolitan borough",
        " metropolitan district",
        " borough",
        " county",
        " city",
        " district",
        " city of",
        " unitary authority",
        " local authority",
    ];
    let mut s = words(s);
    loop {
        let before = s.clone();
        for p in PREFIXES {
            if let Some(rest) = s.strip_prefix(p) {
                s = rest.to_string();
            }
        }
        for x in SUFFIXES {
            if let Some(rest) = s.strip_suffix(x) {
                s = rest.to_string();
            }
        }
        if s == before {
            return s;
        }
    }
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// A row of the lookup as a council, unless it names none.
fn entry(row: Row) -> Option<CouncilEntry> {
    let ons_name = row.local_authority_ons_name.trim().to_string();
    if ons_name.is_empty() {
        return None;
    }
    let name = match ons_name.strip_suffix(", City of") {
        Some(stem) => stem.to_string(),
        None => ons_name.clone(),
    };
    let aliases = row
        .also_known_as
        .trim_matches(|c| c == '[' || c == ']')
        .split(',')
        .map(|a| a.trim().to_string())
        .filter(|a| !a.is_empty())
        .chain(
            EVERYDAY_NAMES
                .iter()
                .filter(|(_, ons)| *ons == ons_name)
                .map(|(short, _)| short.to_string()),
        )
        .collect();
    // LA codes where the lookup gives them, else its ONS codes; made
    // current ONS codes once every council is known (`current_neighbours`).
    let split = |s: &str| -> Vec<String> {
        s.split(',')
            .map(|c| c.trim().to_string())
            .filter(|c| !c.is_empty())
            .collect()
    };
    let by_la = split(&row.stat_neighbours);
    let by_ons = split(&row.stat_neighbours_la_code);
    let neighbours = if by_la.len() == by_ons.len() && !by_la.is_empty() {
        by_la
    } else {
        by_ons
    };
    Some(CouncilEntry {
        name,
        ons_name,
        la_code: row.la_code.trim().to_string(),
        ons_code: row.la_code_new.trim().to_string(),
        urn: row.urn.trim().to_string(),
        region: row.region_name.trim().to_string(),
        la_type: row.ons_la_type.trim().to_string(),
        aliases,
        neighbours,
    })
}

/// Neighbours by their current ONS codes (Barnsley's and Sheffield's changed
/// in 2024; their LA codes did not).
fn current_neighbours(entries: &mut [CouncilEntry]) {
    let ons_of: std::collections::HashMap<String, String> = entries
        .iter()
        .flat_map(|e| {
            [
                (e.la_code.clone(), e.ons_code.clone()),
                (e.ons_code.clone(), e.ons_code.clone()),
            ]
        })
        .collect();
    for e in entries.iter_mut() {
        e.neighbours = e
            .neighbours
            .iter()
            .map(|c| ons_of.get(c).cloned().unwrap_or_else(|| c.clone()))
            .collect();
    }
}

/// Every name a council goes by, normalised, with the council's index: longest
/// first, so that a search in text prefers "North Northamptonshire" to
/// "Northamptonshire".
fn keys(entries: &[CouncilEntry]) -> Vec<(String, usize)> {
    let mut keys = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        for n in std::iter::once(&e.name)
            .chain([&e.ons_name])
            .chain(&e.aliases)
        {
            let k = normalise(n);
            if !k.is_empty() {
                keys.push((k, i));
            }
        }
    }
    keys.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
    keys.dedup();
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(s: &str) -> String {
        Registry::get()
            .resolve(s)
            .map(|e| e.name.clone())
            .unwrap_or_else(|e| e.to_string())
    }

    #[test]
    fn councils_that_changed_name_their_successors_and_urns() {
        let r = Registry::get();
        assert_eq!(
            r.by_urn("2733690").map(|e| e.name.as_str()),
            Some("Cumberland")
        );
        assert_eq!(r.by_urn(""), None);
        assert_eq!(
            r.successors("Cumbria"),
            Some((2023, &["Cumberland", "Westmorland and Furness"][..]))
        );
        assert_eq!(r.predecessors("Cumberland"), Some((2023, vec!["Cumbria"])));
        assert_eq!(r.predecessors("Bromley"), None);
        // Every council named in a succession is one apa knows.
        for (old, _, new) in SUCCESSIONS {
            for n in std::iter::once(old).chain(new.iter().copied()) {
                assert!(r.entries().iter().any(|e| e.name == n), "{n}");
            }
        }
    }

    #[test]
    fn spellings_and_codes_resolve() {
        for s in [
            "bromley",
            "BROMLEY",
            "London Borough of Bromley",
            "London Borough of Bromley Council",
            "LB Bromley",
            "Bromley Council",
            "E09000006",
            "305",
        ] {
            assert_eq!(name(s), "Bromley", "{s}");
        }
        assert_eq!(name("Bristol City of"), "Bristol");
        assert_eq!(name("Bristol, City of"), "Bristol");
        assert_eq!(
            name("St. Helens Metropolitan Borough Council"),
            "St. Helens"
        );
        assert_eq!(name("Stockton-on-Tees Borough Council"), "Stockton-on-Tees");
        assert_eq!(
            name("Royal Borough of Kensington and Chelsea"),
            "Kensington and Chelsea"
        );
        assert_eq!(name("Brighton & Hove City Council"), "Brighton and Hove");
        assert_eq!(name("Northamptonshire"), "Northamptonshire");
        assert_eq!(name("Cumbria"), "Cumbria");
        // Everyday short names, as reports print them.
        assert_eq!(name("Newcastle"), "Newcastle upon Tyne");
        assert_eq!(name("East Riding"), "East Riding of Yorkshire");
        assert_eq!(name("Kingston"), "Kingston upon Thames");
        assert_eq!(name("Hull"), "Kingston Upon Hull");
        assert_eq!(name("BANES"), "Bath and North East Somerset");
    }

    #[test]
    fn neighbours_by_their_current_codes() {
        let r = Registry::get();
        let unknown: Vec<&String> = r
            .entries()
            .iter()
            .flat_map(|e| &e.neighbours)
            .filter(|c| r.by_code(c).is_none())
            .collect();
        assert!(unknown.is_empty(), "{unknown:?}");
        let named = |c: &str| -> Vec<String> {
            r.resolve(c)
                .unwrap()
                .neighbours
                .iter()
                .map(|n| r.by_code(n).unwrap().name.clone())
                .collect()
        };
        assert!(
            r.entries()
                .iter()
                .any(|e| e.neighbours.contains(&"E08000038".to_string())),
            "Barnsley is somebody's neighbour"
        );
        assert!(named("Rotherham").contains(&"Barnsley".to_string()));
        assert_eq!(named("Bromley").len(), 10);
    }

    #[test]
    fn misspelling_suggests() {
        assert_eq!(
            name("bromly"),
            "unknown council 'bromly'; did you mean Bromley?"
        );
        assert_eq!(name("zzzzzzzzzz"), "unknown council 'zzzzzzzzzz'");
        // A whole word of a name before a near spelling of another.
        assert_eq!(
            name("cheshire"),
            "unknown council 'cheshire'; did you mean Cheshire East or Cheshire West and Chester?"
        );
        assert!(name("wrekin").ends_with("did you mean Telford and Wrekin?"));
        assert!(name("bedforshire").ends_with("did you mean Central Bedfordshire?"));
    }

    #[test]
    fn found_in_text_prefers_longest() {
        let r = Registry::get();
        assert_eq!(
            r.find_in("Surrey Safeguarding Children Board")
                .unwrap()
                .name,
            "Surrey"
        );
        assert_eq!(
            r.find_in("Inspection of North Northamptonshire local authority")
                .unwrap()
                .name,
            "North Northamptonshire"
        );
        assert!(r.find_in("Inspection of children's services").is_none());
    }
}

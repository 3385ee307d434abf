//! Dates and years in one string: "1 December 2005", "13-17 November 2023",
//! "17 and 18 December 2019", split visits.

use crate::model::Date;
use regex::Regex;
use std::sync::LazyLock;

pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A month from its name or common abbreviation ("Sept", "Jan").
pub fn month_number(name: &str) -> Option<u8> {
    let n = name.trim_end_matches('.').to_lowercase();
    if n.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| m.starts_with(&n) || (n == "sept" && *m == "september"))
        .map(|i| i as u8 + 1)
}

pub const MONTH_RE: &str = r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

/// A date written "1 December 2005", "8th November 2011", "21/6/05", "21/06/2005".
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH_RE})\.?,?\s+(\d{{4}})|(\d{{1,2}})/(\d{{1,2}})/(\d{{2}}|\d{{4}}))\b"
    ))
    .unwrap()
});

/// A run of days printed as a list or a range, as long as it can be: with its
/// year ("6 and 8 October 2020", "8 October 2018 and 12 October 2018", "29 and
/// 30 September, and 1 October 2020") or, `with_year` false, without one ("30
/// and 31 January", "16 May and 20 May"), so ending in a month.
pub fn days_re(with_year: bool) -> String {
    let day = r"\d{1,2}(?:st|nd|rd|th)?";
    let sep = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*(?:to|-|–|—|until)\s*|\s+of\s+|\s+)";
    let (token, end) = if with_year {
        (format!(r"(?:{day}|{MONTH_RE}|\d{{4}})"), r"\d{4}")
    } else {
        (format!(r"(?:{day}|{MONTH_RE})"), MONTH_RE)
    };
    format!(r"{day}\b(?:{sep}{token}\b)*{sep}{end}\b")
}

/// Every date in the text, with its byte range.
pub fn find_dates(s: &str) -> Vec<(std::ops::Range<usize>, Date)> {
    DATE.captures_iter(s)
        .filter_map(|c| {
            let range = c.get(0)?.range();
            let date = if let Some(day) = c.get(1) {
                Date::new(
                    c[3].parse().ok()?,
                    month_number(&c[2])?,
                    day.as_str().parse().ok()?,
                )
            } else {
                let y: i32 = c[6].parse().ok()?;
                let y = if y < 100 { 2000 + y } else { y };
                Date::new(y, c[5].parse().ok()?, c[4].parse().ok()?)
            }?;
            Some((range, date))
        })
        .collect()
}

/// The first date in the text.
pub fn first_date(s: &str) -> Option<Date> {
    find_dates(s).into_iter().next().map(|(_, d)| d)
}

/// An inspection's on-site dates, written in any of the ways reports write them:
/// "12 – 23 April 2010", "11 April 2016 to 5 May 2016", "14 April – 8 May 2015",
/// "13 to 17 November 2023", "19 November – 11 December 2013", "2 March 2015",
/// and split visits "30 September to 4 October 2024 and 13 to 17 January 2025".
/// Returns the first and the last day.
pub fn date_span(s: &str) -> Option<(Date, Date)> {
    if let Some(span) = day_list(s) {
        return Some(span);
    }
    static PART: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?i)(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?({MONTH_RE}))?(?:\s+(\d{{4}}))?(?:(?:\s*(?:to|–|-|—|until)\s*|\s+and\s+)(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH_RE})\s+(\d{{4}}))?"
        ))
        .unwrap()
    });
    let mut days: Vec<Date> = Vec::new();
    for c in PART.captures_iter(s) {
        let d1: u8 = c[1].parse().ok()?;
        match (c.get(4), c.get(2), c.get(3)) {
            (Some(d2), _, _) => {
                let m2 = month_number(&c[5])?;
                let y2: i32 = c[6].parse().ok()?;
                let end = Date::new(y2, m2, d2.as_str().parse().ok()?)?;
                let m1 = c
                    .get(2)
                    .and_then(|m| month_number(m.as_str()))
                    .unwrap_or(m2);
                let y1 = c
                    .get(3)
                    .and_then(|y| y.as_str().parse().ok())
                    .unwrap_or(if m1 > m2 { y2 - 1 } else { y2 });
                days.push(Date::new(y1, m1, d1)?);
                days.push(end);
            }
            (None, Some(m), Some(y)) => {
                days.push(Date::new(
                    y.as_str().parse().ok()?,
                    month_number(m.as_str())?,
                    d1,
                )?);
            }
            _ => {}
        }
    }
    // Numeric dates ("12/01/2015 to 23/01/2015") and any whole date the ranges missed.
    days.extend(find_dates(s).into_iter().map(|(_, d)| d));
    let first = *days.iter().min()?;
    let last = *days.iter().max()?;
    Some((first, last))
}

/// Days written as a list, however many ("29 and 30 September, and 1 October
/// 2020", "15, 16 and 21 July 2025", "6 and 8 October 2020"): the first and
/// the last. Each day takes the month and year written after it; a day whose
/// month comes after a later day's (across a new year) takes the year before.
/// `None` where the text is not such a list (a range with "to", a day with no
/// month or year after it, anything else between the days).
pub fn day_list(s: &str) -> Option<(Date, Date)> {
    static TOKEN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?i)^\s*(?:(\d{{4}})\b|(\d{{1,2}})(?:st|nd|rd|th)?\b|({MONTH_RE})\b\.?|(,|and\b|&))"
        ))
        .unwrap()
    });
    let mut rest = s.trim().trim_end_matches('.');
    // (day, month, year) as each is learnt.
    let mut days: Vec<(u8, Option<u8>, Option<i32>)> = Vec::new();
    while !rest.trim().is_empty() {
        let c = TOKEN.captures(rest)?;
        if let Some(y) = c.get(1) {
            let y: i32 = y.as_str().parse().ok()?;
            days.iter_mut()
                .filter(|d| d.2.is_none())
                .for_each(|d| d.2 = Some(y));
        } else if let Some(day) = c.get(2) {
            days.push((day.as_str().parse().ok()?, None, None));
        } else if let Some(m) = c.get(3) {
            let m = month_number(m.as_str())?;
            days.iter_mut()
                .filter(|d| d.1.is_none())
                .for_each(|d| d.1 = Some(m));
        }
        rest = &rest[c.get(0)?.end()..];
    }
    if days.len() < 2 {
        return None;
    }
    let mut dates: Vec<(i32, u8, u8)> = days
        .iter()
        .map(|&(d, m, y)| Some((y?, m?, d)))
        .collect::<Option<_>>()?;
    for i in (0..dates.len() - 1).rev() {
        let (next_y, next_m, next_d) = dates[i + 1];
        let (y, m, d) = dates[i];
        if (y, m, d) > (next_y, next_m, next_d) {
            dates[i].0 = if (m, d) > (next_m, next_d) {
                next_y - 1
            } else {
                next_y
            };
        }
    }
    let dates: Vec<Date> = dates
        .into_iter()
        .map(|(y, m, d)| Date::new(y, m, d))
        .collect::<Option<_>>()?;
    Some((*dates.iter().min()?, *dates.iter().max()?))
}

/// The first on-site visit of an inspection whose dates name two ("30 September
/// to 11 October 2024 and 13 to 16 January 2025"): its first and last day. A
/// visit ends where a year is followed by "and".
pub fn first_visit_span(s: &str) -> Option<(Date, Date)> {
    static SPLIT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b\d{4}\s*,?\s+and\s").unwrap());
    match SPLIT.find(s) {
        Some(m) => date_span(&s[..m.start() + 4]),
        None => date_span(s),
    }
}

/// Years (1990-2039) written in the text, in order, with their byte offsets.
pub fn find_years(s: &str) -> Vec<(usize, i32)> {
    static YEAR: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\b(19[9]\d|20[0-3]\d)\b").unwrap());
    YEAR.captures_iter(s)
        .filter_map(|c| Some((c.get(1)?.start(), c[1].parse().ok()?)))
        .collect()
}

/// Years written alone, not as part of a full date ("the 2011 assessment", not
/// "21 February 2012"), with their byte offsets.
pub fn years_outside_dates(s: &str) -> Vec<(usize, i32)> {
    let dates = find_dates(s);
    find_years(s)
        .into_iter()
        .filter(|(at, _)| !dates.iter().any(|(r, _)| r.contains(at)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, day: u8) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn lists_of_days_however_many() {
        assert_eq!(
            day_list("29 and 30 September, and 1 October 2020"),
            Some((d(2020, 9, 29), d(2020, 10, 1)))
        );
        assert_eq!(
            day_list("15, 16 and 21 July 2025"),
            Some((d(2025, 7, 15), d(2025, 7, 21)))
        );
        assert_eq!(
            day_list("6 and 8 October 2020"),
            Some((d(2020, 10, 6), d(2020, 10, 8)))
        );
        assert_eq!(
            day_list("30 and 31 December, and 2 January 2021"),
            Some((d(2020, 12, 30), d(2021, 1, 2)))
        );
        // Not lists: a range, a day with no month, one day.
        assert_eq!(day_list("12 to 23 April 2010"), None);
        assert_eq!(day_list("30 and 31"), None);
        assert_eq!(day_list("1 December 2005"), None);
        assert_eq!(
            date_span("29 and 30 September, and 1 October 2020"),
            Some((d(2020, 9, 29), d(2020, 10, 1)))
        );
    }

    #[test]
    fn dates_in_text() {
        assert_eq!(first_date("**1 December 2005**"), Some(d(2005, 12, 1)));
        assert_eq!(
            first_date("the meeting held on 21/6/05 to assess"),
            Some(d(2005, 6, 21))
        );
        assert_eq!(
            first_date("held on 6 July 2005 to assess"),
            Some(d(2005, 7, 6))
        );
        assert_eq!(
            first_date("Committee on 21 February 2012"),
            Some(d(2012, 2, 21))
        );
        assert_eq!(first_date("On Tuesday 8th Nov 2011"), Some(d(2011, 11, 8)));
        assert_eq!(first_date("31 February 2012"), None);
    }

    #[test]
    fn spans() {
        assert_eq!(
            date_span("12 – 23 April 2010"),
            Some((d(2010, 4, 12), d(2010, 4, 23)))
        );
        assert_eq!(
            date_span("11 April 2016 to 5 May 2016"),
            Some((d(2016, 4, 11), d(2016, 5, 5)))
        );
        assert_eq!(
            date_span("14 April – 8 May 2015"),
            Some((d(2015, 4, 14), d(2015, 5, 8)))
        );
        assert_eq!(
            date_span("13 to 17 November 2023"),
            Some((d(2023, 11, 13), d(2023, 11, 17)))
        );
        assert_eq!(
            date_span("19 November 2013 – 30 January 2014"),
            Some((d(2013, 11, 19), d(2014, 1, 30)))
        );
        assert_eq!(
            date_span("19 November – 11 December 2013"),
            Some((d(2013, 11, 19), d(2013, 12, 11)))
        );
        assert_eq!(
            date_span("2 March 2015"),
            Some((d(2015, 3, 2), d(2015, 3, 2)))
        );
        assert_eq!(
            date_span("30 September to 4 October 2024 and 13 to 17 January 2025"),
            Some((d(2024, 9, 30), d(2025, 1, 17)))
        );
        assert_eq!(date_span("no dates here"), None);
        assert_eq!(
            date_span("on 17 and 18 December 2019"),
            Some((d(2019, 12, 17), d(2019, 12, 18)))
        );
        assert_eq!(
            date_span("on the 15 and 16 of May 2018"),
            Some((d(2018, 5, 15), d(2018, 5, 16)))
        );
        assert_eq!(
            date_span("Between 8 October 2018 and 12 October 2018"),
            Some((d(2018, 10, 8), d(2018, 10, 12)))
        );
        assert_eq!(
            date_span("12/01/2015 to 23/01/2015"),
            Some((d(2015, 1, 12), d(2015, 1, 23)))
        );
    }

    #[test]
    fn first_visits() {
        assert_eq!(
            first_visit_span("5 to 9 December 2022 and 14 to 15 February 2023"),
            Some((d(2022, 12, 5), d(2022, 12, 9)))
        );
        assert_eq!(
            first_visit_span("30 September to 11 October 2024 and 13 to 16 January 2025"),
            Some((d(2024, 9, 30), d(2024, 10, 11)))
        );
    }
}

//! What Ofsted's reports site says, read from its pages' HTML: the search's
//! provider links, and a provider page's publications with their labels and
//! dates. Pure functions of a page's text and address, so that they are
//! tested on pages shaped as the real site's without a network.

use crate::model::Date;
use crate::parse::text::dates::first_date;
use regex::Regex;
use scraper::{Html, Selector};
use std::sync::LazyLock;
use url::Url;

/// The site's address, which `--site` or `$APA_SITE` overrides.
pub const DEFAULT_SITE: &str = "https://reports.ofsted.gov.uk/";

/// Results on one page of the search: the site shows at most 100, and a page
/// with fewer is the last.
pub const SEARCH_ROWS: usize = 100;

/// The search for every local authority's children's services, one page of it
/// (`start` is the first result's index).
pub fn search_url(site: &Url, start: usize) -> Url {
    let mut u = site.join("search").unwrap_or_else(|_| site.clone());
    u.set_query(Some(&format!(
        "q=&location=&lat=&lon=&radius=&level_1_types=3&level_2_types%5B%5D=12&start={start}&rows={SEARCH_ROWS}"
    )));
    u
}

/// A council's page on the site, as the search links to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Provider {
    /// The site's unique reference number: the link's last path segment.
    pub urn: String,
    /// The council as the link names it.
    pub name: String,
    pub url: Url,
}

/// A publication listed on a provider page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Publication {
    /// The file's id on the files service (the link's last path segment):
    /// one per published file, so the key of a document.
    pub file_id: String,
    /// The label without its ", pdf - <date>" ending, white space collapsed,
    /// as the site writes it.
    pub label: String,
    /// The publication date, from the label (or the page's `<time>` beside it).
    pub published: Option<Date>,
    pub url: Url,
}

fn selector(css: &str) -> Selector {
    Selector::parse(css).expect("a valid selector")
}

/// White space collapsed to single spaces, trimmed.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The provider links of one search page, each URN once, in page order.
pub fn providers(html: &str, page: &Url) -> Vec<Provider> {
    static LINK: LazyLock<Selector> = LazyLock::new(|| selector("a[href]"));
    let doc = Html::parse_document(html);
    let mut out: Vec<Provider> = Vec::new();
    for a in doc.select(&LINK) {
        let Some(href) = a.value().attr("href") else {
            continue;
        };
        if !href.contains("/provider/") {
            continue;
        }
        let Ok(url) = page.join(href) else { continue };
        let Some(urn) = last_segment(&url) else {
            continue;
        };
        let name = squash(&a.text().collect::<String>());
        if name.is_empty() || out.iter().any(|p| p.urn == urn) {
            continue;
        }
        out.push(Provider { urn, name, url });
    }
    out
}

/// The last non-empty segment of a URL's path, when it is all digits (a URN
/// or a file id).
fn last_segment(url: &Url) -> Option<String> {
    let seg = url.path_segments()?.rfind(|s| !s.is_empty())?;
    (!seg.is_empty() && seg.bytes().all(|b| b.is_ascii_digit())).then(|| seg.to_string())
}

/// A publication label's ending: ", pdf - 14 July 2017", " as pdf - ...",
/// "  pdf - ..." (the site's spacing varies).
static ENDING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(.*?)\s*,?\s*(?:as\s+)?pdf\s*-\s*(.+)$").expect("a valid pattern")
});

/// A label split into its words and its date: "Children's services
/// inspection, pdf - 14 July 2017" is ("Children's services inspection",
/// 2017-07-14). A label without the ending is kept whole, with no date.
pub fn split_label(label: &str) -> (String, Option<Date>) {
    let label = squash(label);
    match ENDING.captures(&label) {
        Some(c) => {
            let date = first_date(&c[2]);
            let words = c[1].trim().trim_end_matches(',').trim().to_string();
            if words.is_empty() {
                (label.clone(), date)
            } else {
                (words, date)
            }
        }
        None => (label, None),
    }
}

/// The publications a provider page lists, each file id once, newest first as
/// the page lists them. A link is a publication when its class says so; its
/// label is the hidden text the site gives screen readers, else its text.
pub fn publications(html: &str, page: &Url) -> Vec<Publication> {
    static LINK: LazyLock<Selector> = LazyLock::new(|| selector("a.publication-link[href]"));
    static LABEL: LazyLock<Selector> = LazyLock::new(|| selector("span.nonvisual"));
    static TIME: LazyLock<Selector> = LazyLock::new(|| selector("time"));
    let doc = Html::parse_document(html);
    let mut out: Vec<Publication> = Vec::new();
    for a in doc.select(&LINK) {
        let Some(href) = a.value().attr("href") else {
            continue;
        };
        let Ok(url) = page.join(href) else { continue };
        let Some(file_id) = last_segment(&url) else {
            continue;
        };
        if out.iter().any(|p| p.file_id == file_id) {
            continue;
        }
        let text = match a.select(&LABEL).next() {
            Some(span) => span.text().collect::<String>(),
            None => a.text().collect::<String>(),
        };
        let (label, mut published) = split_label(&text);
        if published.is_none() {
            // The date the page prints beside the link, in the same item.
            published = a
                .parent()
                .and_then(scraper::ElementRef::wrap)
                .and_then(|item| item.select(&TIME).next())
                .and_then(|t| {
                    t.value()
                        .attr("datetime")
                        .map(str::to_string)
                        .or_else(|| Some(t.text().collect()))
                })
                .and_then(|s| iso_date(&s).or_else(|| first_date(&s)));
        }
        out.push(Publication {
            file_id,
            label,
            published,
            url,
        });
    }
    out
}

/// A date written `YYYY-MM-DD` (a `<time datetime>`'s form), at the start.
pub fn iso_date(s: &str) -> Option<Date> {
    let s = s.trim();
    let (y, rest) = s.split_once('-')?;
    let (m, rest) = rest.split_once('-')?;
    let d: String = rest.chars().take_while(char::is_ascii_digit).collect();
    Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> Url {
        Url::parse("https://reports.ofsted.gov.uk/").unwrap()
    }

    #[test]
    fn labels_in_every_spacing_the_site_uses() {
        let d = |y, m, d| Date::new(y, m, d);
        assert_eq!(
            split_label("Joint area child protection inspection, pdf - 14 July 2017"),
            (
                "Joint area child protection inspection".into(),
                d(2017, 7, 14)
            )
        );
        assert_eq!(
            split_label("Children's services inspection,  pdf - 16 august 2013"),
            ("Children's services inspection".into(), d(2013, 8, 16))
        );
        assert_eq!(
            split_label("Children's services focused visit as pdf - 10 february 2015"),
            ("Children's services focused visit".into(), d(2015, 2, 10))
        );
        assert_eq!(
            split_label("  Area SEND full inspection\n, pdf - 9 May 2025 "),
            ("Area SEND full inspection".into(), d(2025, 5, 9))
        );
        assert_eq!(
            split_label("Something else"),
            ("Something else".into(), None)
        );
    }

    #[test]
    fn search_results_are_the_provider_links_each_once() {
        let html = r#"<html><body><ul>
            <li><a href="/provider/44/80486">Barking and Dagenham</a></li>
            <li><a href="/provider/44/80486">Barking and Dagenham</a></li>
            <li><a href="https://reports.ofsted.gov.uk/provider/44/80487"> Barnet </a></li>
            <li><a href="/search?start=100">Next</a></li>
        </ul></body></html>"#;
        let p = providers(html, &base());
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].urn, "80486");
        assert_eq!(p[0].name, "Barking and Dagenham");
        assert_eq!(
            p[1].url.as_str(),
            "https://reports.ofsted.gov.uk/provider/44/80487"
        );
    }

    #[test]
    fn a_provider_page_lists_its_publications_with_dates() {
        let html = r#"<ul>
          <li><a class="publication-link" href="https://files.ofsted.gov.uk/v1/file/50012345">
             <span class="nonvisual">Children's services inspection, pdf - 9 May 2025</span>Download</a></li>
          <li><div class="event__metadata"><a class="publication-link" href="/v1/file/2612345">
             <span class="nonvisual">Joint area child protection inspection</span></a>
             <time pubdate datetime="2017-07-14">14 July 2017</time></div></li>
          <li><a href="/about">About</a></li>
        </ul>"#;
        let p = publications(html, &base());
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].file_id, "50012345");
        assert_eq!(p[0].label, "Children's services inspection");
        assert_eq!(p[0].published, Date::new(2025, 5, 9));
        assert_eq!(p[1].published, Date::new(2017, 7, 14));
        assert_eq!(
            p[1].url.as_str(),
            "https://reports.ofsted.gov.uk/v1/file/2612345"
        );
    }

    #[test]
    fn the_search_asks_for_a_hundred_a_page() {
        let u = search_url(&base(), 100);
        assert!(
            u.as_str()
                .starts_with("https://reports.ofsted.gov.uk/search?")
        );
        assert!(u.as_str().contains("start=100&rows=100"));
    }
}

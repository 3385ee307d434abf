//! `apa fetch`: keeps a local library of every children's services
//! publication on Ofsted's reports site. The search gives every council's
//! provider page (paged until a page is short), each page its publications,
//! and what the library lacks is downloaded, checked and filed.
//!
//! - [`site`]: the site's pages read into providers and publications (HTML).
//! - [`client`]: the polite HTTP client (delay, retries, hosts).
//! - [`library`]: the folder and its manifest, written so that a killed run
//!   leaves them consistent.

pub mod client;
pub mod library;
pub mod site;

use crate::council::{CouncilEntry, Registry};
use crate::model::Date;
use client::{Client, Fault, Politeness, Want};
use library::{Entry, Library, Manifest, Status};
use site::{Provider, Publication};
use std::path::PathBuf;
use std::time::SystemTime;
use url::Url;

/// Why a council apa knows has no provider page, where no other council
/// replaced it.
pub const NOT_ON_SEARCH: &str = "not on the site's search";

/// Searches pages at most, whatever the site returns (two hold every council).
const SEARCH_PAGES_MAX: usize = 20;

/// What to fetch, and how.
#[derive(Debug, Clone)]
pub struct Options {
    pub site: Url,
    pub library: PathBuf,
    /// Only these councils (canonical names); all when empty.
    pub councils: Vec<String>,
    /// Only councils in this region.
    pub region: Option<String>,
    /// Only publications published on or after this date.
    pub since: Option<Date>,
    /// Only publications whose label holds one of these (case and spacing
    /// aside); all when empty.
    pub labels: Vec<String>,
    /// List what would be downloaded; download nothing, write nothing.
    pub dry_run: bool,
    /// Ask again for publications recorded as dead links.
    pub recheck: bool,
    pub politeness: Politeness,
}

/// What a run tells as it goes (a progress bar, notes).
pub trait Progress {
    /// The providers to read are known.
    fn providers(&self, _count: usize) {}
    /// A page was read (search or provider).
    fn page(&self) {}
    /// Files to download are known for one more provider.
    fn files(&self, _count: usize) {}
    /// One file is done, with its size when kept.
    fn file_done(&self, _bytes: u64) {}
    /// Something the user should know, as it happens.
    fn note(&self, _message: &str) {}
}

/// A publication the run would download (`--dry-run`) or did.
#[derive(Debug, Clone)]
pub struct Planned {
    pub council: String,
    pub publication: Publication,
}

/// What a run did.
#[derive(Debug, Default)]
pub struct Summary {
    pub search_pages: usize,
    pub providers_found: usize,
    pub providers_read: usize,
    /// Publications listed on the pages read (after --since and --kind).
    pub listed: usize,
    /// Already in the library (or known dead), so not asked for.
    pub known: usize,
    /// Kept this run.
    pub downloaded: Vec<Entry>,
    /// Found dead this run.
    pub dead: Vec<Entry>,
    /// Failed this run (a fault that may pass): files.
    pub failed: Vec<Entry>,
    /// Pages that could not be read: (address, why).
    pub page_failures: Vec<(String, String)>,
    /// `--dry-run`: what would be downloaded.
    pub planned: Vec<Planned>,
    /// Councils asked for that the search does not list: (council, why).
    pub missing: Vec<(String, String)>,
    /// Requests made.
    pub requests: u64,
}

impl Summary {
    /// Something failed: a page, a file, or a dead link found this run.
    pub fn failed(&self) -> bool {
        !self.page_failures.is_empty() || !self.failed.is_empty() || !self.dead.is_empty()
    }

    pub fn bytes(&self) -> u64 {
        self.downloaded.iter().filter_map(|e| e.size).sum()
    }
}

/// The hosts a run may reach: the site's own, and the files service's when
/// the site is Ofsted's.
pub fn hosts(site: &Url) -> Vec<String> {
    let mut hosts: Vec<String> = client::host_of(site).into_iter().collect();
    if site
        .host_str()
        .is_some_and(|h| h.ends_with("ofsted.gov.uk"))
    {
        for h in ["files.ofsted.gov.uk", "files.api.ofsted.gov.uk"] {
            hosts.push(h.to_string());
        }
    }
    hosts
}

/// The council a provider is: by URN, else by name; `None` where apa knows
/// none by either.
pub fn council_of(p: &Provider) -> Option<&'static CouncilEntry> {
    let registry = Registry::get();
    registry
        .by_urn(&p.urn)
        .or_else(|| registry.resolve(&p.name).ok())
        .or_else(|| registry.find_in(&p.name))
}

/// Runs a fetch. An error is one that stops the whole run (the library cannot
/// be opened, the search cannot be read); anything else is in the summary.
pub fn run(opts: &Options, progress: &dyn Progress) -> anyhow::Result<Summary> {
    let mut library = if opts.dry_run {
        None
    } else {
        Some(Library::open(&opts.library)?)
    };
    let known_manifest = match &library {
        Some(l) => l.manifest.clone(),
        None => Manifest::read(&opts.library).unwrap_or_default(),
    };
    let mut client = Client::new(opts.politeness.clone(), hosts(&opts.site));
    let mut summary = Summary::default();

    let providers = search(&mut client, opts, progress, &mut summary)?;
    summary.providers_found = providers.len();
    let chosen = choose(&providers, opts, &mut summary);
    progress.providers(chosen.len());

    for (provider, entry) in chosen {
        let council = entry.map_or_else(|| provider.name.clone(), |e| e.name.clone());
        let page = match client.get(&provider.url, Want::Page) {
            Ok(got) => {
                progress.page();
                String::from_utf8_lossy(&got.body).into_owned()
            }
            Err(fault) => {
                progress.page();
                progress.note(&format!("{council}: its page {}: {fault}", provider.url));
                summary
                    .page_failures
                    .push((provider.url.to_string(), format!("{council}: {fault}")));
                continue;
            }
        };
        summary.providers_read += 1;
        let publications: Vec<Publication> = site::publications(&page, &provider.url)
            .into_iter()
            .filter(|p| wanted(p, opts))
            .collect();
        summary.listed += publications.len();
        let todo: Vec<Publication> = publications
            .into_iter()
            .filter(|p| match known_manifest.get(&p.file_id) {
                Some(e) => match e.status {
                    // Kept, unless its file has gone from the library since.
                    Status::Ok => !opts.library.join(&e.path).is_file(),
                    Status::Dead => opts.recheck,
                    Status::Failed => true,
                },
                None => true,
            })
            .collect();
        if opts.dry_run {
            for p in todo {
                summary.planned.push(Planned {
                    council: council.clone(),
                    publication: p,
                });
            }
            continue;
        }
        progress.files(todo.len());
        let Some(lib) = library.as_mut() else {
            continue;
        };
        for p in todo {
            let entry = download(&mut client, lib, provider, entry, &council, &p);
            progress.file_done(entry.size.unwrap_or(0));
            match entry.status {
                Status::Ok => summary.downloaded.push(entry.clone()),
                Status::Dead => {
                    progress.note(&format!(
                        "{council}: {} ({}): dead link: {}",
                        p.label, p.url, entry.reason
                    ));
                    summary.dead.push(entry.clone());
                }
                Status::Failed => {
                    progress.note(&format!(
                        "{council}: {} ({}): {}",
                        p.label, p.url, entry.reason
                    ));
                    summary.failed.push(entry.clone());
                }
            }
            lib.manifest.put(entry);
            lib.save()?;
        }
    }
    if let Some(lib) = &library {
        lib.save()?;
    }
    summary.known = summary.listed
        - summary.downloaded.len()
        - summary.dead.len()
        - summary.failed.len()
        - summary.planned.len();
    summary.requests = client.requests;
    Ok(summary)
}

/// Every provider the search lists, paging until a page is short.
fn search(
    client: &mut Client,
    opts: &Options,
    progress: &dyn Progress,
    summary: &mut Summary,
) -> anyhow::Result<Vec<Provider>> {
    let mut providers: Vec<Provider> = Vec::new();
    for page in 0..SEARCH_PAGES_MAX {
        let url = site::search_url(&opts.site, page * site::SEARCH_ROWS);
        let got = client.get(&url, Want::Page);
        progress.page();
        summary.search_pages += 1;
        let got = match got {
            Ok(g) => g,
            Err(fault) if page == 0 => {
                anyhow::bail!("the site's search ({url}) could not be read: {fault}")
            }
            Err(fault) => {
                summary.page_failures.push((
                    url.to_string(),
                    format!("the search's page {}: {fault}", page + 1),
                ));
                break;
            }
        };
        let found = site::providers(&String::from_utf8_lossy(&got.body), &url);
        let count = found.len();
        let before = providers.len();
        for p in found {
            if !providers.iter().any(|q| q.urn == p.urn) {
                providers.push(p);
            }
        }
        if count < site::SEARCH_ROWS || providers.len() == before {
            break;
        }
    }
    if providers.is_empty() {
        anyhow::bail!(
            "the site's search ({}) lists no provider pages; is --site right?",
            site::search_url(&opts.site, 0)
        );
    }
    Ok(providers)
}

/// The providers the options ask for, each with its council where apa knows
/// it; councils asked for that the search does not list are said.
fn choose<'a>(
    providers: &'a [Provider],
    opts: &Options,
    summary: &mut Summary,
) -> Vec<(&'a Provider, Option<&'static CouncilEntry>)> {
    let registry = Registry::get();
    let all: Vec<(&Provider, Option<&'static CouncilEntry>)> =
        providers.iter().map(|p| (p, council_of(p))).collect();
    let mut chosen: Vec<(&Provider, Option<&'static CouncilEntry>)> = all
        .iter()
        .copied()
        .filter(|(_, e)| {
            (opts.councils.is_empty() || e.is_some_and(|e| opts.councils.contains(&e.name)))
                && opts
                    .region
                    .as_ref()
                    .is_none_or(|r| e.is_some_and(|e| &e.region == r))
        })
        .collect();
    chosen.sort_by(|a, b| {
        let name = |x: &(&Provider, Option<&CouncilEntry>)| {
            x.1.map_or_else(|| x.0.name.clone(), |e| e.name.clone())
        };
        name(a).cmp(&name(b)).then(a.0.urn.cmp(&b.0.urn))
    });
    // Councils asked for (or, with none asked for, every council apa knows in
    // the region) that no search result is.
    let asked: Vec<String> = if opts.councils.is_empty() {
        registry
            .entries()
            .iter()
            .filter(|e| opts.region.as_ref().is_none_or(|r| &e.region == r))
            .map(|e| e.name.clone())
            .collect()
    } else {
        opts.councils.clone()
    };
    for name in asked {
        if all.iter().any(|(_, e)| e.is_some_and(|e| e.name == name)) {
            continue;
        }
        let why = match registry.successors(&name) {
            Some((year, next)) => format!(
                "not on the site's search: it was replaced in {year} by {}, whose pages hold their own reports; its older reports are not reachable from the search",
                next.join(" and ")
            ),
            None => NOT_ON_SEARCH.to_string(),
        };
        summary.missing.push((name, why));
    }
    chosen
}

/// Whether a publication passes `--since` and `--kind`.
fn wanted(p: &Publication, opts: &Options) -> bool {
    let squash = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let since_ok = match opts.since {
        Some(since) => p.published.is_some_and(|d| d >= since),
        None => true,
    };
    let label = squash(&p.label);
    since_ok && (opts.labels.is_empty() || opts.labels.iter().any(|l| label.contains(&squash(l))))
}

/// Downloads one publication, checks it and files it: the manifest entry
/// that says what became of it.
fn download(
    client: &mut Client,
    lib: &Library,
    provider: &Provider,
    council_entry: Option<&CouncilEntry>,
    council: &str,
    p: &Publication,
) -> Entry {
    let mut entry = Entry {
        file_id: p.file_id.clone(),
        urn: provider.urn.clone(),
        council: council.to_string(),
        la_code: council_entry.map(|e| e.la_code.clone()).unwrap_or_default(),
        label: p.label.clone(),
        published: p.published.map(|d| d.to_string()).unwrap_or_default(),
        url: p.url.to_string(),
        path: String::new(),
        sha256: String::new(),
        size: None,
        fetched: now(),
        status: Status::Failed,
        reason: String::new(),
    };
    let got = match client.get(&p.url, Want::File) {
        Ok(g) => g,
        Err(Fault { reason, lasting }) => {
            entry.status = if lasting {
                Status::Dead
            } else {
                Status::Failed
            };
            entry.reason = reason;
            return entry;
        }
    };
    if let Err(why) = check_pdf(&got.body, got.content_type.as_deref()) {
        entry.status = if why.starts_with("truncated") {
            Status::Failed
        } else {
            Status::Dead
        };
        entry.reason = why;
        return entry;
    }
    match lib.store(council, &p.label, p.published, &p.file_id, &got.body) {
        Ok((path, sha)) => {
            entry.path = path;
            entry.sha256 = sha;
            entry.size = Some(got.body.len() as u64);
            entry.status = Status::Ok;
        }
        Err(e) => {
            entry.status = Status::Failed;
            entry.reason = format!("could not be written to the library: {e}");
        }
    }
    entry
}

/// Whether a body is a whole PDF: a Content-Type that does not say HTML or
/// text, `%PDF-` at the start and `%%EOF` near the end. The reason otherwise.
pub fn check_pdf(body: &[u8], content_type: Option<&str>) -> Result<(), String> {
    let head = &body[..body.len().min(1024)];
    let looks_html = {
        let lower = String::from_utf8_lossy(head).to_lowercase();
        lower.trim_start().starts_with("<!doctype html") || lower.contains("<html")
    };
    if looks_html {
        let text = String::from_utf8_lossy(body);
        let title = scraper::Html::parse_document(&text)
            .select(&scraper::Selector::parse("title").expect("a valid selector"))
            .next()
            .map(|t| {
                t.text()
                    .collect::<String>()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .filter(|t| !t.is_empty());
        return Err(match title {
            Some(t) => format!("an HTML page (\"{t}\"), not a PDF"),
            None => "an HTML page, not a PDF".to_string(),
        });
    }
    if let Some(ct) = content_type {
        let ct = ct.to_ascii_lowercase();
        if ct.starts_with("text/") || ct.contains("html") {
            return Err(format!("served as {ct}, not a PDF"));
        }
    }
    if body.is_empty() {
        return Err("empty".to_string());
    }
    if !head.starts_with(b"%PDF-") {
        return Err(format!(
            "not a PDF ({} bytes that do not start %PDF-)",
            body.len()
        ));
    }
    let tail = &body[body.len().saturating_sub(2048)..];
    if memchr::memmem::find(tail, b"%%EOF").is_none() {
        return Err(format!(
            "truncated: {} bytes and no %%EOF at the end",
            body.len()
        ));
    }
    Ok(())
}

/// The time now, UTC, to the second (RFC 3339).
pub fn now() -> String {
    humantime::format_rfc3339_seconds(SystemTime::now()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_whole_pdfs_are_kept() {
        let pdf = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n";
        assert_eq!(check_pdf(pdf, Some("application/pdf")), Ok(()));
        assert_eq!(check_pdf(pdf, None), Ok(()));
        let html = b"<!DOCTYPE html><html><head><title>Report not found</title></head></html>";
        assert_eq!(
            check_pdf(html, Some("application/pdf")).unwrap_err(),
            "an HTML page (\"Report not found\"), not a PDF"
        );
        assert!(
            check_pdf(&pdf[..20], None)
                .unwrap_err()
                .starts_with("truncated")
        );
        assert!(check_pdf(pdf, Some("text/html; charset=utf-8")).is_err());
        assert!(
            check_pdf(b"PK\x03\x04 zip", None)
                .unwrap_err()
                .starts_with("not a PDF")
        );
    }
}

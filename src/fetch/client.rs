//! A polite HTTP client for the reports site: one request at a time with a
//! delay between requests, a User-Agent that names apa, timeouts, retries with
//! exponential back-off and jitter for timeouts, resets and 5xx (never for
//! other 4xx), a `Retry-After` honoured, redirects followed only to the site's
//! own hosts, and bodies bounded in size.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::time::{Duration, Instant, SystemTime};
use url::Url;

/// How the client behaves; the command's options.
#[derive(Debug, Clone)]
pub struct Politeness {
    /// The least time between the start of one request and the next.
    pub delay: Duration,
    /// A page's time limit, and a file's.
    pub page_timeout: Duration,
    pub file_timeout: Duration,
    /// Tries after the first, for a fault that may pass.
    pub retries: u32,
    /// The first retry's wait; each later one doubles it (with jitter).
    pub backoff: Duration,
}

impl Default for Politeness {
    fn default() -> Politeness {
        Politeness {
            delay: Duration::from_secs(1),
            page_timeout: Duration::from_secs(10),
            file_timeout: Duration::from_secs(30),
            retries: 3,
            backoff: Duration::from_secs(5),
        }
    }
}

/// The longest `Retry-After` waited for; a longer one fails the request.
const RETRY_AFTER_MAX: Duration = Duration::from_secs(600);

/// Redirects followed for one request.
const REDIRECTS_MAX: usize = 5;

/// The largest body read: a page, or a file (the archive's largest PDF is a
/// few MB).
pub const PAGE_LIMIT: u64 = 16 << 20;
pub const FILE_LIMIT: u64 = 256 << 20;

/// What a request is for: its time limit and size limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Want {
    Page,
    File,
}

/// A response read whole.
#[derive(Debug)]
pub struct Got {
    pub url: Url,
    pub content_type: Option<String>,
    pub body: Vec<u8>,
}

/// Why a request gave nothing. `lasting` faults (a 404, a host that is not
/// the site's) are not tried again, by this run or the next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fault {
    pub reason: String,
    pub lasting: bool,
}

impl std::fmt::Display for Fault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.reason)
    }
}

fn lasting(reason: impl Into<String>) -> Fault {
    Fault {
        reason: reason.into(),
        lasting: true,
    }
}

/// One try's outcome: a body, a fault to try again after a wait (`None`: the
/// back-off's), or a fault to give up on.
enum Try {
    Done(Got),
    Again(String, Option<Duration>),
    Stop(Fault),
}

pub struct Client {
    agent: ureq::Agent,
    politeness: Politeness,
    /// Hosts (with their ports) the client may reach.
    hosts: Vec<String>,
    last: Option<Instant>,
    /// Requests made, retries and redirects included.
    pub requests: u64,
}

/// The User-Agent: apa, its version, and what it does.
pub fn user_agent() -> String {
    format!(
        "apa/{} (children's services inspection reports; one request at a time)",
        env!("CARGO_PKG_VERSION")
    )
}

/// A host with its port when the URL names one ("127.0.0.1:8080").
pub fn host_of(url: &Url) -> Option<String> {
    let host = url.host_str()?.to_ascii_lowercase();
    Some(match url.port() {
        Some(p) => format!("{host}:{p}"),
        None => host,
    })
}

impl Client {
    /// A client that reaches only `hosts`.
    pub fn new(politeness: Politeness, hosts: Vec<String>) -> Client {
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .user_agent(user_agent())
            .timeout_global(Some(politeness.file_timeout))
            .build();
        Client {
            agent: config.into(),
            politeness,
            hosts,
            last: None,
            requests: 0,
        }
    }

    /// Whether the client may reach this address.
    pub fn allowed(&self, url: &Url) -> bool {
        matches!(url.scheme(), "http" | "https")
            && host_of(url).is_some_and(|h| self.hosts.contains(&h))
    }

    /// GETs a URL, with the retries and redirects the politeness allows.
    pub fn get(&mut self, url: &Url, want: Want) -> Result<Got, Fault> {
        let mut url = url.clone();
        let mut redirects = 0;
        let mut attempt = 0;
        loop {
            if !self.allowed(&url) {
                return Err(lasting(format!(
                    "{} is not on the site's hosts ({}); not requested",
                    url,
                    self.hosts.join(", ")
                )));
            }
            match self.try_once(&url, want) {
                Ok(Try::Done(got)) => return Ok(got),
                Ok(Try::Stop(fault)) => return Err(fault),
                Ok(Try::Again(reason, wait)) => {
                    if attempt >= self.politeness.retries {
                        let tries = attempt + 1;
                        return Err(Fault {
                            reason: format!(
                                "{reason} (tried {tries} time{})",
                                if tries == 1 { "" } else { "s" }
                            ),
                            lasting: false,
                        });
                    }
                    let wait = wait.unwrap_or_else(|| self.backoff(attempt));
                    attempt += 1;
                    std::thread::sleep(wait);
                }
                Err(next) => {
                    redirects += 1;
                    if redirects > REDIRECTS_MAX {
                        return Err(lasting(format!("more than {REDIRECTS_MAX} redirects")));
                    }
                    url = next;
                }
            }
        }
    }

    /// The wait before retry `attempt` (0 first): the back-off doubled each
    /// time, times a jitter between 0.5 and 1.5.
    fn backoff(&self, attempt: u32) -> Duration {
        let base = self.politeness.backoff.mul_f64(2f64.powi(attempt as i32));
        let mut h = RandomState::new().build_hasher();
        h.write_u32(attempt);
        let jitter = 0.5 + (h.finish() % 1000) as f64 / 1000.0;
        base.mul_f64(jitter)
    }

    /// Waits until `delay` has passed since the last request began.
    fn pause(&mut self) {
        if let Some(last) = self.last {
            let since = last.elapsed();
            if since < self.politeness.delay {
                std::thread::sleep(self.politeness.delay - since);
            }
        }
        self.last = Some(Instant::now());
    }

    /// One request; `Err` is a redirect to follow.
    fn try_once(&mut self, url: &Url, want: Want) -> Result<Try, Url> {
        self.pause();
        self.requests += 1;
        let (timeout, limit) = match want {
            Want::Page => (self.politeness.page_timeout, PAGE_LIMIT),
            Want::File => (self.politeness.file_timeout, FILE_LIMIT),
        };
        let response = self
            .agent
            .get(url.as_str())
            .config()
            .timeout_global(Some(timeout))
            .build()
            .call();
        let mut response = match response {
            Ok(r) => r,
            Err(e) => return Ok(transport(e)),
        };
        let status = response.status().as_u16();
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        if (300..400).contains(&status) {
            let Some(next) = header("location").and_then(|l| url.join(&l).ok()) else {
                return Ok(Try::Stop(lasting(format!(
                    "HTTP {status} with no address to go to"
                ))));
            };
            return Err(next);
        }
        if status == 429 || (500..600).contains(&status) {
            let wait = header("retry-after").map(|v| retry_after(&v));
            return Ok(match wait {
                Some(Some(w)) if w > RETRY_AFTER_MAX => Try::Stop(Fault {
                    reason: format!(
                        "HTTP {status}, asked to wait {} s (more than {} s)",
                        w.as_secs(),
                        RETRY_AFTER_MAX.as_secs()
                    ),
                    lasting: false,
                }),
                Some(w) => Try::Again(format!("HTTP {status}"), w),
                None => Try::Again(format!("HTTP {status}"), None),
            });
        }
        if !(200..300).contains(&status) {
            return Ok(Try::Stop(lasting(format!("HTTP {status}"))));
        }
        let content_type = header("content-type");
        let length: Option<u64> = header("content-length").and_then(|v| v.trim().parse().ok());
        if length.is_some_and(|n| n > limit) {
            return Ok(Try::Stop(lasting(format!(
                "{} bytes, more than the {} MB apa reads",
                length.unwrap_or(0),
                limit >> 20
            ))));
        }
        let body = match response.body_mut().with_config().limit(limit).read_to_vec() {
            Ok(b) => b,
            Err(ureq::Error::BodyExceedsLimit(_)) => {
                return Ok(Try::Stop(lasting(format!(
                    "more than the {} MB apa reads",
                    limit >> 20
                ))));
            }
            Err(e) => return Ok(Try::Again(format!("the body broke off: {e}"), None)),
        };
        if let Some(n) = length
            && body.len() as u64 != n
        {
            return Ok(Try::Again(
                format!("truncated: {} of {n} bytes", body.len()),
                None,
            ));
        }
        Ok(Try::Done(Got {
            url: url.clone(),
            content_type,
            body,
        }))
    }
}

/// A transport error: tried again unless it cannot pass (an address apa
/// cannot use).
fn transport(e: ureq::Error) -> Try {
    match e {
        ureq::Error::BadUri(u) => Try::Stop(lasting(format!("a bad address: {u}"))),
        ureq::Error::Timeout(_) => Try::Again("timed out".to_string(), None),
        other => Try::Again(other.to_string(), None),
    }
}

/// A `Retry-After` value: seconds, or an HTTP date. `None` when it says
/// neither (the back-off is used then).
fn retry_after(v: &str) -> Option<Duration> {
    let v = v.trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = httpdate::parse_http_date(v).ok()?;
    Some(
        when.duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_in_seconds_or_as_a_date() {
        assert_eq!(retry_after("3"), Some(Duration::from_secs(3)));
        assert_eq!(
            retry_after("Wed, 21 Oct 2015 07:28:00 GMT"),
            Some(Duration::ZERO)
        );
        assert_eq!(retry_after("soon"), None);
    }

    #[test]
    fn only_the_sites_hosts_are_reached() {
        let c = Client::new(Politeness::default(), vec!["127.0.0.1:8080".into()]);
        assert!(c.allowed(&Url::parse("http://127.0.0.1:8080/v1/file/1").unwrap()));
        assert!(!c.allowed(&Url::parse("http://127.0.0.1:9/v1/file/1").unwrap()));
        assert!(!c.allowed(&Url::parse("https://example.com/x.pdf").unwrap()));
        assert!(!c.allowed(&Url::parse("file:///etc/passwd").unwrap()));
    }

    #[test]
    fn back_off_doubles_with_jitter() {
        let p = Politeness {
            backoff: Duration::from_secs(4),
            ..Politeness::default()
        };
        let c = Client::new(p, vec![]);
        for attempt in 0..3 {
            let w = c.backoff(attempt).as_secs_f64();
            let base = 4.0 * 2f64.powi(attempt as i32);
            assert!(w >= base * 0.5 && w <= base * 1.5, "{w} for {attempt}");
        }
    }
}

//! A stand-in for Ofsted's reports site on 127.0.0.1, for the fetch tests and
//! the fetch benchmark: the search (100 results a page), provider pages with
//! labels as the site writes them, files, and the faults the site is known for
//! (see `../shared/reference/ofsted-site.md`). It must break HTTP on purpose
//! (a body cut short, a stall), so it writes its responses by hand, one
//! connection a request (`Connection: close`). It serves only loopback, and
//! stops when dropped or after its time is up, whichever comes first.

#![allow(dead_code)] // each test program uses part of it

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How a file answers.
#[derive(Clone)]
pub enum File {
    /// The bytes, as a PDF.
    Pdf(Vec<u8>),
    /// The site's "Report not found" page, with status 200, where a PDF should be.
    NotFound,
    /// A status, every time.
    Status(u16),
    /// A fault on the first request, then the bytes.
    FaultThenPdf(Fault, Vec<u8>),
}

#[derive(Clone, Copy, Debug)]
pub enum Fault {
    /// HTTP 500.
    ServerError,
    /// No answer for this long (past the client's timeout).
    Stall(Duration),
    /// Headers that promise the whole body, half of it, then the connection closed.
    CutShort,
    /// HTTP 503 with `Retry-After` in seconds.
    RetryAfter(u64),
}

/// A publication on a provider page.
#[derive(Clone)]
pub struct Publication {
    pub file_id: String,
    /// The label as the page writes it, date included.
    pub label: String,
    /// Link to another host (a link the fetcher must not follow).
    pub off_site: bool,
}

/// What the site holds.
#[derive(Clone, Default)]
pub struct Plan {
    /// (URN, name), in search order.
    pub councils: Vec<(String, String)>,
    pub pages: HashMap<String, Vec<Publication>>,
    pub files: HashMap<String, File>,
    /// Each file answer paced to this many bytes a second (0: at once).
    pub bytes_per_second: u64,
}

/// The running site: its address and the requests it was sent.
pub struct Site {
    pub base: String,
    log: Arc<Mutex<Vec<(Instant, String)>>>,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Site {
    /// Starts the site; it stops by itself after `lifetime`.
    pub fn start(plan: Plan, lifetime: Duration) -> Site {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let base = format!("http://{}/", listener.local_addr().unwrap());
        let log = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let plan = Arc::new(plan);
        let faulted: Arc<Mutex<Vec<String>>> = Arc::new(Mutex::new(Vec::new()));
        let (l, s, b) = (log.clone(), stop.clone(), base.clone());
        let thread = std::thread::spawn(move || {
            let until = Instant::now() + lifetime;
            while !s.load(Ordering::Relaxed) && Instant::now() < until {
                match listener.accept() {
                    Ok((stream, _)) => {
                        let (plan, log, faulted, base) =
                            (plan.clone(), l.clone(), faulted.clone(), b.clone());
                        std::thread::spawn(move || {
                            let _ = serve(stream, &plan, &log, &faulted, &base);
                        });
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(2)),
                }
            }
        });
        Site {
            base,
            log,
            stop,
            thread: Some(thread),
        }
    }

    /// The paths requested, in order.
    pub fn requests(&self) -> Vec<String> {
        self.log
            .lock()
            .unwrap()
            .iter()
            .map(|(_, p)| p.clone())
            .collect()
    }

    /// When each request to a path came.
    pub fn times(&self, path: &str) -> Vec<Instant> {
        self.log
            .lock()
            .unwrap()
            .iter()
            .filter(|(_, p)| p == path)
            .map(|(t, _)| *t)
            .collect()
    }

    pub fn clear_log(&self) {
        self.log.lock().unwrap().clear();
    }
}

impl Drop for Site {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn serve(
    stream: TcpStream,
    plan: &Plan,
    log: &Mutex<Vec<(Instant, String)>>,
    faulted: &Mutex<Vec<String>>,
    base: &str,
) -> std::io::Result<()> {
    stream.set_nonblocking(false)?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h)? == 0 || h.trim().is_empty() {
            break;
        }
    }
    let path = request_line
        .split_whitespace()
        .nth(1)
        .unwrap_or("/")
        .to_string();
    log.lock().unwrap().push((Instant::now(), path.clone()));
    let mut out = stream;
    let (route, query) = path.split_once('?').unwrap_or((&path, ""));
    if route == "/search" {
        let start: usize = param(query, "start").unwrap_or(0);
        let rows: usize = param(query, "rows").unwrap_or(10);
        let mut html = String::from("<!DOCTYPE html><html><body><ul class=\"results\">");
        for (urn, name) in plan.councils.iter().skip(start).take(rows) {
            html.push_str(&format!(
                "<li><h3><a href=\"/provider/44/{urn}\">{name}</a></h3><p>Local authority children's services</p></li>"
            ));
        }
        html.push_str("</ul><a href=\"/search?start=100\">Next page</a></body></html>");
        return respond(
            &mut out,
            200,
            "text/html; charset=utf-8",
            html.as_bytes(),
            &[],
        );
    }
    if let Some(urn) = route.strip_prefix("/provider/44/") {
        let Some(pubs) = plan.pages.get(urn).or_else(|| {
            plan.councils
                .iter()
                .any(|(u, _)| u == urn)
                .then_some(&EMPTY)
        }) else {
            return respond(&mut out, 404, "text/html", b"<html>not found</html>", &[]);
        };
        let mut html = String::from("<!DOCTYPE html><html><body><h1>Council</h1><ul>");
        for p in pubs {
            let host = if p.off_site {
                "http://192.0.2.1/"
            } else {
                base
            };
            html.push_str(&format!(
                "<li><div class=\"event__metadata\"><a class=\"publication-link\" href=\"{host}v1/file/{}\"><span class=\"nonvisual\">{}</span> Download</a></div></li>",
                p.file_id, p.label
            ));
        }
        html.push_str("</ul></body></html>");
        return respond(
            &mut out,
            200,
            "text/html; charset=utf-8",
            html.as_bytes(),
            &[],
        );
    }
    if let Some(id) = route.strip_prefix("/v1/file/") {
        let first = {
            let mut f = faulted.lock().unwrap();
            let first = !f.iter().any(|x| x == id);
            if first {
                f.push(id.to_string());
            }
            first
        };
        return match plan.files.get(id) {
            None => respond(&mut out, 404, "text/html", b"<html>no such file</html>", &[]),
            Some(File::Pdf(b)) => paced(&mut out, b, plan.bytes_per_second),
            Some(File::NotFound) => respond(
                &mut out,
                200,
                "text/html; charset=utf-8",
                b"<!DOCTYPE html><html><head><title>Report not found</title></head><body><h1>Report not found</h1></body></html>",
                &[],
            ),
            Some(File::Status(s)) => respond(&mut out, *s, "text/html", b"<html>error</html>", &[]),
            Some(File::FaultThenPdf(fault, b)) if first => match fault {
                Fault::ServerError => respond(&mut out, 500, "text/html", b"<html>oops</html>", &[]),
                Fault::Stall(d) => {
                    std::thread::sleep(*d);
                    Ok(())
                }
                Fault::CutShort => {
                    write!(
                        out,
                        "HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                        b.len()
                    )?;
                    out.write_all(&b[..b.len() / 2])?;
                    out.flush()
                }
                Fault::RetryAfter(s) => respond(
                    &mut out,
                    503,
                    "text/html",
                    b"<html>busy</html>",
                    &[("Retry-After", s.to_string())],
                ),
            },
            Some(File::FaultThenPdf(_, b)) => paced(&mut out, b, plan.bytes_per_second),
        };
    }
    respond(&mut out, 404, "text/html", b"<html>not found</html>", &[])
}

static EMPTY: Vec<Publication> = Vec::new();

fn param(query: &str, name: &str) -> Option<usize> {
    query
        .split('&')
        .find_map(|kv| kv.strip_prefix(&format!("{name}=")))
        .and_then(|v| v.parse().ok())
}

fn respond(
    out: &mut TcpStream,
    status: u16,
    content_type: &str,
    body: &[u8],
    extra: &[(&str, String)],
) -> std::io::Result<()> {
    let mut head = format!(
        "HTTP/1.1 {status} {}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n",
        if status < 300 { "OK" } else { "Error" },
        body.len()
    );
    for (k, v) in extra {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    out.write_all(head.as_bytes())?;
    out.write_all(body)?;
    out.flush()
}

/// A PDF, sent whole or paced (so that a test can kill a run mid-download).
fn paced(out: &mut TcpStream, body: &[u8], bytes_per_second: u64) -> std::io::Result<()> {
    if bytes_per_second == 0 {
        return respond(out, 200, "application/pdf", body, &[]);
    }
    write!(
        out,
        "HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    )?;
    let chunk = (bytes_per_second / 20).max(1) as usize;
    for part in body.chunks(chunk) {
        out.write_all(part)?;
        out.flush()?;
        std::thread::sleep(Duration::from_millis(50));
    }
    Ok(())
}

/// Every council apa knows, as the search lists them: (URN, name) from the
/// lookup apa embeds, in its order; councils without a URN left out.
pub fn councils() -> Vec<(String, String)> {
    let csv = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/la_lookup.csv"))
        .unwrap();
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    let headers = r.headers().unwrap().clone();
    let col = |n: &str| headers.iter().position(|h| h == n).unwrap();
    let (urn, name) = (col("urn"), col("local_authority_ons_name"));
    r.records()
        .map(|rec| rec.unwrap())
        .filter(|rec| !rec[urn].is_empty())
        .map(|rec| (rec[urn].to_string(), rec[name].to_string()))
        .collect()
}

//! `apa fetch`: downloads what the library lacks from Ofsted's reports site
//! (see `apa::fetch`), with a progress bar on a terminal; `--dry-run` lists
//! what it would download, `--status` what the library holds.

use crate::cli::Outcome;
use crate::cli::UsageError;
use crate::cli::args::{
    DisplayArgs, LibraryArgs, resolve_councils, resolve_region, with_neighbours,
};
use crate::cli::output::{Col, Columns, Fit, Format, Tabular, Value, render, say};
use apa::fetch::client::Politeness;
use apa::fetch::site::DEFAULT_SITE;
use apa::fetch::{self, Options, Progress};
use apa::model::Date;
use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde::Serialize;
use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;
use url::Url;

#[derive(Debug, Args)]
pub struct FetchArgs {
    /// Only this council (any spelling, or its LA or ONS code); repeatable.
    #[arg(long, value_name = "COUNCIL")]
    pub council: Vec<String>,

    /// Only councils in this region ("London", "north west"; case and spacing ignored).
    #[arg(long, value_name = "REGION")]
    pub region: Option<String>,

    /// With --council: each council's statistical neighbours too.
    #[arg(long, requires = "council")]
    pub neighbours: bool,

    /// Only publications published on or after this date (YYYY-MM-DD, or a year).
    #[arg(long, value_name = "DATE", value_parser = parse_since)]
    pub since: Option<Date>,

    /// Only publications whose label on the site holds these words ("focused
    /// visit", "joint area", "send"; case and spacing ignored); repeatable. A
    /// downloaded file's kind is decided by reading it, not by its label.
    #[arg(long = "kind", value_name = "LABEL")]
    pub labels: Vec<String>,

    #[command(flatten)]
    pub library: LibraryArgs,

    /// List what would be downloaded (only pages are requested; nothing is written).
    #[arg(long)]
    pub dry_run: bool,

    /// Say what the library holds (as `apa library` does) and fetch nothing.
    #[arg(long, conflicts_with = "dry_run")]
    pub status: bool,

    /// Ask again for publications the manifest records as dead links.
    #[arg(long)]
    pub recheck: bool,

    /// The reports site, or a mirror of it.
    #[arg(long, env = "APA_SITE", value_name = "URL", default_value = DEFAULT_SITE)]
    pub site: Url,

    /// Seconds between the start of one request and the next.
    #[arg(long, value_name = "SECONDS", default_value_t = 1.0, value_parser = parse_seconds)]
    pub delay: f64,

    /// Seconds a file's download may take (a page's: at most 10).
    #[arg(long, value_name = "SECONDS", default_value_t = 30.0, value_parser = parse_seconds)]
    pub timeout: f64,

    /// Tries after the first, for timeouts, resets and server errors (never for a 404).
    #[arg(long, value_name = "N", default_value_t = 3)]
    pub retries: u32,

    /// Seconds before the first retry; each later one waits twice as long, with jitter.
    #[arg(long, value_name = "SECONDS", default_value_t = 5.0, value_parser = parse_seconds)]
    pub backoff: f64,

    /// The --dry-run list's format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

fn parse_seconds(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if v.is_finite() && (0.0..=3600.0).contains(&v) => Ok(v),
        _ => Err(format!("'{s}' is not a number of seconds from 0 to 3600")),
    }
}

fn parse_since(s: &str) -> Result<Date, String> {
    let t = s.trim();
    if let Some(d) = apa::fetch::site::iso_date(t) {
        return Ok(d);
    }
    if let Ok(y) = t.parse::<i32>()
        && let Some(d) = Date::new(y, 1, 1)
    {
        return Ok(d);
    }
    Err(format!("'{s}' is not a date (YYYY-MM-DD) or a year"))
}

/// A publication `--dry-run` would download.
#[derive(Serialize)]
struct Planned {
    council: String,
    label: String,
    published: Option<Date>,
    file_id: String,
    url: String,
}

impl Tabular for Planned {
    fn columns() -> Columns<Planned> {
        Columns(vec![
            Col::new("council", "The council", |r: &Planned| {
                Value::text(&r.council)
            })
            .shown(Fit::Whole)
            .label(),
            Col::new(
                "label",
                "The publication's label on the site",
                |r: &Planned| Value::text(&r.label),
            )
            .shown(Fit::Wrap),
            Col::new("published", "When it was published", |r: &Planned| {
                Value::Date(r.published)
            })
            .shown(Fit::Whole),
            Col::new("file_id", "Its id on the files service", |r: &Planned| {
                Value::text(&r.file_id)
            })
            .shown(Fit::Whole)
            .drop(1),
            Col::new("url", "Where it is", |r: &Planned| Value::text(&r.url)),
        ])
    }
}

/// The progress bar: pages read, files downloaded, bytes.
struct Bar {
    bar: ProgressBar,
    pages: AtomicU64,
    pages_total: AtomicU64,
    files: AtomicU64,
    files_total: AtomicU64,
    bytes: AtomicU64,
}

impl Bar {
    fn new(shown: bool) -> Bar {
        let bar = if shown {
            let b = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
            if let Ok(style) = ProgressStyle::with_template("{spinner} fetching: {msg} {elapsed}") {
                b.set_style(style);
            }
            b.enable_steady_tick(Duration::from_millis(200));
            b
        } else {
            ProgressBar::hidden()
        };
        Bar {
            bar,
            pages: AtomicU64::new(0),
            pages_total: AtomicU64::new(0),
            files: AtomicU64::new(0),
            files_total: AtomicU64::new(0),
            bytes: AtomicU64::new(0),
        }
    }

    fn show(&self) {
        let get = |a: &AtomicU64| a.load(Ordering::Relaxed);
        let total = get(&self.pages_total);
        let pages = if total > 0 {
            format!("pages {}/{total}", get(&self.pages))
        } else {
            format!("pages {}", get(&self.pages))
        };
        self.bar.set_message(format!(
            "{pages}, files {}/{}, {}",
            get(&self.files),
            get(&self.files_total),
            megabytes(get(&self.bytes))
        ));
    }
}

impl Progress for Bar {
    fn providers(&self, count: usize) {
        let done = self.pages.load(Ordering::Relaxed);
        self.pages_total
            .store(done + count as u64, Ordering::Relaxed);
        self.show();
    }
    fn page(&self) {
        self.pages.fetch_add(1, Ordering::Relaxed);
        self.show();
    }
    fn files(&self, count: usize) {
        self.files_total.fetch_add(count as u64, Ordering::Relaxed);
        self.show();
    }
    fn file_done(&self, bytes: u64) {
        self.files.fetch_add(1, Ordering::Relaxed);
        self.bytes.fetch_add(bytes, Ordering::Relaxed);
        self.show();
    }
    fn note(&self, message: &str) {
        self.bar.suspend(|| say(&format!("apa: {message}")));
    }
}

/// Bytes as megabytes, one decimal.
pub fn megabytes(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1_000_000.0)
}

pub fn run(
    args: &FetchArgs,
    display: &DisplayArgs,
    out: &mut dyn Write,
) -> anyhow::Result<Outcome> {
    let library = args.library.dir()?;
    if args.status {
        return crate::cli::cmd::library::status(&library, Format::Table, &display.style(), out);
    }
    let mut councils = resolve_councils(&args.council)?;
    if args.neighbours {
        councils = with_neighbours(&councils);
    }
    let region = args.region.as_deref().map(resolve_region).transpose()?;
    if !matches!(args.site.scheme(), "http" | "https") {
        return Err(UsageError(format!(
            "--site {}: not an http or https address",
            args.site
        ))
        .into());
    }
    let opts = Options {
        site: args.site.clone(),
        library: library.clone(),
        councils,
        region,
        since: args.since,
        labels: args.labels.clone(),
        dry_run: args.dry_run,
        recheck: args.recheck,
        politeness: Politeness {
            delay: Duration::from_secs_f64(args.delay),
            page_timeout: Duration::from_secs_f64(args.timeout.min(10.0)),
            file_timeout: Duration::from_secs_f64(args.timeout),
            retries: args.retries,
            backoff: Duration::from_secs_f64(args.backoff),
        },
    };
    let bar = Bar::new(std::io::stderr().is_terminal());
    let summary = fetch::run(&opts, &bar);
    bar.bar.finish_and_clear();
    let summary = summary?;
    // Councils replaced by others, each with its successors; any other
    // council the search lacks, in one line.
    let (plain, replaced): (Vec<_>, Vec<_>) = summary
        .missing
        .iter()
        .partition(|(_, why)| why == apa::fetch::NOT_ON_SEARCH);
    for (council, why) in replaced {
        say(&format!("apa: note: {council}: {why}"));
    }
    if !plain.is_empty() {
        let names: Vec<&str> = plain.iter().map(|(c, _)| c.as_str()).collect();
        let shown = if names.len() > 12 {
            format!("{}, and {} more", names[..12].join(", "), names.len() - 12)
        } else {
            names.join(", ")
        };
        say(&format!(
            "apa: note: {} council{} apa knows {} not on the site's search: {shown}",
            names.len(),
            plural(names.len()),
            if names.len() == 1 { "is" } else { "are" }
        ));
    }
    if args.dry_run {
        let rows: Vec<Planned> = summary
            .planned
            .iter()
            .map(|p| Planned {
                council: p.council.clone(),
                label: p.publication.label.clone(),
                published: p.publication.published,
                file_id: p.publication.file_id.clone(),
                url: p.publication.url.to_string(),
            })
            .collect();
        render(&rows, args.format, &display.style(), out)?;
        say(&format!(
            "apa: would download {} of the {} publications listed on {} council page{} ({} already in {}); nothing was written",
            rows.len(),
            summary.listed,
            summary.providers_read,
            plural(summary.providers_read),
            summary.known,
            library.display()
        ));
    } else {
        let new = summary.downloaded.len();
        let what = if new == 0 {
            "nothing new".to_string()
        } else {
            format!(
                "{new} new document{} ({})",
                plural(new),
                megabytes(summary.bytes())
            )
        };
        say(&format!(
            "apa: fetched {what} from {} council page{} into {}; {} already there; {} request{}",
            summary.providers_read,
            plural(summary.providers_read),
            library.display(),
            summary.known,
            summary.requests,
            plural(summary.requests as usize),
        ));
        if !summary.dead.is_empty() {
            say(&format!(
                "apa: {} dead link{} recorded in the manifest (the site gives no PDF for them); `apa library` lists them",
                summary.dead.len(),
                plural(summary.dead.len())
            ));
        }
        if !summary.failed.is_empty() {
            say(&format!(
                "apa: {} download{} failed and will be tried again on the next run",
                summary.failed.len(),
                plural(summary.failed.len())
            ));
        }
    }
    for (url, why) in &summary.page_failures {
        say(&format!("apa: error: {url}: {why}"));
    }
    Ok(Outcome {
        failed_inputs: usize::from(summary.failed()),
        ..Outcome::default()
    })
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

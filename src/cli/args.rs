//! The clap arguments the commands share (where the documents come from, how
//! output looks, the filters), and the councils, regions and kinds they name,
//! resolved once into what the commands use.

use crate::cli::UsageError;
use crate::cli::load::cache::Cache;
use crate::cli::load::{self, Loaded, Origin, Reading};
use crate::cli::output::{ColorChoice, Style, say};
use apa::analysis::Filter;
use apa::council::Registry;
use apa::model::DocumentKind;
use clap::Args;
use std::path::PathBuf;

/// Where the documents come from.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Report files or folders (PDF or text; folders are walked for *.pdf and *.txt).
    /// `-` reads standard input. With none, apa reads --dir, or else the sample
    /// reports built into apa.
    pub paths: Vec<PathBuf>,

    /// A folder of reports to read when no PATH is given.
    #[arg(long, env = "APA_REPORTS", value_name = "DIR")]
    pub dir: Option<PathBuf>,

    #[command(flatten)]
    pub library: LibraryArgs,
}

/// The library `apa fetch` keeps.
#[derive(Debug, Args, Clone, Default)]
pub struct LibraryArgs {
    /// The library `apa fetch` keeps and the commands read when no PATH or
    /// --dir is given [default: $XDG_DATA_HOME/apa/library, else ~/.local/share/apa/library].
    #[arg(long = "library", env = "APA_LIBRARY", value_name = "DIR")]
    pub path: Option<PathBuf>,
}

impl LibraryArgs {
    /// The library's folder, whether or not it exists yet.
    pub fn dir(&self) -> anyhow::Result<PathBuf> {
        match &self.path {
            Some(p) if !p.as_os_str().is_empty() => Ok(p.clone()),
            _ => apa::fetch::library::default_dir().ok_or_else(|| {
                UsageError(
                    "no folder for the library: give --library DIR (or set APA_LIBRARY or HOME)"
                        .into(),
                )
                .into()
            }),
        }
    }

    /// The library's folder where a library is there.
    pub fn existing(&self) -> Option<PathBuf> {
        self.dir()
            .ok()
            .filter(|d| apa::fetch::library::is_library(d))
    }
}

impl InputArgs {
    /// The paths given, else --dir, else the library where there is one, else
    /// the samples.
    pub fn origin(&self) -> Origin {
        if !self.paths.is_empty() {
            Origin::Paths(self.paths.clone())
        } else if let Some(d) = &self.dir {
            Origin::Paths(vec![d.clone()])
        } else if let Some(lib) = self.library.existing() {
            Origin::Library(lib)
        } else {
            Origin::Samples
        }
    }

    /// Loads the documents and reports each failure on stderr.
    pub fn load(&self, display: &DisplayArgs) -> Loaded {
        let verbose = display.verbose;
        let loaded = load::load(self.origin(), &display.reading());
        for f in &loaded.failures {
            say(&format!("apa: error: {}: {}", f.file, f.message));
        }
        if verbose {
            for r in &loaded.reports {
                for d in &r.diagnostics {
                    match d.line {
                        Some(l) => say(&format!("apa: note: {}:{l}: {}", r.file, d.message)),
                        None => say(&format!("apa: note: {}: {}", r.file, d.message)),
                    }
                }
            }
        }
        loaded
    }
}

/// What the listing commands (grades, findings, themes, inspections, export,
/// report) share: where the documents come from and which of them to keep,
/// resolved once by [`Selection::read`].
#[derive(Debug, Args)]
pub struct Selection {
    #[command(flatten)]
    pub input: InputArgs,

    #[command(flatten)]
    pub filter: FilterArgs,
}

impl Selection {
    /// The filter resolved (councils, neighbours, region; a usage error if one
    /// is unknown), then the documents loaded.
    pub fn read(&self, display: &DisplayArgs) -> anyhow::Result<(Filter, Loaded)> {
        let filter = self.filter.filter()?;
        Ok((filter, self.input.load(display)))
    }
}

/// Where `compare` and `trend` read reports: `--reports`, `--dir`, the
/// library, else the samples.
#[derive(Debug, Args)]
pub struct ReportsArgs {
    /// Report files or folders to read instead of --dir or the built-in samples (repeatable).
    #[arg(long = "reports", value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// A folder of reports to read instead of the library or the built-in samples.
    #[arg(long, env = "APA_REPORTS", value_name = "DIR")]
    pub dir: Option<PathBuf>,

    #[command(flatten)]
    pub library: LibraryArgs,
}

impl ReportsArgs {
    /// Where to read: `extra` (paths given among the positional arguments),
    /// then `--reports`, then `--dir`, then the library, else the samples.
    pub fn input(&self, extra: &[PathBuf]) -> InputArgs {
        InputArgs {
            paths: extra.iter().chain(&self.paths).cloned().collect(),
            dir: self.dir.clone(),
            library: self.library.clone(),
        }
    }
}

/// Positional arguments of `compare` and `trend` split into councils and report
/// paths: an argument that names an existing file or folder, or is written as a
/// path (with a `/` or a `.pdf`/`.txt` ending), is a path. A path that does not
/// exist is a usage error that says so, rather than "unknown council".
pub fn councils_and_paths(args: &[String]) -> anyhow::Result<(Vec<String>, Vec<PathBuf>)> {
    let mut councils = Vec::new();
    let mut paths = Vec::new();
    for a in args {
        let p = PathBuf::from(a);
        let lower = a.to_lowercase();
        let written_as_path = a.contains('/')
            || a.contains('\\')
            || lower.ends_with(".pdf")
            || lower.ends_with(".txt");
        if p.exists() {
            paths.push(p);
        } else if written_as_path {
            return Err(UsageError(format!(
                "'{a}' looks like a path to reports, but there is no such file or folder"
            ))
            .into());
        } else {
            councils.push(a.clone());
        }
    }
    Ok((councils, paths))
}

/// Colour and diagnostics.
#[derive(Debug, Args, Clone, Copy)]
pub struct DisplayArgs {
    /// Colour grades by level: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always (whatever they say), never.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,

    /// Print each report's diagnostics (values that could not be read, sources that disagree) on stderr.
    #[arg(long, short, global = true)]
    pub verbose: bool,

    /// Neither read nor write the cache of parsed records.
    #[arg(long, global = true)]
    pub no_cache: bool,

    /// Write CSV cells as they are, even one a spreadsheet would run as a formula
    /// (starting with =, +, -, @, a tab or a carriage return); by default such a cell
    /// starts with a ' so that it is read as text (OWASP's advice on CSV injection).
    #[arg(long, global = true)]
    pub csv_raw: bool,
}

impl DisplayArgs {
    /// How documents are read: the cache unless --no-cache, a progress bar on a terminal.
    pub fn reading(&self) -> Reading {
        Reading {
            cache: if self.no_cache { None } else { Cache::open() },
            progress: true,
        }
    }

    pub fn style(&self) -> Style {
        Style {
            csv_raw: self.csv_raw,
            ..Style::new(self.color)
        }
    }
}

/// Filters shared by the commands that list judgements.
#[derive(Debug, Args, Default)]
pub struct FilterArgs {
    /// Only this council (any spelling, or its LA or ONS code); repeatable.
    #[arg(long, value_name = "COUNCIL")]
    pub council: Vec<String>,

    /// Only councils in this region ("London", "north west"; case and spacing ignored).
    #[arg(long, value_name = "REGION")]
    pub region: Option<String>,

    /// With --council: each council's statistical neighbours too (DfE's ten
    /// nearest, as `apa councils --format csv` lists them).
    #[arg(long, requires = "council")]
    pub neighbours: bool,

    /// Only judgements about this year; repeatable.
    #[arg(long, value_name = "YEAR")]
    pub year: Vec<i32>,

    /// Only this kind of document; repeatable.
    #[arg(long, value_name = "KIND", value_parser = kind_parser())]
    pub kind: Vec<DocumentKind>,
}

impl FilterArgs {
    pub fn filter(&self) -> anyhow::Result<Filter> {
        let mut councils = resolve_councils(&self.council)?;
        if self.neighbours {
            councils = with_neighbours(&councils);
        }
        Ok(Filter {
            councils,
            years: self.year.clone(),
            kinds: self.kind.clone(),
            areas: Vec::new(),
            region: self.region.as_deref().map(resolve_region).transpose()?,
        })
    }
}

/// Canonical names of councils given in any spelling, each once (a council
/// named twice, in two spellings or not, is one); an unknown one is a usage
/// error.
pub fn resolve_councils(given: &[String]) -> anyhow::Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for c in given {
        let name = Registry::get()
            .resolve(c)
            .map(|e| e.name.clone())
            .map_err(|e| anyhow::Error::new(UsageError(e.to_string())))?;
        if !out.contains(&name) {
            out.push(name);
        }
    }
    Ok(out)
}

/// The councils and, after them, each one's statistical neighbours, each once.
pub fn with_neighbours(councils: &[String]) -> Vec<String> {
    let registry = Registry::get();
    let mut out = councils.to_vec();
    for c in councils {
        let Ok(entry) = registry.resolve(c) else {
            continue;
        };
        for n in entry
            .neighbours
            .iter()
            .filter_map(|code| registry.by_code(code))
        {
            if !out.contains(&n.name) {
                out.push(n.name.clone());
            }
        }
    }
    out
}

/// A region as the registry names it, from any case and spacing; an unknown one
/// is a usage error that lists the regions.
pub fn resolve_region(given: &str) -> anyhow::Result<String> {
    let squash = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let mut regions: Vec<&str> = Registry::get()
        .entries()
        .iter()
        .map(|e| e.region.as_str())
        .filter(|r| !r.is_empty())
        .collect();
    regions.sort();
    regions.dedup();
    match regions.iter().find(|r| squash(r) == squash(given)) {
        Some(r) => Ok(r.to_string()),
        None => Err(UsageError(format!(
            "unknown region '{given}' (one of: {})",
            regions.join(", ")
        ))
        .into()),
    }
}

/// The kinds of document, listed in `--help` from the model's own list so that
/// the two cannot drift. A kind of finding given here ("strength") is pointed
/// to `--finding`.
pub fn kind_parser() -> KindParser {
    KindParser
}

#[derive(Clone, Copy, Debug)]
pub struct KindParser;

impl clap::builder::TypedValueParser for KindParser {
    type Value = DocumentKind;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<DocumentKind, clap::Error> {
        let text = value.to_string_lossy();
        if let Some(k) = DocumentKind::ALL.into_iter().find(|k| k.as_str() == text) {
            return Ok(k);
        }
        let flag = arg
            .map(|a| a.to_string())
            .unwrap_or_else(|| "--kind".into());
        let kinds: Vec<&str> = DocumentKind::ALL.map(DocumentKind::as_str).to_vec();
        let finding = apa::model::FindingKind::ALL
            .into_iter()
            .any(|k| k.as_str() == text);
        let hint = if finding {
            format!(
                "'{text}' is a kind of finding: `apa findings --finding {text}` lists those; {flag} takes a kind of document"
            )
        } else {
            format!("invalid value '{text}' for '{flag}'")
        };
        let mut err = clap::Error::raw(
            clap::error::ErrorKind::InvalidValue,
            format!("{hint} (one of: {})\n", kinds.join(", ")),
        );
        err = err.with_cmd(cmd);
        Err(err)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(DocumentKind::ALL.into_iter().map(|k| {
            clap::builder::PossibleValue::new(k.as_str()).help(k.spec().label)
        })))
    }
}

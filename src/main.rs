//! The `apa` command: parses arguments, runs one command, maps the outcome to an
//! exit code (0 ok; 1 `check` found failures; 2 usage, I/O or unreadable input).

mod cli;

use clap::{CommandFactory, Parser, Subcommand};
use std::io::{self, Write};
use std::process::ExitCode;

const EXIT_CODES: &str = "Exit codes: 0 all went well; 1 `apa check` found a problem (a missing or unreadable \
judgement, a file it could not parse) or a policy failure, or a command found nothing to show (said on stderr); 2 a usage error, a file or folder that could not be \
opened, or, for the other commands, a file that could not be read or parsed (the other files are still processed).";

/// Analyse English children's services inspection reports (2005-2026): grades,
/// strengths and areas for improvement, compared across councils and years.
#[derive(Debug, Parser)]
#[command(name = "apa", version, after_help = EXIT_CODES)]
struct Cli {
    #[command(flatten)]
    display: cli::args::DisplayArgs,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Download every children's services publication on Ofsted's reports site into a local library (only what it lacks), which every command then reads.
    Fetch(cli::cmd::fetch::FetchArgs),
    /// What the library `apa fetch` keeps holds: councils, documents by label and year, dead links.
    Library(cli::cmd::library::LibraryCmdArgs),
    /// Parse reports into typed records (JSON).
    Parse(cli::cmd::parse::ParseArgs),
    /// One row per graded judgement: council, year, kind, scope, area, grade as printed, level, score, source.
    Grades(cli::cmd::grades::GradesArgs),
    /// One row per strength, area for improvement, area for exploration or action.
    Findings(cli::cmd::findings::FindingsArgs),
    /// One row per inspection or letter, each judgement a column; --latest, --summary.
    Inspections(cli::cmd::inspections::InspectionsArgs),
    /// The most common themes of what needs to improve, with counts, councils and an example.
    Themes(cli::cmd::themes::ThemesArgs),
    /// Councils side by side: grades, strengths and areas for improvement, shared weaknesses.
    Compare(cli::cmd::compare::CompareArgs),
    /// One council's grades over the years, with each value's source and any disagreement.
    Trend(cli::cmd::trend::TrendArgs),
    /// The councils apa knows, with LA and ONS codes and regions.
    Councils(cli::cmd::councils::CouncilsArgs),
    /// The data set as an Excel workbook: inspections, latest grades, grades, findings, summary, sources.
    Export(cli::cmd::export::ExportArgs),
    /// One self-contained HTML page: a grade heatmap, each council's timeline, summaries, provenance.
    Report(cli::cmd::report::ReportArgs),
    /// For CI: whether each file parsed and has every judgement its framework requires; policy checks on grades.
    Check(cli::cmd::check::CheckArgs),
    /// The JSON Schema of the records `apa parse` writes.
    Schema,
    /// The cache of parsed records: clear it, or see where it is and what it holds.
    Cache(cli::cmd::cache::CacheArgs),
    /// A shell's completion script for apa (bash, zsh, fish, elvish, powershell).
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// apa's manual page (roff), e.g. `apa man > apa.1`.
    Man,
}

fn main() -> ExitCode {
    cli::load::install_panic_hook();
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(Quiet {
        inner: stdout.lock(),
    });
    let result = match &cli.command {
        Command::Fetch(a) => cli::cmd::fetch::run(a, &cli.display, &mut out),
        Command::Library(a) => cli::cmd::library::run(a, &cli.display, &mut out),
        Command::Parse(a) => cli::cmd::parse::run(a, &cli.display, &mut out),
        Command::Grades(a) => cli::cmd::grades::run(a, &cli.display, &mut out),
        Command::Findings(a) => cli::cmd::findings::run(a, &cli.display, &mut out),
        Command::Themes(a) => cli::cmd::themes::run(a, &cli.display, &mut out),
        Command::Inspections(a) => cli::cmd::inspections::run(a, &cli.display, &mut out),
        Command::Compare(a) => cli::cmd::compare::run(a, &cli.display, &mut out),
        Command::Trend(a) => cli::cmd::trend::run(a, &cli.display, &mut out),
        Command::Councils(a) => cli::cmd::councils::run(a, &cli.display, &mut out),
        Command::Check(a) => cli::cmd::check::run(a, &cli.display, &mut out),
        Command::Export(a) => cli::cmd::export::run(a, &cli.display, &mut out),
        Command::Report(a) => cli::cmd::report::run(a, &cli.display, &mut out),
        Command::Schema => cli::cmd::schema::run(&mut out),
        Command::Cache(a) => cli::cmd::cache::run(a, &cli.display.style(), &mut out),
        Command::Completions { shell } => {
            clap_complete::generate(*shell, &mut Cli::command(), "apa", &mut out);
            Ok(cli::Outcome::default())
        }
        Command::Man => clap_mangen::Man::new(Cli::command())
            .render(&mut out)
            .map(|_| cli::Outcome::default())
            .map_err(Into::into),
    };
    let result = result.and_then(|o| out.flush().map(|_| o).map_err(Into::into));
    match result {
        Ok(outcome) if outcome.failed_inputs > 0 => ExitCode::from(2),
        Ok(outcome) if outcome.check_failed || outcome.nothing_found => ExitCode::from(1),
        Ok(_) => ExitCode::SUCCESS,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            cli::output::say(&format!("apa: error: {e:#}"));
            ExitCode::from(2)
        }
    }
}

/// Standard output that takes a closed pipe (`apa ... | head`) as the reader
/// having had enough: the rest is dropped and the command runs to its end, so
/// that its exit status still says how the run went.
struct Quiet<W: Write> {
    inner: W,
}

impl<W: Write> Write for Quiet<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self.inner.write(buf) {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(buf.len()),
            other => other,
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self.inner.flush() {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
            other => other,
        }
    }
}

/// `apa ... | head` closes the pipe early; that is not an error.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

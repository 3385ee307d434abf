//! What the CLI tests share: the real binary, run as a script would run it.

use assert_cmd::Command;

/// `apa` with no colour, no reports folder from the environment, and a cache of
/// its own under the build's temporary folder (never the user's).
pub fn apa() -> Command {
    let mut c = Command::cargo_bin("apa").unwrap();
    c.env("NO_COLOR", "1")
        .env(
            "APA_CACHE_DIR",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/apa-cache"),
        )
        .env_remove("APA_REPORTS");
    c
}

/// What a run that must succeed prints on stdout; a failure shows its stderr.
#[allow(dead_code)] // not every test file runs such commands
pub fn stdout_of(mut apa: Command, args: &[&str]) -> String {
    let out = apa.args(args).output().unwrap();
    assert!(
        out.status.success(),
        "apa {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

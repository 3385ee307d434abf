//! The library: a folder of downloaded publications that a person can browse
//! (`<council>/<label> - <date>.pdf`) and its manifest (`manifest.csv`, one
//! row per publication). A run holds the folder's lock; a file appears under
//! its final name only once complete and checked, and the manifest is
//! replaced whole (written beside, then renamed), so that a run killed at any
//! moment leaves the two consistent. apa never overwrites or deletes a file in
//! the library but its own manifest and its own unfinished downloads.

use crate::model::Date;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

pub const MANIFEST: &str = "manifest.csv";
const LOCK: &str = ".lock";
const PARTIAL: &str = ".partial";

/// What became of a publication.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// In the library, checked.
    Ok,
    /// The site gives no PDF for it (an HTML page, a 404, bytes that are not
    /// a PDF); not asked for again unless `--recheck`.
    Dead,
    /// A fault that may pass (timeouts, 5xx, a body cut short); tried again on
    /// the next run.
    Failed,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Dead => "dead",
            Status::Failed => "failed",
        }
    }
}

/// One publication in the manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// The file's id on the files service: the key.
    pub file_id: String,
    /// The provider page's unique reference number.
    pub urn: String,
    /// The council, as apa names it (the site's name where apa knows no
    /// council by it).
    pub council: String,
    /// The council's DfE code, where apa knows the council.
    pub la_code: String,
    /// The publication's label on the site, without its date.
    pub label: String,
    /// The publication date the site gives (`YYYY-MM-DD`).
    pub published: String,
    pub url: String,
    /// The file in the library, relative to it, `/` between parts; empty
    /// unless `ok`.
    pub path: String,
    pub sha256: String,
    pub size: Option<u64>,
    /// When it was fetched (or last tried), UTC.
    pub fetched: String,
    pub status: Status,
    /// Why a publication is dead or failed.
    pub reason: String,
}

impl Entry {
    pub fn published_date(&self) -> Option<Date> {
        crate::fetch::site::iso_date(&self.published)
    }
}

/// The manifest's rows, each file id once.
#[derive(Debug, Default, Clone)]
pub struct Manifest {
    pub entries: Vec<Entry>,
}

impl Manifest {
    pub fn get(&self, file_id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.file_id == file_id)
    }

    /// Adds an entry or replaces the one with its file id.
    pub fn put(&mut self, entry: Entry) {
        match self.entries.iter_mut().find(|e| e.file_id == entry.file_id) {
            Some(e) => *e = entry,
            None => self.entries.push(entry),
        }
    }

    /// The manifest in a folder; an empty one where there is none.
    pub fn read(dir: &Path) -> anyhow::Result<Manifest> {
        let path = dir.join(MANIFEST);
        if !path.exists() {
            return Ok(Manifest::default());
        }
        let mut entries = Vec::new();
        let mut reader = csv::Reader::from_path(&path)
            .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
        for (i, row) in reader.deserialize::<Entry>().enumerate() {
            let entry =
                row.map_err(|e| anyhow::anyhow!("{}: row {}: {e}", path.display(), i + 2))?;
            entries.push(entry);
        }
        Ok(Manifest { entries })
    }

    /// Rows in a stable order: council, then newest first, then file id.
    fn sorted(&self) -> Vec<&Entry> {
        let mut rows: Vec<&Entry> = self.entries.iter().collect();
        rows.sort_by(|a, b| {
            a.council
                .cmp(&b.council)
                .then(b.published.cmp(&a.published))
                .then(a.file_id.cmp(&b.file_id))
        });
        rows
    }
}

/// A library opened for writing: its folder, its manifest, and the lock that
/// keeps a second run out while this one writes.
pub struct Library {
    pub dir: PathBuf,
    pub manifest: Manifest,
    _lock: File,
}

/// Whether a folder is a library: it holds a manifest.
pub fn is_library(dir: &Path) -> bool {
    dir.join(MANIFEST).is_file()
}

impl Library {
    /// Opens a library for writing, making the folder if it is missing. A
    /// folder that holds other files and no manifest is refused, so that a
    /// mistyped path never mixes downloads into someone's folder.
    pub fn open(dir: &Path) -> anyhow::Result<Library> {
        fs::create_dir_all(dir).map_err(|e| {
            anyhow::anyhow!("{}: cannot make the library folder: {e}", dir.display())
        })?;
        if !is_library(dir) {
            let others = fs::read_dir(dir)
                .map_err(|e| anyhow::anyhow!("{}: {e}", dir.display()))?
                .filter_map(Result::ok)
                .any(|e| {
                    let name = e.file_name();
                    name != LOCK && name != PARTIAL
                });
            if others {
                anyhow::bail!(
                    "{}: this folder holds other files and no {MANIFEST}, so it is not an apa library; name an empty or new folder with --library",
                    dir.display()
                );
            }
        }
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(dir.join(LOCK))
            .map_err(|e| anyhow::anyhow!("{}: cannot lock the library: {e}", dir.display()))?;
        if lock.try_lock().is_err() {
            anyhow::bail!(
                "{}: another apa fetch is writing this library; wait for it to finish",
                dir.display()
            );
        }
        // Downloads a killed run left unfinished: ours, and never final.
        let partial = dir.join(PARTIAL);
        if partial.is_dir() {
            for e in fs::read_dir(&partial)?.filter_map(Result::ok) {
                if e.file_name().to_string_lossy().ends_with(".part") {
                    let _ = fs::remove_file(e.path());
                }
            }
        }
        let manifest = Manifest::read(dir)?;
        Ok(Library {
            dir: dir.to_path_buf(),
            manifest,
            _lock: lock,
        })
    }

    /// Writes the manifest whole beside the old one, then puts it in its
    /// place: a reader sees the old manifest or the new, never half of one.
    pub fn save(&self) -> anyhow::Result<()> {
        let tmp = self.dir.join(format!(".{MANIFEST}.part"));
        let mut out = Vec::new();
        {
            let mut w = csv::Writer::from_writer(&mut out);
            for e in self.manifest.sorted() {
                w.serialize(e)?;
            }
            if self.manifest.entries.is_empty() {
                w.write_record(HEADERS)?;
            }
            w.flush()?;
        }
        let mut f = File::create(&tmp)?;
        f.write_all(&out)?;
        f.sync_all()?;
        drop(f);
        fs::rename(&tmp, self.dir.join(MANIFEST))?;
        Ok(())
    }

    /// Puts a checked download in the library under its name and returns that
    /// name (relative, `/` between parts) and its SHA-256. The bytes are
    /// written and synced under `.partial/` first, then moved; where the name
    /// is taken by a different file, the file id is added to it, and where it
    /// holds the same bytes (a run killed after the move), it is used as is.
    pub fn store(
        &self,
        council: &str,
        label: &str,
        published: Option<Date>,
        file_id: &str,
        bytes: &[u8],
    ) -> anyhow::Result<(String, String)> {
        let sha = hex(&Sha256::digest(bytes));
        let folder = clean_name(council);
        let stem = match published {
            Some(d) => format!("{} - {d}", clean_name(label)),
            None => format!("{} - {file_id}", clean_name(label)),
        };
        fs::create_dir_all(self.dir.join(&folder))?;
        let partial = self.dir.join(PARTIAL);
        fs::create_dir_all(&partial)?;
        let tmp = partial.join(format!("{file_id}.part"));
        {
            let mut f = File::create(&tmp)?;
            f.write_all(bytes)?;
            f.sync_all()?;
        }
        for name in [format!("{stem}.pdf"), format!("{stem} ({file_id}).pdf")] {
            let relative = format!("{folder}/{name}");
            let target = self.dir.join(&folder).join(&name);
            if target.exists() {
                if fs::read(&target).is_ok_and(|b| hex(&Sha256::digest(&b)) == sha) {
                    let _ = fs::remove_file(&tmp);
                    return Ok((relative, sha));
                }
                continue;
            }
            fs::rename(&tmp, &target)?;
            return Ok((relative, sha));
        }
        let _ = fs::remove_file(&tmp);
        anyhow::bail!(
            "{}/{stem}.pdf and {stem} ({file_id}).pdf are both taken by other files",
            folder
        )
    }
}

const HEADERS: [&str; 13] = [
    "file_id",
    "urn",
    "council",
    "la_code",
    "label",
    "published",
    "url",
    "path",
    "sha256",
    "size",
    "fetched",
    "status",
    "reason",
];

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A name that is safe as one file or folder name on every common system:
/// no separators, reserved characters or control characters, no leading dot,
/// at most 120 bytes.
pub fn clean_name(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let c = match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '-',
            c if c.is_control() => ' ',
            c => c,
        };
        if out.len() + c.len_utf8() > 120 {
            break;
        }
        out.push(c);
    }
    let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    let out = out.trim_matches(|c: char| c == '.' || c == ' ').to_string();
    if out.is_empty() {
        "unnamed".to_string()
    } else {
        out
    }
}

/// The library's default folder: `$XDG_DATA_HOME/apa/library`, else
/// `~/.local/share/apa/library`.
pub fn default_dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("XDG_DATA_HOME").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(d).join("apa").join("library"));
    }
    let home = std::env::var_os("HOME").filter(|h| !h.is_empty())?;
    Some(
        PathBuf::from(home)
            .join(".local")
            .join("share")
            .join("apa")
            .join("library"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_safe_on_every_system() {
        assert_eq!(
            clean_name("Children's services inspection"),
            "Children's services inspection"
        );
        assert_eq!(clean_name("../../etc/passwd"), "-..-etc-passwd");
        assert_eq!(clean_name(" a\tb\u{7}c: d "), "a b c- d");
        assert_eq!(clean_name("..."), "unnamed");
        assert!(clean_name(&"x".repeat(500)).len() <= 120);
    }

    #[test]
    fn a_manifest_is_written_whole_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let mut lib = Library::open(dir.path()).unwrap();
        let (path, sha) = lib
            .store(
                "Bromley",
                "Children's services inspection",
                Date::new(2017, 7, 14),
                "123",
                b"%PDF-1.4 x",
            )
            .unwrap();
        assert_eq!(
            path,
            "Bromley/Children's services inspection - 2017-07-14.pdf"
        );
        lib.manifest.put(Entry {
            file_id: "123".into(),
            urn: "80500".into(),
            council: "Bromley".into(),
            la_code: "305".into(),
            label: "Children's services inspection".into(),
            published: "2017-07-14".into(),
            url: "https://files.ofsted.gov.uk/v1/file/123".into(),
            path: path.clone(),
            sha256: sha,
            size: Some(10),
            fetched: "2026-12-02T00:00:00Z".into(),
            status: Status::Ok,
            reason: String::new(),
        });
        lib.save().unwrap();
        let back = Manifest::read(dir.path()).unwrap();
        assert_eq!(back.entries, lib.manifest.entries);
        // The same bytes again reuse the name; different bytes take another.
        let again = lib
            .store(
                "Bromley",
                "Children's services inspection",
                Date::new(2017, 7, 14),
                "123",
                b"%PDF-1.4 x",
            )
            .unwrap();
        assert_eq!(again.0, path);
        let other = lib
            .store(
                "Bromley",
                "Children's services inspection",
                Date::new(2017, 7, 14),
                "124",
                b"%PDF-1.4 y",
            )
            .unwrap();
        assert_eq!(
            other.0,
            "Bromley/Children's services inspection - 2017-07-14 (124).pdf"
        );
    }

    #[test]
    fn a_folder_of_other_files_is_not_taken_for_a_library() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("notes.txt"), "mine").unwrap();
        let err = Library::open(dir.path()).err().unwrap().to_string();
        assert!(err.contains("not an apa library"), "{err}");
        assert_eq!(
            fs::read_to_string(dir.path().join("notes.txt")).unwrap(),
            "mine"
        );
    }

    #[test]
    fn one_run_at_a_time() {
        let dir = tempfile::tempdir().unwrap();
        let _first = Library::open(dir.path()).unwrap();
        let err = Library::open(dir.path()).err().unwrap().to_string();
        assert!(err.contains("another apa fetch"), "{err}");
    }
}

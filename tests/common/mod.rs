//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};

/// insta settings for every snapshot of the project: snapshots live in the
/// top-level `snapshots/` folder, named by the test, with no module prefix.
#[allow(dead_code)] // Not every test binary takes snapshots.
pub fn snapshot_settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(Path::new(env!("CARGO_MANIFEST_DIR")).join("snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings
}

/// The fixture articles, sorted by name, as paths relative to the package.
#[allow(dead_code)] // Not every test binary reads the fixtures.
pub fn fixture_articles() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/articles");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixture folder")
        .map(|e| e.expect("fixture entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
}

/// A fresh, empty scratch folder for one test of one test binary, removed
/// when the test is done with it. A failing test leaves its folder behind on
/// purpose: the files it wrote are the evidence.
pub struct Scratch(PathBuf);

impl std::ops::Deref for Scratch {
    type Target = Path;

    fn deref(&self) -> &Path {
        &self.0
    }
}

impl AsRef<Path> for Scratch {
    fn as_ref(&self) -> &Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

/// Makes the scratch folder `name`, emptying what a failed run left there.
#[allow(dead_code)] // Not every test binary writes files.
pub fn scratch(name: &str) -> Scratch {
    let binary = env!("CARGO_CRATE_NAME");
    let dir = std::env::temp_dir().join(format!("whosaid-{binary}-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    Scratch(dir)
}

/// Writes `contents` to `path`, creating its folder; returns the path as text.
#[allow(dead_code)] // Not every test binary writes files.
pub fn write(path: &Path, contents: impl AsRef<[u8]>) -> String {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("folder");
    }
    std::fs::write(path, contents).expect("write scratch file");
    path.display().to_string()
}

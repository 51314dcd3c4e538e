//! Finding and loading what a check needs from disk: configuration files
//! (walking up from each checked file), rule directories, and the rule set
//! each configuration makes. Loaded once per configuration file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use whosaid::config::{Config, CONFIG_NAMES};
use whosaid::read::HtmlOptions;
use whosaid::{FileError, RuleSet};

use super::args::RuleSource;

/// A rule set and the configuration it was built from.
pub struct Setup {
    /// The configuration file, if any.
    pub config_path: Option<PathBuf>,
    /// The parsed configuration (default when there is no file).
    pub config: Config,
    /// The rules to check with: the shared base itself when no configuration
    /// changes it.
    pub rules: Arc<RuleSet>,
    /// How to read HTML.
    pub html: HtmlOptions,
}

/// Reads every `.yaml`/`.yml` file under `dir`, sorted by path.
fn read_rule_dir(dir: &Path) -> Result<Vec<(String, String)>, String> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        let entries = std::fs::read_dir(&folder)
            .map_err(|e| format!("{}: cannot read rule directory: {e}", folder.display()))?;
        for entry in entries {
            let entry = entry.map_err(|e| format!("{}: {e}", folder.display()))?;
            let path = entry.path();
            // A link could lead anywhere; rule directories hold plain files.
            if entry
                .file_type()
                .map_err(|e| format!("{}: {e}", path.display()))?
                .is_symlink()
            {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
                let text = std::fs::read_to_string(&path)
                    .map_err(|e| format!("{}: cannot read rule file: {e}", path.display()))?;
                files.push((path.display().to_string(), text));
            }
        }
    }
    files.sort();
    Ok(files)
}

/// `dir` inside `base`: a configuration's rule directories may not reach
/// outside the configuration's own folder.
fn contained(base: &Path, dir: &str) -> Result<PathBuf, String> {
    let base = std::fs::canonicalize(if base.as_os_str().is_empty() {
        Path::new(".")
    } else {
        base
    })
    .map_err(|e| format!("rule_dirs: {e}"))?;
    let target =
        std::fs::canonicalize(base.join(dir)).map_err(|e| format!("rule_dirs entry `{dir}`: {e}"))?;
    if target.starts_with(&base) {
        Ok(target)
    } else {
        Err(format!(
            "rule_dirs entry `{dir}` is outside the configuration's folder"
        ))
    }
}

/// The configuration file that governs `path`: the nearest `.whosaid.yml`
/// or `.whosaid.yaml` in its folder or a folder above.
pub fn discover(path: &Path) -> Option<PathBuf> {
    let start = if path.is_dir() {
        path.to_path_buf()
    } else {
        path.parent()?.to_path_buf()
    };
    let start = if start.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        start
    };
    let absolute = std::fs::canonicalize(&start).unwrap_or(start);
    absolute
        .ancestors()
        .flat_map(|dir| CONFIG_NAMES.iter().map(move |name| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

/// Builds setups, one per configuration file, and remembers them. Problems
/// with `--rules` files are collected once in `rule_errors`; the good files
/// are still used.
pub struct Setups {
    source: RuleSource,
    /// The embedded rules with the `--rules` files, loaded once: each
    /// configuration starts from a copy, which costs far less than loading
    /// the embedded files again, and a run without one uses it as it is.
    base: Arc<RuleSet>,
    /// Bad or unreadable rule files, reported once for the whole run.
    pub rule_errors: Vec<FileError>,
    cache: BTreeMap<Option<PathBuf>, Result<Arc<Setup>, String>>,
}

impl Setups {
    pub fn new(source: &RuleSource) -> Setups {
        let mut rule_errors = Vec::new();
        let extra = match &source.rules {
            Some(dir) => read_rule_dir(dir).unwrap_or_else(|e| {
                rule_errors.push(FileError::new(dir.display().to_string(), e));
                Vec::new()
            }),
            None => Vec::new(),
        };
        let (base, errors) = RuleSet::load_lenient(&extra);
        rule_errors.extend(errors.into_iter().map(FileError::from));
        Setups {
            source: source.clone(),
            base: Arc::new(base),
            rule_errors,
            cache: BTreeMap::new(),
        }
    }

    /// The embedded rules with the `--rules` files: the rule catalogue a
    /// SARIF log describes.
    pub fn base(&self) -> &RuleSet {
        &self.base
    }

    /// The setup for a checked file (or folder).
    pub fn for_path(&mut self, path: &Path) -> Result<Arc<Setup>, String> {
        let config_path = if self.source.no_config {
            None
        } else if let Some(explicit) = &self.source.config {
            Some(explicit.clone())
        } else {
            discover(path)
        };
        if let Some(done) = self.cache.get(&config_path) {
            return done.clone();
        }
        let built = self.build(config_path.clone()).map(Arc::new);
        self.cache.insert(config_path, built.clone());
        built
    }

    fn build(&self, config_path: Option<PathBuf>) -> Result<Setup, String> {
        let mut files = Vec::new();
        let config = match &config_path {
            Some(path) => {
                let shown = path.display().to_string();
                let text =
                    std::fs::read_to_string(path).map_err(|e| format!("{shown}: cannot read config: {e}"))?;
                let config = Config::parse(&shown, &text).map_err(|e| e.to_string())?;
                let base = path.parent().unwrap_or(Path::new("."));
                for dir in &config.rule_dirs {
                    files.extend(read_rule_dir(
                        &contained(base, dir).map_err(|e| format!("{shown}: {e}"))?,
                    )?);
                }
                config
            }
            None => Config::default(),
        };
        // Problems in `--rules` files were reported once by the caller; the
        // problems left belong to the configuration's own rule directories.
        let rules = match config_path {
            None => Arc::clone(&self.base),
            Some(_) => {
                let mut rules = RuleSet::clone(&self.base);
                let files = files.iter().map(|(path, text)| (path.as_str(), text.as_str()));
                if let Some(err) = rules.add_files(files).first() {
                    return Err(err.to_string());
                }
                rules.configure(&config);
                Arc::new(rules)
            }
        };
        let html = config.html_options();
        Ok(Setup {
            config_path,
            config,
            rules,
            html,
        })
    }
}

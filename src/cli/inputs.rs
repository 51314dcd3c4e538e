//! What to check: files named on the command line, folders walked with the
//! `ignore` crate (respecting `.gitignore` and `.whosaidignore`), and standard
//! input. Inputs come out in a deterministic order: arguments in the order
//! given, each folder's files sorted by path.

use std::path::{Path, PathBuf};

use ignore::overrides::OverrideBuilder;
use ignore::WalkBuilder;
use whosaid::read::InputFormat;

use super::args::InputFormatArg;

/// File extensions checked in folders unless `--ext` says otherwise.
pub const DEFAULT_EXTENSIONS: &[&str] = &["md", "markdown", "txt", "html", "htm"];

/// Where an input's text comes from.
pub enum Origin {
    /// A file.
    File(PathBuf),
    /// Standard input.
    Stdin,
}

/// One input to check.
pub struct Input {
    /// The name shown in reports: the path as given or found, or the stdin name.
    pub shown: String,
    /// Where to read it.
    pub origin: Origin,
    /// How to read it.
    pub format: InputFormat,
    /// The path configuration discovery starts from.
    pub config_from: PathBuf,
}

/// How to choose files inside folders.
pub struct Selection<'a> {
    pub extensions: &'a [String],
    pub globs: &'a [String],
    pub format: Option<InputFormatArg>,
    pub stdin_name: Option<&'a str>,
}

fn format_for(name: &str, forced: Option<InputFormatArg>) -> InputFormat {
    match forced {
        Some(InputFormatArg::Text) => InputFormat::Text,
        Some(InputFormatArg::Markdown) => InputFormat::Markdown,
        Some(InputFormatArg::Html) => InputFormat::Html,
        Some(InputFormatArg::Jsonl) | None => InputFormat::from_path(name),
    }
}

/// Expands the command-line paths into inputs; problems (an unreadable
/// folder entry, a bad glob) come back as (path, message) pairs.
pub fn collect(paths: &[PathBuf], selection: &Selection<'_>) -> (Vec<Input>, Vec<(String, String)>) {
    let mut inputs = Vec::new();
    let mut problems = Vec::new();
    let extensions: Vec<String> = if selection.extensions.is_empty() {
        DEFAULT_EXTENSIONS.iter().map(|e| (*e).to_string()).collect()
    } else {
        selection
            .extensions
            .iter()
            .map(|e| e.trim_start_matches('.').to_ascii_lowercase())
            .collect()
    };
    for path in paths {
        if path.as_os_str() == "-" {
            let shown = selection.stdin_name.unwrap_or("<stdin>").to_string();
            let format = format_for(&shown, selection.format);
            let config_from = selection
                .stdin_name
                .map_or_else(|| PathBuf::from("."), PathBuf::from);
            inputs.push(Input {
                shown,
                origin: Origin::Stdin,
                format,
                config_from,
            });
            continue;
        }
        if !path.is_dir() {
            let shown = path.display().to_string();
            let format = format_for(&shown, selection.format);
            inputs.push(Input {
                shown,
                origin: Origin::File(path.clone()),
                format,
                config_from: path.clone(),
            });
            continue;
        }
        match walk(path, &extensions, selection.globs) {
            Ok((found, errors)) => {
                for file in found {
                    let shown = file.display().to_string();
                    let format = format_for(&shown, selection.format);
                    inputs.push(Input {
                        shown,
                        origin: Origin::File(file.clone()),
                        format,
                        config_from: file,
                    });
                }
                problems.extend(errors);
            }
            Err(message) => problems.push((path.display().to_string(), message)),
        }
    }
    (inputs, problems)
}

type Walked = (Vec<PathBuf>, Vec<(String, String)>);

fn walk(root: &Path, extensions: &[String], globs: &[String]) -> Result<Walked, String> {
    let mut builder = WalkBuilder::new(root);
    builder
        .add_custom_ignore_filename(".whosaidignore")
        .require_git(false)
        .sort_by_file_path(Path::cmp);
    if !globs.is_empty() {
        let mut overrides = OverrideBuilder::new(root);
        for glob in globs {
            overrides
                .add(glob)
                .map_err(|e| format!("bad glob `{glob}`: {e}"))?;
        }
        builder.overrides(overrides.build().map_err(|e| e.to_string())?);
    }
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for entry in builder.build() {
        match entry {
            Ok(entry) if entry.file_type().is_some_and(|t| t.is_file()) => {
                let path = entry.into_path();
                let wanted = !globs.is_empty()
                    || path
                        .extension()
                        .and_then(|e| e.to_str())
                        .is_some_and(|e| extensions.iter().any(|x| x.eq_ignore_ascii_case(e)));
                if wanted {
                    files.push(path);
                }
            }
            Ok(_) => {}
            Err(err) => errors.push((root.display().to_string(), err.to_string())),
        }
    }
    files.sort();
    Ok((files, errors))
}

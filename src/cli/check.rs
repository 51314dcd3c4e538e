//! `whosaid check`: reads each file, checks it with the rules its
//! configuration makes, applies the baseline, prints the report in the chosen
//! format and decides the exit code.

use std::io::Write;
use std::path::Path;

use whosaid::baseline::Baseline;
use whosaid::report::{ci, human, sarif};
use whosaid::{FileError, Report, RuleSet, Severity};

use super::args::{CheckArgs, Color, Format};
use super::setup::{read_rule_dir, Setups};
use super::{Failure, Outcome};

/// Reads a file as UTF-8, naming the line and byte where invalid UTF-8 starts.
pub fn read_text(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        format!("invalid UTF-8 at line {line} (byte {at})")
    })
}

/// Writes `contents` to `path` through a temporary file and a rename, so a
/// reader never sees half a file.
pub fn write_atomically(path: &Path, contents: &str) -> Result<(), String> {
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = folder.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = std::fs::write(&temporary, contents).and_then(|()| std::fs::rename(&temporary, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    result.map_err(|e| format!("{}: cannot write: {e}", path.display()))
}

pub fn run(args: &CheckArgs) -> Result<Outcome, Failure> {
    let baseline = match &args.baseline {
        Some(path) => {
            let shown = path.display().to_string();
            let text = read_text(path).map_err(|e| Failure::Message(format!("{shown}: {e}")))?;
            Some(Baseline::parse(&shown, &text).map_err(|e| Failure::Message(e.to_string()))?)
        }
        None => None,
    };
    let mut setups = Setups::new(&args.rules);
    let mut files = Vec::new();
    let mut texts = Vec::new();
    let mut errors: Vec<FileError> = setups.rule_errors.clone();
    let mut notes = Vec::new();
    let mut fails = false;
    for path in &args.paths {
        let shown = path.display().to_string();
        let setup = match setups.for_path(path) {
            Ok(setup) => setup,
            Err(message) => {
                errors.push(FileError::new(shown, message));
                continue;
            }
        };
        let text = match read_text(path) {
            Ok(text) => text,
            Err(message) => {
                errors.push(FileError::new(shown, message));
                continue;
            }
        };
        if text.trim().is_empty() {
            notes.push(format!("whosaid: {shown}: empty file, nothing to check"));
        }
        let mut file = whosaid::check(&shown, &text, &setup.rules);
        let min_level: Severity = args
            .min_level
            .map(Into::into)
            .or(setup.config.min_level)
            .unwrap_or(Severity::Info);
        file.diagnostics.retain(|d| d.severity >= min_level);
        if let Some(baseline) = &baseline {
            baseline.apply(&mut file);
        }
        let fail_level: Severity = args
            .fail_level
            .map(Into::into)
            .or(setup.config.fail_level)
            .unwrap_or(Severity::Error);
        fails |= file
            .diagnostics
            .iter()
            .any(|d| d.is_active() && d.severity >= fail_level);
        files.push(file);
        texts.push(text);
    }
    let report = Report::new(files, errors);
    if let Some(path) = &args.write_baseline {
        write_atomically(path, &Baseline::record(&report.files).to_json()).map_err(Failure::Message)?;
    }
    let mut stdout = std::io::stdout().lock();
    match args.format {
        Format::Json => stdout.write_all(report.to_json().as_bytes())?,
        Format::Yaml => stdout.write_all(report.to_yaml().as_bytes())?,
        Format::Line => stdout.write_all(ci::line(&report).as_bytes())?,
        Format::Rdjsonl => stdout.write_all(ci::rdjsonl(&report).as_bytes())?,
        Format::Sarif => {
            let extra = args
                .rules
                .rules
                .as_deref()
                .map(read_rule_dir)
                .and_then(Result::ok)
                .unwrap_or_default();
            let (rules, _) = RuleSet::load_lenient(&extra);
            stdout.write_all(sarif::render(&report, &rules).as_bytes())?;
        }
        Format::Github => {
            let output = ci::github(&report);
            stdout.write_all(output.commands.as_bytes())?;
            if !output.summary_table.is_empty() {
                if let Some(summary) = std::env::var_os("GITHUB_STEP_SUMMARY") {
                    let appended = std::fs::OpenOptions::new()
                        .append(true)
                        .create(true)
                        .open(&summary)
                        .and_then(|mut f| f.write_all(output.summary_table.as_bytes()));
                    if let Err(e) = appended {
                        notes.push(format!("whosaid: cannot write the job summary: {e}"));
                    }
                }
            }
        }
        Format::Text => {
            let color = match args.color {
                Color::Always => true,
                Color::Never => false,
                Color::Auto => {
                    std::io::IsTerminal::is_terminal(&std::io::stdout())
                        && std::env::var_os("NO_COLOR").is_none()
                }
            };
            for (file, text) in report.files.iter().zip(&texts) {
                stdout.write_all(human::render_file(file, text, color).as_bytes())?;
            }
            stdout.write_all(human::summary_line(&report).as_bytes())?;
        }
    }
    stdout.flush()?;
    let mut stderr = std::io::stderr().lock();
    for note in &notes {
        let _ = writeln!(stderr, "{note}");
    }
    for error in &report.errors {
        let _ = writeln!(stderr, "whosaid: {}: {}", error.location(), error.message);
    }
    Ok(if !report.errors.is_empty() {
        Outcome::Error
    } else if fails {
        Outcome::Findings
    } else {
        Outcome::Clean
    })
}

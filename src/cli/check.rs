//! `whosaid check`: reads each file, checks it with the rules its
//! configuration makes, applies the baseline, prints the report in the chosen
//! format and decides the exit code.

use std::io::Write;
use std::path::{Path, PathBuf};

use std::sync::Arc;

use rayon::prelude::*;
use whosaid::baseline::Baseline;
use whosaid::config::Config;
use whosaid::read;
use whosaid::report::{ci, human, sarif};
use whosaid::{FileError, FileReport, Report, Severity};

use super::args::{CheckArgs, Color, Format, InputFormatArg};
use super::inputs::{self, Input, Origin, Selection};
use super::setup::{Setup, Setups};

use super::{Failure, Outcome};

/// Reads a file as UTF-8, naming the line and byte where invalid UTF-8 starts.
pub fn read_text(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read: {e}"))?;
    decode(bytes, false).map(|(text, _)| text)
}

/// What reading an input found besides its text.
enum Read {
    Text(String, Option<String>),
    Binary(String),
}

/// Decodes bytes as UTF-8. With `lossy`, invalid sequences become U+FFFD and
/// the second value is the warning to print.
fn decode(bytes: Vec<u8>, lossy: bool) -> Result<(String, Option<String>), String> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok((text, None)),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            let problem = format!("invalid UTF-8 at line {line} (byte {at})");
            if lossy {
                let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
                Ok((text, Some(format!("{problem}, replaced with U+FFFD (--lossy)"))))
            } else {
                Err(format!("{problem} (--lossy checks it anyway)"))
            }
        }
    }
}

/// Reads an input: a binary file (a NUL byte) is skipped, not read as prose.
fn read_input(bytes: Vec<u8>, lossy: bool) -> Result<Read, String> {
    if bytes.len() > whosaid::span::MAX_TEXT_LEN {
        return Err(format!(
            "too large: {} bytes; whosaid reads files up to 4 GiB",
            bytes.len()
        ));
    }
    if let Some(at) = memchr::memchr(0, &bytes) {
        return Ok(Read::Binary(format!("binary file (NUL byte at {at}), skipped")));
    }
    decode(bytes, lossy).map(|(text, warning)| Read::Text(text, warning))
}

/// Writes `contents` to `path` through a temporary file and a rename, so a
/// reader never sees half a file.
pub fn write_atomically(path: &Path, contents: &str) -> Result<(), String> {
    let mut file = AtomicFile::create(path)?;
    file.write_all(contents.as_bytes())
        .map_err(|e| format!("{}: cannot write: {e}", path.display()))?;
    file.commit()
}

/// A file written into a temporary file beside it and renamed into place
/// once complete, so a reader never sees half a file. The report streams
/// into it instead of being held in memory whole; dropped uncommitted (an
/// error on the way), the temporary file is removed.
struct AtomicFile {
    path: PathBuf,
    temporary: PathBuf,
    file: Option<std::io::BufWriter<std::fs::File>>,
}

impl AtomicFile {
    fn create(path: &Path) -> Result<AtomicFile, String> {
        let folder = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let temporary = folder.join(format!(".{name}.{}.tmp", std::process::id()));
        let file = std::fs::File::create(&temporary)
            .map_err(|e| format!("{}: cannot write: {e}", path.display()))?;
        Ok(AtomicFile {
            path: path.to_path_buf(),
            temporary,
            file: Some(std::io::BufWriter::with_capacity(1 << 16, file)),
        })
    }

    /// Flushes the file and renames it into place.
    fn commit(mut self) -> Result<(), String> {
        let renamed = match self.file.take() {
            Some(file) => file
                .into_inner()
                .map_err(std::io::IntoInnerError::into_error)
                .and_then(|_| std::fs::rename(&self.temporary, &self.path)),
            None => Ok(()),
        };
        renamed.map_err(|e| format!("{}: cannot write: {e}", self.path.display()))
    }
}

impl Write for AtomicFile {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.file.as_mut().map_or(Ok(0), |file| file.write(bytes))
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.as_mut().map_or(Ok(()), Write::flush)
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        // Committed, the temporary file has become the report; otherwise it
        // holds half a report and must not stay behind.
        drop(self.file.take());
        if self.temporary.exists() {
            let _ = std::fs::remove_file(&self.temporary);
        }
    }
}

/// The lowest severity reported and the lowest that fails the run: the
/// command line's, else the configuration's, else info and error.
fn levels(args: &CheckArgs, config: &Config) -> (Severity, Severity) {
    let min = args
        .min_level
        .map(Into::into)
        .or(config.min_level)
        .unwrap_or(Severity::Info);
    let fail = args
        .fail_level
        .map(Into::into)
        .or(config.fail_level)
        .unwrap_or(Severity::Error);
    (min, fail)
}

/// Maps `items` on the thread pool, or on this thread when there is only one:
/// checking a single draft, the common pre-commit case, then never pays for
/// starting the pool's threads.
fn map_inputs<'a, T: Sync, R: Send>(items: &'a [T], f: impl Fn(&'a T) -> R + Sync + Send) -> Vec<R> {
    match items.len() {
        0 | 1 => items.iter().map(f).collect(),
        _ => items.par_iter().map(f).collect(),
    }
}

pub fn run(args: &CheckArgs) -> Result<Outcome, Failure> {
    if let Some(threads) = args.threads {
        // Only fails when a pool already exists, which a fresh process never has.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(threads.max(1))
            .build_global();
    }
    if args.input_format == Some(InputFormatArg::Jsonl) {
        return run_stream(args);
    }
    let baseline = match &args.baseline {
        Some(path) => {
            let shown = path.display().to_string();
            let text = read_text(path).map_err(|e| Failure::Message(format!("{shown}: {e}")))?;
            Some(Baseline::parse(&shown, &text).map_err(|e| Failure::Message(e.to_string()))?)
        }
        None => None,
    };
    let selection = Selection {
        extensions: &args.ext,
        globs: &args.glob,
        format: args.input_format,
        stdin_name: args.stdin_filename.as_deref(),
    };
    let (inputs, problems) = inputs::collect(&args.paths, &selection);
    let mut setups = Setups::new(&args.rules);
    let mut errors: Vec<FileError> = setups.rule_errors.clone();
    errors.extend(
        problems
            .into_iter()
            .map(|(path, message)| FileError::new(path, message)),
    );
    // Standard input is read once, up front; files are read by the workers.
    let mut stdin_bytes = None;
    if inputs.iter().any(|i| matches!(i.origin, Origin::Stdin)) {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes)
            .map_err(|e| Failure::Message(format!("cannot read standard input: {e}")))?;
        stdin_bytes = Some(bytes);
    }
    let jobs: Vec<(&Input, Result<Arc<Setup>, String>)> = inputs
        .iter()
        .map(|input| (input, setups.for_path(&input.config_from)))
        .collect();
    // A report borrows its document's prose and a document borrows its
    // text, so each stage keeps its own vector, in input order: texts are
    // read and decoded, then turned into documents, then checked.
    let loaded: Vec<Result<Loaded<'_>, FileError>> = map_inputs(&jobs, |(input, setup)| {
        let fail = |m: String| FileError::new(input.shown.clone(), m);
        let setup = setup.as_ref().map_err(|m| fail(m.clone()))?;
        let bytes = match &input.origin {
            Origin::File(path) => std::fs::read(path).map_err(|e| fail(format!("cannot read: {e}")))?,
            Origin::Stdin => stdin_bytes.clone().unwrap_or_default(),
        };
        Ok(match read_input(bytes, args.lossy).map_err(fail)? {
            Read::Text(text, warning) => Loaded::Text(Text {
                input,
                setup,
                text,
                warning: warning.map(|w| format!("whosaid: {}: {w}", input.shown)),
            }),
            Read::Binary(note) => Loaded::Skipped(format!("whosaid: {}: {note}", input.shown)),
        })
    });
    let mut notes = Vec::new();
    let mut readable = Vec::new();
    for loaded in loaded {
        match loaded {
            Ok(Loaded::Text(text)) => readable.push(text),
            Ok(Loaded::Skipped(note)) => notes.push(note),
            Err(error) => errors.push(error),
        }
    }
    let documents: Vec<read::Document<'_>> =
        map_inputs(&readable, |t| read::read(&t.text, t.input.format, &t.setup.html));
    let pairs: Vec<(&Text<'_>, &read::Document<'_>)> = readable.iter().zip(&documents).collect();
    let checked: Vec<(FileReport<'_>, bool)> = map_inputs(&pairs, |&(t, document)| {
        let (input, setup) = (t.input, t.setup);
        let mut file = whosaid::check_document(&input.shown, &t.text, document, &setup.rules);
        let (min_level, fail_level) = levels(args, &setup.config);
        file.diagnostics.retain(|d| d.severity >= min_level);
        if let Some(baseline) = &baseline {
            baseline.apply(&mut file);
        }
        let fails = file
            .diagnostics
            .iter()
            .any(|d| d.is_active() && d.severity >= fail_level);
        (file, fails)
    });
    let mut files = Vec::new();
    let mut fails = false;
    for (t, (file, file_fails)) in readable.iter().zip(checked) {
        if t.text.trim().is_empty() {
            notes.push(format!("whosaid: {}: empty file, nothing to check", file.path));
        }
        notes.extend(t.warning.clone());
        fails |= file_fails;
        files.push(file);
    }
    let report = Report::new(files, errors);
    if let Some(path) = &args.write_baseline {
        write_atomically(path, &Baseline::record(&report.files).to_json()).map_err(Failure::Message)?;
    }
    let mut output_file = match &args.output {
        Some(path) => Some(AtomicFile::create(path).map_err(Failure::Message)?),
        None => None,
    };
    let mut stdout_lock;
    let stdout: &mut dyn Write = match output_file.as_mut() {
        Some(file) => file,
        None => {
            stdout_lock = std::io::stdout().lock();
            &mut stdout_lock
        }
    };
    match args.format {
        Format::Json => report.write_json(stdout)?,
        Format::Yaml => report.write_yaml(stdout)?,
        Format::Jsonl => report.write_jsonl(stdout)?,
        Format::Line => ci::write_lines(&report, stdout)?,
        Format::Rdjsonl => ci::write_rdjsonl(&report, stdout)?,
        Format::Sarif => sarif::write(&report, setups.base(), stdout)?,
        Format::Github => {
            let overflow = ci::write_github(&report, stdout)?;
            if overflow > 0 {
                if let Some(summary) = std::env::var_os("GITHUB_STEP_SUMMARY") {
                    let appended = std::fs::OpenOptions::new()
                        .append(true)
                        .create(true)
                        .open(&summary)
                        .and_then(|mut f| ci::write_github_summary(&report, &mut f));
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
            for file in &report.files {
                human::write_file(file, color, stdout)?;
            }
            stdout.write_all(human::summary_line(&report).as_bytes())?;
        }
    }
    stdout.flush()?;
    if let Some(file) = output_file {
        file.commit().map_err(Failure::Message)?;
    }
    let mut stderr = std::io::stderr().lock();
    for note in &notes {
        let _ = writeln!(stderr, "{note}");
    }
    for error in &report.errors {
        let _ = writeln!(stderr, "whosaid: {}: {}", error.location(), error.message);
    }
    let outcome = if !report.errors.is_empty() {
        Outcome::Error
    } else if fails {
        Outcome::Findings
    } else {
        Outcome::Clean
    };
    // The process ends after this: freeing every vector of a large report
    // and every string of the rule set, one by one, is work the operating
    // system does at once.
    std::mem::forget(report);
    std::mem::forget(setups);
    Ok(outcome)
}

/// One input, read.
enum Loaded<'j> {
    /// Prose to check.
    Text(Text<'j>),
    /// Not prose (a binary file): the note to print.
    Skipped(String),
}

/// An input's text, with the setup that checks it and a warning to print.
struct Text<'j> {
    input: &'j Input,
    setup: &'j Arc<Setup>,
    text: String,
    warning: Option<String>,
}

/// `--input-format jsonl`: one story per line in, one report per line out.
fn run_stream(args: &CheckArgs) -> Result<Outcome, Failure> {
    if !matches!(args.format, Format::Jsonl | Format::Text) {
        return Err(Failure::Message(
            "a JSON Lines stream is reported with `--format jsonl`".to_string(),
        ));
    }
    let mut setups = Setups::new(&args.rules);
    if let Some(error) = setups.rule_errors.first() {
        return Err(Failure::Message(format!(
            "{}: {}",
            error.location(),
            error.message
        )));
    }
    let mut stdout = std::io::stdout().lock();
    let mut fails = false;
    let mut malformed = 0;
    for path in &args.paths {
        let from = if path.as_os_str() == "-" {
            std::path::Path::new(".")
        } else {
            path.as_path()
        };
        let setup = setups.for_path(from).map_err(Failure::Message)?;
        let (min, fail) = levels(args, &setup.config);
        let stats = if path.as_os_str() == "-" {
            whosaid::stream::run(&mut std::io::stdin().lock(), &mut stdout, &setup.rules, min, fail)?
        } else {
            let file = std::fs::File::open(path)
                .map_err(|e| Failure::Message(format!("{}: cannot read: {e}", path.display())))?;
            whosaid::stream::run(
                &mut std::io::BufReader::new(file),
                &mut stdout,
                &setup.rules,
                min,
                fail,
            )?
        };
        fails |= stats.fails;
        malformed += stats.errors;
    }
    if malformed > 0 {
        let _ = writeln!(
            std::io::stderr(),
            "whosaid: {malformed} malformed lines (error records in the output)"
        );
        return Ok(Outcome::Error);
    }
    Ok(if fails { Outcome::Findings } else { Outcome::Clean })
}

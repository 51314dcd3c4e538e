//! The `whosaid` command: parses arguments, reads files, calls the library,
//! prints the report and maps the outcome to an exit code (0 clean, 1 findings
//! at or above the fail level, 2 usage, I/O or rule-file error).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use whosaid::report::human;
use whosaid::{FileError, Report, RuleSet, Severity};

#[derive(Parser)]
#[command(
    name = "whosaid",
    version,
    about = "Who says so? Checks the attribution of every sentence of a news article."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check articles and report every sentence's attribution.
    Check(CheckArgs),
    /// List the rules: id, severity, description.
    Rules(RulesArgs),
}

#[derive(clap::Args)]
struct CheckArgs {
    /// Plain-text articles to check.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = Format::Human)]
    format: Format,
    /// A directory of rule and lexicon files that extend or override the embedded ones.
    #[arg(long, value_name = "DIR")]
    rules: Option<PathBuf>,
    /// The lowest severity that makes the exit code 1.
    #[arg(long, value_enum, default_value_t = Level::Error)]
    fail_level: Level,
    /// Colour in the human report.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,
}

#[derive(clap::Args)]
struct RulesArgs {
    /// A directory of rule and lexicon files that extend or override the embedded ones.
    #[arg(long, value_name = "DIR")]
    rules: Option<PathBuf>,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Human,
    Json,
    Yaml,
}

#[derive(Clone, Copy, ValueEnum)]
enum Level {
    Info,
    Warning,
    Error,
}

#[derive(Clone, Copy, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check(args) => check(&args),
        Command::Rules(args) => list_rules(&args),
    };
    match result {
        Ok(code) => code,
        Err(Failure::Message(message)) => {
            let _ = writeln!(std::io::stderr(), "whosaid: {message}");
            ExitCode::from(2)
        }
        Err(Failure::ClosedPipe) => ExitCode::SUCCESS,
    }
}

enum Failure {
    Message(String),
    ClosedPipe,
}

impl From<std::io::Error> for Failure {
    fn from(err: std::io::Error) -> Self {
        if err.kind() == std::io::ErrorKind::BrokenPipe {
            Failure::ClosedPipe
        } else {
            Failure::Message(format!("cannot write output: {err}"))
        }
    }
}

/// Reads every `.yaml`/`.yml` file under `dir`, sorted by path.
fn read_rule_dir(dir: &Path) -> Result<Vec<(String, String)>, Failure> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        let entries = std::fs::read_dir(&folder).map_err(|e| {
            Failure::Message(format!("{}: cannot read rule directory: {e}", folder.display()))
        })?;
        for entry in entries {
            let path = entry
                .map_err(|e| Failure::Message(format!("{}: {e}", folder.display())))?
                .path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
                let text = std::fs::read_to_string(&path).map_err(|e| {
                    Failure::Message(format!("{}: cannot read rule file: {e}", path.display()))
                })?;
                files.push((path.display().to_string(), text));
            }
        }
    }
    files.sort();
    Ok(files)
}

fn load_rules(dir: Option<&Path>) -> Result<RuleSet, Failure> {
    let extra = match dir {
        Some(dir) => read_rule_dir(dir)?,
        None => Vec::new(),
    };
    RuleSet::load(&extra).map_err(|e| Failure::Message(e.to_string()))
}

/// Reads a file as UTF-8, naming the byte where invalid UTF-8 starts.
fn read_text(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        format!("invalid UTF-8 at line {line} (byte {at})")
    })
}

fn check(args: &CheckArgs) -> Result<ExitCode, Failure> {
    let rules = load_rules(args.rules.as_deref())?;
    let mut files = Vec::new();
    let mut texts = Vec::new();
    let mut errors = Vec::new();
    let mut notes = Vec::new();
    for path in &args.paths {
        let shown = path.display().to_string();
        match read_text(path) {
            Ok(text) => {
                if text.trim().is_empty() {
                    notes.push(format!("whosaid: {shown}: empty file, nothing to check"));
                }
                files.push(whosaid::check(&shown, &text, &rules));
                texts.push(text);
            }
            Err(message) => errors.push(FileError { path: shown, message }),
        }
    }
    let report = Report::new(files, errors);
    let mut stdout = std::io::stdout().lock();
    match args.format {
        Format::Json => stdout.write_all(report.to_json().as_bytes())?,
        Format::Yaml => stdout.write_all(report.to_yaml().as_bytes())?,
        Format::Human => {
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
        let _ = writeln!(stderr, "whosaid: {}: {}", error.path, error.message);
    }
    let fail = match args.fail_level {
        Level::Info => Severity::Info,
        Level::Warning => Severity::Warning,
        Level::Error => Severity::Error,
    };
    Ok(if !report.errors.is_empty() {
        ExitCode::from(2)
    } else if report.has_findings_at(fail) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn list_rules(args: &RulesArgs) -> Result<ExitCode, Failure> {
    let rules = load_rules(args.rules.as_deref())?;
    let mut stdout = std::io::stdout().lock();
    for def in rules.rules.values() {
        writeln!(
            stdout,
            "{:<24} {:<8} {}",
            def.id,
            def.severity.name(),
            def.description
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

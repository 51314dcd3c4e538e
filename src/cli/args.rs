//! Command-line arguments (clap).

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};
use whosaid::Severity;

#[derive(Parser)]
#[command(
    name = "whosaid",
    version,
    about = "Who says so? Checks the attribution of every sentence of a news article."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Check articles and report every sentence's attribution.
    Check(CheckArgs),
    /// List the rules: id, severity, description.
    Rules(RulesArgs),
    /// Print the page of one rule: what it flags, why, examples.
    Explain(ExplainArgs),
    /// Print the configuration that applies to a path.
    Config(ConfigArgs),
}

#[derive(clap::Args)]
pub struct CheckArgs {
    /// Files and folders to check; `-` reads standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Read inputs as this format instead of going by their extension.
    #[arg(long, value_enum)]
    pub input_format: Option<InputFormatArg>,
    /// The name standard input has in reports (its extension picks the format).
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<String>,
    /// Extensions checked in folders [default: md,markdown,txt,html,htm].
    #[arg(long, value_delimiter = ',', value_name = "EXT")]
    pub ext: Vec<String>,
    /// Glob that selects files in folders (repeatable; `!` excludes).
    #[arg(long, value_name = "GLOB")]
    pub glob: Vec<String>,
    /// Threads to check files on [default: one per core].
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// Replace invalid UTF-8 with U+FFFD and check the file anyway (with a warning).
    #[arg(long)]
    pub lossy: bool,
    /// Write the report to this file (atomically) instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = Format::Text)]
    pub format: Format,
    #[command(flatten)]
    pub rules: RuleSource,
    /// The lowest severity that makes the exit code 1 [default: the config's `fail_level`, else error].
    #[arg(long, value_enum)]
    pub fail_level: Option<Level>,
    /// The lowest severity reported [default: the config's `min_level`, else info].
    #[arg(long, value_enum)]
    pub min_level: Option<Level>,
    /// Findings recorded in this baseline file do not count.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Record today's findings in this baseline file.
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
    /// Colour in the text report.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
}

/// Where rules come from: the embedded ones, `--rules`, and the configuration.
#[derive(clap::Args, Clone)]
pub struct RuleSource {
    /// A directory of rule and lexicon files that extend or override the embedded ones.
    #[arg(long, value_name = "DIR")]
    pub rules: Option<PathBuf>,
    /// Use this configuration file instead of looking for `.whosaid.yml` next to each file.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,
    /// Use no configuration file.
    #[arg(long)]
    pub no_config: bool,
}

#[derive(clap::Args)]
pub struct RulesArgs {
    #[command(flatten)]
    pub rules: RuleSource,
    /// Print `docs/rules.md` instead of the list.
    #[arg(long)]
    pub markdown: bool,
}

#[derive(clap::Args)]
pub struct ExplainArgs {
    /// The rule id.
    pub rule: String,
    #[command(flatten)]
    pub rules: RuleSource,
}

#[derive(clap::Args)]
pub struct ConfigArgs {
    /// The file or folder whose configuration to show.
    #[arg(default_value = ".")]
    pub path: PathBuf,
    #[command(flatten)]
    pub rules: RuleSource,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// rustc-style snippets and a summary line.
    #[value(alias = "human")]
    Text,
    /// `path:line:col: severity rule: message`.
    Line,
    /// The full report as JSON.
    Json,
    /// The full report as YAML.
    Yaml,
    /// SARIF 2.1.0, for code scanning.
    Sarif,
    /// GitHub Actions workflow annotations.
    Github,
    /// reviewdog diagnostic format, one JSON object a line.
    Rdjsonl,
    /// One report per line (per file, or per record of a JSONL stream).
    Jsonl,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormatArg {
    /// Plain text.
    Text,
    /// CommonMark.
    Markdown,
    /// HTML.
    Html,
    /// One story per line: `{"id": …, "text": …}`.
    Jsonl,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Level {
    Info,
    Warning,
    Error,
}

impl From<Level> for Severity {
    fn from(level: Level) -> Severity {
        match level {
            Level::Info => Severity::Info,
            Level::Warning => Severity::Warning,
            Level::Error => Severity::Error,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Color {
    Auto,
    Always,
    Never,
}

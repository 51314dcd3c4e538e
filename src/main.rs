//! The `whosaid` command: parses arguments, reads files, calls the library,
//! prints the report and maps the outcome to an exit code (0 clean, 1 findings
//! at or above the fail level, 2 usage, I/O, configuration or rule-file error).

mod cli;

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

use cli::args::{Cli, Command};
use cli::{Failure, Outcome};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Check(args) => cli::check::run(args),
        Command::Rules(args) => cli::commands::rules(args),
        Command::Explain(args) => cli::commands::explain(args),
        Command::Config(args) => cli::commands::config(args),
    };
    match result {
        Ok(Outcome::Clean) => ExitCode::SUCCESS,
        Ok(Outcome::Findings) => ExitCode::from(1),
        Ok(Outcome::Error) => ExitCode::from(2),
        Err(Failure::Message(message)) => {
            let _ = writeln!(std::io::stderr(), "whosaid: {message}");
            ExitCode::from(2)
        }
        // A closed pipe (`whosaid check … | head`) is the reader's choice, not an error.
        Err(Failure::ClosedPipe) => ExitCode::SUCCESS,
    }
}

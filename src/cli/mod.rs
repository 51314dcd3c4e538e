//! The command line: arguments, file and configuration I/O, commands. The
//! library does the analysis; this module only reads, prints and decides the
//! exit code.

pub mod args;
pub mod check;
pub mod commands;
pub mod inputs;
pub mod setup;

/// How a command ended.
pub enum Outcome {
    /// Nothing at or above the fail level.
    Clean,
    /// Findings at or above the fail level.
    Findings,
    /// Some input could not be checked (it is reported; others were checked).
    Error,
}

/// Why a command stopped early.
pub enum Failure {
    /// A message for standard error; exit code 2.
    Message(String),
    /// Standard output was closed by the reader.
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

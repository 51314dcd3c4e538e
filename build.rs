//! Precompiles the embedded rule and lexicon files from YAML to JSON. Every
//! `whosaid check` loads them at start-up, and serde_json reads the 50 kB in a
//! small fraction of the time libyaml takes, which was about half of a
//! one-draft run. The YAML files stay the source: a syntax error in one fails
//! the build with its file, line and column, and `RuleSet` tests that the
//! JSON reads back to the same rules as the YAML.

use std::path::Path;
use std::{env, fs};

// The build uses the YAML parser and its error type only; the rest of these
// two modules (the report writer, whole-file errors) is the library's.
#[allow(dead_code)]
#[path = "src/error.rs"]
mod error;
#[allow(dead_code)]
#[path = "src/yaml.rs"]
mod yaml;

fn main() {
    let out_dir = env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    for folder in ["rules/lexicon", "rules/rules"] {
        println!("cargo:rerun-if-changed={folder}");
        let target = Path::new(&out_dir).join(folder);
        fs::create_dir_all(&target).unwrap_or_else(|e| panic!("{}: {e}", target.display()));
        let entries = fs::read_dir(folder).unwrap_or_else(|e| panic!("{folder}: {e}"));
        for entry in entries {
            let path = entry.unwrap_or_else(|e| panic!("{folder}: {e}")).path();
            if path.extension().is_none_or(|e| e != "yaml") {
                continue;
            }
            let shown = path.display().to_string();
            let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{shown}: {e}"));
            let value: serde_json::Value = yaml::parse(&shown, &text).unwrap_or_else(|e| panic!("{e}"));
            let json = target.join(path.with_extension("json").file_name().unwrap_or_default());
            fs::write(&json, value.to_string()).unwrap_or_else(|e| panic!("{}: {e}", json.display()));
        }
    }
}

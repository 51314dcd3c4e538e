//! Rule, lexicon and configuration files are untrusted: loading any bytes
//! returns a rule set or an error with a position, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid::config::Config;
use whosaid::RuleSet;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let (rules, _errors) = RuleSet::load_lenient(&[("fuzz.yaml".to_string(), text.to_string())]);
        // Whatever loaded must still check text.
        let _ = whosaid::check("t.txt", "Prices rose, a trader said. “It is bad,” she said.", &rules);
        if let Ok(config) = Config::parse(".whosaid.yml", text) {
            let mut configured = rules;
            configured.configure(&config);
        }
    }
});

//! The HTML reader and the check on what it reads: spans map into the source.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use whosaid::read::InputFormat;

fuzz_target!(|data: &[u8]| common::check_document(data, InputFormat::Html));

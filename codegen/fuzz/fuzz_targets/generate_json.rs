//! Any bytes, read as a JSON API description, go through every stage (load, upgrade, parse,
//! model, emit): the generator must return a crate or a `Diagnostic`, never panic or hang.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // `load` reads files with `read_to_string`: non-UTF-8 bytes never reach the parsers.
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let options =
        cloudsdk_codegen::Options::new("fuzzed", cloudsdk_codegen::emit::Dependencies::Workspace);
    let _ = cloudsdk_codegen::generate_str(std::path::Path::new("fuzz.json"), text, true, &options);
});

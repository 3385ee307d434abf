//! The PDF path: bytes that start like a PDF, read and parsed. A panic inside the
//! PDF crate is contained by apa (the file gets an error); libFuzzer's own panic
//! hook would abort on it anyway, so the default hook is put back first and only
//! a panic that escapes apa counts as a crash.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::Once;

static HOOK: Once = Once::new();

fuzz_target!(|data: &[u8]| {
    HOOK.call_once(|| {
        let _ = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
    });
    let mut bytes = b"%PDF-1.4\n".to_vec();
    bytes.extend_from_slice(data);
    let _ = apa::parse_bytes(&bytes, "fuzz.pdf");
});

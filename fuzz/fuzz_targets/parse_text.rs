//! The text path: any bytes, decoded as text and parsed. Seeded with the fixtures.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Some(s) = apa::extract::decode_text(data) {
        let text = apa::extract::Text::from_plain(&s);
        let _ = apa::parse_text(&text, "fuzz.txt");
    }
});

//! Text decoding: UTF-8 (with or without BOM), UTF-16 with BOM, and Windows-1252
//! for the bytes that are not UTF-8, each byte on its own: a stray byte in a
//! UTF-8 text is said, never a reason to read the whole text another way.
//! Line endings become `\n`.

/// Text decoded, with the lines (numbered from 1) where a UTF-8 text held a
/// byte that is not UTF-8, read as Windows-1252.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub stray_lines: Vec<usize>,
}

/// Decodes text bytes, or `None` for binary data.
pub fn decode_text(bytes: &[u8]) -> Option<String> {
    decode(bytes).map(|d| d.text)
}

/// Decodes text bytes and says where a UTF-8 text held stray bytes, or `None`
/// for binary data.
pub fn decode(bytes: &[u8]) -> Option<Decoded> {
    let (s, stray_lines) = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        utf8_and_1252(rest)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        (utf16(rest, u16::from_le_bytes)?, Vec::new())
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        (utf16(rest, u16::from_be_bytes)?, Vec::new())
    } else {
        match std::str::from_utf8(bytes) {
            Ok(s) => (s.to_string(), Vec::new()),
            Err(_) => utf8_and_1252(bytes),
        }
    };
    if looks_binary(&s) {
        return None;
    }
    let text = if memchr::memchr(b'\r', s.as_bytes()).is_some() {
        s.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        s
    };
    Some(Decoded { text, stray_lines })
}

/// UTF-8 where the bytes are UTF-8, and each other byte as Windows-1252. The
/// lines of the stray bytes are given only for a text that is UTF-8 elsewhere
/// (one with no UTF-8 beyond ASCII is simply a Windows-1252 text).
fn utf8_and_1252(bytes: &[u8]) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(bytes.len() + 16);
    let mut stray = Vec::new();
    let mut utf8_beyond_ascii = false;
    let mut rest = bytes;
    let mut line = 1;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                utf8_beyond_ascii |= !s.is_ascii();
                out.push_str(s);
                break;
            }
            Err(e) => {
                let (good, bad) = rest.split_at(e.valid_up_to());
                // Valid up to here, by the error's own account.
                let good = std::str::from_utf8(good).unwrap_or_default();
                utf8_beyond_ascii |= !good.is_ascii();
                line += memchr::memchr_iter(b'\n', good.as_bytes()).count();
                out.push_str(good);
                let n = e.error_len().unwrap_or(bad.len()).max(1);
                out.push_str(&windows_1252(&bad[..n]));
                if stray.last() != Some(&line) {
                    stray.push(line);
                }
                rest = &bad[n..];
            }
        }
    }
    if !utf8_beyond_ascii {
        stray.clear();
    }
    (out, stray)
}

fn utf16(bytes: &[u8], from: fn([u8; 2]) -> u16) -> Option<String> {
    let units: Vec<u16> = bytes.chunks_exact(2).map(|c| from([c[0], c[1]])).collect();
    Some(String::from_utf16_lossy(&units))
}

/// Windows-1252: Latin-1 with typographic characters in 0x80-0x9F.
fn windows_1252(bytes: &[u8]) -> String {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => HIGH[(b - 0x80) as usize],
            _ => b as char,
        })
        .collect()
}

/// Text has almost no control characters; binary data has many.
fn looks_binary(s: &str) -> bool {
    let (mut chars, mut control) = (0, 0);
    for c in s.chars().take(8192) {
        chars += 1;
        let odd = (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}')) || c == '\u{fffd}';
        control += usize::from(odd);
    }
    control * 100 > chars
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "Grade 3 (Adequate)\r\n".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode_text(&bytes).unwrap(), "Grade 3 (Adequate)\n");
        let mut be = vec![0xFE, 0xFF];
        for u in "Bromley’s".encode_utf16() {
            be.extend_from_slice(&u.to_be_bytes());
        }
        assert_eq!(decode_text(&be).unwrap(), "Bromley’s");
    }

    #[test]
    fn windows_1252_quotes() {
        assert_eq!(
            decode_text(b"Bromley\x92s \x93plan\x94").unwrap(),
            "Bromley’s “plan”"
        );
    }

    #[test]
    fn a_stray_byte_in_utf8_is_said_and_the_rest_stays_utf8() {
        let d = decode("• one\n• two \u{2013} three\n".as_bytes()).unwrap();
        assert!(d.stray_lines.is_empty());
        let mut bytes = "• one\n".as_bytes().to_vec();
        bytes.extend_from_slice(b"\x93quoted\x94\n");
        bytes.extend("• two".as_bytes());
        let d = decode(&bytes).unwrap();
        assert_eq!(d.text, "• one\n“quoted”\n• two");
        assert_eq!(d.stray_lines, [2]);
        // A text with no UTF-8 beyond ASCII is a Windows-1252 text, not a stray.
        let d = decode(b"Bromley\x92s plan").unwrap();
        assert_eq!(d.text, "Bromley’s plan");
        assert!(d.stray_lines.is_empty());
    }

    #[test]
    fn utf8_bom_and_crlf() {
        assert_eq!(decode_text(b"\xEF\xBB\xBFa\r\nb\rc").unwrap(), "a\nb\nc");
    }
}

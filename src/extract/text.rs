//! Text decoding: UTF-8 (with or without BOM), UTF-16 with BOM, and Windows-1252
//! for the bytes that are not UTF-8. Line endings become `\n`.

/// Decodes text bytes, or `None` for binary data.
pub fn decode_text(bytes: &[u8]) -> Option<String> {
    let s = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        String::from_utf8_lossy(rest).into_owned()
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        utf16(rest, u16::from_le_bytes)?
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        utf16(rest, u16::from_be_bytes)?
    } else {
        match std::str::from_utf8(bytes) {
            Ok(s) => s.to_string(),
            Err(_) => windows_1252(bytes),
        }
    };
    if looks_binary(&s) {
        return None;
    }
    if memchr::memchr(b'\r', s.as_bytes()).is_some() {
        return Some(s.replace("\r\n", "\n").replace('\r', "\n"));
    }
    Some(s)
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
    fn utf8_bom_and_crlf() {
        assert_eq!(decode_text(b"\xEF\xBB\xBFa\r\nb\rc").unwrap(), "a\nb\nc");
    }
}

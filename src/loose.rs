//! Text compared loosely: lower case, `&` as "and", only letters and digits,
//! single spaces. The parser, the frameworks' rules and the themes all compare
//! printed text this way, so the rule lives once, below them all.

/// Text compared loosely: lower case, `&` as "and", only letters and digits,
/// single spaces ("Children’s  Services" becomes "children s services").
pub fn loose(s: &str) -> String {
    let bytes = s.as_bytes();
    if s.is_ascii() && memchr::memchr(b'&', bytes).is_none() {
        // Without '&' (written "and") or other scripts, no byte read writes more
        // than one, and the loop has no branch on letters and separators (they
        // alternate too often to predict): a separator is written as a space and
        // a run of them moves the output on once.
        let mut out = vec![0u8; bytes.len()];
        let mut o = 0;
        let mut sep = true;
        for &b in bytes {
            let lower = LOWER[b as usize];
            let is_sep = lower == 0;
            out[o] = if is_sep { b' ' } else { lower };
            o += usize::from(!(is_sep && sep));
            sep = is_sep;
        }
        if sep && o > 0 {
            o -= 1;
        }
        out.truncate(o);
        return String::from_utf8(out).unwrap_or_default();
    }
    loose_any(s)
}

/// [`loose`] for any text (the rare lines with '&' or beyond ASCII).
fn loose_any(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(s.len() + 8);
    // Whether a word separator is due before the next letter or digit.
    let mut space = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 128 {
            i += 1;
            let lower = LOWER[b as usize];
            if lower != 0 {
                if space {
                    out.push(b' ');
                    space = false;
                }
                out.push(lower);
            } else {
                space = !out.is_empty();
                if b == b'&' {
                    out.extend_from_slice(if space { b" and" } else { b"and" });
                    space = true;
                }
            }
            continue;
        }
        let c = s[i..].chars().next().unwrap_or(' ');
        i += c.len_utf8();
        if c.is_alphanumeric() {
            if space {
                out.push(b' ');
                space = false;
            }
            let mut buf = [0u8; 4];
            for l in c.to_lowercase() {
                out.extend_from_slice(l.encode_utf8(&mut buf).as_bytes());
            }
        } else {
            space = !out.is_empty();
        }
    }
    // Only whole characters were written.
    String::from_utf8(out).unwrap_or_default()
}

/// For [`loose`], a byte at a time: an ASCII letter or digit maps to itself in
/// lower case, other ASCII to 0.
static LOWER: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::seed_texts;

    #[test]
    fn loose_comparison() {
        assert_eq!(loose("Children\u{2019}s  Services"), "children s services");
        assert_eq!(loose("Brighton & Hove"), "brighton and hove");
        assert_eq!(loose("  Areas for improvement: "), "areas for improvement");
        assert_eq!(loose("C&YP"), "c and yp");
        assert_eq!(loose(""), "");
        assert_eq!(loose("& more"), "and more");
        assert_eq!(loose("ÉCOLE Ärzte"), "école ärzte");
        assert_eq!(loose("x — y"), "x y");
    }

    #[test]
    fn loose_keys_are_the_same_by_either_path() {
        let fixtures = seed_texts();
        let tricky = [
            "", " ", "a", " a ", "a  b", "A-B", "--x--", "x1 y2", "\tTab\n",
        ];
        for line in tricky
            .into_iter()
            .chain(fixtures.iter().flat_map(|t| t.lines()))
        {
            assert_eq!(loose(line), loose_any(line), "{line:?}");
        }
    }
}

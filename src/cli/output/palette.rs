//! The colours of levels, one palette for the workbook and the HTML report:
//! a fill and a text colour with a contrast of at least 4.5:1 (WCAG AA), and
//! always a level code or word beside the colour, so that colour is never the
//! only signal.

use apa::model::Level;

/// A fill and the text colour that reads on it, as 0xRRGGBB.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Swatch {
    pub fill: u32,
    pub text: u32,
}

const WHITE: u32 = 0xFFFFFF;
const BLACK: u32 = 0x000000;

pub fn swatch(level: Level) -> Swatch {
    match level {
        Level::Outstanding => Swatch {
            fill: 0x1B7837,
            text: WHITE,
        },
        Level::Good | Level::Positive => Swatch {
            fill: 0xA6DBA0,
            text: BLACK,
        },
        Level::Adequate | Level::Inconsistent => Swatch {
            fill: 0xFDB863,
            text: BLACK,
        },
        Level::Inadequate | Level::SystemicFailings => Swatch {
            fill: 0xB2182B,
            text: WHITE,
        },
    }
}

/// Every level, best first, four grades then the area SEND outcomes.
pub const LEVELS: [Level; 7] = [
    Level::Outstanding,
    Level::Good,
    Level::Adequate,
    Level::Inadequate,
    Level::Positive,
    Level::Inconsistent,
    Level::SystemicFailings,
];

/// A level in words, as a reader says it: "Requires improvement / adequate"
/// (adequate is the word before 2013), the area SEND outcomes marked as such.
pub fn words(level: Level) -> &'static str {
    match level {
        Level::Outstanding => "Outstanding",
        Level::Good => "Good",
        Level::Adequate => "Requires improvement / adequate",
        Level::Inadequate => "Inadequate",
        Level::Positive => "Positive (SEND)",
        Level::Inconsistent => "Inconsistent (SEND)",
        Level::SystemicFailings => "Systemic failings (SEND)",
    }
}

/// "#1b7837".
pub fn css(colour: u32) -> String {
    format!("#{colour:06x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn luminance(c: u32) -> f64 {
        let channel = |v: u32| {
            let v = f64::from(v & 0xFF) / 255.0;
            if v <= 0.03928 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c >> 16) + 0.7152 * channel(c >> 8) + 0.0722 * channel(c)
    }

    #[test]
    fn every_swatch_has_enough_contrast() {
        for level in LEVELS {
            let s = swatch(level);
            let (a, b) = (luminance(s.fill), luminance(s.text));
            let ratio = (a.max(b) + 0.05) / (a.min(b) + 0.05);
            assert!(ratio >= 4.5, "{level}: {ratio:.2}");
        }
    }
}

//! One council over the years.

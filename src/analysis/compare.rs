//! Comparing councils side by side.

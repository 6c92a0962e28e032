//! The work queue's search box: a reference number, or part of a child's or an applicant's
//! name.

use super::claim::ReferenceNumber;

/// What a caseworker typed into the queue's search box.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueueSearch {
    /// A whole reference number, e.g. read out by a parent on the phone (`BUT-` may be
    /// left out).
    Reference(ReferenceNumber),
    /// `LIKE` patterns (with `\` as escape character) matching a name that contains the
    /// text.
    Name(Vec<String>),
}

/// At most this many characters are searched for.
const MAX_CHARS: usize = 100;

impl QueueSearch {
    /// `None` for an empty box. Spaces around and inside the text are collapsed.
    pub fn parse(input: &str) -> Option<QueueSearch> {
        let text = input
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .chars()
            .take(MAX_CHARS)
            .collect::<String>();
        if text.is_empty() {
            return None;
        }
        let upper = text.to_uppercase();
        let reference = ReferenceNumber::parse(&upper)
            .or_else(|| ReferenceNumber::parse(&format!("BUT-{upper}")));
        if let Some(reference) = reference {
            return Some(QueueSearch::Reference(reference));
        }
        Some(QueueSearch::Name(like_patterns(&text)))
    }
}

/// Patterns for a case-insensitive `LIKE` (PostgreSQL's `ilike`). SQLite's `like` ignores
/// the case of ASCII letters only: the second pattern matches names as they are usually
/// written (capital first letter, e.g. "Özdemir" for "özdemir") there.
fn like_patterns(text: &str) -> Vec<String> {
    let lower = text.to_lowercase();
    let capitalised: String = lower
        .split(' ')
        .map(|word| {
            let mut chars = word.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect::<String>(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let mut patterns = vec![contains(&lower)];
    if capitalised != lower {
        patterns.push(contains(&capitalised));
    }
    patterns
}

/// `%text%` with the `LIKE` wildcards in `text` escaped (for `like ? escape '\'`).
pub fn contains(text: &str) -> String {
    let mut pattern = String::from("%");
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_box_searches_nothing() {
        assert_eq!(QueueSearch::parse(""), None);
        assert_eq!(QueueSearch::parse("   "), None);
    }

    #[test]
    fn a_reference_number_is_found_in_any_case() {
        assert_eq!(
            QueueSearch::parse(" but-2026-000123 "),
            Some(QueueSearch::Reference(
                ReferenceNumber::parse("BUT-2026-000123").unwrap()
            ))
        );
    }

    #[test]
    fn a_name_matches_anywhere_ignoring_case() {
        assert_eq!(
            QueueSearch::parse("  Yilmaz  "),
            Some(QueueSearch::Name(vec!["%yilmaz%".into()]))
        );
        assert_eq!(
            QueueSearch::parse("AYŞE  yılmaz"),
            Some(QueueSearch::Name(vec!["%ayşe yılmaz%".into()]))
        );
    }

    #[test]
    fn non_ascii_capitals_get_a_pattern_for_sqlite() {
        // SQLite's like compares Ö and ö as different letters.
        assert_eq!(
            QueueSearch::parse("özdemir"),
            Some(QueueSearch::Name(vec![
                "%özdemir%".into(),
                "%Özdemir%".into()
            ]))
        );
    }

    #[test]
    fn wildcards_are_searched_for_literally() {
        assert_eq!(
            QueueSearch::parse("50%_a\\b"),
            Some(QueueSearch::Name(vec!["%50\\%\\_a\\\\b%".into()]))
        );
    }

    #[test]
    fn the_prefix_of_a_reference_may_be_left_out() {
        assert_eq!(
            QueueSearch::parse("2026-000123"),
            QueueSearch::parse("BUT-2026-000123")
        );
        // Not a whole reference: searched as text (finds nothing in names, harmlessly).
        assert!(matches!(
            QueueSearch::parse("BUT-2026"),
            Some(QueueSearch::Name(_))
        ));
    }

    #[test]
    fn long_input_is_cut() {
        let Some(QueueSearch::Name(p)) = QueueSearch::parse(&"a".repeat(500)) else {
            panic!()
        };
        assert_eq!(p[0].len(), MAX_CHARS + 2);
    }
}

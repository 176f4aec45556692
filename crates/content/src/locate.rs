//! Finds where a JSON path's value starts in the source text, so that checks made after
//! parsing (duplicates, references) can point at a line and column too. serde_json finds it:
//! the walk borrows the value as a `RawValue`, a slice of the source.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seg {
    Key(String),
    Index(usize),
}

/// A JSON path such as `sections[2].id`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct JsonPath(pub Vec<Seg>);

impl JsonPath {
    pub fn key(mut self, k: &str) -> Self {
        self.0.push(Seg::Key(k.to_owned()));
        self
    }

    pub fn index(mut self, i: usize) -> Self {
        self.0.push(Seg::Index(i));
        self
    }
}

/// Builds a path from keys and indexes: `path!["sections", 2, "id"]`.
#[macro_export]
macro_rules! json_path {
    ($($seg:expr),* $(,)?) => {{
        #[allow(unused_mut)]
        let mut p = $crate::locate::JsonPath::default();
        $( p.0.push($crate::locate::IntoSeg::into_seg($seg)); )*
        p
    }};
}

pub trait IntoSeg {
    fn into_seg(self) -> Seg;
}

impl IntoSeg for &str {
    fn into_seg(self) -> Seg {
        Seg::Key(self.to_owned())
    }
}

impl IntoSeg for usize {
    fn into_seg(self) -> Seg {
        Seg::Index(self)
    }
}

/// Whether a key can be written bare in a path (`sections[0].heading`); any other key, such as an
/// unknown `""` or `"a.b"`, is written quoted (`[""]`), so the path still says where it is.
fn is_plain_key(k: &str) -> bool {
    !k.is_empty() && k.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '-')
}

impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("(top level)");
        }
        for (i, seg) in self.0.iter().enumerate() {
            match seg {
                Seg::Key(k) if !is_plain_key(k) => write!(f, "[{k:?}]")?,
                Seg::Key(k) if i == 0 => f.write_str(k)?,
                Seg::Key(k) => write!(f, ".{k}")?,
                Seg::Index(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}

/// 1-based line and column (in characters) of byte offset `pos`.
pub fn line_col(src: &str, pos: usize) -> (usize, usize) {
    let before = &src[..pos.min(src.len())];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// Walks a document down the path's keys and indexes, ignoring every other value, and borrows
/// the text of the value at the end: `None` when the path is not in the document. A key is the
/// first of that name in its object, compared after unescaping.
struct Walk<'p>(&'p [Seg]);

impl<'de> serde::de::DeserializeSeed<'de> for Walk<'_> {
    type Value = Option<&'de serde_json::value::RawValue>;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        match self.0.split_first() {
            None => serde::Deserialize::deserialize(d).map(Some),
            Some((seg, rest)) => d.deserialize_any(Step { seg, rest }),
        }
    }
}

/// One step of a [`Walk`]: into an object by key, or into an array by index.
struct Step<'p> {
    seg: &'p Seg,
    rest: &'p [Seg],
}

/// Whether a key is the one a [`Step`] looks for.
struct KeyIs<'p>(Option<&'p str>);

impl<'de> serde::de::DeserializeSeed<'de> for KeyIs<'_> {
    type Value = bool;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<bool, D::Error> {
        d.deserialize_str(self)
    }
}

impl serde::de::Visitor<'_> for KeyIs<'_> {
    type Value = bool;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_str<E>(self, key: &str) -> Result<bool, E> {
        Ok(self.0 == Some(key))
    }
}

impl<'de> serde::de::Visitor<'de> for Step<'_> {
    type Value = Option<&'de serde_json::value::RawValue>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        use serde::de::IgnoredAny;
        let key = match self.seg {
            Seg::Key(k) => Some(k.as_str()),
            Seg::Index(_) => None,
        };
        let mut found = None;
        let mut seen = false;
        while let Some(is_it) = map.next_key_seed(KeyIs(key))? {
            if is_it && !seen {
                seen = true;
                found = map.next_value_seed(Walk(self.rest))?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(found)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        use serde::de::IgnoredAny;
        let mut found = None;
        let mut i = 0;
        loop {
            if matches!(self.seg, Seg::Index(n) if *n == i) {
                match seq.next_element_seed(Walk(self.rest))? {
                    Some(raw) => found = raw,
                    None => break,
                }
            } else if seq.next_element::<IgnoredAny>()?.is_none() {
                break;
            }
            i += 1;
        }
        Ok(found)
    }

    // Anything else has no keys or items: the path is not in the document.
    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
}

/// Byte offset in `src` where the value at `path` starts, read by serde_json itself.
fn offset_of(src: &str, path: &[Seg]) -> Option<usize> {
    use serde::de::DeserializeSeed;
    let mut de = serde_json::Deserializer::from_str(src);
    let raw = Walk(path).deserialize(&mut de).ok()??;
    // The raw value is a slice of `src`: serde_json skips the whitespace before it, then borrows
    // the value's text as written.
    Some(raw.get().as_ptr() as usize - src.as_ptr() as usize)
}

/// Line and column where the value at `path` starts; the deepest part of the path that
/// exists when the rest does not, and the document's first character when it is not JSON.
///
/// Native only: the checks that place their errors with it run in the build and the content
/// check, where serde is.
pub fn locate(src: &str, path: &JsonPath) -> (usize, usize) {
    // A byte-order mark, which the content reader ignores, is no JSON to serde_json.
    let body = src.strip_prefix('\u{FEFF}').unwrap_or(src);
    let found = (0..=path.0.len())
        .rev()
        .find_map(|n| offset_of(body, &path.0[..n]))
        .unwrap_or_else(|| body.len() - body.trim_start_matches([' ', '\t', '\n', '\r']).len());
    line_col(src, src.len() - body.len() + found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_values() {
        let src = "{\n  \"a\": 1,\n  \"sections\": [\n    {\"id\": \"x\"},\n    {\"heading\": \"h\", \"id\": \"y\"}\n  ]\n}";
        assert_eq!(locate(src, &json_path!["sections", 1usize, "id"]), (5, 28));
        assert_eq!(locate(src, &json_path!["sections", 0usize]), (4, 5));
        assert_eq!(locate(src, &json_path!["a"]), (2, 8));
        assert_eq!(locate(src, &json_path![]), (1, 1));
    }

    #[test]
    fn skips_strings_with_brackets_and_escapes() {
        let src = r#"{"t": "a \" ] } [ {", "k": ["}", {"z": [1, 2]}, 3]}"#;
        assert_eq!(locate(src, &json_path!["k", 2usize]), (1, 49));
    }

    #[test]
    fn columns_count_characters() {
        let src = "{\"é\": 1, \"b\": 2}";
        assert_eq!(locate(src, &json_path!["b"]), (1, 15));
    }

    #[test]
    fn missing_parts_fall_back_to_the_deepest_part_found() {
        let src = "{\n  \"a\": {\"b\": [10, 20]},\n  \"c\": 3\n}";
        assert_eq!(locate(src, &json_path!["a", "x", "y"]), (2, 8));
        assert_eq!(locate(src, &json_path!["a", "b", 2usize]), (2, 14));
        assert_eq!(locate(src, &json_path!["c", "d"]), (3, 8));
        assert_eq!(locate(src, &json_path!["a", 0usize]), (2, 8));
        assert_eq!(locate(src, &json_path!["nowhere"]), (1, 1));
        assert_eq!(locate("{\"a\": []}", &json_path!["a", 0usize]), (1, 7));
    }

    #[test]
    fn keys_are_compared_unescaped_and_the_first_of_a_name_wins() {
        let src = r#"{"t\u00e9": 1, "\"q\"": 2, "d": 3, "d": 4}"#;
        assert_eq!(locate(src, &json_path!["té"]), (1, 13));
        assert_eq!(locate(src, &json_path!["\"q\""]), (1, 25));
        assert_eq!(locate(src, &json_path!["d"]), (1, 33));
    }

    #[test]
    fn a_byte_order_mark_or_text_that_is_not_json_is_not_lost_in() {
        let src = "\u{FEFF}{\n  \"slug\": \"x\"\n}";
        assert_eq!(locate(src, &json_path!["slug"]), (2, 11));
        assert_eq!(locate("\n  {\"a\": [1,", &json_path!["a", 0usize]), (2, 3));
        assert_eq!(locate("", &json_path!["a"]), (1, 1));
    }

    #[test]
    fn paths_display_like_js() {
        assert_eq!(
            json_path!["sections", 2usize, "blocks", 1usize, "href"].to_string(),
            "sections[2].blocks[1].href"
        );
        assert_eq!(json_path![].to_string(), "(top level)");
        assert_eq!(json_path![""].to_string(), r#"[""]"#);
        assert_eq!(
            json_path!["sections", 0usize, "a.b \"c\""].to_string(),
            r#"sections[0]["a.b \"c\""]"#
        );
        assert_eq!(json_path!["título_1"].to_string(), "título_1");
    }
}

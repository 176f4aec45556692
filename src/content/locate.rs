//! Finds where a JSON path's value starts in the source text, so that checks made after
//! parsing (duplicates, references) can point at a line and column too.

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
        let mut p = $crate::content::locate::JsonPath::default();
        $( p.0.push($crate::content::locate::IntoSeg::into_seg($seg)); )*
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

struct Scanner<'a> {
    bytes: &'a [u8],
    src: &'a str,
    pos: usize,
}

impl Scanner<'_> {
    fn ws(&mut self) {
        while self.bytes.get(self.pos).is_some_and(|b| b.is_ascii_whitespace()) {
            self.pos += 1;
        }
    }

    fn eat(&mut self, b: u8) -> Option<()> {
        self.ws();
        (self.bytes.get(self.pos) == Some(&b)).then(|| self.pos += 1)
    }

    fn peek(&mut self) -> Option<u8> {
        self.ws();
        self.bytes.get(self.pos).copied()
    }

    /// Reads a string (positioned on its opening quote) and returns its decoded text.
    fn string(&mut self) -> Option<String> {
        self.eat(b'"')?;
        let start = self.pos;
        let mut escaped = false;
        while let Some(&b) = self.bytes.get(self.pos) {
            self.pos += 1;
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => {
                    let raw = &self.src[start..self.pos - 1];
                    return Some(match crate::json::parse(&self.src[start - 1..self.pos]) {
                        Ok(crate::json::Value::String(text)) => text,
                        _ => raw.to_owned(),
                    });
                }
                _ => {}
            }
        }
        None
    }

    fn skip_value(&mut self) -> Option<()> {
        match self.peek()? {
            b'"' => self.string().map(|_| ()),
            b'{' | b'[' => {
                let mut depth = 0usize;
                loop {
                    match self.peek()? {
                        b'"' => {
                            self.string()?;
                        }
                        b'{' | b'[' => {
                            depth += 1;
                            self.pos += 1;
                        }
                        b'}' | b']' => {
                            depth -= 1;
                            self.pos += 1;
                            if depth == 0 {
                                return Some(());
                            }
                        }
                        _ => self.pos += 1,
                    }
                }
            }
            _ => {
                while self
                    .bytes
                    .get(self.pos)
                    .is_some_and(|b| !b",}] \t\r\n".contains(b))
                {
                    self.pos += 1;
                }
                Some(())
            }
        }
    }

    fn find(&mut self, seg: &Seg) -> Option<()> {
        match seg {
            Seg::Key(key) => {
                self.eat(b'{')?;
                loop {
                    if self.peek()? == b'}' {
                        return None;
                    }
                    let k = self.string()?;
                    self.eat(b':')?;
                    if &k == key {
                        self.ws();
                        return Some(());
                    }
                    self.skip_value()?;
                    self.eat(b',')?;
                }
            }
            Seg::Index(n) => {
                self.eat(b'[')?;
                for _ in 0..*n {
                    self.skip_value()?;
                    self.eat(b',')?;
                }
                self.ws();
                Some(())
            }
        }
    }
}

/// Line and column where the value at `path` starts; the deepest part of the path that
/// exists when the rest does not.
pub fn locate(src: &str, path: &JsonPath) -> (usize, usize) {
    let mut s = Scanner {
        bytes: src.as_bytes(),
        src,
        pos: 0,
    };
    s.ws();
    let mut found = s.pos;
    for seg in &path.0 {
        if s.find(seg).is_none() {
            break;
        }
        found = s.pos;
    }
    line_col(src, found)
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

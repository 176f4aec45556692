//! JSON without serde, for the browser: a value type, a strict RFC 8259 parser that says where it
//! stopped, a writer, and plain functions that read records from values.
//!
//! serde's derives generate a deserializer for every type, about 55 KB of the download for the few
//! records the browser reads (content, Isso's answers, what it keeps in localStorage). Here the
//! text is parsed once into a [`Value`] and each record reads its fields with the same few
//! functions. The native content check keeps serde for its paths to every error; the two accept
//! exactly the same content (`tests/content_props.rs` compares them).

use std::fmt;

/// A JSON value. An object keeps its members in order, duplicates included: the record reading it
/// decides whether a repeated key is an error.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

/// A number as written, checked against JSON's grammar: each reader converts the text itself,
/// so a `u64` or an `f64` reads exactly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Number(String);

impl Number {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Arrays and objects this deep inside one another are refused, as serde_json's recursion limit
/// refuses them (so both readers agree); it also keeps the parser's stack small.
pub const DEPTH_LIMIT: usize = 128;

/// Why a text is not JSON, and where: 1-based line, column in characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub line: usize,
    pub column: usize,
    pub message: &'static str,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at line {} column {}", self.message, self.line, self.column)
    }
}

const END: &str = "the text ends too early: a bracket, brace or quote is not closed";
const NOT_A_VALUE: &str = "expected a JSON value: an object, array, string, number, true, false or null";
const KEY: &str = "expected a key in double quotes";
const COLON: &str = "expected `:` after the key";
const AFTER_MEMBER: &str = "expected `,` or `}` after the value";
const AFTER_ITEM: &str = "expected `,` or `]` after the value";
const NUMBER: &str = "invalid number";
const ESCAPE: &str = "invalid escape in a string: expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX";
const SURROGATE: &str = "a \\u escape of half a character (a surrogate) without its other half";
const CONTROL: &str = "a control character inside a string: write it as an escape such as \\n or \\u0009";
const TOO_DEEP: &str = "the text is nested too deeply: 128 brackets and braces inside one another";
const TRAILING: &str = "unexpected text after the JSON value";

/// Parses one JSON text: a value with nothing but whitespace around it.
pub fn parse(src: &str) -> Result<Value, SyntaxError> {
    let mut p = Parser { src, pos: 0 };
    let result = p.value(0).and_then(|value| {
        p.skip_whitespace();
        if p.pos < src.len() {
            Err(TRAILING)
        } else {
            Ok(value)
        }
    });
    result.map_err(|message| {
        let (line, column) = position(src, p.pos);
        SyntaxError {
            line,
            column,
            message,
        }
    })
}

/// 1-based line and column (in characters) of byte offset `pos`.
fn position(src: &str, pos: usize) -> (usize, usize) {
    let before = &src.as_bytes()[..pos.min(src.len())];
    let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
    // Every byte of a UTF-8 text starts a character except the continuation bytes 0b10xx_xxxx.
    let column = 1 + before[line_start..].iter().filter(|&&b| b & 0xC0 != 0x80).count();
    (line, column)
}

/// On failure `pos` is where the text stops being JSON.
struct Parser<'a> {
    src: &'a str,
    pos: usize,
}

type Step<T> = Result<T, &'static str>;

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.src.as_bytes().get(self.pos).copied()
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    /// The next byte that is not whitespace, left unread.
    fn next(&mut self) -> Step<u8> {
        self.skip_whitespace();
        self.peek().ok_or(END)
    }

    /// `depth`: how many arrays and objects this value is inside.
    fn value(&mut self, depth: usize) -> Step<Value> {
        match self.next()? {
            b'{' => self.object(depth + 1),
            b'[' => self.array(depth + 1),
            b'"' => self.string().map(Value::String),
            b't' => self.word("true", Value::Bool(true)),
            b'f' => self.word("false", Value::Bool(false)),
            b'n' => self.word("null", Value::Null),
            b'-' | b'0'..=b'9' => self.number(),
            _ => Err(NOT_A_VALUE),
        }
    }

    fn word(&mut self, word: &str, value: Value) -> Step<Value> {
        for expected in word.bytes() {
            match self.peek() {
                Some(b) if b == expected => self.pos += 1,
                Some(_) => return Err(NOT_A_VALUE),
                None => return Err(END),
            }
        }
        Ok(value)
    }

    fn object(&mut self, depth: usize) -> Step<Value> {
        if depth >= DEPTH_LIMIT {
            return Err(TOO_DEEP);
        }
        self.pos += 1;
        let mut members = Vec::new();
        if self.next()? == b'}' {
            self.pos += 1;
            return Ok(Value::Object(members));
        }
        loop {
            if self.next()? != b'"' {
                return Err(KEY);
            }
            let key = self.string()?;
            if self.next()? != b':' {
                return Err(COLON);
            }
            self.pos += 1;
            let value = self.value(depth)?;
            members.push((key, value));
            match self.next()? {
                b',' => self.pos += 1,
                b'}' => {
                    self.pos += 1;
                    return Ok(Value::Object(members));
                }
                _ => return Err(AFTER_MEMBER),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Step<Value> {
        if depth >= DEPTH_LIMIT {
            return Err(TOO_DEEP);
        }
        self.pos += 1;
        let mut items = Vec::new();
        if self.next()? == b']' {
            self.pos += 1;
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.value(depth)?);
            match self.next()? {
                b',' => self.pos += 1,
                b']' => {
                    self.pos += 1;
                    return Ok(Value::Array(items));
                }
                _ => return Err(AFTER_ITEM),
            }
        }
    }

    /// A string, from its opening quote.
    fn string(&mut self) -> Step<String> {
        self.pos += 1;
        let mut out = String::new();
        // Runs of plain text are copied whole; they start and end next to ASCII bytes (quotes,
        // backslashes, escapes), so on character boundaries.
        let mut run = self.pos;
        loop {
            match self.peek() {
                None => return Err(END),
                Some(b'"') => {
                    out.push_str(&self.src[run..self.pos]);
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    out.push_str(&self.src[run..self.pos]);
                    self.pos += 1;
                    out.push(self.escape()?);
                    run = self.pos;
                }
                Some(0..=0x1F) => return Err(CONTROL),
                Some(_) => self.pos += 1,
            }
        }
    }

    /// The character an escape stands for, from the byte after its backslash.
    fn escape(&mut self) -> Step<char> {
        let c = match self.peek().ok_or(END)? {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                self.pos += 1;
                return self.unicode();
            }
            _ => return Err(ESCAPE),
        };
        self.pos += 1;
        Ok(c)
    }

    /// `\uXXXX`, from the first hex digit; a surrogate must come with its other half.
    fn unicode(&mut self) -> Step<char> {
        let code = match self.hex4()? {
            high @ 0xD800..=0xDBFF => {
                if self.peek() != Some(b'\\') {
                    return Err(SURROGATE);
                }
                self.pos += 1;
                if self.peek() != Some(b'u') {
                    return Err(SURROGATE);
                }
                self.pos += 1;
                match self.hex4()? {
                    low @ 0xDC00..=0xDFFF => 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00),
                    _ => return Err(SURROGATE),
                }
            }
            0xDC00..=0xDFFF => return Err(SURROGATE),
            code => code,
        };
        char::from_u32(code).ok_or(SURROGATE)
    }

    fn hex4(&mut self) -> Step<u32> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = char::from(self.peek().ok_or(END)?).to_digit(16).ok_or(ESCAPE)?;
            code = code * 16 + digit;
            self.pos += 1;
        }
        Ok(code)
    }

    /// `-? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)?`, kept as text.
    fn number(&mut self) -> Step<Value> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => {
                self.pos += 1;
                if matches!(self.peek(), Some(b'0'..=b'9')) {
                    return Err(NUMBER);
                }
            }
            Some(b'1'..=b'9') => {
                self.digits();
            }
            Some(_) => return Err(NUMBER),
            None => return Err(END),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if !self.digits() {
                return Err(NUMBER);
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if !self.digits() {
                return Err(NUMBER);
            }
        }
        Ok(Value::Number(Number(self.src[start..self.pos].to_owned())))
    }

    /// Skips digits; whether there was one.
    fn digits(&mut self) -> bool {
        let start = self.pos;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
        self.pos > start
    }
}

// --- Writing ------------------------------------------------------------------------------------

impl Value {
    /// An object with these members, in this order.
    pub fn new_object(members: Vec<(&str, Value)>) -> Value {
        Value::Object(members.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
    }

    /// Compact JSON text.
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Value::Null => out.push_str("null"),
            Value::Bool(true) => out.push_str("true"),
            Value::Bool(false) => out.push_str("false"),
            Value::Number(n) => out.push_str(&n.0),
            Value::String(s) => write_string(out, s),
            Value::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Value::Object(members) => {
                out.push('{');
                for (i, (key, value)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_string(out, key);
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }
}

/// A string in quotes, with `"`, `\` and every control character escaped.
fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{0}'..='\u{1F}' => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let b = c as usize;
                out.push_str("\\u00");
                out.push(char::from(HEX[b >> 4]));
                out.push(char::from(HEX[b & 0xF]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::String(s.to_owned())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::String(s)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<u64> for Value {
    fn from(n: u64) -> Value {
        Value::Number(Number(n.to_string()))
    }
}

/// `null` for NaN and the infinities, which JSON cannot write (as serde_json does).
impl From<f64> for Value {
    fn from(n: f64) -> Value {
        if n.is_finite() {
            Value::Number(Number(float_text(n)))
        } else {
            Value::Null
        }
    }
}

// Rust's own float formatting and parsing would add their tables to the download; the browser's
// are exact too (shortest round-trip text, correctly rounded reading).
#[cfg(target_arch = "wasm32")]
fn float_text(n: f64) -> String {
    js_sys::Number::from(n)
        .to_string_with_radix(10)
        .map_or_else(|_| "0".to_owned(), String::from)
}

#[cfg(not(target_arch = "wasm32"))]
fn float_text(n: f64) -> String {
    n.to_string()
}

#[cfg(target_arch = "wasm32")]
fn float_value(text: &str) -> f64 {
    js_sys::parse_float(text)
}

#[cfg(not(target_arch = "wasm32"))]
fn float_value(text: &str) -> f64 {
    text.parse().unwrap_or(f64::NAN)
}

// --- Reading records ----------------------------------------------------------------------------

/// A value that is not what its record expects: which one ([`path_to`] finds where it is) and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Error<'a> {
    pub at: &'a Value,
    pub message: String,
}

/// One step of a path from the root: a key or an index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seg<'a> {
    Key(&'a str),
    Index(usize),
}

/// The keys and indexes that lead from `root` to `target`, a value inside it (empty if it is
/// `root`, or not inside it).
pub fn path_to<'a>(root: &'a Value, target: &Value) -> Vec<Seg<'a>> {
    fn find<'a>(value: &'a Value, target: &Value, path: &mut Vec<Seg<'a>>) -> bool {
        if std::ptr::eq(value, target) {
            return true;
        }
        match value {
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    path.push(Seg::Index(i));
                    if find(item, target, path) {
                        return true;
                    }
                    path.pop();
                }
            }
            Value::Object(members) => {
                for (key, item) in members {
                    path.push(Seg::Key(key));
                    if find(item, target, path) {
                        return true;
                    }
                    path.pop();
                }
            }
            _ => {}
        }
        false
    }
    let mut path = Vec::new();
    if !find(root, target, &mut path) {
        path.clear();
    }
    path
}

/// `` `a`, `b` or `c` ``, for messages.
fn one_of(names: &[&str]) -> String {
    let mut out = String::new();
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            out.push_str(if i + 1 == names.len() { " or " } else { ", " });
        }
        out.push('`');
        out.push_str(name);
        out.push('`');
    }
    out
}

impl Value {
    /// An error about this value.
    pub fn error(&self, message: String) -> Error<'_> {
        Error { at: self, message }
    }

    /// What this value is, for messages: a number as written, any other value by its kind.
    fn found(&self) -> &str {
        match self {
            Value::Null => "null",
            Value::Bool(true) => "true",
            Value::Bool(false) => "false",
            Value::Number(n) => &n.0,
            Value::String(_) => "a string",
            Value::Array(_) => "an array",
            Value::Object(_) => "an object",
        }
    }

    /// "expected …, found …".
    pub fn expected(&self, what: &str) -> Error<'_> {
        self.error(["expected ", what, ", found ", self.found()].concat())
    }

    /// This value, or an error about it: for checks that say what is wrong in a `String`.
    pub fn checked<T>(&self, result: Result<T, String>) -> Result<T, Error<'_>> {
        result.map_err(|message| self.error(message))
    }

    pub fn str(&self) -> Result<&str, Error<'_>> {
        match self {
            Value::String(s) => Ok(s),
            _ => Err(self.expected("a string")),
        }
    }

    pub fn string(&self) -> Result<String, Error<'_>> {
        self.str().map(str::to_owned)
    }

    pub fn bool(&self) -> Result<bool, Error<'_>> {
        match self {
            Value::Bool(b) => Ok(*b),
            _ => Err(self.expected("true or false")),
        }
    }

    /// A whole number from 0 to `max`, written without sign, fraction or exponent (as serde
    /// reads integers).
    pub fn uint(&self, max: u64) -> Result<u64, Error<'_>> {
        let n = match self {
            Value::Number(Number(text)) if text.bytes().all(|b| b.is_ascii_digit()) => text.parse().ok(),
            _ => None,
        };
        match n {
            Some(n) if n <= max => Ok(n),
            _ => Err(self.expected(&["a whole number from 0 to ", &max.to_string()].concat())),
        }
    }

    pub fn u64(&self) -> Result<u64, Error<'_>> {
        self.uint(u64::MAX)
    }

    pub fn u32(&self) -> Result<u32, Error<'_>> {
        // In range: `uint` checked it.
        self.uint(u32::MAX.into()).map(|n| n as u32)
    }

    /// Any number, read exactly; one too large for an `f64` is refused.
    pub fn f64(&self) -> Result<f64, Error<'_>> {
        match self {
            Value::Number(Number(text)) => {
                let n = float_value(text);
                if n.is_finite() {
                    Ok(n)
                } else {
                    Err(self.expected("a number an f64 can hold"))
                }
            }
            _ => Err(self.expected("a number")),
        }
    }

    pub fn array(&self) -> Result<&[Value], Error<'_>> {
        match self {
            Value::Array(items) => Ok(items),
            _ => Err(self.expected("an array, `[ … ]`")),
        }
    }

    /// An array read item by item.
    pub fn list<'a, T>(&'a self, item: fn(&'a Value) -> Result<T, Error<'a>>) -> Result<Vec<T>, Error<'a>> {
        self.array()?.iter().map(item).collect()
    }

    /// An object with these fields, any of them absent, none twice; other keys are ignored.
    pub fn object(&self, fields: &[&str]) -> Result<Fields<'_>, Error<'_>> {
        self.fields(fields, false)
    }

    /// An object with these fields, any of them absent, none twice, and no other key.
    pub fn record(&self, fields: &[&str]) -> Result<Fields<'_>, Error<'_>> {
        self.fields(fields, true)
    }

    fn fields(&self, names: &[&str], deny_unknown: bool) -> Result<Fields<'_>, Error<'_>> {
        let Value::Object(members) = self else {
            return Err(self.expected("an object, `{ … }`"));
        };
        for (i, (key, value)) in members.iter().enumerate() {
            if names.contains(&key.as_str()) {
                if members[..i].iter().any(|(k, _)| k == key) {
                    return Err(value.error(["duplicate field `", key, "`"].concat()));
                }
            } else if deny_unknown {
                return Err(value.error(["unknown field `", key, "`, expected ", &one_of(names)].concat()));
            }
        }
        Ok(Fields {
            object: self,
            members,
        })
    }

    /// An enum written as an object with one key naming its variant: `{"em": …}`. Gives the
    /// variant's index in `names` and its value.
    pub fn variant(&self, names: &[&str]) -> Result<(usize, &Value), Error<'_>> {
        let Value::Object(members) = self else {
            return Err(self.expected(&["an object with one key: ", &one_of(names)].concat()));
        };
        let [(key, value)] = members.as_slice() else {
            return Err(self.error(["expected an object with exactly one key: ", &one_of(names)].concat()));
        };
        match names.iter().position(|name| name == key) {
            Some(i) => Ok((i, value)),
            None => Err(value.error(["unknown kind `", key, "`, expected ", &one_of(names)].concat())),
        }
    }
}

/// The fields of an object that [`Value::object`] or [`Value::record`] checked.
pub struct Fields<'a> {
    object: &'a Value,
    members: &'a [(String, Value)],
}

impl<'a> Fields<'a> {
    /// The field's value, `None` when absent.
    pub fn get(&self, key: &str) -> Option<&'a Value> {
        self.members.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// The field's value; absent is an error about the object.
    pub fn required(&self, key: &str) -> Result<&'a Value, Error<'a>> {
        self.get(key)
            .ok_or_else(|| self.object.error(["missing field `", key, "`"].concat()))
    }

    /// The field's value, `None` when absent or `null` (an `Option` field).
    pub fn optional(&self, key: &str) -> Option<&'a Value> {
        self.get(key).filter(|v| **v != Value::Null)
    }

    /// A required string.
    pub fn string(&self, key: &str) -> Result<String, Error<'a>> {
        self.required(key)?.string()
    }

    /// A string that may be absent or `null`.
    pub fn optional_string(&self, key: &str) -> Result<Option<String>, Error<'a>> {
        self.optional(key).map(Value::string).transpose()
    }

    /// A list that may be absent (then empty), but not `null`.
    pub fn list<T>(
        &self,
        key: &str,
        item: fn(&'a Value) -> Result<T, Error<'a>>,
    ) -> Result<Vec<T>, Error<'a>> {
        self.get(key).map_or(Ok(Vec::new()), |v| v.list(item))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(src: &str) -> SyntaxError {
        parse(src).expect_err(src)
    }

    fn num(text: &str) -> Value {
        Value::Number(Number(text.to_owned()))
    }

    #[test]
    fn parses_every_kind_of_value() {
        let v = parse(" {\"a\": [1, -2.5e+3, true, false, null, \"x\\n\\u00e9\\ud83d\\ude00\\/\"], \"b\": {}, \"c\": []}\r\n\t")
            .unwrap();
        assert_eq!(
            v,
            Value::Object(vec![
                (
                    "a".into(),
                    Value::Array(vec![
                        num("1"),
                        num("-2.5e+3"),
                        Value::Bool(true),
                        Value::Bool(false),
                        Value::Null,
                        Value::String("x\né😀/".into()),
                    ])
                ),
                ("b".into(), Value::Object(vec![])),
                ("c".into(), Value::Array(vec![])),
            ])
        );
        assert_eq!(parse("\"\"").unwrap(), Value::String(String::new()));
        assert_eq!(parse("0").unwrap(), num("0"));
        assert_eq!(
            parse(r#"{"a":1,"a":2}"#).unwrap(),
            Value::Object(vec![("a".into(), num("1")), ("a".into(), num("2"))])
        );
    }

    #[test]
    fn refuses_what_is_not_json() {
        for bad in [
            "",
            "   ",
            "{",
            "[1,]",
            "{\"a\":1,}",
            "[1 2]",
            "{\"a\" 1}",
            "{1: 2}",
            "{'a': 1}",
            "01",
            "-01",
            "1.",
            ".5",
            "+1",
            "-",
            "1e",
            "1e+",
            "NaN",
            "Infinity",
            "tru",
            "nul",
            "True",
            "\"abc",
            "\"\\x\"",
            "\"\\u12g4\"",
            "\"a\u{1}b\"",
            "\"tab\there\"",
            "\"\\ud800\"",
            "\"\\udc00\"",
            "\"\\ud800\\u0041\"",
            "\"\\ud800\\n\"",
            "\"\\ud800x\"",
            "[1]x",
            "{} {}",
            "<!doctype html><html><body>Not found</body></html>",
            "\u{FEFF}{}",
            "\u{a0}1",
        ] {
            assert!(parse(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn errors_say_where() {
        assert_eq!(
            err("{\n  \"a\": tru\n}"),
            SyntaxError {
                line: 2,
                column: 11,
                message: NOT_A_VALUE
            }
        );
        assert_eq!((err("{\"é\": [1,").line, err("{\"é\": [1,").column), (1, 10));
        assert_eq!(err("{\"é\": [1,").message, END);
        let e = err("[\n\"ok\",\n\"é\u{7}\"]");
        assert_eq!((e.line, e.column, e.message), (3, 3, CONTROL));
        assert_eq!(err("").to_string(), format!("{END} at line 1 column 1"));
    }

    #[test]
    fn nesting_stops_at_serde_json_limit_without_overflowing() {
        let nested = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        assert!(parse(&nested(DEPTH_LIMIT - 1)).is_ok());
        assert_eq!(err(&nested(DEPTH_LIMIT)).message, TOO_DEEP);
        assert_eq!(err(&nested(DEPTH_LIMIT)).column, DEPTH_LIMIT);
        assert_eq!(err(&"[{\"a\":".repeat(100_000)).message, TOO_DEEP);
        for n in [DEPTH_LIMIT - 1, DEPTH_LIMIT] {
            assert_eq!(
                parse(&nested(n)).is_ok(),
                serde_json::from_str::<serde_json::Value>(&nested(n)).is_ok()
            );
        }
    }

    #[test]
    fn numbers_read_exactly() {
        let v = |s: &str| parse(s).unwrap();
        assert_eq!(v("18446744073709551615").u64(), Ok(u64::MAX));
        assert!(v("18446744073709551616").u64().is_err());
        assert_eq!(v("4294967295").u32(), Ok(u32::MAX));
        assert!(v("4294967296").u32().is_err());
        for not_whole in ["1.0", "1e2", "-1", "-0", "0.5"] {
            assert!(v(not_whole).u64().is_err(), "{not_whole}");
        }
        assert_eq!(v("255").uint(255), Ok(255));
        assert!(v("256").uint(255).is_err());
        assert_eq!(v("0.1").f64(), Ok(0.1));
        assert_eq!(v("1795739550.983").f64(), Ok(1_795_739_550.983));
        assert_eq!(v("-2.5E-3").f64(), Ok(-0.0025));
        assert_eq!(v("9007199254740993").f64(), Ok(9_007_199_254_740_992.0));
        assert!(v("1e400").f64().is_err());
        assert!(v("\"1\"").f64().is_err());
        let e = v("5000000000");
        assert_eq!(
            e.u32().unwrap_err().message,
            "expected a whole number from 0 to 4294967295, found 5000000000"
        );
    }

    #[test]
    fn writes_json_that_reads_back() {
        let text = "quote \" backslash \\ newline \n nul \u{0} esc \u{1b} del \u{7f} é 😀 \u{2028}";
        let value = Value::new_object(vec![
            ("s", Value::from(text)),
            ("n", Value::from(u64::MAX)),
            ("f", Value::from(1_700_000_000_123.5)),
            ("whole", Value::from(1_700_000_000_000.0)),
            ("nan", Value::from(f64::NAN)),
            ("b", Value::from(true)),
            ("list", Value::Array(vec![Value::Null, Value::from("x")])),
        ]);
        let json = value.to_json();
        assert!(json.starts_with(r#"{"s":"quote \" backslash \\ newline \n nul \u0000 esc \u001b del"#));
        assert_eq!(parse(&json).unwrap().to_json(), json);
        let back = parse(&json).unwrap();
        let fields = back.object(&["s", "n", "f", "whole", "nan"]).unwrap();
        assert_eq!(fields.string("s").unwrap(), text);
        assert_eq!(fields.required("n").unwrap().u64(), Ok(u64::MAX));
        assert_eq!(fields.required("f").unwrap().f64(), Ok(1_700_000_000_123.5));
        assert_eq!(fields.required("whole").unwrap().f64(), Ok(1_700_000_000_000.0));
        assert_eq!(fields.get("nan"), Some(&Value::Null));
        let serde: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(serde["s"], text);
    }

    #[test]
    fn records_refuse_unknown_repeated_and_missing_fields() {
        let v = parse(r#"{"a": "x", "b": null, "list": [1, 2]}"#).unwrap();
        let f = v.record(&["a", "b", "list", "c"]).unwrap();
        assert_eq!(f.string("a").unwrap(), "x");
        assert_eq!(f.optional_string("b").unwrap(), None);
        assert_eq!(f.optional_string("c").unwrap(), None);
        assert!(f.get("b").is_some());
        assert_eq!(f.list("list", Value::u64).unwrap(), vec![1, 2]);
        assert_eq!(f.list("c", Value::u64).unwrap(), Vec::<u64>::new());
        assert!(f.list("b", Value::u64).is_err(), "null is not an absent list");
        let missing = f.required("c").unwrap_err();
        assert_eq!(missing.message, "missing field `c`");
        assert!(std::ptr::eq(missing.at, &v));

        let e = v.record(&["a", "b"]).err().unwrap();
        assert_eq!(e.message, "unknown field `list`, expected `a` or `b`");
        assert_eq!(path_to(&v, e.at), vec![Seg::Key("list")]);
        assert!(v.object(&["a"]).is_ok(), "objects ignore other keys");

        let twice = parse(r#"{"a": 1, "z": 0, "z": 0, "a": 2}"#).unwrap();
        assert!(twice.object(&["b"]).is_ok(), "repeated keys nobody reads");
        assert_eq!(twice.object(&["a"]).err().unwrap().message, "duplicate field `a`");
        assert!(parse("[]").unwrap().object(&[]).is_err());
    }

    #[test]
    fn variants_are_objects_with_one_known_key() {
        let names = ["em", "strong"];
        let read = |s: &str| parse(s).unwrap();
        assert_eq!(read(r#"{"strong": 1}"#).variant(&names).unwrap().0, 1);
        for bad in [
            r#"{}"#,
            r#"{"em": 1, "strong": 2}"#,
            r#""em""#,
            r#"{"code": 1}"#,
            "[1]",
        ] {
            assert!(read(bad).variant(&names).is_err(), "{bad}");
        }
        assert_eq!(
            read(r#"{"code": 1}"#).variant(&names).unwrap_err().message,
            "unknown kind `code`, expected `em` or `strong`"
        );
    }

    #[test]
    fn paths_lead_to_the_value() {
        let v = parse(r#"{"a": [0, {"b": [true]}]}"#).unwrap();
        let Value::Object(m) = &v else { panic!() };
        let Value::Array(items) = &m[0].1 else { panic!() };
        let Value::Object(inner) = &items[1] else { panic!() };
        let Value::Array(deep) = &inner[0].1 else { panic!() };
        assert_eq!(
            path_to(&v, &deep[0]),
            vec![Seg::Key("a"), Seg::Index(1), Seg::Key("b"), Seg::Index(0)]
        );
        assert_eq!(path_to(&v, &v), vec![]);
        assert_eq!(path_to(&v, &Value::Null), vec![]);
        let e = items[0].expected("a string");
        assert_eq!(e.message, "expected a string, found 0");
        assert_eq!(path_to(&v, e.at), vec![Seg::Key("a"), Seg::Index(0)]);
    }
}

//! Which addresses may be links to the web: `http://` or `https://` and a host, with no spaces or
//! control characters a browser would strip, and no user name or password before the host.

/// Whether the address holds a space, a control character or a backslash, which browsers strip or
/// read as a slash.
pub fn has_unsafe_chars(s: &str) -> bool {
    s.chars()
        .any(|c| c.is_whitespace() || c.is_control() || c == '\\')
}

/// `s.starts_with(prefix)`, ignoring ASCII case.
pub fn starts_with_ignore_case(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len() && s.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

/// What follows `http(s)://` up to the path: the host and port (and a user name and password, if
/// the address carries them, before `@`). `None` for an address that is not `http(s)://`.
fn web_authority(s: &str) -> Option<&str> {
    let scheme = ["http://", "https://"]
        .into_iter()
        .find(|p| starts_with_ignore_case(s, p))?;
    let rest = &s[scheme.len()..];
    Some(&rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())])
}

/// An `http(s)://` address whose authority holds `user:password@`: browsers warn about such
/// links, and the HTML standard does not allow them.
pub fn has_credentials(s: &str) -> bool {
    web_authority(s).is_some_and(|a| a.contains('@'))
}

/// `http://` or `https://` followed by a host, with no user name or password before it.
pub fn is_web_url(s: &str) -> bool {
    !has_unsafe_chars(s) && !has_credentials(s) && web_authority(s).is_some_and(|a| !a.is_empty())
}

/// An absolute address (`http(s)://…`, `mailto:…`) as a URL writes it: `None` if it is no URL.
pub fn absolute(s: &str) -> Option<String> {
    url::Url::parse(s).ok().map(String::from)
}

/// A commenter's website (`http(s)://` and a host, see [`is_web_url`]) as a URL writes it:
/// `None` if it is not one.
pub fn web_address(s: &str) -> Option<String> {
    is_web_url(s).then(|| absolute(s)).flatten()
}

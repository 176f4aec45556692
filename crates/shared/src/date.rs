//! Publication dates: `2024-12-24` or `2024-12-24T09:30:00Z` (an offset such as `+02:00` is kept).

use std::fmt;

/// A calendar date with an optional time of day, exactly as the editor wrote it.
/// Dates compare as instants: a date without a time is midnight UTC.
#[derive(Debug, Clone)]
pub struct Date {
    source: String,
    year: u16,
    month: u8,
    day: u8,
    time: Option<Time>,
}

/// A time of day as written: the clock on the date's day and the offset from UTC.
#[derive(Debug, Clone, Copy)]
struct Time {
    hour: u8,
    minute: u8,
    /// `None` when written as `HH:MM`.
    second: Option<u8>,
    offset: Offset,
}

/// How a time says where it is: `Z`, `±HH:MM`, or nothing (read as UTC).
#[derive(Debug, Clone, Copy)]
enum Offset {
    Unwritten,
    Z,
    /// Minutes east of UTC (negative west), and whether written with `-` (`-00:00` is not `+00:00`).
    Minutes {
        minutes: i16,
        west: bool,
    },
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => 29,
        2 => 28,
        _ => 31,
    }
}

fn digits(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

impl Date {
    /// Parses `YYYY-MM-DD`, optionally followed by `THH:MM[:SS]` and `Z` or `±HH:MM`.
    pub fn parse(s: &str) -> Result<Date, String> {
        let expected = "expected a date like 2024-12-24 or 2024-12-24T09:30:00Z";
        let bad = || format!("`{s}` is not a valid date: {expected}");
        let (date, time) = match s.split_once('T') {
            Some((d, t)) => (d, Some(t)),
            None => (s, None),
        };
        let mut parts = date.split('-');
        let (y, m, d) = match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (Some(y), Some(m), Some(d), None) if y.len() == 4 && m.len() == 2 && d.len() == 2 => (
                digits(y).ok_or_else(bad)?,
                digits(m).ok_or_else(bad)?,
                digits(d).ok_or_else(bad)?,
            ),
            _ => return Err(bad()),
        };
        if !(1..=12).contains(&m) {
            return Err(format!("`{s}` is not a valid date: month {m} does not exist"));
        }
        let (year, month) = (y as u16, m as u8);
        if d == 0 || d > u32::from(days_in_month(year, month)) {
            return Err(format!(
                "`{s}` is not a valid date: {} {year} has no day {d}",
                MONTHS[usize::from(month) - 1]
            ));
        }
        let time = match time {
            None => None,
            Some(t) => Some(parse_time(t).ok_or_else(bad)?),
        };
        Ok(Date {
            source: s.to_owned(),
            year,
            month,
            day: d as u8,
            time,
        })
    }

    /// The UTC date and time of a Unix timestamp in seconds (as comment servers send them).
    pub fn from_unix(seconds: f64) -> Date {
        let secs = if seconds.is_finite() {
            seconds.floor() as i64
        } else {
            0
        };
        let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)).clamp(0, 9999) as u16;
        let (h, m, s) = (rem / 3600, rem % 3600 / 60, rem % 60);
        Date {
            source: format!("{year:04}-{month:02}-{day:02}T{h:02}:{m:02}:{s:02}Z"),
            year,
            month,
            day,
            time: Some(Time {
                hour: h as u8,
                minute: m as u8,
                second: Some(s as u8),
                offset: Offset::Z,
            }),
        }
    }

    /// The string as written, for `<time datetime>`.
    pub fn as_str(&self) -> &str {
        &self.source
    }

    /// The calendar date as written: (year, month, day).
    pub fn ymd(&self) -> (u16, u8, u8) {
        (self.year, self.month, self.day)
    }

    /// `24 December 2024`.
    pub fn human(&self) -> String {
        format!(
            "{} {} {}",
            self.day,
            MONTHS[usize::from(self.month) - 1],
            self.year
        )
    }

    /// RFC 3339 (`2024-12-24T09:30:00Z`), as Atom, JSON-LD and Open Graph's `article:*_time` want it: a
    /// date alone is midnight UTC, missing seconds are `:00`, a time written without an offset (read as
    /// UTC) gets `Z`, and an offset is kept as written.
    pub fn rfc3339(&self) -> String {
        let (year, month, day) = (self.year, self.month, self.day);
        match &self.time {
            None => format!("{year:04}-{month:02}-{day:02}T00:00:00Z"),
            Some(t) => format!(
                "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}{}",
                t.hour,
                t.minute,
                t.second.unwrap_or(0),
                t.offset
            ),
        }
    }

    /// W3C Datetime (`2024-12-24`, `2024-12-24T09:30Z`), as sitemaps want it: as written (it allows a
    /// date alone and a time without seconds), with `Z` for a time written without an offset.
    pub fn w3c(&self) -> String {
        let (year, month, day) = (self.year, self.month, self.day);
        match &self.time {
            None => format!("{year:04}-{month:02}-{day:02}"),
            Some(t) => {
                let second = t.second.map(|s| format!(":{s:02}")).unwrap_or_default();
                format!(
                    "{year:04}-{month:02}-{day:02}T{:02}:{:02}{second}{}",
                    t.hour, t.minute, t.offset
                )
            }
        }
    }

    /// Minutes since 1970-01-01T00:00Z.
    fn instant(&self) -> i64 {
        // Days from the civil date (Howard Hinnant's algorithm).
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        let days = era * 146_097 + doe - 719_468;
        let minutes = self.time.map_or(0, |t| {
            let offset = match t.offset {
                Offset::Minutes { minutes, .. } => i64::from(minutes),
                Offset::Unwritten | Offset::Z => 0,
            };
            i64::from(t.hour) * 60 + i64::from(t.minute) - offset
        });
        days * 1440 + minutes
    }
}

/// `Z` for UTC, whether written so or not at all; an offset as written.
impl fmt::Display for Offset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Offset::Unwritten | Offset::Z => f.write_str("Z"),
            Offset::Minutes { minutes, west } => {
                let sign = if west { '-' } else { '+' };
                let minutes = minutes.unsigned_abs();
                write!(f, "{sign}{:02}:{:02}", minutes / 60, minutes % 60)
            }
        }
    }
}

fn parse_time(t: &str) -> Option<Time> {
    let (clock, offset) = if let Some(c) = t.strip_suffix('Z') {
        (c, Offset::Z)
    } else if let Some(i) = t.rfind(['+', '-']) {
        let (c, off) = t.split_at(i);
        let west = off.starts_with('-');
        let (oh, om) = off[1..].split_once(':')?;
        if oh.len() != 2 || om.len() != 2 {
            return None;
        }
        let (oh, om) = (digits(oh)?, digits(om)?);
        if oh > 23 || om > 59 {
            return None;
        }
        let minutes = (oh * 60 + om) as i16;
        let minutes = if west { -minutes } else { minutes };
        (c, Offset::Minutes { minutes, west })
    } else {
        (t, Offset::Unwritten)
    };
    let mut parts = clock.split(':');
    let h = parts.next().filter(|p| p.len() == 2).and_then(digits)?;
    let m = parts.next().filter(|p| p.len() == 2).and_then(digits)?;
    let s = match parts.next() {
        Some(p) if p.len() == 2 => Some(digits(p)?),
        Some(_) => return None,
        None => None,
    };
    if parts.next().is_some() || h > 23 || m > 59 || s.is_some_and(|s| s > 59) {
        return None;
    }
    Some(Time {
        hour: h as u8,
        minute: m as u8,
        second: s.map(|s| s as u8),
        offset,
    })
}

impl PartialEq for Date {
    fn eq(&self, other: &Self) -> bool {
        self.instant() == other.instant()
    }
}

impl Eq for Date {}

impl PartialOrd for Date {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Date {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.instant().cmp(&other.instant())
    }
}

/// The text as written: a fingerprint of what a page is made from must see a date written in another form
/// (`2024-12-24` → `2024-12-24T00:00Z`), since the page shows it as written. Finer than equality, which is
/// by instant: so a `Date` is no key for a hash map (none is).
impl std::hash::Hash for Date {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.source.hash(state);
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.source)
    }
}

impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <String as serde::Deserialize>::deserialize(d)?;
        Date::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// Written as the editor wrote it, so it reads back the same.
impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.source)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_dates_and_datetimes() {
        assert_eq!(Date::parse("2024-12-24").unwrap().human(), "24 December 2024");
        assert_eq!(
            Date::parse("2024-02-29T09:30:00Z").unwrap().human(),
            "29 February 2024"
        );
        assert!(Date::parse("2024-12-24T09:30+02:00").is_ok());
        assert!(Date::parse("2024-12-24T09:30:15-05:30").is_ok());
    }

    #[test]
    fn rejects_impossible_or_malformed_dates() {
        for bad in [
            "2023-02-29",
            "2024-13-01",
            "2024-00-10",
            "2024-04-31",
            "24-12-2024",
            "2024/12/24",
            "2024-12-24T25:00Z",
            "2024-12-24T10:61",
            "yesterday",
            "",
            "2024-1-05",
        ] {
            assert!(Date::parse(bad).is_err(), "{bad} should be refused");
        }
        let msg = Date::parse("2023-02-29").unwrap_err();
        assert!(msg.contains("February 2023 has no day 29"), "{msg}");
    }

    #[test]
    fn from_unix_timestamps() {
        assert_eq!(Date::from_unix(0.0).as_str(), "1970-01-01T00:00:00Z");
        let d = Date::from_unix(1_795_739_550.983);
        assert_eq!(d.as_str(), "2026-11-27T00:32:30Z");
        assert_eq!(d, Date::parse("2026-11-27T00:32:30Z").unwrap());
        assert_eq!(Date::from_unix(951_782_400.0).as_str(), "2000-02-29T00:00:00Z");
    }

    #[test]
    fn orders_by_instant() {
        let a = Date::parse("2024-12-24").unwrap();
        let b = Date::parse("2024-12-24T10:00Z").unwrap();
        let c = Date::parse("2024-12-24T11:00+02:00").unwrap();
        assert!(a < b);
        assert!(c < b, "11:00+02:00 is 09:00Z");
        let late = Date::parse("2024-12-24T23:00Z").unwrap();
        let next_day_east = Date::parse("2024-12-25T00:30+02:00").unwrap();
        assert!(
            next_day_east < late,
            "00:30+02:00 on the 25th is 22:30Z on the 24th"
        );
        assert!(Date::parse("2024-03-01").unwrap() > Date::parse("2024-02-29T23:59Z").unwrap());
        assert_eq!(
            Date::parse("2024-12-24").unwrap(),
            Date::parse("2024-12-24T02:00+02:00").unwrap()
        );
    }

    #[test]
    fn rfc3339_and_w3c_forms() {
        let d = |s: &str| Date::parse(s).unwrap().rfc3339();
        assert_eq!(d("2024-12-24"), "2024-12-24T00:00:00Z");
        assert_eq!(d("2024-12-24T09:30:00Z"), "2024-12-24T09:30:00Z");
        assert_eq!(d("2024-12-24T09:30Z"), "2024-12-24T09:30:00Z");
        assert_eq!(d("2024-12-24T09:30"), "2024-12-24T09:30:00Z");
        assert_eq!(d("2024-12-24T09:30:15"), "2024-12-24T09:30:15Z");
        assert_eq!(d("2024-12-24T09:30+02:00"), "2024-12-24T09:30:00+02:00");
        assert_eq!(d("2024-12-24T09:30:15-05:30"), "2024-12-24T09:30:15-05:30");
        assert_eq!(d("2024-12-24T09:30-00:00"), "2024-12-24T09:30:00-00:00");
        assert_eq!(Date::from_unix(0.0).rfc3339(), "1970-01-01T00:00:00Z");
        let w = |s: &str| Date::parse(s).unwrap().w3c();
        assert_eq!(w("2024-12-24"), "2024-12-24");
        assert_eq!(w("2024-12-24T09:30"), "2024-12-24T09:30Z");
        assert_eq!(w("2024-12-24T09:30+02:00"), "2024-12-24T09:30+02:00");
        assert_eq!(w("2024-12-24T09:30:00Z"), "2024-12-24T09:30:00Z");
    }

    #[test]
    fn offsets_move_the_instant_not_the_day() {
        let d = Date::parse("2024-12-25T00:30+02:00").unwrap();
        assert_eq!(d.ymd(), (2024, 12, 25));
        assert_eq!(d, Date::parse("2024-12-24T22:30Z").unwrap());
        assert_eq!(
            Date::parse("2024-12-24T09:30-05:30").unwrap(),
            Date::parse("2024-12-24T15:00Z").unwrap()
        );
    }
}

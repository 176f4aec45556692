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
    /// Minutes after midnight of `day`, in UTC (may fall on the day before or after).
    minutes: Option<i32>,
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
        let minutes = match time {
            None => None,
            Some(t) => Some(parse_time(t).ok_or_else(bad)?),
        };
        Ok(Date {
            source: s.to_owned(),
            year,
            month,
            day: d as u8,
            minutes,
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
            minutes: Some((h * 60 + m) as i32),
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
        days * 1440 + i64::from(self.minutes.unwrap_or(0))
    }
}

fn parse_time(t: &str) -> Option<i32> {
    let (clock, offset) = if let Some(c) = t.strip_suffix('Z') {
        (c, 0)
    } else if let Some(i) = t.rfind(['+', '-']) {
        let (c, off) = t.split_at(i);
        let sign = if off.starts_with('-') { -1 } else { 1 };
        let (oh, om) = off[1..].split_once(':')?;
        if oh.len() != 2 || om.len() != 2 {
            return None;
        }
        let (oh, om) = (digits(oh)?, digits(om)?);
        if oh > 23 || om > 59 {
            return None;
        }
        (c, sign * (oh * 60 + om) as i32)
    } else {
        (t, 0)
    };
    let mut parts = clock.split(':');
    let h = parts.next().filter(|p| p.len() == 2).and_then(digits)?;
    let m = parts.next().filter(|p| p.len() == 2).and_then(digits)?;
    let s = match parts.next() {
        Some(p) if p.len() == 2 => digits(p)?,
        Some(_) => return None,
        None => 0,
    };
    if parts.next().is_some() || h > 23 || m > 59 || s > 59 {
        return None;
    }
    Some((h * 60 + m) as i32 - offset)
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
}

//! Numbers, dates and plural forms in the browser, with its own `Intl`.

fn locales(locale: &str) -> js_sys::Array {
    js_sys::Array::of1(&locale.into())
}

pub fn plural_category(locale: &str, n: usize) -> String {
    js_sys::Intl::PluralRules::new(&locales(locale), &js_sys::Object::new())
        .select(n as f64)
        .into()
}

pub fn number(locale: &str, n: usize) -> String {
    js_sys::Intl::NumberFormat::new(&locales(locale), &js_sys::Object::new())
        .format()
        .call1(&wasm_bindgen::JsValue::NULL, &(n as f64).into())
        .ok()
        .and_then(|text| text.as_string())
        .unwrap_or_else(|| n.to_string())
}

pub fn date(locale: &str, year: u16, month: u8, day: u8) -> String {
    let options = js_sys::Object::new();
    for (key, value) in [
        ("day", "numeric"),
        ("month", "long"),
        ("year", "numeric"),
        ("calendar", "gregory"),
        // The date as written: the same day wherever the reader is.
        ("timeZone", "UTC"),
    ] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    let noon = js_sys::Date::new(&format!("{year:04}-{month:02}-{day:02}T12:00:00Z").into());
    js_sys::Intl::DateTimeFormat::new(&locales(locale), &options)
        .format()
        .call1(&wasm_bindgen::JsValue::NULL, &noon)
        .ok()
        .and_then(|text| text.as_string())
        .unwrap_or_else(|| format!("{year:04}-{month:02}-{day:02}"))
}

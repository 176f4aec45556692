//! JSON Schema for `site.json` and `articles/<slug>.json`, generated from the content types
//! (schemars reads the same serde attributes the reader obeys: unknown fields refused, optional
//! fields, defaults). Written to `public/content/schema/` by `check-content --write-schema`, and
//! named by each file's `$schema`, so editors such as VS Code complete and check the JSON as it is
//! typed. The schema catches the shape; `check-content` still makes every check (slugs, references,
//! dates that exist, addresses as URLs).

use super::{Article, Href, ImageSrc, Inline, Inlines, Site};
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use std::borrow::Cow;

/// The schema files and what each describes, relative to the content folder's `schema/`.
pub const FILES: [&str; 2] = ["site.schema.json", "article.schema.json"];

/// `site.schema.json`.
pub fn site() -> serde_json::Value {
    schemars::schema_for!(Site).to_value()
}

/// `article.schema.json`.
pub fn article() -> serde_json::Value {
    schemars::schema_for!(Article).to_value()
}

/// A schema file's text, as written to the folder.
pub fn text(schema: &serde_json::Value) -> String {
    let mut text = serde_json::to_string_pretty(schema).expect("a schema is JSON");
    text.push('\n');
    text
}

/// A content date's schema (`shared::Date` is the browser's type too, which knows nothing of schemas):
/// fields of type `Date` name it with `#[schemars(with = "DateSchema")]`.
pub struct DateSchema;

impl JsonSchema for DateSchema {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "2024-12-24 or 2024-12-24T09:30:00Z (an offset like +02:00 is fine)",
            "type": "string",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|[+-][0-9]{2}:[0-9]{2})?)?$"
        })
    }
}

impl JsonSchema for Href {
    fn schema_name() -> Cow<'static, str> {
        "Href".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "https://…, http://…, mailto:…, or a same-site path starting with / or #",
            "type": "string",
            "pattern": "^([hH][tT][tT][pP][sS]?://[^/@\\s]|[mM][aA][iI][lL][tT][oO]:\\S|/(?!/)|#)"
        })
    }
}

impl JsonSchema for ImageSrc {
    fn schema_name() -> Cow<'static, str> {
        "ImageSrc".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "https://…, http://…, or a same-site path starting with /",
            "type": "string",
            "pattern": "^([hH][tT][tT][pP][sS]?://[^/@\\s]|/(?!/))"
        })
    }
}

impl JsonSchema for Inlines {
    fn schema_name() -> Cow<'static, str> {
        "Text".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "a string, or a list of strings and {\"em\"|\"strong\"|\"code\"|\"link\": …} spans",
            "anyOf": [
                { "type": "string" },
                { "type": "array", "items": generator.subschema_for::<Inline>() }
            ]
        })
    }
}

impl JsonSchema for Inline {
    fn schema_name() -> Cow<'static, str> {
        "Span".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let text = generator.subschema_for::<Inlines>().to_value();
        let href = generator.subschema_for::<Href>();
        let one = |key: &str, value: serde_json::Value| {
            serde_json::json!({
                "type": "object",
                "properties": { key: value },
                "required": [key],
                "additionalProperties": false
            })
        };
        json_schema!({
            "anyOf": [
                { "type": "string" },
                one("em", text.clone()),
                one("strong", text.clone()),
                one("code", serde_json::json!({ "type": "string" })),
                one("link", serde_json::json!({
                    "type": "object",
                    "properties": { "text": text, "href": href },
                    "required": ["text", "href"],
                    "additionalProperties": false
                }))
            ]
        })
    }
}

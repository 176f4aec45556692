//! Objects only. serde's derive reads a struct from a JSON object, and also from a list of its
//! fields in order: `["c1", null, "Ana", …]` would be a comment, and a stray bracket
//! (`"sections": [[{…}]]`) an error about some first field. The format has no such lists, so the
//! content types read themselves from objects only, and a list where an object belongs is called
//! what it is.

/// Implements `Deserialize` for structs that derive it with `#[serde(remote = "Self")]`, which
/// turns the derived code into an inherent `deserialize`: a JSON object is read by that code, any
/// other value is refused with "expected an object".
macro_rules! objects_only {
    ($($t:ident),* $(,)?) => {$(
        impl<'de> serde::Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct Object;
                impl<'de> serde::de::Visitor<'de> for Object {
                    type Value = $t;
                    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                        f.write_str("an object, `{ … }`")
                    }
                    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<$t, A::Error> {
                        $t::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    }
                }
                d.deserialize_map(Object)
            }
        }
    )*};
}

/// Implements `Serialize` for structs that derive it with `#[serde(remote = "Self")]` (see
/// [`objects_only`]): the derived code, which that makes an inherent `serialize`, is the trait's. For
/// content the build hands on as it read it, such as the comments an island gets as props.
macro_rules! serialize_self {
    ($($t:ident),* $(,)?) => {$(
        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                $t::serialize(self, s)
            }
        }
    )*};
}

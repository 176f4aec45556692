//! The islands' WebAssembly modules, one per island, as Trunk built them from `index.html`: the contents
//! as Trunk's main module (`contents-<hash>.js` and `contents-<hash>_bg.wasm`), the comment box and the
//! search box as modules of the web target Trunk builds for workers (`comments.js`, `comments_bg.wasm`,
//! unhashed). `/assets/*` is cached for a year (`public/_headers`), so the build names every module by a
//! hash of its files, as Trunk names the main one, and leaves Trunk's loader and preload out of the
//! pages. A page lists the modules of its islands in a JSON data block; `hydrate.js` fetches each one
//! when its reader needs it.

use content::{Base, Route};
use std::path::{Path, PathBuf};

/// An island, and so a module.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Island {
    Contents,
    CommentBox,
    Search,
}

impl Island {
    pub const ALL: [Island; 3] = [Island::Contents, Island::CommentBox, Island::Search];

    /// The island's component, as Leptos names it in `data-component="Name_<hash>"`.
    pub fn component(self) -> &'static str {
        match self {
            Island::Contents => "Contents",
            Island::CommentBox => "CommentBox",
            Island::Search => "Search",
        }
    }

    /// Its module's name: the bin `index.html` builds, and the start of its files' names.
    pub fn module(self) -> &'static str {
        match self {
            Island::Contents => "contents",
            Island::CommentBox => "comments",
            Island::Search => "search",
        }
    }

    /// The island whose component is `name`.
    pub fn of_component(name: &str) -> Option<Island> {
        Island::ALL.into_iter().find(|i| i.component() == name)
    }
}

/// An island's module: its JavaScript glue and its WebAssembly, as files in `assets/`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Module {
    pub island: Island,
    pub js: String,
    pub wasm: String,
}

impl Module {
    pub fn js_href(&self, base: &Base) -> String {
        Route::Asset(self.js.clone()).href(base)
    }

    pub fn wasm_href(&self, base: &Base) -> String {
        Route::Asset(self.wasm.clone()).href(base)
    }
}

/// The modules Trunk wrote, by their final names, and the renames that give the unhashed ones those
/// names: (from, to), both relative to the output folder.
#[derive(Debug, Default)]
pub struct Modules {
    pub modules: Vec<Module>,
    pub renamed: Vec<(PathBuf, PathBuf)>,
}

/// Finds every island's module among the files of `out/assets`.
pub fn find(out: &Path) -> Result<Modules, String> {
    let dir = out.join("assets");
    let names: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .collect();
    let read = |name: &str| {
        let path = dir.join(name);
        std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))
    };
    let mut found = Modules::default();
    for island in Island::ALL {
        let (js, wasm) = files_of(island, &names)?;
        if is_hashed(&js, island) {
            found.modules.push(Module { island, js, wasm });
            continue;
        }
        let hash = {
            let mut bytes = read(&js)?;
            bytes.extend(read(&wasm)?);
            xxhash_rust::xxh3::xxh3_64(&bytes)
        };
        let module = Module {
            island,
            js: format!("{}-{hash:016x}.js", island.module()),
            wasm: format!("{}-{hash:016x}_bg.wasm", island.module()),
        };
        let asset = |name: &str| Path::new("assets").join(name);
        found.renamed.push((asset(&js), asset(&module.js)));
        found.renamed.push((asset(&wasm), asset(&module.wasm)));
        found.modules.push(module);
    }
    Ok(found)
}

/// The glue and the WebAssembly of `island`'s module among `names`: `{module}.js` and
/// `{module}_bg.wasm`, or with `-{hash}` after the module's name.
fn files_of(island: Island, names: &[String]) -> Result<(String, String), String> {
    let module = island.module();
    let one = |suffix: &str| {
        let mut matching = names.iter().filter(|name| {
            name.strip_prefix(module)
                .and_then(|rest| rest.strip_suffix(suffix))
                .is_some_and(|hash| hash.is_empty() || hash.strip_prefix('-').is_some_and(is_hex))
        });
        match (matching.next(), matching.next()) {
            (Some(name), None) => Ok(name.clone()),
            (None, _) => Err(format!(
                "assets/{module}*{suffix}: Trunk wrote no module for the {} island (index.html builds one per island)",
                island.component()
            )),
            (Some(a), Some(b)) => Err(format!("assets/: two files of the {module} module, {a} and {b}")),
        }
    };
    Ok((one(".js")?, one("_bg.wasm")?))
}

fn is_hex(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_hexdigit())
}

fn is_hashed(js: &str, island: Island) -> bool {
    js != format!("{}.js", island.module())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unhashed_modules_get_the_hash_of_their_files_and_hashed_ones_keep_their_names() {
        let out = std::env::temp_dir().join(format!("broadsheet-modules-{}", std::process::id()));
        let assets = out.join("assets");
        std::fs::create_dir_all(&assets).unwrap();
        for (name, text) in [
            ("contents-00112233aabbccdd.js", "c"),
            ("contents-00112233aabbccdd_bg.wasm", "c"),
            ("comments.js", "glue"),
            ("comments_bg.wasm", "wasm"),
            ("search.js", "glue"),
            ("search_bg.wasm", "other wasm"),
            ("hydrate-0123.js", "h"),
            ("searching.js", "not a module"),
        ] {
            std::fs::write(assets.join(name), text).unwrap();
        }
        let found = find(&out).unwrap();
        let names: Vec<_> = found
            .modules
            .iter()
            .map(|m| (m.island, m.js.as_str(), m.wasm.as_str()))
            .collect();
        assert_eq!(
            names[0],
            (
                Island::Contents,
                "contents-00112233aabbccdd.js",
                "contents-00112233aabbccdd_bg.wasm"
            )
        );
        let comments = &found.modules[1];
        let search = &found.modules[2];
        assert!(comments.js.starts_with("comments-") && comments.js.len() == "comments-.js".len() + 16);
        assert_eq!(comments.wasm, comments.js.replace(".js", "_bg.wasm"));
        // Different files, different names.
        assert_ne!(comments.js[9..], search.js[7..]);
        assert_eq!(
            found.renamed[0],
            (
                PathBuf::from("assets/comments.js"),
                Path::new("assets").join(&comments.js)
            )
        );
        assert_eq!(found.renamed.len(), 4);
        // A module missing is an error naming it.
        std::fs::remove_file(assets.join("search_bg.wasm")).unwrap();
        let err = find(&out).unwrap_err();
        assert!(err.contains("search") && err.contains("Search island"), "{err}");
        std::fs::remove_dir_all(&out).unwrap();
    }
}

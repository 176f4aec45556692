//! Stage 1, reading: the content folder, checked (a release build leaves out drafts and articles dated
//! in the future), its message catalogues, what Trunk left in the staging folder (its page's asset tags,
//! the stylesheets they link, `_headers`, the islands' modules), and the record of the last build.

use crate::document::Style;
use crate::modules::Module;
use crate::reuse::LastBuild;
use crate::trunk::{self, TrunkPage};
use crate::{Job, TrunkOutput};
use content::{folder, Base, ContentSet, Folder};
use i18n::catalogue::Catalogue;
use site::components::Languages;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Everything a build is made from.
pub struct Input {
    pub set: ContentSet,
    pub catalogues: Catalogues,
    pub base: Base,
    /// Trunk's page, read for its asset tags.
    pub trunk: TrunkPage,
    /// The site's stylesheets, joined for the page's `<style>`.
    pub style: Option<Style>,
    /// Trunk's copy of `public/_headers`.
    pub headers: String,
    /// The islands' modules, by their final names.
    pub modules: Vec<Module>,
    /// The renames that give Trunk's unhashed modules those names: (from, to) in the output folder.
    pub renamed: Vec<(PathBuf, PathBuf)>,
    /// The last build, and where this build's record goes.
    pub last: Option<(LastBuild, PathBuf)>,
}

impl Input {
    /// What a build of `set` is made from, with what Trunk wrote (`trunk`), served at `base`.
    pub fn new(set: ContentSet, trunk: &TrunkOutput, base: Base) -> Result<Input, String> {
        let page = trunk::read(&trunk.index_html, &base)?;
        let style = trunk::joined_style(&page, &trunk.stylesheets)?
            .map(Style::new)
            .transpose()?;
        Ok(Input {
            catalogues: Catalogues::for_content(&set),
            set,
            base,
            trunk: page,
            style,
            headers: trunk.headers.clone(),
            modules: trunk.modules.modules.clone(),
            renamed: trunk.modules.renamed.clone(),
            last: None,
        })
    }
}

/// Reads what `job` builds from.
pub fn read(job: &Job) -> Result<Input, String> {
    let base = Base::new(&job.public_url);
    let set = content(&job.content, job.release)?;
    let trunk = trunk_output(&job.out, &base)?;
    let mut input = Input::new(set, &trunk, base)?;
    input.last = job.last_build.as_ref().map(|(dist, record)| {
        let program = std::env::current_exe()
            .and_then(std::fs::read)
            .map_or(0, |bytes| crate::reuse::bytes_hash(&bytes));
        (LastBuild::read(dist, record, program), record.clone())
    });
    Ok(input)
}

/// The content folder, checked: every error, with file, line and column, stops the build.
fn content(dir: &Path, release: bool) -> Result<ContentSet, String> {
    let folder = Folder::read(dir).map_err(|errors| errors.join("\n"))?;
    let set = folder.check().map_err(|e| e.to_string())?;
    let set = if release {
        let now = folder::now();
        for (article, why) in set.left_out(&now) {
            eprintln!("prerender: left out of this release build: {}", why.note(article));
        }
        set.published(&now)
    } else {
        set
    };
    if set.articles.is_empty() {
        return Err(
            "every article is a draft or dated in the future: a release build has nothing to publish".into(),
        );
    }
    Ok(set)
}

/// What Trunk left in the staging folder `dir`: its page, `_headers`, and the stylesheets its page
/// links for every medium.
fn trunk_output(dir: &Path, base: &Base) -> Result<TrunkOutput, String> {
    let read = |name: &str| {
        let path = dir.join(name);
        std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
    };
    let index_html = read("index.html")?;
    let modules = crate::modules::find(dir)?;
    let stylesheets = trunk::read(&index_html, base)?
        .stylesheets
        .into_iter()
        .map(|file| Ok((file.clone(), read(&file)?)))
        .collect::<Result<Vec<_>, String>>()?;
    Ok(TrunkOutput {
        index_html,
        headers: read("_headers")?,
        stylesheets,
        modules,
    })
}

/// The message catalogues of a build: the site's language (with its overrides) and each article's.
pub struct Catalogues {
    pub site: Arc<Catalogue>,
    others: Vec<Arc<Catalogue>>,
}

impl Catalogues {
    pub fn for_content(set: &ContentSet) -> Catalogues {
        let site = Arc::new(Catalogue::new(&set.site.language, &set.site.messages));
        let mut others: Vec<Arc<Catalogue>> = Vec::new();
        for article in &set.articles {
            let tag = article.language(&set.site);
            if tag != site.tag() && !others.iter().any(|c| c.tag() == tag) {
                others.push(Arc::new(Catalogue::new(tag, &Default::default())));
            }
        }
        Catalogues { site, others }
    }

    /// A page's languages: `tag` for the page, the site's for its chrome.
    pub fn languages(&self, tag: &str) -> Languages {
        let page = self.others.iter().find(|c| c.tag() == tag).unwrap_or(&self.site);
        Languages {
            page: Arc::clone(page),
            site: Arc::clone(&self.site),
        }
    }
}

#!/usr/bin/env bash
# Trunk post-build hook. Writes only into $TRUNK_STAGING_DIR (never the watched source tree, or
# `trunk serve` would rebuild forever):
# - content/: the files of the content folder the build was made from (BROADSHEET_CONTENT, default
#   public/content) that pages link to, such as images; not site.json, the articles or the JSON
#   Schema, which the build and editors read and the browser never does;
# - every page prerendered by the site's own components (src/prerender): index.html,
#   articles/<slug>/index.html, the list pages, search/index.html, 404.html; and sitemap.xml, feed.xml,
#   robots.txt;
# - pagefind/: the search index of every article (Pagefind, from npm: scripts/setup);
# - on release builds, a .gz and a .br sibling of every file (scripts/compress.mjs), taken from the last
#   build (Trunk's dist folder, still in place while the hook runs) for a file that has not changed.
set -euo pipefail
: "${TRUNK_STAGING_DIR:?run by trunk}"
src="${BROADSHEET_CONTENT:-public/content}"
rm -rf "$TRUNK_STAGING_DIR/content"
mkdir -p "$TRUNK_STAGING_DIR/content"
# Everything but what only the build reads (copying 10,000 articles only to delete them took seconds).
find "$src" -mindepth 1 -maxdepth 1 ! -name site.json ! -name articles ! -name schema \
  -exec cp -R {} "$TRUNK_STAGING_DIR/content/" \;
# Each step's time goes to the build's log, so an editor can see where a slow build goes.
timed() {
  local name="$1" started=$SECONDS
  shift
  "$@"
  echo "post-build: $name took $((SECONDS - started)) s" >&2
}
# A native build of the renderer, in its own profile (Cargo.toml's [profile.prerender]: optimised
# without LTO, so 10,000 articles render in seconds and a code change recompiles quickly). Given
# Trunk's profile: a release build leaves out drafts and articles dated in the future; `trunk serve`
# shows them.
# Pages whose inputs have not changed are taken from the last build (Trunk's dist folder, still in
# place while the hook runs): src/prerender/reuse.rs.
timed prerender cargo run --quiet --profile prerender --features ssr --bin prerender -- \
  "$src" "$TRUNK_STAGING_DIR" "${TRUNK_PUBLIC_URL:-/}" "${TRUNK_PROFILE:-debug}" "${TRUNK_DIST_DIR:-}"
# The search index: Pagefind reads the article pages (their data-pagefind-body) and writes pagefind/,
# which the search page's island loads; its prebuilt UI is not used (the island draws the results),
# so its files go.
# Only the article pages are indexed (each is its article's one entry); reading the list pages too
# cost a 10,000-article site a third of the indexing time for nothing.
timed "the search index" pagefind --site "$TRUNK_STAGING_DIR" --glob "articles/*/index.html" \
  --output-subdir pagefind --quiet
rm -f "$TRUNK_STAGING_DIR"/pagefind/pagefind-{ui,modular-ui,component-ui}.{js,css} \
  "$TRUNK_STAGING_DIR"/pagefind/pagefind-highlight.js
# Release builds: a .gz and a .br beside every file, for hosts that serve precompressed files.
# (Skipped for `trunk serve`'s debug builds, where it would only slow each rebuild.)
if [[ "${TRUNK_PROFILE:-}" == "release" ]]; then
  timed precompression node scripts/compress.mjs "$TRUNK_STAGING_DIR" "${TRUNK_DIST_DIR:-}"
fi

#!/usr/bin/env bash
# Trunk post-build hook. Writes only into $TRUNK_STAGING_DIR (never the watched source tree):
# - content/: the content folder the build was made from (BROADSHEET_CONTENT, default public/content),
#   with its images; article files are fetched at runtime for articles other than the newest;
# - articles/<slug>/index.html for every article, so permalinks answer 200 on any static host;
# - 404.html, which GitHub Pages and most hosts serve for unknown paths; the app shows its not-found page.
set -euo pipefail
: "${TRUNK_STAGING_DIR:?run by trunk}"
src="${BROADSHEET_CONTENT:-public/content}"
rm -rf "$TRUNK_STAGING_DIR/content"
mkdir -p "$TRUNK_STAGING_DIR/content"
cp -R "$src"/. "$TRUNK_STAGING_DIR/content/"
for f in "$src"/articles/*.json; do
  slug="$(basename "$f" .json)"
  mkdir -p "$TRUNK_STAGING_DIR/articles/$slug"
  cp "$TRUNK_STAGING_DIR/index.html" "$TRUNK_STAGING_DIR/articles/$slug/index.html"
done
cp "$TRUNK_STAGING_DIR/index.html" "$TRUNK_STAGING_DIR/404.html"

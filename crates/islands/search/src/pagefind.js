// The search island's bridge to Pagefind's JavaScript API (`pagefind/pagefind.js`, written into the
// site by the build's index step, scripts/trunk-post-build.sh). A file, not inline script, so the
// Content-Security-Policy stays strict; wasm-bindgen copies it beside the WebAssembly.
//
// Pagefind is imported once the search page is ready (so it is there when the reader starts typing),
// then downloads only the index chunks each query needs.

let loading = null;

/** Imports Pagefind from `url` once; later calls wait for the same import. */
export function load(url) {
  loading ??= import(url).then(async (pagefind) => {
    await pagefind.init();
    return pagefind;
  });
  // A failed import (offline) may be tried again.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

// Typed queries wait for a pause here rather than in Pagefind's `debouncedSearch`, which preloads the
// chunks of every keystroke's query, a first letter's included.
// How long typing must pause before a typed query is searched.
const PAUSE_MS = 300;
// The shortest typed query whose index chunks are fetched while the reader is still typing: the last
// word of a query matches as a prefix, and the chunks of a one- or two-letter prefix are much of the
// index.
const PRELOAD_FROM = 3;

let typed = 0;

/**
 * Searches for `query` (in `category` when not empty) and returns the number of results and the
 * first `limit`: `{ total, results: [{ url, title, published, excerpt }] }`. `excerpt` is
 * Pagefind's: the text, HTML-escaped, with the matched words in `<mark>`. With `debounce` (a query
 * being typed), the search waits for a pause, fetching the query's index chunks meanwhile, and
 * returns null when a later keystroke overtakes it.
 */
export async function search(url, query, category, limit, debounce) {
  const pagefind = await load(url);
  const options = category ? { filters: { category } } : {};
  const id = debounce ? ++typed : typed;
  const overtaken = () => debounce && id !== typed;
  if (debounce) {
    // A chunk that fails to load here fails the search itself, which says so.
    if (query.length >= PRELOAD_FROM) pagefind.preload(query, options).catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    if (overtaken()) return null;
  }
  const found = await pagefind.search(query, options);
  if (overtaken()) return null;
  const pages = await Promise.all(found.results.slice(0, limit).map((result) => result.data()));
  return {
    total: found.results.length,
    results: pages.map((page) => ({
      url: page.url,
      title: page.meta.title ?? '',
      published: page.meta.published ?? '',
      excerpt: page.excerpt,
    })),
  };
}

// The search island's bridge to Pagefind's JavaScript API (`pagefind/pagefind.js`, written into the
// site by the build's index step, scripts/trunk-post-build.sh). A file, not inline script, so the
// Content-Security-Policy stays strict; wasm-bindgen copies it beside the WebAssembly.
//
// Pagefind is imported the first time it is needed (the search box gets focus, or the page opens with
// a query), then downloads only the index chunks each query needs.

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

/**
 * Searches for `query` (in `category` when not empty) and returns the number of results and the
 * first `limit`: `{ total, results: [{ url, title, published, excerpt }] }`. `excerpt` is
 * Pagefind's: the text, HTML-escaped, with the matched words in `<mark>`. With `debounce`, a search
 * overtaken by a later one within 300 ms returns null.
 */
export async function search(url, query, category, limit, debounce) {
  const pagefind = await load(url);
  const options = category ? { filters: { category } } : {};
  const found = debounce ? await pagefind.debouncedSearch(query, options, 300) : await pagefind.search(query, options);
  if (found === null) return null;
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

// Search on a built site, on the benchmarks' phone (phone.mjs): a reader opens /search/, taps the box and
// types a word at a typist's pace. Measured: the time from the last keystroke to the first result on screen,
// and the bytes the first query cost: everything under /pagefind/ from the page's opening on (Pagefind's
// code and WebAssembly load as soon as the search page has hydrated, its index chunks and the results'
// fragments as the query is typed), and anything else from the tap on. The search page itself is not
// counted. Issue 13 asks for ≤ 1 s and ≤ 150 KB on the 10,000-article site. A measurement, not a test.
//
//   node tests/bench/search.mjs DIST WORD [--runs N]     (from the repository root; default 3 runs)
//
// Also used by scale.mjs for each generated site.
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/lib/chromium.mjs';
import { VIEWPORT, throttle } from './phone.mjs';
import { serve } from './serve.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { chromium } = createRequire(path.join(ROOT, 'tests/e2e/package.json'))('@playwright/test');

const KEYSTROKE_MS = 150;

/** One search in a fresh context (empty cache): { firstResultMs, bytes, results }. */
async function searchOnce(browser, url, dist, word) {
  const { width, height, ...device } = VIEWPORT;
  const context = await browser.newContext({ viewport: { width, height }, ...device });
  try {
    const page = await context.newPage();
    await throttle(context, page);
    // Pagefind fetches from a Web Worker as well as the page: every request of the context is counted, by
    // the size of what the server sends for it (the file's Brotli sibling, as Chromium accepts br; Playwright
    // reports no body size for the worker's script).
    let tapped = false;
    let bytes = 0;
    const fetched = [];
    context.on('requestfinished', (request) => {
      if (!tapped && !new URL(request.url()).pathname.includes('/pagefind/')) return;
      const file = path.join(dist, decodeURIComponent(new URL(request.url()).pathname).replace(/\/$/, '/index.html'));
      const sent = [`${file}.br`, file].find((f) => existsSync(f));
      const size = sent ? statSync(sent).size : 0;
      bytes += size;
      fetched.push(`${Date.now()} ${new URL(request.url()).pathname} ${size}`);
    });
    await page.goto(`${url}search/`, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction(() => document.querySelector('leptos-island')?.hasAttribute('data-hydrated'), null, { timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    tapped = true;
    const box = page.getByRole('main').getByLabel('Search articles');
    await box.tap();
    await box.pressSequentially(word, { delay: KEYSTROKE_MS });
    const typed = await page.evaluate(() => performance.now());
    const typedAt = Date.now();
    await page.locator('.search-result').first().waitFor({ timeout: 60_000 });
    const shown = await page.evaluate(() => performance.now());
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const results = await page.locator('.search__status').textContent();
    if (process.env.SEARCH_BENCH_VERBOSE) console.log(fetched.map((f) => f.replace(/^\d+/, (t) => String(t - typedAt))).join('\n'));
    return { firstResultMs: shown - typed, bytes, results };
  } finally {
    await context.close();
  }
}

/** The median of `runs` searches for `word` on the build in `dist`. */
export async function measureSearch(dist, word, runs = 3) {
  const server = await serve(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const all = [];
    for (let i = 0; i < runs; i++) all.push(await searchOnce(browser, server.url, dist, word));
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    return {
      firstResultMs: median(all.map((r) => r.firstResultMs)),
      bytes: median(all.map((r) => r.bytes)),
      results: all[0].results,
    };
  } finally {
    await browser.close();
    server.child.kill();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 3;
  const [dist, word] = args;
  if (!dist || !word) {
    console.error('usage: node tests/bench/search.mjs DIST WORD [--runs N]');
    process.exit(2);
  }
  const m = await measureSearch(path.resolve(dist), word, runs);
  console.log(`${dist}: "${word}" → ${m.results}; first result ${m.firstResultMs.toFixed(0)} ms after the last keystroke, ${(m.bytes / 1024).toFixed(1)} KiB transferred (median of ${runs})`);
}

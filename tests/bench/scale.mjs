// How the build grows with the site (issue 13): generated sites of long articles (~900 words in 4 sections,
// 6 comments: tests/content/generate.mjs --long), each built from scratch with `trunk build --release`, then
// rebuilt after editing one article. A measurement, not a test: it prints a table and exits 0, non-zero only
// when something fails to run.
//
//   node tests/bench/scale.mjs [N ...]     (from the repository root, after scripts/setup; default 100 1000 10000)
//
// Sites go to target/scale-N/ and their builds to target/scale-dist-N/. Each site is built once before it
// is measured, into target/scale-warm-N/: a new content folder (BROADSHEET_CONTENT) and its site.json make
// cargo compile the WebAssembly again (build.rs), which an editor's builds of their own site never do.
// That first build's time is reported too; the build from scratch that follows is the site's, not the
// compiler's. Sizes are gzip
// level 9 (Node's zlib). Each site is then searched on the benchmarks' phone (search.mjs): the time from the
// last keystroke to the first result, and the bytes transferred for that first query.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { generate, LONG } from '../content/generate.mjs';
import { measureSearch } from './search.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(ROOT);
const sizes = process.argv.slice(2).map(Number);
const counts = sizes.length ? sizes : [100, 1000, 10000];
if (counts.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error('usage: node tests/bench/scale.mjs [N ...]   (N ≥ 1 articles)');
  process.exit(2);
}

/** Runs `trunk build --release` of a content folder into a dist folder; returns the seconds it took and
 *  the post-build hook's steps ("prerender 9 s, search index 4 s, …"), from the lines it prints. */
function build(content, dist) {
  const started = performance.now();
  const run = spawnSync('trunk', ['build', '--release', '--dist', dist], {
    env: { ...process.env, BROADSHEET_CONTENT: content },
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    throw new Error(`trunk build of ${content} failed`);
  }
  const steps = [...`${run.stdout}\n${run.stderr}`.matchAll(/post-build: (.+?) took (\d+) s/g)].map((m) => `${m[1]} ${m[2]} s`);
  return { seconds: (performance.now() - started) / 1000, steps: steps.join(', ') };
}

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else yield p;
  }
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

const rows = [];
for (const n of counts) {
  const content = `target/scale-${n}`;
  const dist = `target/scale-dist-${n}`;
  generate(n, path.resolve(content), LONG);
  const warm = `target/scale-warm-${n}`;
  rmSync(warm, { recursive: true, force: true });
  console.log(`${n} articles: a first build (cargo compiles for this content folder)`);
  const { seconds: firstBuild } = build(content, warm);
  rmSync(warm, { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
  console.log(`${n} articles: building from scratch`);
  const { seconds: cold, steps: coldSteps } = build(content, dist);

  // One article edited, nothing else changed: its title gets a word.
  const articles = path.join(content, 'articles');
  const first = path.join(articles, readdirSync(articles).sort()[0]);
  const article = JSON.parse(readFileSync(first, 'utf8'));
  writeFileSync(first, `${JSON.stringify({ ...article, title: `${article.title} (updated)` }, null, 2)}\n`);
  console.log(`${n} articles: rebuilding after editing one article`);
  const { seconds: edit, steps: editSteps } = build(content, dist);

  // A search for the longest word of one article's title, on the phone (search.mjs).
  const one = JSON.parse(readFileSync(path.join(articles, readdirSync(articles).sort().at(-1)), 'utf8'));
  const word = one.title.split(/\W+/).sort((a, b) => b.length - a.length)[0].toLowerCase();
  console.log(`${n} articles: searching for "${word}" on the phone`);
  const search = await measureSearch(dist, word);

  const pages = [...files(dist)].filter((f) => f.endsWith('.html'));
  const largest = Math.max(...pages.map(gzip));
  // Each island's module: contents, comments, search (gzip of each wasm, in that order).
  const modules = ['contents', 'comments', 'search'].map((m) =>
    [...files(path.join(dist, 'assets'))].find((f) => path.basename(f).startsWith(`${m}-`) && f.endsWith('.wasm')),
  );
  rows.push({
    n,
    first: firstBuild,
    cold,
    edit,
    coldSteps,
    editSteps,
    pages: pages.length,
    wasm: modules.map((f) => (f ? gzip(f) : NaN)),
    front: gzip(path.join(dist, 'index.html')),
    largest,
    search,
  });
}

console.log('\n| articles | release build from scratch | after editing one article | pages | wasm (gzip: contents / comments / search) | front page (gzip) | largest page (gzip) | search: first result | search: transferred |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.n.toLocaleString('en-GB')} | ${r.cold.toFixed(1)} s | ${r.edit.toFixed(1)} s | ${r.pages} | ${r.wasm.map(kb).join(' / ')} KB | ${kb(r.front)} KB | ${kb(r.largest)} KB | ${r.search.firstResultMs.toFixed(0)} ms | ${kb(r.search.bytes)} KB |`,
  );
}
console.log('\nThe first build of each content folder, cargo compiling the WebAssembly again for it (not the site\'s time):');
for (const r of rows) console.log(`- ${r.n.toLocaleString('en-GB')}: ${r.first.toFixed(1)} s`);
console.log('\nWhere the time went (the post-build hook\'s steps; the rest is Trunk: cargo, wasm-bindgen, wasm-opt, copying):');
for (const r of rows) {
  console.log(`- ${r.n.toLocaleString('en-GB')}: from scratch: ${r.coldSteps}; after an edit: ${r.editSteps}`);
}

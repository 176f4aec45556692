// The download budget of the release build, and its precompressed files. Sizes are deterministic, so
// this is a test: it prints the figures and fails over the budget.
//
// Usage: node tests/size/budget.mjs [--summary FILE] DIST [MORE_DISTS...]
//   DIST        the build whose assets are weighed (dist/: the bundled content)
//   MORE_DISTS  further builds whose .gz/.br siblings are checked too
//   --summary   writes {"passed": N, "failed": N} for scripts/test's closing count
//
// - BUDGET is what issue 5 asks for, for DIST: the wasm at most 125 KB gzipped, wasm + JS + CSS at most
//   150 KB. The headroom left is printed on every run.
// - CEILING_ISSO is for the builds among MORE_DISTS whose site has a comment server: they carry the Isso
//   client on top, which issue 5 gives no budget of its own. It is what such a build weighs now plus
//   about 2%, so it cannot grow unnoticed either. Lower it whenever that build gets lighter.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, gunzipSync, brotliDecompressSync } from 'node:zlib';

const KB = 1000;
const BUDGET = { wasm: 125 * KB, total: 150 * KB };
const CEILING_ISSO = { wasm: 152 * KB, total: 171 * KB };

const args = process.argv.slice(2);
let summary = null;
const i = args.indexOf('--summary');
if (i >= 0) [, summary] = args.splice(i, 2);
const [dist, ...more] = args;
if (!dist) {
  console.error('usage: node tests/size/budget.mjs [--summary FILE] DIST [MORE_DISTS...]');
  process.exit(2);
}

let passed = 0;
let failed = 0;
const check = (ok, message) => {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
};

// ---- the budget ----
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const fmt = (n) => `${(n / KB).toFixed(1)} KB`;
// A build's wasm, JS and CSS, gzipped; `print` lists every file.
function weigh(d, print) {
  const assets = readdirSync(join(d, 'assets')).filter((f) => /\.(wasm|js|css)$/.test(f)).sort();
  const sizes = { wasm: 0, js: 0, css: 0 };
  if (print) console.log(`${'file'.padEnd(48)} ${'raw'.padStart(10)} ${'gzip -9'.padStart(10)}`);
  for (const name of assets) {
    const file = join(d, 'assets', name);
    const g = gz(file);
    sizes[name.split('.').pop()] += g;
    if (print) console.log(`${name.padEnd(48)} ${String(statSync(file).size).padStart(10)} ${String(g).padStart(10)}`);
  }
  return { ...sizes, total: sizes.wasm + sizes.js + sizes.css, hasWasm: assets.some((a) => a.endsWith('.wasm')) };
}
// A site with a comment server gets the Isso client compiled in (src/comments/backend.rs).
const hasCommentServer = (d) => JSON.parse(readFileSync(join(d, 'content', 'site.json'), 'utf8')).comment_server !== undefined;

const sizes = weigh(dist, true);
console.log(`gzip: wasm ${fmt(sizes.wasm)}, JS ${fmt(sizes.js)}, CSS ${fmt(sizes.css)}, total ${fmt(sizes.total)}`);
for (const what of ['wasm', 'total']) {
  const left = BUDGET[what] - sizes[what];
  check(
    left >= 0,
    `${what} ${fmt(sizes[what])} gzipped is at most issue 5's budget of ${fmt(BUDGET[what])} (${left >= 0 ? `${fmt(left)} to spare` : `${fmt(-left)} over`})`,
  );
}
check(sizes.hasWasm, `${dist}/assets holds the wasm`);
for (const d of more.filter(hasCommentServer)) {
  const s = weigh(d, false);
  console.log(`${d} (a comment server, so the Isso client): wasm ${fmt(s.wasm)}, total ${fmt(s.total)}`);
  for (const what of ['wasm', 'total']) {
    check(s[what] <= CEILING_ISSO[what], `${d}: ${what} ${fmt(s[what])} gzipped is at most the ceiling of ${fmt(CEILING_ISSO[what])}`);
  }
}

// ---- precompressed siblings ----
function* files(d) {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (!/\.(gz|br)$/.test(name)) yield p;
  }
}
for (const d of [dist, ...more]) {
  const problems = [];
  let n = 0;
  for (const file of files(d)) {
    n++;
    const original = readFileSync(file);
    for (const [ext, decode] of [['gz', gunzipSync], ['br', brotliDecompressSync]]) {
      let sibling;
      try {
        sibling = readFileSync(`${file}.${ext}`);
      } catch {
        problems.push(`${file}.${ext} is missing`);
        continue;
      }
      if (!decode(sibling).equals(original)) problems.push(`${file}.${ext} does not decompress to ${file}`);
    }
  }
  check(problems.length === 0 && n > 0, `every one of the ${n} files in ${d}/ has a .gz and a .br sibling that decompress to it`);
  for (const p of problems.slice(0, 10)) console.log(`       ${p}`);
}

if (summary) writeFileSync(summary, JSON.stringify({ passed, failed }));
process.exit(failed ? 1 : 0);

// Every page the build wrote is valid HTML, by the W3C Nu HTML Checker (npm vnu-jar, run on the machine's
// Java 17): the front page, every article page and 404.html of each build given. One Java process checks
// every file (starting the checker costs a few seconds; each page then takes milliseconds).
//
//   node tests/html/validate.mjs [--summary FILE] DIST [MORE_DISTS...]
//   --summary   writes {"passed": N, "failed": N} for scripts/test's closing count: one test per page
//
// Prints every error as dist/path:line:col: message, then the errors grouped by message, and exits 1 on
// any error (warnings are not reported: --errors-only). Nothing is filtered out: an error the app cannot
// avoid yet is fixed in the app or stays red.
//
// The checker passes a file it cannot read without a word, so the pages are listed from disk here, and a
// page with an error written on purpose goes through the same run: if the checker does not report it, the
// run proves nothing and fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// vnu-jar's main export is the path of vnu.jar (its own launcher may try to download a Java; never needed).
const VNU_JAR = String(createRequire(path.join(ROOT, 'tests/e2e/package.json'))('vnu-jar'));

const args = process.argv.slice(2);
let summary = null;
const at = args.indexOf('--summary');
if (at >= 0) [, summary] = args.splice(at, 2);
if (args.length === 0) {
  console.error('usage: node tests/html/validate.mjs [--summary FILE] DIST [MORE_DISTS...]');
  process.exit(2);
}

/** The first sub-folder of `dir` (sorted), or nothing. */
const firstIn = (dir) => (existsSync(dir) ? readdirSync(dir).sort().find((d) => existsSync(path.join(dir, d, 'index.html')) || /^\d+$/.test(d)) : undefined);

/** The pages of one build: the front page, each article's page, the not-found page, and one page of every
 *  other kind the build has (a later front page, a category, tag and author, the archive and a month, search). */
function pages(dist) {
  const articles = path.join(dist, 'articles');
  const slugs = existsSync(articles) ? readdirSync(articles).sort() : [];
  const files = ['index.html', ...slugs.map((s) => path.join('articles', s, 'index.html')), '404.html'].map((f) => path.join(dist, f));
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length || slugs.length === 0) {
    console.error(`validate: ${dist} is not a built site (${missing.length ? `missing ${missing.join(', ')}` : 'no article pages'})`);
    process.exit(2);
  }
  const year = firstIn(path.join(dist, 'archive'));
  const month = year && firstIn(path.join(dist, 'archive', year));
  const others = [
    'page/2',
    ...['category', 'tag', 'author'].map((kind) => firstIn(path.join(dist, kind)) && path.join(kind, firstIn(path.join(dist, kind)))),
    'archive',
    month && path.join('archive', year, month),
    'search',
  ]
    .filter(Boolean)
    .map((dir) => path.join(dist, dir, 'index.html'))
    .filter((f) => existsSync(f));
  return [...files, ...others];
}

const files = args.flatMap(pages);
const canaryDir = mkdtempSync(path.join(tmpdir(), 'broadsheet-vnu-'));
const canary = path.join(canaryDir, 'canary.html');
writeFileSync(canary, '<!doctype html><html lang="en"><head><title>c</title></head><body><p><div></div></p></body></html>\n');

const started = Date.now();
const run = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', canary, ...files], {
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
rmSync(canaryDir, { recursive: true, force: true });
if (run.error) {
  console.error(`validate: could not run java (Java 17 is needed): ${run.error.message}`);
  process.exit(2);
}
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`validate: the checker did not answer in JSON (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  process.exit(2);
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);

const byFile = new Map(files.map((f) => [pathToFileURL(path.resolve(f)).href, []]));
const canaryUrl = pathToFileURL(canary).href;
let canaryErrors = 0;
const stray = [];
for (const m of report.messages) {
  // The file: URL vnu writes may differ from Node's in its escapes; compare decoded paths.
  const url = m.url ? pathToFileURL(fileURLToPath(new URL(m.url))).href : '';
  if (url === canaryUrl) canaryErrors++;
  else if (byFile.has(url)) byFile.get(url).push(m);
  else stray.push(m);
}

let passed = 0;
let failed = 0;
const groups = new Map();
for (const file of files) {
  const errors = byFile.get(pathToFileURL(path.resolve(file)).href);
  if (errors.length === 0) {
    passed++;
    continue;
  }
  failed++;
  console.log(`FAIL ${file}: ${errors.length} error${errors.length === 1 ? '' : 's'}`);
  for (const e of errors) {
    const where = `${file}:${e.firstLine ?? e.lastLine ?? '?'}:${e.firstColumn ?? e.lastColumn ?? '?'}`;
    console.log(`  ${where}: ${e.message}${e.extract ? `\n      ${JSON.stringify(e.extract)}` : ''}`);
    const group = groups.get(e.message) ?? { count: 0, files: new Set() };
    group.count++;
    group.files.add(file);
    groups.set(e.message, group);
  }
}
for (const m of stray) {
  failed++;
  console.log(`FAIL the checker: ${m.type}${m.url ? ` in ${m.url}` : ''}: ${m.message}`);
}
if (canaryErrors === 0) {
  failed++;
  console.log('FAIL the checker found no error in a page written with one: it is not checking the files');
}

if (groups.size) {
  console.log('\nerrors by message:');
  for (const [message, g] of [...groups].sort((a, b) => b[1].count - a[1].count)) {
    console.log(`  ${String(g.count).padStart(5)} × on ${g.files.size} page${g.files.size === 1 ? '' : 's'}: ${message}`);
  }
}
console.log(`\n${files.length} pages of ${args.join(', ')} checked in ${seconds} s: ${passed} valid, ${files.length - passed} with errors`);
if (summary) writeFileSync(summary, JSON.stringify({ passed, failed }));
process.exit(failed ? 1 : 0);

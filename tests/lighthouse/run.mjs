// Lighthouse 12.2.3 (mobile preset, its default) on the release build's front page, an article page and the
// search page. Accessibility, Best Practices and SEO must score 100 on each; below that the failing audits are
// printed and the run fails. Performance is printed, not asserted (a score on a shared 2-core machine is a
// measurement: the load benchmark, tests/bench/, measures speed); --runs N runs each page N times.
//
//   node tests/lighthouse/run.mjs [--dist dist] [--runs N] [--summary file.json] [--reports dir]
//
// It serves the build with tests/e2e/server.mjs (as the browser tests do) on a free port, starts
// Debian's Chromium through chrome-launcher (CHROME_PATH, default /usr/bin/chromium) and stops both by
// process id. --summary writes {"passed": n, "failed": n}, one check per page and asserted category, for
// scripts/test's closing count; --reports keeps each page's full Lighthouse report (JSON) in that folder.
import { spawn } from 'node:child_process';
import { readdirSync, writeFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/lib/chromium.mjs';

// The packages live in tests/e2e/node_modules (the test tools' lock file; the build tools have scripts/package.json).
const require = createRequire(new URL('../e2e/package.json', import.meta.url));
const { default: lighthouse } = await import(require.resolve('lighthouse'));
const chromeLauncher = await import(require.resolve('chrome-launcher'));

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ASSERTED = ['accessibility', 'best-practices', 'seo'];
const CATEGORIES = ['performance', ...ASSERTED];
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

function parseArgs(argv) {
  const args = { dist: 'dist', runs: 1, summary: null, reports: null };
  for (let i = 0; i < argv.length; i++) {
    const [key, value] = [argv[i], argv[i + 1]];
    if (key === '--dist' && value) (args.dist = value), i++;
    else if (key === '--summary' && value) (args.summary = value), i++;
    else if (key === '--runs' && Number(value) >= 1) (args.runs = Number(value)), i++;
    else if (key === '--reports' && value) (args.reports = value), i++;
    else {
      console.error('usage: node tests/lighthouse/run.mjs [--dist dist] [--runs N] [--summary file.json] [--reports dir]');
      process.exit(2);
    }
  }
  return args;
}

/** A port nothing listens on now (the system's choice), so a run never collides with the browser tests' servers. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/**
 * Starts server.mjs on `port` and resolves once it listens (it prints "serving … on http://…" then); the
 * caller kills it by pid.
 */
function serve(dist, port) {
  const server = spawn(process.execPath, [path.join(REPO, 'tests/e2e/server.mjs'), dist, String(port), '--precompressed'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    server.stdout.setEncoding('utf8').on('data', (chunk) => {
      output += chunk;
      if (output.includes(`on http://127.0.0.1:${port}/`)) {
        server.stdout.resume(); // keep draining, unread
        server.stdout.removeAllListeners('data');
        resolve(server);
      }
    });
    server.once('error', reject);
    server.once('exit', (code) => reject(new Error(`server.mjs exited with ${code} before it listened:\n${output}`)));
  });
}

/** The audits of a category that lose it points: scored below 1 and weighted. */
function failingAudits(lhr, id) {
  return lhr.categories[id].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 1);
}

/** One line per item Lighthouse lists for a failing audit (a node's selector and snippet, a URL, a message). */
function describeItems(audit) {
  const items = audit.details?.items ?? [];
  return items.slice(0, 10).map((item) => {
    const node = item.node ?? item.subItems?.items?.[0]?.relatedNode;
    if (node) return `${node.selector ?? ''} ${node.snippet ?? ''} ${node.explanation ? `— ${node.explanation.replace(/\s+/g, ' ')}` : ''}`;
    return Object.entries(item)
      .filter(([, v]) => typeof v === 'string' || typeof v === 'number')
      .map(([k, v]) => `${k}: ${v}`)
      .join(', ');
  });
}

const args = parseArgs(process.argv.slice(2));
const dist = path.resolve(REPO, args.dist);
// The front page, and the first article's permalink (the seed has one article, its own page).
const slug = readdirSync(path.join(dist, 'articles')).sort()[0];
// The search page is `noindex` on purpose (a search engine should not index a site's search), which
// Lighthouse's SEO category counts against it: SEO is asserted on the other two.
const pages = [
  ['front page', '/', ASSERTED],
  ['article page', `/articles/${slug}/`, ASSERTED],
  ['search page', '/search/', ASSERTED.filter((id) => id !== 'seo')],
].flatMap(([name, route, asserted]) =>
  Array.from({ length: args.runs }, (_, i) => [args.runs > 1 ? `${name}, run ${i + 1}` : name, route, asserted]),
);

const port = await freePort();
const server = await serve(dist, port);
const userDataDir = mkdtempSync(path.join(tmpdir(), 'lighthouse-chromium-'));
let chrome;
let passed = 0;
let failed = 0;
try {
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || CHROMIUM,
    chromeFlags: CHROME_FLAGS,
    userDataDir,
    logLevel: 'silent',
  });
  for (const [name, route, asserted] of pages) {
    const url = `http://127.0.0.1:${port}${route}`;
    const { lhr, report } = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: CATEGORIES });
    if (args.reports) {
      mkdirSync(args.reports, { recursive: true });
      writeFileSync(path.join(args.reports, `${name.replace(/\W+/g, '-')}.json`), report);
    }
    if (lhr.runtimeError) throw new Error(`Lighthouse could not test ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    for (const warning of lhr.runWarnings) console.log(`  warning: ${warning}`);
    const score = (id) => Math.round(lhr.categories[id].score * 100);
    console.log(`${name} (${url}): ${CATEGORIES.map((id) => `${lhr.categories[id].title} ${score(id)}`).join(', ')}`);
    for (const id of asserted) {
      if (score(id) === 100) {
        passed++;
        continue;
      }
      failed++;
      console.log(`  FAIL ${lhr.categories[id].title} ${score(id)} < 100:`);
      for (const audit of failingAudits(lhr, id)) {
        console.log(`    ${audit.id}: ${audit.title}${audit.explanation ? ` (${audit.explanation})` : ''}`);
        for (const line of describeItems(audit)) console.log(`      ${line}`);
      }
    }
    const slow = failingAudits(lhr, 'performance').map((a) => `${a.id} ${a.displayValue ?? a.score}`);
    if (slow.length) console.log(`  performance, below full marks: ${slow.join('; ')}`);
  }
} finally {
  await chrome?.kill();
  server.kill();
  rmSync(userDataDir, { recursive: true, force: true });
}

if (args.summary) writeFileSync(args.summary, JSON.stringify({ passed, failed }));
console.log(`lighthouse: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

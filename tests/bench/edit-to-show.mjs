// How long an editor waits under `trunk serve` between saving a Markdown article and seeing it in the
// browser. A measurement, not a test. With the bundled content plus one Markdown article (the seed
// written as Markdown by `check-content --to-markdown`, as public/content/articles/edit-to-show.md,
// removed afterwards), it starts `trunk serve` on its own port, opens that article in Chromium, then
// N times changes one word of the .md and times from the save to the new word on the page (Trunk
// rebuilds, the post-build hook prerenders, the live-reload script reloads the page).
//
//   node tests/bench/edit-to-show.mjs [--runs N] [--json]   (after scripts/serve or scripts/test set things up)
//
// --json does the same with the seed as JSON (edit-to-show.json), for comparison.
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/lib/chromium.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { chromium } = createRequire(path.join(REPO, 'tests/e2e/package.json'))('@playwright/test');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const PORT = 8097;
const json = process.argv.includes('--json');
const FILE = path.join(REPO, `public/content/articles/edit-to-show.${json ? 'json' : 'md'}`);
const SEED = path.join(REPO, 'public/content/articles/north-korean-soldiers-kursk-casualties.json');

if (existsSync(FILE)) throw new Error(`${FILE} exists: remove it first`);
const seed = json
  ? readFileSync(SEED, 'utf8').replace(/"slug": ".*"/, '"slug": "edit-to-show"')
  : execFileSync('cargo', ['run', '--quiet', '--bin', 'check-content', '--', '--to-markdown', SEED], { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .replace(/^slug = ".*"$/m, 'slug = "edit-to-show"');
const withWord = (word) =>
  json ? seed.replace('"paragraph": "', `"paragraph": "Edit ${word}. `) : seed.replace(/\n\n(## [^\n]*\n\n)/, `\n\n$1Edit ${word}. `);

let serve;
const cleanUp = () => {
  rmSync(FILE, { force: true });
  if (serve) process.kill(-serve.pid, 'SIGTERM');
};
process.on('SIGINT', () => (cleanUp(), process.exit(130)));

try {
  writeFileSync(FILE, withWord('start'));
  serve = spawn('trunk', ['serve', '--port', String(PORT), '--dist', 'target/edit-to-show-dist'], { cwd: REPO, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  serve.stdout.on('data', (d) => (log += d));
  serve.stderr.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${PORT}/articles/edit-to-show/`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {}
    if (i > 1800) throw new Error(`trunk serve did not come up:\n${log}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  await page.goto(url);
  await page.getByText('Edit start.').waitFor();
  // Let Trunk's watcher settle after the first build.
  await new Promise((r) => setTimeout(r, 2000));
  const times = [];
  for (let n = 1; n <= runs; n++) {
    const word = `word${n}x${Date.now() % 100000}`;
    const saved = performance.now();
    writeFileSync(FILE, withWord(word));
    await page.getByText(`Edit ${word}.`).waitFor({ timeout: 120_000 });
    times.push((performance.now() - saved) / 1000);
    console.log(`edit ${n}: shown after ${times.at(-1).toFixed(2)} s`);
    await new Promise((r) => setTimeout(r, 2000));
  }
  await browser.close();
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`median of ${runs}: ${sorted[Math.floor(sorted.length / 2)].toFixed(2)} s from saving the .${json ? 'json' : 'md'} to the page showing it`);
} finally {
  cleanUp();
}

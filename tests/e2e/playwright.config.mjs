// Browser tests on Debian's Chromium (Playwright's own browser download can't be reached; never
// `playwright install`). Each project tests one release build, served by server.mjs like GitHub Pages:
//   seed  - dist/        the bundled content        (scripts/test: trunk build --release)
//   multi - dist-multi/  tests/content/multi       (scripts/test: BROADSHEET_CONTENT=… --dist dist-multi)
//   isso  - dist-isso/   tests/content/isso: the seed with comments on an Isso server at 127.0.0.1:8090,
//                        which the isso tests start and stop themselves (one at a time: one port). Served
//                        like Netlify, with the headers of its _headers file (the CSP as a header too).
//   sub   - dist-sub/    tests/content/multi built with --public-url /harbour/, served under /harbour/ like a
//                        GitHub Pages project site (anything outside /harbour/ answers 404). The baseURL ends in
//                        /harbour/, so its specs go to relative paths (`./`, `articles/x/`) or prefixed ones:
//                        page.goto('/x') would leave the prefix.
//   xss   - dist-xss/    a content set made of the XSS corpus (scripts/test: node tests/xss/hostile-content.mjs
//                        target/xss-content, then BROADSHEET_CONTENT=target/xss-content … --dist dist-xss)
//   markdown - dist-markdown/  tests/content/markdown: Markdown articles beside a JSON twin, a draft and an
//                        article dated 2099 (scripts/test: BROADSHEET_CONTENT=… --dist dist-markdown)
//   generated - dist-1000/  a generated site of 1,000 articles (scripts/test: tests/content/generate.mjs 1000
//                        target/generated-1000): pagination
//   fr, ar, en-fr - dist-fr/, dist-ar/, dist-en-fr/: tests/content/fr (a French site), ar (Arabic, "ar-EG",
//                        right to left) and en-fr (English with one French article); their comment server is
//                        faked with page.route (lib/languages.mjs). Only their language specs run on them.
import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './lib/chromium.mjs';

// One project per build, each served on its own port (sub: under a prefix, like a project site).
const BUILDS = [
  { name: 'seed', dist: 'dist', port: 4173, prefix: '/' },
  { name: 'multi', dist: 'dist-multi', port: 4174, prefix: '/' },
  { name: 'isso', dist: 'dist-isso', port: 4175, prefix: '/', headers: true },
  { name: 'sub', dist: 'dist-sub', port: 4176, prefix: '/harbour/' },
  { name: 'xss', dist: 'dist-xss', port: 4177, prefix: '/' },
  { name: 'markdown', dist: 'dist-markdown', port: 4185, prefix: '/' },
  { name: 'generated', dist: 'dist-1000', port: 4186, prefix: '/' },
  { name: 'fr', dist: 'dist-fr', port: 4178, prefix: '/' },
  { name: 'ar', dist: 'dist-ar', port: 4179, prefix: '/' },
  { name: 'en-fr', dist: 'dist-en-fr', port: 4180, prefix: '/' },
];

export default defineConfig({
  testDir: '.',
  timeout: 30_000,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  // The JSON report is what scripts/test counts for its closing "N passed, N failed" line.
  reporter: [['list'], ['json', { outputFile: 'playwright-report/results.json' }]],
  use: {
    headless: true,
    launchOptions: {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
    },
  },
  projects: BUILDS.map(({ name, port, prefix }) => ({
    name,
    testMatch: `${name}/**/*.spec.mjs`,
    use: { baseURL: `http://127.0.0.1:${port}${prefix}` },
  })),
  webServer: BUILDS.map(({ dist, port, prefix, headers }) => ({
    command: `node server.mjs ../../${dist} ${port}${prefix === '/' ? '' : ` ${prefix}`}${headers ? ' --headers' : ''}`,
    url: `http://127.0.0.1:${port}${prefix}`,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
    stderr: 'pipe',
  })),
});

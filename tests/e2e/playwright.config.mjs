// Browser tests on Debian's Chromium (Playwright's own browser download can't be reached; never
// `playwright install`). Each project tests one release build, served by server.mjs like GitHub Pages:
//   seed  - dist/        the bundled content        (scripts/test: trunk build --release)
//   multi - dist-multi/  tests/content/multi       (scripts/test: BROADSHEET_CONTENT=… --dist dist-multi)
//   isso  - dist-isso/   tests/content/isso: the seed with comments on an Isso server at 127.0.0.1:8090,
//                        which the isso tests start and stop themselves (one at a time: one port).
//   sub   - dist-sub/    tests/content/multi built with --public-url /harbour/, served under /harbour/ like a
//                        GitHub Pages project site (anything outside /harbour/ answers 404). The baseURL ends in
//                        /harbour/, so its specs go to relative paths (`./`, `articles/x/`) or prefixed ones:
//                        page.goto('/x') would leave the prefix.
import { defineConfig } from '@playwright/test';

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
      executablePath: '/usr/bin/chromium',
      // Root, no GPU, no network beyond 127.0.0.1: stop Chromium from trying to phone home.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'seed', testMatch: 'seed/**/*.spec.mjs', use: { baseURL: 'http://127.0.0.1:4173' } },
    { name: 'multi', testMatch: 'multi/**/*.spec.mjs', use: { baseURL: 'http://127.0.0.1:4174' } },
    { name: 'isso', testMatch: 'isso/**/*.spec.mjs', use: { baseURL: 'http://127.0.0.1:4175' } },
    { name: 'sub', testMatch: 'sub/**/*.spec.mjs', use: { baseURL: 'http://127.0.0.1:4176/harbour/' } },
  ],
  webServer: [
    {
      command: 'node server.mjs ../../dist 4173',
      url: 'http://127.0.0.1:4173/',
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'node server.mjs ../../dist-multi 4174',
      url: 'http://127.0.0.1:4174/',
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'node server.mjs ../../dist-isso 4175',
      url: 'http://127.0.0.1:4175/',
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'node server.mjs ../../dist-sub 4176 /harbour/',
      url: 'http://127.0.0.1:4176/harbour/',
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});

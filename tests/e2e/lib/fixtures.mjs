// The `test` every spec uses: Playwright's, plus a console guard that fails the test when any page of the
// test logs a console error or warning, or throws an uncaught exception (pageerror).
//
//   import { test, expect } from '../lib/fixtures.mjs';
//
// A test that provokes a browser message on purpose (a fetch answered 500, say) declares exactly that one:
//   test('…', async ({ page, consoleGuard }) => { consoleGuard.allow(/status of 500/); … });
// The 404 that Chromium logs for a page answered "404 Not Found" (the not-found route) is expected.
// A console message of any type that mentions hydration always fails the test (allow() cannot excuse it).
// Another reader (a second, separate browser context) comes from the `newReader` fixture, which is
// watched the same way and closed after the test.
import { test as base, expect } from '@playwright/test';

// Chromium's note about Trunk's <link rel=preload integrity=…>; harmless and not the app's doing.
const HARMLESS = [/The `integrity` attribute is currently ignored for preload destinations/];

class ConsoleGuard {
  constructor() {
    this.problems = [];
    this.allowed = [...HARMLESS];
  }

  /** Accepts messages matching `pattern` for the rest of this test. */
  allow(pattern) {
    this.allowed.push(pattern);
  }

  watch(page) {
    // An unknown address is answered 404 on purpose (like GitHub Pages) and Chromium reports that status
    // for the page itself; that one message is expected, any other failed load is not.
    const documents404 = new Set();
    page.on('response', (response) => {
      const request = response.request();
      if (response.status() === 404 && request.isNavigationRequest() && request.frame() === page.mainFrame()) {
        documents404.add(response.url());
      }
    });
    page.on('console', (msg) => {
      const type = msg.type();
      const loc = msg.location();
      // A page that comes up prerendered and is then hydrated: any word about hydration, of any type, is
      // a mismatch or a misbuilt app, and no test may allow it.
      if (/hydrat/i.test(msg.text())) {
        this.problems.push(`console.${type} about hydration: ${msg.text()}${loc?.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
        return;
      }
      if (type !== 'error' && type !== 'warning') return;
      if (/status of 404/.test(msg.text()) && documents404.has(loc?.url)) return;
      this.record(`console.${type}: ${msg.text()}${loc?.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`, msg.text());
    });
    page.on('pageerror', (err) => this.record(`pageerror: ${err.stack || err.message}`, err.message));
  }

  record(report, text) {
    if (this.allowed.some((re) => re.test(text))) return;
    this.problems.push(report);
  }
}

export const test = base.extend({
  consoleGuard: [
    async ({}, use) => {
      const guard = new ConsoleGuard();
      await use(guard);
      expect(guard.problems, 'console errors/warnings or uncaught exceptions in the page').toEqual([]);
    },
    { auto: true },
  ],
  // Every page opened in the test's context is watched, the default `page` included.
  context: async ({ context, consoleGuard }, use) => {
    for (const p of context.pages()) consoleGuard.watch(p);
    context.on('page', (p) => consoleGuard.watch(p));
    await use(context);
  },
  // A second reader: a separate browser context (own localStorage), watched like the first.
  newReader: async ({ browser, consoleGuard }, use, testInfo) => {
    const contexts = [];
    await use(async (options = {}) => {
      const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, ...options });
      contexts.push(context);
      context.on('page', (p) => consoleGuard.watch(p));
      return context.newPage();
    });
    for (const c of contexts) await c.close();
  },
});

export { expect };

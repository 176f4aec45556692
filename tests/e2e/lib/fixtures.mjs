// The `test` every spec uses: Playwright's, plus a console guard that fails the test when any page of the
// test logs a console error or warning, throws an uncaught exception (pageerror), or breaks the site's
// Content-Security-Policy (a `securitypolicyviolation` event, or the console message Chromium logs for one).
//
//   import { test, expect } from '../lib/fixtures.mjs';
//
// A test that provokes a browser message on purpose (a fetch answered 500, say) declares exactly that one:
//   test('…', async ({ page, consoleGuard }) => { consoleGuard.allow(/status of 500/); … });
// The 404 that Chromium logs for a page answered "404 Not Found" (the not-found route) is expected.
// A console message of any type that mentions hydration or the Content Security Policy always fails the test
// (allow() cannot excuse it), and so does every `securitypolicyviolation` event: each page records them in
// `window.__cspViolations` (an init script) and reports each one to the guard as it happens, so a violation
// just before a navigation is not lost. Pages opened with JavaScript off run no init script; their
// violations still reach the console.
// Another reader (a second, separate browser context) comes from the `newReader` fixture, which is
// watched the same way and closed after the test.
// Every page's requests are tracked too, so lib/settle.mjs can tell when a page has done what it does by itself.
import { test as base, expect } from '@playwright/test';
import { trackContext } from './settle.mjs';

// Chromium's note about Trunk's <link rel=preload integrity=…>; harmless and not the app's doing.
const HARMLESS = [/The `integrity` attribute is currently ignored for preload destinations/];

/** Runs in every page before its own scripts: records the page's CSP violations. */
function recordCspViolations() {
  window.__cspViolations = [];
  window.addEventListener(
    'securitypolicyviolation',
    (e) => {
      const v = {
        directive: e.effectiveDirective,
        blocked: e.blockedURI,
        sample: e.sample,
        where: `${e.sourceFile || e.documentURI}:${e.lineNumber}`,
      };
      window.__cspViolations.push(v);
      window.__broadsheetCspViolation?.(v);
    },
    true,
  );
}

class ConsoleGuard {
  constructor() {
    this.problems = [];
    this.allowed = [...HARMLESS];
  }

  /**
   * Watches every page of `context`, those open now and those opened later, CSP violations included.
   * `scripting`: false for a context opened with JavaScript off.
   */
  async watchContext(context, { scripting = true } = {}) {
    await context.exposeBinding('__broadsheetCspViolation', ({ page }, v) =>
      this.problems.push(`securitypolicyviolation on ${page?.url()}: ${v.directive} blocked ${v.blocked || '(inline)'} at ${v.where}${v.sample ? `: ${v.sample}` : ''}`),
    );
    await context.addInitScript(recordCspViolations);
    for (const p of context.pages()) this.watch(p, { scripting });
    context.on('page', (p) => this.watch(p, { scripting }));
  }

  /** Accepts messages matching `pattern` for the rest of this test. */
  allow(pattern) {
    this.allowed.push(pattern);
  }

  watch(page, { scripting = true } = {}) {
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
      // a mismatch or a misbuilt app; any word about the Content Security Policy is something it blocked.
      // No test may allow either.
      if (/hydrat|Content.Security.Policy/i.test(msg.text())) {
        this.problems.push(`console.${type}: ${msg.text()}${loc?.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
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
      expect(guard.problems, 'console errors/warnings, uncaught exceptions or CSP violations in the page').toEqual([]);
    },
    { auto: true },
  ],
  // Every page opened in the test's context is watched, the default `page` included.
  context: async ({ context, consoleGuard }, use) => {
    await consoleGuard.watchContext(context);
    trackContext(context);
    await use(context);
  },
  // A second reader: a separate browser context (own localStorage), watched like the first.
  newReader: async ({ browser, consoleGuard }, use, testInfo) => {
    const contexts = [];
    await use(async (options = {}) => {
      const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, ...options });
      contexts.push(context);
      await consoleGuard.watchContext(context, { scripting: options.javaScriptEnabled !== false });
      trackContext(context);
      return context.newPage();
    });
    for (const c of contexts) await c.close();
  },
});

export { expect };

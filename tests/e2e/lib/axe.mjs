// Accessibility check with axe-core itself (the @axe-core/playwright wrapper wants Node 22).
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import { expectNoHorizontalScroll } from './app.mjs';

const AXE_PATH = fileURLToPath(new URL('../node_modules/axe-core/axe.min.js', import.meta.url));
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe on the whole document and fails with each violation's id, help and targets.
 * `{ soft: true }` records the failure and lets the test go on to check its other variants.
 */
export async function expectNoAxeViolations(page, label = page.url(), { soft = false } = {}) {
  // Loaded through evaluate, which the page's Content-Security-Policy does not govern (a <script> or
  // <style> added to the page would be refused, and reported as a violation).
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
  }
  // A fragment parser parses <noscript> content as markup only when scripting is off.
  const scriptingOff = await page.evaluate(() => {
    const probe = document.createElement('noscript');
    probe.innerHTML = '<i></i>';
    return probe.childElementCount > 0;
  });
  if (scriptingOff) {
    // A page opened with JavaScript off runs no script tag, but Playwright's evaluate still runs. The
    // browser runs no timer callbacks either (nor queueMicrotask's), and axe waits on setTimeout(…, 0), so
    // those become promise reactions, which V8 runs on its own; a timer with a delay is a time limit (on
    // loading the page's CSS, say), which here never runs out.
    await page.evaluate(() => {
      window.setTimeout = (fn, ms, ...args) => (ms > 0 ? 0 : (Promise.resolve().then(() => fn(...args)), 0));
      window.clearTimeout = () => {};
      window.requestAnimationFrame = (fn) => window.setTimeout(fn, 0, performance.now());
    });
  }
  // Colours mid-transition (after a scheme switch, a hover, a focus change) are not what a reader is left
  // with: check the end state, with transitions and animations switched off while axe runs (a constructed
  // style sheet, which the CSP allows).
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('*, *::before, *::after { transition: none !important; animation: none !important; }');
    window.__axeNoTransitions = sheet;
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
  const violations = await page.evaluate(async (values) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`),
    }));
  }, TAGS);
  await page.evaluate(() => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== window.__axeNoTransitions);
  });
  const report = violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.targets.map((t) => `    ${t}`).join('\n')}`)
    .join('\n');
  (soft ? expect.soft : expect)(violations.length, `axe violations on ${label}:\n${report}`).toBe(0);
}

// WCAG 1.4.12's text spacing: what a reader's own style sheet may set without anything being lost.
const TEXT_SPACING =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } ' +
  'p { margin-bottom: 2em !important; }';

/**
 * One page, four looks: axe in the light scheme at 1280px, in the dark scheme, then at 360×800 (where the
 * contents are collapsed behind their button, and the page must not scroll sideways either), light and
 * dark. Then WCAG's reflow width, 320px, with WCAG's text spacing: still nothing scrolls sideways. Soft
 * checks, so one report names every variant that fails. Leaves the page at 360px, light.
 */
export async function expectAccessibleInEveryLook(page, name) {
  await expectNoAxeViolations(page, `${name} (light, 1280px)`, { soft: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, `${name} (dark, 1280px)`, { soft: true });
  await page.setViewportSize({ width: 360, height: 800 });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page, `${name} (dark, 360px)`, { soft: true });
  await page.emulateMedia({ colorScheme: 'light' });
  await expectNoAxeViolations(page, `${name} (light, 360px)`, { soft: true });

  await page.setViewportSize({ width: 320, height: 640 });
  await page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    window.__textSpacing = sheet;
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, TEXT_SPACING);
  await expectNoHorizontalScroll(page, { soft: true, label: `${name} at 320px with WCAG text spacing` });
  await page.evaluate(() => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== window.__textSpacing);
  });
  await page.setViewportSize({ width: 360, height: 800 });
}

// "No layout shift while the page comes up": the browser's own layout-shift entries, summed as
// Cumulative Layout Shift counts them (shifts right after input excluded), must be exactly 0.
import { test, expect } from './fixtures.mjs';
import { settled } from './settle.mjs';

/**
 * The page's layout shift so far (buffered: from the first paint on), once the page has come up: loaded,
 * hydrated, its late work done (the draft and own comments read after mounting, images in view), nothing
 * left to load and two frames rendered since (lib/settle.mjs), and its fonts ready. A shift is recorded in
 * the frame that lays it out, so every shift of that work has its entry by then.
 */
export async function layoutShift(page) {
  await page.evaluate(() => document.fonts.ready.then(() => {}));
  await settled(page);
  return page.evaluate(() => {
    let total = 0;
    const observer = new PerformanceObserver(() => {});
    observer.observe({ type: 'layout-shift', buffered: true });
    // The buffered entries are in the observer's queue as soon as it observes.
    for (const entry of observer.takeRecords()) if (!entry.hadRecentInput) total += entry.value;
    observer.disconnect();
    return total;
  });
}

/** One test per `[name, url, viewport]`: the page comes up with a layout shift of exactly 0. */
export function noLayoutShiftTests(cases) {
  for (const [name, url, viewport] of cases) {
    test(`no layout shift while the ${name} comes up`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await layoutShift(page)).toBe(0);
    });
  }
}

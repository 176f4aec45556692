// "No layout shift while the page comes up": the browser's own layout-shift entries, summed as
// Cumulative Layout Shift counts them (shifts right after input excluded), must be exactly 0.
import { test, expect } from './fixtures.mjs';

/** The page's layout shift so far (buffered: from the first paint on), summed once late work has settled. */
export async function layoutShift(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        // Let late work (the draft and own comments read after mounting) settle first.
        setTimeout(() => resolve(total), 1000);
      }),
  );
}

/** One test per `[name, url, viewport]`: the page comes up with a layout shift of exactly 0. */
export function noLayoutShiftTests(cases) {
  for (const [name, url, viewport] of cases) {
    test(`no layout shift while the ${name} comes up`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(url, { waitUntil: 'networkidle' });
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await layoutShift(page)).toBe(0);
    });
  }
}

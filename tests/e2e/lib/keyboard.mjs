// Keyboard helpers: where focus is (which part of the page), moving it with Tab alone, and whether a reader
// can see it.
import { expect } from '@playwright/test';

/**
 * The part of the page holding the focused element, by the page's landmarks and regions: 'skip link',
 * 'header', 'contents', 'article', 'more articles', 'comments' (the thread), 'comment form', 'main' (main
 * itself or anything else in it), 'sidebar', 'footer', or 'page' for focus on nothing in particular.
 */
export const focusedPart = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'page';
    if (el.matches('.skip-link')) return 'skip link';
    const parts = [
      ['#respond', 'comment form'],
      ['#comments', 'comments'],
      ['main .article', 'article'],
      ['.more-articles', 'more articles'],
      ['.article-nav', 'previous and next'],
      ['.related', 'related articles'],
      ['nav[aria-label="Contents"]', 'contents'],
      ['body > #app > header, .site-header', 'header'],
      ['main', 'main'],
      ['aside[aria-label="Sidebar"]', 'sidebar'],
      ['footer.site-footer', 'footer'],
    ];
    return parts.find(([selector]) => el.closest(selector))?.[1] ?? `elsewhere: ${el.outerHTML.slice(0, 80)}`;
  });

/** A short description of the focused element, for messages. */
export const describeFocused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    const name = el.getAttribute('aria-label') || el.labels?.[0]?.textContent || el.textContent || '';
    return `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ''}> "${name.trim().replace(/\s+/g, ' ').slice(0, 50)}"`;
  });

/**
 * Resolves once the page has stopped scrolling (focus moves and followed links scroll smoothly unless the
 * reader prefers reduced motion): the scroll position is the same for five frames in a row. No time limit
 * of its own: a page that never stops scrolling fails the test by its time-out.
 */
export const scrollSettled = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) => {
        let last = '';
        let same = 0;
        const frame = () => {
          const now = `${window.scrollX},${window.scrollY}`;
          same = now === last ? same + 1 : 0;
          last = now;
          if (same >= 5) resolve();
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );

/**
 * The focused element looks different from the same element unfocused: a screenshot of it (with room for an
 * outline or a mark beside it) is taken focused, then with focus taken away, and they must differ. Focus is
 * then put back, so Tab goes on from there. The caret is hidden, so a text field's caret alone never counts.
 */
export async function expectFocusVisible(page, what) {
  const label = what ?? (await describeFocused(page));
  await scrollSettled(page);
  const clip = await page.evaluate(() => {
    const pad = 10;
    const r = document.activeElement.getBoundingClientRect();
    const x = Math.max(0, r.left - pad);
    const y = Math.max(0, r.top - pad);
    return {
      x,
      y,
      width: Math.min(window.innerWidth, r.right + pad) - x,
      height: Math.min(window.innerHeight, r.bottom + pad) - y,
    };
  });
  expect(clip.width > 0 && clip.height > 0, `${label} is on screen when focused`).toBe(true);
  const shot = () => page.screenshot({ clip, caret: 'hide', animations: 'disabled' });
  const focused = await shot();
  await page.evaluate(() => {
    window.__keyboardFocused = document.activeElement;
    document.activeElement.blur();
  });
  const unfocused = await shot();
  await page.evaluate(() => window.__keyboardFocused.focus({ preventScroll: true }));
  expect(focused.equals(unfocused), `focus on ${label} can be seen (it looks the same focused and unfocused)`).toBe(false);
}

/**
 * Presses Tab until `target` has focus (at most `max` times), checking on the way that every element focus
 * passes through shows it. Returns the parts of the page (focusedPart) visited, in order, repeats merged.
 */
export async function tabTo(page, target, { max = 60, key = 'Tab' } = {}) {
  const parts = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const part = await focusedPart(page);
    if (parts.at(-1) !== part) parts.push(part);
    await expectFocusVisible(page);
    if (await target.evaluate((el) => el === document.activeElement)) return parts;
  }
  throw new Error(`${key} did not reach the target in ${max} presses; passed through ${parts.join(' → ')}`);
}

/**
 * Presses Tab from where focus is until it leaves the page (back to the address bar, i.e. nothing in the
 * document is focused) or `max` presses, checking that every element shows its focus. Returns the parts of
 * the page focus passed through, in order, repeats merged.
 */
export async function tabThroughPage(page, { max = 120 } = {}) {
  const parts = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const part = await focusedPart(page);
    if (part === 'page') return parts;
    if (parts.at(-1) !== part) parts.push(part);
    await expectFocusVisible(page);
  }
  throw new Error(`Tab did not leave the page in ${max} presses; passed through ${parts.join(' → ')}`);
}

// The "Contents" navigation: links to each section, the one being read marked, and how it sits on
// phones and wide screens.
import { test, expect } from '../lib/fixtures.mjs';
import { SEED, open, topOf, loadContent, expectNoHorizontalScroll } from '../lib/app.mjs';

const article = loadContent('public/content').articles.find((a) => a.slug === SEED.slug);
const headings = article.sections.map((s) => s.heading);

const contents = (page) => page.getByRole('navigation', { name: 'Contents' });
const link = (page, i) => contents(page).getByRole('link', { name: headings[i], exact: true });
const currentLinks = (page) => contents(page).locator('a[aria-current]');

/** The section's top edge ends up near the top of the viewport (smooth scrolling may take a moment). */
async function expectSectionAtTop(page, id) {
  await expect
    .poll(() => topOf(page, `section[id="${id}"]`), { message: `#${id} scrolled to the top of the viewport` })
    .toBeGreaterThanOrEqual(-1);
  await expect.poll(() => topOf(page, `section[id="${id}"]`)).toBeLessThanOrEqual(150);
}

/** Exactly one contents link is current, and it is section i's. */
async function expectCurrent(page, i) {
  await expect(link(page, i)).toHaveAttribute('aria-current', 'true');
  await expect(currentLinks(page)).toHaveCount(1);
}

test('"Contents" links to every section by its heading', async ({ page }) => {
  await open(page, SEED.path);
  const links = contents(page).getByRole('link');
  await expect(links).toHaveText(headings);
  for (const [i, id] of SEED.sectionIds.entries()) {
    await expect(links.nth(i)).toHaveAttribute('href', `#${id}`);
  }
});

test('following a contents link scrolls to the section, focuses its heading and marks it current', async ({ page }) => {
  await open(page, SEED.path);
  for (const i of [2, 1, 3]) {
    const id = SEED.sectionIds[i];
    await link(page, i).click();
    await expect(page).toHaveURL(`${SEED.path}#${id}`);
    await expect(page.locator(`section[id="${id}"]`).getByRole('heading', { level: 2 })).toBeFocused();
    await expect(page.locator(`#${id}-heading`)).toBeFocused();
    await expectCurrent(page, i);
    await expectSectionAtTop(page, id);
    // Once the scroll has settled the marker stays on the chosen section.
    await expectCurrent(page, i);
  }
});

test('Back after following contents links returns to the previous address', async ({ page }) => {
  await open(page, SEED.path);
  const [a, b] = [SEED.sectionIds[1], SEED.sectionIds[3]];
  await link(page, 1).click();
  await expect(page).toHaveURL(`${SEED.path}#${a}`);
  await link(page, 3).click();
  await expect(page).toHaveURL(`${SEED.path}#${b}`);
  await page.goBack();
  await expect(page).toHaveURL(`${SEED.path}#${a}`);
  await page.goBack();
  await expect(page).toHaveURL(SEED.path);
  // Still the same article, not a reload into something else.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
});

test('scrolling marks the section being read (window.scrollTo)', async ({ page }) => {
  await open(page, SEED.path);
  for (const i of [2, 0, 3, 1]) {
    const id = SEED.sectionIds[i];
    await page.evaluate((id) => {
      const el = document.getElementById(id);
      window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY, behavior: 'instant' });
    }, id);
    await expectCurrent(page, i);
  }
});

test('scrolling marks the section being read (mouse wheel)', async ({ page }) => {
  await open(page, SEED.path);
  const box = await page.getByRole('main').boundingBox();
  await page.mouse.move(box.x + box.width / 2, 300);
  for (const i of [1, 3]) {
    const id = SEED.sectionIds[i];
    // Wheel the section's top edge up to the top of the viewport, as scrollTo to its offset does.
    const delta = Math.round(await topOf(page, `section[id="${id}"]`));
    await page.mouse.wheel(0, delta);
    await expect.poll(() => topOf(page, `section[id="${id}"]`)).toBeLessThan(5);
    await expectCurrent(page, i);
  }
});

for (const i of [2, 3]) {
  test(`opening the permalink with #${SEED.sectionIds[i]} lands on that section`, async ({ page }) => {
    const id = SEED.sectionIds[i];
    await open(page, `${SEED.path}#${id}`);
    await expectSectionAtTop(page, id);
    await expectCurrent(page, i);
  });
}

test.describe('on a 360×800 phone', () => {
  test.use({ viewport: { width: 360, height: 800 } });

  test('the contents list is collapsed behind a "Contents" button', async ({ page }) => {
    await open(page, SEED.path);
    const button = contents(page).getByRole('button', { name: 'Contents' });
    await expect(button).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(link(page, 0)).toBeHidden();
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    for (const i of headings.keys()) await expect(link(page, i)).toBeVisible();
    // A link still works from the opened list.
    await link(page, 2).click();
    await expect(page).toHaveURL(`${SEED.path}#${SEED.sectionIds[2]}`);
    await expect(page.locator(`#${SEED.sectionIds[2]}-heading`)).toBeFocused();
    await expectSectionAtTop(page, SEED.sectionIds[2]);
  });
});

test.describe('on a screen exactly 1200px wide', () => {
  test.use({ viewport: { width: 1200, height: 800 } });

  test('the contents list is always shown, without a button, and stays in view (sticky)', async ({ page }) => {
    await open(page, SEED.path);
    await expect(contents(page).getByRole('button', { name: 'Contents' })).toBeHidden();
    for (const i of headings.keys()) await expect(link(page, i)).toBeVisible();
    await expectNoHorizontalScroll(page);
    await page.evaluate(() => window.scrollTo({ top: document.getElementById('comments').offsetTop, behavior: 'instant' }));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(800);
    for (const i of headings.keys()) await expect(link(page, i)).toBeInViewport();
  });
});

test.describe('motion', () => {
  // What style/*.css animates: the buttons' colours and the Contents chevron.
  const ANIMATED = ['button.button', 'button.section-nav__toggle::after'];

  /** Every element and ::before/::after whose transitions or animations take time, e.g. `button.button`. */
  const moving = (page) =>
    page.evaluate(() => {
      const longest = (list) => Math.max(0, ...list.split(',').map((t) => (parseFloat(t) || 0) * (/ms$/.test(t.trim()) ? 0.001 : 1)));
      const found = new Set();
      for (const el of document.querySelectorAll('*')) {
        for (const pseudo of ['', '::before', '::after']) {
          const cs = getComputedStyle(el, pseudo || null);
          const transition = longest(cs.transitionDuration) + longest(cs.transitionDelay);
          const animation = cs.animationName === 'none' ? 0 : longest(cs.animationDuration) + longest(cs.animationDelay);
          if (transition > 0 || animation > 0) found.add(`${el.localName}${el.classList[0] ? `.${el.classList[0]}` : ''}${pseudo}`);
        }
      }
      return [...found].sort();
    });

  /**
   * Follows contents link i and records the scroll position at every frame until it settles (30 frames
   * still after it moved): with smooth scrolling there are stops on the way, without it one jump. No time
   * limit of its own: a page that never scrolls, or never stops, fails the test by its time-out.
   */
  async function scrollPositions(page, i) {
    const recording = page.evaluate(
      () =>
        new Promise((resolve) => {
          const ys = [window.scrollY];
          let still = 0;
          const frame = () => {
            if (ys.at(-1) !== window.scrollY) (ys.push(window.scrollY), (still = 0));
            else still++;
            if ((still > 30 && ys.length > 1) || ys.length > 200) resolve(ys);
            else requestAnimationFrame(frame);
          };
          requestAnimationFrame(frame);
        }),
    );
    await link(page, i).click();
    return recording;
  }

  test('by default scrolling is smooth and the buttons and chevron have transitions', async ({ page }) => {
    await open(page, SEED.path);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
    expect(await moving(page)).toEqual(expect.arrayContaining(ANIMATED));
    const ys = await scrollPositions(page, 3);
    expect(ys.length, `smooth: stops on the way (${ys.join(', ')})`).toBeGreaterThan(2);
  });

  test.describe('with reduced motion requested', () => {
    test.use({ reducedMotion: 'reduce' });

    test('scrolling jumps (scroll-behavior: auto) and nothing transitions or animates', async ({ page }) => {
      await open(page, SEED.path);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
      for (const [selector, pseudo] of ANIMATED.map((a) => a.split(/(?=::)/))) {
        const durations = await page.locator(selector).first().evaluate((el, pseudo) => {
          const cs = getComputedStyle(el, pseudo ?? null);
          return { transition: cs.transitionDuration, animation: cs.animationDuration };
        }, pseudo);
        expect(durations, `${selector}${pseudo ?? ''}`).toEqual({ transition: '0s', animation: '0s' });
      }
      expect(await moving(page), 'elements with a transition or animation').toEqual([]);
      const ys = await scrollPositions(page, 3);
      expect(ys, 'one jump from the top to the section').toHaveLength(2);
      await expect(page.locator(`#${SEED.sectionIds[3]}-heading`)).toBeFocused();
    });

    test('on a phone too: the Contents button opens without animating its chevron', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 800 });
      await open(page, SEED.path);
      const button = contents(page).getByRole('button', { name: 'Contents' });
      await button.click();
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      expect(await moving(page)).toEqual([]);
    });
  });
});

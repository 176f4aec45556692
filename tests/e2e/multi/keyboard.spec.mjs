// Keyboard order on the second content set, whose pages have what the seed's lack: links in the article,
// a thread with Reply buttons, "More articles" and links in the sidebar. seed/a11y.spec.mjs has the rest
// of the keyboard tests (the skip link, the contents, the whole comment flow).
import { test, expect } from '../lib/fixtures.mjs';
import { open, waitForApp, loadContent, permalink, loadedAt } from '../lib/app.mjs';
import { tabThroughPage, tabTo, focusedPart, expectFocusVisible } from '../lib/keyboard.mjs';

const { articles, front } = loadContent('tests/content/multi');

// Parts of the page in the order Tab reaches them from a fresh load, every stop visibly focused.
const ORDER = [
  ['the front page', '/', ['skip link', 'header', 'contents', 'article', 'more articles', 'comments', 'comment form', 'sidebar']],
  [
    `the permalink of ${front.slug}`,
    permalink(front.slug),
    ['skip link', 'header', 'contents', 'article', 'previous and next', 'related articles', 'comments', 'comment form', 'sidebar'],
  ],
];

test.describe('Tab order at 1280px', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  for (const [name, url, parts] of ORDER) {
    test(`on ${name}: ${parts.join(' → ')}`, async ({ page }) => {
      // Some 45 stops, each photographed twice: longer than the default on a busy machine.
      test.setTimeout(120_000);
      await open(page, url);
      expect(await tabThroughPage(page)).toEqual(parts);
    });
  }
});

// Following a link loads the new page in full: focus starts at its top, so the first Tab reaches the skip
// link (not wherever the followed link was, e.g. in the sidebar). The same after Back and Forward.
test.describe('following a link with the keyboard starts the new page at its top', () => {
  const other = articles.find((a) => a !== front);
  const skipLink = (page) => page.getByRole('link', { name: 'Skip to content' });

  /** The page at `url` has loaded and hydrated, and the first Tab reaches its visible skip link. */
  async function expectStartOfPage(page, title, what) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await waitForApp(page);
    await page.keyboard.press('Tab');
    await expect(skipLink(page), `${what}: the first Tab`).toBeFocused();
    await expectFocusVisible(page, `the skip link of ${what}`);
    await page.keyboard.press('Tab');
    expect(await focusedPart(page), `${what}: the next Tab goes on into the header`).toBe('header');
  }

  test('"More articles" → an article, then Back and Forward', async ({ page }) => {
    test.setTimeout(90_000); // every stop on the way photographed twice
    await open(page, '/');
    const link = page.getByRole('region', { name: 'More articles' }).getByRole('link', { name: other.title, exact: true });
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(permalink(other.slug));
    expect(await loadedAt(page), 'a full page load').toBe(new URL(permalink(other.slug), page.url()).href);
    await expectStartOfPage(page, other.title, 'the article');

    await page.goBack();
    await expectStartOfPage(page, front.title, 'the front page, after Back');
    await page.goForward();
    await expectStartOfPage(page, other.title, 'the article, after Forward');
  });

  test('the header’s site name → the front page', async ({ page }) => {
    test.setTimeout(60_000);
    await open(page, permalink(other.slug));
    const home = page.getByRole('banner').getByRole('link', { name: 'The Harbour Ledger' });
    await tabTo(page, home);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/');
    await expectStartOfPage(page, front.title, 'the front page');
  });
});

// Keyboard order on the second content set, whose pages have what the seed's lack: links in the article,
// a thread with Reply buttons, "More articles" and links in the sidebar. seed/a11y.spec.mjs has the rest
// of the keyboard tests (the skip link, the contents, the whole comment flow).
import { test, expect } from '../lib/fixtures.mjs';
import { open, loadContent, permalink } from '../lib/app.mjs';
import { tabThroughPage, tabTo, focusedPart, expectFocusVisible } from '../lib/keyboard.mjs';

const { articles, front } = loadContent('tests/content/multi');

// Parts of the page in the order Tab reaches them from a fresh load, every stop visibly focused.
const ORDER = [
  ['the front page', '/', ['skip link', 'header', 'contents', 'article', 'more articles', 'comments', 'comment form', 'sidebar']],
  [`the permalink of ${front.slug}`, permalink(front.slug), ['skip link', 'header', 'contents', 'article', 'comments', 'comment form', 'sidebar']],
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

// Client-side navigation replaces the page under the link that was followed: focus must not fall back to
// the document (where the next Tab would carry on from wherever the old link was, e.g. in the sidebar).
test.describe('following a link with the keyboard puts focus at the start of the new page', () => {
  const other = articles.find((a) => a !== front);
  const main = (page) => page.locator('main#main');

  test('"More articles" → a fetched article (shown after "Loading…"), and Back', async ({ page }) => {
    // Held a moment, so focus must survive the loading placeholder being replaced by the article.
    await page.route(`**/content/articles/${other.slug}.json`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await open(page, '/');
    const link = page.getByRole('region', { name: 'More articles' }).getByRole('link', { name: other.title, exact: true });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(other.title);
    await expect(main(page)).toBeFocused();
    await expect(main(page)).toContainText(other.title);
    await expectFocusVisible(page, 'the new page’s main');
    await page.keyboard.press('Tab');
    expect(await focusedPart(page), 'the next Tab goes into the new article').toBe('article');

    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(front.title);
    await expect(main(page)).toBeFocused();
  });

  test('the header’s site name → the front page', async ({ page }) => {
    await open(page, permalink(other.slug));
    const home = page.getByRole('banner').getByRole('link', { name: 'The Harbour Ledger' });
    await tabTo(page, home);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(front.title);
    await expect(main(page)).toBeFocused();
    await expectFocusVisible(page, 'the front page’s main');
  });
});

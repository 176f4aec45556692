// Search on the XSS corpus (dist-xss/): the hostile articles are in the index, and a hostile query is typed
// in. Whatever Pagefind returns (titles as written, excerpts as escaped text with <mark>) and whatever the
// reader types shows as text; nothing runs, and nothing in the DOM could. The CSP is bypassed, as in
// content.spec.mjs, so the island's own handling is what is tested.
import { test, expect } from '../lib/fixtures.mjs';
import { waitForApp } from '../lib/app.mjs';
import { CORPUS, trapXss, expectNoXss } from '../lib/xss.mjs';
import { hostileArticles } from '../../xss/hostile-content.mjs';

test.use({ bypassCSP: true });

// As a reader sees them: the browser collapses white space in a heading, and so does Pagefind.
const collapsed = (text) => text.replace(/\s+/g, ' ').trim();
const titles = new Set(hostileArticles().map((a) => collapsed(a.title)));

test('hostile titles and excerpts from the index show as text', async ({ page }) => {
  const hits = await trapXss(page);
  await page.goto('/search/?q=xss');
  await waitForApp(page);
  const results = page.locator('.search-result');
  await expect(results.first()).toBeVisible();
  await expect(page.locator('.search__status')).toHaveText(/^\d+ results for “xss”$/);
  const shown = await results.getByRole('link').allTextContents();
  expect(shown.length).toBeGreaterThan(0);
  for (const title of shown) expect(titles.has(collapsed(title)), `a result titled ${JSON.stringify(title)}`).toBe(true);
  // An excerpt holds text and <mark> only.
  const elements = await page
    .locator('.search-result__excerpt *')
    .evaluateAll((els) => [...new Set(els.map((el) => el.localName))]);
  expect(elements.filter((name) => name !== 'mark')).toEqual([]);
  // Every page of results, shown: each press adds results (the button goes once all are shown).
  const more = page.getByRole('button', { name: 'Show more results' });
  while (await more.isVisible()) {
    const before = await results.count();
    await more.click();
    await expect.poll(() => results.count(), { message: 'results after "Show more results"' }).toBeGreaterThan(before);
  }
  await expectNoXss(page, hits, 'the search results for "xss"');
});

test('a query with markup shows as the text typed, in the box, the count and the address', async ({ page }) => {
  const hits = await trapXss(page);
  await page.goto('/search/');
  await waitForApp(page);
  const box = page.getByLabel('Search articles');
  for (const { payload } of CORPUS.markup.slice(0, 8)) {
    await box.fill(payload);
    await box.press('Enter');
    await expect(page.locator('.search__status')).toContainText(payload.trim());
    const query = await page.evaluate(() => new URL(location.href).searchParams.get('q'));
    expect(query).toBe(payload.trim());
  }
  await expectNoXss(page, hits, 'hostile queries');
});

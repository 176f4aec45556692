// Search (issue 13) on tests/content/multi, at the site's root (multi) and under /harbour/ (sub): the search
// page finds a word that only one article has and nothing for a word no article has, narrows by category,
// keeps the query in the address (Back, sharing), loads Pagefind only when a search is coming, and says what
// to do without JavaScript. The words are worked out from the content files, not written in.
import { test, expect } from './fixtures.mjs';
import { expectAccessibleInEveryLook } from './axe.mjs';
import { loadContent, permalink, servedAt, waitForApp } from './app.mjs';
import { settled } from './settle.mjs';

/** The words an article's reader sees in its text (title, standfirst, sections, categories, tags), lower case. */
export function articleWords(article) {
  const strings = [];
  const walk = (value) => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk([article.title, article.standfirst ?? '', article.sections, article.categories ?? [], article.tags ?? []]);
  return strings.join(' ').toLowerCase().match(/\p{L}+/gu) ?? [];
}

/**
 * A word of one article that no other article has in any form (not even its first five letters, so a
 * stemmed match cannot find another), the longest such word; and a word every article has.
 */
export function searchWords(articles) {
  const words = articles.map((a) => new Set(articleWords(a)));
  const everything = articles.map((a) => JSON.stringify(a).toLowerCase());
  let unique = null;
  words.forEach((set, i) => {
    for (const word of set) {
      if (word.length < 7 || !/^[a-z]+$/.test(word)) continue;
      const stem = word.slice(0, 5);
      if (everything.some((text, j) => j !== i && text.includes(stem))) continue;
      if (!unique || word.length > unique.word.length || (word.length === unique.word.length && word < unique.word)) {
        unique = { word, article: articles[i] };
      }
    }
  });
  const common = [...words[0]].filter((w) => w.length >= 4 && /^[a-z]+$/.test(w) && words.every((set) => set.has(w))).sort()[0];
  return { unique, common };
}

/** A word that is in no article. */
export const ABSENT = 'zyxwvutq';

export function searchTests(dir) {
  const { articles } = loadContent(dir);
  const { unique, common } = searchWords(articles);

  test('the content has a word only one article uses, and one every article uses', () => {
    expect(unique, 'a word of one article only').not.toBeNull();
    expect(common, 'a word of every article').toBeTruthy();
  });

  test('search finds a word only one article has, and nothing for a word no article has', async ({ page, baseURL }) => {
    const { at } = servedAt(baseURL);
    await page.goto(at('/search/'));
    await waitForApp(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
    const box = page.getByRole('main').getByLabel('Search articles');
    await box.fill(unique.word);
    await box.press('Enter');
    await expect(page.locator('.search__status')).toHaveText(`1 result for “${unique.word}”`);
    await expect(page.locator('.search__status')).toHaveAttribute('role', 'status');
    const results = page.locator('.search-result');
    await expect(results).toHaveCount(1);
    const link = results.getByRole('link');
    await expect(link).toHaveText(unique.article.title);
    await expect(link).toHaveAttribute('href', at(permalink(unique.article.slug)));
    await expect(results.locator('time')).toHaveAttribute('datetime', unique.article.published.slice(0, 10));
    // The matched word is marked in the excerpt.
    const marks = await results.locator('.search-result__excerpt mark').allTextContents();
    expect(marks.map((m) => m.toLowerCase()).some((m) => m.includes(unique.word)), `marks: ${marks}`).toBe(true);
    await expect(page).toHaveURL(new URL(`${at('/search/')}?q=${unique.word}`, baseURL).href);

    await box.fill(ABSENT);
    await box.press('Enter');
    await expect(page.locator('.search__status')).toHaveText(`No articles match “${ABSENT}”.`);
    await expect(results).toHaveCount(0);

    // Following the result opens the article.
    await page.goBack();
    await expect(link).toHaveText(unique.article.title);
    await link.click();
    await expect(page).toHaveURL(new URL(at(permalink(unique.article.slug)), baseURL).href);
  });

  test('typing searches as the reader types, and the address follows', async ({ page, baseURL }) => {
    const { at } = servedAt(baseURL);
    await page.goto(at('/search/'));
    await waitForApp(page);
    await page.getByRole('main').getByLabel('Search articles').pressSequentially(unique.word, { delay: 20 });
    await expect(page.locator('.search-result').getByRole('link')).toHaveText([unique.article.title]);
    await expect(page).toHaveURL(new URL(`${at('/search/')}?q=${unique.word}`, baseURL).href);
  });

  test('a shared address searches on opening; Back returns to the previous search', async ({ page, baseURL }) => {
    const { at } = servedAt(baseURL);
    await page.goto(`${at('/search/')}?q=${unique.word}`);
    await expect(page.getByRole('main').getByLabel('Search articles')).toHaveValue(unique.word);
    await expect(page.locator('.search-result').getByRole('link')).toHaveText([unique.article.title]);
    const box = page.getByRole('main').getByLabel('Search articles');
    await box.fill(common);
    await box.press('Enter');
    await expect(page.locator('.search-result')).toHaveCount(articles.length);
    await expect(page.locator('.search__status')).toHaveText(`${articles.length} results for “${common}”`);
    await page.goBack();
    await expect(page).toHaveURL(new URL(`${at('/search/')}?q=${unique.word}`, baseURL).href);
    await expect(box).toHaveValue(unique.word);
    await expect(page.locator('.search-result').getByRole('link')).toHaveText([unique.article.title]);
  });

  test('results narrow to a category', async ({ page, baseURL }) => {
    const { at } = servedAt(baseURL);
    const categories = [...new Set(articles.flatMap((a) => a.categories ?? []))].sort();
    // A category that some articles have and others do not.
    const category = categories.find((c) => {
      const n = articles.filter((a) => (a.categories ?? []).includes(c)).length;
      return n > 0 && n < articles.length;
    });
    const inCategory = articles.filter((a) => (a.categories ?? []).includes(category)).map((a) => a.title);
    await page.goto(`${at('/search/')}?q=${common}`);
    await expect(page.locator('.search-result')).toHaveCount(articles.length);
    const select = page.getByRole('main').getByLabel('Category');
    await expect(select.locator('option')).toHaveText(['All categories', ...categories]);
    await select.selectOption(category);
    await expect(page.locator('.search-result')).toHaveCount(inCategory.length);
    expect((await page.locator('.search-result').getByRole('link').allTextContents()).sort()).toEqual([...inCategory].sort());
    await expect(page).toHaveURL(new URL(`${at('/search/')}?q=${common}&category=${encodeURIComponent(category)}`, baseURL).href);
  });

  test('Pagefind loads with the search page only, and its index chunks only once a query is typed', async ({ page, baseURL }) => {
    const { at } = servedAt(baseURL);
    const fetched = [];
    page.on('request', (r) => {
      if (r.url().includes('/pagefind/')) fetched.push(new URL(r.url()).pathname);
    });
    // An article, with the sidebar's search form: nothing of Pagefind.
    await page.goto(at(permalink(articles[0].slug)));
    await settled(page);
    expect(fetched, 'nothing of Pagefind on a page other than the search page').toEqual([]);
    // The search page: Pagefind's script and its WebAssembly, ready before the reader types, but no
    // index chunk until a query is typed.
    await page.goto(at('/search/'));
    await waitForApp(page);
    await expect.poll(() => fetched.some((p) => p.endsWith('.pagefind'))).toBe(true);
    await settled(page);
    // Pagefind works in a web worker, whose work the page's frames and requests do not show. So ask that
    // worker something too (Pagefind's filters, which need no index chunk), from the same Pagefind module the
    // island imported: the worker answers once its WebAssembly is ready, after it has started what it was
    // asked before. Then an index chunk fetched without a query has been requested and answered.
    await page.evaluate((url) => import(url).then((pagefind) => pagefind.filters()), at('/pagefind/pagefind.js'));
    await settled(page);
    expect(fetched).toContain(at('/pagefind/pagefind.js'));
    expect(fetched.filter((p) => p.includes('/pagefind/index/')), 'no index chunk before a query').toEqual([]);
    const box = page.getByRole('main').getByLabel('Search articles');
    await box.pressSequentially(unique.word, { delay: 50 });
    await expect(page.locator('.search-result').getByRole('link')).toHaveText([unique.article.title]);
    expect(fetched.some((p) => p.includes('/pagefind/index/'))).toBe(true);
  });

  test('without JavaScript the search page says so and links the archive', async ({ browser, baseURL }) => {
    const { at } = servedAt(baseURL);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL(`${at('/search/')}?q=${unique.word}`, baseURL).href);
    await expect(page.getByText('Search needs JavaScript, which is off in your browser.')).toBeVisible();
    const archive = page.getByRole('link', { name: 'Browse the articles by month instead' });
    await expect(archive).toHaveAttribute('href', at('/archive/'));
    await expect(page.getByRole('main').getByLabel('Search articles')).toBeHidden();
    await context.close();
  });

  test('the search page, with results, is accessible in every look and does not scroll sideways at 360px', async ({ page, baseURL }) => {
    const { at } = servedAt(baseURL);
    await page.goto(`${at('/search/')}?q=${common}`);
    await expect(page.locator('.search-result')).toHaveCount(articles.length);
    await expectAccessibleInEveryLook(page, 'the search page with results');
  });
}

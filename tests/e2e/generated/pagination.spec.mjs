// Pagination on the 1,000-article generated site (dist-1000/, tests/content/generate.mjs, 10 a page): the front
// page's "More articles" and a category's pages, their links, aria-current, rel=prev/next and canonicals.
import { test, expect } from '../lib/fixtures.mjs';
import { expectAccessibleInEveryLook } from '../lib/axe.mjs';
import { loadContent } from '../lib/app.mjs';
import { slugOf } from '../lib/publication.mjs';

const { site, articles } = loadContent('target/generated-1000');
const PER_PAGE = site.per_page ?? 10;
const older = articles.slice(1);
const LAST = Math.ceil(older.length / PER_PAGE);
const abs = (p) => new URL(p.replace(/^\//, ''), site.url).href;
const pagination = (page) => page.getByRole('navigation', { name: 'Pagination' });
const listed = (page) => page.getByRole('main').locator('.more-articles__link');

test('the front page lists the next articles and links the pages of the rest', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'More articles' }).locator('.more-articles__link')).toHaveText(
    older.slice(0, PER_PAGE).map((a) => a.title),
  );
  const nav = pagination(page);
  await expect(nav.getByRole('link', { name: 'Page 1', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Previous page' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Next page' })).toHaveAttribute('href', '/page/2/');
  await expect(nav.getByRole('link', { name: `Page ${LAST}`, exact: true })).toHaveAttribute('href', `/page/${LAST}/`);
  await expect(page.locator('link[rel="next"]')).toHaveAttribute('href', abs('/page/2/'));
  await expect(page.locator('link[rel="prev"]')).toHaveCount(0);
});

test('a middle page: its articles, the current page marked, previous and next in the page and its head', async ({ page }) => {
  await page.goto('/');
  await pagination(page).getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/\/page\/2\/$/);
  await pagination(page).getByRole('link', { name: 'Page 4', exact: true }).click();
  await expect(page).toHaveURL(/\/page\/4\/$/);
  await expect(listed(page)).toHaveText(older.slice(3 * PER_PAGE, 4 * PER_PAGE).map((a) => a.title));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('More articles');
  await expect(page).toHaveTitle(`More articles (page 4 of ${LAST}) – ${site.name}`);
  const nav = pagination(page);
  await expect(nav.locator('[aria-current="page"]')).toHaveText('Page 4');
  await expect(nav.getByRole('link', { name: 'Previous page' })).toHaveAttribute('href', '/page/3/');
  await expect(nav.getByRole('link', { name: 'Next page' })).toHaveAttribute('href', '/page/5/');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', abs('/page/4/'));
  await expect(page.locator('link[rel="prev"]')).toHaveAttribute('href', abs('/page/3/'));
  await expect(page.locator('link[rel="next"]')).toHaveAttribute('href', abs('/page/5/'));
  await nav.getByRole('link', { name: 'Previous page' }).click();
  await expect(page).toHaveURL(/\/page\/3\/$/);
});

test('the last page has no next page, and page 2 goes back to the front page', async ({ page }) => {
  await page.goto(`/page/${LAST}/`);
  await expect(listed(page)).toHaveText(older.slice((LAST - 1) * PER_PAGE).map((a) => a.title));
  await expect(pagination(page).getByRole('link', { name: 'Next page' })).toHaveCount(0);
  await expect(page.locator('link[rel="next"]')).toHaveCount(0);
  await page.goto('/page/2/');
  await expect(pagination(page).getByRole('link', { name: 'Previous page' })).toHaveAttribute('href', '/');
});

test("a category's pages hold each of its articles once, newest first", async ({ page }) => {
  const name = articles[0].categories[0];
  const inCategory = articles.filter((a) => a.categories.includes(name));
  const pages = Math.ceil(inCategory.length / PER_PAGE);
  expect(pages, 'a category long enough to have pages').toBeGreaterThan(2);
  const seen = [];
  for (let n = 1; n <= pages; n++) {
    await page.goto(`/category/${slugOf(name)}/${n > 1 ? `page/${n}/` : ''}`);
    await expect(pagination(page).locator('[aria-current="page"]')).toHaveText(`Page ${n}`);
    seen.push(...(await listed(page).allTextContents()));
  }
  expect(seen).toEqual(inCategory.map((a) => a.title));
});

test('a list page with pagination is accessible in every look', async ({ page }) => {
  await page.goto('/page/3/');
  await expectAccessibleInEveryLook(page, 'page 3 of the list');
});

test("a month's pages hold each of its articles once, and the archive counts them", async ({ page }) => {
  // The month of the newest article's predecessor: a whole month of articles (one every ~1.8 days).
  const month = articles[20].published.slice(0, 7);
  const inMonth = articles.filter((a) => a.published.startsWith(month));
  const pages = Math.ceil(inMonth.length / PER_PAGE);
  expect(pages, 'a month long enough to have pages').toBeGreaterThan(1);
  const first = `/archive/${month.replace('-', '/')}/`;
  const seen = [];
  for (let n = 1; n <= pages; n++) {
    await page.goto(`${first}${n > 1 ? `page/${n}/` : ''}`);
    await expect(pagination(page).locator('[aria-current="page"]')).toHaveText(`Page ${n}`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', abs(`${first}${n > 1 ? `page/${n}/` : ''}`));
    seen.push(...(await listed(page).allTextContents()));
  }
  expect(seen).toEqual(inMonth.map((a) => a.title));
  await page.goto('/archive/');
  await expect(page.locator(`main a[href="${first}"]`)).toHaveCount(1);
  await expect(page.locator(`main a[href="${first}"]`).locator('xpath=..')).toContainText(`${inMonth.length} articles`);
});

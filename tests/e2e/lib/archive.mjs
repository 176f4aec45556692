// The archive and the sidebar's widgets made from the articles (issue 13), on tests/content/multi, at the
// site's root (multi) and under /harbour/ (sub): each article's date leads to its month, /archive/ lists the
// months with their counts, and the recent-articles, categories, archives and search widgets list what the
// content says, in the order site.json gives.
import { test, expect } from './fixtures.mjs';
import { expectAccessibleInEveryLook } from './axe.mjs';
import { loadContent, permalink, servedAt } from './app.mjs';
import { slugOf } from './publication.mjs';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The year and month an article's date is written in ("2025-03-06T07:30:00+00:00" → [2025, 3]). */
const monthOf = (article) => article.published.slice(0, 7).split('-').map(Number);
const monthPath = ([year, month]) => `/archive/${year}/${String(month).padStart(2, '0')}/`;
const monthName = ([year, month]) => `${MONTHS[month - 1]} ${year}`;
const count = (n) => `${n} article${n === 1 ? '' : 's'}`;

export function archiveTests(dir) {
  const { site, articles } = loadContent(dir);
  // Every month with an article, newest first, with its articles (newest first).
  const months = [];
  for (const article of articles) {
    const key = monthOf(article);
    const found = months.find((m) => m.key.join() === key.join());
    if (found) found.articles.push(article);
    else months.push({ key, articles: [article] });
  }
  months.sort((a, b) => b.key[0] - a.key[0] || b.key[1] - a.key[1]);
  const sidebar = (page) => page.getByRole('complementary', { name: 'Sidebar' });
  const widget = (page, name) => sidebar(page).getByRole('region', { name, exact: true });

  test('the content set has articles in more than one month', () => {
    expect(months.length).toBeGreaterThan(1);
  });

  for (const article of articles) {
    test(`${article.slug}: its date leads to its month's archive, which lists that month's articles`, async ({ page, baseURL }) => {
      const { at } = servedAt(baseURL);
      await page.goto(at(permalink(article.slug)));
      const key = monthOf(article);
      const link = page.locator('.article__meta .article__date a').first();
      await expect(link).toHaveAttribute('href', at(monthPath(key)));
      await link.click();
      await expect(page).toHaveURL(new URL(at(monthPath(key)), baseURL).href);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Archive: ${monthName(key)}`);
      const month = months.find((m) => m.key.join() === key.join());
      await expect(page.getByRole('main').locator('.more-articles__link')).toHaveText(month.articles.map((a) => a.title));
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new URL(monthPath(key).slice(1), site.url).href);
    });
  }

  test('/archive/ lists every month under its year, newest first, with how many articles each has', async ({ page, baseURL }) => {
    const { at } = servedAt(baseURL);
    await page.goto(at('/archive/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Archive');
    const years = [...new Set(months.map((m) => String(m.key[0])))];
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(years);
    const items = page.getByRole('main').getByRole('listitem');
    await expect(items).toHaveText(months.map((m) => `${monthName(m.key)} ${count(m.articles.length)}`));
    const last = months.at(-1);
    await page.getByRole('main').getByRole('link', { name: monthName(last.key), exact: true }).click();
    await expect(page).toHaveURL(new URL(at(monthPath(last.key)), baseURL).href);
    await expect(page.getByRole('main').locator('.more-articles__link')).toHaveText(last.articles.map((a) => a.title));
  });

  test('the sidebar lists its widgets in the order site.json gives', async ({ page, baseURL }) => {
    const { at } = servedAt(baseURL);
    await page.goto(at('/'));
    const DEFAULT = { recent_articles: 'Recent articles', categories: 'Categories', archives: 'Archives', search: 'Search' };
    const headings = site.sidebar.map((w) => {
      const [[kind, props]] = Object.entries(w);
      return props.title ?? DEFAULT[kind];
    });
    await expect(sidebar(page).getByRole('heading', { level: 2 })).toHaveText(headings);
  });

  test('recent articles, categories and archives list what the articles say, and lead there', async ({ page, baseURL }) => {
    const { at } = servedAt(baseURL);
    const widgets = Object.fromEntries(site.sidebar.map((w) => Object.entries(w)[0]));
    await page.goto(at(permalink(articles.at(-1).slug)));

    const recent = widget(page, widgets.recent_articles.title ?? 'Recent articles');
    const newest = articles.slice(0, widgets.recent_articles.n ?? 5);
    await expect(recent.getByRole('link')).toHaveText(newest.map((a) => a.title));
    await expect(recent.getByRole('link').first()).toHaveAttribute('href', at(permalink(newest[0].slug)));

    // Every category by name, each with how many articles give it.
    const categories = [...new Set(articles.flatMap((a) => a.categories ?? []))].sort((a, b) => a.localeCompare(b));
    const inCategory = (name) => articles.filter((a) => (a.categories ?? []).some((c) => slugOf(c) === slugOf(name))).length;
    const sections = widget(page, widgets.categories.title ?? 'Categories');
    await expect(sections.getByRole('listitem')).toHaveText(categories.map((c) => `${c} ${count(inCategory(c))}`));
    await expect(sections.getByRole('link', { name: categories[0], exact: true })).toHaveAttribute(
      'href',
      at(`/category/${slugOf(categories[0])}/`),
    );

    // The newest 12 months at most, then the whole archive.
    const archives = widget(page, widgets.archives.title ?? 'Archives');
    await expect(archives.getByRole('listitem')).toHaveText(months.slice(0, 12).map((m) => `${monthName(m.key)} ${count(m.articles.length)}`));
    await archives.getByRole('link', { name: monthName(months[0].key), exact: true }).click();
    await expect(page).toHaveURL(new URL(at(monthPath(months[0].key)), baseURL).href);
    await widget(page, widgets.archives.title ?? 'Archives').getByRole('link', { name: 'All months' }).click();
    await expect(page).toHaveURL(new URL(at('/archive/'), baseURL).href);
  });

  test('the search widget submits its words to the search page', async ({ page, baseURL }) => {
    const { at } = servedAt(baseURL);
    await page.goto(at(permalink(articles[0].slug)));
    const form = sidebar(page).getByRole('search', { name: 'Search' });
    await form.getByLabel('Search articles').fill('lifeboat crew');
    await form.getByRole('button', { name: 'Search' }).click();
    const url = new URL(page.url());
    expect(url.pathname).toBe(at('/search/'));
    expect(url.searchParams.get('q')).toBe('lifeboat crew');
    await expect(page.getByRole('main').getByLabel('Search articles')).toHaveValue('lifeboat crew');
  });

  test('the archive and a month are accessible in every look, and do not scroll sideways at 360px', async ({ page, baseURL }) => {
    const { at } = servedAt(baseURL);
    for (const path of ['/archive/', monthPath(months[0].key)]) {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(at(path));
      // Light and dark, at 1280 and 360 px (where nothing may scroll sideways), and at 320 px.
      await expectAccessibleInEveryLook(page, path);
    }
  });
}

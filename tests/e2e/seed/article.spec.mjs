// The seed article: routes, head tags and every word of the original page.
import { test, expect } from '../lib/fixtures.mjs';
import { SEED, open, seedArticleLines, loadContent } from '../lib/app.mjs';

const seed = loadContent('public/content');
const article = seed.articles.find((a) => a.slug === SEED.slug);

for (const url of ['/', SEED.path]) {
  test(`${url} shows the seed article in full, word for word`, async ({ page }) => {
    const response = await open(page, url);
    expect(response.status()).toBe(200);
    const { title, body } = seedArticleLines();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);

    // Headings and paragraphs, in the order of the seed page, with nothing added or lost.
    const main = page.getByRole('main');
    await expect(main.locator('article section > :is(h2, p)')).toHaveText(body);
    // And every paragraph appears exactly once on the page.
    const headings = article.sections.map((s) => s.heading);
    for (const line of body.filter((l) => !headings.includes(l))) {
      await expect(page.getByText(line, { exact: true })).toHaveCount(1);
    }

    // A single article on the seed: nothing else to list.
    await expect(page.getByRole('heading', { name: 'More articles' })).toHaveCount(0);
  });
}

test('each section is a section[id] with an h2 that can take focus', async ({ page }) => {
  await open(page, SEED.path);
  const sections = page.locator('main article section[id]');
  await expect(sections).toHaveCount(SEED.sectionIds.length);
  for (const [i, id] of SEED.sectionIds.entries()) {
    const section = sections.nth(i);
    await expect(section).toHaveAttribute('id', id);
    const h2 = section.getByRole('heading', { level: 2 });
    await expect(h2).toHaveText(article.sections[i].heading);
    await expect(h2).toHaveAttribute('id', `${id}-heading`);
    await expect(h2).toHaveAttribute('tabindex', '-1');
  }
});

test('byline shows author, date and reading time', async ({ page }) => {
  await open(page, SEED.path);
  const header = page.getByRole('main').locator('article header');
  await expect(header.getByText(`By ${article.author}`, { exact: true })).toBeVisible();
  const time = header.locator('time[datetime]');
  await expect(time).toHaveAttribute('datetime', '2024-12-24T09:00:00Z');
  await expect(time).toHaveText('24 December 2024');
  await expect(header.getByText(/^\d+ min read$/)).toBeVisible();
  const minutes = Number((await header.getByText(/^\d+ min read$/).textContent()).split(' ')[0]);
  expect(minutes).toBeGreaterThanOrEqual(1);
});

test('head: document title with en dash, description from the summary, html lang', async ({ page }) => {
  for (const url of ['/', SEED.path]) {
    await open(page, url);
    await expect(page).toHaveTitle(`${SEED.title} – Broadsheet`);
    await expect(page.locator('meta[name="description"]')).toHaveCount(1);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', article.summary);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  }
});

test('the permalink without its trailing slash still reaches the article', async ({ page }) => {
  await open(page, SEED.path.replace(/\/$/, ''));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
  expect(new URL(page.url()).pathname).toBe(SEED.path);
});

for (const url of ['/no-such-page', '/articles/no-such-article/', '/articles/']) {
  test(`unknown path ${url} shows "Page not found" and a way home`, async ({ page }) => {
    const response = await open(page, url);
    expect(response.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page).toHaveTitle('Page not found – Broadsheet');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const home = page.getByRole('link', { name: 'Go to the front page' });
    await expect(home).toHaveAttribute('href', '/');
    await home.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
    await expect(page).toHaveURL('/');
    await expect(page).toHaveTitle(`${SEED.title} – Broadsheet`);
  });
}

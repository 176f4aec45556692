// Articles other than the newest are fetched at run time: client-side navigation, direct permalinks,
// and what a reader sees when that fetch fails (and that "Try again" recovers).
import { test, expect } from '../lib/fixtures.mjs';
import { expectNoAxeViolations } from '../lib/axe.mjs';
import { open, loadContent, permalink, postComment, ownComments, topOf } from '../lib/app.mjs';

const { articles, front } = loadContent('tests/content/multi');
const SITE = 'The Harbour Ledger';
const older = articles.filter((a) => a !== front);
const target = older[0];
const jsonUrl = (slug) => `/content/articles/${slug}.json`;
const jsonGlob = (slug) => `**${jsonUrl(slug)}`;
const moreLink = (page, a) => page.getByRole('region', { name: 'More articles' }).getByRole('link', { name: a.title, exact: true });
const h1 = (page) => page.getByRole('heading', { level: 1 });

/** Marks the window so a full page load (which would lose the mark) can be told from client-side navigation. */
const markWindow = (page) => page.evaluate(() => (window.__sameDocument = true));
const sameDocument = (page) => page.evaluate(() => window.__sameDocument === true);

async function expectLoadError(page) {
  await expect(h1(page)).toHaveText('This article could not be loaded');
  await expect(page.getByRole('alert').filter({ hasText: 'This article could not be loaded' })).toBeVisible();
  const retry = page.getByRole('button', { name: 'Try again' });
  await expect(retry).toBeVisible();
  return retry;
}

for (const a of older) {
  test(`"More articles" → ${a.slug}: fetched and shown without a page load`, async ({ page }) => {
    await open(page, '/');
    await markWindow(page);
    const fetched = page.waitForResponse((r) => new URL(r.url()).pathname === jsonUrl(a.slug));
    await moreLink(page, a).click();
    expect((await fetched).status()).toBe(200);
    await expect(h1(page)).toHaveText(a.title);
    await expect(page).toHaveURL(permalink(a.slug));
    await expect(page).toHaveTitle(`${a.title} – ${SITE}`);
    if (a.summary) await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', a.summary);
    await expect(page.locator('meta[name="description"]')).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: 'Contents' }).getByRole('link')).toHaveText(a.sections.map((s) => s.heading));
    expect(await sameDocument(page), 'client-side navigation, no full page load').toBe(true);
    // Not the front page any more: no "More articles".
    await expect(page.getByRole('region', { name: 'More articles' })).toHaveCount(0);

    // Back returns to the front page and its title.
    await page.goBack();
    await expect(page).toHaveURL('/');
    await expect(h1(page)).toHaveText(front.title);
    await expect(page).toHaveTitle(`${front.title} – ${SITE}`);
  });
}

for (const a of older) {
  test(`opening the permalink ${permalink(a.slug)} directly fetches and shows it`, async ({ page }) => {
    const fetched = page.waitForResponse((r) => new URL(r.url()).pathname === jsonUrl(a.slug));
    const response = await page.goto(permalink(a.slug));
    expect(response.status()).toBe(200);
    expect((await fetched).status()).toBe(200);
    await expect(h1(page)).toHaveText(a.title);
    await expect(page).toHaveTitle(`${a.title} – ${SITE}`);
  });
}

const failures = {
  'answered 500': [(route) => route.fulfill({ status: 500, body: 'Internal Server Error' }), /status of 500/],
  'aborted (network error)': [(route) => route.abort('failed'), /net::ERR_FAILED/],
  'garbage instead of JSON': [(route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"slug": "oops", ' }), null],
};

for (const [name, [handler, expectedLog]] of Object.entries(failures)) {
  test(`client-side navigation when the article fetch is ${name}: error, then "Try again" works`, async ({ page, consoleGuard }) => {
    if (expectedLog) consoleGuard.allow(expectedLog); // Chromium's own report of the failed request.
    await open(page, '/');
    await page.route(jsonGlob(target.slug), handler);
    await moreLink(page, target).click();
    await expect(page).toHaveURL(permalink(target.slug));
    const retry = await expectLoadError(page);
    await expectNoAxeViolations(page, `load error (${name})`);

    await page.unroute(jsonGlob(target.slug));
    const fetched = page.waitForResponse((r) => new URL(r.url()).pathname === jsonUrl(target.slug));
    await retry.click();
    expect((await fetched).status()).toBe(200);
    await expect(h1(page)).toHaveText(target.title);
    await expect(page).toHaveTitle(`${target.title} – ${SITE}`);
    await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  });
}

test('a failed fetch on a directly opened permalink can be retried', async ({ page, consoleGuard }) => {
  consoleGuard.allow(/status of 500/);
  await page.route(jsonGlob(target.slug), (route) => route.fulfill({ status: 500, body: 'no' }));
  await page.goto(permalink(target.slug));
  const retry = await expectLoadError(page);
  // A "Go to the front page" way out is there too.
  await expect(page.getByRole('main').getByRole('link', { name: 'Go to the front page' })).toHaveAttribute('href', '/');
  await page.unroute(jsonGlob(target.slug));
  await retry.click();
  await expect(h1(page)).toHaveText(target.title);
});

test('a retry that fails again still shows the error and can be retried once more', async ({ page, consoleGuard }) => {
  consoleGuard.allow(/status of 503/);
  let calls = 0;
  await page.route(jsonGlob(target.slug), (route) => {
    calls++;
    return calls <= 2 ? route.fulfill({ status: 503, body: 'busy' }) : route.continue();
  });
  await page.goto(permalink(target.slug));
  await (await expectLoadError(page)).click();
  await expect.poll(() => calls).toBe(2);
  await (await expectLoadError(page)).click();
  await expect(h1(page)).toHaveText(target.title);
});

test('a #section link to a fetched article lands on that section', async ({ page }) => {
  const a = older.find((x) => x.sections.length >= 3) ?? target;
  await open(page, permalink(a.slug));
  const ids = await page.locator('main article section[id]').evaluateAll((els) => els.map((e) => e.id));
  const i = ids.length - 1;
  // A fresh page load straight onto the section (going via another path, so it is not a same-page hash change).
  await page.goto('/');
  await open(page, `${permalink(a.slug)}#${ids[i]}`);
  await expect.poll(() => topOf(page, `section[id="${ids[i]}"]`), { message: `#${ids[i]} at the top of the viewport` }).toBeLessThanOrEqual(150);
  await expect.poll(() => topOf(page, `section[id="${ids[i]}"]`)).toBeGreaterThanOrEqual(-1);
  const link = page.getByRole('navigation', { name: 'Contents' }).getByRole('link').nth(i);
  await expect(link).toHaveAttribute('aria-current', 'true');
});

test('comments posted on a fetched article belong to that article', async ({ page }) => {
  const a = older.find((x) => x.comments_open !== false);
  await open(page, permalink(a.slug));
  await postComment(page, { comment: 'On the older story.', name: 'Ana', email: 'ana@example.com' });
  await expect(ownComments(page)).toHaveCount(1);
  await page.reload();
  await expect(h1(page)).toHaveText(a.title);
  await expect(ownComments(page)).toContainText('On the older story.');
  // Not on the front page's thread.
  await page.goto('/');
  await expect(h1(page)).toHaveText(front.title);
  await expect(ownComments(page)).toHaveCount(0);
});

test('links inside an article work: to another article and to a section', async ({ page }) => {
  // Content links written without the trailing slash, and in-page #section links.
  const source = articles.find((a) => JSON.stringify(a.sections).includes('"href":"#') || JSON.stringify(a.sections).includes('"href": "#'));
  test.skip(!source, 'no in-page links in the content');
  await open(page, permalink(source.slug));
  const inPage = page.getByRole('main').locator('article section a[href^="#"]').last();
  const hash = await inPage.getAttribute('href');
  await inPage.click();
  await expect(page).toHaveURL(`${permalink(source.slug)}${hash}`);
  await expect.poll(() => topOf(page, `section[id="${hash.slice(1)}"]`)).toBeLessThanOrEqual(150);
  await expect.poll(() => topOf(page, `section[id="${hash.slice(1)}"]`)).toBeGreaterThanOrEqual(-1);

  const toArticle = page.getByRole('main').locator('article section a[href^="/articles/"]').first();
  const href = await toArticle.getAttribute('href');
  const slug = href.split('/')[2];
  await toArticle.click();
  await expect(h1(page)).toHaveText(articles.find((a) => a.slug === slug).title);
});

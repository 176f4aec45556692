// Articles other than the newest: a permalink opened directly is served prerendered, with the article in
// the page (no fetch); client-side navigation fetches the article's JSON, and a reader who meets a failed
// fetch sees an error that "Try again" recovers from.
import { test, expect } from '../lib/fixtures.mjs';
import { expectNoAxeViolations } from '../lib/axe.mjs';
import { open, loadContent, permalink, postComment, ownComments, topOf } from '../lib/app.mjs';
import { absolute, expectedDescription } from '../lib/prerender.mjs';

const { site, articles, front } = loadContent('tests/content/multi');
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
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', expectedDescription(site, a));
    await expect(page.locator('meta[name="description"]')).toHaveCount(1);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', absolute(site, permalink(a.slug)));
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: 'Contents' }).getByRole('link')).toHaveText(a.sections.map((s) => s.heading));
    expect(await sameDocument(page), 'client-side navigation, no full page load').toBe(true);
    // Not the front page any more: no "More articles".
    await expect(page.getByRole('region', { name: 'More articles' })).toHaveCount(0);

    // Back returns to the front page and its title.
    await page.goBack();
    await expect(page).toHaveURL('/');
    await expect(h1(page)).toHaveText(front.title);
    await expect(page).toHaveTitle(`${front.title} – ${SITE}`);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', expectedDescription(site, front, { front: true }));
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', site.url);
  });
}

for (const a of older) {
  test(`opening the permalink ${permalink(a.slug)} directly: served complete and hydrated without a fetch`, async ({ page }) => {
    const json = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.endsWith('.json')) json.push(r.url());
    });
    // The HTML as served already shows the article.
    const served = await page.request.get(permalink(a.slug));
    expect(served.status()).toBe(200);
    const html = await served.text();
    const servedH1 = await page.evaluate((html) => new DOMParser().parseFromString(html, 'text/html').querySelector('h1')?.textContent, html);
    expect(servedH1, 'the h1 in the HTML as served').toBe(a.title);

    const response = await open(page, permalink(a.slug));
    expect(response.status()).toBe(200);
    await expect(h1(page)).toHaveText(a.title);
    await expect(page).toHaveTitle(`${a.title} – ${SITE}`);
    await expect(page.getByRole('navigation', { name: 'Contents' }).getByRole('link')).toHaveText(a.sections.map((s) => s.heading));
    await page.waitForLoadState('networkidle');
    expect(json, 'no JSON fetched: the article came in the page').toEqual([]);
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
    // No page was loaded, so no address is canonical: the link loses its href (the front page's would be wrong).
    await expect(page.locator('link[rel="canonical"]')).not.toHaveAttribute('href', /./);

    await page.unroute(jsonGlob(target.slug));
    const fetched = page.waitForResponse((r) => new URL(r.url()).pathname === jsonUrl(target.slug));
    await retry.click();
    expect((await fetched).status()).toBe(200);
    await expect(h1(page)).toHaveText(target.title);
    await expect(page).toHaveTitle(`${target.title} – ${SITE}`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', absolute(site, permalink(target.slug)));
    await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  });
}

test('a directly opened permalink needs no fetch: it shows the article even when its JSON cannot be loaded', async ({ page }) => {
  let calls = 0;
  await page.route(jsonGlob(target.slug), (route) => {
    calls++;
    return route.fulfill({ status: 500, body: 'no' });
  });
  await open(page, permalink(target.slug));
  await expect(h1(page)).toHaveText(target.title);
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  await expect(page.getByText('This article could not be loaded')).toHaveCount(0);
  expect(calls, 'requests for the JSON').toBe(0);
});

test('a failed fetch after client-side navigation offers "Try again" and a way to the front page', async ({ page, consoleGuard }) => {
  consoleGuard.allow(/status of 500/);
  await open(page, '/');
  await page.route(jsonGlob(target.slug), (route) => route.fulfill({ status: 500, body: 'no' }));
  await moreLink(page, target).click();
  const retry = await expectLoadError(page);
  // A "Go to the front page" way out is there too.
  const home = page.getByRole('main').getByRole('link', { name: 'Go to the front page' });
  await expect(home).toHaveAttribute('href', '/');
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
  await open(page, '/');
  await moreLink(page, target).click();
  await (await expectLoadError(page)).click();
  await expect.poll(() => calls).toBe(2);
  await (await expectLoadError(page)).click();
  await expect(h1(page)).toHaveText(target.title);
  expect(calls).toBe(3);
});

test('a #section link to an older article lands on that section', async ({ page }) => {
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
  await open(page, '/');
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

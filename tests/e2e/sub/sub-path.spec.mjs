// Under a prefix (a GitHub Pages project site at /harbour/): every address the pages hold or ask for
// carries it. The server answers 404 to anything outside /harbour/, so a forgotten prefix fails loudly.
import { test, expect } from '../lib/fixtures.mjs';
import { open, permalink, servedAt, waitForApp } from '../lib/app.mjs';
import { sitePages } from '../lib/prerender.mjs';
import { settled } from '../lib/settle.mjs';

const { site, front, older, pages } = sitePages('tests/content/multi');
const PREFIX = '/harbour/';
const h1 = (page) => page.getByRole('heading', { level: 1 });
const moreLink = (page, a) => page.getByRole('region', { name: 'More articles' }).getByRole('link', { name: a.title, exact: true });
const everyPage = [...pages, { name: 'the not-found page (at an unknown address)', path: '/no-such-page', article: null }];

/**
 * Every link[href], script[src], img[src] and same-host a[href] of the document, and every path the
 * inline loader script imports, that does not start with the prefix: only `#hash`, "" (this page) and
 * other hosts' absolute addresses (https:, mailto:) may do without it. Returns [offenders, how many were checked].
 */
function addressesWithoutPrefix(page) {
  return page.evaluate((prefix) => {
    const bad = [];
    let checked = 0;
    const check = (what, value) => {
      checked++;
      // `#hash`, or "" (this very page: the crash notice's "Reload the page").
      if (value === '' || value.startsWith('#')) return;
      if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) {
        const url = new URL(value, location.href);
        if (url.origin === location.origin && !url.pathname.startsWith(prefix)) bad.push(`${what}="${value}"`);
        return;
      }
      if (!value.startsWith(prefix)) bad.push(`${what}="${value}"`);
    };
    for (const el of document.querySelectorAll('link[href]')) check(`<link rel=${el.rel}> href`, el.getAttribute('href'));
    for (const el of document.querySelectorAll('a[href]')) check(`<a> "${el.textContent.trim().slice(0, 40)}" href`, el.getAttribute('href'));
    for (const el of document.querySelectorAll('script[src]')) check('<script> src', el.getAttribute('src'));
    for (const el of document.querySelectorAll('img[src]')) check(`<img alt="${el.alt.slice(0, 30)}"> src`, el.getAttribute('src'));
    for (const el of document.querySelectorAll('script:not([src]):not([type="application/ld+json"]):not([type="application/json"])')) {
      for (const m of el.textContent.matchAll(/['"](\/[^'"]*)['"]/g)) check('the loader script', m[1]);
    }
    return [bad, checked];
  }, PREFIX);
}

test('the server answers like a project site: nothing outside /harbour/, /harbour redirects to /harbour/', async ({ request }) => {
  // An image of the front page: content files are still served, under the prefix only.
  const image = /src="\/harbour\/(content\/images\/[^"]+)"/.exec(await (await request.get('./')).text())[1];
  for (const path of ['/', '/index.html', `/${image}`, '/404.html', permalink(front.slug), '/harbourx/']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    expect(response.headers()['content-type'], path).toMatch(/^text\/plain/);
  }
  const bare = await request.get('/harbour', { maxRedirects: 0 });
  expect(bare.status()).toBe(301);
  expect(bare.headers().location).toBe('/harbour/');
  expect((await request.get('./')).status()).toBe(200);
  expect((await request.get(image)).status()).toBe(200);
  expect((await request.get(`articles/${front.slug}/`)).status()).toBe(200);
  const unknown = await request.get('no-such-page');
  expect(unknown.status()).toBe(404);
  expect(unknown.headers()['content-type']).toMatch(/^text\/html/);
});

for (const p of everyPage) {
  test(`${p.name}: every link, script, image and same-site address carries /harbour/, as served and once hydrated`, async ({ page, newReader, baseURL }) => {
    const { at } = servedAt(baseURL);
    const bare = await newReader({ javaScriptEnabled: false });
    await bare.goto(at(p.path));
    await expect(h1(bare)).toBeVisible();
    const [served, checked] = await addressesWithoutPrefix(bare);
    expect(served, 'as served').toEqual([]);
    expect(checked, 'addresses checked').toBeGreaterThan(15);

    await open(page, at(p.path));
    const [hydrated] = await addressesWithoutPrefix(page);
    expect(hydrated, 'once hydrated').toEqual([]);
  });

  test(`${p.name}: every image loads`, async ({ page, baseURL }) => {
    const { at } = servedAt(baseURL);
    await open(page, at(p.path));
    const images = page.locator('img');
    expect(await images.count(), 'images on the page').toBeGreaterThan(0);
    for (const img of await images.all()) {
      await img.scrollIntoViewIfNeeded(); // they load lazily
      await expect.poll(() => img.evaluate((el) => el.complete && el.naturalWidth), { message: await img.getAttribute('src') }).toBeGreaterThan(0);
    }
  });
}

test('the site name links to /harbour/, with and without JavaScript', async ({ page, newReader, baseURL }) => {
  const { at } = servedAt(baseURL);
  const a = older[0];
  for (const reader of [page, await newReader({ javaScriptEnabled: false })]) {
    await reader.goto(at(permalink(a.slug)));
    if (reader === page) await waitForApp(page);
    const home = reader.getByRole('banner').getByRole('link', { name: site.name, exact: true });
    await expect(home).toHaveAttribute('href', PREFIX);
    await home.click();
    await expect(reader).toHaveURL(PREFIX);
    await expect(h1(reader)).toHaveText(front.title);
  }
});

test('no request a reader’s browser makes ever leaves /harbour/', async ({ page, newReader, baseURL }) => {
  const { at } = servedAt(baseURL);
  const bare = await newReader({ javaScriptEnabled: false });
  const requests = [];
  for (const p of [page, bare]) p.on('request', (r) => requests.push(r.url()));

  // With the app: the front page, each other article by its link (a page load), a permalink, an unknown address.
  // Each page is left only once it has done what it does by itself (lib/settle.mjs): every request it makes
  // on its own is then among those seen.
  await open(page, './');
  await settled(page);
  for (const a of older) {
    await moreLink(page, a).click();
    await expect(h1(page)).toHaveText(a.title);
    await settled(page);
    await page.goBack();
    await expect(h1(page)).toHaveText(front.title);
    await settled(page);
  }
  await open(page, at(permalink(older.at(-1).slug)));
  await settled(page);
  await open(page, at('/no-such-page'));
  await settled(page);
  await page.getByRole('link', { name: 'Go to the front page' }).click();
  await expect(h1(page)).toHaveText(front.title);
  await settled(page);

  // Without it: every prerendered page and the not-found page.
  for (const p of everyPage) {
    await bare.goto(at(p.path));
    await settled(bare);
  }

  const outside = requests.filter((u) => !u.startsWith('data:')).filter((u) => {
    const url = new URL(u);
    return url.origin !== new URL(baseURL).origin || !url.pathname.startsWith(PREFIX);
  });
  expect(outside).toEqual([]);
  expect(requests.length, 'requests seen').toBeGreaterThan(20);
  // Each article followed to was loaded as a page, under the prefix; none fetched as data.
  for (const a of older) expect(requests, `the page load of ${a.slug}`).toContain(new URL(at(permalink(a.slug)), baseURL).href);
  expect(requests.filter((u) => new URL(u).pathname.endsWith('.json')), 'data fetched').toEqual([]);
});

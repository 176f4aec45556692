// Following a link is a full page load, made quick by the page's speculation rules ("moderate": when the
// reader points at a link). What Chromium 156 does under Playwright, observed: the rules are read and, on
// hover, the page is fetched ahead with `Sec-Purpose: prefetch;prerender`; the prerender itself is refused
// while DevTools is attached (the Preload domain reports PrerenderingDisabledByDevTools), so the click's
// navigation is delivered from that prefetch (deliveryType "navigational-prefetch") instead of activating a
// prerendered page. A reader's browser without DevTools goes on to prerender.
import { test, expect } from '../lib/fixtures.mjs';
import { open, waitForApp, loadContent, permalink } from '../lib/app.mjs';
import { settled } from '../lib/settle.mjs';

const { articles, front } = loadContent('tests/content/multi');
const older = articles.filter((a) => a !== front);
const moreLink = (page, a) => page.getByRole('region', { name: 'More articles' }).getByRole('link', { name: a.title, exact: true });

test('hovering a "More articles" link fetches that page ahead, and following it uses what was fetched', async ({ page }) => {
  const ahead = [];
  page.on('request', (r) => {
    const purpose = r.headers()['sec-purpose'];
    if (purpose) ahead.push({ path: new URL(r.url()).pathname, purpose });
  });
  // What Chromium makes of the rules, from DevTools' Preload domain: each set of rules it has read, the links
  // they make candidates of, and every page it starts to fetch or prerender ahead.
  const cdp = await page.context().newCDPSession(page);
  const ruleSets = [];
  const candidates = [];
  const started = [];
  cdp.on('Preload.ruleSetUpdated', ({ ruleSet }) => ruleSets.push(ruleSet.sourceText));
  cdp.on('Preload.preloadingAttemptSourcesUpdated', ({ preloadingAttemptSources }) =>
    candidates.push({ ruleSets: ruleSets.length, paths: preloadingAttemptSources.map((s) => new URL(s.key.url).pathname) }),
  );
  cdp.on('Preload.prefetchStatusUpdated', (p) => started.push(`prefetch ${new URL(p.prefetchUrl).pathname}: ${p.status}`));
  cdp.on('Preload.prerenderStatusUpdated', (p) => started.push(`prerender ${new URL(p.key.url).pathname}: ${p.status}`));
  await cdp.send('Preload.enable');

  await open(page, '/');
  await settled(page);
  // Both sets of rules read (the page's, and the keyboard readers' one that hydrate.js adds) and the "More
  // articles" links found as candidates: the browser has decided what to fetch without a pointer, and would
  // have started it.
  const a = older.at(-1);
  await expect
    .poll(() => candidates.some((c) => c.ruleSets >= 2 && older.every((o) => c.paths.includes(permalink(o.slug)))), {
      message: 'the links the rules cover, once both sets of rules are read',
    })
    .toBe(true);
  expect(started, 'pages fetched or prerendered ahead before the reader points at a link').toEqual([]);
  expect(ahead, 'nothing fetched ahead before the reader points at a link').toEqual([]);

  await moreLink(page, a).hover();
  await expect.poll(() => ahead.map((r) => r.path), { message: 'requests with a Sec-Purpose header' }).toEqual([permalink(a.slug)]);
  expect(ahead[0].purpose).toMatch(/\bprefetch\b/);

  await moreLink(page, a).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(a.title);
  await waitForApp(page);
  const navigation = await page.evaluate(() => {
    const entry = performance.getEntriesByType('navigation')[0];
    return { name: entry.name, deliveryType: entry.deliveryType, prerendered: entry.activationStart > 0 };
  });
  expect(navigation.name, 'a full page load of the article').toBe(new URL(permalink(a.slug), page.url()).href);
  // Chromium 156 under Playwright: from the prefetch. (Activating a prerendered page would do as well.)
  expect(navigation.deliveryType === 'navigational-prefetch' || navigation.prerendered, `delivered ahead: ${JSON.stringify(navigation)}`).toBe(true);
});

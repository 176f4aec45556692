// Articles other than the newest: every permalink is a prerendered page, and following a link to one is a
// full page load of that page (made quick by the speculation rules), with its own title, description,
// canonical, contents and comment thread. Nothing is fetched as data, and nothing typed is lost on the way.
import { test, expect } from '../lib/fixtures.mjs';
import { open, waitForApp, loadContent, permalink, postComment, ownComments, commentForm, topOf, loadedAt, reopen, reachComments } from '../lib/app.mjs';
import { absolute, expectedDescription } from '../lib/prerender.mjs';
import { settled } from '../lib/settle.mjs';

const { site, articles, front } = loadContent('tests/content/multi');
const SITE = 'The Harbour Ledger';
const older = articles.filter((a) => a !== front);
const moreLink = (page, a) => page.getByRole('region', { name: 'More articles' }).getByRole('link', { name: a.title, exact: true });
const h1 = (page) => page.getByRole('heading', { level: 1 });
const contents = (page) => page.getByRole('navigation', { name: 'Contents' });
const absoluteUrl = (page, path) => new URL(path, page.url()).href;

for (const a of older) {
  test(`"More articles" → ${a.slug}: the prerendered page loads in full, and Back returns`, async ({ page }) => {
    await open(page, '/');
    await moreLink(page, a).click();
    await expect(h1(page)).toHaveText(a.title);
    await expect(page).toHaveURL(permalink(a.slug));
    expect(await loadedAt(page), 'a full page load of the permalink').toBe(absoluteUrl(page, permalink(a.slug)));
    await expect(page).toHaveTitle(`${a.title} – ${SITE}`);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', expectedDescription(site, a));
    await expect(page.locator('meta[name="description"]')).toHaveCount(1);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', absolute(site, permalink(a.slug)));
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(1);
    await expect(contents(page).getByRole('link')).toHaveText(a.sections.map((s) => s.heading));
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
  test(`opening the permalink ${permalink(a.slug)} directly: served complete, and hydrated without a fetch`, async ({ page }) => {
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
    await expect(contents(page).getByRole('link')).toHaveText(a.sections.map((s) => s.heading));
    await settled(page);
    expect(json, 'no JSON fetched: the article came in the page').toEqual([]);
  });
}

test('a #section link to an older article lands on that section', async ({ page }) => {
  const a = older.find((x) => x.sections.length >= 3) ?? older[0];
  await open(page, permalink(a.slug));
  const ids = await page.locator('main article section[id]').evaluateAll((els) => els.map((e) => e.id));
  const i = ids.length - 1;
  // A fresh page load straight onto the section (going via another path, so it is not a same-page hash change).
  await page.goto('/');
  await open(page, `${permalink(a.slug)}#${ids[i]}`);
  await expect.poll(() => topOf(page, `section[id="${ids[i]}"]`), { message: `#${ids[i]} at the top of the viewport` }).toBeLessThanOrEqual(150);
  await expect.poll(() => topOf(page, `section[id="${ids[i]}"]`)).toBeGreaterThanOrEqual(-1);
  const link = contents(page).getByRole('link').nth(i);
  await expect(link).toHaveAttribute('aria-current', 'true');
  await expect(contents(page).locator('a[aria-current]')).toHaveCount(1);
});

test('comments posted on an older article belong to that article', async ({ page }) => {
  const a = older.find((x) => x.comments_open !== false);
  await open(page, permalink(a.slug));
  await postComment(page, { comment: 'On the older story.', name: 'Ana', email: 'ana@example.com' });
  await expect(ownComments(page)).toHaveCount(1);
  await reopen(page);
  await expect(h1(page)).toHaveText(a.title);
  await expect(ownComments(page)).toContainText('On the older story.');
  // Not on the front page's thread.
  await open(page, '/');
  await expect(h1(page)).toHaveText(front.title);
  await expect(ownComments(page)).toHaveCount(0);
});

test('links inside an article work: to a section, and to another article (a page load)', async ({ page }) => {
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
  const slug = new URL(await toArticle.evaluate((a) => a.href)).pathname.split('/')[2];
  await toArticle.click();
  await expect(h1(page)).toHaveText(articles.find((a) => a.slug === slug).title);
  await expect(page).toHaveURL(permalink(slug));
  expect(await loadedAt(page)).toBe(absoluteUrl(page, permalink(slug)));
});

// A draft lives in localStorage per article (broadsheet.draft.<permalink>), so following a link away from
// a half-written comment and coming back loses nothing: the comment box, hydrated afresh, fills it in.
test('the comment box across page loads: a draft typed on one article is in its form after following a link to another and coming Back, and posts', async ({ page }) => {
  const [a, b] = older.filter((x) => x.comments_open !== false);
  const draft = { comment: 'Half-written: the crew deserve a medal.', name: 'Ana Reader', email: 'ana@example.com' };
  await open(page, '/');
  await moreLink(page, a).click();
  await expect(h1(page)).toHaveText(a.title);
  await waitForApp(page);
  const f = commentForm(page);
  await f.comment.fill(draft.comment);
  await f.name.fill(draft.name);
  await f.email.fill(draft.email);

  // Away to another article by its links (the site name, then "More articles"): its form is its own.
  await page.getByRole('banner').getByRole('link', { name: SITE, exact: true }).click();
  await expect(h1(page)).toHaveText(front.title);
  await moreLink(page, b).click();
  await expect(h1(page)).toHaveText(b.title);
  await waitForApp(page);
  await reachComments(page);
  await expect(f.comment).toHaveValue('');
  await f.comment.fill('A different thought about a different story.');

  // Back to the first article: its draft is in its form.
  await page.goBack();
  await expect(h1(page)).toHaveText(front.title);
  await page.goBack();
  await expect(h1(page)).toHaveText(a.title);
  await reachComments(page);
  await expect(f.comment).toHaveValue(draft.comment);
  await expect(f.name).toHaveValue(draft.name);
  await expect(f.email).toHaveValue(draft.email);
  // And following the link to it afresh (a new page load, not the browser's back cache) fills it in too.
  await page.getByRole('banner').getByRole('link', { name: SITE, exact: true }).click();
  await moreLink(page, a).click();
  await expect(h1(page)).toHaveText(a.title);
  await waitForApp(page);
  await reachComments(page);
  await expect(f.comment).toHaveValue(draft.comment);
  await expect(f.email).toHaveValue(draft.email);
  // The comment box works as before: the draft posts.
  await f.post.click();
  await expect(ownComments(page)).toHaveCount(1);
  await expect(ownComments(page)).toContainText(draft.comment);
  await expect(f.comment).toHaveValue('');
  // The other article kept its own.
  await page.goto(permalink(b.slug));
  await waitForApp(page);
  await reachComments(page);
  await expect(f.comment).toHaveValue('A different thought about a different story.');
});

// Markdown articles (tests/content/markdown, built into dist-markdown/): an article written in Markdown
// renders exactly the DOM of its JSON twin, and a release build leaves out the draft and the article
// dated 2099.
//
// The twin differs from the Markdown article only in its slug (harbour-wall-reopens-json against
// harbour-wall-reopens), so the one normalisation is the slug: the JSON twin's slug is written as the
// Markdown article's wherever it appears in `main` (the comment box's thread, the island's props).
// Both articles link to the twin's own section, so that link is the same on both pages. What links each
// page to the others (previous and next article, related articles) is where the article sits among the
// site's articles, not the article itself: the twins are each other's neighbours, so those two parts are
// left out of the comparison.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '../lib/fixtures.mjs';
import { REPO, waitForApp, reachComments } from '../lib/app.mjs';

const MARKDOWN = 'harbour-wall-reopens';
const TWIN = 'harbour-wall-reopens-json';

// The one remote image (a figure that gives its size) is answered with the set's local PNG: the
// test machine has no network.
const WALL = readFileSync(path.join(REPO, 'tests/content/markdown/images/wall.png'));
const serveRemoteImage = (target) =>
  target.route('https://images.harbour.example/**', (route) => route.fulfill({ contentType: 'image/png', body: WALL }));

test.beforeEach(async ({ page }) => serveRemoteImage(page));

/** The `main` element's HTML of the page as it is now, without the links to other articles, with the
 * twin's slug written as the Markdown one. */
async function currentMainHtml(page) {
  const html = await page.locator('main').evaluate((main) => {
    const copy = main.cloneNode(true);
    for (const el of copy.querySelectorAll('.article-nav, .related')) el.remove();
    return copy.outerHTML;
  });
  return html.replaceAll(TWIN, MARKDOWN);
}

/** [`currentMainHtml`] of an article page as built. */
async function mainHtml(page, slug) {
  await page.goto(`/articles/${slug}/`);
  return currentMainHtml(page);
}

test('the Markdown article and its JSON twin render the same main element, as built', async ({ browser }) => {
  // JavaScript off: the DOM the prerenderer wrote, before any island runs.
  const context = await browser.newContext({ javaScriptEnabled: false });
  await serveRemoteImage(context);
  const page = await context.newPage();
  const fromMarkdown = await mainHtml(page, MARKDOWN);
  const fromJson = await mainHtml(page, TWIN);
  // The comparison is only worth something if the page holds every construct.
  for (const selector of ['section h2', 'section h3', 'p strong', 'p em', 'p code', 'p a[href^="https:"]', 'a[href^="mailto:"]', 'ol > li', 'ul > li', 'blockquote', 'figcaption cite', 'figure img[width="64"][height="36"]', 'figure img[width="1200"]', 'figcaption em']) {
    await expect(page.locator(`main ${selector}`).first(), selector).toBeAttached();
  }
  expect(fromMarkdown.length).toBeGreaterThan(2000);
  expect(fromMarkdown).toBe(fromJson);
  await context.close();
});

test('and the same main element once the islands have hydrated', async ({ page }) => {
  const hydrated = async (slug) => {
    await page.goto(`/articles/${slug}/`);
    // The comment box hydrates once the reader reaches it.
    await waitForApp(page);
    await reachComments(page);
    await expect(page.getByRole('button', { name: 'Post Comment' })).toBeEnabled();
    return currentMainHtml(page);
  };
  expect(await hydrated(MARKDOWN)).toBe(await hydrated(TWIN));
});

test('a release build leaves out the draft and the article dated in the future', async ({ page, request }) => {
  for (const slug of ['tide-tables-draft', 'regatta-2099']) {
    const response = await request.get(`/articles/${slug}/`);
    expect(response.status(), slug).toBe(404);
  }
  for (const file of ['feed.xml', 'sitemap.xml']) {
    const text = await (await request.get(`/${file}`)).text();
    expect(text).toContain(MARKDOWN);
    expect(text).not.toContain('tide-tables-draft');
    expect(text).not.toContain('regatta-2099');
  }
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Spring Tide Tables (Draft)' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'The 2099 Regatta' })).toHaveCount(0);
});

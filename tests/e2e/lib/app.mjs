// What the specs share about Broadsheet: where its content lives, how to wait for the app, and the
// comment form as a reader sees it.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { expect } from '@playwright/test';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(here, '../../..');

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** A content folder (site.json + articles/*.json), articles newest first as the app orders them. */
export function loadContent(dir) {
  const root = path.resolve(REPO, dir);
  const site = readJson(path.join(root, 'site.json'));
  const articles = readdirSync(path.join(root, 'articles'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => readJson(path.join(root, 'articles', f)))
    .sort((a, b) => Date.parse(b.published) - Date.parse(a.published) || a.slug.localeCompare(b.slug));
  return { site, articles, front: articles[0] };
}

export const permalink = (slug) => `/articles/${slug}/`;

// ---- the seed ------------------------------------------------------------------------------------------

export const SEED = {
  site: 'Broadsheet',
  slug: 'north-korean-soldiers-kursk-casualties',
  title: 'Over 3,000 North Korean Soldiers Killed or Injured in Russia’s Kursk Region, Zelenskyy Claims',
  sectionIds: [
    'north-korean-soldiers-killed-or-injured-in-russias-kursk-region',
    'rising-casualties-and-north-koreas-military-support-to-russia',
    'fake-russian-military-ids-for-north-korean-soldiers',
    'geopolitical-tensions-and-regional-security-risks',
  ],
};
SEED.path = permalink(SEED.slug);

/**
 * The seed page the article was taken from: `shared/seed/000_a94a4fd1401ebbab.txt` beside the repository
 * (so it is found both here and in CI's clone), or BROADSHEET_SEED_TEXT.
 */
export function seedText() {
  const candidates = [
    process.env.BROADSHEET_SEED_TEXT,
    path.resolve(REPO, '../shared/seed/000_a94a4fd1401ebbab.txt'),
    '/work/shared/seed/000_a94a4fd1401ebbab.txt',
  ].filter(Boolean);
  const file = candidates.find((f) => existsSync(f));
  if (!file) throw new Error(`seed page not found; looked at:\n  ${candidates.join('\n  ')}`);
  return readFileSync(file, 'utf8');
}

/**
 * The seed article as its page has it: the title (first non-empty line), then every non-empty line up to
 * "Leave a Reply" — section headings and paragraphs alike, in order.
 */
export function seedArticleLines() {
  const lines = seedText()
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const end = lines.indexOf('Leave a Reply');
  if (end < 0) throw new Error('seed page has no "Leave a Reply" line');
  return { title: lines[0], body: lines.slice(1, end) };
}

// ---- waiting for the app -------------------------------------------------------------------------------

/**
 * Whether any of the page's WebAssembly has run: an island is marked `data-hydrated` once its module's
 * export has hydrated it (hydrate.js). Every page arrives as static HTML (its heading is there before any
 * script runs), so a visible h1 says nothing about the code.
 */
export const appStarted = (page) => page.evaluate(() => document.querySelector('leptos-island[data-hydrated]') !== null);

/**
 * Waits until the islands the page hydrates by itself have hydrated (hydrate.js marks each `data-hydrated`
 * after its export has run): the contents once the page is idle, the search box at once. The comment box
 * waits for its reader (near the viewport, focus, an address such as #respond): it counts only once
 * hydrate.js has started on it (`data-hydrating`). A page without islands (the not-found page) loads no
 * WebAssembly at all: there is nothing to wait for once it is parsed.
 */
export async function waitForApp(page) {
  await page.waitForLoadState('domcontentloaded');
  await page.waitForFunction(() =>
    [...document.querySelectorAll('leptos-island')].every(
      (island) =>
        island.hasAttribute('data-hydrated') ||
        (island.dataset.component.startsWith('CommentBox_') && !island.hasAttribute('data-hydrating')),
    ),
  );
}

/**
 * Brings the comment box to life as a reader does who reaches it: scrolls its section into view, waits
 * until it has hydrated, and scrolls back to where the page was. Nothing to do on a page without one.
 */
export async function reachComments(page) {
  const box = page.locator('leptos-island[data-component^="CommentBox_"]');
  if ((await box.count()) === 0) return;
  if (!(await box.evaluate((island) => island.hasAttribute('data-hydrated')))) {
    const y = await page.evaluate(() => scrollY);
    await page.locator('#comments').scrollIntoViewIfNeeded();
    await expect(box).toHaveAttribute('data-hydrated', '');
    await page.evaluate((y) => scrollTo({ top: y, behavior: 'instant' }), y);
  }
}

/** Holds every request of `page` matching `pattern` until the returned `release()` is called. */
export async function hold(page, pattern) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Reloads the page as `open` opens it: every island hydrated, the comment box too, as a reader who goes back to it. */
export async function reopen(page) {
  await page.reload();
  await waitForApp(page);
  await reachComments(page);
}

/**
 * Opens `url` and waits until every island has hydrated, the comment box too (`reachComments`), and the
 * page shows its level-1 heading. Pressing a button of the prerendered page before that would be the
 * browser's doing, not the app's. An address with a #fragment is where the reader lands: the page is
 * left there (the comment box then hydrates when an action reaches it). A test of when an island loads
 * goes to the page itself instead.
 */
export async function open(page, url) {
  const response = await page.goto(url);
  await waitForApp(page);
  if (!new URL(url, 'http://x/').hash) await reachComments(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return response;
}

/**
 * Where the project's site is served: `/` at the host's root, `/harbour/` under a prefix (the `sub`
 * project). `at('/articles/x/')` is that page's absolute path with the prefix, which page.goto,
 * toHaveURL and request.get all resolve against the baseURL's origin (a bare `/articles/x/` would drop
 * the baseURL's path).
 */
export function servedAt(baseURL) {
  const base = new URL(baseURL).pathname.replace(/\/?$/, '/');
  return { base, at: (p) => base + p.replace(/^\//, '') };
}

/**
 * An address as the build writes it into a page: a WHATWG URL (what JavaScript's `new URL(…).href` gives;
 * the build uses the `url` crate), e.g. `https://ana.example` as `https://ana.example/` and `"` as `%22`.
 * Same-site paths are resolved against `base`.
 */
export const asUrl = (address, base) => new URL(address, base).href;

/**
 * An address as the browser writes it: what `new URL(…).href` gives in the page. The comment box writes
 * the websites of comments posted or loaded in the browser with the browser's own parser, which can differ
 * from the spec in corners (Chromium encodes `'` in a user name as %27).
 */
export const browserUrl = (page, address) => page.evaluate((address) => new URL(address, location.href).href, address);

/**
 * A link's address as written, resolved against its page as `asUrl` does: compare it with
 * `asUrl(expected, page.url())`. (Not `a.href`, which the browser re-writes with its own parser.)
 */
export const linkUrl = async (link) => asUrl(await link.getAttribute('href'), link.page().url());

/**
 * Whether the page's document was loaded at `url` (its navigation entry names it): after following a
 * link, proof of a full page load rather than a script changing the address.
 */
export const loadedAt = (page) => page.evaluate(() => performance.getEntriesByType('navigation')[0].name);

/** The top of an element's box relative to the viewport. */
export const topOf = (page, selector) =>
  page.locator(selector).evaluate((el) => el.getBoundingClientRect().top);

/** Scroll width must not exceed the viewport: no sideways scrolling. `soft` lets the test go on. */
export async function expectNoHorizontalScroll(page, { soft = false, label = '' } = {}) {
  const { scrollWidth, width } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  (soft ? expect.soft : expect)(scrollWidth, `${label ? `${label}: ` : ''}document scrollWidth ${scrollWidth} > viewport ${width}`).toBeLessThanOrEqual(width);
}

// ---- comments ------------------------------------------------------------------------------------------

export const SAVE_LABEL = 'Save my name, email, and website in this browser for the next time I comment.';

/**
 * The comment form's controls by their accessible names, which come from their labels (getByLabel would
 * also count the aria-hidden " *" that marks a required field).
 */
export function commentForm(scope) {
  const field = (name) => scope.getByRole('textbox', { name, exact: true });
  return {
    comment: field('Comment'),
    name: field('Name'),
    email: field('Email'),
    website: field('Website'),
    remember: scope.getByRole('checkbox', { name: SAVE_LABEL, exact: true }),
    post: scope.getByRole('button', { name: 'Post Comment' }),
  };
}

/** Fills the form (fields left undefined are not touched) and presses "Post Comment". */
export async function fillComment(page, { comment, name, email, website, remember } = {}) {
  const f = commentForm(page);
  if (comment !== undefined) await f.comment.fill(comment);
  if (name !== undefined) await f.name.fill(name);
  if (email !== undefined) await f.email.fill(email);
  if (website !== undefined) await f.website.fill(website);
  if (remember !== undefined) await f.remember.setChecked(remember);
  return f;
}

export async function postComment(page, fields) {
  const f = await fillComment(page, fields);
  await f.post.click();
  return f;
}

/** Comments posted from this browser (kept locally, awaiting moderation). */
export const ownComments = (page) => page.locator('li[id^="comment-local-"]');

export const commentsSection = (page) => page.locator('section#comments');

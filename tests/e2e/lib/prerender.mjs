// Every page arrives prerendered as static HTML; only its islands (the contents and the comment box) are
// hydrated. Written once, run against whichever build the project serves:
//
//   prerenderTests(dir)     seed, sub   without JavaScript; islands hydrated in place; unknown addresses; head
//                                       and site files
//   multiArticleTests(dir)  multi, sub  links between prerendered articles (full page loads), "More articles"
//
// `dir` is the content folder the build was made from. Paths are written as at the site's root
// (`/articles/x/`) and go through `at()` (lib/app.mjs servedAt), which adds the project's prefix.
import { test, expect } from './fixtures.mjs';
import { expectAccessibleInEveryLook } from './axe.mjs';
import { layoutShift } from './layout-shift.mjs';
import {
  SEED,
  loadContent,
  permalink,
  servedAt,
  appStarted,
  waitForApp,
  reachComments,
  hold,
  open,
  loadedAt,
  seedArticleLines,
  commentForm,
  postComment,
  ownComments,
  commentsSection,
  topOf,
} from './app.mjs';
import { islandsOnPage } from './islands.mjs';
import { settled } from './settle.mjs';
import { expectedBlock, renderedBlocks, normaliseBlock } from './content.mjs';
import { slugOf } from './publication.mjs';

export const NEEDS_JS = 'Posting a comment needs JavaScript. Turn it on in your browser to leave a reply.';
const NOT_FOUND = 'Page not found';
const PHONE = { width: 360, height: 800 };
const WIDE = { width: 1280, height: 800 };

// ---- what the content says a page should be ------------------------------------------------------------

/** The content set as pages: the front page, then each article's permalink. */
export function sitePages(dir) {
  const { site, articles, front } = loadContent(dir);
  const pages = [
    { name: 'the front page', path: '/', article: front, front: true },
    ...articles.map((a) => ({ name: `the article ${a.slug}`, path: permalink(a.slug), article: a, front: false })),
  ];
  return { site, articles, front, older: articles.filter((a) => a !== front), pages };
}

/** The site's public address (site.json `url`) joined with a path, as canonical links and the sitemap have it. */
export const absolute = (site, path) => `${site.url.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;

const oneLine = (s) => (s ?? '').split(/\s+/).filter(Boolean).join(' ');

/** The meta description: the summary, else the standfirst, else (front page) the site's tagline. */
export function expectedDescription(site, article, { front = false } = {}) {
  const found = [article.summary, article.standfirst, front ? site.tagline : undefined].map(oneLine).find(Boolean);
  if (!found) throw new Error(`${article.slug}: no summary or standfirst; teach expectedDescription the later fallbacks`);
  return found;
}

export const pageTitle = (site, article) => `${article.title} – ${site.name}`;

/** The article's first figure (its preview image), or undefined. */
const firstFigure = (article) => article.sections.flatMap((s) => s.blocks).find((b) => 'figure' in b)?.figure;

/** What a reader's thousands look like on the page: 40358 → "40,358". */
const thousands = (n) => n.toLocaleString('en-US');

// ---- the browser side ----------------------------------------------------------------------------------

const h1 = (page) => page.getByRole('heading', { level: 1 });
const contents = (page) => page.getByRole('navigation', { name: 'Contents' });
const sidebar = (page) => page.getByRole('complementary', { name: 'Sidebar' });
const crash = (page) => page.locator('#crash');

/** A reader without JavaScript (a separate context, watched by the console guard like any other). */
const readerWithoutJs = (newReader, viewport = WIDE) => newReader({ javaScriptEnabled: false, viewport });

/** The static parts of a page (skip link, header, h1, main, article, sidebar, footer), the islands and their roots. */
const PAGE_PARTS = 'body > .skip-link, header.site-header, h1, main, main article, aside, footer, leptos-island, leptos-island > *';

/**
 * Holds the app's .wasm until `release()`: the page shows what the build rendered, and no island has
 * hydrated yet.
 */
export const holdApp = (page) => hold(page, '**/*.wasm');

/** Everything in <head> that search engines and link previews read, as the page has it now. */
function readHead(page) {
  return page.evaluate(() => {
    const all = (sel, attr) => [...document.head.querySelectorAll(sel)].map((el) => (attr ? el.getAttribute(attr) : el.textContent));
    const meta = (key) => [
      ...all(`meta[name="${key}"]`, 'content'),
      ...all(`meta[property="${key}"]`, 'content'),
    ];
    return {
      titles: all('title'),
      descriptions: meta('description'),
      robots: meta('robots'),
      canonicals: all('link[rel="canonical"]', 'href'),
      ogTitle: meta('og:title'),
      ogType: meta('og:type'),
      ogUrl: meta('og:url'),
      twitterCard: meta('twitter:card'),
      feeds: all('link[rel="alternate"][type="application/atom+xml"]', 'href'),
      jsonLd: all('script[type="application/ld+json"]'),
    };
  });
}

/** Parses XML in the page (DOMParser, application/xml) and returns what `pick` reads from it, or the parser's error. */
function parseXml(page, xml, pick) {
  return page.evaluate(
    ({ xml, pick }) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const error = doc.getElementsByTagName('parsererror')[0];
      if (error) return { parsererror: error.textContent };
      return new Function('doc', `return (${pick})(doc)`)(doc);
    },
    { xml, pick: pick.toString() },
  );
}

/** The article's sections, block by block, as lib/content.mjs summarises them (images carry the prefix). */
async function expectArticleBody(page, article, at) {
  const main = page.getByRole('main');
  await expect(h1(page)).toHaveText(article.title);
  const sections = main.locator('article section[id]');
  await expect(sections).toHaveCount(article.sections.length);
  for (const [i, s] of article.sections.entries()) {
    await expect(sections.nth(i).getByRole('heading', { level: 2 })).toHaveText(s.heading);
    const expected = s.blocks.map(expectedBlock).map(normaliseBlock).map((b) => (b.kind === 'figure' ? { ...b, src: at(b.src) } : b));
    expect(await sections.nth(i).evaluate(renderedBlocks), `section ${i + 1} (${s.heading})`).toEqual(expected);
  }
  if (article.slug === SEED.slug) {
    // The seed: the original page's title, headings and paragraphs, in order, nothing added or lost.
    const { title, body } = seedArticleLines();
    await expect(h1(page)).toHaveText(title);
    await expect(main.locator('article section > :is(h2, p)')).toHaveText(body);
    for (const line of body) await expect(main.getByText(line, { exact: true })).toBeVisible();
  }
}

/** The sidebar's widgets as site.json lists them, with what each shows. */
async function expectSidebar(page, site, articles) {
  await expect(sidebar(page)).toBeVisible();
  for (const widget of site.sidebar) {
    if (widget.visitor_counter) {
      const { title, today, total } = widget.visitor_counter;
      const region = sidebar(page).getByRole('region', { name: title });
      await expect(region).toBeVisible();
      await expect(region.getByRole('term')).toHaveText(['Today', 'Total']);
      await expect(region.getByRole('definition')).toHaveText([thousands(today), thousands(total)]);
    } else if (widget.product_list) {
      const { title, products } = widget.product_list;
      const region = sidebar(page).getByRole('region', { name: title });
      await expect(region).toBeVisible();
      await expect(region.getByRole('listitem')).toHaveCount(products.length);
      await expect(region.getByRole('heading', { level: 3 })).toHaveText(products.map((p) => p.name));
      for (const p of products) await expect(region.getByRole('heading', { name: p.name, exact: true })).toBeVisible();
    } else if (widget.recent_articles) {
      const { title = 'Recent articles', n = 5 } = widget.recent_articles;
      const region = sidebar(page).getByRole('region', { name: title, exact: true });
      await expect(region.getByRole('link')).toHaveCount(Math.min(n, articles.length));
    } else if (widget.categories || widget.archives) {
      const { title = widget.categories ? 'Categories' : 'Archives' } = widget.categories ?? widget.archives;
      const region = sidebar(page).getByRole('region', { name: title, exact: true });
      await expect(region).toBeVisible();
      await expect(region.getByRole('listitem').first()).toContainText(/\d+ articles?$/);
    } else if (widget.search) {
      // The form needs no JavaScript to reach the search page.
      const region = sidebar(page).getByRole('region', { name: widget.search.title ?? 'Search', exact: true });
      await expect(region.getByRole('searchbox', { name: 'Search articles' })).toBeVisible();
      await expect(region.getByRole('button', { name: 'Search' })).toBeVisible();
    } else {
      throw new Error(`unknown widget ${JSON.stringify(widget)}`);
    }
  }
}

/** Comments as a reader without JavaScript sees them: every shipped one, no form, no buttons, a note. */
async function expectReadOnlyComments(page, article) {
  const section = commentsSection(page);
  const comments = article.comments ?? [];
  await expect(section).toBeVisible();
  await expect(section.getByRole('heading', { level: 2 }).first()).toHaveText(`${comments.length} ${comments.length === 1 ? 'comment' : 'comments'}`);
  for (const c of comments) {
    const li = section.locator(`li[id="comment-${c.id}"]`);
    await expect(li).toBeVisible();
    await expect(li.locator('.comment__author').first()).toHaveText(c.author);
  }
  await expect(page.locator('form.comment-form')).toBeHidden();
  await expect(commentForm(page).post).toBeHidden();
  await expect(section.getByRole('button')).toHaveCount(0); // no "Reply", no "show more"
  await expect(section.getByText('Loading comments…')).toBeHidden();
  if (article.comments_open === false) {
    await expect(section.getByText('Comments are closed.')).toBeVisible();
    await expect(page.getByText(NEEDS_JS)).toHaveCount(0);
  } else {
    await expect(page.getByText(NEEDS_JS, { exact: true })).toBeVisible();
  }
}

/** Clicks each contents link (last first, so each one has to scroll): the address gets the hash, the heading comes into view. */
async function expectContentsLinksWork(page, article, path) {
  const links = contents(page).getByRole('link');
  await expect(links).toHaveText(article.sections.map((s) => s.heading));
  const ids = await page.locator('main article section[id]').evaluateAll((els) => els.map((e) => e.id));
  for (const i of [...ids.keys()].reverse()) {
    await expect(links.nth(i)).toBeVisible();
    await links.nth(i).click();
    await expect(page).toHaveURL(`${path}#${ids[i]}`);
    await expect(page.locator(`section[id="${ids[i]}"]`).getByRole('heading', { level: 2 })).toBeInViewport();
  }
}

// ---- the tests -----------------------------------------------------------------------------------------

/** The prerender/hydration behaviour of any build: run in the seed and sub projects. */
export function prerenderTests(dir) {
  const { site, articles, front, pages } = sitePages(dir);
  const commentable = articles.find((a) => a.comments_open !== false);
  const richest = [...articles].sort((a, b) => b.sections.length - a.sections.length)[0];
  const unknown = ['/no-such-page', '/articles/no-such-article/'];

  test.describe('without JavaScript', () => {
    // The WebAssembly each page preloads is never used with JavaScript off, and Chromium says so once a
    // few seconds have passed since the load event; a slow check (axe in every look, a busy machine)
    // outlasts that.
    test.beforeEach(({ consoleGuard }) => consoleGuard.allow(/was preloaded using link preload but not used within a few seconds/));

    for (const viewport of [WIDE, PHONE]) {
      for (const p of pages) {
        test(`${p.name} at ${viewport.width}px is complete: article, contents, sidebar, comments`, async ({ newReader, baseURL }) => {
          const { at } = servedAt(baseURL);
          const page = await readerWithoutJs(newReader, viewport);
          const response = await page.goto(at(p.path));
          expect(response.status()).toBe(200);
          await expect(page).toHaveTitle(pageTitle(site, p.article));
          await expectArticleBody(page, p.article, at);
          await expect(page.getByRole('region', { name: 'More articles' })).toHaveCount(p.front && articles.length > 1 ? 1 : 0);
          // The contents list is open on phones too, without its toggle (which needs the app).
          await expect(contents(page).getByRole('button', { name: 'Contents' })).toBeHidden();
          await expectSidebar(page, site, articles);
          await expectReadOnlyComments(page, p.article);
          await expectContentsLinksWork(page, p.article, at(p.path));
        });
      }
    }

    test('the site name, the site links and the not-found page lead to the other prerendered pages', async ({ newReader, baseURL }) => {
      const { at } = servedAt(baseURL);
      const page = await readerWithoutJs(newReader);
      const banner = page.getByRole('banner');
      await page.goto(at(permalink(richest.slug)));
      await expect(h1(page)).toHaveText(richest.title);
      await banner.getByRole('link', { name: site.name, exact: true }).click();
      await expect(page).toHaveURL(at('/'));
      await expect(h1(page)).toHaveText(front.title);
      for (const l of site.links.filter((l) => l.href.startsWith('/'))) {
        await page.goto(at(permalink(richest.slug)));
        await banner.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: l.label, exact: true }).click();
        await expect(page).toHaveURL(at(l.href));
        await expect(h1(page)).not.toHaveText(NOT_FOUND);
      }
      // The not-found page's own ways on.
      for (const a of articles.slice(0, 5)) {
        const response = await page.goto(at('/no-such-page'));
        expect(response.status()).toBe(404);
        await expect(h1(page)).toHaveText(NOT_FOUND);
        await page.getByRole('main').getByRole('link', { name: a.title, exact: true }).click();
        await expect(page).toHaveURL(at(permalink(a.slug)));
        await expect(h1(page)).toHaveText(a.title);
      }
      await page.goto(at('/no-such-page'));
      await page.getByRole('link', { name: 'Go to the front page' }).click();
      await expect(page).toHaveURL(at('/'));
      await expect(h1(page)).toHaveText(front.title);
    });

    for (const path of unknown) {
      test(`an unknown address (${path}) shows the not-found page, answered 404`, async ({ newReader, baseURL }) => {
        const { at } = servedAt(baseURL);
        const page = await readerWithoutJs(newReader);
        const response = await page.goto(at(path));
        expect(response.status()).toBe(404);
        await expect(h1(page)).toHaveText(NOT_FOUND);
        await expect(page).toHaveTitle(`${NOT_FOUND} – ${site.name}`);
        await expect(page.getByRole('link', { name: 'Go to the front page' })).toHaveAttribute('href', at('/'));
        await expect(page.getByRole('navigation', { name: 'Contents' })).toHaveCount(0);
        await expectSidebar(page, site, articles);
      });
    }

    for (const [name, path] of [
      ['front page', '/'],
      [`article ${richest.slug}`, permalink(richest.slug)],
      ['not-found page', '/no-such-page'],
    ]) {
      test(`axe: the ${name} passes (light, dark, 360px) and does not scroll sideways`, async ({ newReader, baseURL }) => {
        const { at } = servedAt(baseURL);
        const page = await readerWithoutJs(newReader);
        await page.goto(at(path));
        await expect(h1(page)).toBeVisible();
        await expectAccessibleInEveryLook(page, `${name} without JavaScript`);
      });
    }
  });

  test.describe('hydration', () => {
    const hydrated = [...pages, { name: 'the not-found page itself (/404.html)', path: '/404.html', article: null }];
    for (const p of hydrated) {
      test(`${p.name}: the static parts are the very nodes the page came with, and the islands hydrate in place`, async ({ page, baseURL }) => {
        const { at } = servedAt(baseURL);
        const release = await holdApp(page);
        await page.goto(at(p.path), { waitUntil: 'commit' });
        await expect(h1(page)).toHaveText(p.article ? p.article.title : NOT_FOUND);
        await page.waitForLoadState('domcontentloaded');
        expect(await appStarted(page), 'the app must not have started while its wasm is held').toBe(false);
        expect(await islandsOnPage(page), 'islands before the wasm runs').toEqual(
          p.article ? [{ component: 'Contents', hydrated: false }, { component: 'CommentBox', hydrated: false }] : [],
        );
        // The header, the article, the sidebar and the footer, and each island with what it holds.
        const before = await page.evaluate((selector) => (window.__parts = [...document.querySelectorAll(selector)]).length, PAGE_PARTS);
        expect(before, 'parts of the page found').toBeGreaterThanOrEqual(p.article ? 9 : 5);
        release();
        await waitForApp(page);
        // The comment box hydrates once the reader reaches it.
        await reachComments(page);
        const same = await page.evaluate((selector) => {
          const now = [...document.querySelectorAll(selector)];
          return {
            count: now.length,
            replaced: window.__parts.filter((el, i) => now[i] !== el || !el.isConnected).map((el) => `${el.localName}.${el.classList[0] ?? ''}`),
          };
        }, PAGE_PARTS);
        expect(same, 'every part is the node the page came with').toEqual({ count: before, replaced: [] });
        expect(await islandsOnPage(page), 'islands after').toEqual(
          p.article ? [{ component: 'Contents', hydrated: true }, { component: 'CommentBox', hydrated: true }] : [],
        );
        await expect(h1(page)).toHaveText(p.article ? p.article.title : NOT_FOUND);
        await expect(crash(page)).toBeHidden();
      });
    }

    const routes = [
      ...pages.map((p) => ({ ...p, status: 200, heading: p.article.title })),
      ...unknown.map((path) => ({ name: `the unknown address ${path}`, path, status: 404, heading: NOT_FOUND })),
    ];
    for (const viewport of [WIDE, PHONE]) {
      for (const r of routes) {
        test(`${r.name} at ${viewport.width}px comes up with no layout shift, no crash, no console error`, async ({ page, baseURL }) => {
          const { at } = servedAt(baseURL);
          await page.setViewportSize(viewport);
          const response = await page.goto(at(r.path));
          expect(response.status()).toBe(r.status);
          await waitForApp(page);
          await expect(h1(page)).toHaveText(r.heading);
          // Once the page has come up (lib/layout-shift.mjs waits for it).
          expect(await layoutShift(page)).toBe(0);
          await expect(crash(page)).toBeHidden();
          // The console guard (lib/fixtures.mjs) fails the test on any error, warning or word about hydration.
        });
      }
    }

    test(`after hydration the contents marker follows clicks and scrolling (${richest.slug})`, async ({ page, baseURL }) => {
      test.skip(richest.sections.length < 3, 'needs an article with three sections');
      const { at } = servedAt(baseURL);
      await open(page, at(permalink(richest.slug)));
      const links = contents(page).getByRole('link');
      const current = contents(page).locator('a[aria-current]');
      const ids = await page.locator('main article section[id]').evaluateAll((els) => els.map((e) => e.id));
      // A click marks its link at once; scrolling (instant) moves the mark to the section read.
      await links.nth(2).click();
      await expect(page).toHaveURL(`${at(permalink(richest.slug))}#${ids[2]}`);
      await expect(links.nth(2)).toHaveAttribute('aria-current', 'true');
      await expect(current).toHaveCount(1);
      await expect(page.locator(`#${ids[2]}-heading`)).toBeFocused();
      await expect.poll(() => topOf(page, `section[id="${ids[2]}"]`)).toBeLessThanOrEqual(150);
      await expect.poll(() => topOf(page, `section[id="${ids[2]}"]`)).toBeGreaterThanOrEqual(-1);
      for (const i of [0, 1, 2]) {
        await page.evaluate((id) => {
          const el = document.getElementById(id);
          window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY, behavior: 'instant' });
        }, ids[i]);
        await expect(links.nth(i)).toHaveAttribute('aria-current', 'true');
        await expect(current).toHaveCount(1);
      }
    });

    test(`after hydration the comment form takes typing and posts (${commentable.slug}); the no-JavaScript note stays hidden`, async ({ page, baseURL }) => {
      const { at } = servedAt(baseURL);
      const release = await holdApp(page);
      await page.goto(at(permalink(commentable.slug)), { waitUntil: 'commit' });
      // Before the app starts: the form is there, the note for readers without JavaScript is not.
      await expect(commentForm(page).post).toBeVisible();
      await expect(page.getByText(NEEDS_JS)).toBeHidden();
      release();
      await waitForApp(page);
      await expect(page.getByText(NEEDS_JS)).toBeHidden();
      const f = commentForm(page);
      await f.comment.click();
      await page.keyboard.type('Typed after hydration.');
      await expect(f.comment).toHaveValue('Typed after hydration.');
      await postComment(page, { name: 'Ana Reader', email: 'ana@example.com' });
      await expect(ownComments(page)).toHaveCount(1);
      await expect(ownComments(page)).toContainText('Typed after hydration.');
      await expect(ownComments(page)).toBeFocused();
      await expect(f.comment).toHaveValue('');
      await expect(crash(page)).toBeHidden();
    });

    test('text typed into the prerendered comment form before the app starts is kept, and posts', async ({ page, baseURL }) => {
      const { at } = servedAt(baseURL);
      const release = await holdApp(page);
      await page.goto(at(permalink(commentable.slug)), { waitUntil: 'commit' });
      const f = commentForm(page);
      await f.comment.fill('Typed before the app started.');
      await f.name.fill('Ana Reader');
      expect(await appStarted(page)).toBe(false);
      release();
      await waitForApp(page);
      await expect(f.comment).toHaveValue('Typed before the app started.');
      await expect(f.name).toHaveValue('Ana Reader');
      await f.email.fill('ana@example.com');
      await f.post.click();
      await expect(ownComments(page)).toHaveCount(1);
      await expect(ownComments(page)).toContainText('Typed before the app started.');
      await expect(crash(page)).toBeHidden();
    });

    // The prerendered form is a plain <form>: were it live before the app starts, "Post Comment" or Enter
    // would submit it the browser's way, a GET putting ?comment=…&email=… in the address and losing the
    // comment. "Post Comment" is disabled until the app takes over, which also blocks Enter's implicit
    // submission; what was typed stays and becomes the draft.
    test('a comment posted before the app has started does not put the reader’s details in the address', async ({ page, baseURL }) => {
      const { at } = servedAt(baseURL);
      const path = at(permalink(commentable.slug));
      const release = await holdApp(page);
      // A submission made by the browser is a navigation of the page.
      const navigations = [];
      try {
        await page.goto(path, { waitUntil: 'commit' });
        page.on('request', (r) => {
          if (r.isNavigationRequest() && r.frame() === page.mainFrame()) navigations.push(r.url());
        });
        await commentForm(page).post.waitFor();
        expect(await appStarted(page)).toBe(false);
        await expect(commentForm(page).post).toBeDisabled();
        await fillAndPostEarly(page);
      } finally {
        release();
      }
      // The app starting on this same page is the sign that the browser is past the Enter and the click: a
      // submission they made would have started its navigation in a task they queued, long before the held
      // WebAssembly is fetched, compiled and hydrates.
      await waitForApp(page);
      expect(navigations, 'navigations after posting early').toEqual([]);
      expect(await loadedAt(page), 'still the page as first loaded').toBe(new URL(path, baseURL).href);
      expect(new URL(page.url()).search, 'the address after posting early').toBe('');
      expect(page.url()).not.toContain('ana%40example.com');
      const f = commentForm(page);
      await expect(f.post).toBeEnabled();
      await expect(f.comment).toHaveValue('Posted before the app started.');
      await expect(f.email).toHaveValue('ana@example.com');
    });
  });

  test.describe('unknown addresses', () => {
    for (const path of unknown) {
      test(`${path} gets the host’s static not-found page, answered 404: no islands, and its links lead on`, async ({ page, baseURL }) => {
        const { at } = servedAt(baseURL);
        const response = await page.goto(at(path));
        expect(response.status()).toBe(404);
        await waitForApp(page);
        await expect(h1(page)).toHaveText(NOT_FOUND);
        await expect(page).toHaveTitle(`${NOT_FOUND} – ${site.name}`);
        expect(await islandsOnPage(page), 'nothing on the not-found page to hydrate').toEqual([]);
        await expect(page.getByRole('navigation', { name: 'Contents' })).toHaveCount(0);
        await expect(crash(page)).toBeHidden();
        // Its links are plain links to prerendered pages: each one a full page load.
        await page.getByRole('main').getByRole('link', { name: articles.at(-1).title, exact: true }).click();
        await expect(page).toHaveURL(at(permalink(articles.at(-1).slug)));
        expect(await loadedAt(page)).toBe(new URL(at(permalink(articles.at(-1).slug)), baseURL).href);
        await waitForApp(page);
        await expect(h1(page)).toHaveText(articles.at(-1).title);
        await page.goBack();
        await expect(h1(page)).toHaveText(NOT_FOUND);
        await page.getByRole('link', { name: 'Go to the front page' }).click();
        await expect(page).toHaveURL(at('/'));
        expect(await loadedAt(page)).toBe(new URL(at('/'), baseURL).href);
        await waitForApp(page);
        await expect(h1(page)).toHaveText(front.title);
        await expect(page).toHaveTitle(pageTitle(site, front));
      });
    }
  });

  test.describe('head and site files', () => {
    const withHead = [
      ...pages,
      { name: 'the not-found page (at /no-such-page)', path: '/no-such-page', article: null },
    ];
    for (const p of withHead) {
      test(`${p.name}: one title, description and canonical, Open Graph, Twitter card${p.article ? ', JSON-LD NewsArticle' : ', noindex'}`, async ({ newReader, page, baseURL }) => {
        const { at } = servedAt(baseURL);
        const bare = await readerWithoutJs(newReader);
        await bare.goto(at(p.path));
        const head = await readHead(bare);
        expect(head.feeds).toEqual([at('/feed.xml')]);
        const feed = await bare.request.get(head.feeds[0]);
        expect(feed.status(), 'the feed link').toBe(200);

        if (!p.article) {
          expect(head.titles).toEqual([`${NOT_FOUND} – ${site.name}`]);
          expect(head.descriptions).toHaveLength(1);
          expect(head.descriptions[0]).not.toBe('');
          expect(head.robots).toEqual(['noindex']);
          expect(head.canonicals).toEqual([]);
          expect(head.ogUrl).toEqual([]);
          expect(head.jsonLd).toEqual([]);
          expect(head.ogTitle).toEqual([NOT_FOUND]);
          expect(head.twitterCard).toEqual(['summary']);
        } else {
          const a = p.article;
          const url = absolute(site, p.path);
          const figure = firstFigure(a);
          expect(head.titles).toEqual([pageTitle(site, a)]);
          expect(head.descriptions).toEqual([expectedDescription(site, a, { front: p.front })]);
          expect(head.robots).toEqual([]);
          expect(head.canonicals).toEqual([url]);
          expect(head.ogTitle).toEqual([a.title]);
          expect(head.ogType).toEqual(['article']);
          expect(head.ogUrl).toEqual([url]);
          expect(head.twitterCard).toEqual([figure ? 'summary_large_image' : 'summary']);
          expect(head.jsonLd).toHaveLength(1);
          const ld = JSON.parse(head.jsonLd[0]);
          expect(ld['@type']).toBe('NewsArticle');
          expect(ld.headline).toBe(a.title);
          expect(Date.parse(ld.datePublished), `datePublished ${ld.datePublished} is ${a.published}`).toBe(Date.parse(a.published));
          expect(ld.author?.name).toBe(a.author);
          expect(ld.publisher?.name).toBe(site.name);
          expect(ld.url).toBe(url);
          if (figure) expect(ld.image).toEqual([absolute(site, figure.image.src)]);
          else expect(ld).not.toHaveProperty('image');
        }

        // With JavaScript, once the islands have hydrated: one of each, with the same values.
        await open(page, at(p.path));
        const after = await readHead(page);
        expect(after, 'head after hydration').toEqual(head);
      });
    }

    test('sitemap.xml is XML naming every page by its absolute address: the front page and its later pages, every article, every category, tag, author and archive page', async ({ page, baseURL }) => {
      const { at } = servedAt(baseURL);
      const response = await page.request.get(at('/sitemap.xml'));
      expect(response.status()).toBe(200);
      const parsed = await parseXml(page, await response.text(), (doc) => ({
        root: doc.documentElement.localName,
        locs: [...doc.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'loc')].map((e) => e.textContent.trim()),
      }));
      expect(parsed.parsererror).toBeUndefined();
      expect(parsed.root).toBe('urlset');
      // Every list's pages, `per_page` articles each: `first`, then `first` + page/2/, …
      const perPage = site.per_page ?? 10;
      const pagesOf = (first, n) =>
        Array.from({ length: Math.max(1, Math.ceil(n / perPage)) }, (_, i) => (i === 0 ? first : `${first}page/${i + 1}/`));
      const lists = pagesOf('/', articles.length - 1).slice(1);
      for (const [kind, names] of [['category', (a) => a.categories ?? []], ['tag', (a) => a.tags ?? []], ['author', (a) => [a.author]]]) {
        const counts = new Map();
        for (const a of articles) for (const n of names(a)) counts.set(slugOf(n), (counts.get(slugOf(n)) ?? 0) + 1);
        for (const [slug, n] of counts) lists.push(...pagesOf(`/${kind}/${slug}/`, n));
      }
      // The archive, and each month's pages.
      lists.push('/archive/');
      const months = new Map();
      for (const a of articles) months.set(a.published.slice(0, 7), (months.get(a.published.slice(0, 7)) ?? 0) + 1);
      for (const [month, n] of months) lists.push(...pagesOf(`/archive/${month.replace('-', '/')}/`, n));
      const expected = [site.url, ...articles.map((a) => absolute(site, permalink(a.slug))), ...lists.map((p) => absolute(site, p))];
      expect([...parsed.locs].sort()).toEqual([...expected].sort());
    });

    test('feed.xml is an Atom feed with an entry for every article: its title and absolute address', async ({ page, baseURL }) => {
      const { at } = servedAt(baseURL);
      const response = await page.request.get(at('/feed.xml'));
      expect(response.status()).toBe(200);
      const parsed = await parseXml(page, await response.text(), (doc) => {
        const ATOM = 'http://www.w3.org/2005/Atom';
        const child = (el, name) => [...el.children].find((c) => c.namespaceURI === ATOM && c.localName === name);
        return {
          root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
          title: child(doc.documentElement, 'title')?.textContent,
          entries: [...doc.getElementsByTagNameNS(ATOM, 'entry')].map((e) => ({
            title: child(e, 'title')?.textContent,
            id: child(e, 'id')?.textContent,
            link: [...e.children].find((c) => c.localName === 'link' && c.getAttribute('rel') === 'alternate')?.getAttribute('href'),
          })),
        };
      });
      expect(parsed.parsererror).toBeUndefined();
      expect(parsed.root).toBe('http://www.w3.org/2005/Atom feed');
      expect(parsed.title).toBe(site.name);
      const byTitle = (x, y) => x.title.localeCompare(y.title);
      const expected = articles.map((a) => ({ title: a.title, id: absolute(site, permalink(a.slug)), link: absolute(site, permalink(a.slug)) }));
      expect([...parsed.entries].sort(byTitle)).toEqual(expected.sort(byTitle));
    });

    test('robots.txt names the sitemap by its absolute address', async ({ request, baseURL }) => {
      const { at } = servedAt(baseURL);
      const response = await request.get(at('/robots.txt'));
      expect(response.status()).toBe(200);
      const sitemaps = [...(await response.text()).matchAll(/^Sitemap:\s*(\S+)\s*$/gim)].map((m) => m[1]);
      expect(sitemaps).toEqual([absolute(site, '/sitemap.xml')]);
    });
  });
}

/** Fills the prerendered form and presses "Post Comment" (no waiting for the app). */
async function fillAndPostEarly(page) {
  const f = commentForm(page);
  await f.comment.fill('Posted before the app started.');
  await f.name.fill('Ana Reader');
  await f.email.fill('ana@example.com');
  // Both ways a reader sends a form: Enter in a field, and the button (forced: it is disabled).
  await f.email.press('Enter');
  await f.post.click({ force: true });
}

/** Links between prerendered articles, each a full page load: run in the multi and sub projects. */
export function multiArticleTests(dir) {
  const { site, articles, front, older } = sitePages(dir);
  const moreLink = (page, a) => page.getByRole('region', { name: 'More articles' }).getByRole('link', { name: a.title, exact: true });

  /** The page shows article `a` at its own address, hydrated: heading, title, contents, head tags. */
  async function expectArticleShown(page, at, a, { isFront = false } = {}) {
    await expect(h1(page)).toHaveText(a.title);
    await expect(page).toHaveURL(at(isFront ? '/' : permalink(a.slug)));
    await expect(page).toHaveTitle(pageTitle(site, a));
    await expect(contents(page).getByRole('link')).toHaveText(a.sections.map((s) => s.heading));
    await expect(page.locator('meta[name="description"]')).toHaveCount(1);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', expectedDescription(site, a, { front: isFront }));
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(1);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', absolute(site, isFront ? '/' : permalink(a.slug)));
    await expect(page.getByRole('region', { name: 'More articles' })).toHaveCount(isFront ? 1 : 0);
    await waitForApp(page);
    await expect(crash(page)).toBeHidden();
  }

  /** A link followed: the browser loaded the page at `path` as a document of its own (no script swapped it in). */
  async function expectPageLoad(page, at, path, baseURL) {
    await expect(page).toHaveURL(at(path));
    expect(await loadedAt(page), 'a full page load').toBe(new URL(at(path), baseURL).href);
  }

  test('the content set has several articles', () => {
    expect(older.length).toBeGreaterThanOrEqual(2);
  });

  test('without JavaScript, "More articles" on the front page loads each prerendered article', async ({ newReader, baseURL }) => {
    const { at } = servedAt(baseURL);
    const page = await readerWithoutJs(newReader);
    for (const a of older) {
      await page.goto(at('/'));
      await expect(page.getByRole('region', { name: 'More articles' }).getByRole('link')).toHaveText(older.map((x) => x.title));
      await expect(moreLink(page, a)).toHaveAttribute('href', at(permalink(a.slug)));
      await moreLink(page, a).click();
      await expect(page).toHaveURL(at(permalink(a.slug)));
      await expect(h1(page)).toHaveText(a.title);
      await expect(page).toHaveTitle(pageTitle(site, a));
      await expect(page.getByRole('region', { name: 'More articles' })).toHaveCount(0);
    }
  });

  test('the site name and "More articles" load each prerendered page in full: its article, title, description and canonical; no data fetched', async ({ page, baseURL }) => {
    const { at } = servedAt(baseURL);
    const json = [];
    page.on('request', (r) => {
      const { pathname } = new URL(r.url());
      if (pathname.endsWith('.json')) json.push(pathname);
    });
    const start = older[0];
    await open(page, at(permalink(start.slug)));
    await expectArticleShown(page, at, start);

    const home = page.getByRole('banner').getByRole('link', { name: site.name, exact: true });
    await expect(home).toHaveAttribute('href', at('/'));
    await home.click();
    await expectPageLoad(page, at, '/', baseURL);
    await expectArticleShown(page, at, front, { isFront: true });

    for (const a of older) {
      await moreLink(page, a).click();
      await expectPageLoad(page, at, permalink(a.slug), baseURL);
      await expectArticleShown(page, at, a);
      // The article as written, block by block.
      await expectArticleBody(page, a, at);
      await page.goBack();
      await expectArticleShown(page, at, front, { isFront: true });
    }
    // Each page was shown hydrated before the next was opened; the last has done all it does by itself.
    await settled(page);
    expect(json, 'every page carries its article: nothing fetched as data').toEqual([]);
  });

  test('Back and Forward go through the pages followed, each still working', async ({ page, baseURL }) => {
    const { at } = servedAt(baseURL);
    const [a, b] = older;
    await open(page, at('/'));
    await moreLink(page, a).click();
    await expectArticleShown(page, at, a);
    await page.getByRole('banner').getByRole('link', { name: site.name, exact: true }).click();
    await expectArticleShown(page, at, front, { isFront: true });
    await moreLink(page, b).click();
    await expectArticleShown(page, at, b);

    await page.goBack();
    await expectArticleShown(page, at, front, { isFront: true });
    await page.goBack();
    await expectArticleShown(page, at, a);
    await page.goForward();
    await expectArticleShown(page, at, front, { isFront: true });
    await page.goForward();
    await expectArticleShown(page, at, b);
    // The page come back to still works: a contents link marks its section (and Back undoes it).
    const last = contents(page).getByRole('link').last();
    await last.click();
    await expect(page).toHaveURL(new RegExp(`${permalink(b.slug)}#`));
    await expect(last).toHaveAttribute('aria-current', 'true');
    await page.goBack();
    await expectArticleShown(page, at, b);
  });

  test('an article reached by a link comes up with no layout shift', async ({ page, baseURL }) => {
    const { at } = servedAt(baseURL);
    const a = older.find((x) => x.sections.some((s) => s.blocks.some((b) => 'figure' in b))) ?? older[0];
    await open(page, at('/'));
    await moreLink(page, a).click();
    await expectPageLoad(page, at, permalink(a.slug), baseURL);
    await expectArticleShown(page, at, a);
    // Once the page has come up (lib/layout-shift.mjs waits for it).
    expect(await layoutShift(page)).toBe(0);
  });
}

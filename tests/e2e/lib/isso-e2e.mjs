// What the Isso browser tests (tests/e2e/isso/) share: a real Isso 0.14 server on the port baked into the
// dist-isso build, the article threads of tests/content/isso, and the comment box as a reader sees it.
//
//   import { test, expect, ISSO, THREAD } from '../lib/isso-e2e.mjs';
//   test('…', async ({ page, isso }) => { const server = await isso.start({ moderation: true }); … });
//
// `isso.start(options)` runs tests/isso/isso.mjs's startIsso on 127.0.0.1:8090 with a fresh database and
// stops every server it started when the test ends (pass or fail). Only one test at a time can hold that
// port, so the specs using this fixture must never run concurrently (see tests/e2e/isso/).
import { execFileSync } from 'node:child_process';
import { test as base, expect } from './fixtures.mjs';
import { SEED, open, commentForm, commentsSection, reopen } from './app.mjs';
import { startIsso, stopIsso } from '../../isso/isso.mjs';

/** tests/content/isso/site.json: "comment_server": {"isso": "http://127.0.0.1:8090"}. */
export const ISSO_PORT = 8090;
export const ISSO = `http://127.0.0.1:${ISSO_PORT}`;
/** The isso project's static server (playwright.config.mjs). */
export const SITE_ORIGIN = 'http://127.0.0.1:4175';

/** The seed article (also the front page) with one shipped comment, and a second article with none. */
export const THREAD = { path: SEED.path, title: SEED.title };
export const SECOND = { path: '/articles/isso-second-thread/', title: 'A Second Thread for Comment Tests' };
export const SHIPPED = { id: 'editor-1', author: 'Broadsheet World Desk' };

/** The CORS headers Isso sends to the isso site's origin, for responses faked with route.fulfill. */
export const CORS = {
  'Access-Control-Allow-Origin': SITE_ORIGIN,
  'Access-Control-Allow-Credentials': 'true',
  'Access-Control-Expose-Headers': 'X-Set-Cookie, Date',
};

/** Isso's validation refusal page, byte for byte (tests/isso/FACTS.md). */
export const refusalPage = (message) =>
  `<!doctype html>\n<html lang=en>\n<title>400 Bad Request</title>\n<h1>Bad Request</h1>\n<p>${message}</p>\n`;

export const test = base.extend({
  isso: async ({}, use) => {
    const servers = [];
    await use({
      /** startIsso on port 8090 (fresh database); stopped when the test ends. */
      async start(options = {}) {
        const server = await startIsso({ port: ISSO_PORT, ...options });
        servers.push(server);
        return server;
      },
      stop: (server) => stopIsso(server),
    });
    for (const server of servers) await stopIsso(server);
  },
});
export { expect };

// ---- matching Isso's requests (for page.route and waitForRequest) -----------------------------------------

const isIsso = (url) => url.origin === ISSO;
/** POST /new?uri=… */
export const isNewComment = (url) => isIsso(new URL(url)) && new URL(url).pathname === '/new';
/** GET /?uri=… (a page of the thread, or more replies) */
export const isThreadFetch = (url) => {
  const u = new URL(url);
  return isIsso(u) && u.pathname === '/' && u.searchParams.has('uri');
};

/**
 * Routes Isso's POST /new through `handler(route)`; any other method (the CORS preflight, if Chromium sends
 * it through the route) goes on to the real server.
 */
export async function routeNewComment(page, handler) {
  await page.route(isNewComment, async (route) => {
    if (route.request().method() !== 'POST') return route.fallback();
    return handler(route);
  });
}

// ---- the page --------------------------------------------------------------------------------------------

export const countText = (n) => `${n} ${n === 1 ? 'comment' : 'comments'}`;

/** The comment box's "N comments" heading. */
export const countHeading = (page, n) =>
  commentsSection(page).getByRole('heading', { level: 2, name: countText(n), exact: true });

/** A comment's <li> by its id (`comment-<isso id>`, or the shipped comment's id). */
export const commentItem = (page, id) => page.locator(`li#comment-${id}`);
/** The comment's own part (meta, text, buttons), without its replies or a reply form under it. */
export const ownPart = (item) => item.locator(':scope > article');
export const commentText = (item) => item.locator(':scope > article .comment__text');
/** Top-level comments of the thread (the thread is one flat list; a reply is marked `comment--reply`). */
export const topLevel = (page) => commentsSection(page).locator(':scope > ol.comment-list > li.comment:not(.comment--reply)');
/** The replies of the thread, in reading order. */
export const replies = (page) => commentsSection(page).locator(':scope > ol.comment-list > li.comment--reply');
/** The line that says whom a reply answers. */
export const inReplyTo = (item) => ownPart(item).locator('.comment__in-reply-to');
/** Every comment, replies included. */
export const allComments = (page) => commentsSection(page).locator('li.comment');

export const loadingStatus = (page) => commentsSection(page).getByRole('status').filter({ hasText: 'Loading comments…' });
/** The "could not be loaded" box of the thread. */
export const loadError = (page) => commentsSection(page).getByRole('alert').filter({ hasText: 'The comments could not be loaded.' });
/** The "Your comment was not posted" box of the form. */
export const postError = (page) => page.getByRole('alert').filter({ hasText: 'Your comment was not posted' });
/** The GOV.UK error summary ("There is a problem"). */
export const errorSummary = (page) => page.locator('#error-summary');
/** The form's status line ("Your comment was posted."). */
export const formNotice = (page) => page.locator('.comment-form__notice[role="status"]');

/** Opens `url` and waits until the Isso thread has loaded (no "Loading comments…" left, no load error). */
export async function openThread(page, url = THREAD.path) {
  await open(page, url);
  await expect(loadingStatus(page)).toHaveCount(0);
  await expect(loadError(page)).toHaveCount(0);
}

export const ANA = { name: 'Ana Reader', email: 'ana@example.com' };

/** Fills every field the test gives (comment, name, email, website) and presses "Post Comment". */
export async function post(page, fields) {
  const f = commentForm(page);
  for (const key of ['comment', 'name', 'email', 'website']) if (fields[key] !== undefined) await f[key].fill(fields[key]);
  await f.post.click();
  return f;
}

/** The draft the app keeps in localStorage for `thread` (null when there is none). */
export const storedDraft = (page, thread = THREAD.path) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), `broadsheet.draft.${thread}`);

/**
 * After a failed post: the typed Comment/Name/Email are still in the fields, the draft is in localStorage,
 * and a reload puts the text back into the form.
 */
export async function expectTextKept(page, fields, { thread = THREAD.path, reload = true } = {}) {
  const f = commentForm(page);
  await expect(f.comment).toHaveValue(fields.comment);
  await expect(f.name).toHaveValue(fields.name);
  await expect(f.email).toHaveValue(fields.email);
  if (fields.website !== undefined) await expect(f.website).toHaveValue(fields.website);
  const draft = await storedDraft(page, thread);
  expect(draft, 'the draft saved in localStorage').toMatchObject({ comment: fields.comment, name: fields.name, email: fields.email });
  if (!reload) return;
  await reopen(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(f.comment, 'the comment restored after a reload').toHaveValue(fields.comment);
  await expect(f.name).toHaveValue(fields.name);
  await expect(f.email).toHaveValue(fields.email);
  // The reloaded page asks the server for the thread; wait for its answer, so no request is still on its
  // way when the test stops the server (a request cut off then is the test's doing, not the page's).
  await expect(page.getByText('Loading comments…')).toHaveCount(0);
}

/** Thread titles in an Isso server's database (Isso has no API for them). */
export function threadTitles(server) {
  const script = 'import sqlite3,sys,json; c=sqlite3.connect(sys.argv[1]); print(json.dumps(dict(c.execute("select uri, title from threads").fetchall())))';
  return JSON.parse(execFileSync('python3', ['-c', script, server.dbPath], { encoding: 'utf8' }));
}

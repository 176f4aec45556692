// Runtime faults during client-side navigation: the article JSON that the app fetches for an article
// other than the newest answers 404, 500, garbage or the wrong shape of JSON, never answers, or the
// network goes away. Each shows a clear message with "Try again", which recovers once the fault is gone,
// and a draft comment typed before the fault is still in the form (and in the saved draft) afterwards.
import { test, expect } from '../lib/fixtures.mjs';
import { expectNoAxeViolations } from '../lib/axe.mjs';
import { open, loadContent, permalink, commentForm } from '../lib/app.mjs';

const { articles, front } = loadContent('tests/content/multi');
// An older article (fetched on client-side navigation) whose comments are open.
const target = articles.find((a) => a !== front && a.comments_open !== false);
const jsonPath = `/content/articles/${target.slug}.json`;
const isTargetJson = (url) => new URL(url).pathname === jsonPath;
const h1 = (page) => page.getByRole('heading', { level: 1 });
const moreLink = (page) =>
  page.getByRole('region', { name: 'More articles' }).getByRole('link', { name: target.title, exact: true });

const DRAFT = { comment: 'Typed before the fault: the crew deserve a medal.', name: 'Ana Reader', email: 'ana@example.com' };
const storedDraft = (page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), `broadsheet.draft.${permalink(target.slug)}`);

async function expectDraftInForm(page) {
  const f = commentForm(page);
  await expect(f.comment).toHaveValue(DRAFT.comment);
  await expect(f.name).toHaveValue(DRAFT.name);
  await expect(f.email).toHaveValue(DRAFT.email);
}

/**
 * The front page, then the target article by client-side navigation (fetched for real), a draft typed
 * into its comment form, and back to the front page: the next visit to the article fetches it again.
 */
async function draftThenBack(page) {
  await open(page, '/');
  await moreLink(page).click();
  await expect(h1(page)).toHaveText(target.title);
  const f = commentForm(page);
  await f.comment.fill(DRAFT.comment);
  await f.name.fill(DRAFT.name);
  await f.email.fill(DRAFT.email);
  await expect.poll(() => storedDraft(page)).toMatchObject(DRAFT);
  await page.goBack();
  await expect(h1(page)).toHaveText(front.title);
}

const OFFLINE_LOG = /ERR_INTERNET_DISCONNECTED/;
const SERVER_ERROR = (status) => `The server answered with an error (HTTP ${status}). Try again in a moment.`;
const NOT_VALID = "The article's content is not valid";
const NETWORK = 'The network request failed. Check your connection, then try again.';

/**
 * Each fault: how to cause it and lift it, what the reader is told, and the one console message Chromium
 * writes about it (null: none).
 */
const route = (handler) => ({
  cause: ({ page }) => page.route(isTargetJson, handler),
  lift: ({ page }) => page.unrouteAll({ behavior: 'wait' }),
});
const FAULTS = {
  'answers 404': { ...route((r) => r.fulfill({ status: 404, body: 'Not Found' })), says: SERVER_ERROR(404), log: /status of 404/ },
  'answers 500': { ...route((r) => r.fulfill({ status: 500, body: 'Internal Server Error' })), says: SERVER_ERROR(500), log: /status of 500/ },
  'answers an HTML page instead of JSON': {
    ...route((r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Oops</title><h1>Maintenance</h1>' })),
    says: NOT_VALID,
    log: null,
  },
  'answers cut-off JSON': {
    ...route((r) => r.fulfill({ status: 200, contentType: 'application/json', body: `{"slug": "${target.slug}", "title": "Lifeb` })),
    says: NOT_VALID,
    log: null,
  },
  'answers JSON of the wrong shape': {
    ...route((r) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ articles: [target.slug], ok: true }) })),
    says: NOT_VALID,
    log: null,
  },
  'answers an empty body': { ...route((r) => r.fulfill({ status: 200, contentType: 'application/json', body: '' })), says: NOT_VALID, log: null },
  'is refused by the network': { ...route((r) => r.abort('connectionrefused')), says: NETWORK, log: /ERR_CONNECTION_REFUSED/ },
  'meets a network gone offline': {
    cause: ({ context }) => context.setOffline(true),
    lift: ({ context }) => context.setOffline(false),
    says: NETWORK,
    log: OFFLINE_LOG,
  },
};

for (const [name, fault] of Object.entries(FAULTS)) {
  test(`the article fetch ${name}: a clear message, the draft kept, and "Try again" shows the article`, async ({ page, context, consoleGuard }) => {
    if (fault.log) consoleGuard.allow(fault.log);
    await draftThenBack(page);

    await fault.cause({ page, context });
    await moreLink(page).click();
    await expect(page).toHaveURL(permalink(target.slug));
    const alert = page.getByRole('alert').filter({ hasText: 'This article could not be loaded' });
    await expect(alert).toBeVisible();
    await expect(h1(page)).toHaveText('This article could not be loaded');
    await expect(alert).toContainText(fault.says);
    const retry = page.getByRole('button', { name: 'Try again' });
    await expect(retry).toBeVisible();
    await expectNoAxeViolations(page, `article fetch ${name}`);
    expect(await storedDraft(page), 'the draft is still saved while the article cannot be shown').toMatchObject(DRAFT);

    // Still failing: "Try again" asks again, fails the same way, and can be pressed again.
    const askedAgain = page.waitForRequest((r) => isTargetJson(r.url()));
    await retry.click();
    await askedAgain;
    await expect(alert).toContainText(fault.says);
    await expect(retry).toBeVisible();

    await fault.lift({ page, context });
    const fetched = page.waitForResponse((r) => isTargetJson(r.url()));
    await retry.click();
    expect((await fetched).status()).toBe(200);
    await expect(h1(page)).toHaveText(target.title);
    await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    await expectDraftInForm(page);
    expect(await storedDraft(page)).toMatchObject(DRAFT);
  });
}

// A server that never answers: src/api.rs gives up after 10 s (TIMEOUT_MS) and says so, with Try again.
test('the article fetch never answers: after 10 s the reader is told, Try again recovers, the draft is kept', async ({ page, consoleGuard }) => {
  test.setTimeout(60_000);
  consoleGuard.allow(/ERR_ABORTED|aborted/i);
  await draftThenBack(page);
  await page.route(isTargetJson, () => {}); // never fulfilled
  const started = Date.now();
  await moreLink(page).click();
  await expect(page).toHaveURL(permalink(target.slug));
  await expect(page.getByRole('status').filter({ hasText: 'Loading the article…' })).toBeVisible();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The server took too long to answer. Check your connection, then try again.', {
    timeout: 20_000,
  });
  expect(Date.now() - started, 'the time limit is about 10 s').toBeGreaterThan(9_000);
  await expectNoAxeViolations(page, 'load error (timed out)');
  expect(await storedDraft(page)).toMatchObject(DRAFT);

  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(h1(page)).toHaveText(target.title);
  await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  await expectDraftInForm(page);
});

test('offline mid-session: the article the page came with still opens; the fetched one says why it cannot', async ({ page, context, consoleGuard }) => {
  consoleGuard.allow(OFFLINE_LOG);
  await draftThenBack(page);
  await context.setOffline(true);
  await moreLink(page).click();
  await expect(page.getByRole('alert')).toContainText(NETWORK);
  // The front page's article came with the page: reachable without the network.
  await page.goBack();
  await expect(h1(page)).toHaveText(front.title);
  await expect(page.getByRole('region', { name: 'More articles' })).toBeVisible();
  await context.setOffline(false);
  await moreLink(page).click();
  await expect(h1(page)).toHaveText(target.title);
  await expectDraftInForm(page);
});

// Comments through a real Isso 0.14 server (dist-isso: tests/content/isso, "comment_server" at
// http://127.0.0.1:8090): loading, posting, replies, paging, editing and deleting one's own comment,
// moderation, hostile input, every kind of failure, double posts, console and axe.
//
// Every test starts its own Isso on port 8090 (fresh database) through the `isso` fixture, which stops it
// when the test ends. One port means one test at a time: the tests of this file run in order in one worker,
// and the lock keeps them apart from any other test that declares it. Mode 'default' rather than 'serial':
// the tests do not depend on each other, so one failure must not skip the rest.
import {
  test,
  expect,
  ISSO,
  THREAD,
  SECOND,
  SHIPPED,
  CORS,
  SITE_ORIGIN,
  ANA,
  refusalPage,
  routeNewComment,
  isNewComment,
  isThreadFetch,
  countHeading,
  commentItem,
  ownPart,
  commentText,
  topLevel,
  replies,
  inReplyTo,
  allComments,
  loadingStatus,
  loadError,
  postError,
  errorSummary,
  formNotice,
  openThread,
  post,
  storedDraft,
  expectTextKept,
  threadTitles,
} from '../lib/isso-e2e.mjs';
import { open, browserUrl, commentForm, commentsSection, reopen } from '../lib/app.mjs';
import { humanDate } from '../lib/content.mjs';
import { expectAccessibleInEveryLook } from '../lib/axe.mjs';
import { seedComments, seedReply, fetchThread, countComments, activate } from '../../isso/isso.mjs';
import { CORPUS, trapXss, expectNoXss } from '../lib/xss.mjs';
import { headerPolicy } from '../lib/csp.mjs';
import { settled } from '../lib/settle.mjs';
import { installClock } from '../lib/clock.mjs';

test.describe.configure({ mode: 'default', lock: 'isso-port-8090' });

const POSTED = 'Your comment was posted.';
const POSTED_PENDING = 'Your comment was posted. It is awaiting moderation.';
const PENDING_MARK = 'Your comment is awaiting moderation.';
const UNREACHABLE = 'Could not reach the comment server. Check your connection and try again.';

/** Reloads and waits for the thread to come back from Isso. */
async function reloadThread(page) {
  await reopen(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(loadingStatus(page)).toHaveCount(0);
  await expect(loadError(page)).toHaveCount(0);
}

const editButton = (item) => ownPart(item).getByRole('button', { name: 'Edit', exact: true });
const deleteButton = (item) => ownPart(item).getByRole('button', { name: 'Delete', exact: true });
const tryAgain = (box) => box.getByRole('button', { name: 'Try again', exact: true });
/** The ids of the top-level comments, in order (retried until they match). */
const expectTopLevelIds = (page, ids) =>
  expect.poll(() => topLevel(page).evaluateAll((items) => items.map((li) => li.id))).toEqual(ids);

// ---- loading --------------------------------------------------------------------------------------------

test('the thread loads from Isso while the article and the form are already usable', async ({ page, isso }) => {
  await isso.start();
  await seedComments(ISSO, THREAD.path, 2, { title: THREAD.title });

  // Hold Isso's answer until the page has been checked in its loading state.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  const fetches = [];
  await page.route(isThreadFetch, async (route) => {
    fetches.push(route.request().url());
    await held;
    await route.continue();
  });

  // The front page is the seed article; its thread is keyed by the permalink path. The thread loads with
  // the comment box, once the reader nears the comments: not with the page.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(THREAD.title);
  await settled(page);
  expect(fetches, 'the thread asked for before the reader nears the comments').toEqual([]);
  await page.locator('#comments').scrollIntoViewIfNeeded();
  await expect(loadingStatus(page)).toBeVisible();
  await expect(commentItem(page, SHIPPED.id)).toContainText(SHIPPED.author);
  const f = commentForm(page);
  await f.comment.fill('Typed while the comments load');
  await f.name.fill(ANA.name);
  await expect(f.comment).toHaveValue('Typed while the comments load');

  expect(fetches).toHaveLength(1);
  const url = new URL(fetches[0]);
  expect(url.origin + url.pathname).toBe(`${ISSO}/`);
  expect(url.searchParams.get('uri')).toBe(THREAD.path);
  expect(url.searchParams.get('limit')).toBe('20');
  expect(url.searchParams.get('nested_limit')).toBe('3');

  release();
  await expect(loadingStatus(page)).toHaveCount(0);
  // The shipped comment once, then Isso's two.
  await expect(allComments(page)).toHaveCount(3);
  await expect(commentItem(page, SHIPPED.id)).toHaveCount(1);
  await expectTopLevelIds(page, ['comment-editor-1', 'comment-1', 'comment-2']);
  await expect(commentText(commentItem(page, 1))).toHaveText('Seeded comment 1');
  await expect(ownPart(commentItem(page, 2))).toContainText('Reader 2');
  await expect(countHeading(page, 3)).toBeVisible();
  // Loading did not touch what the reader typed.
  await expect(f.comment).toHaveValue('Typed while the comments load');
  await expect(f.name).toHaveValue(ANA.name);
});

// ---- posting --------------------------------------------------------------------------------------------

test('a posted comment appears in place from Isso’s answer, counted, focused and announced', async ({ page, isso }) => {
  const server = await isso.start();
  await openThread(page);
  await expect(countHeading(page, 1)).toBeVisible();

  const request = page.waitForRequest((r) => isNewComment(r.url()) && r.method() === 'POST');
  const text = 'A **bold** claim.\n\nA second paragraph.';
  const f = await post(page, { comment: text, ...ANA, website: 'https://ana.example' });
  const sent = (await request).postDataJSON();
  expect(sent).toMatchObject({ text, author: ANA.name, email: ANA.email, website: 'https://ana.example', title: THREAD.title });
  expect(new URL((await request).url()).searchParams.get('uri')).toBe(THREAD.path);

  const mine = commentItem(page, 1);
  await expect(mine).toBeVisible();
  await expect(mine).toBeFocused();
  await expect(formNotice(page)).toHaveText(POSTED);
  await expect(countHeading(page, 2)).toBeVisible();
  await expect(f.comment).toHaveValue('');

  // Author (linked to the website), today's date, and the text rendered from Isso's HTML.
  const author = ownPart(mine).getByRole('link', { name: ANA.name, exact: true });
  await expect(author).toHaveAttribute('href', await browserUrl(page, 'https://ana.example'));
  const today = new Date().toISOString().slice(0, 10);
  await expect(ownPart(mine).locator('time')).toHaveAttribute('datetime', new RegExp(`^${today}`));
  await expect(ownPart(mine).locator('time')).toHaveText(humanDate(today));
  await expect(commentText(mine).locator('strong')).toHaveText('bold');
  await expect(commentText(mine).locator('p')).toHaveText(['A bold claim.', 'A second paragraph.']);

  // Isso has it, in the thread named after the article.
  const thread = await fetchThread(ISSO, THREAD.path);
  expect(thread.replies.map((c) => [c.id, c.author])).toEqual([[1, ANA.name]]);
  expect(thread.replies[0].text).toContain('<strong>bold</strong>');
  expect(threadTitles(server)).toEqual({ [THREAD.path]: THREAD.title });

  // And the page shows it from Isso after a reload, once.
  await reloadThread(page);
  await expect(commentItem(page, 1)).toHaveCount(1);
  await expect(commentText(commentItem(page, 1)).locator('strong')).toHaveText('bold');
  await expect(countHeading(page, 2)).toBeVisible();
});

test('the first comment of an empty thread names the thread with the article title', async ({ page, isso }) => {
  const server = await isso.start();
  await openThread(page, SECOND.path);
  await expect(countHeading(page, 0)).toBeVisible();
  expect(await countComments(ISSO, [SECOND.path])).toEqual([0]);

  const request = page.waitForRequest((r) => isNewComment(r.url()) && r.method() === 'POST');
  await post(page, { comment: 'First on this thread.', ...ANA });
  expect((await request).postDataJSON().title).toBe(SECOND.title);
  await expect(commentItem(page, 1)).toBeFocused();
  await expect(formNotice(page)).toHaveText(POSTED);
  await expect(countHeading(page, 1)).toBeVisible();
  expect(threadTitles(server)).toEqual({ [SECOND.path]: SECOND.title });
  expect(await countComments(ISSO, [SECOND.path, THREAD.path])).toEqual([1, 0]);
});

test('a reply is posted under its parent, indented, saying whom it answers, and still so after a reload', async ({ page, isso }) => {
  await isso.start();
  const [parentComment] = await seedComments(ISSO, THREAD.path, 1, { title: THREAD.title, author: 'Ana', text: 'The parent comment.' });
  await openThread(page);
  const parent = commentItem(page, parentComment.id);

  await parent.getByRole('button', { name: 'Reply to Ana', exact: true }).click();
  await expect(parent.getByRole('heading', { name: 'Leave a Reply to Ana', exact: true })).toBeVisible();
  await expect(commentForm(parent).comment).toBeFocused();

  const request = page.waitForRequest((r) => isNewComment(r.url()) && r.method() === 'POST');
  await post(page, { comment: 'A reply to the parent.', name: 'Bo Replier', email: 'bo@example.com' });
  expect((await request).postDataJSON().parent).toBe(parentComment.id);

  // The thread is one flat list: the reply follows its parent, one level deep, and says whom it answers.
  const reply = commentItem(page, 2);
  await expect(reply).toBeVisible();
  await expect(reply).toHaveClass(/\bcomment--depth-1\b/);
  await expect(inReplyTo(reply)).toHaveText('In reply to Ana');
  await expect(inReplyTo(parent)).toHaveCount(0);
  await expect(replies(page)).toHaveCount(1);
  await expect(parent.locator('xpath=following-sibling::li[1]')).toHaveId('comment-2');
  await expect(reply).toContainText('Bo Replier');
  await expect(commentText(reply)).toHaveText('A reply to the parent.');
  await expect(reply).toBeFocused();
  await expect(formNotice(page)).toHaveText(POSTED);
  await expect(countHeading(page, 3)).toBeVisible();
  // The form is back below the thread.
  await expect(commentsSection(page).getByRole('heading', { name: 'Leave a Reply', exact: true })).toBeVisible();
  await expect(page.locator('li.comment form.comment-form')).toHaveCount(0);

  const thread = await fetchThread(ISSO, THREAD.path);
  expect(thread.replies[0].replies.map((r) => [r.id, r.parent])).toEqual([[2, parentComment.id]]);

  await reloadThread(page);
  await expect(commentItem(page, parentComment.id).locator('xpath=following-sibling::li[1]')).toHaveId('comment-2');
  await expect(commentText(commentItem(page, 2))).toHaveText('A reply to the parent.');
  await expect(inReplyTo(commentItem(page, 2))).toHaveText('In reply to Ana');
  await expect(topLevel(page)).toHaveCount(2);
  await expect(countHeading(page, 3)).toBeVisible();
});

// ---- paging ---------------------------------------------------------------------------------------------

test('25 comments: 20 shown, then "Show more comments (5)" shows the rest', async ({ page, isso }) => {
  await isso.start();
  await seedComments(ISSO, THREAD.path, 25, { title: THREAD.title });
  await openThread(page);

  await expect(countHeading(page, 26)).toBeVisible();
  await expect(topLevel(page)).toHaveCount(21); // the shipped comment and Isso's first 20
  await expect(commentItem(page, 20)).toBeVisible();
  await expect(commentItem(page, 21)).toHaveCount(0);
  const more = commentsSection(page).getByRole('button', { name: /^Show more comments/ });
  await expect(more).toHaveText('Show more comments (5)');

  await more.click();
  await expect(topLevel(page)).toHaveCount(26);
  await expect(more).toHaveCount(0);
  await expectTopLevelIds(page, ['comment-editor-1', ...Array.from({ length: 25 }, (_, i) => `comment-${i + 1}`)]);
  await expect(commentText(commentItem(page, 25))).toHaveText('Seeded comment 25');
  await expect(countHeading(page, 26)).toBeVisible();
});

test('a comment with 5 replies shows 3, then "Show 2 more replies" shows all 5', async ({ page, isso }) => {
  await isso.start();
  const [parentComment] = await seedComments(ISSO, SECOND.path, 1, { title: SECOND.title, author: 'Pat', text: 'The parent.' });
  for (let i = 1; i <= 5; i++) await seedReply(ISSO, SECOND.path, parentComment.id, { text: `Reply number ${i}`, author: `Replier ${i}` });
  await openThread(page, SECOND.path);

  const parent = commentItem(page, parentComment.id);
  const shown = replies(page);
  await expect(countHeading(page, 6)).toBeVisible();
  await expect(shown).toHaveCount(3);
  await expect(inReplyTo(shown.first())).toHaveText('In reply to Pat');
  // "Show 2 more replies" comes after the replies shown, at their depth.
  const more = commentsSection(page).getByRole('button', { name: /^Show \d+ more repl/ });
  await expect(shown.last().locator('xpath=following-sibling::li[1]').getByRole('button')).toHaveText('Show 2 more replies');
  await expect(more).toHaveText('Show 2 more replies');

  await more.click();
  await expect(shown).toHaveCount(5);
  await expect(shown.locator(':scope > article .comment__text')).toHaveText([1, 2, 3, 4, 5].map((i) => `Reply number ${i}`));
  await expect(parent.locator('xpath=following-sibling::li[1]')).toHaveId(/^comment-\d+$/);
  await expect(more).toHaveCount(0);
  await expect(countHeading(page, 6)).toBeVisible();
});

// ---- editing and deleting one's own comment ----------------------------------------------------------------

test('the author can edit and delete their comment; another reader cannot', async ({ page, isso, newReader }) => {
  await isso.start();
  await openThread(page);
  await post(page, { comment: 'First **draft** of my view.', ...ANA });
  const mine = commentItem(page, 1);
  await expect(mine).toBeFocused();
  await expect(editButton(mine)).toBeVisible();
  await expect(deleteButton(mine)).toBeVisible();
  // The shipped comment is not the reader's.
  await expect(ownPart(commentItem(page, SHIPPED.id)).getByRole('button', { name: /^(Edit|Delete)$/ })).toHaveCount(0);
  await expectAccessibleInEveryLook(page, 'Isso thread with an own comment');

  // Still the author's after a reload (Isso's cookie, same browser context).
  await reloadThread(page);
  await expect(editButton(mine)).toBeVisible();
  await expect(deleteButton(mine)).toBeVisible();

  // Edit shows the text as typed (Markdown), Cancel editing closes it untouched.
  await editButton(mine).click();
  const box = mine.getByRole('textbox', { name: 'Edit your comment', exact: true });
  await expect(box).toHaveValue('First **draft** of my view.');
  await expect(box).toBeFocused();
  await expectAccessibleInEveryLook(page, 'Isso thread with the edit form open');
  await mine.getByRole('button', { name: 'Cancel editing', exact: true }).click();
  await expect(box).toHaveCount(0);
  await expect(commentText(mine)).toHaveText('First draft of my view.');
  await expect(editButton(mine)).toBeVisible();

  // Edit and save.
  await editButton(mine).click();
  await expect(box).toHaveValue('First **draft** of my view.');
  await box.fill('Second, *better* view.');
  await mine.getByRole('button', { name: 'Save changes', exact: true }).click();
  await expect(box).toHaveCount(0);
  await expect(commentText(mine)).toHaveText('Second, better view.');
  await expect(commentText(mine).locator('em')).toHaveText('better');
  await expect(editButton(mine)).toBeVisible();
  expect((await fetchThread(ISSO, THREAD.path)).replies[0].text).toBe('<p>Second, <em>better</em> view.</p>');
  await expect(countHeading(page, 2)).toBeVisible();

  // Another reader sees the comment but neither button.
  const other = await newReader();
  await openThread(other);
  await expect(commentText(commentItem(other, 1))).toHaveText('Second, better view.');
  await expect(commentsSection(other).getByRole('button', { name: /^(Edit|Delete)$/ })).toHaveCount(0);

  // Delete asks first; dismissing changes nothing.
  const deletes = [];
  page.on('request', (r) => {
    if (r.method() === 'DELETE') deletes.push(r.url());
  });
  const dialogs = [];
  page.once('dialog', (d) => (dialogs.push(d.message()), d.dismiss()));
  await deleteButton(mine).click();
  await expect.poll(() => dialogs.length).toBe(1);
  expect(dialogs[0]).toMatch(/delete/i);
  // The click's handler has returned (confirm() answered): a DELETE it sent would now be in flight, and
  // answered once the page has settled.
  await settled(page);
  expect(deletes, 'DELETE requests after dismissing').toEqual([]);
  await expect(mine).toBeVisible();
  await expect(countHeading(page, 2)).toBeVisible();
  expect(await countComments(ISSO, [THREAD.path])).toEqual([1]);

  // Accepting deletes it.
  page.once('dialog', (d) => (dialogs.push(d.message()), d.accept()));
  await deleteButton(mine).click();
  await expect(mine).toHaveCount(0);
  expect(dialogs).toHaveLength(2);
  expect(deletes).toEqual([`${ISSO}/id/1`]);
  await expect(countHeading(page, 1)).toBeVisible();
  expect(await countComments(ISSO, [THREAD.path])).toEqual([0]);
  await reloadThread(page);
  await expect(commentItem(page, 1)).toHaveCount(0);
  await expect(countHeading(page, 1)).toBeVisible();
});

test('when Isso’s edit window has passed, Edit says so and the text stays', async ({ page, isso, consoleGuard }) => {
  // Isso answers the expired edit with 403, which Chromium logs.
  consoleGuard.allow(/status of 403/);
  // A window of 1 s (Isso's signatures count whole seconds, so it closes 1 to 2 s after the post).
  await isso.start({ maxAge: '1s' });
  await openThread(page);
  await post(page, { comment: 'Quick **edit** window.', ...ANA });
  const mine = commentItem(page, 1);
  await expect(mine).toBeFocused();
  await expect(editButton(mine)).toBeVisible();

  // Isso's clock, not the page's, closes the window, so it cannot be driven: wait until Isso refuses the
  // request Edit makes (the comment's own text, with this reader's cookie), asked the same way and changing
  // nothing.
  await expect
    .poll(async () => (await page.request.get(`${ISSO}/id/1?plain=1`, { headers: { Accept: 'application/json' } })).status(), {
      message: 'Isso refusing the author the comment once its edit window has passed',
      timeout: 10_000,
    })
    .toBe(403);
  const refused = page.waitForResponse((r) => r.url().startsWith(`${ISSO}/id/1`) && r.request().method() === 'GET');
  await editButton(mine).click();
  expect((await refused).status(), 'Isso’s answer to Edit').toBe(403);
  const alert = page.getByRole('alert').filter({ hasText: /time for edits has passed/ });
  await expect(alert).toBeVisible();
  await expect(alert).toHaveText('The comment server no longer lets you change this comment: the time for edits has passed.');
  await expect(page.getByRole('textbox', { name: 'Edit your comment' })).toHaveCount(0);
  await expect(commentText(mine)).toHaveText('Quick edit window.');
  expect((await fetchThread(ISSO, THREAD.path)).replies[0].text).toBe('<p>Quick <strong>edit</strong> window.</p>');
});

// ---- moderation -----------------------------------------------------------------------------------------

test('with moderation, the author sees their pending comment; others only after it is activated', async ({ page, isso, newReader }) => {
  const server = await isso.start({ moderation: true });
  await openThread(page);
  await post(page, { comment: 'Please **publish** me.', ...ANA });

  const mine = commentItem(page, 1);
  await expect(mine).toBeFocused();
  await expect(ownPart(mine)).toContainText(PENDING_MARK);
  await expect(formNotice(page)).toHaveText(POSTED_PENDING);
  await expect(countHeading(page, 2)).toBeVisible();
  await expectAccessibleInEveryLook(page, 'Isso thread with a comment awaiting moderation');

  // After a reload the author still sees it, pending, once.
  await reloadThread(page);
  await expect(commentItem(page, 1)).toHaveCount(1);
  await expect(ownPart(mine)).toContainText(PENDING_MARK);
  await expect(commentText(mine)).toContainText('publish');
  await expect(countHeading(page, 2)).toBeVisible();

  // Another reader does not.
  const other = await newReader();
  await openThread(other);
  await expect(commentItem(other, 1)).toHaveCount(0);
  await expect(commentsSection(other).getByText('Please **publish** me.')).toHaveCount(0);
  await expect(commentsSection(other).getByText('Please publish me.')).toHaveCount(0);
  await expect(countHeading(other, 1)).toBeVisible();

  // Published through the moderator's link from the Isso log.
  expect(await activate(await server.activationLink(1))).toBe('Comment has been activated');
  await reloadThread(other);
  await expect(commentText(commentItem(other, 1))).toHaveText('Please publish me.');
  await expect(commentItem(other, 1)).not.toContainText(PENDING_MARK);
  await expect(countHeading(other, 2)).toBeVisible();

  // The author: once, no longer marked.
  await reloadThread(page);
  await expect(commentItem(page, 1)).toHaveCount(1);
  await expect(allComments(page).filter({ hasText: /Please .*publish.* me/ })).toHaveCount(1);
  await expect(commentText(mine)).toHaveText('Please publish me.');
  await expect(mine).not.toContainText(PENDING_MARK);
  await expect(countHeading(page, 2)).toBeVisible();
});

// ---- hostile input --------------------------------------------------------------------------------------

const HOSTILE = {
  name: '<img src=x onerror="window.__xss=1">',
  website: 'https://example.com/"onmouseover="window.__xss=1',
  comment: '<script>window.__xss=1</script> [x](javascript:window.__xss=1) <b>bold</b> <img src=x onerror=window.__xss=1>',
};
// Isso escapes the raw HTML and, in this mix, leaves the Markdown link unparsed (its `text` is
// "<p>&lt;script&gt;… [x](javascript:window.__xss=1) &lt;b&gt;bold…</p>"): the reader sees exactly what was typed.
const HOSTILE_SHOWN = HOSTILE.comment;
// On its own the javascript: link becomes <a href="#harmful-link">x</a> in Isso's HTML; the app links only
// http(s) addresses, so the reader sees the bare text.
const LINK_ONLY = { comment: 'See [x](javascript:window.__xss=1) here.', shown: 'See x here.' };

/** Nothing in the comment can run script: no active elements, no handlers, no script links, no __xss. */
async function expectHarmless(page, item, shown) {
  await expect(item).toBeVisible();
  await expect(commentText(item)).toHaveText(shown);
  await expect(ownPart(item).locator('.comment__author')).toHaveText(HOSTILE.name);
  // The website is a link whose address is the whole string (as a WHATWG URL), not an attribute break-out.
  const author = ownPart(item).getByRole('link', { name: HOSTILE.name, exact: true });
  await expect(author).toHaveAttribute('href', await browserUrl(page, HOSTILE.website));
  await author.hover();
  const found = await item.evaluate((li) => ({
    elements: [...li.querySelectorAll('script, img, iframe, object, embed, svg, math, style, b:not(.comment__author)')].map((e) => e.outerHTML),
    textMarkup: [...li.querySelectorAll('.comment__text *')].map((e) => e.tagName.toLowerCase()).filter((t) => t !== 'p'),
    handlers: [li, ...li.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName}[${a.name}]`)),
    scriptLinks: [...li.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')).filter((h) => /^\s*(javascript|data|vbscript):/i.test(h)),
  }));
  expect(found).toEqual({ elements: [], textMarkup: [], handlers: [], scriptLinks: [] });
  // Once the page has done what it does by itself (lib/settle.mjs), an onerror would have fired.
  await settled(page);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
}

test('hostile name, website and text posted through the form show as text', async ({ page, isso }) => {
  await isso.start();
  await openThread(page);
  const who = { name: HOSTILE.name, email: ANA.email, website: HOSTILE.website };
  await post(page, { comment: HOSTILE.comment, ...who });
  await expect(commentItem(page, 1)).toBeFocused();
  await expect(formNotice(page)).toHaveText(POSTED);
  await expectHarmless(page, commentItem(page, 1), HOSTILE_SHOWN);
  await post(page, { comment: LINK_ONLY.comment, ...who });
  await expect(commentItem(page, 2)).toBeFocused();
  await expectHarmless(page, commentItem(page, 2), LINK_ONLY.shown);
  expect((await fetchThread(ISSO, THREAD.path)).replies[1].text).toContain('href="#harmful-link"');

  await reloadThread(page);
  await expectHarmless(page, commentItem(page, 1), HOSTILE_SHOWN);
  await expectHarmless(page, commentItem(page, 2), LINK_ONLY.shown);
});

test('hostile comments seeded straight into Isso show as text', async ({ page, isso }) => {
  await isso.start();
  const text = (i) => [HOSTILE.comment, LINK_ONLY.comment][i];
  await seedComments(ISSO, THREAD.path, 2, { title: THREAD.title, author: HOSTILE.name, text, website: HOSTILE.website });
  await openThread(page);
  await expectHarmless(page, commentItem(page, 1), HOSTILE_SHOWN);
  await expectHarmless(page, commentItem(page, 2), LINK_ONLY.shown);
});

// ---- the XSS corpus (tests/xss/payloads.json) -------------------------------------------------------------

/** The app's rule for linking a commenter's website: http(s)://, a host, no whitespace or backslash. */
const isWeb = (url) => /^https?:\/\/[^/]/i.test(url) && !/[\s\u0000-\u001f\u007f-\u009f\\]/.test(url);
const WEB = CORPUS.inert_links.map((l) => l.url).filter(isWeb);
/** Those Isso takes (its Django-style check refuses a user name in the address). */
const ISSO_WEB = WEB.filter((url) => !url.includes('@'));

/** Presses "Show more comments" until every top-level comment is on the page. */
async function showAll(page, total) {
  const more = commentsSection(page).getByRole('button', { name: /^Show more comments/ });
  while ((await allComments(page).count()) < total) {
    const before = await allComments(page).count();
    await more.click();
    await expect.poll(() => allComments(page).count()).toBeGreaterThan(before);
  }
  await expect(allComments(page)).toHaveCount(total);
}

test('the XSS corpus through Isso: every payload as a comment and as its author shows as text, under the header policy', async ({ page, isso }) => {
  test.setTimeout(120_000);
  await isso.start();
  const markup = CORPUS.markup;
  // Through Isso's own handling (Markdown, escaping, its link cleaner), with hostile-but-valid websites.
  const seeded = await seedComments(ISSO, THREAD.path, markup.length, {
    title: THREAD.title,
    text: (i) => markup[i].payload,
    author: (i) => markup[i].payload,
    website: (i) => ISSO_WEB[i % ISSO_WEB.length],
  });
  // The project's server sends _headers' policy as a header as well as the page's meta tag: reaching Isso
  // under both proves connect-src names it.
  const policy = headerPolicy(await (await page.request.get('/_headers')).text());
  expect((await page.request.get(THREAD.path)).headers()['content-security-policy']).toBe(policy);
  const hits = await trapXss(page);
  await openThread(page);
  await showAll(page, markup.length + 1);
  for (const [i, p] of markup.entries()) {
    const item = commentItem(page, seeded[i].id);
    await expect(ownPart(item).locator('.comment__author'), `${p.id}: the author`).toHaveText(p.payload.replace(/\s+/g, ' ').trim());
    await expect(ownPart(item).getByRole('link', { name: p.payload.replace(/\s+/g, ' ').trim(), exact: true })).toHaveAttribute('href', await browserUrl(page, ISSO_WEB[i % ISSO_WEB.length]));
  }
  await expectNoXss(page, hits, 'the corpus through Isso');
});

test('the XSS corpus from a comment server that sends it back raw: nothing but allowed markup and http(s) links', async ({ newReader, isso }) => {
  test.setTimeout(120_000);
  await isso.start();
  const markup = CORPUS.markup;
  await seedComments(ISSO, THREAD.path, markup.length, { title: THREAD.title });
  // Isso escapes what it is sent; a server that does not (a bug, a compromise) sends the payloads as markup,
  // authors unescaped and any address as a website. Without the policy's safety net: the app alone.
  const page = await newReader({ bypassCSP: true });
  const hostileWebsite = (i) => (i % 3 === 2 ? WEB[i % WEB.length] : CORPUS.links[i % CORPUS.links.length].url);
  await page.route(isThreadFetch, async (route) => {
    const response = await route.fetch();
    const thread = await response.json();
    const rewrite = (c) => {
      const i = c.id - 1;
      Object.assign(c, { text: markup[i].payload, author: markup[i].payload, website: hostileWebsite(i) });
      c.replies?.forEach(rewrite);
    };
    thread.replies.forEach(rewrite);
    await route.fulfill({ response, json: thread });
  });
  const hits = await trapXss(page);
  await openThread(page);
  await showAll(page, markup.length + 1);
  for (const [i, p] of markup.entries()) {
    const links = ownPart(commentItem(page, i + 1)).locator('.comment__author a');
    if (isWeb(hostileWebsite(i))) await expect(links, `${p.id}: a web address is a link`).toHaveAttribute('href', await browserUrl(page, hostileWebsite(i)));
    else await expect(links, `${p.id}: ${JSON.stringify(hostileWebsite(i))} is no link`).toHaveCount(0);
  }
  // Only the allow-list's elements, and links only to http(s).
  const found = await commentsSection(page).evaluate((section) => ({
    tags: [...new Set([...section.querySelectorAll('.comment__text *')].map((e) => e.tagName.toLowerCase()))].sort(),
    hrefs: [...section.querySelectorAll('.comment__text a, .comment__author a')].map((a) => a.getAttribute('href')).filter((h) => !/^https?:\/\//.test(h)),
  }));
  expect(found.hrefs).toEqual([]);
  for (const tag of found.tags) expect(['a', 'blockquote', 'br', 'code', 'em', 'li', 'ol', 'p', 'pre', 'strong', 'ul']).toContain(tag);
  await expectNoXss(page, hits, 'the corpus sent back raw');
});

test('a comment server’s HTML shows every character reference, named or numbered, as its character', async ({ page, isso }) => {
  await isso.start();
  await seedComments(ISSO, THREAD.path, 1, { title: THREAD.title });
  // The browser's parser decodes what Isso (or any server) writes as references; an escaped reference
  // stays as the text it stands for and never becomes markup.
  await page.route(isThreadFetch, async (route) => {
    const response = await route.fetch();
    const thread = await response.json();
    thread.replies[0].text = '<p>Caf&eacute; &#x1F600; &amp;lt;b&amp;gt; &lt;i&gt;</p>';
    await route.fulfill({ response, json: thread });
  });
  await openThread(page);
  const text = commentText(commentItem(page, 1));
  await expect(text).toHaveText('Café 😀 &lt;b&gt; <i>');
  await expect(text.locator('p')).toHaveCount(1);
  await expect(text.locator('b, i')).toHaveCount(0);
});

// ---- failures never lose text -----------------------------------------------------------------------------

const DRAFT = { comment: 'A carefully written comment that must not be lost.', ...ANA };

test('Isso refusing the text: the message is in the error summary and beside Comment; nothing is lost', async ({ page, isso, consoleGuard }) => {
  consoleGuard.allow(/status of 400/);
  await isso.start();
  await openThread(page);
  await routeNewComment(page, (route) =>
    route.fulfill({
      status: 400,
      headers: { ...CORS, 'Content-Type': 'text/html; charset=utf-8' },
      body: refusalPage('text is too short (minimum length: 3)'),
    }),
  );
  const f = await post(page, DRAFT);
  const message = 'Comment must be 3 characters or more';
  await expect(errorSummary(page)).toBeFocused();
  await expect(errorSummary(page).getByRole('link')).toHaveText([message]);
  await expect(f.comment).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#comment-error')).toContainText(message);
  await expect(f.comment).toHaveAccessibleDescription(new RegExp(message));
  await expect(allComments(page)).toHaveCount(1);
  await expect(countHeading(page, 1)).toBeVisible();
  await expect(formNotice(page)).toHaveText('');
  await expectTextKept(page, DRAFT);
});

test('Isso refusing the website: the message is beside Website; nothing is lost', async ({ page, isso, consoleGuard }) => {
  consoleGuard.allow(/status of 400/);
  await isso.start();
  await openThread(page);
  await routeNewComment(page, (route) =>
    route.fulfill({ status: 400, headers: { ...CORS, 'Content-Type': 'text/html; charset=utf-8' }, body: refusalPage('Website not Django-conform') }),
  );
  const fields = { ...DRAFT, website: 'https://ana.example/path' };
  const f = await post(page, fields);
  await expect(errorSummary(page)).toBeFocused();
  await expect(errorSummary(page).getByRole('link')).toHaveText([/website/i]);
  await expect(f.website).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#url-error')).toContainText(/website address/);
  await expect(f.comment).not.toHaveAttribute('aria-invalid', 'true');
  await expect(allComments(page)).toHaveCount(1);
  await expectTextKept(page, fields);
});

test('posting too fast (Isso’s guard): the third comment is refused with a clear message, text kept', async ({ page, isso, consoleGuard }) => {
  consoleGuard.allow(/status of 403/);
  await isso.start({ guard: true });
  await openThread(page);
  for (const i of [1, 2]) {
    await post(page, { comment: `Comment number ${i}.`, ...ANA });
    await expect(commentItem(page, i)).toBeFocused();
  }
  const third = { comment: 'A third comment, sent too fast.', ...ANA };
  await post(page, third);
  const box = postError(page);
  await expect(box).toContainText('You are posting too fast — try again in a minute.');
  await expect(tryAgain(box)).toBeVisible();
  await expect(page.locator('#post-error')).toBeFocused();
  await expect(allComments(page)).toHaveCount(3);
  expect(await countComments(ISSO, [THREAD.path])).toEqual([2]);
  await expectTextKept(page, third);
});

test('Isso down: "could not reach" with the text kept; once it is back, Try again posts', async ({ page, isso, consoleGuard }) => {
  consoleGuard.allow(/ERR_CONNECTION_REFUSED/);
  const first = await isso.start();
  await openThread(page);
  await isso.stop(first);

  await post(page, DRAFT);
  const box = postError(page);
  await expect(box).toContainText(UNREACHABLE);
  await expect(tryAgain(box)).toBeVisible();
  await expect(page.locator('#post-error')).toBeFocused();
  await expectTextKept(page, DRAFT);
  // Reloaded while Isso is still down: the thread says so, the text is back in the form.
  await expect(loadError(page)).toContainText(UNREACHABLE);

  await commentForm(page).post.click();
  await expect(box).toContainText(UNREACHABLE);
  await expectAccessibleInEveryLook(page, 'Isso down: the post failure and the thread load failure');
  await isso.start();
  await tryAgain(box).click();
  await expect(commentItem(page, 1)).toBeFocused();
  await expect(commentText(commentItem(page, 1))).toHaveText(DRAFT.comment);
  await expect(formNotice(page)).toHaveText(POSTED);
  await expect(box).toHaveCount(0);
  await expect(commentForm(page).comment).toHaveValue('');
  expect(await countComments(ISSO, [THREAD.path])).toEqual([1]);
  expect(await storedDraft(page)).toBeNull();
});

test('Isso too slow: after 10 seconds the reader is told, text kept', async ({ page, isso }) => {
  await isso.start();
  // The page's clock, driven by the test: the 10 s are the app's timer (a setTimeout), not real time.
  const installed = Date.now();
  await installClock(page, { time: installed });
  await openThread(page);
  await routeNewComment(page, () => {}); // never answered
  // Stopped from here on, so only runFor moves it. (A minute on: the page's clock, which runs with real
  // time until now, cannot be there yet within the test's 30 s.)
  await page.clock.pauseAt(installed + 60_000);
  const sent = page.waitForRequest((r) => isNewComment(r.url()) && r.method() === 'POST');
  const f = await post(page, DRAFT);
  // The app starts its 10 s timer just before it sends.
  await sent;
  await expect(f.post).toHaveAttribute('aria-disabled', 'true');
  const box = postError(page);
  await page.clock.runFor(9_999);
  await expect(f.post, 'still waiting after 9.999 s').toHaveAttribute('aria-disabled', 'true');
  await expect(box, 'no message after 9.999 s').toHaveCount(0);
  await page.clock.runFor(1);
  await expect(box).toContainText('The comment server did not answer within 10 seconds. Try again.');
  await page.clock.resume();
  await expect(tryAgain(box)).toBeVisible();
  await expect(f.post).not.toHaveAttribute('aria-disabled', 'true');
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await expectTextKept(page, DRAFT);
});

test('the site’s origin refused by Isso (CORS): load and post fail clearly, the form still works, text kept', async ({
  page,
  isso,
  consoleGuard,
}) => {
  // How the refused request shows in the console varies: a CORS error, or (once, under a full run's
  // load) the Isso server resetting the connection. The page's answer is the same either way.
  consoleGuard.allow(/Access-Control-Allow-Origin|CORS policy|ERR_FAILED|ERR_CONNECTION_RESET/);
  await isso.start({ hosts: ['http://127.0.0.1:9999'] });
  await open(page, THREAD.path);
  const failed = loadError(page);
  await expect(failed).toBeVisible();
  await expect(failed).toContainText(UNREACHABLE);
  await expect(tryAgain(failed)).toBeVisible();
  await expect(commentItem(page, SHIPPED.id)).toBeVisible();

  await post(page, DRAFT);
  const box = postError(page);
  await expect(box).toContainText(UNREACHABLE);
  await expect(tryAgain(box)).toBeVisible();
  expect(await countComments(ISSO, [THREAD.path])).toEqual([0]);
  await expectTextKept(page, DRAFT);
});

test('an answer that is not JSON: "could not be read", text kept', async ({ page, isso }) => {
  await isso.start();
  await openThread(page);
  await routeNewComment(page, (route) => route.fulfill({ status: 201, headers: { ...CORS, 'Content-Type': 'application/json' }, body: 'not json' }));
  await post(page, DRAFT);
  const box = postError(page);
  await expect(box).toContainText('The comment server sent an answer that could not be read. Try again in a moment.');
  await expect(tryAgain(box)).toBeVisible();
  await expect(allComments(page)).toHaveCount(1);
  await expectTextKept(page, DRAFT);
});

test('the thread failing to load says so, and Try again loads it', async ({ page, isso, consoleGuard }) => {
  consoleGuard.allow(/status of 500/);
  await isso.start();
  await seedComments(ISSO, THREAD.path, 2, { title: THREAD.title });
  await page.route(
    isThreadFetch,
    (route) => route.fulfill({ status: 500, headers: { ...CORS, 'Content-Type': 'text/html' }, body: '<h1>Internal Server Error</h1>' }),
    { times: 1 },
  );
  await open(page, THREAD.path);
  const failed = loadError(page);
  await expect(failed).toBeVisible();
  await expect(failed).toContainText('HTTP 500');
  await expect(commentItem(page, SHIPPED.id)).toBeVisible();
  await expect(commentForm(page).comment).toBeEditable();

  await page.unrouteAll();
  await tryAgain(failed).click();
  await expect(failed).toHaveCount(0);
  await expect(loadingStatus(page)).toHaveCount(0);
  await expectTopLevelIds(page, ['comment-editor-1', 'comment-1', 'comment-2']);
  await expect(countHeading(page, 3)).toBeVisible();
});

// ---- no double posts ------------------------------------------------------------------------------------

test('clicking Post Comment twice quickly posts once', async ({ page, isso }) => {
  await isso.start();
  await openThread(page);
  const posts = [];
  page.on('request', (r) => {
    if (isNewComment(r.url()) && r.method() === 'POST') posts.push(r.url());
  });

  const f = commentForm(page);
  await f.comment.fill('Double-clicked once.');
  await f.name.fill(ANA.name);
  await f.email.fill(ANA.email);
  await f.post.dblclick();
  await expect(commentItem(page, 1)).toBeFocused();
  // Both clicks were handled before the first answer came; a second post would be answered by the time the
  // page has settled.
  await settled(page);
  expect(posts).toHaveLength(1);
  expect(await countComments(ISSO, [THREAD.path])).toEqual([1]);

  // Two clicks in the same task, before any answer can arrive.
  await f.comment.fill('Clicked twice at once.');
  await f.name.fill(ANA.name);
  await f.email.fill(ANA.email);
  await f.post.evaluate((button) => {
    button.click();
    button.click();
  });
  await expect(commentItem(page, 2)).toBeFocused();
  await settled(page);
  expect(posts).toHaveLength(2);
  expect(await countComments(ISSO, [THREAD.path])).toEqual([2]);
  await expect(allComments(page)).toHaveCount(3);
  await expect(countHeading(page, 3)).toBeVisible();
});

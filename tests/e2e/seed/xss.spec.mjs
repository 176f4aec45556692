// The XSS corpus (tests/xss/payloads.json) through the comment form in local mode (comments kept in this
// browser): every markup payload posted as a name and as a comment shows as the very text typed, before and
// after a reload; every hostile address is refused as a website; hostile-but-valid web addresses end up as
// nothing more than a link's href. Nothing runs, and nothing in the page could.
//
// The Content-Security-Policy is bypassed here, so the test sees the app's own escaping without the policy's
// safety net (every other test runs under the policy and fails on any violation).
import { test, expect } from '../lib/fixtures.mjs';
import { SEED, open, browserUrl, commentForm, ownComments, reopen } from '../lib/app.mjs';
import { CORPUS, trapXss, expectNoXss, typedText } from '../lib/xss.mjs';

test.use({ bypassCSP: true });

const EMAIL = 'reader@example.com';
const WEBSITE_ERROR = 'Enter a website address that starts with http:// or https://, like https://example.com';
/** What a one-line <input> makes of text filled into it: each line break becomes a space. */
const asInput = (s) => s.replace(/\r?\n/g, ' ');

const author = (item) => item.locator(':scope > article .comment__author');
const body = (item) => item.locator(':scope > article .comment__text');

/** Fills every field and presses "Post Comment" (filling is faster than typing, and the same to the app). */
async function post(page, fields) {
  const f = commentForm(page);
  await f.comment.fill(fields.comment);
  await f.name.fill(fields.name);
  await f.email.fill(EMAIL);
  await f.website.fill(fields.website ?? '');
  await f.post.click();
}

/** Authors and texts of this browser's comments, in the order they were posted. */
const shown = (page) =>
  ownComments(page).evaluateAll((items) =>
    items.map((li) => {
      const text = li.querySelector(':scope > article .comment__text').cloneNode(true);
      for (const br of text.querySelectorAll('br')) br.replaceWith('\n');
      return {
        author: li.querySelector(':scope > article .comment__author').textContent,
        text: [...text.querySelectorAll('p')].map((p) => p.textContent).join('\n\n'),
      };
    }),
  );

test('every markup payload posted as a name and a comment shows as the typed text and never runs', async ({ page }) => {
  test.setTimeout(120_000);
  const hits = await trapXss(page);
  await open(page, SEED.path);
  for (const [i, p] of CORPUS.markup.entries()) {
    await post(page, { comment: p.payload, name: p.payload });
    await expect(ownComments(page), `${p.id} was posted`).toHaveCount(i + 1);
  }
  const expected = CORPUS.markup.map((p) => ({ author: asInput(p.payload), text: p.payload }));
  expect(await shown(page)).toEqual(expected);
  await expectNoXss(page, hits, 'after posting');

  // Read back from localStorage into a fresh page (rendered after hydration).
  await reopen(page);
  await expect(ownComments(page)).toHaveCount(CORPUS.markup.length);
  expect(await shown(page)).toEqual(expected);
  // A reply form under a hostile name: its heading and button name the author as text.
  const last = ownComments(page).last();
  await last.getByRole('button', { name: `Reply to ${asInput(CORPUS.markup.at(-1).payload)}`, exact: true }).click();
  await expect(last.getByRole('heading', { name: `Leave a Reply to ${asInput(CORPUS.markup.at(-1).payload)}`, exact: true })).toBeVisible();
  await expectNoXss(page, hits, 'after a reload');
});

test('every hostile address is refused as a website; hostile-but-valid ones are only ever an href', async ({ page }) => {
  test.setTimeout(120_000);
  const hits = await trapXss(page);
  await open(page, SEED.path);
  const summary = page.locator('#error-summary');
  for (const l of CORPUS.links) {
    await post(page, { comment: `Website ${l.id}`, name: `Reader ${l.id}`, website: l.url });
    await expect(summary.getByRole('link'), `${l.id} (${l.what}) is refused`).toHaveText([WEBSITE_ERROR]);
    await expect(commentForm(page).website).toHaveAttribute('aria-invalid', 'true');
  }
  await expect(ownComments(page)).toHaveCount(0);

  const web = CORPUS.inert_links.filter((l) => /^https?:\/\//.test(l.url));
  for (const [i, l] of web.entries()) {
    await post(page, { comment: `Website ${l.id}`, name: `Reader ${l.id}`, website: l.url });
    await expect(ownComments(page)).toHaveCount(i + 1);
  }
  for (const check of ['posted', 'reloaded']) {
    if (check === 'reloaded') {
      await reopen(page);
      await expect(ownComments(page)).toHaveCount(web.length);
    }
    for (const [i, l] of web.entries()) {
      const link = author(ownComments(page).nth(i)).getByRole('link', { name: `Reader ${l.id}`, exact: true });
      await expect(link, `${l.id}: the whole address is the link's href, as the browser's URL parser writes it`).toHaveAttribute('href', await browserUrl(page, l.url));
      await expect(body(ownComments(page).nth(i))).toHaveText(`Website ${l.id}`);
    }
    await expectNoXss(page, hits, `websites, ${check}`);
  }
});

test('a comment holding the whole corpus at once shows as the typed text', async ({ page }) => {
  const hits = await trapXss(page);
  await open(page, SEED.path);
  const all = CORPUS.markup.map((p) => p.payload).join('\n\n');
  await post(page, { comment: all, name: 'Reader' });
  await expect(ownComments(page)).toHaveCount(1);
  expect(await typedText(body(ownComments(page)))).toBe(all);
  await expectNoXss(page, hits);
});

// The form shows its errors around what was typed (src/islands/comments/form.rs): every payload must stay
// in its field exactly as typed, as a value and never as markup.
test('the form written afresh around errors keeps every markup payload as typed, and runs nothing', async ({ page }) => {
  test.setTimeout(120_000);
  const hits = await trapXss(page);
  await open(page, SEED.path);
  const f = commentForm(page);
  for (const p of CORPUS.markup) {
    await f.comment.fill(p.payload);
    await f.name.fill(p.payload);
    await f.email.fill(p.payload);
    await f.website.fill(p.payload);
    // What each field holds as typed (an email or URL field drops line breaks and outer spaces itself).
    const typed = [];
    for (const field of [f.name, f.email, f.website]) typed.push(await field.inputValue());
    await f.post.click();
    await expect(page.getByRole('heading', { name: 'There is a problem' }), `${p.id}: errors shown`).toBeVisible();
    await expect(page.locator('#email-error'), `${p.id}: the email is refused`).toBeVisible();
    await expect(f.comment, `${p.id}: comment`).toHaveValue(p.payload);
    for (const [i, field] of [f.name, f.email, f.website].entries()) await expect(field, `${p.id}`).toHaveValue(typed[i]);
    await expect(ownComments(page)).toHaveCount(0);
  }
  await expectNoXss(page, hits, 'after every error');
});

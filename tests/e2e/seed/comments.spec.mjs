// "Leave a Reply": validation, posting (kept in this browser), replies, drafts, "Save my name…" and
// hostile input.
import { test, expect } from '../lib/fixtures.mjs';
import { SEED, open, browserUrl, commentForm, fillComment, postComment, ownComments, commentsSection, reopen } from '../lib/app.mjs';

const ANA = { name: 'Ana Reader', email: 'ana@example.com' };
const POSTED_STATUS = 'Your comment was posted. It is awaiting moderation.';
const countHeading = (page, text) => commentsSection(page).getByRole('heading', { level: 2, name: text, exact: true });
const summary = (page) => page.locator('#error-summary');

test.beforeEach(async ({ page }) => {
  await open(page, SEED.path);
});

test('the comment section and its form', async ({ page }) => {
  const section = commentsSection(page);
  await expect(countHeading(page, '0 comments')).toBeVisible();
  await expect(section.getByRole('heading', { name: 'Leave a Reply', exact: true })).toBeVisible();
  const f = commentForm(page);
  for (const field of [f.comment, f.name, f.email, f.website, f.remember, f.post]) await expect(field).toBeVisible();
  await expect(f.email).toHaveAccessibleDescription('Your email address will not be published.');
  await expect(f.remember).toHaveAttribute('type', 'checkbox');
  await expect(f.remember).not.toBeChecked();
  // No comments yet, so nothing to reply to.
  await expect(section.getByRole('button', { name: /^Reply to / })).toHaveCount(0);
});

test('posting nothing lists every problem in an error summary that takes focus', async ({ page }) => {
  const f = commentForm(page);
  await f.post.click();
  await expect(summary(page)).toBeFocused();
  await expect(summary(page).getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expect(summary(page).getByRole('link')).toHaveText(['Enter your comment', 'Enter your name', 'Enter your email address']);

  const bad = [
    [f.comment, 'comment', 'Enter your comment'],
    [f.name, 'author', 'Enter your name'],
    [f.email, 'email', 'Enter your email address'],
  ];
  for (const [field, id, message] of bad) {
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    const error = page.locator(`#${id}-error`);
    await expect(error).toBeVisible();
    await expect(error).toContainText(message);
    await expect(field).toHaveAttribute('aria-describedby', new RegExp(`(^| )${id}-error( |$)`));
    await expect(field).toHaveAccessibleDescription(new RegExp(message));
  }
  // The email keeps its hint as well as its error.
  await expect(f.email).toHaveAccessibleDescription(/Your email address will not be published\..*Enter your email address/);
  // Website is optional: no error there.
  await expect(f.website).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#url-error')).toHaveCount(0);
  // Nothing was posted.
  await expect(countHeading(page, '0 comments')).toBeVisible();
  await expect(page.getByRole('status')).not.toContainText('posted');
});

test('each link in the error summary focuses its field', async ({ page }) => {
  const f = commentForm(page);
  await f.post.click();
  await expect(summary(page)).toBeFocused();
  for (const [text, field] of [
    ['Enter your email address', f.email],
    ['Enter your comment', f.comment],
    ['Enter your name', f.name],
  ]) {
    await summary(page).getByRole('link', { name: text }).click();
    await expect(field).toBeFocused();
  }
});

test('each rule has its own message', async ({ page }) => {
  const f = commentForm(page);
  const cases = [
    [{ comment: 'ab', name: 'A', email: 'a@b.co' }, f.comment, 'comment', 'Comment must be 3 characters or more'],
    [{ comment: 'abc', name: 'n'.repeat(101), email: 'a@b.co' }, f.name, 'author', 'Name must be 100 characters or fewer'],
    [{ name: 'A', email: 'not-an-email' }, f.email, 'email', 'Enter an email address in the correct format, like name@example.com'],
    [{ email: 'a@b.co', website: 'javascript:alert(1)' }, f.website, 'url', 'Enter a website address that starts with http:// or https://, like https://example.com'],
    [{ website: 'www.example.com' }, f.website, 'url', 'Enter a website address that starts with http:// or https://, like https://example.com'],
  ];
  for (const [fields, field, id, message] of cases) {
    await postComment(page, fields);
    await expect(summary(page)).toBeFocused();
    await expect(summary(page).getByRole('link')).toHaveText([message]);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator(`#${id}-error`)).toContainText(message);
    await expect(field).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')));
  }
  // 100 characters is still a name.
  await postComment(page, { name: 'n'.repeat(100), website: 'https://example.com' });
  await expect(summary(page)).toHaveCount(0);
  await expect(countHeading(page, '1 comment')).toBeVisible();
});

test('fixing the problems and posting again clears the errors', async ({ page }) => {
  const f = commentForm(page);
  await f.post.click();
  await expect(summary(page)).toBeFocused();
  await postComment(page, { comment: 'Thanks for the report.', ...ANA });
  await expect(summary(page)).toHaveCount(0);
  for (const [field, id] of [[f.comment, 'comment'], [f.name, 'author'], [f.email, 'email']]) {
    await expect(field).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator(`#${id}-error`)).toHaveCount(0);
  }
  await expect(countHeading(page, '1 comment')).toBeVisible();
});

test('a posted comment appears at once, awaiting moderation, and gets focus', async ({ page }) => {
  const f = await postComment(page, {
    comment: 'First line\nsecond line\n\nA new paragraph.',
    ...ANA,
    website: 'https://ana.example',
  });
  const mine = ownComments(page);
  await expect(mine).toHaveCount(1);
  await expect(mine).toBeFocused();
  await expect(mine).toHaveAttribute('id', /^comment-local-/);
  await expect(page.getByRole('status')).toHaveText(POSTED_STATUS);
  await expect(countHeading(page, '1 comment')).toBeVisible();
  await expect(f.comment).toHaveValue('');

  await expect(mine.getByText('Your comment is awaiting moderation.')).toBeVisible();
  // Author's site is a link (its address written as a WHATWG URL), marked as user content.
  const author = mine.getByRole('link', { name: ANA.name, exact: true });
  await expect(author).toHaveAttribute('href', await browserUrl(page, 'https://ana.example'));
  await expect(author).toHaveAttribute('rel', 'nofollow ugc noopener');
  // Today's date, shown like "24 December 2024".
  await expect(mine.locator('time[datetime]')).toHaveText(/^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/);
  // Paragraphs at the blank line, the single line break kept.
  const paras = mine.locator('p', { hasText: /second line|A new paragraph/ });
  await expect(paras).toHaveCount(2);
  await expect(paras.nth(0)).toHaveText('First linesecond line');
  await expect(paras.nth(0).locator('br')).toHaveCount(1);
  expect(await paras.nth(0).innerText()).toBe('First line\nsecond line');
  await expect(paras.nth(1)).toHaveText('A new paragraph.');
});

test('a posted comment is still there after a reload, but another reader does not see it', async ({ page, newReader }) => {
  await postComment(page, { comment: 'Kept in this browser.', ...ANA });
  await expect(ownComments(page)).toHaveCount(1);

  await reopen(page);
  await expect(ownComments(page)).toHaveCount(1);
  await expect(ownComments(page)).toContainText('Kept in this browser.');
  await expect(ownComments(page)).toContainText('Your comment is awaiting moderation.');
  await expect(countHeading(page, '1 comment')).toBeVisible();

  const other = await newReader();
  await open(other, SEED.path);
  await expect(countHeading(other, '0 comments')).toBeVisible();
  await expect(other.getByText('Kept in this browser.')).toHaveCount(0);
});

test('without a website the author name is plain text', async ({ page }) => {
  await postComment(page, { comment: 'No site here.', ...ANA });
  const mine = ownComments(page);
  await expect(mine).toContainText(ANA.name);
  await expect(mine.getByRole('link', { name: ANA.name })).toHaveCount(0);
});

test('replying moves the form under the comment, and Cancel reply brings it back', async ({ page }) => {
  await postComment(page, { comment: 'The parent comment.', ...ANA });
  const parent = ownComments(page).first();
  await expect(parent).toBeFocused();
  const reply = parent.getByRole('button', { name: `Reply to ${ANA.name}`, exact: true });
  await expect(reply).toHaveText('Reply');

  await reply.click();
  await expect(parent.getByRole('heading', { name: `Leave a Reply to ${ANA.name}`, exact: true })).toBeVisible();
  await expect(commentsSection(page).getByRole('heading', { name: 'Leave a Reply', exact: true })).toHaveCount(0);
  await expect(commentForm(parent).comment).toBeFocused();
  const cancel = page.getByRole('button', { name: 'Cancel reply' });
  await expect(cancel).toBeVisible();

  await cancel.click();
  await expect(commentsSection(page).getByRole('heading', { name: 'Leave a Reply', exact: true })).toBeVisible();
  await expect(parent.getByRole('heading', { name: /Leave a Reply/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Cancel reply' })).toHaveCount(0);
  await expect(reply).toBeFocused();
  // The form is back below the thread, outside every comment.
  await expect(page.locator('li.comment form, li[id^="comment-"] form')).toHaveCount(0);
});

test('a reply is posted under its parent, indented, saying whom it answers', async ({ page }) => {
  await postComment(page, { comment: 'The parent comment.', ...ANA });
  const parent = ownComments(page).first();
  await parent.getByRole('button', { name: `Reply to ${ANA.name}` }).click();
  await expect(commentForm(page).comment).toBeFocused();
  await postComment(page, { comment: 'A reply to the parent.', name: 'Bo Replier', email: 'bo@example.com' });

  // The thread is one flat list: the reply is the next item after its parent, one level deep.
  const nested = parent.locator('xpath=following-sibling::li[1]');
  await expect(nested).toHaveId(/^comment-local-/);
  await expect(nested).toHaveClass(/\bcomment--depth-1\b/);
  await expect(nested.locator('.comment__in-reply-to')).toHaveText(`In reply to ${ANA.name}`);
  await expect(parent.locator('.comment__in-reply-to')).toHaveCount(0);
  await expect(nested).toContainText('A reply to the parent.');
  await expect(nested).toContainText('Bo Replier');
  await expect(nested).toBeFocused();
  await expect(countHeading(page, '2 comments')).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(POSTED_STATUS);
  // The form is back at the bottom, and the reply is nested after a reload too.
  await expect(commentsSection(page).getByRole('heading', { name: 'Leave a Reply', exact: true })).toBeVisible();
  await reopen(page);
  const after = ownComments(page);
  await expect(after).toHaveCount(2);
  await expect(after.nth(1)).toHaveClass(/\bcomment--depth-1\b/);
  await expect(after.nth(1)).toContainText(`In reply to ${ANA.name}`);
  await expect(after.nth(1)).toContainText('A reply to the parent.');
  await expect(countHeading(page, '2 comments')).toBeVisible();
});

test('the draft is saved while typing and restored after a reload', async ({ page }) => {
  const f = commentForm(page);
  await f.comment.fill('Half-written thoughts');
  await f.name.fill(ANA.name);
  await f.email.fill(ANA.email);
  await f.website.fill('https://ana.example');
  await reopen(page);
  await expect(f.comment).toHaveValue('Half-written thoughts');
  await expect(f.name).toHaveValue(ANA.name);
  await expect(f.email).toHaveValue(ANA.email);
  await expect(f.website).toHaveValue('https://ana.example');

  // Reloading in the middle of typing keeps every keystroke so far.
  await f.comment.click();
  await page.keyboard.press('End');
  await f.comment.pressSequentially(', continued');
  await reopen(page);
  await expect(f.comment).toHaveValue('Half-written thoughts, continued');

  // A failed attempt does not clear it either.
  await f.email.fill('nope');
  await f.post.click();
  await expect(summary(page)).toBeFocused();
  await reopen(page);
  await expect(f.comment).toHaveValue('Half-written thoughts, continued');
  await expect(f.email).toHaveValue('nope');

  // Posting does.
  await postComment(page, { email: ANA.email });
  await expect(ownComments(page)).toHaveCount(1);
  await reopen(page);
  await expect(ownComments(page)).toHaveCount(1);
  for (const field of [f.comment, f.name, f.email, f.website]) await expect(field).toHaveValue('');
});

test('the reply target is part of the draft', async ({ page }) => {
  await postComment(page, { comment: 'The parent comment.', ...ANA });
  const parent = ownComments(page).first();
  await parent.getByRole('button', { name: `Reply to ${ANA.name}` }).click();
  await commentForm(page).comment.fill('A reply in progress');
  await reopen(page);
  await expect(parent.getByRole('heading', { name: `Leave a Reply to ${ANA.name}`, exact: true })).toBeVisible();
  await expect(commentForm(parent).comment).toHaveValue('A reply in progress');
  await expect(page.getByRole('button', { name: 'Cancel reply' })).toBeVisible();
});

test('"Save my name…" ticked: name, email and website are filled in next time', async ({ page }) => {
  const f = await postComment(page, { comment: 'Remember me.', ...ANA, website: 'https://ana.example', remember: true });
  await expect(ownComments(page)).toHaveCount(1);
  await reopen(page);
  await expect(ownComments(page)).toHaveCount(1);
  await expect(f.name).toHaveValue(ANA.name);
  await expect(f.email).toHaveValue(ANA.email);
  await expect(f.website).toHaveValue('https://ana.example');
  await expect(f.remember).toBeChecked();
  await expect(f.comment).toHaveValue('');
});

test('"Save my name…" not ticked: nothing is remembered', async ({ page }) => {
  const f = await postComment(page, { comment: 'Forget me.', ...ANA, website: 'https://ana.example', remember: false });
  await expect(ownComments(page)).toHaveCount(1);
  await reopen(page);
  await expect(ownComments(page)).toHaveCount(1);
  for (const field of [f.comment, f.name, f.email, f.website]) await expect(field).toHaveValue('');
  await expect(commentForm(page).remember).not.toBeChecked();
});

test('hostile markup in a name or comment is shown as text and never runs', async ({ page }) => {
  const name = '<img src=x onerror="window.__xss=1">';
  const comment = '<script>window.__xss=1</script> <b>bold</b>';

  // A javascript: website is refused outright.
  await postComment(page, { comment, name, email: ANA.email, website: 'javascript:alert(1)' });
  await expect(summary(page).getByRole('link')).toHaveText([
    'Enter a website address that starts with http:// or https://, like https://example.com',
  ]);
  await expect(ownComments(page)).toHaveCount(0);

  await postComment(page, { website: '' });
  const mine = ownComments(page);
  await expect(mine).toHaveCount(1);
  for (const check of [page, 'reload']) {
    if (check === 'reload') {
      await reopen(page);
      await expect(mine).toHaveCount(1);
    }
    await expect(mine.getByText(comment, { exact: true })).toBeVisible();
    await expect(mine.getByText(name, { exact: true })).toBeVisible();
    await expect(mine.locator('script, img')).toHaveCount(0);
    await expect(mine.locator('b', { hasText: /^bold$/ })).toHaveCount(0);
    // The comment body holds only paragraphs of text.
    await expect(mine.locator('p:has-text("bold") *')).toHaveCount(0);
    await expect(mine.getByRole('link', { name })).toHaveCount(0);
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  }
  await expect(page.getByRole('button', { name: `Reply to ${name}`, exact: true })).toBeVisible();
});

// The reader's network goes offline mid-session while comments go to Isso (dist-isso): posting says the
// comment server cannot be reached, the text stays in the form and in the saved draft, "Try again" fails
// the same way while offline and posts once the network is back.
//
// Shares Isso's port with comments.spec.mjs, hence the same lock: never two of these tests at once.
import { test, expect, ISSO, THREAD, ANA, commentItem, commentText, postError, formNotice, openThread, post, storedDraft, expectTextKept } from '../lib/isso-e2e.mjs';
import { commentForm } from '../lib/app.mjs';
import { expectNoAxeViolations } from '../lib/axe.mjs';
import { countComments } from '../../isso/isso.mjs';

test.describe.configure({ mode: 'default', lock: 'isso-port-8090' });

const UNREACHABLE = 'Could not reach the comment server. Check your connection and try again.';
const DRAFT = { comment: 'Written on the train, posted in a tunnel.', ...ANA };

test('posting while offline: "could not reach", the text kept; back online, Try again posts it', async ({ page, context, isso, consoleGuard }) => {
  consoleGuard.allow(/ERR_INTERNET_DISCONNECTED/);
  await isso.start();
  await openThread(page);

  await context.setOffline(true);
  await post(page, DRAFT);
  const box = postError(page);
  await expect(box).toContainText(UNREACHABLE);
  const tryAgain = box.getByRole('button', { name: 'Try again', exact: true });
  await expect(tryAgain).toBeVisible();
  await expect(page.locator('#post-error')).toBeFocused();
  await expectTextKept(page, DRAFT, { reload: false });
  await expectNoAxeViolations(page, 'posting while offline');

  // Still offline: the same answer, nothing lost, nothing sent. The box already says so, so wait for the
  // second attempt itself to fail first.
  const retried = page.waitForEvent('requestfailed', (r) => r.url().startsWith(`${ISSO}/new`) && r.method() === 'POST');
  await tryAgain.click();
  await retried;
  await expect(box).toContainText(UNREACHABLE);
  await expectTextKept(page, DRAFT, { reload: false });
  expect(await countComments(ISSO, [THREAD.path])).toEqual([0]);

  await context.setOffline(false);
  await tryAgain.click();
  await expect(commentText(commentItem(page, 1))).toHaveText(DRAFT.comment);
  await expect(formNotice(page)).toHaveText('Your comment was posted.');
  await expect(box).toHaveCount(0);
  await expect(commentForm(page).comment).toHaveValue('');
  expect(await countComments(ISSO, [THREAD.path])).toEqual([1]);
  expect(await storedDraft(page)).toBeNull();
});

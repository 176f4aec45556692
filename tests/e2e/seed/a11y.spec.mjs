// Accessibility: axe on every route and state, the keyboard path, and no sideways scrolling at 360px.
import { test, expect } from '../lib/fixtures.mjs';
import { expectNoAxeViolations, expectAccessibleInEveryLook } from '../lib/axe.mjs';
import { SEED, open, commentForm, postComment, ownComments, expectNoHorizontalScroll } from '../lib/app.mjs';
import { tabTo, tabThroughPage, expectFocusVisible } from '../lib/keyboard.mjs';

const ANA = { name: 'Ana Reader', email: 'ana@example.com' };
const ROUTES = [
  ['front page', '/'],
  ['article permalink', SEED.path],
  ['not-found page', '/no-such-page'],
];

/** The interactive states of an article page, each reached from a freshly opened permalink. */
const STATES = {
  'form with errors': async (page) => {
    await commentForm(page).post.click();
    await expect(page.locator('#error-summary')).toBeFocused();
  },
  'after posting': async (page) => {
    await postComment(page, { comment: 'An accessible comment.', ...ANA, website: 'https://ana.example' });
    await expect(ownComments(page)).toBeFocused();
  },
  'reply mode': async (page) => {
    await postComment(page, { comment: 'An accessible comment.', ...ANA });
    await ownComments(page).getByRole('button', { name: `Reply to ${ANA.name}` }).click();
    await expect(page.getByRole('button', { name: 'Cancel reply' })).toBeVisible();
  },
};


test.describe('axe finds no WCAG 2.2 AA violations, light and dark, wide and 360px, and nothing scrolls sideways', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  for (const [name, url] of ROUTES) {
    test(`on the ${name}`, async ({ page }) => {
      await open(page, url);
      await expectAccessibleInEveryLook(page, name);
    });
  }

  for (const [name, reach] of Object.entries(STATES)) {
    test(`on an article, ${name}`, async ({ page }) => {
      await open(page, SEED.path);
      await reach(page);
      await expectAccessibleInEveryLook(page, name);
    });
  }
});

test.describe('at 360×800', () => {
  test.use({ viewport: { width: 360, height: 800 } });

  test('an article with the contents open passes axe (light and dark) and does not scroll sideways', async ({ page }) => {
    await open(page, SEED.path);
    const button = page.getByRole('navigation', { name: 'Contents' }).getByRole('button', { name: 'Contents' });
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page, 'contents expanded at 360px', { soft: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page, 'contents expanded at 360px (dark)');
  });

  test('a comment with a very long word or address still fits', async ({ page }) => {
    await open(page, SEED.path);
    const long = `https://example.com/${'a-very-long-path-segment'.repeat(12)}`;
    await postComment(page, { comment: `See ${long}`, name: 'N'.repeat(100), email: ANA.email, website: long });
    await expect(ownComments(page)).toBeFocused();
    await expectNoHorizontalScroll(page);
  });
});

test.describe('keyboard', () => {
  // Where Tab goes from a fresh load to the end of the page: the parts of the page in order (repeats merged),
  // every stop showing its focus. The seed's article links only its author's page and its sidebar has nothing
  // to press; the second content set (multi/keyboard.spec.mjs) covers article, thread and sidebar links.
  const WIDE = { width: 1280, height: 800 };
  const PHONE = { width: 360, height: 800 };
  const ARTICLE = ['skip link', 'header', 'contents', 'article', 'comment form'];
  const ORDER = [
    ['an article at 1280px', SEED.path, WIDE, {}, ARTICLE],
    ['an article at 360px (contents collapsed)', SEED.path, PHONE, {}, ARTICLE],
    ['an article in dark mode', SEED.path, WIDE, { colorScheme: 'dark' }, ARTICLE],
    ['an article in forced colours (Windows high contrast)', SEED.path, WIDE, { forcedColors: 'active' }, ARTICLE],
    ['the front page', '/', WIDE, {}, ARTICLE],
    ['the not-found page', '/no-such-page', WIDE, {}, ['skip link', 'header', 'main']],
  ];
  for (const [name, url, viewport, media, parts] of ORDER) {
    test(`Tab on ${name} goes ${parts.join(' → ')}, every stop visibly focused`, async ({ page }) => {
      test.setTimeout(90_000); // every stop photographed twice
      await page.setViewportSize(viewport);
      await page.emulateMedia(media);
      await open(page, url);
      expect(await tabThroughPage(page)).toEqual(parts);
    });
  }

  test('the first Tab reaches a visible "Skip to content" link, which moves focus to the main content', async ({ page }) => {
    await open(page, SEED.path);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await expect(skip).toBeInViewport();
    const box = await skip.boundingBox();
    expect(box.width).toBeGreaterThan(20);
    expect(box.height).toBeGreaterThan(10);
    await expectFocusVisible(page, 'the skip link');
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
    await expectFocusVisible(page, 'main, after the skip link');
    // The next Tab continues from the main content, not from the top of the page.
    await page.keyboard.press('Tab');
    const inMain = await page.evaluate(() => document.getElementById('main').contains(document.activeElement));
    expect(inMain, 'focus after the skip link stays inside main').toBe(true);
  });

  test('the skip link works on the not-found page too', async ({ page }) => {
    await open(page, '/no-such-page');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
  });

  test('a contents link can be reached and followed with the keyboard; its section heading shows focus', async ({ page }) => {
    await open(page, SEED.path);
    const link = page.getByRole('navigation', { name: 'Contents' }).getByRole('link').nth(2);
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    await expect(page.locator(`#${SEED.sectionIds[2]}-heading`)).toBeFocused();
    await expect(page).toHaveURL(`${SEED.path}#${SEED.sectionIds[2]}`);
    await expectFocusVisible(page, 'the section heading');
  });

  test('on a phone, the collapsed contents open, are followed and show focus with the keyboard alone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await open(page, SEED.path);
    const button = page.getByRole('navigation', { name: 'Contents' }).getByRole('button', { name: 'Contents' });
    await tabTo(page, button);
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expectFocusVisible(page, 'the open Contents button');
    const link = page.getByRole('navigation', { name: 'Contents' }).getByRole('link').nth(1);
    await tabTo(page, link, { max: 2 });
    await page.keyboard.press('Enter');
    await expect(page.locator(`#${SEED.sectionIds[1]}-heading`)).toBeFocused();
    await expectFocusVisible(page, 'the section heading');
  });

  test('the whole comment flow without a mouse: fill, fix an error from the summary, post, reply, cancel reply', async ({ page }) => {
    test.setTimeout(90_000);
    await open(page, SEED.path);
    const f = commentForm(page);
    const heading = page.locator('#reply-title');
    // Fill in visual order, with a mistake in the email address.
    await tabTo(page, f.comment);
    await page.keyboard.type('Typed, not clicked.');
    for (const [field, text] of [
      [f.name, ANA.name],
      [f.email, 'ana.example.com'],
      [f.website, 'https://ana.example'],
    ]) {
      await page.keyboard.press('Tab');
      await expect(field).toBeFocused();
      await expectFocusVisible(page);
      await page.keyboard.type(text);
    }
    await page.keyboard.press('Tab');
    await expect(f.remember).toBeFocused();
    await page.keyboard.press('Space');
    await expect(f.remember).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(f.post).toBeFocused();
    await expectFocusVisible(page, 'Post Comment');

    // A failed submit: focus goes to the error summary, which links to the bad field.
    await page.keyboard.press('Enter');
    const summary = page.locator('#error-summary');
    await expect(summary).toBeFocused();
    await expectFocusVisible(page, 'the error summary');
    await expect(f.email).toHaveAttribute('aria-invalid', 'true');
    // The field's message is read with it (aria-describedby), after the hint.
    await expect(f.email).toHaveAccessibleDescription(/Enter an email address in the correct format, like name@example.com/);
    await page.keyboard.press('Tab');
    const fix = summary.getByRole('link', { name: 'Enter an email address in the correct format, like name@example.com' });
    await expect(fix).toBeFocused();
    await expectFocusVisible(page, 'the error summary link');
    await page.keyboard.press('Enter');
    await expect(f.email).toBeFocused();
    await expectFocusVisible(page, 'the Email field, from the summary');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(ANA.email);

    // Posted: focus goes to the new comment.
    await tabTo(page, f.post, { max: 3 });
    await page.keyboard.press('Enter');
    await expect(ownComments(page)).toBeFocused();
    await expect(ownComments(page)).toContainText('Typed, not clicked.');
    await expect(summary).toHaveCount(0);
    await expectFocusVisible(page, 'the posted comment');

    // Reply: the form moves under the comment and its Comment field takes focus.
    const reply = ownComments(page).getByRole('button', { name: `Reply to ${ANA.name}` });
    await tabTo(page, reply, { max: 4 });
    await page.keyboard.press('Enter');
    await expect(heading).toHaveText(`Leave a Reply to ${ANA.name}`);
    await expect(ownComments(page).locator('#respond')).toHaveCount(1);
    await expect(f.comment).toBeFocused();
    await expectFocusVisible(page, 'the Comment field in reply mode');

    // Cancel reply, just before the field: the form goes back and focus returns to the Reply button.
    const cancel = page.getByRole('button', { name: 'Cancel reply' });
    await tabTo(page, cancel, { key: 'Shift+Tab', max: 2 });
    await page.keyboard.press('Enter');
    await expect(heading).toHaveText('Leave a Reply');
    await expect(ownComments(page).locator('#respond')).toHaveCount(0);
    await expect(reply).toBeFocused();
    await expectFocusVisible(page, 'the Reply button after Cancel reply');
  });
});

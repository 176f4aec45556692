// Accessibility: axe on every route and state, the keyboard path, and no sideways scrolling at 360px.
import { test, expect } from '../lib/fixtures.mjs';
import { expectNoAxeViolations, expectAccessibleInEveryLook } from '../lib/axe.mjs';
import { SEED, open, commentForm, postComment, ownComments, expectNoHorizontalScroll } from '../lib/app.mjs';

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
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
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

  test('a contents link can be followed with the keyboard', async ({ page }) => {
    await open(page, SEED.path);
    const link = page.getByRole('navigation', { name: 'Contents' }).getByRole('link').nth(2);
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator(`#${SEED.sectionIds[2]}-heading`)).toBeFocused();
    await expect(page).toHaveURL(`${SEED.path}#${SEED.sectionIds[2]}`);
  });

  test('the comment form can be filled and sent with the keyboard alone, in visual order', async ({ page }) => {
    await open(page, SEED.path);
    const f = commentForm(page);
    await f.comment.focus();
    await page.keyboard.type('Typed, not clicked.');
    for (const [field, text] of [
      [f.name, ANA.name],
      [f.email, ANA.email],
      [f.website, 'https://ana.example'],
    ]) {
      await page.keyboard.press('Tab');
      await expect(field).toBeFocused();
      await page.keyboard.type(text);
    }
    await page.keyboard.press('Tab');
    await expect(f.remember).toBeFocused();
    await page.keyboard.press('Space');
    await expect(f.remember).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(f.post).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(ownComments(page)).toBeFocused();
    await expect(ownComments(page)).toContainText('Typed, not clicked.');
  });

  test('the error summary is reached and used with the keyboard', async ({ page }) => {
    await open(page, SEED.path);
    const f = commentForm(page);
    await f.post.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#error-summary')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Enter your comment' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(f.comment).toBeFocused();
  });
});

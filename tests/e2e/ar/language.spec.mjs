// An Arabic site (tests/content/ar, dist-ar, "ar-EG"): right to left, the layout mirrored, every label in
// Arabic with its plural forms, dates and numbers in Arabic-Indic digits from the build and the browser.
import { test, expect } from '../lib/fixtures.mjs';
import { open } from '../lib/app.mjs';
import { expectAccessibleInEveryLook } from '../lib/axe.mjs';
import { fakeServer, issoComment, form, box } from '../lib/languages.mjs';

const ORIGIN = 'http://127.0.0.1:4179';
const ARTICLE = '/articles/reopening-of-the-pier/';
const NAMES = { comment: 'التعليق', name: 'الاسم', email: 'البريد الإلكتروني', post: 'انشر التعليق' };

/** How far a block's text ends from the block's right edge (0 when the text is set right to left). */
const textGapRight = (locator) =>
  locator.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return el.getBoundingClientRect().right - range.getBoundingClientRect().right;
  });

test('the page is right to left, in Arabic, with Arabic-Indic digits', async ({ page }) => {
  await fakeServer(page, ORIGIN);
  await open(page, ARTICLE);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar-EG');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const meta = page.locator('.article__meta');
  await expect(meta).toContainText('بقلم ليلى حسن');
  await expect(meta.locator('time').first()).toHaveText('٢٤ ديسمبر ٢٠٢٤');
  await expect(meta).toContainText('حُدِّث في ٢ يناير ٢٠٢٥');
  await expect(meta).toContainText('دقيقة واحدة للقراءة');
  await expect(page.getByRole('navigation', { name: 'المحتويات' })).toBeVisible();
  const sidebar = page.getByRole('complementary', { name: 'الشريط الجانبي' });
  await expect(sidebar.locator('dt')).toHaveText(['اليوم', 'الإجمالي']);
  await expect(sidebar.locator('dd')).toHaveText(['١٤٧', '٤٠٬٣٥٨']);
  await expect(page.getByRole('heading', { name: 'اترك تعليقًا' })).toBeVisible();
  // Two comments: Arabic's dual.
  await expect(page.getByRole('heading', { name: 'تعليقان', level: 2 })).toBeVisible();
  await expect(page.locator('#comment-editor-1 > article time')).toHaveText('٢٤ ديسمبر ٢٠٢٤');
  // An English name and comment in an Arabic page keep their own direction.
  await expect(page.locator('#comment-reader-2 .comment__author bdi')).toHaveText('John Smith');
  await expect(page.locator('#comment-reader-2 .comment__text')).toHaveAttribute('dir', 'auto');
  expect(await page.locator('#comment-reader-2 .comment__text p').evaluate((p) => getComputedStyle(p).direction)).toBe('ltr');
  expect(await page.locator('#comment-editor-1 > article .comment__text p').evaluate((p) => getComputedStyle(p).direction)).toBe('rtl');
});

test('the comment server’s comments: the count’s plural form and the dates written by the browser', async ({ page }) => {
  // Eleven from the server and two shipped: 13 takes the "many" form. 2024-12-25T10:00:00Z.
  const replies = Array.from({ length: 11 }, (_, i) => issoComment(100 + i, `قارئ ${i}`, 'شكرًا', 1735120800));
  await fakeServer(page, ORIGIN, { thread: { total_replies: 11, hidden_replies: 0, replies } });
  await open(page, ARTICLE);
  await expect(page.getByRole('heading', { name: '١٣ تعليقًا', level: 2 })).toBeVisible();
  await expect(page.locator('#comment-100 time')).toHaveText('٢٥ ديسمبر ٢٠٢٤');
});

test('a validation message and the comment server’s errors are in Arabic', async ({ page, consoleGuard }) => {
  consoleGuard.allow(/status of 500/);
  await fakeServer(page, ORIGIN, { thread: 500, post: 500 });
  await open(page, ARTICLE);
  const failed = page.getByRole('alert').filter({ hasText: 'تعذّر تحميل التعليقات.' });
  await expect(failed).toContainText('واجه خادم التعليقات مشكلة (HTTP 500). حاول مرة أخرى بعد قليل.');

  const f = form(page, NAMES);
  await f.post.click();
  const summary = page.locator('#error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading')).toHaveText('هناك مشكلة');
  await expect(summary.getByRole('link')).toHaveText(['اكتب تعليقك', 'اكتب اسمك', 'اكتب عنوان بريدك الإلكتروني']);

  await f.comment.fill('افتتاح رائع.');
  await f.name.fill('سارة');
  await f.email.fill('sara@example.com');
  await f.post.click();
  await expect(page.getByRole('alert').filter({ hasText: 'لم يُنشر تعليقك' })).toContainText('(HTTP 500)');
});

test('the layout mirrors at 1280 px: contents on the right, sidebar on the left, bars on the right edge', async ({ page }) => {
  await fakeServer(page, ORIGIN);
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page, ARTICLE);
  const [nav, main, side] = await Promise.all([
    box(page.locator('nav.section-nav')),
    box(page.locator('main')),
    box(page.locator('aside.sidebar')),
  ]);
  expect(nav.x, 'the contents are right of the article').toBeGreaterThan(main.x + main.width - 1);
  expect(side.x + side.width, 'the sidebar is left of the article').toBeLessThan(main.x + 1);
  // The current-section bar is on each link's right edge.
  const link = page.locator('.section-nav__link').first();
  const borders = await link.evaluate((a) => [getComputedStyle(a).borderRightWidth, getComputedStyle(a).borderLeftWidth]);
  expect(borders).toEqual(['4px', '0px']);
  // A reply is indented from the right, under its parent.
  const parent = await box(page.locator('#comment-editor-1'));
  const reply = await box(page.locator('#comment-reader-2'));
  expect(reply.x + reply.width).toBeLessThan(parent.x + parent.width - 8);
  expect(Math.abs(reply.x - parent.x)).toBeLessThan(2);
  expect(await textGapRight(page.getByRole('heading', { level: 1 }))).toBeLessThan(2);
});

test('the layout mirrors at 360 px: text and the contents button start on the right', async ({ page }) => {
  await fakeServer(page, ORIGIN);
  await page.setViewportSize({ width: 360, height: 800 });
  await open(page, ARTICLE);
  const toggle = page.getByRole('button', { name: 'المحتويات' });
  await expect(toggle).toBeVisible();
  const nav = await box(page.locator('nav.section-nav'));
  const main = await box(page.locator('main'));
  expect(nav.y, 'the contents come before the article').toBeLessThan(main.y);
  expect(await textGapRight(page.getByRole('heading', { level: 1 }))).toBeLessThan(2);
  expect(await textGapRight(page.locator('.article__standfirst'))).toBeLessThan(2);
  await toggle.click();
  await expect(page.getByRole('link', { name: 'ما الجديد للمتنزهين' })).toBeVisible();
});

test('axe clean, light and dark, wide and narrow; the not-found page is Arabic and right to left', async ({ page }) => {
  await fakeServer(page, ORIGIN);
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page, ARTICLE);
  await expectAccessibleInEveryLook(page, 'the Arabic article');
  const response = await page.goto('/لا-شيء/');
  expect(response.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الصفحة غير موجودة');
});

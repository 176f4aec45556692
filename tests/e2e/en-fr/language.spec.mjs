// An English site with one French article (tests/content/en-fr, dist-en-fr): that article's page is in
// French (its <html lang>, labels and dates), while the site's own chrome stays English and says so; the
// site's "messages" override changes its English pages only.
import { test, expect } from '../lib/fixtures.mjs';
import { open } from '../lib/app.mjs';
import { expectNoAxeViolations } from '../lib/axe.mjs';
import { fakeServer, form } from '../lib/languages.mjs';

const ORIGIN = 'http://127.0.0.1:4180';
const FRENCH = '/articles/la-digue-rouvre/';

test('the English front page: English labels, the override, and the French article marked as French', async ({ page }) => {
  await fakeServer(page, ORIGIN);
  await open(page, '/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // "messages": {"leave-a-reply": "Have your say"}
  await expect(page.getByRole('heading', { name: 'Have your say' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Post Comment' })).toBeVisible();
  await expect(page.locator('.article__meta time').first()).toHaveText('10 January 2025');
  const listed = page.locator('.more-articles__item');
  await expect(listed).toHaveAttribute('lang', 'fr');
  await expect(listed.locator('time')).toHaveText('24 December 2024');
  await expect(page.locator('.site-header')).not.toHaveAttribute('lang', /./);
});

test('the French article: lang, labels and dates in French; the chrome in English, marked so', async ({ page }) => {
  await fakeServer(page, ORIGIN);
  await open(page, FRENCH);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('.article__meta time').first()).toHaveText('24 décembre 2024');
  await expect(page.locator('.article__meta')).toContainText('1 min de lecture');
  await expect(page.getByRole('navigation', { name: 'Sommaire' })).toBeVisible();
  // The override is the site's English; the French page keeps its own words.
  await expect(page.getByRole('heading', { name: 'Laisser un commentaire' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '1 commentaire', level: 2 })).toBeVisible();
  for (const chrome of ['.site-header', 'aside.sidebar', '.site-footer']) {
    await expect(page.locator(chrome)).toHaveAttribute('lang', 'en');
  }
  const sidebar = page.getByRole('complementary', { name: 'Sidebar' });
  await expect(sidebar.locator('dt')).toHaveText(['Today', 'Total']);
  await expect(sidebar.locator('dd')).toHaveText(['147', '40,358']);
  await expect(page).toHaveTitle(/^La digue du port rouvre/);
});

test('on the French article a validation message and the comment server’s error are in French', async ({ page, consoleGuard }) => {
  consoleGuard.allow(/status of 500/);
  await fakeServer(page, ORIGIN, { thread: 500 });
  await open(page, FRENCH);
  await expect(page.getByRole('alert').filter({ hasText: 'Les commentaires n’ont pas pu être chargés.' })).toContainText('(HTTP 500)');
  const f = form(page, { comment: 'Commentaire', name: 'Nom', email: 'E-mail', post: 'Publier le commentaire' });
  await f.email.fill('pas-une-adresse');
  await f.post.click();
  await expect(page.locator('#error-summary').getByRole('link')).toHaveText([
    'Saisissez votre commentaire',
    'Saisissez votre nom',
    'Saisissez une adresse e-mail valide, comme nom@example.com',
  ]);
});

test('both languages’ pages are axe clean, light and dark, left to right', async ({ page }) => {
  await fakeServer(page, ORIGIN);
  for (const path of ['/', FRENCH]) {
    await open(page, path);
    expect(await page.locator('html').getAttribute('dir')).toBeNull();
    const [nav, main] = [await page.locator('nav.section-nav').boundingBox(), await page.locator('main').boundingBox()];
    expect(nav.x).toBeLessThan(main.x);
    await page.emulateMedia({ colorScheme: 'light' });
    await expectNoAxeViolations(page, `${path} (light)`, { soft: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page, `${path} (dark)`, { soft: true });
  }
});

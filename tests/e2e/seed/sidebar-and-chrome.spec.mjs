// Everything around the article: header, footer, sidebar widgets, and the crash notice.
import { test, expect } from '../lib/fixtures.mjs';
import { SEED, open, loadContent, postComment } from '../lib/app.mjs';

const { site } = loadContent('public/content');

test('header: the site name links home, the "Site" navigation has the site links', async ({ page }) => {
  await open(page, SEED.path);
  const banner = page.getByRole('banner');
  const home = banner.getByRole('link', { name: 'Broadsheet', exact: true });
  await expect(home).toHaveAttribute('href', '/');
  const nav = banner.getByRole('navigation', { name: 'Site' });
  await expect(nav.getByRole('link')).toHaveText(site.links.map((l) => l.label));
  await expect(nav.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/');

  await home.click();
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
});

test('footer shows the site footer text', async ({ page }) => {
  await open(page, '/');
  await expect(page.getByRole('contentinfo')).toHaveText('© 2024 Broadsheet. All rights reserved.');
  await expect(page.getByRole('contentinfo')).toHaveText(site.footer);
});

test('sidebar: widgets in content order, each a section with an h2', async ({ page }) => {
  await open(page, '/');
  const aside = page.getByRole('complementary', { name: 'Sidebar' });
  await expect(aside).toBeVisible();
  await expect(aside.locator('section').getByRole('heading', { level: 2 })).toHaveText(['Visitors', 'Products']);
  await expect(aside.getByRole('region')).toHaveCount(2);
});

test('sidebar: visitor counter with thousands separators', async ({ page }) => {
  await open(page, '/');
  const visitors = page.getByRole('complementary', { name: 'Sidebar' }).getByRole('region', { name: 'Visitors' });
  const rows = await visitors.locator('dt').evaluateAll((dts) => dts.map((dt) => [dt.textContent.trim(), dt.nextElementSibling?.textContent.trim()]));
  expect(rows).toEqual([
    ['Today', '147'],
    ['Total', '40,358'],
  ]);
  await expect(visitors.getByRole('term')).toHaveText(['Today', 'Total']);
  await expect(visitors.getByRole('definition')).toHaveText(['147', '40,358']);
});

test('sidebar: products with their excerpts', async ({ page }) => {
  await open(page, '/');
  const products = page.getByRole('complementary', { name: 'Sidebar' }).getByRole('region', { name: 'Products' });
  const items = products.getByRole('listitem');
  await expect(items).toHaveCount(4);
  const expected = [
    ['Ti Gr.23(Ti-Al-V)', '1. Introduce – High…'],
    ['Ti Gr.19(Ti-Al-V-Cr-Mo-Zr)', null],
    ['Ti Gr.11(Ti-Pd)', '1. Introduce – Alloy…'],
    ['50Ni50CrNb(Ni-Cr-Nb)', '1. Introduce – 50Ni50CrNb,…'],
  ];
  for (const [i, [name, excerpt]] of expected.entries()) {
    const item = items.nth(i);
    await expect(item.getByRole('heading')).toHaveText(name);
    if (excerpt) {
      await expect(item.getByText(excerpt, { exact: true })).toBeVisible();
      await expect(item).toHaveText(`${name}${excerpt}`);
    } else {
      await expect(item).toHaveText(name);
    }
  }
});

test('header, sidebar and footer are on the not-found page too', async ({ page }) => {
  await open(page, '/nowhere');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Broadsheet', exact: true })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Sidebar' }).getByRole('region')).toHaveCount(2);
  await expect(page.getByRole('contentinfo')).toHaveText(site.footer);
  // No contents navigation: there is no article.
  await expect(page.getByRole('navigation', { name: 'Contents' })).toHaveCount(0);
});

test('a crash shows "Something went wrong" with a way to reload', async ({ page, consoleGuard }) => {
  // The only way to panic the app from outside: a browser clock whose toISOString returns nonsense makes the
  // locally posted comment's date unreadable. The trap that follows the panic is the expected page error.
  consoleGuard.allow(/unreachable|RuntimeError/);
  const crash = page.locator('#crash');
  await open(page, SEED.path);
  await expect(crash).toBeHidden();
  await page.evaluate(() => {
    Date.prototype.toISOString = () => 'XXXX-XX-XXTXX:XX:XX.XXXZ';
  });
  await postComment(page, { comment: 'Crash, please.', name: 'Ana', email: 'ana@example.com' });
  await expect(crash).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Something went wrong.' })).toBeVisible();
  await expect(crash).toHaveText('Something went wrong. Reload the page to try again.');
  await crash.getByRole('link', { name: 'Reload the page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
  await expect(crash).toBeHidden();
});

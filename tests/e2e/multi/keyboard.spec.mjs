// Keyboard order on the second content set, whose pages have what the seed's lack: links in the article,
// a thread with Reply buttons, "More articles" and links in the sidebar. seed/a11y.spec.mjs has the rest
// of the keyboard tests (the skip link, the contents, the whole comment flow).
import { test, expect } from '../lib/fixtures.mjs';
import { open, loadContent, permalink } from '../lib/app.mjs';
import { tabThroughPage } from '../lib/keyboard.mjs';

const { front } = loadContent('tests/content/multi');

// Parts of the page in the order Tab reaches them from a fresh load, every stop visibly focused.
const ORDER = [
  ['the front page', '/', ['skip link', 'header', 'contents', 'article', 'more articles', 'comments', 'comment form', 'sidebar']],
  [`the permalink of ${front.slug}`, permalink(front.slug), ['skip link', 'header', 'contents', 'article', 'comments', 'comment form', 'sidebar']],
];

test.describe('Tab order at 1280px', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  for (const [name, url, parts] of ORDER) {
    test(`on ${name}: ${parts.join(' → ')}`, async ({ page }) => {
      await open(page, url);
      expect(await tabThroughPage(page)).toEqual(parts);
    });
  }
});

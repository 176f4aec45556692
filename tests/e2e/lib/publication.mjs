// A publication's pages (issue 13) on tests/content/multi, at the site's root (multi) and under /harbour/ (sub):
// categories, tags and authors reached from an article, their feeds, previous/next and related articles.
// The content set is hand-made so the answers are known: see KNOWN below.
import { test, expect } from './fixtures.mjs';
import { expectAccessibleInEveryLook } from './axe.mjs';
import { loadContent, permalink, servedAt } from './app.mjs';

/** The slug of a category, tag or author name, as the build makes it (content/slug.rs). */
export const slugOf = (name) =>
  name
    .replace(/['’‘ʼ]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join('-');

const KINDS = [
  { kind: 'category', field: 'categories', heading: (n) => `Category: ${n}`, label: 'Categories' },
  { kind: 'tag', field: 'tags', heading: (n) => `Tag: ${n}`, label: 'Tags' },
];

// Related articles in tests/content/multi, worked out by hand: most shared categories and tags, then newest.
const KNOWN = {
  related: {
    'breakwater-repairs-approved': ['lifeboat-crew-night-rescue', 'harbour-master-retires'],
    'lifeboat-crew-night-rescue': ['breakwater-repairs-approved', 'harbour-master-retires'],
    'spring-fish-festival': [],
    'harbour-master-retires': ['breakwater-repairs-approved', 'lifeboat-crew-night-rescue'],
  },
  // Newest first.
  order: ['breakwater-repairs-approved', 'lifeboat-crew-night-rescue', 'spring-fish-festival', 'harbour-master-retires'],
};

export function publicationTests(dir) {
  const { articles } = loadContent(dir);
  const bySlug = (slug) => articles.find((a) => a.slug === slug);
  const titles = (slugs) => slugs.map((s) => bySlug(s).title);
  /** The articles giving `name` in `field` (or as author), newest first. */
  const withName = (field, name) =>
    articles.filter((a) => (field === 'author' ? [a.author] : a[field] ?? []).some((n) => slugOf(n) === slugOf(name)));

  test('the content set is the one these answers were worked out for', () => {
    expect(articles.map((a) => a.slug)).toEqual(KNOWN.order);
  });

  for (const article of articles) {
    test(`${article.slug}: its categories, tags and author link to pages listing their articles`, async ({ page, baseURL }) => {
      const { at } = servedAt(baseURL);
      const terms = [
        ...KINDS.flatMap(({ kind, field, heading, label }) =>
          (article[field] ?? []).map((name) => ({ name, kind, field, heading: heading(name), where: label })),
        ),
        { name: article.author, kind: 'author', field: 'author', heading: `Articles by ${article.author}`, where: 'byline' },
      ];
      for (const term of terms) {
        await page.goto(at(permalink(article.slug)));
        const scope =
          term.where === 'byline'
            ? page.locator('.article__author')
            : page.locator('.article__terms').filter({ hasText: `${term.where}:` });
        const link = scope.getByRole('link', { name: term.name, exact: true });
        await expect(link).toHaveAttribute('href', at(`/${term.kind}/${slugOf(term.name)}/`));
        await link.click();
        await expect(page).toHaveURL(new URL(at(`/${term.kind}/${slugOf(term.name)}/`), baseURL).href);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(term.heading);
        const listed = withName(term.field, term.name);
        await expect(page.getByRole('main').locator('.more-articles__link')).toHaveText(listed.map((a) => a.title));
        // Its feed is linked from the head and holds the same articles.
        const feed = page.locator('link[rel="alternate"][type="application/atom+xml"]').nth(1);
        await expect(feed).toHaveAttribute('href', at(`/${term.kind}/${slugOf(term.name)}/feed.xml`));
      }
    });

    test(`${article.slug}: previous and next article by date, and its related articles`, async ({ page, baseURL }) => {
      const { at } = servedAt(baseURL);
      await page.goto(at(permalink(article.slug)));
      const i = KNOWN.order.indexOf(article.slug);
      const nav = page.getByRole('navigation', { name: 'Previous and next article' });
      const previous = KNOWN.order[i + 1];
      const next = KNOWN.order[i - 1];
      await expect(nav.locator('.article-nav__previous')).toHaveCount(previous ? 1 : 0);
      await expect(nav.locator('.article-nav__next')).toHaveCount(next ? 1 : 0);
      if (previous) {
        await expect(nav.locator('.article-nav__previous')).toHaveText(`Previous article${bySlug(previous).title}`);
        await expect(nav.locator('.article-nav__previous a')).toHaveAttribute('href', at(permalink(previous)));
      }
      if (next) await expect(nav.locator('.article-nav__next a')).toHaveText(bySlug(next).title);
      const related = KNOWN.related[article.slug];
      const region = page.getByRole('region', { name: 'Related articles' });
      // None, not a filler, when nothing is related.
      await expect(region).toHaveCount(related.length ? 1 : 0);
      if (related.length) await expect(region.getByRole('link')).toHaveText(titles(related));
    });
  }

  test('the feeds of a category, a tag and an author parse and hold their articles, newest first', async ({ page, baseURL, request }) => {
    const { at } = servedAt(baseURL);
    await page.goto(at('/'));
    for (const [kind, field, name] of [
      ['category', 'categories', 'Harbour'],
      ['tag', 'tags', 'storms'],
      ['author', 'author', 'Ruth Penhallow'],
    ]) {
      const response = await request.get(at(`/${kind}/${slugOf(name)}/feed.xml`));
      expect(response.ok(), `${kind} ${name}`).toBe(true);
      const xml = await response.text();
      const feed = await page.evaluate((xml) => {
        const doc = new DOMParser().parseFromString(xml, 'application/xml');
        if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror').textContent };
        return {
          root: doc.documentElement.localName,
          title: doc.querySelector('feed > title').textContent,
          entries: [...doc.querySelectorAll('entry > title')].map((t) => t.textContent),
        };
      }, xml);
      expect(feed.error, `${kind} ${name}: ${feed.error}`).toBeUndefined();
      expect(feed.root).toBe('feed');
      expect(feed.title).toContain(name);
      expect(feed.entries).toEqual(withName(field, name).map((a) => a.title));
    }
  });

  test('a category page and an author page are accessible in every look, and do not scroll sideways at 360px', async ({ page, baseURL }) => {
    const { at } = servedAt(baseURL);
    await page.goto(at('/category/harbour/'));
    await expectAccessibleInEveryLook(page, 'the category page');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(at(`/author/${slugOf('Élodie Marchand-Sørensen')}/`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles by Élodie Marchand-Sørensen');
    await expectAccessibleInEveryLook(page, 'the author page');
  });
}

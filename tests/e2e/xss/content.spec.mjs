// The XSS corpus through the content JSON, in a real browser: dist-xss/ is built from a content set made of
// the corpus (tests/xss/hostile-content.mjs: one article per markup payload, with it in every text field, and
// payloads in every text field of the site). Each article page, prerendered with its islands hydrated, opened
// directly or reached by its "More articles" link, shows every payload as the very text and runs nothing;
// nothing in the DOM could. (tests/xss.rs checks the same for the HTML the build writes, and that
// the content check refuses every hostile address.)
//
// The Content-Security-Policy is bypassed here, so the test sees the app's own escaping without the policy's
// safety net (the csp tests and the console guard check the policy).
import { test, expect } from '../lib/fixtures.mjs';
import { open, permalink, waitForApp, asUrl, loadedAt } from '../lib/app.mjs';
import { plain } from '../lib/content.mjs';
import { CORPUS, trapXss, expectNoXss, scriptRisks } from '../lib/xss.mjs';
import { hostileSite, hostileArticles } from '../../xss/hostile-content.mjs';

test.use({ bypassCSP: true });
// The tests share nothing: let both workers take them.
test.describe.configure({ mode: 'parallel' });

const site = hostileSite();
const articles = hostileArticles();
const front = articles[0];
const h1 = (page) => page.getByRole('heading', { level: 1 });
const textOf = (page, selector) => page.locator(selector).evaluateAll((els) => els.map((el) => el.textContent));

/** Every text field of the article on the page, as the reader gets it (one round trip). */
const shownArticle = (page) =>
  page.evaluate(() => {
    const text = (el) => el?.textContent ?? null;
    const all = (root, selector) => [...root.querySelectorAll(selector)].map((el) => el.textContent);
    /** As typed: a line break for each <br>, a blank line between paragraphs. */
    const typed = (el) => {
      const clone = el.cloneNode(true);
      for (const br of clone.querySelectorAll('br')) br.replaceWith('\n');
      return [...clone.querySelectorAll('p')].map((p) => p.textContent).join('\n\n');
    };
    const main = document.querySelector('main');
    const body = main.querySelector('section[id]');
    return {
      title: text(document.querySelector('h1')),
      standfirst: text(main.querySelector('.article__standfirst')),
      author: text(main.querySelector('.article__author')),
      headings: all(main, 'section[id]:not(#comments) > h2'),
      paragraph: text(body.querySelector('p')),
      subheading: text(body.querySelector('h3')),
      items: all(body, 'li'),
      quote: text(body.querySelector('blockquote')),
      cite: text(body.querySelector('blockquote + figcaption cite')),
      caption: text(body.querySelector('figure.article__figure figcaption')),
      alt: body.querySelector('img')?.getAttribute('alt') ?? null,
      code: all(body, 'code'),
      comments: [...document.querySelectorAll('section#comments li.comment')].map((li) => ({
        id: li.id,
        author: text(li.querySelector(':scope > article .comment__author')),
        website: li.querySelector(':scope > article .comment__author a')?.getAttribute('href') ?? null,
        text: typed(li.querySelector(':scope > article .comment__text')),
      })),
    };
  });

/** What `shownArticle` must find: every field holds the article's payload, as the very text. */
function expectedArticle(a) {
  const [first] = a.sections;
  const block = (kind) => first.blocks.find((b) => kind in b)[kind];
  const lists = first.blocks.filter((b) => 'list' in b).flatMap((b) => b.list.items);
  return {
    title: a.title,
    standfirst: a.standfirst,
    author: `By ${a.author}`,
    headings: a.sections.map((s) => s.heading),
    paragraph: plain(block('paragraph')),
    subheading: block('subheading'),
    items: lists.map(plain),
    quote: plain(block('quote').text),
    cite: block('quote').cite,
    caption: plain(block('figure').caption),
    alt: block('figure').image.alt,
    code: Array(5).fill(a.title),
    // A website is written as a WHATWG URL (`"` as %22 and so on).
    comments: a.comments.map((c) => ({ id: `comment-${c.id}`, author: c.author, website: c.website ? asUrl(c.website) : null, text: c.text })),
  };
}

async function expectArticleText(page, article) {
  expect(await shownArticle(page), `${article.slug}: every field as text`).toEqual(expectedArticle(article));
}

test('the site’s name, tagline, links, footer and sidebar, and the list of articles, show as text', async ({ page }) => {
  const hits = await trapXss(page);
  await open(page, '/');
  expect(await page.locator('.site-header__name').textContent()).toBe(site.name);
  expect(await page.locator('.site-header__tagline').textContent()).toBe(site.tagline);
  expect(await textOf(page, '.site-nav__link')).toEqual(site.links.map((l) => l.label));
  // Each address as written (a WHATWG URL), resolved against the page.
  const hrefs = await page.locator('.site-nav__link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.map((h) => asUrl(h, page.url()))).toEqual(site.links.map((l) => asUrl(l.href, page.url())));
  expect(await page.locator('.site-footer__text').textContent()).toBe(site.footer);
  const [counter, shop] = site.sidebar;
  expect(await textOf(page, '.sidebar .widget__title')).toEqual([counter.visitor_counter.title, shop.product_list.title]);
  expect(await textOf(page, '.product__name')).toEqual(shop.product_list.products.map((p) => p.name));
  expect(await textOf(page, '.product__excerpt')).toEqual(shop.product_list.products.map((p) => p.excerpt));
  // The newest article in full, then every other article's title and summary.
  await expectArticleText(page, front);
  expect(await textOf(page, '.more-articles__link')).toEqual(articles.slice(1).map((a) => expect.stringContaining(a.title)));
  expect(await textOf(page, '.more-articles__summary')).toEqual(articles.slice(1).map((a) => a.summary));
  expect(await page.title()).toBe(`${front.title.replace(/\s+/g, ' ').trim()} – ${site.name}`);
  await expectNoXss(page, hits);
});

// Every article page as the build wrote it, hydrated: in four groups, so the two workers share them.
const GROUPS = 4;
for (let g = 0; g < GROUPS; g++) {
  const group = articles.filter((_, i) => i % GROUPS === g);
  test(`article pages ${group[0].slug} … ${group.at(-1).slug}: prerendered and hydrated, every field shows as text`, async ({ page }) => {
    test.setTimeout(120_000);
    const hits = await trapXss(page);
    for (const article of group) {
      await page.goto(permalink(article.slug));
      await waitForApp(page);
      await expectArticleText(page, article);
      expect(await page.title()).toBe(`${article.title.replace(/\s+/g, ' ').trim()} – ${site.name}`);
      expect(await scriptRisks(page), `${article.slug}: markup that could run script`).toEqual([]);
    }
    await expectNoXss(page, hits);
  });
}

// Every other article reached by following its "More articles" link from the front page (a page load).
for (let g = 0; g < GROUPS; g++) {
  const group = articles.slice(1).filter((_, i) => i % GROUPS === g);
  test(`articles ${group[0].slug} … ${group.at(-1).slug} by their links on the front page: every field shows as text`, async ({ page }) => {
    test.setTimeout(120_000);
    const hits = await trapXss(page);
    await open(page, '/');
    for (const article of group) {
      await page.locator('.more-articles__link').filter({ hasText: article.title }).first().click();
      await expect(page).toHaveURL(new RegExp(`${permalink(article.slug)}$`));
      expect(await loadedAt(page)).toBe(new URL(permalink(article.slug), page.url()).href);
      await waitForApp(page);
      await expect(h1(page)).toHaveText(article.title.replace(/\s+/g, ' ').trim());
      await expectArticleText(page, article);
      expect(await scriptRisks(page), `${article.slug}: markup that could run script`).toEqual([]);
      await page.goBack();
      await expect(h1(page)).toHaveText(front.title.replace(/\s+/g, ' ').trim());
    }
    await expectNoXss(page, hits);
  });
}

test('the corpus covers every payload', () => {
  expect(articles.map((a) => a.title)).toEqual(CORPUS.markup.map((p) => p.payload));
});

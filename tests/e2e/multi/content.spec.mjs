// The second content set (tests/content/multi): proves nothing is hard-wired to the seed. Expectations
// come from the content files themselves, plus the few facts the spec fixes (site name, language,
// background / background-2, widget order).
import { test, expect } from '../lib/fixtures.mjs';
import { expectAccessibleInEveryLook } from '../lib/axe.mjs';
import { open, asUrl, linkUrl, loadContent, permalink, commentsSection } from '../lib/app.mjs';
import { humanDate, plain, countMarks, inlinesOf, expectedBlock, renderedBlocks, normaliseBlock, commentTree, depth } from '../lib/content.mjs';

const { site, articles, front } = loadContent('tests/content/multi');
const SITE = 'The Harbour Ledger';
const bySlug = (slug) => articles.find((a) => a.slug === slug);
const withComments = articles.filter((a) => (a.comments ?? []).length > 0);
const closed = articles.find((a) => a.comments_open === false);
const hostile = articles.flatMap((a) => (a.comments ?? []).map((c) => ({ article: a, comment: c }))).find(({ comment }) => /<\w/.test(comment.text));
const twoBackgrounds = articles.find((a) => a.sections.filter((s) => s.heading === 'Background').length >= 2);
const deep = articles.find((a) => depth(commentTree(a.comments ?? [])) >= 3);

test('the content set has what these tests need', () => {
  expect(site.name).toBe(SITE);
  expect(site.language).toBe('en-GB');
  expect(articles.length, 'several articles').toBeGreaterThanOrEqual(3);
  expect(closed, 'an article with comments_open false').toBeTruthy();
  expect(hostile, 'a shipped comment with markup in it').toBeTruthy();
  expect(twoBackgrounds, 'an article with two "Background" sections').toBeTruthy();
  expect(deep, 'comments nested three levels deep').toBeTruthy();
  const kinds = new Set(articles.flatMap((a) => a.sections.flatMap((s) => s.blocks.map((b) => Object.keys(b)[0]))));
  for (const kind of ['paragraph', 'list', 'quote', 'figure']) expect(kinds, `a ${kind} block`).toContain(kind);
  expect(site.sidebar.map((w) => Object.keys(w)[0])).toEqual(['search', 'recent_articles', 'product_list', 'visitor_counter', 'categories', 'archives']);
});

test('site name, language, header links and footer come from the content', async ({ page }) => {
  await open(page, '/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await expect(page).toHaveTitle(`${front.title} – ${SITE}`);
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('link', { name: SITE, exact: true })).toHaveAttribute('href', '/');
  const nav = banner.getByRole('navigation', { name: 'Site' });
  await expect(nav.getByRole('link')).toHaveText(site.links.map((l) => l.label));
  // Each address as a WHATWG URL, resolved against the page (the build writes them that way).
  for (const l of site.links) expect(await linkUrl(nav.getByRole('link', { name: l.label })), l.label).toBe(asUrl(l.href, page.url()));
  await expect(page.getByRole('contentinfo')).toHaveText(site.footer);
  // Nothing of the seed leaks through.
  await expect(page.getByText('Broadsheet')).toHaveCount(0);
});

test('the front page shows the newest article and links to every other one', async ({ page }) => {
  await open(page, '/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(front.title);
  const more = page.getByRole('region', { name: 'More articles' });
  await expect(more.getByRole('heading', { name: 'More articles' })).toBeVisible();
  const others = articles.filter((a) => a !== front);
  const links = more.getByRole('link');
  await expect(links).toHaveText(others.map((a) => a.title));
  for (const [i, a] of others.entries()) {
    await expect(links.nth(i)).toHaveAttribute('href', permalink(a.slug));
    const item = more.getByRole('listitem').nth(i);
    await expect(item.locator('time[datetime]')).toHaveAttribute('datetime', a.published);
    await expect(item.locator('time[datetime]')).toHaveText(humanDate(a.published));
  }
});

test('the not-found page carries the site name', async ({ page }) => {
  const response = await open(page, '/articles/no-such-story/');
  expect(response.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page).toHaveTitle(`Page not found – ${SITE}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
});

for (const article of articles) {
  test(`${permalink(article.slug)} shows the whole article as written`, async ({ page }) => {
    const response = await open(page, permalink(article.slug));
    expect(response.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
    await expect(page).toHaveTitle(`${article.title} – ${SITE}`);
    if (article.summary) await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', article.summary);
    await expect(page.locator('meta[name="description"]')).toHaveCount(1);

    const body = page.getByRole('main').locator('article').first();
    const header = body.locator('header').first();
    await expect(header.getByText(`By ${article.author}`, { exact: true })).toBeVisible();
    if (article.standfirst) await expect(header.getByText(article.standfirst, { exact: true })).toBeVisible();
    const times = header.locator('time[datetime]');
    const dates = [article.published, article.updated].filter(Boolean);
    await expect(times).toHaveCount(dates.length);
    for (const [i, d] of dates.entries()) {
      await expect(times.nth(i)).toHaveAttribute('datetime', d);
      await expect(times.nth(i)).toHaveText(humanDate(d));
    }
    await expect(header.getByText(/^\d+ min read$/)).toBeVisible();

    // Sections: unique ids, headings, the contents links pointing at them.
    const sections = body.locator('section[id]');
    await expect(sections).toHaveCount(article.sections.length);
    const ids = await sections.evaluateAll((els) => els.map((e) => e.id));
    expect(new Set(ids).size, `unique section ids: ${ids.join(', ')}`).toBe(ids.length);
    for (const [i, s] of article.sections.entries()) if (s.id) expect(ids[i]).toBe(s.id);
    const contents = page.getByRole('navigation', { name: 'Contents' }).getByRole('link');
    await expect(contents).toHaveText(article.sections.map((s) => s.heading));
    for (const [i, id] of ids.entries()) {
      await expect(contents.nth(i)).toHaveAttribute('href', `#${id}`);
      const h2 = sections.nth(i).getByRole('heading', { level: 2 });
      await expect(h2).toHaveText(article.sections[i].heading);
      await expect(h2).toHaveAttribute('id', `${id}-heading`);
      await expect(h2).toHaveAttribute('tabindex', '-1');
    }

    // Every block, in order, as a reader sees it: paragraphs, subheadings, ol/ul, quotes, figures.
    for (const [i, s] of article.sections.entries()) {
      const rendered = await sections.nth(i).evaluate(renderedBlocks);
      expect(rendered, `blocks of section "${s.heading}"`).toEqual(s.blocks.map(expectedBlock).map(normaliseBlock));
    }
    // Inline marks: strong, em, code and links, nested ones included.
    const want = inlinesOf(article).reduce((acc, i) => countMarks(i, acc), { strong: 0, em: 0, code: 0, a: 0 });
    for (const tag of ['strong', 'em', 'code', 'a']) {
      await expect(sections.locator(tag), `<${tag}> elements in the body`).toHaveCount(want[tag]);
    }
    // Structure the spec names: lists, quotes with their source, figures with captions.
    const blocks = article.sections.flatMap((s) => s.blocks);
    await expect(sections.locator('ol')).toHaveCount(blocks.filter((b) => b.list?.ordered).length);
    await expect(sections.locator('ul')).toHaveCount(blocks.filter((b) => b.list && !b.list.ordered).length);
    await expect(sections.locator('figure blockquote')).toHaveCount(blocks.filter((b) => b.quote).length);
    await expect(sections.locator('figure > img')).toHaveCount(blocks.filter((b) => b.figure).length);
    await expect(sections.locator('figure > img + figcaption')).toHaveCount(blocks.filter((b) => b.figure?.caption).length);
    for (const b of blocks.filter((b) => b.figure)) {
      await expect(sections.getByRole('img', { name: b.figure.image.alt, exact: true })).toBeVisible();
    }
    // External links open safely.
    for (const a of await sections.locator('a[href^="http"]').all()) await expect(a).toHaveAttribute('rel', /noopener/);
  });
}

test('two sections both headed "Background" get the ids background and background-2', async ({ page }) => {
  await open(page, permalink(twoBackgrounds.slug));
  const backgrounds = page.locator('main section[id]').filter({ has: page.getByRole('heading', { level: 2, name: 'Background', exact: true }) });
  await expect(backgrounds).toHaveCount(2);
  await expect(backgrounds.nth(0)).toHaveAttribute('id', 'background');
  await expect(backgrounds.nth(1)).toHaveAttribute('id', 'background-2');
  await expect(page.locator('#background-2-heading')).toHaveText('Background');

  const links = page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Background', exact: true });
  await expect(links).toHaveCount(2);
  await expect(links.nth(0)).toHaveAttribute('href', '#background');
  await expect(links.nth(1)).toHaveAttribute('href', '#background-2');
  await links.nth(1).click();
  await expect(page).toHaveURL(`${permalink(twoBackgrounds.slug)}#background-2`);
  await expect(page.locator('#background-2-heading')).toBeFocused();
  await expect(links.nth(1)).toHaveAttribute('aria-current', 'true');
  await expect(links.nth(0)).not.toHaveAttribute('aria-current', /.*/);
});

for (const article of withComments) {
  test(`shipped comments on ${article.slug}: count, nesting, text and author links`, async ({ page }) => {
    await open(page, permalink(article.slug));
    const n = article.comments.length;
    await expect(commentsSection(page).getByRole('heading', { level: 2, name: `${n} ${n === 1 ? 'comment' : 'comments'}`, exact: true })).toBeVisible();
    // The thread is one flat list; a reply is one level deeper than its parent and says whom it answers.
    const byId = new Map(article.comments.map((c) => [c.id, c]));
    const level = (c) => (c.parent ? level(byId.get(c.parent)) + 1 : 0);
    for (const c of article.comments) {
      const li = page.locator(`section#comments > ol.comment-list > li#comment-${c.id}`);
      await expect(li).toHaveCount(1);
      const answers = li.locator(':scope > article .comment__in-reply-to');
      if (c.parent) {
        await expect(li).toHaveClass(new RegExp(`\\bcomment--depth-${Math.min(level(c), 3)}\\b`));
        await expect(answers).toHaveText(`In reply to ${byId.get(c.parent).author}`);
      } else {
        await expect(li).not.toHaveClass(/\bcomment--reply\b/);
        await expect(answers).toHaveCount(0);
      }
      // Author (a link only for http(s) websites), date, and text in paragraphs with line breaks kept.
      const meta = li.locator(':scope > article');
      const link = meta.getByRole('link', { name: c.author, exact: true });
      if (c.website && /^https?:\/\//.test(c.website)) {
        await expect(link).toHaveAttribute('href', asUrl(c.website));
        await expect(link).toHaveAttribute('rel', 'nofollow ugc noopener');
      } else {
        await expect(link).toHaveCount(0);
        await expect(meta.getByText(c.author, { exact: true })).toBeVisible();
      }
      await expect(meta.locator('time[datetime]')).toHaveAttribute('datetime', c.date);
      await expect(meta.locator('time[datetime]')).toHaveText(humanDate(c.date));
      const paragraphs = c.text.trim().split(/\n\s*\n/).map((p) => p.split('\n').map((l) => l.trim()));
      const texts = await meta.evaluate((el) =>
        [...el.querySelectorAll('p:not(.comment__in-reply-to)')].filter((p) => !p.querySelector('button')).map((p) => p.innerText.split('\n')),
      );
      expect(texts, `paragraphs of comment ${c.id}`).toEqual(paragraphs);
    }
  });
}

test('comments three levels deep are shown in reading order, each level indented further', async ({ page }) => {
  await open(page, permalink(deep.slug));
  // The deepest chain: a top-level comment, its reply, the reply's reply…
  const deepest = (nodes) =>
    nodes.reduce((best, n) => {
      const sub = [n.comment, ...deepest(n.replies)];
      return sub.length > best.length ? sub : best;
    }, []);
  const path = deepest(commentTree(deep.comments));
  expect(path.length).toBeGreaterThanOrEqual(3);
  // Each reply of the chain comes after its parent in the one list.
  const order = await page.locator('section#comments > ol.comment-list > li.comment').evaluateAll((items) => items.map((li) => li.id));
  const at = path.map((c) => order.indexOf(`comment-${c.id}`));
  for (let i = 1; i < at.length; i++) expect(at[i], `level ${i + 1} after its parent`).toBeGreaterThan(at[i - 1]);
  // Visibly indented: each level starts further right than its parent.
  const lefts = [];
  for (const c of path) lefts.push((await page.locator(`li#comment-${c.id} > article`).boundingBox()).x);
  for (let i = 1; i < lefts.length; i++) expect(lefts[i], `level ${i + 1} indented`).toBeGreaterThan(lefts[i - 1]);
});

test('markup in a shipped comment is shown as text and never runs', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    d.dismiss();
  });
  await open(page, permalink(hostile.article.slug));
  const li = page.locator(`li#comment-${hostile.comment.id}`);
  await expect(li.getByText(hostile.comment.text, { exact: true })).toBeVisible();
  await expect(li.getByText(hostile.comment.author, { exact: true })).toBeVisible();
  await expect(li.locator('script, img, iframe')).toHaveCount(0);
  // The author wrapper is the app's own; nothing from the text or the name became an element.
  await expect(li.locator(':scope > article p:not(:has(button)) *:not(br)')).toHaveCount(0);
  await expect(li.locator('b b')).toHaveCount(0);
  if (hostile.article.comments_open !== false) {
    await expect(li.getByRole('button', { name: `Reply to ${hostile.comment.author}`, exact: true })).toBeVisible();
  }
  expect(dialogs).toBe(0);
});

test('an article with comments closed shows its comments but no form and no Reply buttons', async ({ page }) => {
  await open(page, permalink(closed.slug));
  const section = commentsSection(page);
  await expect(section.getByText('Comments are closed.', { exact: true })).toBeVisible();
  await expect(section.getByRole('heading', { name: /Leave a Reply/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Post Comment' })).toHaveCount(0);
  // (The sidebar's search box is the page's only form.)
  await expect(page.getByRole('main').getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('main').locator('form')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Reply/ })).toHaveCount(0);
  const n = closed.comments.length;
  await expect(section.getByRole('heading', { level: 2, name: `${n} ${n === 1 ? 'comment' : 'comments'}`, exact: true })).toBeVisible();
  for (const c of closed.comments) await expect(section.getByText(c.text, { exact: true })).toBeVisible();
});

test('sidebar widgets come in content order: products first, then visitors, numbers with separators', async ({ page }) => {
  await open(page, '/');
  const aside = page.getByRole('complementary', { name: 'Sidebar' });
  const products = site.sidebar.find((w) => w.product_list).product_list;
  const counter = site.sidebar.find((w) => w.visitor_counter).visitor_counter;
  const headings = await aside.locator('section').getByRole('heading', { level: 2 }).allTextContents();
  expect(headings.indexOf(products.title)).toBeGreaterThanOrEqual(0);
  expect(headings.indexOf(products.title)).toBeLessThan(headings.indexOf(counter.title));

  const visitors = aside.getByRole('region', { name: counter.title });
  const fmt = (n) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  await expect(visitors.getByRole('term')).toHaveText(['Today', 'Total']);
  await expect(visitors.getByRole('definition')).toHaveText([fmt(counter.today), fmt(counter.total)]);
  expect(fmt(counter.total)).toContain(',');

  const items = aside.getByRole('region', { name: products.title }).getByRole('listitem');
  await expect(items).toHaveCount(products.products.length);
  for (const [i, p] of products.products.entries()) {
    const item = items.nth(i);
    await expect(item.getByRole('heading')).toHaveText(p.name);
    const link = item.getByRole('link', { name: p.name, exact: true });
    if (p.href) {
      expect(await linkUrl(link), p.name).toBe(asUrl(p.href, page.url()));
      if (/^https?:/.test(p.href)) await expect(link).toHaveAttribute('rel', /noopener/);
    } else {
      await expect(link).toHaveCount(0);
    }
    const img = item.locator('img');
    if (p.image) {
      await expect(item.getByRole('img', { name: p.image.alt, exact: true })).toBeVisible();
      await expect(img).toHaveAttribute('width', String(p.image.width));
      await expect(img).toHaveAttribute('height', String(p.image.height));
      await expect(img).toHaveAttribute('src', p.image.src);
      // The image file is really served.
      await expect.poll(() => img.evaluate((el) => el.complete && el.naturalWidth > 0)).toBe(true);
    } else {
      await expect(img).toHaveCount(0);
    }
    if (p.excerpt) await expect(item.getByText(p.excerpt, { exact: true })).toBeVisible();
  }
});

test('unicode text (accents, Cyrillic, Japanese, Arabic, emoji) shows exactly', async ({ page }) => {
  const nonAscii = (s) => /[^\x00-\x7F]/.test(s);
  const article = articles.find((a) => nonAscii(a.author) && a.sections.some((s) => /[\u0400-\u04FF]/.test(s.heading)));
  expect(article, 'an article with non-ASCII author and Cyrillic heading').toBeTruthy();
  await open(page, permalink(article.slug));
  await expect(page).toHaveTitle(`${article.title} – ${SITE}`);
  await expect(page.getByText(`By ${article.author}`, { exact: true })).toBeVisible();
  const contents = page.getByRole('navigation', { name: 'Contents' });
  for (const s of article.sections) {
    await expect(page.getByRole('heading', { level: 2, name: s.heading, exact: true })).toBeVisible();
    await expect(contents.getByRole('link', { name: s.heading, exact: true })).toHaveCount(1);
  }
  for (const text of inlinesOf(article).map(plain).filter(nonAscii)) {
    await expect(page.getByRole('main').getByText(text, { exact: true }).first()).toBeVisible();
  }
  for (const c of article.comments ?? []) {
    await expect(page.getByText(c.author, { exact: true }).first()).toBeVisible();
    await expect(page.getByText(c.text.trim(), { exact: true })).toBeVisible();
  }
  expect(await page.locator('body').innerText()).not.toContain('\uFFFD');
});

test.describe('accessibility of every multi page', () => {
  const urls = [['/', 'front page'], ...articles.map((a) => [permalink(a.slug), a.slug]), ['/nope', 'not-found page']];
  for (const [url, name] of urls) {
    test(`${name}: axe (light and dark), and no sideways scrolling at 360px`, async ({ page }) => {
      await open(page, url);
      await expectAccessibleInEveryLook(page, name);
    });
  }
});

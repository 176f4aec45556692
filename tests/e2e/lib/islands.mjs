// The page is static HTML; only the islands (`<leptos-island data-component="Contents_…">` and
// `CommentBox_…`) run code. Helpers to see that from outside: how often each island is handed to its
// WebAssembly export, and the HTML as served split into the islands and everything else.
//
//   await countHydrations(page);            // before the page loads
//   … open a page, waitForApp …
//   expect(await hydrations(page)).toEqual([{ component: 'Contents', island: 0 }, …]);
//
//   islandTests(dir)            seed, sub   each island hydrated once per page load; markers only inside islands
//   speculationRulesTests(dir)  seed, sub   every kind of page carries speculation rules for the site's pages
import { test, expect } from './fixtures.mjs';
import { loadContent, permalink, servedAt, waitForApp, commentForm, reachComments, hold } from './app.mjs';
import { speculationRulesProblems } from './speculation.mjs';
import { settled } from './settle.mjs';

/**
 * Every page of the page's context records each island hydrate.js hands to its module's export: it marks
 * the island `data-hydrated` right after the export has run, and every such mark (a second one too) is
 * recorded with the island's component and its index among the page's islands.
 */
export async function countHydrations(page) {
  await page.context().addInitScript(() => {
    const calls = [];
    window.__islandHydrations = calls;
    new MutationObserver((records) => {
      for (const { target } of records) {
        calls.push({
          component: target.dataset.component.replace(/_\d+$/, ''),
          island: [...document.querySelectorAll('leptos-island')].indexOf(target),
        });
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-hydrated'] });
  });
}

/** The islands hydrated so far on this page: [{ component: 'Contents', island: 0 }, …]. */
export const hydrations = (page) => page.evaluate(() => window.__islandHydrations);

/**
 * Records the island modules the page fetches, from now on: the names of their files in assets/
 * (`contents-<hash>.js`, `comments-<hash>_bg.wasm`, …) as `contents.js`, `comments.wasm`, in order.
 */
export function recordModules(page) {
  const fetched = [];
  page.on('request', (request) => {
    const m = /\/assets\/(contents|comments|search)-[0-9a-f]+(?:_bg)?\.(js|wasm)$/.exec(new URL(request.url()).pathname);
    if (m) fetched.push(`${m[1]}.${m[2]}`);
  });
  return fetched;
}

/** The page's islands as the DOM has them: [{ component: 'Contents', hydrated: true }, …]. */
export const islandsOnPage = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('leptos-island')].map((island) => ({
      component: island.dataset.component.replace(/_\d+$/, ''),
      hydrated: island.hasAttribute('data-hydrated'),
    })),
  );

/**
 * The <body> of served HTML in two parts: the islands (each `<leptos-island …>…</leptos-island>`, whose
 * component is named) and the static rest with the islands cut out.
 */
export function splitBody(html) {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1];
  if (body === undefined) throw new Error('no <body> in the HTML');
  const islands = [];
  const rest = body.replace(/<leptos-island\b[^>]*data-component="([^"]*)"[^>]*>([\s\S]*?)<\/leptos-island>/g, (_, component, inner) => {
    islands.push({ component: component.replace(/_\d+$/, ''), inner });
    return '';
  });
  return { islands, rest };
}

/** Every comment-like token in HTML: `<!--…-->` comments (hydration markers among them) and `<!…>`. */
export const commentTokens = (html) => html.match(/<!--[\s\S]*?-->|<![^>]*>/g) ?? [];

// ---- the tests -----------------------------------------------------------------------------------------

/** The pages of a content set by kind, with the islands each must have (the not-found page has none). */
function pageKinds(dir) {
  const { articles } = loadContent(dir);
  const both = [{ component: 'Contents' }, { component: 'CommentBox' }];
  return [
    { name: 'the front page', path: '/', status: 200, islands: both },
    { name: `the article ${articles.at(-1).slug}`, path: permalink(articles.at(-1).slug), status: 200, islands: both },
    { name: 'the not-found page at an unknown address', path: '/no-such-page', status: 404, islands: [] },
    { name: 'the not-found page itself (/404.html)', path: '/404.html', status: 200, islands: [] },
  ];
}

/** Each island handed to its export once, and only when its reader needs it; the HTML as served free of markers outside the islands. */
export function islandTests(dir) {
  const kinds = pageKinds(dir);
  const { articles } = loadContent(dir);
  /** What hydrations() must find on a page with these islands: each one, once, in page order. */
  const onceEach = (islands) => islands.map(({ component }, island) => ({ component, island }));
  const inPageOrder = (calls) => [...calls].sort((x, y) => x.island - y.island);
  const box = (page) => page.locator('leptos-island[data-component^="CommentBox_"]');
  const article = kinds[1];

  test.describe('islands', () => {
    for (const k of kinds) {
      test(`${k.name}: each island hydrates exactly once per page load (${k.islands.map((i) => i.component).join(', ') || 'none'})`, async ({ page, baseURL }) => {
        const { at } = servedAt(baseURL);
        await countHydrations(page);
        for (const load of ['first load', 'reload']) {
          if (load === 'first load') await page.goto(at(k.path));
          else await page.reload();
          // The reader goes down to the comments; then every script of the page has run and it has nothing
          // left to load: a second hydration would have happened by now.
          await reachComments(page);
          await settled(page);
          expect(await islandsOnPage(page), `${load}: the islands`).toEqual(k.islands.map((i) => ({ ...i, hydrated: true })));
          expect(inPageOrder(await hydrations(page)), `${load}: the islands hydrated`).toEqual(onceEach(k.islands));
        }
      });
    }

    // Part 10: a reader pays for an island only when they reach it. A phone's screen, on which the comment
    // box is more than a screen below the top of the page.
    test.describe('each island’s module is fetched when its reader needs it, once', () => {
      test.use({ viewport: { width: 360, height: 640 } });

      test(`${article.name} opened at the top fetches the contents’ module alone; the comment box’s once the reader scrolls near it, and once only`, async ({ page, baseURL }) => {
        const { at } = servedAt(baseURL);
        const fetched = recordModules(page);
        await page.goto(at(article.path));
        await settled(page);
        const { top, screen } = await page.locator('#comments').evaluate((el) => ({ top: el.getBoundingClientRect().top, screen: innerHeight }));
        expect(top, 'the comments start more than two screens down (else this page cannot show the difference)').toBeGreaterThan(2 * screen);
        expect(fetched, 'before scrolling').toEqual(['contents.js', 'contents.wasm']);
        expect(await islandsOnPage(page)).toEqual([
          { component: 'Contents', hydrated: true },
          { component: 'CommentBox', hydrated: false },
        ]);
        // Scrolled to within a screen of the comments, not into them.
        await page.evaluate((top) => scrollTo({ top: top - 1.5 * innerHeight, behavior: 'instant' }), top);
        await expect(box(page)).toHaveAttribute('data-hydrated', '');
        await settled(page);
        expect(fetched, 'near the comments').toEqual(['contents.js', 'contents.wasm', 'comments.js', 'comments.wasm']);
        // "Post Comment" works: an empty comment is refused with the form's error summary.
        await commentForm(page).post.click();
        await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();
        // Back to the top and down again: nothing fetched twice.
        await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
        await page.locator('#comments').scrollIntoViewIfNeeded();
        await settled(page);
        expect(fetched, 'after going back up and down').toEqual(['contents.js', 'contents.wasm', 'comments.js', 'comments.wasm']);
      });

      const withComment = articles.find((a) => (a.comments ?? []).length > 0);
      const anchors = ['#respond', ...(withComment ? [`#comment-${withComment.comments[0].id}`] : [])];
      for (const anchor of anchors) {
        const path = anchor === '#respond' ? article.path : permalink(withComment.slug);
        test(`an article opened at ${anchor} hydrates its comment box at once`, async ({ page, baseURL }) => {
          const { at } = servedAt(baseURL);
          const fetched = recordModules(page);
          await page.goto(at(path) + anchor);
          await expect(box(page)).toHaveAttribute('data-hydrated', '');
          await expect(page.locator(anchor)).toBeInViewport();
          await settled(page);
          expect(fetched.filter((f) => f.startsWith('comments')), 'the comment box’s module, once').toEqual(['comments.js', 'comments.wasm']);
        });
      }

      test(`a keyboard reader tabbing into the comment form gets it hydrated, with what they typed meanwhile kept`, async ({ page, baseURL }) => {
        const { at } = servedAt(baseURL);
        const fetched = recordModules(page);
        // The comment box's WebAssembly is held until the reader has typed.
        const release = await hold(page, '**/assets/comments-*_bg.wasm');
        await page.goto(at(article.path));
        await settled(page);
        expect(fetched).toEqual(['contents.js', 'contents.wasm']);
        const f = commentForm(page);
        for (let presses = 0; !(await f.comment.evaluate((el) => el === document.activeElement)); presses++) {
          expect(presses, 'Tab reaches the comment field').toBeLessThan(400);
          await page.keyboard.press('Tab');
        }
        await page.keyboard.type('Typed while the comment box was loading.');
        await expect.poll(() => fetched.includes('comments.wasm'), { message: 'the module asked for on focus' }).toBe(true);
        expect(await islandsOnPage(page)).toContainEqual({ component: 'CommentBox', hydrated: false });
        release();
        await expect(box(page)).toHaveAttribute('data-hydrated', '');
        await expect(f.comment).toHaveValue('Typed while the comment box was loading.');
        await expect(f.comment).toBeFocused();
        await f.name.fill('Ana Reader');
        await f.email.fill('ana@example.com');
        await f.post.click();
        await expect(page.locator('li[id^="comment-local-"]')).toContainText('Typed while the comment box was loading.');
      });

      test(`a reader already in the comment form when hydrate.js runs gets the comment box at once`, async ({ page, baseURL }) => {
        const { at } = servedAt(baseURL);
        const fetched = recordModules(page);
        const release = await hold(page, '**/assets/hydrate-*.js');
        // hydrate.js is a module script, so the document is not "loaded" until it runs: wait for the form.
        await page.goto(at(article.path), { waitUntil: 'commit' });
        await commentForm(page).comment.waitFor({ state: 'attached' });
        // Focus without scrolling: the form stays far below the viewport, so only the focus can ask for it.
        await commentForm(page).comment.evaluate((el) => el.focus({ preventScroll: true }));
        release();
        await expect(box(page)).toHaveAttribute('data-hydrated', '');
        expect(fetched).toContain('comments.wasm');
        await expect(commentForm(page).comment).toBeFocused();
      });

      test('the search page fetches the search box’s module and no other', async ({ page, baseURL }) => {
        const { at } = servedAt(baseURL);
        const fetched = recordModules(page);
        await page.goto(at('/search/'));
        await settled(page);
        expect(await islandsOnPage(page)).toEqual([{ component: 'Search', hydrated: true }]);
        expect(fetched).toEqual(['search.js', 'search.wasm']);
      });

      for (const path of ['/no-such-page', '/archive/']) {
        test(`${path} fetches no WebAssembly and no module`, async ({ page, baseURL }) => {
          const { at } = servedAt(baseURL);
          const scripts = [];
          page.on('request', (r) => /\.(wasm|js)$/.test(new URL(r.url()).pathname) && scripts.push(new URL(r.url()).pathname));
          await page.goto(at(path));
          await settled(page);
          expect(await islandsOnPage(page)).toEqual([]);
          expect(scripts.filter((s) => !/\/assets\/(hydrate|script)-/.test(s)), 'scripts and WebAssembly').toEqual([]);
        });
      }
    });

    for (const k of kinds) {
      test(`${k.name} as served: no comment or marker outside the islands; inside them only <!---->`, async ({ request, baseURL }) => {
        const { at } = servedAt(baseURL);
        const response = await request.get(at(k.path));
        expect(response.status()).toBe(k.status);
        const { islands, rest } = splitBody(await response.text());
        expect(islands.map((i) => i.component), 'the islands in the HTML').toEqual(k.islands.map((i) => i.component));
        // Static parts are never hydrated, so they need no markers, and carry no comments either.
        expect(commentTokens(rest), 'comments and markers in <body> outside the islands').toEqual([]);
        for (const island of islands) {
          const tokens = commentTokens(island.inner);
          expect(tokens.filter((t) => t !== '<!---->'), `${island.component}: markers other than <!---->`).toEqual([]);
        }
      });
    }
  });
}

/** Every kind of page carries speculation rules that prerender the site's own pages when a reader points at a link. */
export function speculationRulesTests(dir) {
  for (const k of pageKinds(dir)) {
    test(`${k.name} carries one set of speculation rules: JSON, prerendering the site’s own pages on hover`, async ({ request, baseURL }) => {
      const { base, at } = servedAt(baseURL);
      const html = await (await request.get(at(k.path))).text();
      const head = /<head>([\s\S]*)<\/head>/i.exec(html)[1];
      const scripts = [...html.matchAll(/<script type="speculationrules">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
      expect(scripts, 'speculation rules in the page').toHaveLength(1);
      expect(head, 'in <head>').toContain(`<script type="speculationrules">${scripts[0]}</script>`);
      expect(speculationRulesProblems(scripts[0], base)).toEqual([]);
      // "moderate": when the reader hovers a link or starts to press it; every page under the site's prefix.
      const { prerender } = JSON.parse(scripts[0]);
      expect(prerender).toContainEqual(
        expect.objectContaining({ eagerness: 'moderate', where: { and: expect.arrayContaining([{ href_matches: `${base}*` }]) } }),
      );
      // Keyboard readers: a rule for the link that has keyboard focus, "immediate", carried as a JSON data
      // block (the Nu HTML Checker does not know "immediate" yet), which hydrate.js adds as rules.
      const keyboard = /<script type="application\/json" id="speculation-rules-keyboard">([\s\S]*?)<\/script>/.exec(head)?.[1];
      expect(keyboard, 'the keyboard readers’ rule in <head>').toBeTruthy();
      expect(speculationRulesProblems(keyboard, base)).toEqual([]);
      expect(JSON.parse(keyboard).prerender).toEqual([
        expect.objectContaining({
          eagerness: 'immediate',
          where: { and: expect.arrayContaining([{ href_matches: `${base}*` }, { selector_matches: ':focus-visible' }]) },
        }),
      ]);
    });
  }
  const [withIslands] = pageKinds(dir);
  test(`once ${withIslands.name} runs script, the keyboard readers’ rule is speculation rules in <head>, word for word`, async ({ page, baseURL }) => {
    const { at } = servedAt(baseURL);
    await page.goto(at(withIslands.path));
    await waitForApp(page);
    const found = await page.evaluate(() => ({
      data: document.getElementById('speculation-rules-keyboard').textContent,
      rules: [...document.head.querySelectorAll('script[type="speculationrules"]')].map((s) => s.textContent),
    }));
    expect(found.rules).toHaveLength(2);
    expect(found.rules[1]).toBe(found.data);
  });
}

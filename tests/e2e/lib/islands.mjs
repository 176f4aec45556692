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
import { loadContent, permalink, servedAt, waitForApp, commentForm } from './app.mjs';
import { speculationRulesProblems } from './speculation.mjs';
import { settled } from './settle.mjs';

/**
 * Every page of the page's context counts the calls of the WebAssembly's island exports: `window.wasmBindings`
 * (which Trunk's loader sets and hydrate.js reads) is handed out wrapped, and each call of an export named
 * `Name_<hash>` is recorded with the island it was given (its index among the page's islands).
 */
export async function countHydrations(page) {
  await page.context().addInitScript(() => {
    const calls = [];
    window.__islandHydrations = calls;
    let wrapped;
    Object.defineProperty(window, 'wasmBindings', {
      configurable: true,
      get: () => wrapped,
      set(bindings) {
        wrapped = new Proxy(bindings, {
          get(target, name) {
            const value = target[name];
            if (typeof value !== 'function' || !/^[A-Z]\w*_\d+$/.test(String(name))) return value;
            return function (island, ...rest) {
              calls.push({ component: String(name).replace(/_\d+$/, ''), island: [...document.querySelectorAll('leptos-island')].indexOf(island) });
              return value.call(this, island, ...rest);
            };
          },
        });
      },
    });
  });
}

/** The island exports called so far on this page: [{ component: 'Contents', island: 0 }, …]. */
export const hydrations = (page) => page.evaluate(() => window.__islandHydrations);

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

/** Each island handed to its export once, and the HTML as served free of markers outside the islands. */
export function islandTests(dir) {
  const kinds = pageKinds(dir);
  /** What hydrations() must find on a page with these islands: each one, once, in page order. */
  const onceEach = (islands) => islands.map(({ component }, island) => ({ component, island }));

  test.describe('islands', () => {
    for (const k of kinds) {
      test(`${k.name}: each island hydrates exactly once per page load (${k.islands.map((i) => i.component).join(', ') || 'none'})`, async ({ page, baseURL }) => {
        const { at } = servedAt(baseURL);
        await countHydrations(page);
        for (const load of ['first load', 'reload']) {
          if (load === 'first load') await page.goto(at(k.path));
          else await page.reload();
          // Every script of the page has run and it has nothing left to load: a second hydration would have
          // happened by now.
          await settled(page);
          expect(await islandsOnPage(page), `${load}: the islands`).toEqual(k.islands.map((i) => ({ ...i, hydrated: true })));
          expect(await hydrations(page), `${load}: the exports called`).toEqual(onceEach(k.islands));
        }
        // The loader's "started" event again (a second loader, say) hydrates nothing twice. dispatchEvent runs
        // the listeners before it returns, so any export they call is recorded when evaluate resolves.
        await page.evaluate(() => dispatchEvent(new CustomEvent('TrunkApplicationStarted')));
        expect(await hydrations(page), 'after a second "started" event').toEqual(onceEach(k.islands));
      });
    }

    // hydrate.js may run before the WebAssembly has started (it then waits for the loader's event) or
    // after (it finds window.wasmBindings set): once each either way.
    const article = kinds[1];
    for (const first of ['hydrate.js', 'the wasm']) {
      test(`${article.name}: when ${first} is ready first, each island still hydrates once`, async ({ page, baseURL }) => {
        const { at } = servedAt(baseURL);
        await countHydrations(page);
        let release;
        const held = new Promise((resolve) => (release = resolve));
        await page.route(first === 'hydrate.js' ? '**/*.wasm' : '**/assets/hydrate-*.js', async (route) => {
          await held;
          await route.continue();
        });
        await page.goto(at(article.path), { waitUntil: 'commit' });
        // Until the part that is not held has run: the WebAssembly has started, or hydrate.js has run to its
        // end, which adds the keyboard readers' speculation rules to <head> (after it either hydrates or
        // waits for the loader's event).
        if (first === 'the wasm') await page.waitForFunction(() => window.wasmBindings !== undefined);
        else await page.waitForFunction(() => document.head.querySelectorAll('script[type="speculationrules"]').length === 2);
        expect(await hydrations(page), 'nothing hydrated while the other part is held').toEqual([]);
        release();
        await settled(page);
        expect(await hydrations(page)).toEqual(onceEach(article.islands));
        // And they work: the comment box takes a draft, which is there after a reload.
        await commentForm(page).comment.fill('Hydrated once, typed once.');
        await page.reload();
        await expect(commentForm(page).comment).toHaveValue('Hydrated once, typed once.');
      });
    }

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

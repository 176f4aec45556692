// The Content-Security-Policy of a build (src/prerender/csp.rs), checked from the outside: the meta tag on
// the front page, an article and the not-found page, the same policy plus frame-ancestors in `_headers`,
// nothing inline for it to refuse but the page's speculation rules (allowed by the sha256 of their exact
// text, lib/speculation.mjs), and the pages working under the header policy too. Every other test fails on
// any violation (lib/fixtures.mjs).
//
//   cspTests('tests/content/multi');                              // in a project's csp.spec.mjs
//   cspTests('tests/content/isso', { commentServer: ISSO, headers: true, loadPages: false });
import { test, expect } from './fixtures.mjs';
import { loadContent, permalink, servedAt, waitForApp, reachComments } from './app.mjs';
import { islandsOnPage } from './islands.mjs';
import { scriptHash, speculationRulesProblems } from './speculation.mjs';

/** `a b; c d` → { a: ['b'], c: ['d'] }, in order. */
export function parsePolicy(policy) {
  const out = {};
  for (const directive of policy.split(';').map((d) => d.trim()).filter(Boolean)) {
    const [name, ...sources] = directive.split(/\s+/);
    expect(out[name], `${name} appears once`).toBeUndefined();
    out[name] = sources;
  }
  return out;
}

/** The value of the one `Content-Security-Policy:` line of a `_headers` file. */
export function headerPolicy(headers) {
  const lines = headers.split('\n').filter((l) => /^\s+Content-Security-Policy:/.test(l));
  expect(lines, '_headers has one Content-Security-Policy line').toHaveLength(1);
  return lines[0].replace(/^\s+Content-Security-Policy:\s*/, '');
}

/** The origins of the images a content set shows from other sites (figures and products). */
function imageOrigins({ site, articles }) {
  const srcs = [];
  const walk = (v) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      if (v.image?.src) srcs.push(v.image.src);
      Object.values(v).forEach(walk);
    }
  };
  walk([site, articles]);
  return [...new Set(srcs.filter((s) => /^https?:\/\//i.test(s)).map((s) => new URL(s).origin))];
}

/**
 * What every page's policy must say: strict, with the comment server as the only other place to connect
 * and, as the only inline script, the speculation rules whose hashes are given.
 */
export function expectedPolicy(content, { commentServer, scriptHashes = [], styleHashes = [] } = {}) {
  return {
    'default-src': ["'none'"],
    'script-src': ["'self'", "'wasm-unsafe-eval'", ...scriptHashes],
    'style-src': ["'self'", ...styleHashes],
    'img-src': ["'self'", ...imageOrigins(content)],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...(commentServer ? [new URL(commentServer).origin] : [])],
    'manifest-src': ["'self'"],
    'form-action': ["'self'"],
    'base-uri': ["'none'"],
    'object-src': ["'none'"],
  };
}

/**
 * @param {string} dir the build's content folder
 * @param {object} [o]
 * @param {string} [o.commentServer] the comment server the build names (site.json's comment_server.isso)
 * @param {boolean} [o.headers=false] the project's server sends _headers' headers (server.mjs --headers)
 * @param {boolean} [o.loadPages=true] also run the app under the header policy (needs no outside server)
 */
export function cspTests(dir, { commentServer, headers: served = false, loadPages = true } = {}) {
  const content = loadContent(dir);
  const article = content.articles.at(-1);
  const pages = [
    ['the front page', '/'],
    [`the article ${article.slug}`, permalink(article.slug)],
    ['the not-found page', '/no-such-page/'],
  ];

  test.describe('Content-Security-Policy', () => {
    test('the meta tag on every kind of page and _headers carry the strict policy; nothing inline but the speculation rules, allowed by hash', async ({ newReader, request, baseURL }) => {
      const { base, at } = servedAt(baseURL);
      for (const value of Object.values(expectedPolicy(content, { commentServer })).flat()) {
        expect(["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'blob:']).not.toContain(value);
      }
      const headers = await request.get(at('/_headers'));
      expect(headers.ok()).toBe(true);
      const policy = headerPolicy(await headers.text());
      // A server that reads _headers sends it with every page; one like GitHub Pages sends none.
      for (const [, path] of pages) {
        const sent = (await request.get(at(path))).headers()['content-security-policy'];
        expect(sent, `${path}: the Content-Security-Policy header`).toBe(served ? policy : undefined);
      }

      // Read as the browser parsed the HTML, before any script could touch it.
      const reader = await newReader({ javaScriptEnabled: false });
      const hashes = new Set();
      const styleHashes = new Set();
      for (const [name, path] of pages) {
        await reader.goto(at(path));
        const found = await reader.evaluate(() => {
          const metas = [...document.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]')];
          const head = [...document.head.children];
          return {
            policies: metas.map((m) => m.content),
            // It must come before anything it governs.
            position: metas[0] ? head.indexOf(metas[0]) : -1,
            firstGoverned: head.findIndex((el) => ['SCRIPT', 'LINK', 'STYLE'].includes(el.tagName)),
            inlineScripts: [...document.scripts]
              .filter((s) => !s.src && !/^application\/(ld\+)?json$/.test(s.type))
              .map((s) => ({ type: s.type, inHead: s.parentElement === document.head, text: s.textContent, html: s.outerHTML.slice(0, 100) })),
            inlineStyles: [...document.querySelectorAll('[style]')].map((el) => el.outerHTML.slice(0, 100)),
            // The site's stylesheet, written into the page by the build (so it paints with its first response).
            styleElements: [...document.querySelectorAll('style')].map((el) => ({ inHead: el.parentElement === document.head, text: el.textContent })),
            handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}[${a.name}]`)),
            loader: [...document.scripts].filter((s) => s.type === 'module').map((s) => new URL(s.src).pathname),
            islands: document.querySelectorAll('leptos-island').length,
            // The rule for keyboard readers, as data: hydrate.js makes it speculation rules (see below).
            keyboard: document.getElementById('speculation-rules-keyboard')?.textContent ?? null,
          };
        });
        expect(found.policies, `${name}: one meta policy`).toHaveLength(1);
        // The one inline script: JSON speculation rules in <head>, for the site's own pages only.
        expect(found.inlineScripts.map((s) => s.html), `${name}: inline scripts`).toEqual([expect.stringMatching(/^<script type="speculationrules">/)]);
        const [rules] = found.inlineScripts;
        expect(rules.inHead, `${name}: the speculation rules are in <head>`).toBe(true);
        expect(speculationRulesProblems(rules.text, base), `${name}: the speculation rules`).toEqual([]);
        // The keyboard readers' rule comes as a JSON data block, which hydrate.js adds as speculation
        // rules once the page runs script; it too names only the site's pages.
        expect(found.keyboard, `${name}: the keyboard readers' speculation rules`).not.toBeNull();
        expect(speculationRulesProblems(found.keyboard, base), `${name}: the keyboard readers' rules`).toEqual([]);
        // Both allowed by the hash of their exact text, and by nothing broader.
        const pageHashes = [scriptHash(rules.text), scriptHash(found.keyboard)];
        for (const h of pageHashes) hashes.add(h);
        // One <style> in <head>, the site's stylesheet, allowed by the hash of its exact text.
        expect(found.styleElements.map((s) => s.inHead), `${name}: one <style>, in <head>`).toEqual([true]);
        const styleHash = scriptHash(found.styleElements[0].text);
        styleHashes.add(styleHash);
        expect(parsePolicy(found.policies[0]), `${name}: the meta policy`).toEqual(
          expectedPolicy(content, { commentServer, scriptHashes: pageHashes, styleHashes: [styleHash] }),
        );
        expect(found.position, `${name}: the policy comes before every script and stylesheet`).toBeLessThan(found.firstGoverned);
        expect(found.inlineStyles, `${name}: style attributes`).toEqual([]);
        expect(found.handlers, `${name}: event-handler attributes`).toEqual([]);
        if (found.islands === 0) {
          // Nothing to hydrate (the not-found page): no WebAssembly, no script at all.
          expect(found.loader, `${name}: module scripts on a page without islands`).toEqual([]);
        } else {
          // hydrate.js alone, a file: it fetches the islands' modules (Trunk's inline loader is left out).
          expect(found.loader, `${name}: module scripts`).toEqual([expect.stringMatching(/\/assets\/hydrate-[0-9a-f]{16}\.js$/)]);
        }
      }
      // _headers serves every page, so it allows every page's rules, by hash.
      expect(parsePolicy(policy)).toEqual({
        ...expectedPolicy(content, { commentServer, scriptHashes: [...hashes], styleHashes: [...styleHashes] }),
        'frame-ancestors': ["'none'"],
      });
    });

    if (!loadPages) return;
    test('the islands hydrate, on every kind of page, under the header policy as well as the meta tag', async ({ page, baseURL }) => {
      const { at } = servedAt(baseURL);
      const policy = headerPolicy(await (await page.request.get(at('/_headers'))).text());
      // Each page as a host that reads _headers serves it: with the policy as a response header.
      await page.route(
        (url) => url.origin === new URL(baseURL).origin,
        async (route) => {
          if (route.request().resourceType() !== 'document') return route.fallback();
          const response = await route.fetch();
          await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
        },
      );
      const served = await page.goto(at('/'));
      expect(served.headers()['content-security-policy']).toBe(policy);
      await waitForApp(page);
      await reachComments(page);
      expect(await islandsOnPage(page), 'the front page’s islands').toEqual([
        { component: 'Contents', hydrated: true },
        { component: 'CommentBox', hydrated: true },
      ]);
      if (content.articles.length > 1) {
        // Where a link leads, loaded as a page of its own with the header too. Opened by its address: a
        // pointer on the link or keyboard focus would have the browser fetch the page ahead (the speculation
        // rules), past this test's route and so without the header.
        const link = page.getByRole('region', { name: 'More articles' }).getByRole('link', { name: article.title, exact: true });
        const loaded = await page.goto(await link.evaluate((a) => a.href));
        expect(loaded.headers()['content-security-policy']).toBe(policy);
        await expect(page).toHaveURL(new RegExp(`${permalink(article.slug)}$`));
      } else {
        await page.goto(at(permalink(article.slug)));
      }
      await waitForApp(page);
      await reachComments(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
      expect(await islandsOnPage(page), 'the article’s islands').toEqual([
        { component: 'Contents', hydrated: true },
        { component: 'CommentBox', hydrated: true },
      ]);
      expect((await page.goto(at('/no-such-page/'))).status()).toBe(404);
      await waitForApp(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    });
  });
}

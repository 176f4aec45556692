// What a real browser (Debian's Chromium, through Playwright) does with Isso's cookies and CORS when a page
// on one port of 127.0.0.1/localhost calls Isso on another. Complements smoke.mjs (plain HTTP); findings in
// FACTS.md.
//
//   node tests/isso/browser-check.mjs     (needs .venv-isso and tests/e2e/node_modules: scripts/setup --isso)
//
// The page comes from a throwaway HTTP server on free ports (not 4173/4174, so this can run beside the e2e
// suite), and Isso is started with those origins as its `host` list. Exits 1 if any expectation fails.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT, freePort, startIsso, stopIsso } from './isso.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/lib/chromium.mjs';
import { check, uncaught, finish } from './checks.mjs';

const require = createRequire(path.join(ROOT, 'tests/e2e/package.json'));
const { chromium } = require('playwright-core');


// Runs in the page: create a comment, then try to edit it with the cookie the browser kept (if any).
async function createThenEdit(page, isso, { createCredentials = 'include', uri }) {
  return page.evaluate(
    async ({ isso, createCredentials, uri }) => {
      const out = {};
      const res = await fetch(`${isso}/new?uri=${encodeURIComponent(uri)}`, {
        method: 'POST',
        credentials: createCredentials,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: 'From the browser', author: 'Browser', title: 'Browser check' }),
      });
      const body = await res.json();
      out.create = res.status;
      out.id = body.id;
      out.xSetCookie = res.headers.get('X-Set-Cookie');
      out.setCookieVisible = res.headers.get('Set-Cookie');
      out.documentCookie = document.cookie;
      const put = await fetch(`${isso}/id/${body.id}`, {
        method: 'PUT',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: 'Edited in the browser' }),
      });
      out.edit = put.status;
      return out;
    },
    { isso, createCredentials, uri },
  );
}

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: CHROMIUM_ARGS,
});
const html = '<!doctype html><html lang="en"><title>page</title><p>test page</p></html>';
// Listens on :: (IPv6 and IPv4), so both http://127.0.0.1:P and http://localhost:P reach it.
async function pageServer() {
  const port = await freePort();
  const server = createServer((req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(html));
  await new Promise((resolve) => server.listen(port, '::', resolve));
  return { port, server };
}
const site = await pageServer(); // listed in Isso's host
const stranger = await pageServer(); // not listed
const isso = await startIsso({ guard: false, hosts: [`http://127.0.0.1:${site.port}`, `http://localhost:${site.port}`] });
const issoLocalhost = isso.url.replace('127.0.0.1', 'localhost'); // same server, other host name

async function pageAt(origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/articles/x/`);
  return { context, page };
}

try {
  {
    const { context, page } = await pageAt(`http://127.0.0.1:${site.port}`);
    const r = await createThenEdit(page, isso.url, { uri: '/b/1/' });
    console.log('     page 127.0.0.1:SITE → isso 127.0.0.1:PORT, credentials include:', JSON.stringify(r));
    check('same host, other port (same-site): create 201, the SameSite=Lax cookie is kept and sent → PUT 200', r.create === 201 && r.edit === 200);
    check('X-Set-Cookie is readable from JS (exposed); Set-Cookie is not', r.xSetCookie?.startsWith(`isso-${r.id}=`) && r.setCookieVisible === null);
    check('document.cookie of the page shows Isso\'s cookie (cookies ignore ports; not HttpOnly)', r.documentCookie.includes(`${r.id}=`), r.documentCookie);
    const cookies = await context.cookies();
    console.log('     cookie jar:', JSON.stringify(cookies.map(({ name, domain, path, sameSite, httpOnly, secure, expires }) => ({ name, domain, path, sameSite, httpOnly, secure, expires: Math.round(expires - Date.now() / 1000) }))));

    const r2 = await createThenEdit(page, isso.url, { uri: '/b/2/', createCredentials: 'same-origin' });
    console.log('     create WITHOUT credentials:include, edit with it:', JSON.stringify(r2));
    check('a create sent without credentials:"include" stores no cookie → PUT 403', r2.create === 201 && r2.edit === 403);

    const plain = await page.evaluate(async (isso) => {
      const res = await fetch(`${isso}/new?uri=/b/3/`, { method: 'POST', credentials: 'include', body: JSON.stringify({ text: 'text plain body', title: 't' }) });
      return { status: res.status, body: await res.text() };
    }, isso.url);
    console.log('     fetch with a string body and no Content-Type (browser sends text/plain):', JSON.stringify(plain));
    check('string body without Content-Type → 403 (readable: CORS headers are on errors too)', plain.status === 403);

    const listed = await page.evaluate(async (isso) => (await fetch(`${isso}/?uri=/b/1/`, { credentials: 'include' })).status, isso.url);
    check('GET /?uri with credentials include → 200', listed === 200);
    await context.close();
  }
  {
    const { context, page } = await pageAt(`http://localhost:${site.port}`);
    const r = await createThenEdit(page, isso.url, { uri: '/b/4/' });
    console.log('     page localhost:SITE → isso 127.0.0.1:PORT:', JSON.stringify(r));
    check('localhost page → 127.0.0.1 Isso (cross-site): create 201 but the Lax cookie is refused → PUT 403', r.create === 201 && r.edit === 403);
    const r2 = await createThenEdit(page, issoLocalhost, { uri: '/b/5/' });
    console.log('     page localhost:SITE → isso localhost:PORT:', JSON.stringify(r2));
    check('localhost page → localhost Isso (same-site): PUT 200', r2.create === 201 && r2.edit === 200);
    await context.close();
  }
  {
    const { context, page } = await pageAt(`http://127.0.0.1:${stranger.port}`);
    const messages = [];
    page.on('console', (m) => messages.push(m.text()));
    const r = await page.evaluate(async (isso) => {
      try {
        const res = await fetch(`${isso}/?uri=/b/1/`, { credentials: 'include' });
        return `status ${res.status}`;
      } catch (e) {
        return `${e.name}: ${e.message}`;
      }
    }, isso.url);
    console.log('     page on an unlisted origin (127.0.0.1:OTHER):', r, JSON.stringify(messages[0] ?? ''));
    check('an origin missing from [general] host cannot read responses (fetch rejects with TypeError)', r.startsWith('TypeError') && messages.some((m) => m.includes('Access-Control-Allow-Origin')));
    await context.close();
  }
  {
    // A page faked with Playwright's route.fulfill has no IP address, so Chromium treats it as public and its
    // Local Network Access check blocks requests to 127.0.0.1 before CORS.
    const context = await browser.newContext();
    await context.route(`http://127.0.0.1:${site.port}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
    const page = await context.newPage();
    const messages = [];
    page.on('console', (m) => messages.push(m.text()));
    await page.goto(`http://127.0.0.1:${site.port}/articles/x/`);
    const r = await page.evaluate(async (isso) => {
      try {
        return `status ${(await fetch(`${isso}/info`)).status}`;
      } catch (e) {
        return `${e.name}: ${e.message}`;
      }
    }, isso.url);
    console.log('     page faked with route.fulfill:', r, JSON.stringify(messages.find((m) => m.includes('address space')) ?? ''));
    check('a route.fulfill()ed page cannot reach Isso on 127.0.0.1 (Local Network Access: "loopback address space")', r.startsWith('TypeError') && messages.some((m) => m.includes('`loopback` address space')));
    await context.close();
  }
} catch (e) {
  uncaught(e);
} finally {
  await browser.close();
  await stopIsso(isso);
  site.server.close();
  stranger.server.close();
}
finish();

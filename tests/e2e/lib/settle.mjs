// "The page has done what it does by itself", for a test that then checks that something did NOT happen (no
// request made, no payload run, no layout shift, no second hydration). No stretch of time stands for it, and
// never `networkidle` (a 500 ms quiet window): the page has fired its load event, its islands have hydrated (those it loads by itself; see waitForApp),
// every request it started has ended (answered, failed or cancelled), and it has then rendered two frames
// with nothing new in flight. By then the late work of a page load has been done: lazy images in view
// requested, the islands' effects run, an injected `<img src=x onerror>` answered and its error event fired,
// autofocus and `<details ontoggle>` handled, speculation candidates found.
//
//   await settled(page);
//   expect(requests, 'no JSON fetched').toEqual([]);
//
// A page opened with JavaScript off runs no scripts and no frame callbacks, and loads every image eagerly
// (lazy loading needs scripting), so its load event and its requests are all there is to wait for.
// Not for a page whose clock a test drives (page.clock fakes requestAnimationFrame): run its clock instead.
//
// Every page of a test's context is tracked from its first request (lib/fixtures.mjs calls trackRequests).
import { expect } from '@playwright/test';
import { waitForApp } from './app.mjs';

const trackers = new WeakMap();

/** Records the requests `page` has in flight, from now on. */
export function trackRequests(page) {
  if (trackers.has(page)) return;
  const inFlight = new Set();
  const ended = (request) => inFlight.delete(request);
  page.on('request', (request) => {
    // A redirect ends the request it answers and starts this one.
    const from = request.redirectedFrom();
    if (from) ended(from);
    inFlight.add(request);
  });
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  trackers.set(page, inFlight);
}

/** Tracks every page of `context`, those open now and those opened later. */
export function trackContext(context) {
  for (const page of context.pages()) trackRequests(page);
  context.on('page', trackRequests);
}

/** The requests `page` has started and that have not ended, as "METHOD url". */
export function requestsInFlight(page) {
  const inFlight = trackers.get(page);
  if (!inFlight) throw new Error(`requests of ${page.url()} are not tracked: open the page in the test's own context or a newReader`);
  return [...inFlight].map((r) => `${r.method()} ${r.url()}`);
}

/** Whether the page runs script (Playwright's evaluate runs either way). */
const runsScript = (page) =>
  page.evaluate(() => {
    // A fragment parser parses <noscript> content as markup only when scripting is off.
    const probe = document.createElement('noscript');
    probe.innerHTML = '<i></i>';
    return probe.childElementCount === 0;
  });

/** Resolves once the page has rendered two more frames. */
export const twoFrames = (page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));

/**
 * Resolves once `page` has done what it does by itself (see above): loaded, hydrated, no request in flight,
 * and two frames rendered since with none started. A request that never ends (a route the test holds) keeps
 * it waiting, and the test's time-out then names it.
 */
export async function settled(page) {
  await page.waitForLoadState('load');
  const script = await runsScript(page);
  for (;;) {
    // An island whose module was asked for late (the comment box, once near the viewport) hydrates here.
    if (script) await waitForApp(page);
    await expect
      .poll(() => requestsInFlight(page), { message: `requests of ${page.url()} still in flight`, timeout: 0, intervals: [10, 25, 50, 100] })
      .toEqual([]);
    if (!script) return;
    await twoFrames(page);
    if (requestsInFlight(page).length === 0 && (await islandsSteady(page))) return;
  }
}

/** No island is between being asked for (`data-hydrating`) and hydrated. */
const islandsSteady = (page) =>
  page.evaluate(() => [...document.querySelectorAll('leptos-island[data-hydrating]')].every((island) => island.hasAttribute('data-hydrated')));

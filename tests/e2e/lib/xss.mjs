// The XSS corpus (tests/xss/payloads.json) in the browser: a trap that notices any payload running, and a scan
// of the document for anything that could run script. Used by the seed (comment form), isso (comments from
// Isso) and xss (hostile content) projects.
//
//   const hits = await trapXss(page);      // before the first page load
//   … load pages with payloads …
//   await expectNoXss(page, hits);          // nothing ran, and nothing in the DOM could
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import { REPO } from './app.mjs';
import { scriptHash, scriptSources, speculationRulesProblems } from './speculation.mjs';
import { settled } from './settle.mjs';

export const CORPUS = JSON.parse(readFileSync(path.join(REPO, 'tests/xss/payloads.json'), 'utf8'));

/**
 * Every page of the page's context gets `window.__xss(id)`, which every payload calls if it ever runs
 * (frames call their parent's); alert, confirm and prompt dialogs are recorded and dismissed. Resolves to
 * the list the hits land in, which survives navigations.
 */
export async function trapXss(page) {
  const hits = [];
  const context = page.context();
  await context.exposeBinding('__xssHit', ({ page: p }, id) => hits.push(`__xss(${id}) on ${p?.url()}`));
  await context.addInitScript(() => {
    window.__xss = (id) => window.__xssHit(String(id));
  });
  const onDialog = (d) => {
    hits.push(`${d.type()}(${d.message()}) on ${d.page()?.url()}`);
    d.dismiss().catch(() => {});
  };
  for (const p of context.pages()) p.on('dialog', onDialog);
  context.on('page', (p) => p.on('dialog', onDialog));
  return hits;
}

/**
 * Everything in the document that could run script: `on…` attributes, `javascript:`/`vbscript:`/`data:`
 * addresses in any spelling (as written, and as the browser resolves them), `srcdoc` and `style` attributes,
 * and elements that run or embed things (any script but JSON data and the site's own files, frames, objects,
 * SVG, MathML, `<base>`, `<template>`, a refresh). Inline scripts accepted: the page's own
 * `<script type="speculationrules">` in <head>, and the copy hydrate.js makes of the keyboard readers' rule
 * (the JSON data block `#speculation-rules-keyboard`, the same text exactly) — JSON speculation rules for the
 * site's pages, each allowed by the page's Content-Security-Policy (its meta tag) by the sha256 of its text.
 */
export async function scriptRisks(page) {
  const { risks, speculation, policies, prefix, keyboard } = await page.evaluate(() => {
    const risks = [];
    const speculation = [];
    const where = (el) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> in ${el.parentElement?.closest('[id]')?.id ?? 'the document'}`;
    const badScheme = /^(javascript|vbscript|data):/;
    const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'cite', 'ping', 'srcset'];
    for (const el of document.querySelectorAll('*')) {
      for (const { name, value } of el.attributes) {
        if (/^on/i.test(name)) risks.push(`${where(el)} has ${name}="${value}"`);
        if (name === 'srcdoc' || name === 'style') risks.push(`${where(el)} has ${name}="${value}"`);
        if (!URL_ATTRS.includes(name.toLowerCase())) continue;
        // As written (less whitespace and control characters, which browsers skip) and as resolved.
        const written = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
        let resolved = '';
        try {
          resolved = new URL(value, document.baseURI).protocol;
        } catch {}
        if (badScheme.test(written) || badScheme.test(resolved)) risks.push(`${where(el)} has ${name}="${value}"`);
      }
      const tag = el.tagName.toLowerCase();
      if (tag === 'script') {
        const data = /^application\/(ld\+)?json$/.test(el.type);
        const own = el.src && new URL(el.src).origin === location.origin && /\/assets\/[^/]+\.js$/.test(new URL(el.src).pathname);
        if (el.type === 'speculationrules' && !el.src) speculation.push({ text: el.textContent, inHead: el.parentElement === document.head, html: el.outerHTML.slice(0, 120) });
        else if (!data && !own) risks.push(`${where(el)}: ${el.outerHTML.slice(0, 120)}`);
      }
      if (['iframe', 'frame', 'object', 'embed', 'svg', 'math', 'base', 'template', 'applet'].includes(tag) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') {
        risks.push(`${where(el)} is a <${tag}> (${el.namespaceURI})`);
      }
      if (tag === 'meta' && /refresh/i.test(el.httpEquiv)) risks.push(`${where(el)}: a refresh`);
    }
    const policies = [...document.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]')].map((m) => m.content);
    // The site's prefix: where its own print stylesheet is served from (`/assets/…` under `/` or `/harbour/`).
    const sheet = document.querySelector('link[rel="stylesheet"][href*="/assets/"]');
    const prefix = sheet ? new URL(sheet.href).pathname.replace(/assets\/[^/]*$/, '') : '/';
    const keyboard = document.getElementById('speculation-rules-keyboard')?.textContent ?? null;
    return { risks, speculation, policies, prefix, keyboard };
  });
  // The page's own rules, and at most the copy of the keyboard readers' rule, word for word.
  const [, ...added] = speculation;
  if (added.length > 1 || added.some((s) => s.text !== keyboard)) {
    risks.push(`speculation rules scripts other than the page's own: ${speculation.map((s) => s.html).join(' | ')}`);
  }
  for (const rules of speculation) {
    if (!rules.inHead) risks.push(`speculation rules outside <head>: ${rules.html}`);
    const problems = speculationRulesProblems(rules.text, prefix);
    if (problems.length) risks.push(`speculation rules that are not the site's: ${problems.join('; ')}: ${rules.html}`);
    if (policies.length !== 1 || !scriptSources(policies[0]).includes(scriptHash(rules.text))) {
      risks.push(`speculation rules the page's Content-Security-Policy does not allow by hash: ${rules.html}`);
    }
  }
  return risks;
}

/**
 * Nothing ran, and nothing in the document could. First waits until the page has done what it does by
 * itself (lib/settle.mjs): an injected `<img src=x onerror>` has then been answered and its error event
 * fired, autofocus and `<details ontoggle>` handled.
 */
export async function expectNoXss(page, hits, label = page.url()) {
  await settled(page);
  expect(await scriptRisks(page), `${label}: markup that could run script`).toEqual([]);
  expect(hits, `${label}: payloads that ran`).toEqual([]);
}

/**
 * The text of an element as typed: line breaks (`<br>`) as "\n", paragraphs separated by a blank line.
 * (innerText would collapse the tabs and runs of spaces that CSS collapses.)
 */
export const typedText = (locator) =>
  locator.evaluate((el) => {
    const clone = el.cloneNode(true);
    for (const br of clone.querySelectorAll('br')) br.replaceWith('\n');
    const paragraphs = clone.querySelectorAll('p');
    return paragraphs.length ? [...paragraphs].map((p) => p.textContent).join('\n\n') : clone.textContent;
  });

// A content set made of the XSS corpus (payloads.json), for the `xss` build (dist-xss/) and its browser
// tests (tests/e2e/xss/): one article per markup payload, holding that payload in every text field (title,
// standfirst, summary, author, headings, paragraphs and every kind of span, list items, quote and cite,
// figure alt and caption, comment authors and texts), and a site whose name, tagline, footer, link labels,
// widget titles, product names, excerpts and image alts are payloads too. Every address is one of the
// corpus's hostile-but-valid ones (the content check refuses the others: tests/xss.rs).
//
//   node tests/xss/hostile-content.mjs <folder>     writes <folder>/site.json, articles/*.json, images/
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const CORPUS = JSON.parse(readFileSync(path.join(HERE, 'payloads.json'), 'utf8'));

/** The one image every figure and product shows: a same-site file, so nothing leaves the test server. */
export const IMAGE = '/content/images/pixel.svg';
const PIXEL = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="#888"/></svg>\n';

/** The article slug for a markup payload. */
export const slugOf = (payload) => `xss-${payload.id}`;

/** Web addresses from the corpus (a comment's website must be one), and every valid address. */
const inert = CORPUS.inert_links.map((l) => l.url);
const webAddress = (i) => {
  const web = inert.filter((u) => /^https?:\/\//.test(u));
  return web[i % web.length];
};
const address = (i) => inert[i % inert.length];

function article({ id, payload: t }, i) {
  const link = (n) => ({ link: { text: t, href: address(i + n) } });
  const inline = (n) => [t, { em: t }, { strong: [t, { em: [t, link(n)] }] }, { code: t }, link(n + 1)];
  // Newest first is the corpus order; the day of the year keeps every date valid.
  const day = new Date(Date.UTC(2025, 0, 1) + (400 - i) * 86_400_000).toISOString().slice(0, 10);
  return {
    slug: slugOf({ id }),
    title: t,
    standfirst: t,
    summary: t,
    published: day,
    author: t,
    sections: [
      {
        heading: t,
        blocks: [
          { paragraph: inline(0) },
          { subheading: t },
          { list: { ordered: false, items: [t, inline(2)] } },
          { list: { ordered: true, items: [inline(4)] } },
          { quote: { text: inline(6), cite: t } },
          { figure: { image: { src: IMAGE, alt: t, width: 10, height: 10 }, caption: inline(8) } },
        ],
      },
      { heading: t, blocks: [{ paragraph: t }] },
    ],
    comments: [
      { id: 'c1', author: t, website: webAddress(i), date: day, text: t },
      { id: 'c2', parent: 'c1', author: t, date: day, text: `${t}\n\n${t}\n${t}` },
    ],
  };
}

/** The site, with payloads spread over its text fields (each field gets a different one). */
export function hostileSite() {
  const m = CORPUS.markup.map((p) => p.payload);
  return {
    name: m[0],
    url: 'http://127.0.0.1:4177/',
    tagline: m[1],
    language: 'en',
    links: [{ label: 'Home', href: '/' }, ...inert.map((href, i) => ({ label: m[(i + 2) % m.length], href }))],
    footer: m[2],
    // Every article on the front page's list, so the browser tests reach each one by its link there.
    per_page: 1000,
    sidebar: [
      { visitor_counter: { title: m[3], today: 1, total: 2 } },
      {
        product_list: {
          title: m[4],
          products: m.map((name, i) => ({
            name,
            href: address(i),
            excerpt: m[(i + 1) % m.length],
            ...(i % 8 === 0 ? { image: { src: IMAGE, alt: name, width: 10, height: 10 } } : {}),
          })),
        },
      },
    ],
  };
}

export const hostileArticles = () => CORPUS.markup.map(article);

function write(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'articles'), { recursive: true });
  mkdirSync(path.join(dir, 'images'), { recursive: true });
  const json = (v) => `${JSON.stringify(v, null, 2)}\n`;
  writeFileSync(path.join(dir, 'site.json'), json(hostileSite()));
  for (const a of hostileArticles()) writeFileSync(path.join(dir, 'articles', `${a.slug}.json`), json(a));
  writeFileSync(path.join(dir, 'images', 'pixel.svg'), PIXEL);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node tests/xss/hostile-content.mjs <folder>');
    process.exit(2);
  }
  write(path.resolve(dir));
  console.log(`hostile-content: ${hostileArticles().length} articles in ${dir}`);
}

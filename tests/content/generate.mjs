// A content folder of N made-up articles, for measuring how the build and the download grow with the
// size of a site (tests/size/budget.mjs compares a 1-article and a 1,000-article build). Modelled on
// tests/content/multi: a site with links and sidebar widgets; articles with several sections, paragraphs
// with emphasis, strong text, code and links (to other generated articles, to a section of the same
// article, to the web), subheadings, ordered and unordered lists, a quote, now and then a figure, and
// comments with replies; dates spread over five years, some with a time and an offset, some updated.
//
//   node tests/content/generate.mjs N OUT_DIR          writes OUT_DIR/site.json, articles/*.json, images/
//   node tests/content/generate.mjs --long N OUT_DIR   the same, every article ~900 words in 4 sections
//                                                      with 6 comments (the scale benchmark's articles)
//
// Deterministic: the same N always gives the same files (a seeded generator, no clock, no Math.random).
// Article i is drawn from its own seed, so it only depends on N through the articles it links to.
// OUT_DIR is emptied first. Check the result with `cargo run --bin check-content -- OUT_DIR`.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** mulberry32: a small seeded generator, so every run draws the same "random" choices. */
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)); // lo..hi inclusive
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  const chance = (p) => next() < p;
  return { int, pick, chance };
}

const CATEGORIES = ['Harbour', 'Council', 'Events', 'People', 'Weather', 'Business'];
const TAGS = ['breakwater', 'storms', 'lifeboat', 'festival', 'budget', 'fishing', 'schools', 'ferries', 'planning', 'tourism', 'roads', 'history'];
const PLACES = ['Port Alder', 'Gull Rock', 'the North Quay', 'Carn Brea', 'Mevagissey Road', 'the Old Market', 'St Elwyn', 'Penhallow Cove', 'the Fish Quay', 'Trevose Hill', 'the Lighthouse Steps', 'Harbour Street'];
const SUBJECTS = ['Council', 'Lifeboat Crew', 'Harbour Board', 'Fishermen’s Association', 'School Governors', 'Rowing Club', 'Chamber of Trade', 'Parish Choir', 'Museum Trust', 'Ferry Company', 'Allotment Society', 'Coastguard'];
const VERBS = ['Approves', 'Rejects', 'Delays', 'Celebrates', 'Reviews', 'Funds', 'Opens', 'Closes', 'Rebuilds', 'Questions', 'Welcomes', 'Restores'];
const OBJECTS = ['New Slipway', 'Winter Timetable', 'Breakwater Survey', 'Summer Regatta', 'Tide Gauge', 'Car Park Charges', 'Fish Market Roof', 'Footpath Repairs', 'Harbour Dues', 'Festival Budget', 'Sea Wall Plan', 'Library Hours'];
const PEOPLE = ['Ruth Penhallow', 'Ben Carlyon', 'Élodie Marchand-Sørensen', 'Tom Hext', 'Margaret Pengelly', 'Kerensa Nance', 'Peter Hosking', 'Janet Rowe', 'Marcus Jago', 'Anaïs Le Goff', 'Youssef El Amrani', 'Oksana Kovalenko'];
const HEADINGS = ['What Was Decided', 'Background', 'Who Pays', 'What Happens Next', 'Reaction on the Quay', 'The Numbers', 'A Long Argument', 'Timetable', 'What Residents Say', 'The Case Against', 'History of the Site', 'How to Have Your Say', 'Weather Permitting', 'Lessons From Last Year'];
const SENTENCES = [
  'The decision was taken after a long evening of debate in a packed chamber.',
  'Officers said the work could not wait for another winter.',
  'Several residents asked why the plans had not been published sooner.',
  'The harbour master said the tides would decide the timetable as much as the council.',
  'Fishermen welcomed the news but warned that the summer would be hard.',
  'A public exhibition will be held at the Seamen’s Institute next month.',
  'The figures were checked against last year’s accounts before the vote.',
  'Nobody spoke against the proposal when it was put to the meeting.',
  'Two councillors abstained, saying they needed more time to read the report.',
  'The work is expected to take most of the season, weather permitting.',
  'Volunteers have already offered to help with the clearing.',
  'The last time the question came up, in 1998, the answer was no.',
  'Shops on the quay say trade has been slow since the storms.',
  'The committee will meet again in the spring to review progress.',
];
const QUOTES = [
  'We have waited a long time for this, and we will hold them to their dates.',
  'The sea does not read the council’s minutes.',
  'It is the right decision, made about ten years too late.',
  'If it costs us a summer, so be it — but the town needs it.',
  'Listen to the people who work on the water every day.',
];
const COMMENTS = [
  'About time. My grandfather said the same thing fifty years ago.',
  'Does anyone know whether the footpath will stay open during the works?',
  'Thanks for the clear write-up.\n\nThe table of costs was especially useful.',
  'I was at the meeting and it was even livelier than this suggests.',
  'Will the car park be affected?\nAsking for the Saturday market traders.',
  'Good news for the town, at last.',
];
const REPLIES = ['Yes, according to the council’s notice.', 'Same question here.', 'Agreed!', 'It was packed — standing room only.', 'We have asked the council and will update the article.'];
const CODES = ['PA25/00113/HBR', 'HB-2024-07', 'ref. 4471', 'PLN/88/2025'];
const WEBSITES = ['https://www.pengelly-boatyard.example', 'https://harbourledger.example', 'https://olena-ceramics.example'];
const IMAGES = [
  { file: 'quay.svg', width: 640, height: 360, fill: '#4a7a9c', alt: 'Boats moored along the quay at low tide' },
  { file: 'meeting.svg', width: 600, height: 400, fill: '#9c7a4a', alt: 'Residents seated in rows at a public meeting' },
  { file: 'headland.svg', width: 800, height: 450, fill: '#5c8a5a', alt: 'The headland and its lighthouse seen from the beach' },
];

const title = (r) => `${r.pick(PLACES)} ${r.pick(SUBJECTS)} ${r.pick(VERBS)} ${r.pick(OBJECTS)}`;
const slugify = (s) => s.toLowerCase().replace(/[’']/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
/** Article i's headline: the first draws from its seed. */
const titleOf = (i) => title(rng(1000 + i));
/** Slugs carry the article's number, so they are unique however the titles repeat. */
const slugFor = (i) => `${slugify(titleOf(i))}-${String(i + 1).padStart(4, '0')}`;
const pad = (n) => String(n).padStart(2, '0');

/** Article i's publication date, one every ~1.8 days going back from 2025-06-30, in one of three forms
 *  (a day; a day and time in UTC; a day and time at +01:00), and the instant it stands for. */
function published(i, r) {
  const d = new Date(Date.UTC(2025, 5, 30) - Math.floor(i * 1.8 * 86_400_000));
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const [hours, minutes] = [r.int(6, 21), r.int(0, 59)];
  const time = `${pad(hours)}:${pad(minutes)}:00`;
  switch (i % 3) {
    case 0:
      return { value: day, at: d.getTime() };
    case 1:
      return { value: `${day}T${time}Z`, at: d.getTime() + (hours * 60 + minutes) * 60_000 };
    default:
      return { value: `${day}T${time}+01:00`, at: d.getTime() + ((hours - 1) * 60 + minutes) * 60_000 };
  }
}
/** A time 1 to 72 hours after the instant `at`, in UTC. */
const later = (at, r) => {
  const d = new Date(at + r.int(1, 72) * 3_600_000 + r.int(0, 59) * 60_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00Z`;
};

/** A paragraph's spans: sentences with emphasis, strong text, now and then code, and the links given. */
function paragraph(r, links) {
  const parts = []; // each a sentence's spans; joined with spaces
  const n = r.int(2, 5);
  for (let s = 0; s < n; s++) {
    const sentence = r.pick(SENTENCES);
    const mark = r.int(0, 5);
    if (mark === 0) parts.push([{ em: sentence }]);
    else if (mark === 1) parts.push([{ strong: sentence }]);
    else if (mark === 2) parts.push([{ strong: [sentence.slice(0, -1), { em: ', they said' }] }, '.']);
    else parts.push([sentence]);
  }
  if (r.chance(0.2)) parts.push(['The reference is ', { code: r.pick(CODES) }, '.']);
  for (const link of links) parts.push(['See ', { link }, '.']);
  return parts.flatMap((spans, k) => (k === 0 ? spans : [' ', ...spans]));
}

/** Up to `count` different headings in an order drawn from r. */
function headingsFor(r, count) {
  const pool = [...HEADINGS];
  for (let k = pool.length - 1; k > 0; k--) {
    const j = r.int(0, k);
    [pool[k], pool[j]] = [pool[j], pool[k]];
  }
  return pool.slice(0, count);
}

/** How many words a paragraph's spans hold. */
const wordsIn = (spans) =>
  (Array.isArray(spans) ? spans : [spans])
    .map((x) => (typeof x === 'string' ? x : JSON.stringify(Object.values(x))))
    .join(' ')
    .split(/\s+/)
    .filter((w) => /\w/.test(w)).length;

/** Article i of n. `shape` ({sections, words, comments}) fixes the article's size, as the benchmark's
 * sites of 100 to 10,000 articles need; without it the size varies (3-6 sections, 0-6 comments). */
function article(i, n, slugs, shape) {
  const r = rng(1000 + i);
  const headline = title(r);
  const { value: date, at: when } = published(i, r);
  const linkTo = (k) => ({ text: titleOf((i + k) % n), href: `/articles/${slugs[(i + k) % n]}` });
  const count = shape ? shape.sections : r.int(3, 6);
  const headings = headingsFor(r, count);
  // Now and then two sections share a heading, as in tests/content/multi: the build numbers their ids.
  if (i % 10 === 9) headings[count - 1] = headings[0];
  const sections = [];
  for (let s = 0; s < count; s++) {
    const heading = headings[s];
    // Every third article gives its second section an explicit id, which a later paragraph links to.
    const section = { heading, blocks: [] };
    if (s === 1 && i % 3 === 0) section.id = `part-${s + 1}`;
    const links = [];
    if (n > 1 && s === 0) links.push(linkTo(1));
    if (n > 2 && s === count - 1) links.push(linkTo(r.int(2, Math.min(n - 1, 50))));
    if (s === 2 && i % 3 === 0) links.push({ text: 'the section above', href: '#part-2' });
    if (s === 1) links.push({ text: 'the council’s notice', href: `https://planning.portalder.example/notices/${i + 1}` });
    section.blocks.push({ paragraph: paragraph(r, links) });
    if (r.chance(0.4)) section.blocks.push({ subheading: r.pick(OBJECTS) });
    if (s === 1) section.blocks.push({ list: { items: [r.pick(SENTENCES), [{ strong: '£1.2m' }, ' from reserves'], r.pick(SENTENCES)] } });
    if (s === 2) section.blocks.push({ list: { ordered: true, items: ['May: work starts', ['June: ', { em: 'the quay closes' }], 'September: work ends'] } });
    if (s === count - 1) section.blocks.push({ quote: { text: r.pick(QUOTES), ...(r.chance(0.7) ? { cite: r.pick(PEOPLE) } : {}) } });
    if (s === 0 && i % 4 === 0) {
      const img = IMAGES[i % IMAGES.length];
      section.blocks.push({
        figure: {
          image: { src: `/content/images/${img.file}`, alt: img.alt, width: img.width, height: img.height },
          ...(r.chance(0.6) ? { caption: [{ em: 'Picture: Ledger staff.' }, ' ', r.pick(SENTENCES)] } : {}),
        },
      });
    }
    if (r.chance(0.5)) section.blocks.push({ paragraph: r.pick(SENTENCES) });
    sections.push(section);
  }
  if (shape) {
    // Longer sections, a paragraph at a time, until the article has its words.
    let words = sections.flatMap((s) => s.blocks).reduce((sum, b) => sum + wordsIn(Object.values(b)[0]), 0);
    for (let k = 0; words < shape.words; k++) {
      const spans = paragraph(r, []);
      sections[k % count].blocks.push({ paragraph: spans });
      words += wordsIn(spans);
    }
  }
  const comments = [];
  const howMany = shape ? shape.comments : i % 5 === 4 ? 0 : r.int(1, 6);
  for (let c = 0; c < howMany; c++) {
    const reply = c > 0 && r.chance(0.5);
    comments.push({
      id: `c${c + 1}`,
      ...(reply ? { parent: `c${r.int(1, c)}` } : {}),
      author: r.pick(PEOPLE),
      ...(r.chance(0.3) ? { website: r.pick(WEBSITES) } : {}),
      date: later(when, r),
      text: reply ? r.pick(REPLIES) : r.pick(COMMENTS),
    });
  }
  // One or two categories and up to three tags, drawn last so the rest of the article stays as it was.
  const distinct = (pool, count) => [...new Set(Array.from({ length: count }, () => r.pick(pool)))];
  const categories = distinct(CATEGORIES, r.int(1, 2));
  const tags = distinct(TAGS, r.int(0, 3));
  return {
    slug: slugs[i],
    title: headline,
    standfirst: `${r.pick(SENTENCES)} ${r.pick(SENTENCES)}`,
    ...(i % 2 === 0 ? { summary: r.pick(SENTENCES) } : {}),
    published: date,
    ...(i % 7 === 3 ? { updated: later(when, r) } : {}),
    author: r.pick(PEOPLE),
    categories,
    ...(tags.length ? { tags } : {}),
    sections,
    ...(i % 6 === 5 ? { comments_open: false } : {}),
    comments,
  };
}

function site(n) {
  return {
    name: 'The Generated Ledger',
    url: 'https://generated-ledger.example/',
    tagline: `${n.toLocaleString('en-GB')} made-up articles for measuring the build`,
    language: 'en-GB',
    links: [
      { label: 'Front page', href: '/' },
      { label: 'Tide tables', href: 'https://tides.harbourledger.example/port-alder' },
      { label: 'Contact', href: 'mailto:newsroom@harbourledger.example' },
    ],
    footer: '© 2025 The Generated Ledger. Every article here is made up.',
    sidebar: [
      { search: {} },
      { recent_articles: { n: 5 } },
      {
        product_list: {
          title: 'From the shop',
          products: [
            { name: 'Tide Almanac', href: 'https://shop.harbourledger.example/almanac', image: { src: '/content/images/quay.svg', alt: 'Cover of the tide almanac', width: 120, height: 160 }, excerpt: 'Every high and low water for the year.' },
            { name: 'Canvas tote' },
          ],
        },
      },
      { visitor_counter: { title: 'Readers', today: 321, total: 654_321 } },
      { categories: {} },
      { archives: {} },
    ],
  };
}

/** The benchmark's article (issue 13): about 900 words in 4 sections, and 6 comments. */
export const LONG = { sections: 4, words: 900, comments: 6 };

const svg = ({ width, height, fill }) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="${width}" height="${height}" fill="${fill}"/></svg>\n`;

export function generate(n, dir, shape) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'articles'), { recursive: true });
  mkdirSync(path.join(dir, 'images'), { recursive: true });
  const json = (v) => `${JSON.stringify(v, null, 2)}\n`;
  writeFileSync(path.join(dir, 'site.json'), json(site(n)));
  const slugs = Array.from({ length: n }, (_, i) => slugFor(i));
  for (let i = 0; i < n; i++) writeFileSync(path.join(dir, 'articles', `${slugs[i]}.json`), json(article(i, n, slugs, shape)));
  for (const img of IMAGES) writeFileSync(path.join(dir, 'images', img.file), svg(img));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const long = args.includes('--long');
  const [count, dir] = args.filter((a) => a !== '--long');
  const n = Number(count);
  if (!Number.isInteger(n) || n < 1 || !dir) {
    console.error('usage: node tests/content/generate.mjs [--long] N OUT_DIR   (N ≥ 1 articles)');
    process.exit(2);
  }
  generate(n, path.resolve(dir), long ? LONG : undefined);
  console.log(`generate: ${n} article${n === 1 ? '' : 's'} in ${dir}`);
}

// Reading the content JSON the way a reader should see it rendered: plain text of inline runs, dates as
// "24 December 2024", and the sequence of blocks each section should show.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2024-12-24…` → `24 December 2024` (the calendar date as written, whatever the time or offset). */
export function humanDate(iso) {
  const [, y, m, d] = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** Inline content (a string, an array of runs, or {strong|em|code|link}) as plain text. */
export function plain(inline) {
  if (typeof inline === 'string') return inline;
  if (Array.isArray(inline)) return inline.map(plain).join('');
  if ('strong' in inline) return plain(inline.strong);
  if ('em' in inline) return plain(inline.em);
  if ('code' in inline) return inline.code;
  if ('link' in inline) return plain(inline.link.text);
  throw new Error(`unknown inline ${JSON.stringify(inline)}`);
}

/** How many strong/em/code/link runs an inline value holds, nested ones included. */
export function countMarks(inline, counts = { strong: 0, em: 0, code: 0, a: 0 }) {
  if (typeof inline === 'string') return counts;
  if (Array.isArray(inline)) {
    for (const i of inline) countMarks(i, counts);
    return counts;
  }
  if ('strong' in inline) (counts.strong++, countMarks(inline.strong, counts));
  else if ('em' in inline) (counts.em++, countMarks(inline.em, counts));
  else if ('code' in inline) counts.code++;
  else if ('link' in inline) (counts.a++, countMarks(inline.link.text, counts));
  return counts;
}

/** Every inline value in an article body (paragraphs, list items, quotes, captions). */
export function inlinesOf(article) {
  const out = [];
  for (const s of article.sections) {
    for (const b of s.blocks) {
      if ('paragraph' in b) out.push(b.paragraph);
      else if ('list' in b) out.push(...b.list.items);
      else if ('quote' in b) out.push(b.quote.text);
      else if ('figure' in b && b.figure.caption) out.push(b.figure.caption);
    }
  }
  return out;
}

/** A block as a comparable summary: what a reader sees, independent of class names. */
export function expectedBlock(b) {
  if ('paragraph' in b) return { kind: 'p', text: plain(b.paragraph) };
  if ('subheading' in b) return { kind: 'h3', text: b.subheading };
  if ('list' in b) return { kind: b.list.ordered ? 'ol' : 'ul', items: b.list.items.map(plain) };
  if ('quote' in b) return { kind: 'quote', text: plain(b.quote.text), cite: b.quote.cite ?? null };
  if ('figure' in b) {
    const { src, alt, width, height } = b.figure.image;
    return { kind: 'figure', src, alt, width: String(width), height: String(height), caption: b.figure.caption ? plain(b.figure.caption) : null };
  }
  throw new Error(`unknown block ${JSON.stringify(b)}`);
}

/** Runs in the page: the same summary for each element that follows a section's h2. */
export function renderedBlocks(section) {
  const norm = (s) => s.replace(/\s+/g, ' ').trim();
  return [...section.children]
    .filter((el) => el.tagName !== 'H2')
    .map((el) => {
      const tag = el.tagName.toLowerCase();
      if (tag === 'p' || tag === 'h3') return { kind: tag, text: norm(el.textContent) };
      if (tag === 'ul' || tag === 'ol') return { kind: tag, items: [...el.children].map((li) => norm(li.textContent)) };
      if (tag === 'figure' && el.querySelector('blockquote')) {
        const cite = el.querySelector('figcaption cite');
        return { kind: 'quote', text: norm(el.querySelector('blockquote').textContent), cite: cite ? norm(cite.textContent) : null };
      }
      if (tag === 'figure') {
        const img = el.querySelector('img');
        const cap = el.querySelector('figcaption');
        return {
          kind: 'figure',
          src: img?.getAttribute('src'),
          alt: img?.getAttribute('alt'),
          width: img?.getAttribute('width'),
          height: img?.getAttribute('height'),
          caption: cap ? norm(cap.textContent) : null,
        };
      }
      return { kind: `unexpected <${tag}>`, text: norm(el.textContent) };
    });
}

/** Normalises whitespace the way renderedBlocks does, for the expected side. */
export function normaliseBlock(b) {
  const norm = (s) => (s == null ? s : s.replace(/\s+/g, ' ').trim());
  const out = { ...b };
  if ('text' in out) out.text = norm(out.text);
  if ('items' in out) out.items = out.items.map(norm);
  if ('caption' in out) out.caption = norm(out.caption);
  if ('cite' in out) out.cite = norm(out.cite);
  return out;
}

/** Comments nested by parent: [{comment, replies: […]}], in file order. */
export function commentTree(comments) {
  const byParent = (p) => comments.filter((c) => (c.parent ?? null) === p).map((c) => ({ comment: c, replies: byParent(c.id) }));
  return byParent(null);
}

/** Depth of the deepest comment (1 = top level). */
export const depth = (tree) => (tree.length ? 1 + Math.max(...tree.map((n) => depth(n.replies))) : 0);

// Checks, against real Isso 0.14.0 servers, every behaviour Broadsheet's comment client relies on, and prints
// what Isso actually sends back. Plain Node 20, no dependencies:
//
//   node tests/isso/smoke.mjs            (needs .venv-isso: scripts/setup --isso)
//
// Exits 1 if any expectation fails. The findings are written up in tests/isso/FACTS.md.
import {
  startIsso,
  stopIsso,
  issoRequest,
  postComment,
  seedComments,
  seedReply,
  fetchThread,
  countComments,
  activate,
} from './isso.mjs';
import { check, uncaught, finish } from './checks.mjs';

/**
 * Asks `request()` every `every` ms until it answers `status` (resolves to that answer), or until `timeout`
 * ms have passed (resolves to the last answer): a poll for what is checked, not a wait for time.
 */
async function untilStatus(status, request, { timeout = 10_000, every = 100 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const r = await request();
    if (r.status === status || Date.now() > deadline) return r;
    await new Promise((resolve) => setTimeout(resolve, every));
  }
}
const show = (label, value) => console.log(`     ${label}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
const section = (title) => console.log(`\n== ${title}`);
const hdr = (res, name) => res.headers.get(name);
const run = Date.now().toString(36);
const T = (name) => `/smoke/${run}/${name}/`; // thread URIs nobody serves, so Isso can't fetch a title

const servers = [];
async function start(opts) {
  const t0 = Date.now();
  const s = await startIsso(opts);
  servers.push(s);
  console.log(`     started ${JSON.stringify(opts)} at ${s.url} (pid ${s.pid}) in ${Date.now() - t0} ms`);
  return s;
}

try {
  // ---------------------------------------------------------------------------------------------------------
  section('A: guard off, moderation off, max-age 15m');
  const A = await start({ guard: false, moderation: false });
  const u = A.url;

  let r = await issoRequest(u, 'GET', '/info');
  check('GET /info 200, version 0.14.0, moderation false', r.status === 200 && r.body.version === '0.14.0' && r.body.moderation === false);
  show('/info', r.body);

  r = await issoRequest(u, 'GET', `/?uri=${encodeURIComponent(T('empty'))}`);
  check('GET /?uri=<unknown thread> is 200 with no replies', r.status === 200 && r.body.replies.length === 0 && r.body.total_replies === 0);
  show('body', r.body);

  r = await issoRequest(u, 'GET', '/');
  check('GET / without uri is 400', r.status === 400);
  show('body', r.text);

  const thread = T('main');
  r = await postComment(u, thread, { text: 'First, without a title', author: 'Ana' });
  check('first comment of a new thread WITHOUT title: 400 (HTML)', r.status === 400 && hdr(r, 'content-type').startsWith('text/html'));
  show('content-type', hdr(r, 'content-type'));
  show('body', r.text);

  r = await postComment(u, thread, { text: 'First, without a title', author: 'Ana' }, { headers: { Accept: 'application/json' } });
  check('same with Accept: application/json: still an HTML 400 (returned, not raised)', r.status === 400 && hdr(r, 'content-type').startsWith('text/html'));

  r = await postComment(u, thread, { text: 'First **comment**\n\nSecond paragraph', author: 'Ana', email: 'ana@example.com', website: 'example.com', title: 'Main article' });
  const c1 = r.body;
  const cookie1 = r.cookie;
  check('first comment WITH title: 201, mode 1', r.status === 201 && c1.mode === 1);
  check('Content-Type application/json', hdr(r, 'content-type') === 'application/json', hdr(r, 'content-type'));
  show('body', c1);
  show('Set-Cookie (all)', r.setCookies);
  show('X-Set-Cookie', hdr(r, 'x-set-cookie'));
  check('two cookies: Set-Cookie "<id>=…" and X-Set-Cookie "isso-<id>=…"', r.setCookies.length === 1 && r.setCookies[0].startsWith(`${c1.id}=`) && hdr(r, 'x-set-cookie').startsWith(`isso-${c1.id}=`));
  check('Set-Cookie has Max-Age=900; Path=/; SameSite=Lax; no HttpOnly, no Secure', /Max-Age=900/.test(r.setCookies[0]) && /Path=\//.test(r.setCookies[0]) && /SameSite=Lax/.test(r.setCookies[0]) && !/HttpOnly|Secure/i.test(r.setCookies[0]));
  check('text is rendered HTML <p>…</p>', c1.text === '<p>First <strong>comment</strong></p>\n<p>Second paragraph</p>', JSON.stringify(c1.text));
  check('created is a unix float in seconds, modified null', typeof c1.created === 'number' && Math.abs(c1.created - Date.now() / 1000) < 60 && c1.modified === null);
  check('website normalised to http://example.com, email not returned', c1.website === 'http://example.com' && !('email' in c1));
  check('hash is 12 hex chars', /^[0-9a-f]{12}$/.test(c1.hash), c1.hash);
  check('fields exactly id,parent,created,modified,mode,text,author,website,likes,dislikes,notification,hash', Object.keys(c1).sort().join() === 'author,created,dislikes,hash,id,likes,mode,modified,notification,parent,text,website', Object.keys(c1).sort().join());

  // CSRF: only the Content-Type is checked.
  r = await issoRequest(u, 'POST', `/new?uri=${encodeURIComponent(thread)}`, { json: { text: 'plain text body' }, headers: { 'Content-Type': 'text/plain' } });
  check('text/plain POST: 403 (HTML without Accept)', r.status === 403 && hdr(r, 'content-type').startsWith('text/html'));
  show('body', r.text);
  r = await issoRequest(u, 'POST', `/new?uri=${encodeURIComponent(thread)}`, { json: { text: 'plain text body' }, headers: { 'Content-Type': 'text/plain', Accept: 'application/json' } });
  check('text/plain POST with Accept: application/json: 403 {"message":"403 Forbidden: CSRF"}', r.status === 403 && r.body?.message === '403 Forbidden: CSRF', r.text);
  r = await issoRequest(u, 'POST', `/new?uri=${encodeURIComponent(thread)}`, { json: { text: 'form body' }, headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' } });
  check('form-urlencoded POST: 403 CSRF', r.status === 403 && r.body?.message === '403 Forbidden: CSRF');
  r = await issoRequest(u, 'POST', `/new?uri=${encodeURIComponent(thread)}`, { json: { text: 'charset json body', author: 'Charset' }, headers: { 'Content-Type': 'application/json; charset=utf-8' } });
  check('application/json; charset=utf-8 is accepted (201)', r.status === 201);
  const cCharset = r.body;
  // No Origin/Referer is needed; Node's fetch sends none.
  check('no Origin/Referer needed for a non-browser client', r.status === 201);

  r = await postComment(u, thread, { text: 'x ' }, { headers: { Accept: 'application/json' } });
  check('text "x " → 400 HTML "text is too short (minimum length: 3)"', r.status === 400 && r.text.includes('text is too short (minimum length: 3)'));
  show('body', r.text);
  r = await postComment(u, thread, { text: 'valid text', website: 'javascript:alert(1)' });
  check('website javascript:alert(1) → 400 "Website not Django-conform"', r.status === 400 && r.text.includes('Website not Django-conform'));
  r = await postComment(u, thread, { text: 'valid text', parent: 'abc' });
  check('parent "abc" → 400 "parent must be an integer or null"', r.status === 400 && r.text.includes('parent must be an integer or null'));
  r = await postComment(u, thread, { text: 'valid text', author: 5 });
  check('author 5 → 400 "author must be a string or null"', r.status === 400 && r.text.includes('author must be a string or null'));
  r = await issoRequest(u, 'POST', `/new?uri=${encodeURIComponent(thread)}`, { json: undefined, headers: { 'Content-Type': 'application/json', Accept: 'application/json' } });
  check('empty JSON body → 400', r.status === 400, `${r.status} ${r.text.slice(0, 120)}`);
  show('body', r.text);
  r = await postComment(u, thread, { text: 'no such parent', parent: 99999 });
  check('unknown parent id → 201 as a TOP-LEVEL comment (parent null)', r.status === 201 && r.body.parent === null);
  const cOrphan = r.body;
  r = await postComment(u, thread, { text: 'a'.repeat(65536) });
  check('text of 65536 chars → 400 "text is too long (maximum length: 65535)"', r.status === 400 && r.text.includes('text is too long'));
  r = await postComment(u, thread, { text: 'email is not validated', email: 'not an email' });
  check('email "not an email" is accepted (201)', r.status === 201);
  const cEmail = r.body;

  // Replies.
  r = await postComment(u, thread, { text: 'A reply to the first', author: 'Ben', parent: c1.id });
  const reply1 = r.body;
  const reply1Cookie = r.cookie;
  check('reply → 201 with parent = first', r.status === 201 && reply1.parent === c1.id);
  r = await postComment(u, thread, { text: 'A reply to the reply', author: 'Cy', parent: reply1.id });
  const reply2 = r.body;
  check('reply to a reply is stored under the TOP-LEVEL comment', r.status === 201 && reply2.parent === c1.id, `parent=${reply2.parent}`);
  const reply3 = await seedReply(u, thread, c1.id, { text: 'Third reply' });

  // Listing and paging.
  let list = await fetchThread(u, thread);
  const top = list.replies.map((c) => c.id);
  show('GET /?uri (no limits): top-level ids', top);
  show('total_replies / hidden_replies', [list.total_replies, list.hidden_replies]);
  check('top-level list is oldest first and counts everything', top[0] === c1.id && list.total_replies === top.length + 3 && list.hidden_replies === 0);
  const first = list.replies[0];
  check('top-level items carry total_replies/hidden_replies/replies', first.total_replies === 3 && first.hidden_replies === 0 && first.replies.length === 3);
  check('replies carry no total_replies/replies keys', !('replies' in first.replies[0]) && !('total_replies' in first.replies[0]));
  list = await fetchThread(u, thread, { limit: 1, nested_limit: 1 });
  show('GET /?uri&limit=1&nested_limit=1', { total_replies: list.total_replies, hidden_replies: list.hidden_replies, first: { id: list.replies[0].id, total_replies: list.replies[0].total_replies, hidden_replies: list.replies[0].hidden_replies, replies: list.replies[0].replies.length } });
  check('limit=1: hidden_replies = top-level count - 1; nested_limit=1: hidden_replies 2 of 3', list.replies.length === 1 && list.hidden_replies === top.length - 1 && list.replies[0].hidden_replies === 2 && list.replies[0].total_replies === 3);
  list = await fetchThread(u, thread, { limit: 1, offset: 1, nested_limit: 0 });
  check('limit=1&offset=1 → the second top-level comment; hidden_replies = count - 1 - offset', list.replies[0]?.id === top[1] && list.hidden_replies === top.length - 2, `hidden=${list.hidden_replies}`);
  list = await fetchThread(u, thread, { parent: c1.id, limit: 2 });
  check('parent=<id>&limit=2 → 2 replies, id=<id>, total_replies 3, hidden 1', list.id === c1.id && list.replies.length === 2 && list.total_replies === 3 && list.hidden_replies === 1);
  list = await fetchThread(u, thread, { sort: 'newest' });
  check('sort=newest puts the latest top-level comment first', list.replies[0].id === top[top.length - 1]);
  r = await issoRequest(u, 'GET', `/?uri=${encodeURIComponent(thread)}&sort=bogus`);
  check('sort=bogus → 400', r.status === 400);
  r = await issoRequest(u, 'GET', `/?uri=${encodeURIComponent(thread)}&after=${c1.created}`);
  check('after=<created of first> excludes the first', r.status === 200 && !r.body.replies.some((c) => c.id === c1.id));

  // Counts.
  r = await issoRequest(u, 'POST', '/count', { json: [thread, T('nothing')] });
  check('POST /count → [all published incl. replies, 0]', r.status === 200 && r.body[0] === top.length + 3 && r.body[1] === 0, JSON.stringify(r.body));
  r = await issoRequest(u, 'POST', '/count', { json: [thread], headers: { 'Content-Type': 'text/plain' } });
  check('POST /count is not CSRF-checked (text/plain works)', r.status === 200, String(r.status));

  // Viewing, editing and deleting need the cookie.
  r = await issoRequest(u, 'GET', `/id/${c1.id}`, { cookie: cookie1 });
  check('GET /id/N with cookie → 200', r.status === 200);
  r = await issoRequest(u, 'GET', `/id/${c1.id}?plain=1`, { cookie: cookie1 });
  check('GET /id/N?plain=1 → raw markdown text', r.body.text === 'First **comment**\n\nSecond paragraph');
  r = await issoRequest(u, 'GET', `/id/${c1.id}`);
  check('GET /id/N without cookie → 403', r.status === 403);
  r = await issoRequest(u, 'PUT', `/id/${c1.id}`, { json: { text: 'Edited **text**', author: 'Ana B.', website: 'https://ana.example/' }, cookie: cookie1 });
  const edited = r.body;
  check('PUT /id/N with cookie → 200, text re-rendered, modified set', r.status === 200 && edited.text === '<p>Edited <strong>text</strong></p>' && typeof edited.modified === 'number');
  show('body', edited);
  show('Set-Cookie after edit', r.setCookies);
  check('edit answers a NEW cookie (the old one no longer matches the text)', r.setCookies[0]?.startsWith(`${c1.id}=`) && r.cookie !== cookie1);
  const cookie1b = r.cookie;
  r = await issoRequest(u, 'PUT', `/id/${c1.id}`, { json: { text: 'Edit again with the OLD cookie' }, cookie: cookie1 });
  check('PUT with the pre-edit cookie → 403 (it signs a hash of the old text)', r.status === 403);
  r = await issoRequest(u, 'PUT', `/id/${c1.id}`, { json: { text: 'Edit without any cookie' }, headers: { Accept: 'application/json' } });
  check('PUT without cookie → 403', r.status === 403);
  show('body (Accept json)', r.text);
  r = await issoRequest(u, 'PUT', `/id/${c1.id}`, { json: { text: 'Edit with another comment’s cookie' }, cookie: `${c1.id}=${reply1Cookie.split('=')[1]}` });
  check('PUT with another comment’s token under this id → 403', r.status === 403);
  r = await issoRequest(u, 'PUT', `/id/${c1.id}`, { json: { text: 'Edit with a forged cookie' }, cookie: `${c1.id}=WzEsImFiYyJd.forged.signature` });
  check('PUT with a forged cookie → 403', r.status === 403);
  r = await issoRequest(u, 'PUT', `/id/${c1.id}`, { json: { text: 'Edit that drops author' }, cookie: cookie1b });
  check('PUT that omits author/website leaves them unchanged', r.status === 200 && r.body.author === 'Ana B.' && r.body.website === 'https://ana.example/', JSON.stringify([r.body.author, r.body.website]));
  const cookie1c = r.cookie;
  r = await issoRequest(u, 'PUT', `/id/${c1.id}`, { json: { text: 'x' }, cookie: cookie1c });
  check('PUT with too-short text → 400', r.status === 400);

  r = await issoRequest(u, 'DELETE', `/id/${c1.id}`);
  check('DELETE without cookie → 403', r.status === 403);
  r = await issoRequest(u, 'DELETE', `/id/${c1.id}`, { cookie: cookie1c });
  check('DELETE of a comment with replies → 200, mode 4 placeholder', r.status === 200 && r.body?.mode === 4 && r.body.text === '' && r.body.author === null);
  show('body', r.body);
  show('Set-Cookie after delete', r.setCookies);
  list = await fetchThread(u, thread);
  const placeholder = list.replies.find((c) => c.id === c1.id);
  check('the placeholder is still listed (mode 4) with its replies', placeholder?.mode === 4 && placeholder.replies.length === 3);
  r = await issoRequest(u, 'POST', '/count', { json: [thread] });
  show('POST /count after deleting the first (mode 4)', r.body);
  r = await issoRequest(u, 'DELETE', `/id/${cCharset.id}`, { cookie: `${cCharset.id}=${''}` });
  check('DELETE with an empty cookie → 403', r.status === 403);
  r = await postComment(u, thread, { text: 'to be deleted', author: 'Del' });
  const del = r.body;
  r = await issoRequest(u, 'DELETE', `/id/${del.id}`, { cookie: r.cookie });
  check('DELETE of a leaf comment → 200 with body null', r.status === 200 && r.text === 'null', r.text);
  r = await issoRequest(u, 'GET', `/id/${del.id}`, { cookie: 'x=y' });
  check('GET /id/<deleted> → 404', r.status === 404, String(r.status));

  // Votes and preview.
  r = await issoRequest(u, 'POST', `/id/${reply1.id}/like`, { json: {} });
  check('like your own comment (same address) → 200, not counted, with message', r.status === 200 && r.body.likes === 0 && typeof r.body.message === 'string');
  show('body', r.body);
  r = await issoRequest(u, 'POST', `/id/${reply1.id}/like`, { json: {}, headers: { 'X-Forwarded-For': '10.1.1.1' } });
  check('like from another address (X-Forwarded-For) → {"likes":1,"dislikes":0}', r.status === 200 && r.text === '{"likes": 1, "dislikes": 0}', r.text);
  r = await issoRequest(u, 'POST', `/id/${reply1.id}/dislike`, { json: {}, headers: { 'X-Forwarded-For': '10.1.1.1' } });
  check('second vote from that address → 200 with message, unchanged', r.status === 200 && r.body.likes === 1 && r.body.dislikes === 0 && r.body.message);
  r = await issoRequest(u, 'POST', '/preview', { json: { text: 'Some *markdown*' } });
  check('POST /preview → {"text":"<p>Some <em>markdown</em></p>"}', r.status === 200 && r.body.text === '<p>Some <em>markdown</em></p>', r.text);

  // Hostile input.
  section('A: hostile input (what Isso stores and returns)');
  const hostile = T('hostile');
  const cases = [
    { text: '<script>alert(1)</script>' },
    { text: '<img src=x onerror=alert(1)>' },
    { text: '[x](javascript:alert(1))' },
    { text: '<a href="javascript:alert(1)">raw link</a>' },
    { text: '[ok](https://example.com/) and <https://example.org/>' },
    { text: '*em* **strong** `code` ~~del~~\n\n> quote\n\n- item\n\n```\nblock\n```' },
    { text: 'line one\nline two' },
    { text: 'Tom & Jerry <3 "quotes" \'single\'' },
    { text: 'author test', author: 'Tom & <b>Jerry</b>' },
    { text: 'author quote', author: `O'Brien "Ace"` },
    { text: 'website js', website: 'javascript:alert(1)' },
    { text: 'website quote', website: 'https://example.com/"onmouseover="alert(1)' },
    { text: 'website bare', website: 'example.com/path?q=1&r=2' },
    { text: 'website data', website: 'data:text/html,<script>alert(1)</script>' },
  ];
  for (const [i, fields] of cases.entries()) {
    r = await postComment(u, hostile, { author: 'Hostile', ...fields, title: 'Hostile' });
    const got = r.status === 201 ? { text: r.body.text, author: r.body.author, website: r.body.website } : r.text.match(/<p>(.*)<\/p>/)?.[1];
    console.log(`     ${String(r.status)} ${JSON.stringify(fields)}\n         → ${JSON.stringify(got)}`);
    if (fields.text.startsWith('<script>')) check('<script> is escaped as text, not kept', r.body.text === '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    if (fields.text.startsWith('<img')) check('<img onerror> is escaped as text', r.body.text === '<p>&lt;img src=x onerror=alert(1)&gt;</p>');
    if (fields.text.startsWith('[x](javascript')) check('markdown javascript: link is neutralised', !/href="javascript/i.test(r.body.text));
    if (fields.author?.startsWith('Tom')) check('author is HTML-escaped (quote=False)', r.body.author === 'Tom &amp; &lt;b&gt;Jerry&lt;/b&gt;');
    if (fields.author?.startsWith('O')) check('author quotes are NOT escaped', r.body.author === `O'Brien "Ace"`);
    if (fields.website === 'javascript:alert(1)') check('website javascript: → 400', r.status === 400);
    if (fields.website?.includes('onmouseover')) check('website with a quote is stored escaped (quote=True)', r.body?.website === 'https://example.com/&quot;onmouseover=&quot;alert(1)', r.body?.website);
    if (fields.website?.startsWith('example.com')) check('bare website gets http:// and &amp;', r.body?.website === 'http://example.com/path?q=1&amp;r=2', r.body?.website);
    if (fields.website?.startsWith('data:')) check('website data: → 400', r.status === 400);
    if (i === 0) {
      const plain = await fetchThread(u, hostile, { plain: 1 });
      check('plain=1 returns the raw text', plain.replies[0].text === '<script>alert(1)</script>');
    }
  }

  // CORS.
  section('A: CORS');
  for (const origin of ['http://127.0.0.1:4173', 'http://localhost:4174', 'http://127.0.0.1:8080', 'http://evil.example', 'http://127.0.0.1:9999']) {
    r = await issoRequest(u, 'GET', `/?uri=${encodeURIComponent(thread)}`, { headers: { Origin: origin } });
    const acao = hdr(r, 'access-control-allow-origin');
    show(`GET with Origin ${origin}`, { ACAO: acao, ACAC: hdr(r, 'access-control-allow-credentials'), Vary: hdr(r, 'vary') });
    const allowed = !origin.includes('evil') && !origin.includes('9999');
    check(`Origin ${origin}: ${allowed ? 'echoed' : 'NOT echoed (first host instead)'}`, allowed ? acao === origin : acao === 'http://127.0.0.1:4173');
  }
  r = await issoRequest(u, 'GET', '/info');
  show('GET without Origin: ACAO', hdr(r, 'access-control-allow-origin'));
  r = await issoRequest(u, 'OPTIONS', `/id/${reply1.id}`, {
    headers: { Origin: 'http://127.0.0.1:4173', 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'content-type' },
  });
  const pre = Object.fromEntries([...r.headers].filter(([k]) => k.startsWith('access-control') || k === 'content-type' || k === 'content-length'));
  show('OPTIONS preflight (PUT, content-type)', { status: r.status, ...pre, body: r.text });
  check('preflight 200 allows PUT/DELETE and Content-Type with credentials', r.status === 200 && /PUT/.test(pre['access-control-allow-methods']) && /DELETE/.test(pre['access-control-allow-methods']) && /Content-Type/.test(pre['access-control-allow-headers']) && pre['access-control-allow-credentials'] === 'true' && pre['access-control-allow-origin'] === 'http://127.0.0.1:4173');
  check('Access-Control-Expose-Headers: X-Set-Cookie, Date', pre['access-control-expose-headers'] === 'X-Set-Cookie, Date');
  check('no Access-Control-Max-Age (preflight not cached)', !pre['access-control-max-age']);
  r = await issoRequest(u, 'OPTIONS', '/new', { headers: { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } });
  check('preflight from a disallowed origin: 200 but ACAO is the first host (browser refuses)', r.status === 200 && hdr(r, 'access-control-allow-origin') === 'http://127.0.0.1:4173');
  r = await issoRequest(u, 'OPTIONS', '/new', { headers: { Origin: 'http://127.0.0.1:4173', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type, x-requested-with' } });
  check('a custom request header (X-Requested-With) is not in Allow-Headers', !/x-requested-with/i.test(hdr(r, 'access-control-allow-headers')));

  // ---------------------------------------------------------------------------------------------------------
  section('B: moderation on, max-age 2s');
  const B = await start({ moderation: true, maxAge: '2s' });
  const mt = T('moderated');
  r = await issoRequest(B.url, 'GET', '/info');
  check('/info moderation true', r.body.moderation === true);
  r = await postComment(B.url, mt, { text: 'Awaiting moderation', author: 'Mo', title: 'Moderated' });
  const m1 = r.body;
  const mcookie = r.cookie;
  check('moderated comment → 202, mode 2', r.status === 202 && m1.mode === 2);
  show('body', m1);
  show('Set-Cookie', r.setCookies);
  check('cookie Max-Age follows max-age (2)', /Max-Age=2;/.test(r.setCookies[0]));
  list = await fetchThread(B.url, mt);
  check('pending comment is hidden from GET /?uri (for everyone)', list.replies.length === 0 && list.total_replies === 0);
  check('… and from /count', (await countComments(B.url, [mt]))[0] === 0);
  r = await issoRequest(B.url, 'GET', `/id/${m1.id}`, { cookie: mcookie });
  check('its author can GET /id/N with the cookie (mode 2)', r.status === 200 && r.body.mode === 2);
  const link = await B.activationLink(m1.id);
  const logLine = B.log().split('\n').find((l) => l.includes('Activate comment:'));
  show('log line', logLine);
  show('other log lines for it', B.log().split('\n').filter((l) => /comment created|Link to comment|Delete comment|new thread/.test(l)));
  check('activation link is http://127.0.0.1:PORT/id/N/activate/KEY', new RegExp(`^${B.url}/id/${m1.id}/activate/[\\w.-]+$`).test(link), link);
  r = await issoRequest(B.url, 'GET', new URL(link).pathname);
  check('GET on the link only returns a confirm() page (200 text/html)', r.status === 200 && r.text.includes('confirm(') && (await fetchThread(B.url, mt)).replies.length === 0);
  const activated = await activate(link);
  check('POST on the link → 200 "Comment has been activated"', activated === 'Comment has been activated', activated);
  check('POST again → "Already activated"', (await activate(link)) === 'Already activated');
  list = await fetchThread(B.url, mt);
  check('activated comment is listed with mode 1', list.replies[0]?.id === m1.id && list.replies[0].mode === 1);

  r = await postComment(B.url, mt, { text: 'Edit window test', author: 'Mo' });
  const m2 = r.body;
  const m2cookie = r.cookie;
  const editedAt = Date.now();
  r = await issoRequest(B.url, 'PUT', `/id/${m2.id}`, { json: { text: 'edited inside the window' }, cookie: m2cookie });
  check('PUT within max-age → 200', r.status === 200);
  const m2cookieB = r.cookie;
  // The window is Isso's clock: ask Isso, with the new cookie, for the comment (GET /id/N checks the cookie's
  // age as PUT and DELETE do, and changes nothing) until it refuses.
  r = await untilStatus(403, () => issoRequest(B.url, 'GET', `/id/${m2.id}`, { cookie: m2cookieB }));
  const closedAfter = Date.now() - editedAt;
  check('GET /id/N with the cookie → 403 once max-age (2s) has passed since the edit', r.status === 403, `${r.status} after ${closedAfter} ms`);
  // Signatures count whole seconds, so a 2 s window closes 2 to 3 s after the cookie was made.
  check('… and not before 2 s', closedAfter >= 2_000, `${closedAfter} ms`);
  show('closed after (ms)', closedAfter);
  r = await issoRequest(B.url, 'PUT', `/id/${m2.id}`, { json: { text: 'edited after the window' }, cookie: m2cookieB, headers: { Accept: 'application/json' } });
  check('PUT after max-age (2s) → 403', r.status === 403, `${r.status} ${r.text}`);
  show('body', r.text);
  r = await issoRequest(B.url, 'DELETE', `/id/${m2.id}`, { cookie: m2cookieB });
  check('DELETE after max-age → 403', r.status === 403);

  // ---------------------------------------------------------------------------------------------------------
  section('C: guard on (defaults)');
  const C = await start({ guard: true });
  const gt = T('guarded');
  const g = [];
  for (let i = 0; i < 3; i++) {
    r = await postComment(C.url, gt, { text: `Guarded ${i + 1}`, title: 'Guarded' });
    g.push(r);
  }
  check('1st and 2nd comment within a minute → 201', g[0].status === 201 && g[1].status === 201);
  check('3rd → 403 (HTML without Accept)', g[2].status === 403 && hdr(g[2], 'content-type').startsWith('text/html'));
  show('3rd body', g[2].text);
  r = await postComment(C.url, gt, { text: 'Guarded 4' }, { headers: { Accept: 'application/json' } });
  check('with Accept: application/json → 403 JSON {"message":"403 Forbidden: 127.0.0.0: ratelimit exceeded (1, 2)"}', r.status === 403 && r.body?.message === `403 Forbidden: 127.0.0.0: ratelimit exceeded (${g[0].body.id}, ${g[1].body.id})`, r.text);
  show('headers', Object.fromEntries([...r.headers].filter(([k]) => !k.startsWith('access-control'))));
  r = await postComment(C.url, gt, { text: 'From another network', title: 'Guarded' }, { forwardedFor: '10.2.3.4' });
  check('X-Forwarded-For 10.2.3.4 is trusted: a new /24 may post (201)', r.status === 201);
  const other = r.body;
  r = await postComment(C.url, gt, { text: 'Reply to myself', parent: other.id }, { forwardedFor: '10.2.3.99', headers: { Accept: 'application/json' } });
  check('guard: reply to your own comment while it is editable → 403 "edit time frame is still open"', r.status === 403 && r.body?.message === '403 Forbidden: edit time frame is still open', r.text);
  r = await postComment(C.url, gt, { text: 'Reply from someone else', parent: other.id }, { forwardedFor: '10.9.9.9' });
  check('guard: a reply from another network → 201', r.status === 201);
  const seeded = await seedComments(C.url, T('seeded'), 5, { title: 'Seeded', spoofIp: true });
  check('seedComments(spoofIp) gets 5 past the guard', seeded.length === 5 && seeded.every((c) => c.mode === 1 && c.cookie));

  // ---------------------------------------------------------------------------------------------------------
  section('helpers');
  const many = await seedComments(A.url, T('paging'), 25, { title: 'Paging' });
  const page2 = await fetchThread(A.url, T('paging'), { limit: 10, offset: 10 });
  check('seedComments 25 + limit 10 offset 10 → ids 11..20 of them, hidden 5', page2.replies.map((c) => c.id).join() === many.slice(10, 20).map((c) => c.id).join() && page2.hidden_replies === 5 && page2.total_replies === 25);
  check('created increases', many.every((c, i) => i === 0 || c.created > many[i - 1].created));
  const rp = await seedReply(A.url, T('paging'), many[0].id);
  check('seedReply', rp.parent === many[0].id);
  check('countComments', (await countComments(A.url, [T('paging')]))[0] === 26);
  void cOrphan;
  void cEmail;
  void reply3;
} catch (e) {
  uncaught(e);
} finally {
  const t0 = Date.now();
  await Promise.all(servers.map((s) => stopIsso(s)));
  await Promise.all(servers.map((s) => stopIsso(s))); // twice is harmless
  console.log(`\nstopped ${servers.length} servers in ${Date.now() - t0} ms`);
}
finish();

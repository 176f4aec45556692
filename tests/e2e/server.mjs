// Zero-dependency static file server that answers like GitHub Pages, so the browser tests see what the
// deployed site will: `dir/` serves dir/index.html, `dir` redirects 301 to `dir/`, `page` may serve page.html,
// unknown paths get 404 with the root's 404.html, no directory listings, `Cache-Control: no-cache`.
//
//   node server.mjs <root-dir> <port> [prefix] [--headers] [--precompressed]
//
// With --headers it also sends the response headers `root-dir/_headers` gives each path, as Netlify and
// Cloudflare Pages do (a rule's path may end in `*`; every matching rule adds its headers), so a project can
// test that deployment too: the Content-Security-Policy as a header as well as the page's meta tag.
//
// With --precompressed it answers a request whose Accept-Encoding allows it with the file's `.br` or `.gz`
// sibling (which release builds write), as nginx's brotli_static/gzip_static or a CDN would: what Lighthouse
// and the benchmark measure is then the download a reader really gets.
//
// With a prefix (`/harbour/`) the server answers like a GitHub Pages project site: root-dir is served under
// the prefix (`/harbour/x` is root-dir/x, `/harbour` redirects to `/harbour/`) and anything outside it is a
// plain-text 404, so a page that forgets the prefix anywhere fails loudly.
//
// SERVER_DELAY_MS (default 0) delays every response, to test loading states; SERVER_DELAY_MATCH (a regular
// expression on the path) limits the delay to matching paths.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const args = process.argv.slice(2);
const withHeaders = args.includes('--headers');
const precompressed = args.includes('--precompressed');
const [rootArg, portArg, prefixArg = '/'] = args.filter((a) => !a.startsWith('--'));
if (!rootArg || !portArg) {
  console.error('usage: node server.mjs <root-dir> <port> [prefix] [--headers]');
  process.exit(2);
}
const root = path.resolve(rootArg);
const port = Number(portArg);
// `/`, `/harbour/`, `harbour` → `/` or `/harbour/`.
const prefix = `/${prefixArg.split('/').filter(Boolean).join('/')}/`.replace(/^\/\/$/, '/');
// Fail at once rather than answer 404 to everything (Playwright would then wait for a server that never works).
if (!(await stat(root).catch(() => null))?.isDirectory()) {
  console.error(`server.mjs: ${root} is not a directory (build the site first)`);
  process.exit(1);
}
const delayMs = Number(process.env.SERVER_DELAY_MS ?? 0);
const delayMatch = process.env.SERVER_DELAY_MATCH ? new RegExp(process.env.SERVER_DELAY_MATCH) : null;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.woff2': 'font/woff2',
};

/** The rules of a Netlify `_headers` file: [{ path, headers: [[name, value]] }], in order. */
function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else if (rules.length && line.includes(':')) {
      const at = line.indexOf(':');
      rules.at(-1).headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}
const headerRules = withHeaders ? parseHeaders(await readFile(path.join(root, '_headers'), 'utf8')) : [];
/** The headers the rules give a path of the site (without the prefix). */
const headersFor = (sitePath) =>
  Object.fromEntries(
    headerRules
      .filter((r) => (r.path.endsWith('*') ? sitePath.startsWith(r.path.slice(0, -1)) : sitePath === r.path))
      .flatMap((r) => r.headers),
  );

const statOrNull = (p) => stat(p).catch(() => null);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Resolves a URL path to a file path inside root, or null when it would leave root.
function resolveInRoot(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = path.resolve(root, '.' + decoded);
  return full === root || full.startsWith(root + path.sep) ? full : null;
}

async function respond(req, res) {
  const headers = { 'Cache-Control': 'no-cache' };
  const send = (status, body, type, extra = {}) => {
    res.writeHead(status, { ...headers, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), ...extra });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const sendFile = async (status, file) => {
    const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    if (precompressed) {
      const accepted = String(req.headers['accept-encoding'] ?? '');
      for (const [ext, encoding] of [['br', 'br'], ['gz', 'gzip']]) {
        if (!new RegExp(`\\b${encoding}\\b`).test(accepted) || !(await statOrNull(`${file}.${ext}`))?.isFile()) continue;
        return send(status, await readFile(`${file}.${ext}`), type, { 'Content-Encoding': encoding, Vary: 'Accept-Encoding' });
      }
    }
    return send(status, await readFile(file), type);
  };
  const notFound = async () => {
    const page = path.join(root, '404.html');
    if (await statOrNull(page)) return sendFile(404, page);
    return send(404, 'Not Found\n', 'text/plain; charset=utf-8');
  };

  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(405, 'Method Not Allowed\n', 'text/plain; charset=utf-8', { Allow: 'GET, HEAD' });
  }
  // The raw path is checked before URL parsing, which would quietly drop `..` segments.
  const rawPath = req.url.split('?')[0];
  const query = req.url.slice(rawPath.length);
  if (!rawPath.startsWith('/') || rawPath.split('/').some((seg) => /^(\.|%2e){2}$/i.test(seg))) {
    return send(400, 'Bad Request\n', 'text/plain; charset=utf-8');
  }
  // Under a prefix: `/harbour` is the site's root directory without its slash; outside the prefix is nothing.
  let sitePath = rawPath;
  if (prefix !== '/') {
    if (rawPath === prefix.slice(0, -1)) sitePath = '';
    else if (rawPath.startsWith(prefix)) sitePath = rawPath.slice(prefix.length - 1);
    else return send(404, `Not Found: ${rawPath} is outside ${prefix}\n`, 'text/plain; charset=utf-8');
  }
  Object.assign(headers, headersFor(sitePath || '/'));
  const file = resolveInRoot(sitePath || '/');
  if (!file) return send(403, 'Forbidden\n', 'text/plain; charset=utf-8');

  if (delayMs > 0 && (!delayMatch || delayMatch.test(rawPath))) await sleep(delayMs);

  const info = await statOrNull(file);
  if (info?.isDirectory()) {
    if (!rawPath.endsWith('/')) return send(301, '', 'text/plain; charset=utf-8', { Location: rawPath + '/' + query });
    const index = path.join(file, 'index.html');
    return (await statOrNull(index))?.isFile() ? sendFile(200, index) : notFound();
  }
  if (info?.isFile()) return sendFile(200, file);
  // GitHub Pages also answers /about with about.html.
  if (!rawPath.endsWith('/') && (await statOrNull(file + '.html'))?.isFile()) return sendFile(200, file + '.html');
  return notFound();
}

createServer((req, res) => {
  respond(req, res).catch((err) => {
    console.error(err);
    if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Internal Server Error\n');
  });
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}${prefix}`));

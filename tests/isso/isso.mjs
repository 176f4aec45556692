// Starts and drives real Isso 0.14.0 servers for Broadsheet's tests (Node 20, no dependencies).
// Needs .venv-isso (scripts/setup --isso). Facts behind every choice here: tests/isso/FACTS.md.
//
//   import { startIsso, seedComments, activate } from '../isso/isso.mjs';
//   const isso = await startIsso({ moderation: true });   // free port, fresh database
//   ...                                                   // isso.url is http://127.0.0.1:PORT
//   await isso.stop();                                    // SIGTERM (SIGKILL after 5 s), deletes the database
//
// Every server gets its own temporary folder (database + generated config), so Playwright workers can run
// servers side by side. Browsers share cookies across ports of one host and Isso names its cookies after
// comment ids ("1", "2", …), so two Isso servers used from ONE browser context overwrite each other's
// cookies: give each server its own context (Playwright's default per test).
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, '../..');
export const ISSO_BIN = process.env.ISSO_BIN ?? path.join(ROOT, '.venv-isso/bin/isso');
export const TEMPLATE = path.join(HERE, 'isso.cfg');
export const ISSO_VERSION = '0.14.0';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Servers still running, killed synchronously if the test process exits (or gets SIGINT/SIGTERM/SIGHUP)
// without stopping them.
const live = new Set();
function killAll() {
  for (const server of live) {
    try {
      process.kill(server.pid, 'SIGKILL');
    } catch {}
    rmSync(server.dir, { recursive: true, force: true });
  }
  live.clear();
}
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    killAll();
    // Keep the default behaviour (die by the signal) unless someone else handles it.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  });
}

/** Resolves if nothing listens on 127.0.0.1:port, rejects otherwise. */
function assertPortFree(port) {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', (e) => reject(new Error(`port ${port} on 127.0.0.1 is not free (${e.code})`)));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve()));
  });
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts `isso -c <generated cfg> run` on 127.0.0.1 with a fresh database and waits until GET /info answers.
 *
 * @param {object} [o]
 * @param {number} [o.port]            default: a free port
 * @param {boolean} [o.guard=false]    Isso's spam guard (2 comments/min, 3 top-level per thread, no reply to self)
 * @param {boolean} [o.moderation=false] new comments answer 202 and stay hidden until activated
 * @param {string|number} [o.maxAge='15m'] edit/delete window: '15m', '2s', or seconds as a number
 * @param {string[]} [o.hosts]         replaces the template's `host` list (the origins allowed by CORS)
 * @param {number} [o.timeoutMs=15000] how long to wait for /info
 */
export async function startIsso({ port, guard = false, moderation = false, maxAge = '15m', hosts, timeoutMs = 15_000 } = {}) {
  if (!existsSync(ISSO_BIN)) throw new Error(`${ISSO_BIN} not found: run scripts/setup --isso`);
  // Another server on the port would answer /info in place of this one (and this one would bind later).
  if (port) await assertPortFree(port);
  port ??= await freePort();
  let cfg = await readFile(TEMPLATE, 'utf8');
  if (hosts) {
    const replaced = cfg.replace(/^host =\n(?:[ \t]+\S.*\n)+/m, `host =\n${hosts.map((h) => `    ${h}\n`).join('')}`);
    if (replaced === cfg) throw new Error(`no indented "host =" block in ${TEMPLATE}`);
    cfg = replaced;
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'broadsheet-isso-'));
  const dbPath = path.join(dir, 'comments.db');
  const configPath = path.join(dir, 'isso.cfg');
  await writeFile(configPath, cfg);

  // The template's ${…} are expanded by Isso from this environment.
  const env = {
    ...process.env,
    ISSO_DB: dbPath,
    ISSO_PORT: String(port),
    ISSO_GUARD: String(Boolean(guard)),
    ISSO_MODERATION: String(Boolean(moderation)),
    ISSO_MAX_AGE: String(maxAge),
    PYTHONUNBUFFERED: '1',
  };
  delete env.ISSO_SETTINGS; // would win over -c

  const child = spawn(ISSO_BIN, ['-c', configPath, 'run'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  // Called with each new piece of output (and when the process exits), by whoever waits for a log line.
  const outputWaiters = new Set();
  const more = (d) => {
    output += d;
    for (const waiter of outputWaiters) waiter();
  };
  child.stdout.setEncoding('utf8').on('data', more);
  child.stderr.setEncoding('utf8').on('data', more); // Python logging writes to stderr
  // A forgotten server must not keep the test process alive; the 'exit' handler above kills it.
  child.unref();
  child.stdout.unref();
  child.stderr.unref();
  let exitInfo = null;
  const exited = new Promise((resolve) => {
    child.on('error', (error) => resolve((exitInfo = { error })));
    child.on('exit', (code, signal) => resolve((exitInfo = { code, signal })));
  });
  exited.then(() => more(''));

  const url = `http://127.0.0.1:${port}`;
  const server = {
    url,
    port,
    pid: child.pid,
    dir,
    dbPath,
    configPath,
    /** Everything Isso printed so far (stdout and stderr). */
    log: () => output,
    /** Every "Activate comment: …" link printed so far (one per comment created while moderation is on). */
    activationLinks: () => [...output.matchAll(/Activate comment: (\S+)/g)].map((m) => m[1]),
    /** Every "Delete comment: …" link printed so far (one per comment created). */
    deleteLinks: () => [...output.matchAll(/Delete comment: (\S+)/g)].map((m) => m[1]),
    /**
     * Resolves to the activation link of comment `id` once Isso has logged it (the log can trail the HTTP
     * response a little); rejects if Isso exits first, or after `timeout` ms without it.
     */
    activationLink(id, timeout = 5_000) {
      const find = () => server.activationLinks().find((l) => new URL(l).pathname.startsWith(`/id/${id}/activate/`));
      return new Promise((resolve, reject) => {
        const done = (fn, value) => {
          outputWaiters.delete(check);
          clearTimeout(timer);
          fn(value);
        };
        const fail = (why) => done(reject, new Error(`no activation link for comment ${id} in the Isso log (${why}):\n${output}`));
        const check = () => {
          const link = find();
          if (link) done(resolve, link);
          else if (exitInfo) fail('Isso exited');
        };
        const timer = setTimeout(fail, timeout, `not within ${timeout} ms`);
        outputWaiters.add(check);
        check();
      });
    },
    stop: () => stopIsso(server),
    _child: child,
    _exited: exited,
    _stopping: null,
  };
  live.add(server);

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exitInfo) {
      await stopIsso(server);
      throw new Error(`isso exited before it was ready (${JSON.stringify(exitInfo.error?.message ?? exitInfo)}):\n${output}`);
    }
    try {
      // Isso logs its "connected to …"/"unable to connect …" check just before it binds the port.
      const checked = /connected to |unable to connect/.test(output);
      const res = checked ? await fetch(`${url}/info`, { signal: AbortSignal.timeout(1_000) }) : null;
      if (res?.ok && !exitInfo) {
        const info = await res.json();
        if (info.version !== ISSO_VERSION) {
          await stopIsso(server);
          throw new Error(`expected isso ${ISSO_VERSION}, /info says ${info.version}`);
        }
        return server;
      }
    } catch (e) {
      if (e.message?.startsWith('expected isso')) throw e;
    }
    if (Date.now() > deadline) {
      await stopIsso(server);
      throw new Error(`isso did not answer ${url}/info within ${timeoutMs} ms:\n${output}`);
    }
    // Isso logs nothing once it listens: ask /info again shortly (a poll for the answer, not a wait for time).
    await sleep(100);
  }
}

/** Stops a server from startIsso: SIGTERM, SIGKILL after 5 s, then deletes its database. Safe to call twice. */
export function stopIsso(server) {
  if (!server) return Promise.resolve();
  server._stopping ??= (async () => {
    const child = server._child;
    child.ref(); // keep the process alive until the child is gone
    if (child.exitCode === null && child.signalCode === null && server.pid) {
      try {
        process.kill(server.pid, 'SIGTERM');
      } catch {}
      let timer;
      const done = await Promise.race([
        server._exited.then(() => true),
        new Promise((resolve) => (timer = setTimeout(resolve, 5_000, false))),
      ]);
      clearTimeout(timer);
      if (!done) {
        try {
          process.kill(server.pid, 'SIGKILL');
        } catch {}
        await server._exited;
      }
    }
    live.delete(server);
    await rm(server.dir, { recursive: true, force: true });
  })();
  return server._stopping;
}

// ---- HTTP helpers ------------------------------------------------------------------------------------------

/**
 * One request to Isso. `json` is sent with Content-Type: application/json (Isso answers 403 "CSRF" to any
 * other Content-Type; Node's fetch would send text/plain for a string body). `cookie` is a "name=value" string.
 * Resolves to { status, headers, setCookies, cookie, text, body } where `body` is parsed JSON when the
 * response is JSON, and `cookie` is the "id=value" pair from the first Set-Cookie (the edit/delete token).
 */
export async function issoRequest(url, method, pathAndQuery, { json, cookie, headers = {} } = {}) {
  const h = { ...headers };
  if (json !== undefined) h['Content-Type'] ??= 'application/json';
  if (cookie) h.Cookie = cookie;
  const res = await fetch(url + pathAndQuery, {
    method,
    headers: h,
    body: json === undefined ? undefined : JSON.stringify(json),
    redirect: 'manual',
  });
  const text = await res.text();
  let body = text;
  if ((res.headers.get('content-type') ?? '').startsWith('application/json')) {
    try {
      body = JSON.parse(text);
    } catch {}
  }
  const setCookies = res.headers.getSetCookie();
  const cookiePair = setCookies.length ? setCookies[0].split(';')[0] : null;
  return { status: res.status, headers: res.headers, setCookies, cookie: cookiePair, text, body };
}

const q = (uri) => `uri=${encodeURIComponent(uri)}`;

/**
 * POST /new?uri=… One comment; `fields` are Isso's {text, author, email, website, parent, title, notification}.
 * Options: `forwardedFor` sets X-Forwarded-For (Isso trusts one hop, so this changes the client address the
 * guard and votes see), `headers` adds more. Resolves like issoRequest.
 */
export function postComment(url, uri, fields, { forwardedFor, headers = {} } = {}) {
  const h = { ...headers };
  if (forwardedFor) h['X-Forwarded-For'] = forwardedFor;
  return issoRequest(url, 'POST', `/new?${q(uri)}`, { json: fields, headers: h });
}

/**
 * Posts `n` top-level comments to thread `uri`, one after another (so `created` increases), and resolves to
 * the created comments, each with its edit cookie as `cookie`. Throws on any status but 201/202.
 * Options: title (needed by the first comment of a new thread; always sent, ignored afterwards),
 * text(i) / author(i) functions or strings, email, website, parent, and `spoofIp: true` to post each comment
 * from a different /24 network via X-Forwarded-For (gets past the guard's rate limit).
 */
export async function seedComments(url, uri, n, opts = {}) {
  const { title = 'Test article', text = (i) => `Seeded comment ${i + 1}`, author = (i) => `Reader ${i + 1}` } = opts;
  const pick = (v, i) => (typeof v === 'function' ? v(i) : v);
  const created = [];
  for (let i = 0; i < n; i++) {
    const fields = { text: pick(text, i), author: pick(author, i), title };
    for (const k of ['email', 'website', 'parent', 'notification']) if (opts[k] !== undefined) fields[k] = pick(opts[k], i);
    const forwardedFor = opts.spoofIp ? `10.${(i >> 8) & 255}.${i & 255}.1` : opts.forwardedFor;
    const res = await postComment(url, uri, fields, { forwardedFor });
    if (res.status !== 201 && res.status !== 202) {
      throw new Error(`seedComments: comment ${i + 1} of ${n} on ${uri} got ${res.status}: ${res.text}`);
    }
    created.push({ ...res.body, cookie: res.cookie });
  }
  return created;
}

/** Posts one reply to comment `parentId` in thread `uri`; resolves to the comment with its `cookie`. */
export async function seedReply(url, uri, parentId, opts = {}) {
  const [reply] = await seedComments(url, uri, 1, {
    text: 'Seeded reply',
    author: 'Replier',
    ...opts,
    parent: parentId,
  });
  return reply;
}

/** GET /?uri=…&… (params such as limit, nested_limit, offset, sort, after, parent, plain). Resolves to the JSON. */
export async function fetchThread(url, uri, params = {}) {
  const search = new URLSearchParams({ uri, ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])) });
  const res = await issoRequest(url, 'GET', `/?${search}`);
  if (res.status !== 200) throw new Error(`GET /?${search} got ${res.status}: ${res.text}`);
  return res.body;
}

/** POST /count: published comments (replies included) per thread, in order. */
export async function countComments(url, uris) {
  const res = await issoRequest(url, 'POST', '/count', { json: uris });
  if (res.status !== 200) throw new Error(`POST /count got ${res.status}: ${res.text}`);
  return res.body;
}

/**
 * Publishes a moderated comment: POST to the "Activate comment: …" link from the Isso log (a GET only returns
 * a confirm() page). Resolves to the body: "Comment has been activated" (or "Already activated").
 */
export async function activate(link) {
  const res = await fetch(link, { method: 'POST' });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`activate ${link} got ${res.status}: ${text}`);
  return text;
}

// Writes a gzip (`.gz`) and a Brotli (`.br`) sibling for every file under a folder, for hosts and CDNs
// that serve precompressed files (nginx gzip_static/brotli_static, Caddy's precompressed, S3 +
// Content-Encoding). Run by the Trunk post-build hook on release builds. Pagefind's index files are
// left alone: they are compressed already.
//
// Usage: node scripts/compress.mjs DIR [PREVIOUS]
//
// - Every core works: each file is compressed on libuv's thread pool (zlib's asynchronous calls), as
//   many at once as the machine has cores.
// - A file that is the same as in PREVIOUS (the last build's folder: Trunk's dist/ while the hook runs)
//   takes its siblings from there instead of compressing it again: hard-linked when the file itself is
//   (a page the prerenderer took from the last build, src/prerender/reuse.rs), otherwise copied when
//   its bytes are equal.
// - The files every page loads (WebAssembly, JavaScript, CSS, feeds) get the strongest settings
//   (gzip 9, Brotli 11). Pages get gzip 9 and Brotli 5: on a 44 KB article page Brotli 11 takes 73 ms
//   for 9.1 KB, Brotli 9 25 ms for 10.1 KB and Brotli 5 3 ms for 10.3 KB; at 11, a site of 10,000
//   pages would spend six minutes of a build on its pages alone.
import { availableParallelism } from 'node:os';

const cores = availableParallelism();
// Read by libuv when its thread pool first starts, which is on the first compression below.
process.env.UV_THREADPOOL_SIZE = String(Math.max(4, cores));

const { copyFile, link, readdir, readFile, stat, writeFile } = await import('node:fs/promises');
const { join, relative } = await import('node:path');
const { promisify } = await import('node:util');
const zlib = await import('node:zlib');

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

const [dir, previous] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node scripts/compress.mjs DIR [PREVIOUS]');
  process.exit(2);
}

async function* files(d) {
  for (const entry of await readdir(d, { withFileTypes: true })) {
    const p = join(d, entry.name);
    if (entry.isDirectory()) yield* files(p);
    else if (!/\.(gz|br)$/.test(entry.name) && !PAGEFIND_COMPRESSED.test(entry.name)) yield p;
  }
}

// Pagefind's index files (pagefind/: .pf_meta, .pf_index, .pf_fragment, .pagefind) are gzip already and
// fetched as such by its script; a sibling of them would only cost build time.
const PAGEFIND_COMPRESSED = /\.(pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/;

const readOrNull = (path) => readFile(path).catch(() => null);
const statOrNull = (path) => stat(path).catch(() => null);

/** Whether `file` is the last build's file `before` itself (a hard link to it): then its siblings are
 *  too, and nothing need be read. */
async function sameFile(file, before) {
  const [now, then] = await Promise.all([stat(file), statOrNull(before)]);
  return then !== null && now.ino === then.ino && now.dev === then.dev;
}

/** The siblings of the last build's file `before`, when it had these bytes; otherwise null. */
async function previousSiblings(before, data) {
  const old = await readOrNull(before);
  if (!old || !old.equals(data)) return null;
  const [gz, br] = await Promise.all([readOrNull(`${before}.gz`), readOrNull(`${before}.br`)]);
  return gz && br ? { gz, br } : null;
}

/** Links the last build's siblings of `before` beside `file` (copies them where links fail); false
 *  when there are none. */
async function linkSiblings(file, before) {
  for (const ext of ['.gz', '.br']) {
    if (!(await statOrNull(`${before}${ext}`))) return false;
  }
  for (const ext of ['.gz', '.br']) {
    await link(`${before}${ext}`, `${file}${ext}`).catch(() => copyFile(`${before}${ext}`, `${file}${ext}`));
  }
  return true;
}

const brotliQuality = (file) => (file.endsWith('.html') ? 5 : zlib.constants.BROTLI_MAX_QUALITY);

let compressed = 0;
let reused = 0;
async function compress(file) {
  const before = previous ? join(previous, relative(dir, file)) : null;
  if (before && (await sameFile(file, before)) && (await linkSiblings(file, before))) {
    reused++;
    return;
  }
  const data = await readFile(file);
  let siblings = before ? await previousSiblings(before, data) : null;
  if (siblings) {
    reused++;
  } else {
    const [gz, br] = await Promise.all([
      gzip(data, { level: 9 }),
      brotli(data, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: brotliQuality(file),
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        },
      }),
    ]);
    siblings = { gz, br };
    compressed++;
  }
  await Promise.all([writeFile(`${file}.gz`, siblings.gz), writeFile(`${file}.br`, siblings.br)]);
}

// A fixed number of workers take files from one queue, so the thread pool always has work and memory
// holds only the files in flight.
const queue = files(dir);
async function worker() {
  for (;;) {
    const { value: file, done } = await queue.next();
    if (done) return;
    await compress(file);
  }
}
await Promise.all(Array.from({ length: cores * 2 }, worker));
console.log(
  `compress: .gz and .br for ${compressed + reused} files in ${dir} ` +
    `(${compressed} compressed on ${cores} cores, ${reused} unchanged since the last build)`,
);

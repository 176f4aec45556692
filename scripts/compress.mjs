// Writes a gzip (`.gz`, level 9) and a Brotli (`.br`, quality 11) sibling for every file under a
// folder, for hosts and CDNs that serve precompressed files (nginx gzip_static/brotli_static,
// Caddy's precompressed, S3 + Content-Encoding). Run by the Trunk post-build hook on release builds.
// Usage: node scripts/compress.mjs DIR
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/compress.mjs DIR');
  process.exit(2);
}

function* files(d) {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (!/\.(gz|br)$/.test(name)) yield p;
  }
}

let count = 0;
for (const file of files(dir)) {
  const data = readFileSync(file);
  writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
  writeFileSync(
    `${file}.br`,
    brotliCompressSync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
  );
  count++;
}
console.log(`compress: .gz and .br written for ${count} files in ${dir}`);

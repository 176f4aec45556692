// Serves a build for the benchmarks with the e2e tests' GitHub-Pages-like server, answering with the
// precompressed siblings as a CDN would.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A port nobody listens on now (from the ephemeral range, so never the e2e servers' 4173-4175 or 8090). */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Serves dir with the e2e tests' GitHub-Pages-like server; resolves with the process once it listens. */
export async function serve(dir) {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, 'tests/e2e/server.mjs'), dir, String(port), '--precompressed'], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => String(chunk).includes('serving') && resolve());
    child.on('exit', (code) => reject(new Error(`server for ${dir} exited with ${code}`)));
  });
  return { child, url: `http://127.0.0.1:${port}/` };
}

// Debian's Chromium, as every browser script here launches it: as root, with no GPU and no network beyond
// 127.0.0.1, so it must not try to phone home. Playwright's own browser download cannot reach its host, so
// never `playwright install` (docs/testing.md, "What scripts/setup installs, and why").
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Takes full-page screenshots of the running site, as a reader would see it:
//   node screenshot.mjs <url> <out.png> [width] [height] [dark]
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './lib/chromium.mjs';
import { waitForApp } from './lib/app.mjs';

const [url, out, width = '1280', height = '900', scheme = 'light'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) }, colorScheme: scheme });
const messages = [];
page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
await page.goto(url);
// As the reader is left with it: the islands hydrated, every image (the lazy ones below the fold too, which a
// full-page shot shows) and the fonts loaded, and two frames drawn since.
await waitForApp(page);
await page.evaluate(async () => {
  for (const img of document.images) img.loading = 'eager';
  await Promise.all([...document.images].map((img) => img.decode().catch(() => {})));
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
});
await page.screenshot({ path: out, fullPage: process.env.FULL !== '0' });
for (const m of messages) console.log(m);
await browser.close();

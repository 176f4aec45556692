// The second content set: product images and figures (an article reached by a link: lib/prerender.mjs).
import { noLayoutShiftTests } from '../lib/layout-shift.mjs';

noLayoutShiftTests([
  ['front page at 1280px', '/', { width: 1280, height: 800 }],
  ['front page at 360px', '/', { width: 360, height: 740 }],
  ['article with figures at 1280px', '/articles/lifeboat-crew-night-rescue/', { width: 1280, height: 800 }],
  ['article with figures at 360px', '/articles/lifeboat-crew-night-rescue/', { width: 360, height: 740 }],
]);

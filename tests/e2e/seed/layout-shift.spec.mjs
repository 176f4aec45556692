import { noLayoutShiftTests } from '../lib/layout-shift.mjs';

noLayoutShiftTests([
  ['front page at 1280px', '/', { width: 1280, height: 800 }],
  ['front page at 360px', '/', { width: 360, height: 740 }],
  ['not-found page', '/nope', { width: 1280, height: 800 }],
]);

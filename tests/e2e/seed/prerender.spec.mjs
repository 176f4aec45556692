// Every page prerendered, then hydrated (the shared tests in lib/prerender.mjs), on the seed built at the
// host's root: without JavaScript, hydration in place, unknown addresses, head tags and site files.
import { prerenderTests } from '../lib/prerender.mjs';

prerenderTests('public/content');

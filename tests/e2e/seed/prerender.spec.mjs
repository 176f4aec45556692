// Every page prerendered, its islands hydrated (the shared tests in lib/prerender.mjs), on the seed built at
// the host's root: without JavaScript, islands hydrated in place, unknown addresses, head tags and site files.
import { prerenderTests } from '../lib/prerender.mjs';

prerenderTests('public/content');

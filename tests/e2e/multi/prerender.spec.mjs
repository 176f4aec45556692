// Links between prerendered articles, each a full page load (the shared tests in lib/prerender.mjs), on
// the second content set built at the host's root.
import { multiArticleTests } from '../lib/prerender.mjs';

multiArticleTests('tests/content/multi');

// Client navigation between prerendered, hydrated articles (the shared tests in lib/prerender.mjs), on the
// second content set built at the host's root.
import { multiArticleTests } from '../lib/prerender.mjs';

multiArticleTests('tests/content/multi');

// The whole prerender/hydration suite (lib/prerender.mjs) on tests/content/multi built for a GitHub Pages
// project site: `trunk build --public-url /harbour/ --dist dist-sub`, served under /harbour/ only.
import { prerenderTests, multiArticleTests } from '../lib/prerender.mjs';

prerenderTests('tests/content/multi');
multiArticleTests('tests/content/multi');

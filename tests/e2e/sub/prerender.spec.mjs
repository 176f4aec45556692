// The whole prerender and islands suite (lib/prerender.mjs, lib/islands.mjs) on tests/content/multi built for
// a GitHub Pages project site: `trunk build --public-url /harbour/ --dist dist-sub`, served under /harbour/ only.
import { prerenderTests, multiArticleTests } from '../lib/prerender.mjs';
import { islandTests, speculationRulesTests } from '../lib/islands.mjs';

prerenderTests('tests/content/multi');
multiArticleTests('tests/content/multi');
islandTests('tests/content/multi');
speculationRulesTests('tests/content/multi');

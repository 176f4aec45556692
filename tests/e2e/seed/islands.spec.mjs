// The seed's pages are static HTML with two islands (the contents and the comment box): each hydrates once
// per page load, only the islands carry hydration markers, and every page carries the speculation rules
// that make following a link to another page quick (the shared tests in lib/islands.mjs).
import { islandTests, speculationRulesTests } from '../lib/islands.mjs';

islandTests('public/content');
speculationRulesTests('public/content');

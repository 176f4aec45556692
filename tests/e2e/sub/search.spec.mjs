// Search with Pagefind under /harbour/: the index, the results' links and the form keep the prefix (lib/search.mjs).
import { searchTests } from '../lib/search.mjs';

searchTests('tests/content/multi');

// Search with Pagefind: a word of one article, a word of none, categories, the address, no JavaScript (lib/search.mjs).
import { searchTests } from '../lib/search.mjs';

searchTests('tests/content/multi');

// Categories, tags, authors, their feeds, previous/next and related articles under /harbour/ (lib/publication.mjs).
import { publicationTests } from '../lib/publication.mjs';

publicationTests('tests/content/multi');

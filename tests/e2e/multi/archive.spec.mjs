// The archive by month and the sidebar's widgets made from the articles (lib/archive.mjs).
import { archiveTests } from '../lib/archive.mjs';

archiveTests('tests/content/multi');

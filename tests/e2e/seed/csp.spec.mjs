// The Content-Security-Policy of the seed build (the shared tests in lib/csp.mjs).
import { cspTests } from '../lib/csp.mjs';

cspTests('public/content');

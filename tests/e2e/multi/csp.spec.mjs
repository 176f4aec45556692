// The Content-Security-Policy of the second content set (the shared tests in lib/csp.mjs).
import { cspTests } from '../lib/csp.mjs';

cspTests('tests/content/multi');

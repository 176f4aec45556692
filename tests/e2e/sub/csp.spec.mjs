// The Content-Security-Policy under the /harbour/ sub-path (the shared tests in lib/csp.mjs).
import { cspTests } from '../lib/csp.mjs';

cspTests('tests/content/multi');

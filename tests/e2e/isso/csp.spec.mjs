// The Content-Security-Policy of the Isso build: connect-src names the comment server (site.json's
// comment_server.isso) and nothing else beyond the site. The project's server sends _headers' headers, so every
// isso test runs under the header policy as well as the meta tag. Pages are read with JavaScript off here, so
// this file never talks to Isso (the comment tests, which start it, fail on any violation).
import { cspTests } from '../lib/csp.mjs';
import { ISSO } from '../lib/isso-e2e.mjs';

cspTests('tests/content/isso', { commentServer: ISSO, headers: true, loadPages: false });

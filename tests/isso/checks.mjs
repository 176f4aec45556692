// The tally both fact-checking scripts (smoke.mjs, browser-check.mjs) keep: one line per check, and an
// exit code of 1 when any failed.
let failures = 0;
let checks = 0;

export function check(name, ok, detail = '') {
  checks++;
  if (!ok) failures++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `  — ${detail}` : ''}`);
}

/** Counts an exception that stopped a script as one failed check. */
export function uncaught(e) {
  check('uncaught', false, e.stack ?? String(e));
}

export function finish() {
  console.log(`${checks - failures} of ${checks} checks passed${failures ? `, ${failures} FAILED` : ''}`);
  process.exit(failures ? 1 : 0);
}

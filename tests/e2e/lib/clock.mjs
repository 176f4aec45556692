// The page's clock driven by the test (Playwright's page.clock), for a timer of the app: install it before the
// page opens, pause it, then run it just short of the time (nothing yet) and past it.
//
//   await installClock(page);
//   await open(page, …);
//   await page.clock.pauseAt(…);
//   await page.clock.runFor(9_999);   …   await page.clock.runFor(1);
//
// Playwright's fake timers return ids from 10^12 up, where a browser's are WebIDL `long`s (32 bits). The app
// keeps them as wasm-bindgen's i32, which cuts such an id, so its clearTimeout would miss and a cleared timer
// fire later (its Rust closure already dropped: "closure invoked recursively or after being dropped"). The
// page is given 32-bit ids for the fake timers, as a browser would.

/** Runs in every page after Playwright's clock: 32-bit ids for its fake setTimeout and setInterval. */
function thirtyTwoBitTimerIds() {
  const fake = { setTimeout, clearTimeout, setInterval, clearInterval };
  const ids = new Map();
  let next = 1;
  const handOut = (fakeId) => {
    const id = next++;
    ids.set(id, fakeId);
    return id;
  };
  const takeBack = (id) => {
    const fakeId = ids.get(id);
    ids.delete(id);
    return fakeId;
  };
  window.setTimeout = (...args) => handOut(fake.setTimeout(...args));
  window.clearTimeout = (id) => fake.clearTimeout(takeBack(id));
  window.setInterval = (...args) => handOut(fake.setInterval(...args));
  window.clearInterval = (id) => fake.clearInterval(takeBack(id));
}

/** page.clock.install(options), for pages opened from now on. */
export async function installClock(page, options) {
  await page.clock.install(options);
  await page.context().addInitScript(thirtyTwoBitTimerIds);
}

// Hydrates the page's islands, each from a WebAssembly module of its own, when its reader needs it. A file,
// not inline script, so the Content-Security-Policy can stay strict.
//
// The build lists the modules of this page's islands, and only those, in a JSON data block:
//   <script type="application/json" id="island-modules">{"Contents":{"js":"/assets/contents-….js","wasm":"…"}}</script>
// An island `<leptos-island data-component="Name_hash">` belongs to the module of `Name`, whose export of the
// same name hydrates it. A module is fetched at most once, and an island is handed to its export once; it is
// marked `data-hydrating` when its module is asked for, and `data-hydrated` when its export has run.
//   Contents     after the page has loaded, when the browser is idle;
//   CommentBox   when it comes within about a screen of the viewport, when the reader focuses or presses
//                anything in it, or at once when the page is opened at #respond, #comments or #comment-…;
//   Search       at once (only the search page has it).
// Nothing is preloaded: the page's HTML and stylesheet come first.
const listed = document.getElementById('island-modules');
const modules = listed ? JSON.parse(listed.textContent) : {};

const loading = new Map();
/** The exports of `name`'s module, which is fetched and started the first time it is asked for. */
function load(name) {
  if (!loading.has(name)) {
    const { js, wasm } = modules[name];
    loading.set(
      name,
      import(js).then(async (module) => {
        await module.default({ module_or_path: wasm });
        return module;
      }),
    );
  }
  return loading.get(name);
}

const started = new WeakSet();
/** Hands `island` to its module's export, once. A module that cannot be fetched shows the crash notice. */
async function hydrate(island) {
  if (started.has(island)) return;
  started.add(island);
  island.dataset.hydrating = '';
  const component = island.dataset.component;
  const name = component.slice(0, component.lastIndexOf('_'));
  if (!(name in modules)) {
    console.error(`islands: the page lists no module for ${component}`);
    return;
  }
  let exports;
  try {
    exports = await load(name);
  } catch (error) {
    // A failed fetch (offline, a deploy in between): the notice's link reloads the page.
    console.error(`islands: the module for ${name} did not load`, error);
    const crash = document.getElementById('crash');
    if (crash) crash.hidden = false;
    return;
  }
  const run = exports[component];
  if (typeof run !== 'function') {
    console.error(`islands: the WebAssembly has no export named ${component}`);
    return;
  }
  run(island);
  island.dataset.hydrated = '';
}

/** After the load event, when the browser is idle (or at once, where it cannot say when it is). */
function whenIdle(task) {
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(task, { timeout: 2000 }) : setTimeout(task));
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}

/** When the reader needs `island`: near the viewport, focus or a press in it, or an address pointing into it. */
function whenNeeded(island, task) {
  const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && now(), { rootMargin: '100% 0px' });
  const events = ['focusin', 'pointerdown'];
  function now() {
    observer.disconnect();
    for (const type of events) island.removeEventListener(type, now);
    removeEventListener('hashchange', atAnchor);
    task();
  }
  function atAnchor() {
    const id = decodeURIComponent(location.hash.slice(1));
    // A comment of a thread the box loads (from a comment server) is not in the page until then.
    if (['comments', 'respond'].includes(id) || id.startsWith('comment-') || (id && island.contains(document.getElementById(id)))) now();
  }
  atAnchor();
  // A reader already in the form (focused before this script ran).
  if (island.contains(document.activeElement)) now();
  if (!started.has(island)) {
    // `<leptos-island>` is `display: contents`, with no box of its own: its children are watched.
    for (const child of island.children) observer.observe(child);
    for (const type of events) island.addEventListener(type, now);
    addEventListener('hashchange', atAnchor);
  }
}

for (const island of document.querySelectorAll('leptos-island')) {
  const name = island.dataset.component.slice(0, island.dataset.component.lastIndexOf('_'));
  if (name === 'Contents') whenIdle(() => hydrate(island));
  else if (name === 'CommentBox') whenNeeded(island, () => hydrate(island));
  else hydrate(island);
}

// Keyboard readers: a same-site link that gets keyboard focus is prerendered at once. The page carries the
// rule as a JSON data block (the Nu HTML Checker does not know its "immediate" eagerness yet); its text is
// allowed by hash in the Content-Security-Policy, like the page's own speculation rules.
const keyboardRules = document.getElementById('speculation-rules-keyboard');
if (keyboardRules && HTMLScriptElement.supports?.('speculationrules')) {
  const rules = document.createElement('script');
  rules.type = 'speculationrules';
  rules.textContent = keyboardRules.textContent;
  document.head.append(rules);
}

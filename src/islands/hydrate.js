// Hydrates the page's islands. Trunk's loader (moved into a file by the prerenderer) runs the
// WebAssembly, sets `window.wasmBindings` and fires `TrunkApplicationStarted`; each island's
// `<leptos-island data-component="Name_hash">` is then handed to the export of that name, once.
// A file, not inline script, so the Content-Security-Policy can stay strict.
function hydrateIslands(bindings) {
  for (const island of document.querySelectorAll('leptos-island')) {
    if (island.dataset.hydrated) continue;
    const hydrate = bindings[island.dataset.component];
    if (typeof hydrate !== 'function') {
      console.error(`islands: the WebAssembly has no export named ${island.dataset.component}`);
      continue;
    }
    island.dataset.hydrated = '';
    hydrate(island);
  }
}

if (window.wasmBindings) hydrateIslands(window.wasmBindings);
else addEventListener('TrunkApplicationStarted', () => hydrateIslands(window.wasmBindings), { once: true });

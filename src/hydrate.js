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

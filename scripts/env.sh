# Sourced by the other scripts (not run): puts the project's pinned build tools first on PATH, so Trunk finds
# binaryen 132's wasm-opt and Pagefind from scripts/node_modules (scripts/package.json; never Debian's
# binaryen 108, which breaks the module) and the cargo-installed trunk and wasm-bindgen. The test tools
# (tests/e2e/node_modules) are run through npx or node, never from PATH. Prints nothing.
# shellcheck shell=bash
_broadsheet_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$_broadsheet_root/scripts/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
unset _broadsheet_root

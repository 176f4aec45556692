# Sourced by the other scripts (not run): puts the project's pinned tools first on PATH, so Trunk finds
# binaryen 132's wasm-opt from npm (never Debian's 108, which breaks the module) and the cargo-installed
# trunk and wasm-bindgen. Prints nothing.
# shellcheck shell=bash
_broadsheet_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$_broadsheet_root/tests/e2e/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
unset _broadsheet_root

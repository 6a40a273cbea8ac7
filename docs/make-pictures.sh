#!/usr/bin/env bash
# Draws the README's pictures (docs/pictures/*.svg) from the bundled dataset with the presets of
# `clustergraph render`. Run from anywhere after a change to the presets, the styling or the data:
#
#   docs/make-pictures.sh [path/to/clustergraph]     (default: swift run -c release clustergraph)
#
# Tests/CLITests/READMETests.swift checks that each committed picture still shows what a fresh render
# shows (the same captions), so a stale picture fails the tests.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
if [ $# -ge 1 ]; then CG=("$1"); else CG=(swift run -c release --package-path "$ROOT" clustergraph); fi
mkdir -p "$HERE/pictures"
for preset in clusters ties regions map; do
  "${CG[@]}" render --preset "$preset" -o "$HERE/pictures/$preset.svg"
done

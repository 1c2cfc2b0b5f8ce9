#!/usr/bin/env bash
# Render the application icon's PNG sizes from the hand-drawn SVGs (run after editing them).
#
#   bash packaging/render-icons.sh        needs rsvg-convert (Debian: librsvg2-bin)
#
# 16 and 24 px come from newsroom-16.svg and newsroom-24.svg, drawn on their pixel grids;
# the other sizes from newsroom.svg. The PNGs are committed, so building needs no renderer.
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
command -v rsvg-convert >/dev/null || { echo "render-icons.sh: install librsvg2-bin" >&2; exit 1; }
for size in 16 24 32 48 64 128 256 512; do
    source=newsroom.svg
    [ -f "newsroom-$size.svg" ] && source="newsroom-$size.svg"
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" "$source" -o "hicolor/${size}x${size}/apps/newsroom.png"
done
echo "rendered: $(ls -d hicolor/*/apps/newsroom.png | tr '\n' ' ')"

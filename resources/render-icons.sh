#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Renders the committed icon files from icons/commercedesk.svg. Authoring time only: the build never runs this,
# so building needs none of these tools. Run it after editing the SVG and commit the results.
#   icons/png/commercedesk-<N>.png  N = 16 22 24 32 48 64 128 256 512   (hicolor sizes, Qt resource, Linux packages)
#   icons/commercedesk.ico          16 24 32 48 64 256                   (Windows executable and installer)
#   icons/commercedesk.icns         16 32 48 128 256 512                 (macOS bundle)
# Needs: rsvg-convert (librsvg2-bin), ImageMagick convert, png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")/icons"

for tool in rsvg-convert png2icns; do
    command -v "$tool" >/dev/null || { echo "render-icons: $tool is missing" >&2; exit 2; }
done
# ImageMagick's own convert, not a wrapper earlier on PATH.
convert=/usr/bin/convert
[[ -x $convert ]] || convert=$(command -v convert)

sizes=(16 22 24 32 48 64 128 256 512)
mkdir -p png
for n in "${sizes[@]}"; do
    rsvg-convert --width "$n" --height "$n" --format png commercedesk.svg --output "png/commercedesk-$n.png"
done

# -strip drops timestamps so re-rendering an unchanged SVG gives identical bytes.
"$convert" png/commercedesk-{16,24,32,48,64,256}.png -strip commercedesk.ico
png2icns commercedesk.icns png/commercedesk-{16,32,48,128,256,512}.png >/dev/null
echo "render-icons: wrote ${#sizes[@]} PNGs, commercedesk.ico and commercedesk.icns"

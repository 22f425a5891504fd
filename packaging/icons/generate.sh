#!/usr/bin/env bash
# Renders tierdesk.svg into the icon files each platform's jpackage wants; the results are committed so a build
# needs none of these tools. Needs Debian's librsvg2-bin (rsvg-convert), imagemagick and icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")"
out=png
mkdir -p "$out"
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" tierdesk.svg -o "$out/tierdesk-$size.png"
done
# Linux: jpackage takes one PNG and installs it as the desktop entry's icon.
cp "$out/tierdesk-256.png" ../linux/TierDesk.png
# Windows: one .ico holding the sizes Explorer, the taskbar and the Start menu pick from.
/usr/bin/convert "$out"/tierdesk-{16,24,32,48,64,128,256}.png ../windows/TierDesk.ico
# macOS: png2icns knows 16, 32, 48, 128, 256, 512 and 1024.
png2icns ../macos/TierDesk.icns "$out"/tierdesk-{16,32,48,128,256,512,1024}.png >/dev/null

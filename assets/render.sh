#!/usr/bin/env bash
# Regenerates every PNG derived from the SVG sources in assets/ and copies the
# files the application loads into src/main/resources.
# Needs rsvg-convert (Debian/Ubuntu package: librsvg2-bin).
set -euo pipefail

cd "$(dirname "$0")/.."
command -v rsvg-convert >/dev/null || { echo "rsvg-convert not found (apt-get install librsvg2-bin)" >&2; exit 1; }

RES=src/main/resources/com/clearpath

# App icons: the hand-tuned small icon for 16 and 32 px, the full icon above.
mkdir -p assets/icons "$RES/ui/icons"
for size in 16 32; do
  rsvg-convert -w "$size" -h "$size" assets/icon-small.svg -o "assets/icons/icon-$size.png"
done
for size in 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" assets/icon.svg -o "assets/icons/icon-$size.png"
done
cp assets/icons/icon-*.png "$RES/ui/icons/"

# Packaging icon (Linux desktop entry).
mkdir -p packaging/linux
cp assets/icons/icon-256.png packaging/linux/clearpath.png

# Illustrations: SVG for the app, PNG at 1x and 2x for the handout.
mkdir -p "$RES/ui/illustrations" "$RES/document/illustrations"
for svg in assets/illustrations/*.svg; do
  name=$(basename "$svg" .svg)
  rsvg-convert -w 240 -h 160 "$svg" -o "$RES/document/illustrations/$name.png"
  rsvg-convert -w 480 -h 320 "$svg" -o "$RES/document/illustrations/$name@2x.png"
  cp "$svg" "$RES/ui/illustrations/"
done

# Face map: copy for the app, and a preview with each zone tinted.
if [ -f assets/face-map.svg ]; then
  cp assets/face-map.svg "$RES/ui/face-map.svg"
  tmp=$(mktemp --suffix=.svg)
  trap 'rm -f "$tmp"' EXIT
  sed -E \
    -e 's/(id="FOREHEAD"[^>]*fill=")[^"]*/\1#A8DADC/' \
    -e 's/(id="TEMPLE_LEFT"[^>]*fill=")[^"]*/\1#F4D35E/' \
    -e 's/(id="TEMPLE_RIGHT"[^>]*fill=")[^"]*/\1#F6BD60/' \
    -e 's/(id="CHEEK_LEFT"[^>]*fill=")[^"]*/\1#F28482/' \
    -e 's/(id="CHEEK_RIGHT"[^>]*fill=")[^"]*/\1#F5A3B4/' \
    -e 's/(id="NOSE"[^>]*fill=")[^"]*/\1#84A59D/' \
    -e 's/(id="PERIORAL"[^>]*fill=")[^"]*/\1#B8A9E0/' \
    -e 's/(id="CHIN"[^>]*fill=")[^"]*/\1#90BE6D/' \
    -e 's/(id="JAWLINE_LEFT"[^>]*fill=")[^"]*/\1#7FB7E6/' \
    -e 's/(id="JAWLINE_RIGHT"[^>]*fill=")[^"]*/\1#9BC4F0/' \
    -e 's/(id="NECK"[^>]*fill=")[^"]*/\1#D4C4A8/' \
    assets/face-map.svg > "$tmp"
  rsvg-convert -w 600 -h 760 -b white "$tmp" -o assets/face-map-preview.png
fi

echo "PNGs regenerated."

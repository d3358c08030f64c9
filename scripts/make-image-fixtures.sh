#!/bin/sh
# Regenerates the images in src/__fixtures__/images/, read by src/validate/image-size.test.ts.
#
# Each image is written by a real encoder (ImageMagick 6, libwebp's cwebp), so the test measures
# headers as real programs write them, not as the test thinks they look. Every image has its own
# size, wider than 255 pixels and not square, so a swapped width and height or a wrong byte order
# gives a wrong answer. `huge.png` is 8000 × 6000 (48 million pixels, over the 40 million limit),
# 1 bit per pixel so it is only a few kilobytes on disk.
#
# Needs: /usr/bin/convert-im6.q16 (the real ImageMagick; `convert` on PATH may be something else)
# and cwebp. Run from the repository root:
#
#   sh scripts/make-image-fixtures.sh
set -eu

convert=${CONVERT:-/usr/bin/convert-im6.q16}
out=src/__fixtures__/images
mkdir -p "$out"
# No dates or other metadata in the files, so a rerun gives the same bytes.
strip="-strip -define png:exclude-chunks=date,time"

# PNG, 301 × 17.
$convert -size 301x17 gradient:red-blue $strip "$out/gradient.png"
# JPEG, baseline (SOF0), 263 × 19, with a comment (COM marker) before the frame.
$convert -size 263x19 gradient:green-yellow $strip -set comment "bundel test image" -interlace none -quality 80 "$out/baseline.jpg"
# JPEG, progressive (SOF2), 277 × 23.
$convert -size 277x23 gradient:navy-orange $strip -interlace JPEG -quality 80 "$out/progressive.jpg"
# GIF, 311 × 13.
$convert -size 311x13 gradient:black-white $strip "$out/gradient.gif"
# WebP: lossy (VP8), lossless (VP8L) and lossy with transparency (VP8X with an ALPH chunk).
$convert -size 333x21 gradient:purple-cyan $strip "$out/webp-source.png"
$convert -size 329x27 gradient:none-red $strip "$out/webp-alpha-source.png"
cwebp -quiet -q 75 "$out/webp-source.png" -o "$out/lossy.webp"
cwebp -quiet -lossless "$out/webp-source.png" -o "$out/lossless.webp"
cwebp -quiet -q 75 -alpha_q 80 "$out/webp-alpha-source.png" -o "$out/alpha.webp"
rm "$out/webp-source.png" "$out/webp-alpha-source.png"
# PNG, 8000 × 6000, one bit per pixel: too many pixels to embed.
$convert -size 8000x6000 xc:white -monochrome $strip "$out/huge.png"

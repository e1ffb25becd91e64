#!/usr/bin/env bash
# Rebuilds assets/age-encryption/age-encryption.min.js, the single-file
# build of the age project's JavaScript implementation (npm age-encryption,
# on @noble/ciphers, curves and hashes) that carnet inlines in its
# self-decrypting HTML bundles (src/bundle/html.rs), and its SHA256SUMS.
#
# Not run by CI nor at compile time: the built file is committed, and a test
# (bundle::html tests) checks it against SHA256SUMS. Run it by hand to
# upgrade: edit the pinned versions in package.json, run this script (it
# needs node and npm, and the npm registry), review the diff, commit the
# new package-lock.json, min.js and SHA256SUMS together.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/package.json" "$here/entry.js" "$work/"
[ -f "$here/package-lock.json" ] && cp "$here/package-lock.json" "$work/"
cd "$work"
if [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund --ignore-scripts
else
  npm install --no-audit --no-fund --ignore-scripts
  cp package-lock.json "$here/"
fi
# esbuild's binary comes from its platform package (no install script needed).
./node_modules/.bin/esbuild entry.js --bundle --format=iife --global-name=carnetAge \
  --minify --target=es2020 --legal-comments=eof --charset=ascii \
  --outfile=age-encryption.min.js
# The page inlines it in a <script> element: it must not close one.
if grep -qi '</script' age-encryption.min.js; then
  echo "the build contains </script: it cannot be inlined" >&2
  exit 1
fi
cp age-encryption.min.js "$here/"
cd "$here"
sha256sum age-encryption.min.js > SHA256SUMS
cat SHA256SUMS

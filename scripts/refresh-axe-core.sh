#!/bin/sh
# Refreshes the vendored axe-core (the accessibility engine the browser tests run) from its npm package.
# Needs npm; the build and the tests do not. Usage: scripts/refresh-axe-core.sh [version]
set -e
version="${1:-4.14.1}"
target="$(cd "$(dirname "$0")/.." && pwd)/src/test/resources/axe"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "axe-core@$version" >/dev/null 2>&1 && tar xzf "axe-core-$version.tgz")
mkdir -p "$target"
cp "$work/package/axe.min.js" "$target/"
cp "$work/package/LICENSE" "$target/LICENSE.txt"
echo "axe-core $version (MPL-2.0), from its npm package; refresh with scripts/refresh-axe-core.sh" > "$target/VERSION"
echo "axe-core $version copied to $target"

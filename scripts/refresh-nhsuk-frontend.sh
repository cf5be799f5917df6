#!/bin/sh
# Refreshes the vendored NHS.UK frontend (compiled CSS, JS and images) from its npm package.
# Needs npm; the build and the running product do not. Usage: scripts/refresh-nhsuk-frontend.sh [version]
set -e
version="${1:-10.6.1}"
target="$(cd "$(dirname "$0")/.." && pwd)/src/main/resources/static/vendor/nhsuk-frontend"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "nhsuk-frontend@$version" >/dev/null 2>&1 && tar xzf "nhsuk-frontend-$version.tgz")
dist="$work/package/dist/nhsuk"
rm -rf "$target"
mkdir -p "$target"
cp "$dist/nhsuk-frontend.min.css" "$dist/nhsuk-frontend.min.js" "$target/"
images="$(dirname "$target")/../assets/images"
rm -rf "$images" && mkdir -p "$images" && cp "$dist"/assets/images/* "$images/"
cp "$work/package/LICENSE"* "$target/" 2>/dev/null || cat > "$target/LICENSE.txt" <<LICENCE
nhsuk-frontend $version, MIT licence, (c) NHS England. See the package's README on npm.
LICENCE
echo "nhsuk-frontend $version" > "$target/VERSION"
echo "NHS.UK frontend $version copied to $target"

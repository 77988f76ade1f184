#!/usr/bin/env bash
# npm/pack.sh DIST_DIR OUT_DIR VERSION
# Builds the npm packages from the binaries `make dist` wrote: `vouch` (the
# wrapper in npm/vouch) and @vouchpm/vouch-<os>-<cpu> for each binary found,
# all at VERSION, and packs each into OUT_DIR with `npm pack`.
set -euo pipefail
dist=$(cd "$1" && pwd); out=$2; version=$3
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$out" && mkdir -p "$out/src"
out=$(cd "$out" && pwd)
declare -A goos=([linux]=linux [darwin]=darwin [win32]=windows) goarch=([x64]=amd64 [arm64]=arm64)
for os in linux darwin win32; do
  for cpu in x64 arm64; do
    ext=""; [ "$os" = win32 ] && ext=.exe
    bin="$dist/vouch-${goos[$os]}-${goarch[$cpu]}$ext"
    [ -f "$bin" ] || continue
    name="vouch-$os-$cpu"
    d="$out/src/$name"; mkdir -p "$d/bin"
    cp "$bin" "$d/bin/vouch$ext"; chmod +x "$d/bin/vouch$ext"
    cat > "$d/package.json" <<JSON
{
  "name": "@vouchpm/$name",
  "version": "$version",
  "description": "The vouch CLI binary for $os/$cpu (installed by the package vouch)",
  "license": "Apache-2.0",
  "repository": {"type": "git", "url": "git+https://github.com/vouchpm/vouch.git"},
  "os": ["$os"],
  "cpu": ["$cpu"],
  "files": ["bin/vouch$ext"],
  "preferUnplugged": true
}
JSON
    (cd "$out" && npm pack --silent "$d" >/dev/null)
  done
done
d="$out/src/vouch"; mkdir -p "$d"; cp -r "$here/vouch/." "$d/"
node -e '
  const fs = require("fs"), [file, v] = process.argv.slice(1);
  const p = JSON.parse(fs.readFileSync(file, "utf8"));
  p.version = v;
  for (const k of Object.keys(p.optionalDependencies)) p.optionalDependencies[k] = v;
  fs.writeFileSync(file, JSON.stringify(p, null, 2) + "\n");
' "$d/package.json" "$version"
(cd "$out" && npm pack --silent "$d" >/dev/null)
ls "$out"/*.tgz

#!/usr/bin/env bash
# Refuses executables (ELF, Mach-O, PE) tracked outside testdata/ folders:
# binaries are built, never committed. Run by `make lint` (and so `make test`).
set -euo pipefail
cd "$(dirname "$0")/.."
bad=0
while IFS= read -r -d '' f; do
  case "/$f" in */testdata/*) continue ;; esac
  [ -f "$f" ] || continue
  magic=$(head -c 4 -- "$f" | od -An -tx1 | tr -d ' \n')
  case "$magic" in
    7f454c46) kind=ELF ;;
    feedface|feedfacf|cefaedfe|cffaedfe) kind=Mach-O ;;
    4d5a*) kind=PE ;;
    *) continue ;;
  esac
  echo "tracked $kind binary outside testdata/: $f (git rm --cached it; build it instead)" >&2
  bad=1
done < <(git ls-files -z)
exit $bad

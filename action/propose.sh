#!/usr/bin/env bash
# The propose mode of the vouch GitHub Action (action.yml, mode: propose): a
# CI proposer key (a policy's proposer, which never counts towards M) packs
# the package, signs the Release with the commit (gitSha) and this run's URL
# (ciRunUrl) and proposes it to vouch-host. Maintainers then approve it.
# Outputs release-id.
set -euo pipefail

: "${GITHUB_OUTPUT:?}" "${RUNNER_TEMP:?}" "${INPUT_PROPOSER_KEY:?set proposer-key from a secret}"
dir=${INPUT_WORKING_DIRECTORY:-.}
tools="$RUNNER_TEMP/vouch-cli"

mkdir -p "$tools"
[ -f "$tools/package.json" ] || echo '{"name": "vouch-action", "private": true}' > "$tools/package.json"
# shellcheck disable=SC2086 # INPUT_PACKAGE is a list of npm specs
(cd "$tools" && npm install --no-audit --no-fund --loglevel=error ${INPUT_PACKAGE:-vouch@latest} >&2)
vouch="$tools/node_modules/.bin/vouch"
"$vouch" --version >&2

# The key goes to a file only this user reads, removed on exit.
key="$(mktemp "$RUNNER_TEMP/vouch-proposer.XXXXXX")"
trap 'rm -f "$key"' EXIT
chmod 600 "$key"
printf '%s' "$INPUT_PROPOSER_KEY" > "$key"

args=(propose "$dir" --key-file "$key" --json)
[ -n "${GITHUB_SHA:-}" ] && args+=(--git-sha "$GITHUB_SHA")
if [ -n "${GITHUB_RUN_ID:-}" ] && [ -n "${GITHUB_REPOSITORY:-}" ]; then
  args+=(--ci-run-url "${GITHUB_SERVER_URL:-https://github.com}/$GITHUB_REPOSITORY/actions/runs/$GITHUB_RUN_ID")
fi
out="$RUNNER_TEMP/vouch-propose.json"
VOUCH_HOST="$INPUT_HOST" VOUCH_RPC="$INPUT_RPC" VOUCH_REGISTRY="$INPUT_REGISTRY" VOUCH_CHAIN_ID="${INPUT_CHAIN_ID:-}" \
  "$vouch" "${args[@]}" > "$out"
id="$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).id)' "$out")"
echo "release-id=$id" >> "$GITHUB_OUTPUT"
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  printf '## vouch propose\n\nProposed release `%s` (CI proposer: needs the maintainers'"'"' approvals: `vouch approve %s`).\n' "$id" "$id" >> "$GITHUB_STEP_SUMMARY"
fi

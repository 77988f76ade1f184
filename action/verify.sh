#!/usr/bin/env bash
# The steps of the vouch GitHub Action (action.yml), in one script that runs
# the same on a runner and in cmd/vouch's test: install the vouch CLI from
# npm, verify the lockfile, write SARIF, the job summary table, and the
# outputs exit-code and sarif. It always exits 0 once verify ran, so that the
# SARIF upload runs; action.yml's last step fails the job with verify's status.
set -euo pipefail

: "${GITHUB_OUTPUT:?}" "${GITHUB_STEP_SUMMARY:?}" "${RUNNER_TEMP:?}"
dir=${INPUT_WORKING_DIRECTORY:-.}
tools="$RUNNER_TEMP/vouch-cli"

# 1. Install the CLI (the npm package picks the binary for this runner).
mkdir -p "$tools"
[ -f "$tools/package.json" ] || echo '{"name": "vouch-action", "private": true}' > "$tools/package.json"
# shellcheck disable=SC2086 # INPUT_PACKAGE is a list of npm specs
(cd "$tools" && npm install --no-audit --no-fund --loglevel=error ${INPUT_PACKAGE:-vouch@latest} >&2)
vouch="$tools/node_modules/.bin/vouch"
"$vouch" --version >&2

# 2. Verify: JSON for the summary, then SARIF (same chain state, no second baseline write).
args=(verify --rpc "$INPUT_RPC" --registry "$INPUT_REGISTRY")
[ -n "${INPUT_LOCKFILE:-}" ] && args+=(--lockfile "$INPUT_LOCKFILE")
[ "${INPUT_STRICT:-false}" = true ] && args+=(--strict)
[ -n "${INPUT_MIN_SCORE:-}" ] && [ "${INPUT_MIN_SCORE}" != 0 ] && args+=(--min-score "$INPUT_MIN_SCORE")
[ -n "${INPUT_OMIT:-}" ] && args+=(--omit "$INPUT_OMIT")
[ -n "${INPUT_BASELINE:-}" ] && args+=(--baseline "$INPUT_BASELINE")
json="$RUNNER_TEMP/vouch.json"; sarif="$RUNNER_TEMP/vouch.sarif"
code=0
(cd "$dir" && "$vouch" "${args[@]}" --json > "$json") || code=$?
if [ "$code" -le 1 ]; then
  (cd "$dir" && "$vouch" "${args[@]}" --no-baseline --sarif > "$sarif") || true
  echo "sarif=$sarif" >> "$GITHUB_OUTPUT"
fi
echo "exit-code=$code" >> "$GITHUB_OUTPUT"

# 3. Job summary: counts per status, then one row per failure and warning.
if [ "$code" -le 1 ]; then
  node - "$json" >> "$GITHUB_STEP_SUMMARY" <<'JS'
const r = JSON.parse(require("fs").readFileSync(process.argv[2], "utf8"));
const esc = (s) => String(s).replace(/\|/g, "\\|").replace(/\n/g, " ");
const lines = ["## vouch verify", "", `${r.summary.total} packages in \`${esc(r.source)}\`: ${r.summary.findings} failed, ${r.summary.warnings} warnings`, "",
  "| status | packages |", "|---|---:|"];
for (const [k, v] of Object.entries(r.summary.byStatus).sort((a, b) => b[1] - a[1])) lines.push(`| ${k} | ${v} |`);
const shown = r.results.filter((x) => x.error || (x.status !== "verified" && x.status !== "not-enrolled"));
if (shown.length) {
  lines.push("", "| | status | package | reason |", "|---|---|---|---|");
  for (const x of shown) lines.push(`| ${x.error ? "❌" : "⚠️"} | ${x.status} | ${esc(x.name)}@${esc(x.version)} | ${esc(x.reason)} |`);
}
console.log(lines.join("\n"));
JS
else
  printf '## vouch verify\n\nvouch could not verify (exit %s); see the job log.\n' "$code" >> "$GITHUB_STEP_SUMMARY"
fi
exit 0

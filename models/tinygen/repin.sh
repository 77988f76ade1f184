#!/bin/bash
# Re-pin models/tiny-test.json after a deliberate change to the generator,
# its template or the ollama version: creates the seed-1 model with the CLI in
# a fresh server (the documented two-step Modelfiles), then records the
# manifest and config ollama wrote and the digests. Review the diff, rerun
# `go test ./models/...` (the modelHash golden in hash_test.go changes too).
set -euo pipefail
root=$(git rev-parse --show-toplevel)
bin=${VOUCH_OLLAMA_BIN:-$root/build/bin/ollama}
tmp=$(mktemp -d)
(cd "$root" && go run ./models/tinygen/cmd/tinygen -seed 1 -out "$tmp/tiny")
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export HOME=$tmp/home OLLAMA_HOST=127.0.0.1:$port OLLAMA_MODELS=$tmp/models
mkdir -p "$HOME"
"$bin" serve >"$tmp/serve.log" 2>&1 &
pid=$!
trap 'kill $pid; rm -rf "$tmp"' EXIT
for _ in $(seq 100); do curl -sf "http://$OLLAMA_HOST/api/version" >/dev/null && break; sleep 0.1; done
cd "$tmp/tiny"
"$bin" create vouch-tinygen-seed-1 -f Modelfile.stage >/dev/null 2>&1
"$bin" create vouch-tiny-test -f Modelfile >/dev/null 2>&1
"$bin" rm vouch-tinygen-seed-1 >/dev/null
manifest=$OLLAMA_MODELS/manifests/registry.ollama.ai/library/vouch-tiny-test/latest
config=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["config"]["digest"].replace(":", "-"))' "$manifest")
cp "$manifest" "$root/models/testdata/tiny-test.ollama-manifest.json"
cp "$OLLAMA_MODELS/blobs/$config" "$root/models/testdata/tiny-test.ollama-config.json"
python3 - "$root/models/tiny-test.json" "$manifest" "$tmp/tiny/tiny.gguf" <<'PY'
import hashlib, json, sys
path, manifest, gguf = sys.argv[1:]
m = json.load(open(path))
m["weightsDigest"] = hashlib.sha256(open(manifest, "rb").read()).hexdigest()
m["modelLayerDigest"] = hashlib.sha256(open(gguf, "rb").read()).hexdigest()
open(path, "w").write(json.dumps(m, indent=2, ensure_ascii=False) + "\n")
print("weightsDigest", m["weightsDigest"], "modelLayerDigest", m["modelLayerDigest"])
PY
curl -s "http://$OLLAMA_HOST/api/tags"; echo

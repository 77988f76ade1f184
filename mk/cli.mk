# CLI: cmd/vouch's test against a real `vouch-host --dev` (with its scorer
# child) runs the binaries from $(BIN); build them before `go test`.
.PHONY: cli-test-bins

cli-test-bins:
	mkdir -p $(BIN)
	$(GO) build -o $(BIN)/ ./cmd/vouch-host ./cmd/scorer

TEST_DEPS += cli-test-bins

# CLI: cmd/vouch's test against a real `vouch-host --dev` (with its scorer
# and coordinator children) and the demo's end-to-end test run the binaries
# from $(BIN); build them all before `go test`.
.PHONY: cli-test-bins

cli-test-bins:
	mkdir -p $(BIN)
	$(GO) build -o $(BIN)/ ./cmd/...

TEST_DEPS += cli-test-bins

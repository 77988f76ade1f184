# benchlock.mk — `make bench-verify-lockfile`: times `vouch verify --lockfile`
# on a lockfile of 1,000+ real npm packages recorded on the embedded dev chain,
# beside `npm ci` from a warm npm cache and `npm audit signatures`. A
# benchmark, not a test: it needs the npm registry and takes several minutes.
# BENCH_LOCKFILE_FLAGS passes flags through, e.g. -runs 15 -npm-runs 3 -chain-only.

BENCH_LOCKFILE_DIR   := $(BUILD)/bench-lockfile
BENCH_LOCKFILE_FLAGS ?=

.PHONY: bench-verify-lockfile

bench-verify-lockfile:
	mkdir -p $(BIN) $(BENCH_LOCKFILE_DIR)
	go build -o $(BIN)/vouch ./cmd/vouch
	go run ./bench/verify-lockfile -dir $(BENCH_LOCKFILE_DIR) -vouch $(BIN)/vouch $(BENCH_LOCKFILE_FLAGS)

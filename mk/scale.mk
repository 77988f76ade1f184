# scale.mk — `make bench-soak`: the host's fault-and-load run (two replicas
# on one PostgreSQL, 200 packages, 2,000 releases, leader SIGKILLed, chain
# RPC cut, publishing to a real Verdaccio behind a proxy failing 10% of the
# publish PUTs; bench/soak, host/SCALE.md), and
# `make bench-load`: API requests/s and p99 on SQLite and PostgreSQL.
# Benchmarks, not tests: loopback only, bounded by their flags.
# SOAK_FLAGS / LOAD_FLAGS pass flags through, e.g. SOAK_FLAGS='-packages 20 -releases 200'.

SOAK_FLAGS ?=
LOAD_FLAGS ?=

.PHONY: bench-soak bench-load

bench-soak: apt-deps verdaccio
	mkdir -p $(BIN)
	$(GO) build -o $(BIN)/soak ./bench/soak
	$(BIN)/soak $(SOAK_FLAGS)

bench-load: apt-deps
	$(GO) run ./bench/load $(LOAD_FLAGS)

# vouch — build, test and demo on a fresh Debian machine with Go, Node/npm and apt.
#
#   make demo   the whole system end to end on embedded defaults
#   make test   every test (what .ci/run runs)
#
# Fragments in mk/*.mk add tools and services (solc, Verdaccio, ollama) and
# append to TEST_DEPS / DEMO_DEPS. Everything they fetch lands in build/,
# which is git-ignored and reused between runs.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

BUILD      := $(CURDIR)/build
BIN        := $(BUILD)/bin
GO         ?= go
# The standard library of Go 1.26.8 has known vulnerabilities that the code
# reaches (govulncheck); go1.27.3 fixes them. The go command fetches this
# toolchain from the Go module proxy on first use (about 10 s).
export GOTOOLCHAIN := go1.27.3
export CGO_ENABLED := 1
# The go-tpm-tools simulator is C and logs plenty of compiler noise otherwise.
export CGO_CFLAGS ?= -O2 -Wno-deprecated-declarations
GOTESTFLAGS ?= -timeout 40m
TEST_DEPS  :=
DEMO_DEPS  :=
APT_PKGS   := gcc libssl-dev

-include mk/*.mk

.PHONY: help apt-deps tools build test lint demo fuzz bench clean

help:
	@echo "make demo    run the whole system end to end on embedded defaults"
	@echo "make test    run every test (vet, staticcheck, go test)"
	@echo "make fuzz    run each fuzz target for FUZZTIME (default 60s)"
	@echo "make bench   run the Go benchmarks"

# apt packages: only installed when missing, so repeated runs stay offline.
apt-deps:
	@missing=""; for p in $(APT_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

$(BIN)/staticcheck:
	GOBIN=$(BIN) $(GO) install honnef.co/go/tools/cmd/staticcheck@v0.8.2

tools: $(BIN)/staticcheck

build: apt-deps
	mkdir -p $(BIN)
	$(GO) build -o $(BIN)/ ./cmd/...

lint: tools
	bash mk/hygiene.sh
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { gofmt -l $$(git ls-files '*.go'); echo "gofmt: files above need formatting"; exit 1; }
	$(GO) vet ./...
	$(BIN)/staticcheck ./...

# Packages that run goroutines get a second pass under the race detector.
RACE_PKGS ?= ./enclave/... ./host/api/... ./host/relay/... ./host/store/... ./scorer/server/...
# Packages whose tests make fixtures at a fixed clock (attestation/testclock)
# run again with those clocks a year ahead: a test that passes only near the
# date it was written fails here at once.
CLOCK_PKGS = $$($(GO) list -f '{{.ImportPath}} {{join .TestImports " "}} {{join .XTestImports " "}}' ./... | awk '/attestation\/testclock/{print $$1}')

test: apt-deps $(TEST_DEPS) lint vulncheck
	$(GO) test $(GOTESTFLAGS) ./...
	$(GO) test -race $(GOTESTFLAGS) $(RACE_PKGS)
	VOUCH_TEST_CLOCK_OFFSET=8760h $(GO) test -count=1 $(GOTESTFLAGS) $(CLOCK_PKGS)

FUZZTIME ?= 60s
fuzz: apt-deps
	@for pkg in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz' || true); do \
	    echo "== $$pkg $$f"; $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 5s $$pkg; \
	  done; \
	done

bench: apt-deps $(TEST_DEPS)
	$(GO) test -run '^$$' -bench . -benchmem ./...

DEMO_LOGS ?= $(BUILD)/demo/$(shell date +%Y%m%d-%H%M%S)
demo: build $(DEMO_DEPS)
	VERDACCIO_BIN=$(VERDACCIO_BIN) VOUCH_OLLAMA_BIN=$(BIN)/ollama $(BIN)/vouch demo --bin $(BIN) --logs $(DEMO_LOGS)

clean:
	rm -rf $(BUILD)

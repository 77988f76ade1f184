# dist.mk — `make dist`: static vouch CLI binaries (CGO_ENABLED=0) for
# linux, darwin and windows on amd64 and arm64, with SHA256SUMS, in
# build/dist/; `make npm-packages` wraps them as the npm package `vouch` and
# one optional package per platform (npm/README.md), packed in build/npm/.
# -trimpath and a fixed version and commit make the binaries reproducible.

DIST_DIR       := $(BUILD)/dist
DIST_PLATFORMS := linux/amd64 linux/arm64 darwin/amd64 darwin/arm64 windows/amd64 windows/arm64
DIST_VERSION   ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
DIST_COMMIT    ?= $(shell git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
DIST_LDFLAGS   := -s -w -X main.version=$(DIST_VERSION) -X main.commit=$(DIST_COMMIT)
NPM_VERSION    ?= 0.0.0-$(subst /,-,$(DIST_COMMIT))

.PHONY: dist npm-packages

dist:
	rm -rf $(DIST_DIR) && mkdir -p $(DIST_DIR)
	for p in $(DIST_PLATFORMS); do \
	  os=$${p%/*}; arch=$${p#*/}; ext=""; [ $$os = windows ] && ext=.exe; \
	  echo "vouch $$os/$$arch"; \
	  CGO_ENABLED=0 GOOS=$$os GOARCH=$$arch $(GO) build -trimpath -buildvcs=false -ldflags "$(DIST_LDFLAGS)" \
	    -o $(DIST_DIR)/vouch-$$os-$$arch$$ext ./cmd/vouch; \
	done
	cd $(DIST_DIR) && sha256sum vouch-* > SHA256SUMS && cat SHA256SUMS

npm-packages: dist
	npm/pack.sh $(DIST_DIR) $(BUILD)/npm $(NPM_VERSION)

# reproduce.mk — `make reproduce`: two clean builds of the enclave binaries
# (cmd/coordinator, cmd/scorer) from the committed tree (git archive HEAD),
# in two different directories, each with its own empty Go build cache, must
# give byte-identical files. What makes them identical: the pinned toolchain
# (GOTOOLCHAIN, exported by the Makefile), -trimpath (no build directory in
# the binary), -buildvcs=false (no VCS stamp), -ldflags=-buildid= (no build
# ID), and for the cgo TPM simulator the same C compiler and CGO_CFLAGS.
# `make enclave-bins` builds the same way into $(BIN)/enclave for measuring
# (vouch measure).

REPRO_DIR     := $(BUILD)/reproduce
REPRO_FLAGS   := -trimpath -buildvcs=false -ldflags=-buildid=
ENCLAVE_CMDS  := ./cmd/coordinator ./cmd/scorer

.PHONY: reproduce enclave-bins

reproduce:
	rm -rf $(REPRO_DIR) && mkdir -p $(REPRO_DIR)/first/src $(REPRO_DIR)/second-elsewhere/tree/src
	git archive HEAD | tar -x -C $(REPRO_DIR)/first/src
	git archive HEAD | tar -x -C $(REPRO_DIR)/second-elsewhere/tree/src
	for d in first second-elsewhere/tree; do \
	  ( cd $(REPRO_DIR)/$$d/src && GOCACHE=$(REPRO_DIR)/$$d/gocache GOFLAGS=-mod=readonly \
	    $(GO) build $(REPRO_FLAGS) -o $(REPRO_DIR)/$$d/out/ $(ENCLAVE_CMDS) ); \
	done
	cd $(REPRO_DIR)/first/out && sha256sum coordinator scorer | tee $(REPRO_DIR)/first.sha256
	cd $(REPRO_DIR)/second-elsewhere/tree/out && sha256sum coordinator scorer | tee $(REPRO_DIR)/second.sha256
	@if cmp -s $(REPRO_DIR)/first.sha256 $(REPRO_DIR)/second.sha256; then \
	  echo "reproducible: both builds give the SHA-256 above ($$($(GO) env GOVERSION), $$($(GO) env CC) $$($(GO) env CC | xargs -I{} sh -c '{} -dumpfullversion'))"; \
	else echo "NOT reproducible: the two builds differ"; exit 1; fi
	chmod -R u+w $(REPRO_DIR)/first/gocache $(REPRO_DIR)/second-elsewhere/tree/gocache && rm -rf $(REPRO_DIR)/first/gocache $(REPRO_DIR)/second-elsewhere/tree/gocache

enclave-bins:
	mkdir -p $(BIN)/enclave
	$(GO) build $(REPRO_FLAGS) -o $(BIN)/enclave/ $(ENCLAVE_CMDS)

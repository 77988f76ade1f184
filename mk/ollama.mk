# ollama: the real model server, built from the pinned Go module.
#
# Tests and the demo run a real `ollama serve` (never a download: no weights
# can be fetched here) and load a generated tiny model into it (models/tinygen).
#
# Why the copy and the extra headers: Go module zips leave out every folder
# named vendor/, and llama.cpp keeps third-party headers in
# llama/llama.cpp/vendor/ (llama.go adds -I${SRCDIR}/llama.cpp/vendor). The
# module from the proxy therefore fails to compile. We copy the module source
# into a writable folder under $(BUILD) and put back the three headers it
# includes, from packaged sources at pinned versions:
#   nlohmann/json.hpp, json_fwd.hpp  Debian nlohmann-json3-dev (3.11.x, the
#                                    version llama.cpp vendors)
#   stb/stb_image.h                  Debian libstb-dev
#   miniaudio/miniaudio.h            Go module github.com/gen2brain/malgo
# Then a plain cgo `go build` of the module's main package. About 2.5 minutes
# on 2 cores; the binary is reused until this fragment or the pins change.

OLLAMA_VERSION   := v0.17.4
MALGO_VERSION    := v0.11.24
OLLAMA_SRC       := $(BUILD)/src/ollama-$(OLLAMA_VERSION)
APT_PKGS         += nlohmann-json3-dev libstb-dev

$(BIN)/ollama: mk/ollama.mk | apt-deps
	@echo "building ollama $(OLLAMA_VERSION) (cgo, a few minutes on first run)"
	mod=$$($(GO) mod download -json github.com/ollama/ollama@$(OLLAMA_VERSION) | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$$/\1/p'); \
	malgo=$$($(GO) mod download -json github.com/gen2brain/malgo@$(MALGO_VERSION) | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$$/\1/p'); \
	test -d "$$mod" && test -f "$$malgo/miniaudio.h"; \
	rm -rf $(OLLAMA_SRC) && mkdir -p $(dir $(OLLAMA_SRC)) && cp -r "$$mod" $(OLLAMA_SRC) && chmod -R u+w $(OLLAMA_SRC); \
	v=$(OLLAMA_SRC)/llama/llama.cpp/vendor; \
	mkdir -p $$v/nlohmann $$v/stb $$v/miniaudio; \
	cp -r /usr/include/nlohmann/. $$v/nlohmann/; \
	cp /usr/include/stb/stb_image.h $$v/stb/; \
	cp "$$malgo/miniaudio.h" $$v/miniaudio/; \
	mkdir -p $(BIN); \
	cd $(OLLAMA_SRC) && GOFLAGS=-mod=mod $(GO) build -trimpath \
	  -ldflags "-X github.com/ollama/ollama/version.Version=$(OLLAMA_VERSION:v%=%)" \
	  -o $(BIN)/ollama.tmp . && mv $(BIN)/ollama.tmp $(BIN)/ollama

.PHONY: ollama
ollama: $(BIN)/ollama

TEST_DEPS += $(BIN)/ollama
# The demo scores with heuristics only (see README); the model path runs in make test.

# chain.mk — the registry contract: pinned solc (npm), compiled .abi/.bin and
# abigen v2 bindings, all checked in under enclave/chain. `make test` gets solc
# so that enclave/chain's regenerate-and-diff test runs; everything else only
# needs the checked-in outputs.

SOLC_VERSION   := 0.8.37
EAS_VERSION    := 1.9.0
ABIGEN         := github.com/ethereum/go-ethereum/cmd/abigen@v1.17.10
CHAIN_NODE     := $(BUILD)/node
SOLC_STAMP     := $(CHAIN_NODE)/.solc-$(SOLC_VERSION)
EAS_STAMP      := $(BUILD)/eas/.eas-$(EAS_VERSION)
CHAIN_SOURCES  := VouchRegistry.sol testwallet/TestWallets.sol
CHAIN_DIR      := enclave/chain

.PHONY: solc chain-contracts chain-bindings chain eas bench-gas

$(SOLC_STAMP):
	mkdir -p $(CHAIN_NODE)
	cd $(CHAIN_NODE) && { [ -f package.json ] || echo '{"private":true}' > package.json; } && \
	  npm install --no-audit --no-fund --silent solc@$(SOLC_VERSION)
	touch $@

solc: $(SOLC_STAMP)

# .abi/.bin next to each source (enclave/chain, enclave/chain/testwallet).
chain-contracts: $(SOLC_STAMP)
	cd $(CHAIN_DIR) && NODE_PATH=$(CHAIN_NODE)/node_modules node compile.js . $(CHAIN_SOURCES)

# abigen v2 bindings, one file per contract.
chain-bindings: chain-contracts
	cd $(CHAIN_DIR) && $(GO) run $(ABIGEN) --v2 --pkg chain --type VouchRegistry \
	  --abi VouchRegistry.abi --bin VouchRegistry.bin --out bindings.go
	cd $(CHAIN_DIR)/testwallet && for c in OwnerWallet RefusingWallet; do \
	  $(GO) run $(ABIGEN) --v2 --pkg testwallet --type $$c --abi $$c.abi --bin $$c.bin --out $$(echo $$c | tr A-Z a-z).go; \
	done

chain: chain-bindings

# Ethereum Attestation Service artifacts for the gas comparison in bench/gas.
$(EAS_STAMP):
	mkdir -p $(BUILD)/eas
	cd $(BUILD)/eas && { [ -f package.json ] || echo '{"private":true}' > package.json; } && \
	  npm install --no-audit --no-fund --silent --ignore-scripts @ethereum-attestation-service/eas-contracts@$(EAS_VERSION)
	touch $@

eas: $(EAS_STAMP)

bench-gas: $(EAS_STAMP)
	EAS_ARTIFACTS=$(BUILD)/eas/node_modules/@ethereum-attestation-service/eas-contracts/artifacts $(GO) run ./bench/gas

TEST_DEPS += $(SOLC_STAMP)

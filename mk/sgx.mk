# SGX (attestation/sgx). The default build needs nothing beyond cgo. The
# ego_eclient build (EGo's eclient verifier) links libOE hostverify; here it
# is kept compiling and failing closed through EGo's mock eclient.
.PHONY: sgx-eclient-check
sgx-eclient-check:
	$(GO) vet -tags ego_eclient,ego_mock_eclient ./attestation/sgx/
	$(GO) test -count=1 -tags ego_eclient,ego_mock_eclient -run Eclient ./attestation/sgx/

TEST_DEPS += sgx-eclient-check

# `make sgx`: the coordinator as an EGo SGX enclave. ego-go builds the
# enclavemain variant (sgx alone, no TPM simulator) reproducibly into
# build/sgx/coordinator, which enclave.json names; ego sign signs it with the
# key enclave.json names (EGo creates it on first use) and embeds the
# measured configuration build/sgx/coordinator.json (write it first; see
# enclave.Config). Without EGo this target says so and builds nothing.
.PHONY: sgx
sgx:
	@if command -v ego-go >/dev/null 2>&1 && command -v ego >/dev/null 2>&1; then \
	  test -f $(BUILD)/sgx/coordinator.json || { echo "make sgx: write the measured configuration to build/sgx/coordinator.json first"; exit 1; }; \
	  mkdir -p $(BUILD)/sgx && \
	  ego-go build -trimpath -buildvcs=false -ldflags=-buildid= -tags enclavemain -o $(BUILD)/sgx/coordinator ./cmd/coordinator && \
	  ego sign enclave.json && \
	  echo "MRENCLAVE $$(ego uniqueid $(BUILD)/sgx/coordinator)  MRSIGNER $$(ego signerid $(BUILD)/sgx/coordinator)"; \
	else \
	  echo "make sgx: EGo is not installed on this machine (no ego-go/ego on PATH), so no SGX enclave was built."; \
	  echo "          Install EGo (https://docs.edgeless.systems/ego) on an SGX-capable host and run make sgx there."; \
	fi

# The enclavemain build compiles and holds sgx alone (CI, without EGo).
.PHONY: sgx-enclavemain-check
sgx-enclavemain-check:
	$(GO) vet -tags enclavemain ./cmd/coordinator
	$(GO) test -count=1 -tags enclavemain -run 'EnclaveBuild|EnclaveJSON' ./cmd/coordinator

TEST_DEPS += sgx-enclavemain-check

# SGX (attestation/sgx). The default build needs nothing beyond cgo. The
# ego_eclient build (EGo's eclient verifier) links libOE hostverify; here it
# is kept compiling and failing closed through EGo's mock eclient.
.PHONY: sgx-eclient-check
sgx-eclient-check:
	$(GO) vet -tags ego_eclient,ego_mock_eclient ./attestation/sgx/
	$(GO) test -count=1 -tags ego_eclient,ego_mock_eclient -run Eclient ./attestation/sgx/

TEST_DEPS += sgx-eclient-check

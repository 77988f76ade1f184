# Two independent EIP-712 implementations check vouch's typed data
# (cmd/vouch/internal/signfile tests): MetaMask's eth-sig-util (what
# eth_signTypedData_v4 runs) and ethers v6. Pinned; installed into build/.
EIP712JS := $(BUILD)/eip712js/node_modules/.vouch-installed

$(EIP712JS):
	mkdir -p $(BUILD)/eip712js
	cd $(BUILD)/eip712js && npm install --no-save --no-package-lock --silent @metamask/eth-sig-util@8.2.0 ethers@6.13.4
	touch $@

TEST_DEPS += $(EIP712JS)

# Microsoft's SARIF Multitool validates the SARIF that `vouch verify --sarif`
# writes (cmd/vouch/internal/verify tests). It ships on npm as a self-contained
# Linux binary; pinned.
SARIF_MULTITOOL := $(BUILD)/sarif/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool

$(SARIF_MULTITOOL):
	mkdir -p $(BUILD)/sarif
	cd $(BUILD)/sarif && npm install --no-save --no-package-lock --silent @microsoft/sarif-multitool-linux@5.7.0
	chmod +x $@
	touch $@

TEST_DEPS += $(SARIF_MULTITOOL)

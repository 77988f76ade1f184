# The dashboard's and the browser extension's tests drive a real headless
# Chromium (Debian's package; chromedp talks to it). `make extension` packs
# the Manifest V3 extension in extension/ into build/vouch-extension.zip,
# ready for chrome://extensions (developer mode) or the Web Store.
APT_PKGS += chromium zip

EXTENSION_FILES := manifest.json defaults.json background.js content.js chain.js keccak.js options.html options.js

.PHONY: extension
extension: apt-deps
	mkdir -p $(BUILD)
	rm -f $(BUILD)/vouch-extension.zip
	cd extension && zip -q -X $(BUILD)/vouch-extension.zip $(EXTENSION_FILES)
	@echo "packed $(BUILD)/vouch-extension.zip (load it unpacked from extension/ or from this zip)"

# `make demo` prints the dashboard's URL at the end; demo-keep then keeps the
# whole system up (dashboard, chain, host, enclaves) until Ctrl-C.
.PHONY: demo-keep
demo-keep:
	$(MAKE) demo VOUCH_DEMO_KEEP=1

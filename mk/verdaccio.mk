# Verdaccio: the npm registry the coordinator's integration tests publish to.
# verdaccio@6.8.0 is the last release that runs on Node 20; its verdaccio-audit
# dependency needs node-fetch pinned to 2.7.0 (LIBRARY-NOTES.md).

VERDACCIO_VERSION := 6.8.0
VERDACCIO_DIR     := $(BUILD)/verdaccio
VERDACCIO_BIN     := $(VERDACCIO_DIR)/node_modules/.bin/verdaccio

$(VERDACCIO_BIN):
	mkdir -p $(VERDACCIO_DIR)
	printf '%s\n' '{' \
	  '  "name": "vouch-verdaccio",' \
	  '  "private": true,' \
	  '  "dependencies": {"verdaccio": "$(VERDACCIO_VERSION)"},' \
	  '  "overrides": {"verdaccio-audit": {"node-fetch": "2.7.0"}}' \
	  '}' > $(VERDACCIO_DIR)/package.json
	cd $(VERDACCIO_DIR) && npm install --no-audit --no-fund --loglevel=error
	test -x $(VERDACCIO_BIN)

.PHONY: verdaccio
verdaccio: $(VERDACCIO_BIN)

TEST_DEPS += $(VERDACCIO_BIN)
DEMO_DEPS += $(VERDACCIO_BIN)

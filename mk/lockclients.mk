# lockclients.mk — `make lockfile-fixtures`: installs the real package
# managers from the npm registry into build/lockclients (yarn 1, yarn berry,
# pnpm 8 for lockfile v6, pnpm latest for v9, bun) and regenerates
# cmd/vouch/internal/lockfile/testdata/real/ from one small project. Not part
# of `make test`: the committed lockfiles are the fixtures; this is how they
# were made. The registry serves only current versions, so a rerun may pick
# newer releases of debug, ms, left-pad and is-number.

LOCKCLIENTS := $(BUILD)/lockclients
LOCKGEN     := $(BUILD)/lockgen
LOCKREAL    := cmd/vouch/internal/lockfile/testdata/real

.PHONY: lockfile-clients lockfile-fixtures

lockfile-clients:
	mkdir -p $(LOCKCLIENTS)/pnpm8
	cd $(LOCKCLIENTS) && [ -f package.json ] || echo '{"private":true}' > package.json
	cd $(LOCKCLIENTS) && npm install --no-audit yarn pnpm bun @yarnpkg/cli-dist
	cd $(LOCKCLIENTS)/pnpm8 && [ -f package.json ] || echo '{"private":true}' > package.json
	cd $(LOCKCLIENTS)/pnpm8 && npm install --no-audit pnpm@8

lockfile-fixtures: lockfile-clients
	rm -rf $(LOCKGEN) && mkdir -p $(LOCKGEN)
	for d in npm-v1 npm-v2 npm-v3 npm-shrinkwrap yarn-v1 yarn-berry pnpm-v6 pnpm-v9 bun; do \
	  mkdir -p $(LOCKGEN)/$$d/local-lib; cp $(LOCKREAL)/$$d/package.json $(LOCKGEN)/$$d/; \
	  echo '{"name":"local-lib","version":"0.1.0"}' > $(LOCKGEN)/$$d/local-lib/package.json; done
	cd $(LOCKGEN)/npm-v1 && npm install --ignore-scripts --lockfile-version 1
	cd $(LOCKGEN)/npm-v2 && npm install --ignore-scripts --lockfile-version 2
	cd $(LOCKGEN)/npm-v3 && npm install --ignore-scripts --lockfile-version 3
	cd $(LOCKGEN)/npm-shrinkwrap && npm install --ignore-scripts && npm shrinkwrap
	cd $(LOCKGEN)/yarn-v1 && node $(LOCKCLIENTS)/node_modules/yarn/bin/yarn.js install --ignore-scripts
	cd $(LOCKGEN)/yarn-berry && touch yarn.lock && YARN_ENABLE_TELEMETRY=0 YARN_NODE_LINKER=node-modules node $(LOCKCLIENTS)/node_modules/@yarnpkg/cli-dist/bin/yarn.js install
	cd $(LOCKGEN)/pnpm-v6 && $(LOCKCLIENTS)/pnpm8/node_modules/.bin/pnpm install --ignore-scripts
	cd $(LOCKGEN)/pnpm-v9 && $(LOCKCLIENTS)/node_modules/.bin/pnpm install --ignore-scripts
	cd $(LOCKGEN)/bun && $(LOCKCLIENTS)/node_modules/.bin/bun install --ignore-scripts
	for d in npm-v1 npm-v2 npm-v3 yarn-v1 yarn-berry pnpm-v6 pnpm-v9 bun npm-shrinkwrap; do \
	  for f in package-lock.json npm-shrinkwrap.json yarn.lock pnpm-lock.yaml bun.lock; do \
	    [ -f $(LOCKGEN)/$$d/$$f ] && cp $(LOCKGEN)/$$d/$$f $(LOCKREAL)/$$d/ || true; done; done

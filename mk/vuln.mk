# govulncheck against a local copy of the Go vulnerability database: the
# online one cannot be reached here, but the Go module proxy serves the
# database's source (golang.org/x/vulndb), from which its own gendb command
# builds the database (about two minutes on 2 cores, cached under build/).
# `make test` fails on reached vulnerabilities that have a fix (mk/vulncheck.js);
# reached ones without a fix are listed (README: "Known vulnerabilities").

VULNDB_VERSION := v0.0.0-20261105234957-e22db6528018
GOVULNCHECK    := golang.org/x/vuln/cmd/govulncheck@v1.9.0
VULNDB_DIR     := $(BUILD)/vulndb
VULNDB         := $(VULNDB_DIR)/db-$(VULNDB_VERSION)

$(VULNDB)/index/db.json:
	@echo "building the Go vulnerability database $(VULNDB_VERSION) (once, about two minutes)"
	src=$$($(GO) mod download -json golang.org/x/vulndb@$(VULNDB_VERSION) | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$$/\1/p'); \
	test -d "$$src"; \
	rm -rf $(VULNDB_DIR)/src $(VULNDB).tmp && mkdir -p $(VULNDB_DIR) && cp -r "$$src" $(VULNDB_DIR)/src && chmod -R u+w $(VULNDB_DIR)/src; \
	cd $(VULNDB_DIR)/src && git init -q && git add -A && \
	  git -c user.name=vouch -c user.email=vouch@localhost -c commit.gpgsign=false commit -q -m "vulndb $(VULNDB_VERSION)" && \
	  $(GO) run ./cmd/gendb -repo . -out $(VULNDB).tmp >/dev/null 2>&1 && mv $(VULNDB).tmp $(VULNDB)
	rm -rf $(VULNDB_DIR)/src

.PHONY: vulndb vulncheck
vulndb: $(VULNDB)/index/db.json

vulncheck: $(VULNDB)/index/db.json
	$(GO) run $(GOVULNCHECK) -db file://$(VULNDB) -format json ./... | node mk/vulncheck.js

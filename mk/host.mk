# The untrusted host: load generator on loopback (SQLite and PostgreSQL).
.PHONY: bench-load
bench-load: apt-deps
	$(GO) run ./bench/load -requests 2000 -duration 20s -concurrency 8

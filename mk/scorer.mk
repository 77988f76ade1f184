# Scorer: detection figures of the heuristics on the corpus (malicious samples in
# scorer/testdata/corpus/malicious, benign npm pairs fetched by pinned integrity and
# cached in $(BUILD)/corpus-cache), and the scorer's benchmarks.
.PHONY: detect bench-scorer

detect:
	$(GO) run ./bench/detect -cache $(BUILD)/corpus-cache

bench-scorer:
	$(GO) test -run '^$$' -bench . -benchmem ./scorer/...

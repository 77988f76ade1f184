# attestation/nitro: fuzz both parsers. Each exec that reaches the signature
# checks costs milliseconds, so cap minimisation (default 60 s per new input,
# which stalls the run) at a few seconds.
.PHONY: fuzz-nitro
fuzz-nitro:
	$(GO) test -run '^$$' -fuzz '^FuzzParseDocument$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 5s ./attestation/nitro
	$(GO) test -run '^$$' -fuzz '^FuzzVerifyQuote$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 5s ./attestation/nitro

# Behavioural sandbox of the scorer (scorer/sandbox): bubblewrap runs package code,
# strace -f observes it, libfaketime moves the clock forward in the second pass, ip sets
# up the sink's network namespace, prlimit sets the limits.
APT_PKGS += bubblewrap strace faketime libfaketime iproute2 util-linux
.PHONY: sandbox-test
sandbox-test: apt-deps
	$(GO) test -run 'Sandbox|Honeytoken|Limits' ./scorer/sandbox/

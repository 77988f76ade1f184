package main

import "syscall"

// childAttrs makes a dev enclave child die with vouch-host: a SIGKILLed
// host must not leave an orphan coordinator (which could still publish or
// hold a stale socket) or scorer behind.
func childAttrs() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}

package model

import (
	"errors"
	"fmt"
	"net"
	"net/url"
)

// Where the scorer's ollama runs, as a score's report records it.
const (
	// LocalityLoopback: ollama listens on a loopback address of the scorer's own
	// machine (inside its measured image), and its weights are hashed by the scorer.
	LocalityLoopback = "loopback"
	// LocalityRemoteUnsafe: ollama runs elsewhere (--ollama-remote-unsafe); whoever
	// runs it chooses the model's answers whatever the pin says.
	LocalityRemoteUnsafe = "remote-unsafe"
)

// ErrRemoteOllama refuses an ollama URL that is not a loopback address.
var ErrRemoteOllama = errors.New("model: ollama is not on a loopback address")

// Locality checks an ollama URL: an http URL whose host is a literal loopback IP is
// LocalityLoopback; anything else is refused unless remoteUnsafe, and is then
// LocalityRemoteUnsafe. Names (even "localhost") are refused: they resolve through
// files and servers outside the measured code.
func Locality(u *url.URL, remoteUnsafe bool) (string, error) {
	if u == nil || u.Host == "" {
		return "", fmt.Errorf("%w: no host in the ollama URL", ErrRemoteOllama)
	}
	if ip := net.ParseIP(u.Hostname()); ip != nil && ip.IsLoopback() && (u.Scheme == "http" || u.Scheme == "https") {
		return LocalityLoopback, nil
	}
	if remoteUnsafe {
		return LocalityRemoteUnsafe, nil
	}
	return "", fmt.Errorf("%w: %s (give a 127.0.0.1 or [::1] URL, or --ollama-remote-unsafe and the scores say so)", ErrRemoteOllama, u.Redacted())
}

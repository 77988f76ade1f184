// Package tlsroots is the one set of TLS roots the enclave trusts when its
// configuration names no CA of its own: Mozilla's roots as compiled into the
// binary by golang.org/x/crypto/x509roots/fallback/bundle. Nothing is read
// from the environment (SSL_CERT_FILE, SSL_CERT_DIR) or the file system, so
// the host cannot add a root; the bundle is part of the measured binary, and
// Name, in the configuration, puts its version under the configuration digest.
package tlsroots

import (
	"crypto/x509"
	"sync"

	"golang.org/x/crypto/x509roots/fallback/bundle"
)

// Name names the compiled-in bundle: the module and version go.mod pins (a
// test keeps the two equal).
const Name = "golang.org/x/crypto/x509roots/fallback@v0.0.0-20261030153154-30a33513ff6d"

var (
	once sync.Once
	pool *x509.CertPool
)

// Pool returns a new pool holding the compiled-in roots, with their
// distrust-after constraints. Callers may add to it.
func Pool() *x509.CertPool {
	once.Do(func() {
		pool = x509.NewCertPool()
		for r := range bundle.Roots() {
			c, err := x509.ParseCertificate(r.Certificate)
			if err != nil {
				continue // the bundle's own test parses every root
			}
			if r.Constraint != nil {
				pool.AddCertWithConstraint(c, r.Constraint)
			} else {
				pool.AddCert(c)
			}
		}
	})
	return pool.Clone()
}

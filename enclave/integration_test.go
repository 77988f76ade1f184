package enclave

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha512"
	"errors"
	"log/slog"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"

	"github.com/vouchpm/vouch/attestation"
	"github.com/vouchpm/vouch/attestation/sim"
	"github.com/vouchpm/vouch/enclave/registrytest"
	"github.com/vouchpm/vouch/enclave/wire"
)

// testHost plays the untrusted host: it relays requests over the protocol,
// keeps the sealed blobs (its "database") and every response it saw.
type testHost struct {
	t       *testing.T
	client  *wire.Client
	enclave common.Address
	pubKey  []byte // the enclave key from its evidence

	mu    sync.Mutex
	seen  [][]byte // every response body and error text
	state []byte   // the newest sealed state
	blobs [][]byte // every sealed blob ever returned
}

// dialHost verifies the evidence at now: the world's clock, which the
// enclave also signs its evidence with.
func dialHost(t *testing.T, addr string, akPEM []byte, cfg *Config, now func() time.Time) *testHost {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	cl, err := wire.Dial(ctx, "tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cl.Close() })
	h := &testHost{t: t, client: cl}
	// Fetch the evidence over a fresh nonce, verify it as vouch token add
	// does (simulated TPM, its AK trusted explicitly), and pin the key.
	nonce := make([]byte, 32)
	_, _ = rand.Read(nonce)
	var ev wire.GetEvidenceResponse
	if err := h.call(wire.KindGetEvidence, wire.GetEvidenceRequest{Nonce: nonce}, &ev); err != nil {
		t.Fatal(err)
	}
	pv, err := sim.NewVerifier(sim.TrustAKPEM(akPEM))
	if err != nil {
		t.Fatal(err)
	}
	v, err := attestation.NewVerifier(attestation.WithPlatform(pv), attestation.WithClock(now))
	if err != nil {
		t.Fatal(err)
	}
	d := cfg.Digest()
	claims, err := v.Verify(ctx, ev.Evidence, &attestation.Policy{
		Platforms: []string{attestation.PlatformSim}, AllowSimulatedUnsafe: true, AnyMeasurementUnsafe: true,
		Nonce: nonce, Role: attestation.RoleCoordinator, ChainID: cfg.ChainID, Registry: cfg.Domain().Registry,
		ConfigDigests: []attestation.HexBytes{d[:]},
	})
	if err != nil {
		t.Fatalf("verifying the coordinator's evidence: %v", err)
	}
	if !claims.Simulated || !bytes.Equal(claims.PolicyDigest, d[:]) {
		t.Fatalf("claims %+v: want simulated, bound to the measured configuration", claims)
	}
	h.pubKey, h.enclave = claims.Key, claims.Address
	cl.SetEnclave(h.enclave)
	return h
}

// call relays one request; the client checks the enclave's signature on
// every response. State blobs in answers are stored like a host would.
func (h *testHost) call(kind string, body wire.Body, out any) error {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	resp, err := h.client.Call(ctx, kind, body, out)
	h.mu.Lock()
	defer h.mu.Unlock()
	if resp != nil {
		h.seen = append(h.seen, resp.Body, []byte(resp.Error))
	}
	if err != nil {
		h.seen = append(h.seen, []byte(err.Error()))
		return err
	}
	var blob []byte
	switch v := out.(type) {
	case *wire.StatusResponse:
		blob = v.State
	case *wire.TickResponse:
		blob = v.State
	case *wire.AddTokenResponse:
		blob = v.State
		h.blobs = append(h.blobs, v.SealedToken)
	}
	if len(blob) > 0 {
		h.state = blob
		h.blobs = append(h.blobs, blob)
	}
	return nil
}

func (h *testHost) encryptToken(token string) []byte {
	pub, err := crypto.UnmarshalPubkey(h.pubKey)
	if err != nil {
		h.t.Fatal(err)
	}
	ct, err := ecies.Encrypt(rand.Reader, ecies.ImportECDSAPublic(pub), []byte(token), nil, nil)
	if err != nil {
		h.t.Fatal(err)
	}
	return ct
}

func wantCode(t *testing.T, err error, code, contains string) {
	t.Helper()
	var re *wire.RemoteError
	if !errors.As(err, &re) || re.Code != code {
		t.Fatalf("got %v, want a refusal with code %q", err, code)
	}
	if contains != "" && !strings.Contains(re.Message, contains) {
		t.Fatalf("refusal %q does not say %q", re.Message, contains)
	}
}

// serve runs the coordinator on a loopback port until the test ends.
func serve(t *testing.T, c *Coordinator, logs *syncBuffer) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = c.Serve(ctx, l, slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})))
	}()
	t.Cleanup(func() { cancel(); <-done })
	return l.Addr().String()
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) Bytes() []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]byte(nil), s.b.Bytes()...)
}

// proposeVia proposes pkg@version through the protocol, signed by maintainer 0.
func (w *world) proposeVia(h *testHost, pkg, version string, nonce uint64) ([32]byte, wire.Release, error) {
	tgz := makeTarball(w.t, pkg, version, "module.exports = () => '"+pkg+"@"+version+"'")
	rel := w.release(pkg, version, tgz)
	rel.Nonce = nonce
	d, sig := w.sign(w.m[0], rel)
	var st wire.StatusResponse
	err := h.call(wire.KindPropose, wire.ProposeRequest{Release: rel, Signature: sig, Tarball: tgz}, &st)
	return d, rel, err
}

// tickAndRelay ticks, relays every authorization to the (test) chain and
// ticks again, returning the receipts of the second tick.
func (w *world) tickAndRelay(h *testHost, rels map[[32]byte]wire.Release) []wire.SignedReceipt {
	w.t.Helper()
	var out wire.TickResponse
	if err := h.call(wire.KindTick, wire.TickRequest{}, &out); err != nil {
		w.t.Fatal(err)
	}
	for _, a := range out.Authorizations {
		w.recordPublish(h.enclave, rels[a.Authorization.ReleaseDigest], a)
	}
	var out2 wire.TickResponse
	if err := h.call(wire.KindTick, wire.TickRequest{}, &out2); err != nil {
		w.t.Fatal(err)
	}
	return out2.Receipts
}

func TestIntegrationVerdaccio(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Verdaccio")
	}
	reg := registrytest.Start(t, registrytest.Options{TLS: true})
	const pw = "alice-password-1"
	aliceLogin := reg.AddUser(t, "alice", pw)
	aliceToken := reg.CreateToken(t, aliceLogin, pw, false)
	readOnly := reg.CreateToken(t, aliceLogin, pw, true)
	bobLogin := reg.AddUser(t, "bob", "bob-password-1")

	w := newWorld(t, reg.URL, string(reg.CAPEM))
	for _, p := range []string{"vouch-demo", "bobs-pkg", "vouch-veto", "vouch-exp", "vouch-low"} {
		window := time.Duration(0)
		if p == "vouch-veto" {
			window = time.Hour
		}
		w.enroll(p, 2, window, 50, false)
	}
	logs := &syncBuffer{}
	ak, err := w.tpm.AKPublicPEM()
	if err != nil {
		t.Fatal(err)
	}
	h := dialHost(t, serve(t, w.c, logs), ak, w.cfg, w.clock.Now)
	if h.enclave != w.c.Address() {
		t.Fatal("evidence binds another key than the enclave's")
	}

	// bob owns bobs-pkg on the registry already; the registry names him as
	// the version's publisher (_npmUser), as npm's registry does. (Verdaccio
	// stores no maintainers list for packages the npm client publishes.)
	bobsTgz := makeTarball(t, "bobs-pkg", "0.1.0", "bob")
	st, _, err := w.c.npm.publish(context.Background(), bobLogin, w.release("bobs-pkg", "0.1.0", bobsTgz), bobsTgz,
		map[string]any{"name": "bobs-pkg", "version": "0.1.0", "_npmUser": map[string]string{"name": "bob"}})
	if err != nil || st != 201 {
		t.Fatalf("bob's own publish: %d %v", st, err)
	}

	t.Run("token refusals", func(t *testing.T) {
		tests := []struct {
			name, pkg, code, says string
			ct                    []byte
		}{
			{"unknown token", "vouch-demo", "token-refused", "does not recognise", h.encryptToken("bm90LWEtcmVhbC10b2tlbg==")},
			{"read-only token", "vouch-demo", "token-refused", "read-only", h.encryptToken(readOnly)},
			{"user is not a maintainer on the registry", "bobs-pkg", "token-refused", "not among the package's maintainers", h.encryptToken(aliceToken)},
			{"encrypted to another key", "vouch-demo", "token-decrypt", "", func() []byte {
				k := newKey(t)
				ct, _ := ecies.Encrypt(rand.Reader, ecies.ImportECDSAPublic(&k.PublicKey), []byte(aliceToken), nil, nil)
				return ct
			}()},
		}
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				err := h.call(wire.KindAddToken, w.tokenRequest(tc.pkg, tc.ct, 0, 1), &wire.AddTokenResponse{})
				wantCode(t, err, tc.code, tc.says)
			})
		}
	})
	for _, p := range []string{"vouch-demo", "vouch-veto", "vouch-exp", "vouch-low"} {
		var out wire.AddTokenResponse
		if err := h.call(wire.KindAddToken, w.tokenRequest(p, h.encryptToken(aliceToken), 0, 1), &out); err != nil {
			t.Fatalf("token add %s: %v", p, err)
		}
		if out.Username != "alice" || len(out.SealedToken) == 0 {
			t.Fatalf("token add %s: %+v", p, out)
		}
	}

	rels := map[[32]byte]wire.Release{}
	t.Run("2 of 3 publishes the exact tarball", func(t *testing.T) {
		d, rel, err := w.proposeVia(h, "vouch-demo", "1.0.0", 0)
		if err != nil {
			t.Fatal(err)
		}
		rels[d] = rel
		if err := h.call(wire.KindScore, w.score(rel, 90), &wire.StatusResponse{}); err != nil {
			t.Fatal(err)
		}
		if err := h.call(wire.KindApprove, w.approve(w.m[1], d), &wire.StatusResponse{}); err != nil {
			t.Fatal(err)
		}
		receipts := w.tickAndRelay(h, rels)
		if len(receipts) != 1 || receipts[0].Receipt.RegistryStatus != 201 || receipts[0].Receipt.ReleaseDigest != d {
			t.Fatalf("receipts %+v", receipts)
		}
		rd, _ := wire.Digest(w.cfg.Domain(), receipts[0].Receipt)
		if signer, err := wire.Recover(rd, receipts[0].Signature); err != nil || signer != h.enclave {
			t.Fatalf("receipt signed by %s, %v", signer.Hex(), err)
		}
		served := reg.Tarball(t, "vouch-demo", "1.0.0")
		if sum := sha512.Sum512(served); !bytes.Equal(sum[:], rel.Integrity) {
			t.Fatal("the registry serves bytes that do not hash to the signed integrity")
		}
		// Replaying the approval of a published release changes nothing.
		err = h.call(wire.KindApprove, w.approve(w.m[2], d), &wire.StatusResponse{})
		wantCode(t, err, "not-pending", "published")
	})

	t.Run("refusals publish nothing", func(t *testing.T) {
		// 1 of 3: stays pending.
		d, rel, err := w.proposeVia(h, "vouch-demo", "1.1.0", 1)
		if err != nil {
			t.Fatal(err)
		}
		rels[d] = rel
		if err := h.call(wire.KindScore, w.score(rel, 90), &wire.StatusResponse{}); err != nil {
			t.Fatal(err)
		}
		// Replayed signatures: the proposer's again, and maintainer 1's
		// approval of 1.0.0 presented for 1.1.0.
		_, propSig := w.sign(w.m[0], rel)
		wantCode(t, h.call(wire.KindApprove, wire.ApproveRequest{ReleaseDigest: d, Signature: propSig}, nil), "duplicate", "replayed")
		old := w.approve(w.m[1], [32]byte(crypto.Keccak256([]byte("the 1.0.0 digest"))))
		wantCode(t, h.call(wire.KindApprove, wire.ApproveRequest{ReleaseDigest: d, Signature: old.Signature}, nil), "not-maintainer", "")
		wantCode(t, h.call(wire.KindApprove, w.approve(w.outsider, d), nil), "not-maintainer", "not a maintainer")
		// A wrong nonce (the one 1.0.0 used).
		_, _, err = w.proposeVia(h, "vouch-demo", "1.2.0", 0)
		wantCode(t, err, "wrong-nonce", "nonce 0, chain says 1")

		// Vetoed during the window.
		dv, relv, err := w.proposeVia(h, "vouch-veto", "1.0.0", 0)
		if err != nil {
			t.Fatal(err)
		}
		rels[dv] = relv
		_ = h.call(wire.KindScore, w.score(relv, 90), &wire.StatusResponse{})
		if err := h.call(wire.KindApprove, w.approve(w.m[1], dv), &wire.StatusResponse{}); err != nil {
			t.Fatal(err)
		}
		v := wire.Veto{ReleaseDigest: dv, Reason: "postinstall fetches a binary"}
		_, vs := w.sign(w.m[2], v)
		if err := h.call(wire.KindVeto, wire.VetoRequest{Veto: v, Signature: vs}, &wire.StatusResponse{}); err != nil {
			t.Fatal(err)
		}

		// Expired before its second approval.
		de, rele, err := w.proposeVia(h, "vouch-exp", "1.0.0", 0)
		if err != nil {
			t.Fatal(err)
		}
		rels[de] = rele
		_ = h.call(wire.KindScore, w.score(rele, 90), &wire.StatusResponse{})

		// Low score without the extra approval.
		dl, rell, err := w.proposeVia(h, "vouch-low", "1.0.0", 0)
		if err != nil {
			t.Fatal(err)
		}
		rels[dl] = rell
		_ = h.call(wire.KindScore, w.score(rell, 10), &wire.StatusResponse{})
		if err := h.call(wire.KindApprove, w.approve(w.m[1], dl), &wire.StatusResponse{}); err != nil {
			t.Fatal(err)
		}

		if receipts := w.tickAndRelay(h, rels); len(receipts) != 0 {
			t.Fatalf("1 of 3, vetoed or low-score releases produced receipts: %+v", receipts)
		}
		w.clock.Advance(DefaultProposalTTL + time.Hour)
		wantCode(t, h.call(wire.KindApprove, w.approve(w.m[1], de), nil), "expired", "expired")
		if receipts := w.tickAndRelay(h, rels); len(receipts) != 0 {
			t.Fatalf("refused releases produced receipts: %+v", receipts)
		}
		var all wire.StatusResponse
		if err := h.call(wire.KindStatus, wire.StatusRequest{}, &all); err != nil {
			t.Fatal(err)
		}
		want := map[[32]byte]string{d: wire.StateExpired, dv: wire.StateVetoed, de: wire.StateExpired, dl: wire.StateExpired}
		for _, r := range all.Releases {
			if s, ok := want[r.Digest]; ok && r.State != s {
				t.Errorf("%s@%s: %s (%s), want %s", r.Release.PackageName, r.Release.Version, r.State, r.Reason, s)
			}
		}
		if v := reg.Versions(t, "vouch-demo"); len(v) != 1 {
			t.Errorf("vouch-demo versions %v, want only 1.0.0", v)
		}
		for _, p := range []string{"vouch-veto", "vouch-exp", "vouch-low"} {
			if v := reg.Versions(t, p); len(v) != 0 {
				t.Errorf("%s was published: %v", p, v)
			}
		}
	})

	// The token appears nowhere the host can look.
	h.mu.Lock()
	defer h.mu.Unlock()
	places := map[string][][]byte{"responses": h.seen, "sealed blobs": h.blobs, "enclave logs": {logs.Bytes()}}
	for where, list := range places {
		for _, b := range list {
			for _, tok := range []string{aliceToken, readOnly} {
				if bytes.Contains(b, []byte(tok)) {
					t.Fatalf("the npm token appears in the %s", where)
				}
			}
		}
	}
	if len(h.seen) < 20 || len(logs.Bytes()) == 0 {
		t.Fatalf("the grep looked at too little: %d responses, %d log bytes", len(h.seen), len(logs.Bytes()))
	}
}

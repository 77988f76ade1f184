package enclave

import (
	"bytes"
	"crypto/sha512"
	"encoding/base64"
	"encoding/json"
	"errors"
	"testing"

	"github.com/vouchpm/vouch/enclave/wire"
)

// TestPublishDocument: the exported document is npm's publish body for the
// release (dist.integrity is the release's, the attachment is the tarball,
// the tarball URL is under the registry given), and a tarball whose
// package.json names another version is refused.
func TestPublishDocument(t *testing.T) {
	tgz := makeTarball(t, "left-pad", "1.2.3", "module.exports = 1")
	sum := sha512.Sum512(tgz)
	rel := wire.Release{PackageName: "left-pad", Version: "1.2.3", Integrity: sum[:]}
	doc, err := PublishDocument("http://127.0.0.1:4873/", rel, tgz)
	if err != nil {
		t.Fatal(err)
	}
	var d struct {
		Name     string            `json:"name"`
		DistTags map[string]string `json:"dist-tags"`
		Versions map[string]struct {
			Name string `json:"name"`
			Main string `json:"main"`
			Dist struct {
				Integrity, Shasum, Tarball string
			} `json:"dist"`
		} `json:"versions"`
		Attachments map[string]struct {
			Data   string `json:"data"`
			Length int    `json:"length"`
		} `json:"_attachments"`
	}
	if err := json.Unmarshal(doc, &d); err != nil {
		t.Fatal(err)
	}
	v, ok := d.Versions["1.2.3"]
	if d.Name != "left-pad" || !ok || d.DistTags["latest"] != "1.2.3" {
		t.Fatalf("document names %q, versions %v, dist-tags %v", d.Name, d.Versions, d.DistTags)
	}
	if v.Dist.Integrity != SRI(sum[:]) || v.Main != "index.js" || v.Dist.Tarball != "http://127.0.0.1:4873/left-pad/-/left-pad-1.2.3.tgz" {
		t.Fatalf("version entry %+v", v)
	}
	att, ok := d.Attachments["left-pad-1.2.3.tgz"]
	data, _ := base64.StdEncoding.DecodeString(att.Data)
	if !ok || !bytes.Equal(data, tgz) || att.Length != len(tgz) {
		t.Fatalf("attachment is not the tarball (%d bytes, length %d)", len(data), att.Length)
	}
	other := makeTarball(t, "left-pad", "1.2.4", "module.exports = 2")
	if _, err := PublishDocument("http://127.0.0.1:4873", rel, other); !errors.Is(err, ErrBadTarball) {
		t.Fatalf("a tarball of 1.2.4 published as 1.2.3: err %v, want ErrBadTarball", err)
	}
}

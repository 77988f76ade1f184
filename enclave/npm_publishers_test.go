package enclave

import (
	"encoding/json"
	"slices"
	"testing"
)

func TestPackumentPublishers(t *testing.T) {
	tests := []struct {
		name, doc string
		want      []string
	}{
		{"npm registry: maintainers", `{"maintainers":[{"name":"alice"},{"name":"bob"}],"versions":{"1.0.0":{"_npmUser":{"name":"carol"}}}}`, []string{"alice", "bob"}},
		{"publishers of versions", `{"versions":{"1.0.0":{"_npmUser":{"name":"bob"}}}}`, []string{"bob"}},
		{"registry names nobody (Verdaccio, npm client)", `{"versions":{"1.0.0":{"dist":{}}}}`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var p packument
			if err := json.Unmarshal([]byte(tc.doc), &p); err != nil {
				t.Fatal(err)
			}
			if got := p.publishers(); !slices.Equal(got, tc.want) {
				t.Fatalf("publishers %v, want %v", got, tc.want)
			}
		})
	}
	var missing *packument
	if missing.publishers() != nil {
		t.Fatal("a package that does not exist has no publishers")
	}
}

package model

import (
	"fmt"
	"strings"

	"github.com/vouchpm/vouch/scorer/diff"
)

// maxRenderedLine bounds one line of code shown to the model (minified files have
// megabyte lines); the cut is marked.
const maxRenderedLine = 2000

// Render turns a diff into the text the model reads: package.json changes first, then
// each file's hunks (binary files by size only). It is deterministic.
func Render(d *diff.Result) string {
	var b strings.Builder
	if d.FirstRelease {
		b.WriteString("First release: there is no previous version; every file is new.\n")
	}
	if pj := d.PackageJSON; pj != nil && (len(pj.Changes) > 0 || pj.ParseError != "") {
		b.WriteString("package.json changes:\n")
		if pj.ParseError != "" {
			fmt.Fprintf(&b, "  (new package.json does not parse: %s)\n", pj.ParseError)
		}
		for _, c := range pj.Changes {
			key := c.Field
			if c.Key != "" {
				key += "." + c.Key
			}
			switch c.Op {
			case diff.Added:
				fmt.Fprintf(&b, "  %s added: %q\n", key, c.New)
			case diff.Removed:
				fmt.Fprintf(&b, "  %s removed (was %q)\n", key, c.Old)
			default:
				fmt.Fprintf(&b, "  %s changed: %q -> %q\n", key, c.Old, c.New)
			}
		}
	}
	for _, f := range d.Files {
		switch {
		case f.Status == diff.Removed:
			fmt.Fprintf(&b, "=== removed %s\n", f.Path)
			continue
		case f.Kind == diff.Binary:
			fmt.Fprintf(&b, "=== %s %s (binary, %d bytes)\n", f.Status, f.Path, f.Size)
			continue
		}
		fmt.Fprintf(&b, "=== %s %s (%s, %d bytes)\n", f.Status, f.Path, f.Kind, f.Size)
		for _, h := range f.Hunks {
			fmt.Fprintf(&b, "@@ -%d,%d +%d,%d @@\n", h.OldStart, h.OldLines, h.NewStart, h.NewLines)
			for _, l := range h.Lines {
				if len(l) > maxRenderedLine {
					l = strings.ToValidUTF8(l[:maxRenderedLine], "") + fmt.Sprintf(" [… line cut, %d bytes]", len(l))
				}
				b.WriteString(l)
				b.WriteByte('\n')
			}
		}
	}
	return b.String()
}

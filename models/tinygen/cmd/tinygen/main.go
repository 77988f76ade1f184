// Command tinygen writes the generated test model (models/tinygen) and the
// two Modelfiles that create it into a folder, for the demo or by hand:
//
//	go run ./models/tinygen/cmd/tinygen -seed 1 -out build/tiny
//	cd build/tiny
//	ollama create vouch-tinygen-seed-1 -f Modelfile.stage
//	ollama create vouch-tiny-test -f Modelfile
//	ollama rm vouch-tinygen-seed-1
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/vouchpm/vouch/models/tinygen"
)

func main() {
	seed := flag.Uint64("seed", 1, "seed of the weights (models/tiny-test.json pins seed 1)")
	out := flag.String("out", ".", "folder to write tiny.gguf, Modelfile.stage and Modelfile into")
	flag.Parse()
	if err := run(*out, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "tinygen:", err)
		os.Exit(1)
	}
}

func run(dir string, seed uint64) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := tinygen.WriteFile(filepath.Join(dir, "tiny.gguf"), seed); err != nil {
		return err
	}
	stage, final := tinygen.Modelfiles("./tiny.gguf", seed)
	if err := os.WriteFile(filepath.Join(dir, "Modelfile.stage"), []byte(stage), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "Modelfile"), []byte(final), 0o644)
}

package extractor

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestOptionsDump extracts every page of PITH_OPTSDUMP with the options in
// PITH_FAVOR and writes CLI-like JSON lines to PITH_OUT (development aid).
func TestOptionsDump(t *testing.T) {
	dir := os.Getenv("PITH_OPTSDUMP")
	if dir == "" {
		t.Skip()
	}
	opts := Options{Favor: Favor(os.Getenv("PITH_FAVOR"))}
	files, _ := filepath.Glob(filepath.Join(dir, "*.html"))
	if len(files) == 0 {
		files, _ = filepath.Glob(filepath.Join(dir, "*", "source.html"))
	}
	out, _ := os.Create(os.Getenv("PITH_OUT"))
	defer out.Close()
	for _, p := range files {
		raw, _ := os.ReadFile(p)
		a, _ := Extract(bytes.NewReader(raw), nil, opts)
		text := ""
		if a != nil {
			text = a.Text
		}
		b, _ := json.Marshal(map[string]any{"source": p, "text": text, "ms": 0})
		fmt.Fprintln(out, string(b))
	}
}

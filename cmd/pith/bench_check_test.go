package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// manyPages writes n saved pages made from pith's fixtures into a
// temporary folder: each a copy with a comment and a URL of its own, and
// every tenth with a paragraph added to its expected.txt, so that it shows
// a diff.
func manyPages(tb testing.TB, n int) string {
	tb.Helper()
	src := filepath.Join("..", "..", "testdata", "pages")
	entries, err := os.ReadDir(src)
	if err != nil {
		tb.Fatal(err)
	}
	root := tb.TempDir()
	for i := range n {
		name := entries[i%len(entries)].Name()
		read := func(f string) string {
			data, err := os.ReadFile(filepath.Join(src, name, f))
			if err != nil {
				tb.Fatal(err)
			}
			return string(data)
		}
		page := filepath.Join(root, fmt.Sprintf("%03d", i/100), fmt.Sprintf("%s-%d", name, i))
		html := strings.Replace(read("source.html"), "<head>", fmt.Sprintf("<head><!-- copy %d -->", i), 1)
		meta := strings.Replace(read("meta.json"), `"url": "`, fmt.Sprintf(`"url": "https://copy%d.`, i), 1)
		text := read("expected.txt")
		if i%10 == 9 {
			text += "\n\nA paragraph pith no longer finds."
		}
		for f, data := range map[string]string{"source.html": html, "meta.json": meta, "expected.txt": text} {
			if err := os.MkdirAll(page, 0o755); err != nil {
				tb.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(page, f), []byte(data), 0o644); err != nil {
				tb.Fatal(err)
			}
		}
	}
	return root
}

func TestCheckManyPages(t *testing.T) {
	root := manyPages(t, 25)
	code, out, errOut := pith(t, "", "check", "-j", "4", root)
	if code != 1 || !strings.Contains(out, "25 pages: 23 same, 2 changed, 0 new, 0 failed") {
		t.Errorf("exit %d\n%s\n%s", code, lastLines(out, 4), errOut)
	}
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

// BenchmarkCheck1000Pages times "pith check" on 1,000 saved pages, as run
// from the command line (default -j, the number of CPUs). Issue 7 asks for
// under 10 s on a 2-core machine.
func BenchmarkCheck1000Pages(b *testing.B) {
	root := manyPages(b, 1000)
	b.ReportAllocs()
	for b.Loop() {
		var out, errOut bytes.Buffer
		if code := run(context.Background(), []string{"check", root}, nil, &out, &errOut); code != 1 {
			b.Fatalf("exit %d: %s", code, errOut.String())
		}
	}
	b.ReportMetric(1000*float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}

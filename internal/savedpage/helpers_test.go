package savedpage

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/seed-d9e9b10c/pith/extractor"
)

// article is a page pith extracts fully: a title, an author, a date and
// two paragraphs.
const article = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Harbour ferry returns | Gazette</title>
<meta property="og:site_name" content="Gazette">
<meta name="author" content="Jana Hoffmann">
<meta property="article:published_time" content="2026-01-22T06:30:00+01:00">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour ferry returns</h1>
<p>The harbour ferry returned to service on Thursday morning after a winter in the dry dock, carrying forty passengers on its first crossing of the year.</p>
<p>Crews replaced the engine and repainted the hull, and the operator says the timetable will stay the same until the summer season begins in June.</p>
</article><footer>© Gazette</footer></body></html>`

// writeFiles creates files under root from a map of slash paths to contents.
func writeFiles(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// extract is what Check finds on src.
func extract(t *testing.T, src string) *extractor.Article {
	t.Helper()
	a, err := extractor.Extract(strings.NewReader(src), nil, extractor.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

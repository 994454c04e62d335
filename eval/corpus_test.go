package eval

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// writeFiles creates files under root; names ending in ".gz" are gzipped.
func writeFiles(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		data := []byte(content)
		if strings.HasSuffix(name, ".gz") {
			var buf bytes.Buffer
			zw := gzip.NewWriter(&buf)
			zw.Write(data)
			zw.Close()
			data = buf.Bytes()
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// corpusFiles are tiny corpora of each format.
var corpusFiles = map[Format]map[string]string{
	ScrapingHub: {
		"html/b.html.gz":    "<p>Bee</p>",
		"html/a.html.gz":    "<p>Ay</p>",
		"ground-truth.json": `{"a": {"articleBody": "Ay", "url": "https://example.com/a"}, "b": {"articleBody": "Bee", "url": ""}}`,
	},
	WCXB: {
		"html/0001.html.gz": "<p>One</p>",
		"html/0002.html.gz": "<p>Two</p>",
		"ground-truth/0001.json": `{"url": "https://example.com/1", "_internal": {"page_type": {"primary": "category"}},
			"ground_truth": {"title": "One", "author": "Ann", "publish_date": "2025-09-04", "main_content": "One",
			"with": ["One"], "without": ["Menu"]}}`,
		"ground-truth/0002.json": `{"url": "https://example.com/2", "_internal": {},
			"ground_truth": {"title": "Two", "author": null, "publish_date": null, "main_content": null}}`,
		"metadata.json": `{"files": {"0002": {"page_type": "forum"}}}`,
	},
	Readability: {
		"pages/001/source.html":            "<p>Body</p>",
		"pages/001/expected.html":          "<div><p>Body</p><p>More</p></div>",
		"pages/001/expected-metadata.json": `{"title": "T", "byline": "By B", "excerpt": null, "siteName": "S", "publishedTime": "2024-06-25", "lang": "en"}`,
		"pages/002/source.html":            "<p>x</p>",
		"pages/002/expected.html":          "<p>x</p>",
		"pages/notes.txt":                  "not a page",
	},
	Saved: {
		"news/one/source.html":   "<p>One</p>",
		"news/one/expected.txt":  "One\n",
		"news/one/meta.json":     `{"url": "https://example.com/one", "title": "One", "authors": ["A", "B"], "published": "2024-01-02", "site_name": "Ex", "language": "en"}`,
		"two/source.html.gz":     "<p>Two</p>",
		"two/expected.txt":       "Two",
		"README.md":              "saved pages",
		"two/images/picture.txt": "not a page",
	},
}

func TestOpenDetectsFormat(t *testing.T) {
	for format, files := range corpusFiles {
		t.Run(string(format), func(t *testing.T) {
			root := t.TempDir()
			writeFiles(t, root, files)
			c, err := Open(root)
			if err != nil {
				t.Fatal(err)
			}
			if c.Format != format {
				t.Errorf("Format = %q, want %q", c.Format, format)
			}
			if len(c.Pages) != 2 {
				t.Fatalf("%d pages, want 2", len(c.Pages))
			}
			if c.Pages[0].ID > c.Pages[1].ID {
				t.Errorf("pages not sorted: %s, %s", c.Pages[0].ID, c.Pages[1].ID)
			}
			for _, p := range c.Pages {
				data, err := p.Load()
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.HasPrefix(data, []byte("<p>")) {
					t.Errorf("page %s: Load = %q, want the HTML", p.ID, data)
				}
			}
		})
	}
}

func TestOpenReadabilityPagesFolder(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, corpusFiles[Readability])
	c, err := Open(filepath.Join(root, "pages"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Format != Readability || len(c.Pages) != 2 {
		t.Errorf("got %s with %d pages, want readability with 2", c.Format, len(c.Pages))
	}
}

func TestOpenSinglePage(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, corpusFiles[Saved])
	c, err := Open(filepath.Join(root, "news", "one"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Format != Saved || len(c.Pages) != 1 || c.Pages[0].ID != "one" {
		t.Errorf("got %s %+v, want one saved page with ID one", c.Format, c.Pages)
	}
}

func TestOpenErrors(t *testing.T) {
	tests := []struct {
		name    string
		files   map[string]string
		path    string
		wantErr error
		wantMsg string
	}{
		{"missing", nil, "nope", fs.ErrNotExist, "nope"},
		{"empty folder", nil, "", ErrUnknownCorpus, "looked for ScrapingHub"},
		{"a file", map[string]string{"f.html": "x"}, "f.html", ErrUnknownCorpus, "not a folder"},
		{"scrapinghub page missing", map[string]string{
			"html/a.html.gz": "x", "ground-truth.json": `{"a": {}, "b": {}}`,
		}, "", nil, "page b"},
		{"saved page without expected.txt", map[string]string{
			"p/source.html": "x", "q/source.html": "x", "q/expected.txt": "x",
		}, "", nil, "no expected.txt"},
		{"meta.json typo", map[string]string{
			"p/source.html": "x", "p/expected.txt": "x", "p/meta.json": `{"titel": "x"}`,
		}, "", nil, "titel"},
		{"meta.json bad date", map[string]string{
			"p/source.html": "x", "p/expected.txt": "x", "p/meta.json": `{"published": "soon"}`,
		}, "", nil, "published"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			writeFiles(t, root, tt.files)
			path := filepath.Join(root, tt.path)
			_, err := Open(path)
			if err == nil {
				t.Fatal("Open succeeded, want an error")
			}
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Errorf("error %v is not %v", err, tt.wantErr)
			}
			if !strings.Contains(err.Error(), tt.wantMsg) || !strings.Contains(err.Error(), path) {
				t.Errorf("error %q should name %s and say %q", err, path, tt.wantMsg)
			}
		})
	}
}

func TestLoaders(t *testing.T) {
	open := func(format Format) *Corpus {
		root := t.TempDir()
		writeFiles(t, root, corpusFiles[format])
		c, err := Open(root)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}

	sh := open(ScrapingHub)
	if p := sh.Pages[0]; p.ID != "a" || p.Truth.Text != "Ay" || p.URL.String() != "https://example.com/a" {
		t.Errorf("scrapinghub page = %+v", p)
	}
	if sh.Pages[1].URL != nil {
		t.Errorf("empty url gave %v, want nil", sh.Pages[1].URL)
	}

	w := open(WCXB)
	p1, p2 := w.Pages[0], w.Pages[1]
	if p1.Type != "collection" || p2.Type != "forum" {
		t.Errorf("types = %q, %q; want collection (from category) and forum (from metadata.json)", p1.Type, p2.Type)
	}
	if p1.Truth.Text != "One" || p1.Truth.With[0] != "One" || p1.Truth.Without[0] != "Menu" ||
		p1.Truth.Meta.Title != "One" || p1.Truth.Meta.Authors != "Ann" || p1.Truth.Meta.Published.Precision != Day {
		t.Errorf("wcxb truth = %+v", p1.Truth)
	}
	if p2.Truth.Text != "" || p2.Truth.Meta.Authors != "" || !p2.Truth.Meta.Published.IsZero() {
		t.Errorf("wcxb nulls = %+v", p2.Truth)
	}
	if got := w.Types(); strings.Join(got, ",") != "collection,forum" {
		t.Errorf("Types() = %v", got)
	}

	r := open(Readability)
	rp := r.Pages[0]
	if rp.Truth.Text != "Body\n\nMore" || rp.URL.String() != readabilityURL {
		t.Errorf("readability page = %+v", rp)
	}
	wantMeta := Meta{Title: "T", Authors: "By B", SiteName: "S", Language: "en",
		Published: Date{time.Date(2024, 6, 25, 0, 0, 0, 0, time.UTC), Day}}
	if rp.Truth.Meta != wantMeta {
		t.Errorf("readability meta = %+v, want %+v", rp.Truth.Meta, wantMeta)
	}

	s := open(Saved)
	one, two := s.Pages[0], s.Pages[1]
	if one.ID != "news/one" || two.ID != "two" {
		t.Errorf("saved IDs = %q, %q", one.ID, two.ID)
	}
	if one.Truth.Meta.Authors != "A, B" || one.Truth.Meta.SiteName != "Ex" || one.URL.Host != "example.com" {
		t.Errorf("saved meta = %+v, url %v", one.Truth.Meta, one.URL)
	}
	if two.URL != nil || two.Truth.Meta != (Meta{}) || !strings.HasSuffix(two.Source, ".gz") {
		t.Errorf("saved page without meta = %+v", two)
	}
}

func TestSelect(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, corpusFiles[WCXB])
	c, err := Open(root)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		pageType string
		limit    int
		wantIDs  string
		wantErr  string
	}{
		{"", 0, "0001,0002", ""},
		{"", 1, "0001", ""},
		{"", 5, "0001,0002", ""},
		{"forum", 0, "0002", ""},
		{"forum", 1, "0002", ""},
		{"category", 0, "0001", ""}, // WCXB counts category pages as collection pages
		{"article", 0, "", "has types collection, forum"},
	}
	for _, tt := range tests {
		got, err := c.Select(tt.pageType, tt.limit)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("Select(%q, %d) error = %v, want %q", tt.pageType, tt.limit, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, p := range got.Pages {
			ids = append(ids, p.ID)
		}
		if strings.Join(ids, ",") != tt.wantIDs {
			t.Errorf("Select(%q, %d) = %v, want %s", tt.pageType, tt.limit, ids, tt.wantIDs)
		}
	}
	if len(c.Pages) != 2 {
		t.Error("Select changed the corpus")
	}

	saved := t.TempDir()
	writeFiles(t, saved, corpusFiles[Saved])
	s, err := Open(saved)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Select("article", 0); err == nil || !strings.Contains(err.Error(), "no page types") {
		t.Errorf("Select on a corpus without types: %v", err)
	}
}

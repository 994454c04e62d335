package savedpage

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/seed-d9e9b10c/pith/extractor"
)

func TestName(t *testing.T) {
	tests := []struct{ url, want string }{
		{"https://www.example.com/news/2024/05/story.html", "example.com-news-2024-05-story"},
		{"https://example.com/", "example.com"},
		{"http://127.0.0.1:8080/a/b/", "127.0.0.1-a-b"},
		{"https://Example.COM/Über/Straße?id=3&x=y", "example.com-ber-stra-e-id-3-x-y"},
		{"https://example.com/" + strings.Repeat("long-", 30), strings.TrimSuffix(("example.com-" + strings.Repeat("long-", 30))[:maxNameLen], "-")},
		{"https://中文.example/", "example"},
		{"https://中文/", "page"},
	}
	for _, tt := range tests {
		got, err := Name(tt.url)
		if err != nil || got != tt.want {
			t.Errorf("Name(%q) = %q, %v; want %q", tt.url, got, err, tt.want)
		}
	}
	if _, err := Name("/relative/path"); err == nil {
		t.Error("Name accepted a URL without a host")
	}
}

func TestCreate(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "gazette.example-ferry")
	a := extract(t, article)
	f := Fetched{
		Meta: Meta{
			URL:         "https://gazette.example/ferry",
			FinalURL:    "https://gazette.example/ferry",
			Fetched:     time.Date(2026, 2, 3, 4, 5, 6, 0, time.UTC),
			ContentType: "text/html",
			Status:      200,
		},
		Body: []byte(article),
	}
	if err := Create(dir, f, a, false); err != nil {
		t.Fatal(err)
	}
	p, err := Load(dir, "p")
	if err != nil {
		t.Fatal(err)
	}
	if p.Meta.FinalURL != "" || p.Meta.Status != 200 || *p.Meta.Title != a.Title || !p.HasExpected {
		t.Errorf("saved page = %+v, want the fetch record (final URL dropped when equal) and expectations", p)
	}
	if r := Check(Ref{Dir: dir, ID: "p"}, extractor.Options{}); r.Status != Same {
		t.Errorf("Check of a page just created = %v %q %v, want same", r.Status, r.Fields, r.Err)
	}

	if err := Create(dir, f, a, false); !errors.Is(err, fs.ErrExist) {
		t.Errorf("Create over an existing page: %v, want fs.ErrExist", err)
	}
	writeFiles(t, dir, map[string]string{"source.html.gz": "stale"})
	if err := Create(dir, f, a, true); err != nil {
		t.Errorf("Create with force: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "source.html.gz")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("stale source.html.gz kept: %v", err)
	}
}

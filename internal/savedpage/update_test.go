package savedpage

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/seed-d9e9b10c/pith/extractor"
)

func TestUpdateThenSame(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"source.html":  article,
		"expected.txt": "Old text.\n",
		// A hand-written file: the fetch record and the absent fields stay.
		"meta.json": `{"url": "https://gazette.example/ferry", "title": "Old", "published": "2026-01-22", "language": "en"}`,
	})
	ref := Ref{Dir: dir, ID: "p"}
	r := Check(ref, extractor.Options{})
	if r.Status != Changed || !reflect.DeepEqual(r.Fields, []string{"title"}) {
		t.Fatalf("Check = %v %q (%v), want the text and title changed", r.Status, r.Fields, r.Err)
	}
	diff := r.Diff(DiffOptions{})
	for _, want := range []string{
		"--- " + filepath.Join(dir, "expected.txt") + "\n+++ pith output\n",
		"-Old text.\n",
		"+The harbour ferry returned",
		"--- " + filepath.Join(dir, "meta.json"),
		"-  \"title\": \"Old\",\n+  \"title\": \"Harbour ferry returns\",\n",
	} {
		if !strings.Contains(diff, want) {
			t.Errorf("diff lacks %q:\n%s", want, diff)
		}
	}
	if err := r.Update(); err != nil {
		t.Fatal(err)
	}
	meta, _ := os.ReadFile(filepath.Join(dir, "meta.json"))
	wantMeta := `{
  "url": "https://gazette.example/ferry",
  "title": "Harbour ferry returns",
  "published": "2026-01-22",
  "language": "en"
}
`
	if string(meta) != wantMeta {
		t.Errorf("meta.json after update:\n%s\nwant:\n%s", meta, wantMeta)
	}
	if r := Check(ref, extractor.Options{}); r.Status != Same {
		t.Errorf("after Update, Check = %v %q %v, want same", r.Status, r.Fields, r.Err)
	}
}

func TestUpdateNewPage(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"source.html": article, "meta.json": `{"url": "https://gazette.example/ferry"}`})
	ref := Ref{Dir: dir, ID: "p"}
	r := Check(ref, extractor.Options{})
	if r.Status != New {
		t.Fatalf("Check = %v, want new", r.Status)
	}
	if err := r.Update(); err != nil {
		t.Fatal(err)
	}
	p, err := Load(dir, "p")
	if err != nil {
		t.Fatal(err)
	}
	if p.Meta.URL != "https://gazette.example/ferry" || p.Meta.Title == nil || p.Meta.Excerpt == nil {
		t.Errorf("meta after update = %+v, want the URL kept and every expected field set", p.Meta)
	}
	if r := Check(ref, extractor.Options{}); r.Status != Same {
		t.Errorf("after Update, Check = %v %q %v, want same", r.Status, r.Fields, r.Err)
	}
}

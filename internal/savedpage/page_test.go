package savedpage

import (
	"errors"
	"io/fs"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestFind(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{
		"b/source.html":           "x",
		"a/one/source.html.gz":    "x",
		"a/one/expected.txt":      "x",
		"a/one/inner/source.html": "x", // a page inside a page is a page
		"a/notes.txt":             "not a page",
		".git/x/source.html":      "hidden folders are skipped",
		"empty/expected.txt":      "no source: not a page",
	})
	refs, err := Find(root)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range refs {
		ids = append(ids, r.ID)
		if r.Dir != filepath.Join(root, filepath.FromSlash(r.ID)) {
			t.Errorf("ref %+v: Dir is not root joined with ID", r)
		}
	}
	if want := []string{"a/one", "a/one/inner", "b"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("IDs = %q, want %q", ids, want)
	}

	refs, err = Find(filepath.Join(root, "b"))
	if err != nil || len(refs) != 1 || refs[0].ID != "b" {
		t.Errorf("Find(page folder) = %+v, %v; want the page with ID b", refs, err)
	}
	if _, err := Find(filepath.Join(root, "missing")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Find(missing) error = %v, want fs.ErrNotExist", err)
	}
}

func TestLoadErrorsNameThePage(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"no source", map[string]string{"expected.txt": "x"}, "no source.html"},
		{"typo", map[string]string{"source.html": "x", "meta.json": `{"site-name": "x"}`}, `unknown field "site-name"`},
		{"bad json", map[string]string{"source.html": "x", "meta.json": `{"title": }`}, "meta.json: invalid character"},
		{"two objects", map[string]string{"source.html": "x", "meta.json": `{} {}`}, "more than one JSON value"},
		{"bad url", map[string]string{"source.html": "x", "meta.json": `{"url": "http://a b/%zz"}`}, "meta.json: url:"},
		{"bad time", map[string]string{"source.html": "x", "meta.json": `{"fetched": "yesterday"}`}, "meta.json:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, tt.files)
			_, err := Load(dir, "p")
			var pe *Error
			if !errors.As(err, &pe) || pe.Dir != dir {
				t.Fatalf("Load error = %v, want an *Error naming %s", err, dir)
			}
			if !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), dir) {
				t.Errorf("Load error = %q, want it to name the folder and contain %q", err, tt.want)
			}
		})
	}
}

func TestLoadNormalizesExpected(t *testing.T) {
	for _, text := range []string{"a\n\nb", "a\n\nb\n", "a\r\n\r\nb\r\n"} {
		dir := t.TempDir()
		writeFiles(t, dir, map[string]string{"source.html": "x", "expected.txt": text})
		p, err := Load(dir, "p")
		if err != nil {
			t.Fatal(err)
		}
		if !p.HasExpected || p.Expected != "a\n\nb" {
			t.Errorf("expected.txt %q read as %q", text, p.Expected)
		}
	}
}

package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fixture returns the source of one of pith's own saved pages.
func fixture(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "pages", name, "source.html"))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// newFixtureSite serves pith's fixtures: /blog (with reader comments),
// /news/story.html, /old (a redirect to /news/story.html) and /latin1 (a
// page whose charset only the Content-Type header gives).
func newFixtureSite(t *testing.T) *httptest.Server {
	t.Helper()
	blog, news := fixture(t, "blog-with-comments"), fixture(t, "news-cms-article")
	latin1 := "<html><body><article><p>" +
		strings.Repeat("Le caf\xe9 du port ouvre \xe0 six heures et ferme \xe0 midi. ", 8) + "</p></article></body></html>"
	mux := http.NewServeMux()
	serve := func(path, contentType string, body []byte) {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", contentType)
			w.Write(body)
		})
	}
	serve("/blog", "text/html; charset=utf-8", blog)
	serve("/news/story.html", "text/html", news)
	serve("/latin1", "text/html; charset=ISO-8859-1", []byte(latin1))
	mux.Handle("/old", http.RedirectHandler("/news/story.html", http.StatusMovedPermanently))
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// TestSaveCheckUpdateRoundTrip is the workflow end to end: save pages from
// a server, check them (all the same), check with an option that changes
// the output (changed, exit 1, diff shown), update, check again (all the
// same).
func TestSaveCheckUpdateRoundTrip(t *testing.T) {
	srv := newFixtureSite(t)
	dir := filepath.Join(t.TempDir(), "pages")

	code, out, errOut := pith(t, "", "save", "-o", dir, srv.URL+"/blog", srv.URL+"/old", srv.URL+"/latin1")
	if code != 0 {
		t.Fatalf("save: exit %d\n%s", code, errOut)
	}
	blog, story, latin1 := filepath.Join(dir, "127.0.0.1-blog"), filepath.Join(dir, "127.0.0.1-old"), filepath.Join(dir, "127.0.0.1-latin1")
	if want := blog + "\n" + story + "\n" + latin1 + "\n"; out != want {
		t.Fatalf("save printed %q, want the folders %q", out, want)
	}
	meta, _ := os.ReadFile(filepath.Join(story, "meta.json"))
	for _, want := range []string{
		`"url": "` + srv.URL + `/old"`,
		`"final_url": "` + srv.URL + `/news/story.html"`,
		`"fetched": "20`,
		`"content_type": "text/html"`,
		`"status": 200`,
		`"title": "Harbor Vista council approves`,
	} {
		if !strings.Contains(string(meta), want) {
			t.Errorf("meta.json lacks %s:\n%s", want, meta)
		}
	}
	if src, _ := os.ReadFile(filepath.Join(latin1, "source.html")); !strings.Contains(string(src), "caf\xe9") {
		t.Errorf("source.html is not the bytes as fetched: %q", src[:60])
	}

	code, out, errOut = pith(t, "", "check", dir)
	if code != 0 || !strings.Contains(out, "3 pages: 3 same, 0 changed, 0 new, 0 failed") {
		t.Fatalf("check after save: exit %d\n%s%s", code, out, errOut)
	}

	// Keeping reader comments changes the blog's text and nothing else.
	code, out, _ = pith(t, "", "check", "--comments", dir)
	if code != 1 {
		t.Errorf("check --comments: exit %d, want 1", code)
	}
	for _, want := range []string{
		"changed " + blog + ": text\n",
		"--- " + filepath.Join(blog, "expected.txt") + "\n+++ pith output\n@@ ",
		"\n+", // added lines: the comments
		"3 pages: 2 same, 1 changed, 0 new, 0 failed",
		"pith check --update",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("check --comments output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b[") {
		t.Errorf("escape sequences in output that is not a terminal:\n%s", out)
	}

	code, out, errOut = pith(t, "", "check", "--comments", "--update", blog)
	if code != 0 || !strings.Contains(out, "updated "+blog+": text") {
		t.Fatalf("check --update: exit %d\n%s%s", code, out, errOut)
	}
	code, out, errOut = pith(t, "", "check", "--comments", dir)
	if code != 0 || !strings.Contains(out, "3 pages: 3 same") {
		t.Fatalf("check --comments after update: exit %d\n%s%s", code, out, errOut)
	}
	// And the default options now differ from the expectation.
	if code, out, _ = pith(t, "", "check", dir); code != 1 || !strings.Contains(out, "changed "+blog) {
		t.Errorf("check without --comments after the update: exit %d\n%s", code, out)
	}
}

func TestSaveExisting(t *testing.T) {
	srv := newFixtureSite(t)
	dir := t.TempDir()
	if code, _, errOut := pith(t, "", "save", "-o", dir, srv.URL+"/blog"); code != 0 {
		t.Fatalf("save: %s", errOut)
	}
	page := filepath.Join(dir, "127.0.0.1-blog")
	os.WriteFile(filepath.Join(page, "expected.txt"), []byte("edited by hand\n"), 0o644)

	code, _, errOut := pith(t, "", "save", "-o", dir, srv.URL+"/blog")
	if code != 1 || !strings.Contains(errOut, page+" exists; add --force") {
		t.Errorf("save over a page: exit %d, stderr %q", code, errOut)
	}
	if text, _ := os.ReadFile(filepath.Join(page, "expected.txt")); string(text) != "edited by hand\n" {
		t.Errorf("save without --force overwrote expected.txt: %q", text)
	}
	if code, _, errOut := pith(t, "", "save", "--force", "-o", dir, srv.URL+"/blog"); code != 0 {
		t.Fatalf("save --force: exit %d, %s", code, errOut)
	}
	if code, out, _ := pith(t, "", "check", dir); code != 0 {
		t.Errorf("check after save --force: exit %d\n%s", code, out)
	}
}

func TestSaveNamesAndErrors(t *testing.T) {
	srv := newFixtureSite(t)
	dir := t.TempDir()
	code, out, errOut := pith(t, "", "save", "-o", dir,
		srv.URL+"/blog", srv.URL+"/blog", // the same name twice
		srv.URL+"/missing", "not-a-url")
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if want := filepath.Join(dir, "127.0.0.1-blog") + "\n" + filepath.Join(dir, "127.0.0.1-blog-2") + "\n"; out != want {
		t.Errorf("stdout %q, want %q", out, want)
	}
	for _, want := range []string{
		"pith save: " + srv.URL + "/missing: HTTP 404",
		"pith save: not-a-url: not an http or https URL",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "127.0.0.1-missing")); err == nil {
		t.Error("a folder was written for a 404")
	}
}

func TestSaveUsage(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		wantErr string
	}{
		{"no -o", []string{"save", "https://example.com/"}, "-o DIR is required"},
		{"no URL", []string{"save", "-o", "x"}, "no URL"},
		{"zero jobs", []string{"save", "-o", "x", "-j", "0", "https://example.com/"}, "-j"},
		{"unknown flag", []string{"save", "--frobnicate"}, "frobnicate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := pith(t, "", tt.args...)
			if code != 2 || !strings.Contains(errOut, tt.wantErr) {
				t.Errorf("exit %d, stderr %q; want 2 and %q", code, errOut, tt.wantErr)
			}
		})
	}
	if code, out, _ := pith(t, "", "save", "-h"); code != 0 || !strings.Contains(out, "usage: pith save") {
		t.Errorf("save -h: exit %d\n%s", code, out)
	}
}

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/seed-d9e9b10c/pith/extractor"
)

// articleHTML is a small but realistic article page, so that the tests hold
// with the real extraction pipeline as well as with a stub.
func articleHTML(title string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>%s</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>%s</h1>`, title, title)
	for i := range 6 {
		fmt.Fprintf(&b, `<p>Paragraph %d of %s. The council met on Tuesday to discuss the new bridge, which
residents have asked for since the old one closed, and agreed to fund a study of its cost,
its route and its effect on traffic in the town centre. <a href="/more/%d">More</a></p>`, i, title, i)
	}
	b.WriteString(`</article><footer>Copyright 2024 Example News</footer></body></html>`)
	return b.String()
}

// pith runs the command with the given standard input and arguments.
func pith(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	return pithCtx(t, context.Background(), stdin, args...)
}

func pithCtx(t *testing.T, ctx context.Context, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(ctx, args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// writeFile writes content to name in dir and returns its path.
func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// extract is what the library says about page, for comparison with the
// command's output.
func extract(t *testing.T, page string, pageURL string) *extractor.Article {
	t.Helper()
	var u *url.URL
	if pageURL != "" {
		u, _ = url.Parse(pageURL)
	}
	a, err := extractor.Extract(strings.NewReader(page), u, extractor.Options{})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	return a
}

// newSite serves articles: /a/NAME is an article, /slow/MS/NAME answers
// after MS milliseconds, /redirect/NAME redirects to /a/NAME, /missing is a
// 404, /image is a PNG and /hang never answers.
func newSite(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/a/{name}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, articleHTML(r.PathValue("name")))
	})
	mux.HandleFunc("/slow/{ms}/{name}", func(w http.ResponseWriter, r *http.Request) {
		var ms int
		fmt.Sscan(r.PathValue("ms"), &ms)
		select {
		case <-time.After(time.Duration(ms) * time.Millisecond):
		case <-r.Context().Done():
			return
		}
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, articleHTML(r.PathValue("name")))
	})
	mux.HandleFunc("/redirect/{name}", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/a/"+r.PathValue("name"), http.StatusFound)
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n"))
	})
	mux.HandleFunc("/hang", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestRunUsage(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.html", articleHTML("A"))
	list := writeFile(t, dir, "list.txt", a+"\n")
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantOut    string // substring of stdout
		wantErr    string // substring of stderr
		wantNoDocs bool
	}{
		{name: "no arguments", args: nil, wantCode: 2, wantErr: "no sources"},
		{name: "empty list", args: []string{"--from-file", writeFile(t, dir, "empty.txt", "# nothing\n\n")}, wantCode: 2, wantErr: "no sources"},
		{name: "unknown flag", args: []string{"--frobnicate", a}, wantCode: 2, wantErr: "frobnicate"},
		{name: "bad format", args: []string{"--format", "pdf", a}, wantCode: 2, wantErr: `unknown format "pdf"`},
		{name: "bad format after source", args: []string{a, "--format=yaml"}, wantCode: 2, wantErr: "yaml"},
		{name: "zero jobs", args: []string{"-j", "0", a}, wantCode: 2, wantErr: "-j"},
		{name: "bad jobs", args: []string{"-j", "many", a}, wantCode: 2, wantErr: "-j"},
		{name: "negative timeout", args: []string{"--timeout", "-1s", a}, wantCode: 2, wantErr: "timeout"},
		{name: "relative --url", args: []string{"--url", "example.com/x", a}, wantCode: 2, wantErr: "--url"},
		{name: "ftp --url", args: []string{"--url", "ftp://example.com/x", a}, wantCode: 2, wantErr: "--url"},
		{name: "stdin twice", args: []string{"-", "-"}, wantCode: 2, wantErr: "only once"},
		{name: "stdin list and source", args: []string{"--from-file", "-", "-"}, wantCode: 2, wantErr: "only once"},
		{name: "missing list", args: []string{"--from-file", filepath.Join(dir, "nope.txt")}, wantCode: 1, wantErr: "nope.txt"},
		{name: "help", args: []string{"help"}, wantCode: 0, wantOut: "pith eval"},
		{name: "-h", args: []string{"-h"}, wantCode: 0, wantOut: "Usage:"},
		{name: "--help", args: []string{"--help"}, wantCode: 0, wantOut: "--from-file"},
		{name: "--help after sources", args: []string{a, "--help"}, wantCode: 0, wantOut: "Usage:", wantNoDocs: true},
		{name: "--version", args: []string{"--version"}, wantCode: 0, wantOut: "pith "},
		{name: "list", args: []string{"--from-file", list}, wantCode: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := pith(t, "", tt.args...)
			if code != tt.wantCode {
				t.Errorf("exit code = %d, want %d; stderr:\n%s", code, tt.wantCode, errOut)
			}
			if !strings.Contains(out, tt.wantOut) {
				t.Errorf("stdout does not contain %q:\n%s", tt.wantOut, out)
			}
			if !strings.Contains(errOut, tt.wantErr) {
				t.Errorf("stderr does not contain %q:\n%s", tt.wantErr, errOut)
			}
			if tt.wantCode == 2 && !strings.HasPrefix(errOut, "pith: ") {
				t.Errorf("usage error not reported as \"pith: ...\":\n%s", errOut)
			}
			if tt.wantNoDocs && strings.Contains(out, "Paragraph") {
				t.Errorf("help also printed documents:\n%s", out)
			}
		})
	}
}

// One source prints exactly what the library renders, plus a newline.
func TestRunFormats(t *testing.T) {
	dir := t.TempDir()
	page := articleHTML("Bridge")
	file := writeFile(t, dir, "bridge.html", page)
	a := extract(t, page, "")
	tests := []struct {
		format string
		want   string
	}{
		{"", a.Text},
		{"text", a.Text},
		{"markdown", a.Markdown()},
		{"html", a.HTML()},
	}
	for _, tt := range tests {
		for _, src := range []string{file, "-"} {
			t.Run(tt.format+"/"+src, func(t *testing.T) {
				args := []string{src}
				if tt.format != "" {
					args = append([]string{"--format", tt.format}, args...)
				}
				code, out, errOut := pith(t, page, args...)
				if code != 0 {
					t.Fatalf("exit code %d; stderr:\n%s", code, errOut)
				}
				if want := strings.TrimRight(tt.want, "\n") + "\n"; out != want {
					t.Errorf("stdout = %q, want %q", out, want)
				}
				if errOut != "" {
					t.Errorf("stderr = %q, want nothing", errOut)
				}
			})
		}
	}
}

// jsonFields are the --format json fields, a stable interface.
var jsonFields = []string{"source", "url", "title", "authors", "published", "site_name", "language", "excerpt", "text", "ms", "error"}

// decodeLines parses JSON lines, checking each has every field with the
// right type.
func decodeLines(t *testing.T, out string) []map[string]any {
	t.Helper()
	var recs []map[string]any
	for line := range strings.Lines(out) {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("bad JSON line %q: %v", line, err)
		}
		for _, f := range jsonFields {
			if _, ok := rec[f]; !ok {
				t.Errorf("line %q lacks field %q", line, f)
			}
		}
		for _, f := range []string{"source", "url", "title", "site_name", "language", "excerpt", "text"} {
			if _, ok := rec[f].(string); !ok {
				t.Errorf("%s = %#v, want a string", f, rec[f])
			}
		}
		if _, ok := rec["authors"].([]any); !ok {
			t.Errorf("authors = %#v, want an array", rec["authors"])
		}
		if ms, ok := rec["ms"].(float64); !ok || ms < 0 {
			t.Errorf("ms = %#v, want a non-negative number", rec["ms"])
		}
		if _, ok := rec["fallback"].(bool); !ok {
			t.Errorf("fallback = %#v, want a bool", rec["fallback"])
		}
		switch p := rec["published"].(type) {
		case nil:
		case string:
			if _, err := time.Parse(time.RFC3339, p); err != nil {
				t.Errorf("published = %q, not RFC 3339", p)
			}
		default:
			t.Errorf("published = %#v, want null or a string", p)
		}
		switch e := rec["error"].(type) {
		case nil:
		case string:
			if e == "" {
				t.Error(`error is "", want null or a message`)
			}
		default:
			t.Errorf("error = %#v, want null or a string", e)
		}
		recs = append(recs, rec)
	}
	return recs
}

func TestRunJSON(t *testing.T) {
	srv := newSite(t)
	dir := t.TempDir()
	file := writeFile(t, dir, "a.html", articleHTML("Alpha"))
	sub := filepath.Join(dir, "sub")
	os.Mkdir(sub, 0o755)

	sources := []struct {
		src     string
		wantURL string
		wantErr string // substring of the error; "" for success
	}{
		{src: file},
		{src: "-"},
		{src: srv.URL + "/a/beta", wantURL: srv.URL + "/a/beta"},
		{src: srv.URL + "/redirect/gamma", wantURL: srv.URL + "/a/gamma"},
		{src: srv.URL + "/missing", wantURL: srv.URL + "/missing", wantErr: "404"},
		{src: srv.URL + "/image", wantURL: srv.URL + "/image", wantErr: "not HTML"},
		{src: filepath.Join(dir, "nope.html"), wantErr: "no such file"},
		{src: sub, wantErr: "directory"},
		{src: "gopher://example.com/", wantURL: "gopher://example.com/", wantErr: "http"},
	}
	args := []string{"--format", "json", "-j", "3"}
	for _, s := range sources {
		args = append(args, s.src)
	}
	code, out, errOut := pith(t, articleHTML("Stdin"), args...)
	if code != 1 {
		t.Errorf("exit code = %d, want 1", code)
	}
	recs := decodeLines(t, out)
	if len(recs) != len(sources) {
		t.Fatalf("%d lines, want %d:\n%s", len(recs), len(sources), out)
	}
	for i, s := range sources {
		rec := recs[i]
		if rec["source"] != s.src {
			t.Errorf("line %d: source = %v, want %s", i, rec["source"], s.src)
		}
		if rec["url"] != s.wantURL {
			t.Errorf("%s: url = %v, want %q", s.src, rec["url"], s.wantURL)
		}
		msg, _ := rec["error"].(string)
		switch {
		case s.wantErr == "" && msg != "":
			t.Errorf("%s: error %q, want none", s.src, msg)
		case s.wantErr == "" && rec["text"] == "":
			t.Errorf("%s: no text", s.src)
		case s.wantErr != "" && !strings.Contains(msg, s.wantErr):
			t.Errorf("%s: error = %q, want it to contain %q", s.src, msg, s.wantErr)
		}
		failed := s.wantErr != ""
		if diag := "pith: " + s.src + ": "; strings.Contains(errOut, diag) != failed {
			t.Errorf("diagnostic %q in stderr: %v, want %v:\n%s", diag, !failed, failed, errOut)
		}
	}
	if strings.Contains(errOut, "pith: pith:") {
		t.Errorf("doubled prefix in stderr:\n%s", errOut)
	}
}

// --url gives a file or stdin its address.
func TestRunURLFlag(t *testing.T) {
	dir := t.TempDir()
	file := writeFile(t, dir, "a.html", articleHTML("Alpha"))
	const u = "https://news.example.com/2024/bridge"
	want := extract(t, articleHTML("Alpha"), u).URL
	if want == "" {
		want = u
	}
	for _, src := range []string{file, "-"} {
		code, out, errOut := pith(t, articleHTML("Alpha"), "--format=json", "--url", u, src)
		if code != 0 {
			t.Fatalf("exit code %d; stderr:\n%s", code, errOut)
		}
		if recs := decodeLines(t, out); len(recs) != 1 || recs[0]["url"] != want {
			t.Errorf("%s: records %v, want url %s", src, recs, want)
		}
	}
}

// Results come out in input order whatever order they finish in.
func TestRunOrder(t *testing.T) {
	srv := newSite(t)
	const n = 12
	var sources []string
	for i := range n {
		// Early sources are the slowest.
		sources = append(sources, fmt.Sprintf("%s/slow/%d/doc%d", srv.URL, (n-i)*15, i))
	}
	for _, format := range []string{"json", "text"} {
		t.Run(format, func(t *testing.T) {
			args := append([]string{"-j", "4", "--format", format}, sources...)
			code, out, errOut := pith(t, "", args...)
			if code != 0 {
				t.Fatalf("exit code %d; stderr:\n%s", code, errOut)
			}
			var got []string
			if format == "json" {
				for _, rec := range decodeLines(t, out) {
					got = append(got, rec["source"].(string))
				}
			} else {
				for line := range strings.Lines(out) {
					if src, ok := strings.CutPrefix(strings.TrimSpace(line), "==> "); ok {
						got = append(got, strings.TrimSuffix(src, " <=="))
					}
				}
			}
			if !slices.Equal(got, sources) {
				t.Errorf("order:\n%q\nwant\n%q", got, sources)
			}
		})
	}
}

// With several sources, documents get head(1)-style headers and blank-line
// separators; a failed source prints nothing on stdout.
func TestRunSeveralDocuments(t *testing.T) {
	dir := t.TempDir()
	pa, pb := articleHTML("Alpha"), articleHTML("Beta")
	a := writeFile(t, dir, "a.html", pa)
	b := writeFile(t, dir, "b.html", pb)
	missing := filepath.Join(dir, "missing.html")

	code, out, errOut := pith(t, "", "-j", "2", a, missing, b)
	if code != 1 {
		t.Errorf("exit code = %d, want 1", code)
	}
	want := "==> " + a + " <==\n" + strings.TrimRight(extract(t, pa, "").Text, "\n") + "\n" +
		"\n==> " + b + " <==\n" + strings.TrimRight(extract(t, pb, "").Text, "\n") + "\n"
	if out != want {
		t.Errorf("stdout =\n%s\nwant\n%s", out, want)
	}
	// The diagnostic, then the summary of the batch.
	diag, summary, _ := strings.Cut(errOut, "\n")
	if want := "pith: " + missing + ": no such file or directory"; diag != want {
		t.Errorf("stderr = %q, want %q first", errOut, want)
	}
	if want := "pith: 2 done, 1 failed (1 no such file) of 3 in "; !strings.HasPrefix(summary, want) || strings.Count(summary, "\n") != 1 {
		t.Errorf("summary = %q, want %q...", summary, want)
	}
}

func TestRunFromFile(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.html", articleHTML("Alpha"))
	b := writeFile(t, dir, "b.html", articleHTML("Beta"))
	c := writeFile(t, dir, "c.html", articleHTML("Gamma"))
	listText := "# my pages\n\n" + b + "\r\n   \n  " + c + "  \n#" + a + "\n"
	list := writeFile(t, dir, "list.txt", listText)

	tests := []struct {
		name  string
		stdin string
		args  []string
		want  []string
	}{
		{name: "file", args: []string{"--from-file", list}, want: []string{b, c}},
		{name: "stdin", stdin: listText, args: []string{"--from-file", "-"}, want: []string{b, c}},
		{name: "arguments first", args: []string{"--from-file", list, a}, want: []string{a, b, c}},
		{name: "with stdin source", stdin: articleHTML("S"), args: []string{"--from-file", list, "-"}, want: []string{"-", b, c}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"--format", "json", "-j", "4"}, tt.args...)
			code, out, errOut := pith(t, tt.stdin, args...)
			if code != 0 {
				t.Fatalf("exit code %d; stderr:\n%s", code, errOut)
			}
			var got []string
			for _, rec := range decodeLines(t, out) {
				got = append(got, rec["source"].(string))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("sources %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRunTooLarge(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.html")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	// A sparse file: large on paper, nothing written.
	if err := f.Truncate(extractor.DefaultMaxBytes + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	code, _, errOut := pith(t, "", big)
	if code != 1 || !strings.Contains(errOut, "too large") {
		t.Errorf("exit code %d, stderr %q; want 1 and a too-large error", code, errOut)
	}
}

func TestRunTimeout(t *testing.T) {
	srv := newSite(t)
	start := time.Now()
	code, _, errOut := pith(t, "", "--timeout", "100ms", srv.URL+"/hang")
	if code != 1 || !strings.Contains(errOut, "timed out after 100ms") {
		t.Errorf("exit code %d, stderr %q; want 1 and a timeout", code, errOut)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v", d)
	}
}

// Cancelling the context (Ctrl-C) stops pith promptly, after printing the
// results that were ready in order.
func TestRunCancel(t *testing.T) {
	srv := newSite(t)
	dir := t.TempDir()
	a := writeFile(t, dir, "a.html", articleHTML("Alpha"))
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(200*time.Millisecond, cancel)
	args := []string{"--format", "json", "-j", "2", a}
	for range 20 {
		args = append(args, srv.URL+"/hang")
	}
	start := time.Now()
	code, out, errOut := pithCtx(t, ctx, "", args...)
	if code != 1 {
		t.Errorf("exit code = %d, want 1", code)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v after cancellation", d)
	}
	if recs := decodeLines(t, out); len(recs) == 0 || recs[0]["source"] != a {
		t.Errorf("first result not printed before cancellation:\n%s", out)
	}
	if !strings.Contains(errOut, "canceled") {
		t.Errorf("stderr = %q, want a cancellation message", errOut)
	}
}

func TestParseArgs(t *testing.T) {
	tests := []struct {
		args        []string
		wantSources []string
		wantFormat  string
		wantJobs    int
	}{
		{args: []string{"a"}, wantSources: []string{"a"}, wantFormat: "text"},
		{args: []string{"a", "--format", "json", "b"}, wantSources: []string{"a", "b"}, wantFormat: "json"},
		{args: []string{"-j", "3", "a", "-", "--format=html"}, wantSources: []string{"a", "-"}, wantFormat: "html", wantJobs: 3},
		{args: []string{"a", "--", "--format", "-j"}, wantSources: []string{"a", "--format", "-j"}, wantFormat: "text"},
		{args: []string{"--", "-"}, wantSources: []string{"-"}, wantFormat: "text"},
		{args: []string{"--format", "markdown"}, wantSources: nil, wantFormat: "markdown"},
	}
	for _, tt := range tests {
		cfg, err := parseArgs(tt.args)
		if err != nil {
			t.Errorf("parseArgs(%q): %v", tt.args, err)
			continue
		}
		if !slices.Equal(cfg.sources, tt.wantSources) || cfg.format != tt.wantFormat {
			t.Errorf("parseArgs(%q) = sources %q, format %q; want %q, %q", tt.args, cfg.sources, cfg.format, tt.wantSources, tt.wantFormat)
		}
		if tt.wantJobs != 0 && cfg.jobs != tt.wantJobs {
			t.Errorf("parseArgs(%q): jobs = %d, want %d", tt.args, cfg.jobs, tt.wantJobs)
		}
	}
}

// "pith eval ..." is the eval subcommand, not a file called eval.
func TestRunEvalDispatch(t *testing.T) {
	_, _, errOut := pith(t, "", "eval", "-h")
	if strings.Contains(errOut, "no such file") {
		t.Errorf("eval was treated as a source: %s", errOut)
	}
}

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 0, errors.New("disk full") }

func TestRunWriteError(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.html", articleHTML("Alpha"))
	var errOut bytes.Buffer
	code := run(context.Background(), []string{a, a}, strings.NewReader(""), failWriter{}, &errOut)
	if code != 1 || !strings.Contains(errOut.String(), "disk full") {
		t.Errorf("exit code %d, stderr %q; want 1 and the write error", code, errOut.String())
	}
}

// TestExtractionFlags checks that the extraction flags reach the options.
func TestExtractionFlags(t *testing.T) {
	cfg, err := parseArgs([]string{"--favor", "precision", "--captions", "--no-tables", "--no-links", "page.html"})
	if err != nil {
		t.Fatal(err)
	}
	o := cfg.opts
	if o.Favor != extractor.FavorPrecision || !o.KeepCaptions || !o.DropTables || !o.DropLinks {
		t.Errorf("options = %+v", o)
	}
	if _, err := parseArgs([]string{"--favor", "both", "page.html"}); err == nil {
		t.Error("--favor both: no error")
	}
}

// A page without main content still has metadata: --format json prints its
// title and dates beside the error, and the text formats print nothing.
func TestRunNoContentKeepsMetadata(t *testing.T) {
	const page = `<html lang="en"><head><title>Thread closed | Example Forum</title>
<meta property="og:title" content="Thread closed">
<meta property="article:published_time" content="2025-02-20T14:19:26+00:00">
</head><body><div id="app"></div><script>render()</script></body></html>`
	code, out, _ := pith(t, page, "--format", "json", "-")
	if code != 1 {
		t.Errorf("exit code = %d, want 1", code)
	}
	recs := decodeLines(t, out)
	if len(recs) != 1 {
		t.Fatalf("%d lines, want 1:\n%s", len(recs), out)
	}
	rec := recs[0]
	if msg, _ := rec["error"].(string); !strings.Contains(msg, "no main content") {
		t.Errorf("error = %v, want no main content", rec["error"])
	}
	if rec["title"] != "Thread closed" || rec["published"] != "2025-02-20T14:19:26Z" || rec["text"] != "" {
		t.Errorf("title %v, published %v, text %q: want the page's metadata and no text", rec["title"], rec["published"], rec["text"])
	}
	if _, out, _ := pith(t, page, "-"); out != "" {
		t.Errorf("text output %q, want none", out)
	}
}

// pith eval -pages writes a JSON line per page, here for pith's own
// fixtures (a saved-pages corpus).
func TestRunEvalPages(t *testing.T) {
	out := filepath.Join(t.TempDir(), "pages.jsonl")
	code, _, errOut := pith(t, "", "eval", "-pages", out, "-limit", "3", filepath.Join("..", "..", "testdata", "pages"))
	if code != 0 {
		t.Fatalf("exit code %d: %s", code, errOut)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines, want 3:\n%s", len(lines), data)
	}
	for _, l := range lines {
		var rec map[string]any
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatal(err)
		}
		if rec["extractor"] != "pith" || rec["id"] == "" || rec["f1"] == nil || rec["metadata"] == nil {
			t.Errorf("record %s: want extractor pith, an id, f1 and metadata outcomes", l)
		}
	}
}

package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// copyFixtures copies the named fixtures of testdata/pages into a temporary
// folder and returns it.
func copyFixtures(t testing.TB, names ...string) string {
	t.Helper()
	root := t.TempDir()
	for _, name := range names {
		src := filepath.Join("..", "..", "testdata", "pages", name)
		if err := os.CopyFS(filepath.Join(root, name), os.DirFS(src)); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// editFile replaces the first old in a file with new.
func editFile(t *testing.T, path, old, new string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), old) {
		t.Fatalf("%s has no %q", path, old)
	}
	if err := os.WriteFile(path, []byte(strings.Replace(string(data), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// brokenPages is a folder of four pages: one the same, one whose text and
// site name changed, one new (no expected.txt) and one failing (a typo in
// meta.json).
func brokenPages(t *testing.T) string {
	root := copyFixtures(t, "docs-code-blocks", "forum-thread", "news-cms-article", "news-seed-bare")
	editFile(t, filepath.Join(root, "news-cms-article", "expected.txt"), "council majority", "senate majority")
	editFile(t, filepath.Join(root, "news-cms-article", "meta.json"), `"Pacific Coast Times"`, `"Pacific Times"`)
	os.Remove(filepath.Join(root, "forum-thread", "expected.txt"))
	editFile(t, filepath.Join(root, "news-seed-bare", "meta.json"), `"site_name"`, `"site-name"`)
	return root
}

func TestCheckReport(t *testing.T) {
	root := brokenPages(t)
	code, out, errOut := pith(t, "", "check", root)
	if code != 1 {
		t.Errorf("exit %d, want 1; stderr %s", code, errOut)
	}
	page := filepath.Join(root, "news-cms-article")
	want := []string{
		"changed " + page + ": text, site_name\n" +
			"--- " + filepath.Join(page, "expected.txt") + "\n" +
			"+++ pith output\n" +
			"@@ -16,7 +16,7 @@\n",
		"\n-The senate majority countered",
		"\n+The council majority countered",
		"--- " + filepath.Join(page, "meta.json") + "\n+++ pith output\n@@ -6 +6 @@\n" +
			"-  \"site_name\": \"Pacific Times\",\n+  \"site_name\": \"Pacific Coast Times\",\n",
		"new     " + filepath.Join(root, "forum-thread") + ": no expected.txt yet\n",
		"failed  " + filepath.Join(root, "news-seed-bare") + `: meta.json: json: unknown field "site-name"` + "\n",
		"4 pages: 1 same, 1 changed, 1 new, 1 failed (",
	}
	for _, w := range want {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
	if strings.Contains(out, "docs-code-blocks") {
		t.Errorf("a page that is the same is listed without -v:\n%s", out)
	}
	if _, out, _ := pith(t, "", "check", "-v", root); !strings.Contains(out, "same    "+filepath.Join(root, "docs-code-blocks")+"\n") {
		t.Errorf("-v does not list the same page:\n%s", out)
	}
}

func TestCheckNewPagesDoNotFail(t *testing.T) {
	root := copyFixtures(t, "docs-code-blocks", "forum-thread")
	os.Remove(filepath.Join(root, "forum-thread", "expected.txt"))
	if code, out, _ := pith(t, "", "check", root); code != 0 || !strings.Contains(out, "1 same, 0 changed, 1 new") {
		t.Errorf("exit %d, want 0 with a new page\n%s", code, out)
	}
}

func TestCheckJSON(t *testing.T) {
	root := brokenPages(t)
	code, out, _ := pith(t, "", "check", "--format", "json", root)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	var report struct {
		checkSummary
		Results []checkRecord `json:"results"`
	}
	if err := json.Unmarshal([]byte(out), &report); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, out)
	}
	s := report.checkSummary
	if s.Pages != 4 || s.Same != 1 || s.Changed != 1 || s.New != 1 || s.Failed != 1 || len(report.Results) != 4 {
		t.Fatalf("summary %+v with %d results", s, len(report.Results))
	}
	byID := map[string]checkRecord{}
	for _, r := range report.Results {
		byID[r.ID] = r
	}
	changed := byID["news-cms-article"]
	if changed.Status != "changed" || strings.Join(changed.Changed, ",") != "text,site_name" ||
		!strings.Contains(changed.Diff, "-The senate majority") || changed.Error != nil {
		t.Errorf("changed page = %+v", changed)
	}
	if f := byID["news-seed-bare"]; f.Status != "failed" || f.Error == nil || !strings.Contains(*f.Error, "site-name") {
		t.Errorf("failed page = %+v", f)
	}
	if n := byID["forum-thread"]; n.Status != "new" || n.Changed == nil {
		t.Errorf("new page = %+v", n)
	}
	if strings.Contains(out, "\\u003c") {
		t.Error("JSON escapes < and >")
	}
}

func TestCheckUpdateAll(t *testing.T) {
	root := brokenPages(t)
	code, out, _ := pith(t, "", "check", "--update", "--all", root)
	if code != 1 { // the page with a typo still fails
		t.Errorf("exit %d, want 1\n%s", code, out)
	}
	for _, want := range []string{
		"updated " + filepath.Join(root, "news-cms-article") + ": text, site_name\n",
		"updated " + filepath.Join(root, "forum-thread") + ": new page, expectations written\n",
		"4 pages: 1 same, 1 changed, 1 new, 1 failed, 2 updated",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "@@") {
		t.Errorf("--update prints diffs:\n%s", out)
	}
	os.Remove(filepath.Join(root, "news-seed-bare", "meta.json"))
	if code, out, _ := pith(t, "", "check", root); code != 0 || !strings.Contains(out, "4 pages: 4 same") {
		t.Errorf("after --update --all: exit %d\n%s", code, out)
	}
	// The fixture's expectations were right: updating restored them.
	for _, f := range []string{"expected.txt", "meta.json"} {
		got, _ := os.ReadFile(filepath.Join(root, "news-cms-article", f))
		want, _ := os.ReadFile(filepath.Join("..", "..", "testdata", "pages", "news-cms-article", f))
		if strings.TrimSuffix(string(got), "\n") != strings.TrimSuffix(string(want), "\n") {
			t.Errorf("%s after update differs from the fixture's:\n%s", f, got)
		}
	}
}

func TestCheckColor(t *testing.T) {
	root := brokenPages(t)
	_, out, _ := pith(t, "", "check", "--color", "always", filepath.Join(root, "news-cms-article"))
	for _, want := range []string{
		"\x1b[1;33mchanged \x1b[0m",
		"\x1b[31m-The \x1b[7msenate\x1b[27m majority",
		"\x1b[32m+The \x1b[7mcouncil\x1b[27m majority",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("colored output lacks %q:\n%q", want, out)
		}
	}
}

func TestCheckDirs(t *testing.T) {
	root := copyFixtures(t, "docs-code-blocks", "forum-thread")
	page := filepath.Join(root, "forum-thread")
	// A page named twice, directly and through its parent, is checked once.
	if code, out, _ := pith(t, "", "check", root, page); code != 0 || !strings.Contains(out, "2 pages: 2 same") {
		t.Errorf("overlapping DIRs: exit %d\n%s", code, out)
	}
	code, out, errOut := pith(t, "", "check", root, filepath.Join(root, "missing"), t.TempDir())
	if code != 1 || !strings.Contains(errOut, "missing: no such file") || !strings.Contains(errOut, "no saved pages") ||
		!strings.Contains(out, "2 pages: 2 same") {
		t.Errorf("missing and empty DIRs: exit %d\nstdout %s\nstderr %s", code, out, errOut)
	}
}

func TestCheckUsage(t *testing.T) {
	root := copyFixtures(t, "docs-code-blocks")
	tests := []struct {
		name    string
		args    []string
		wantErr string
	}{
		{"no DIR", nil, "no DIR"},
		{"bad format", []string{"--format", "xml", root}, `unknown format "xml"`},
		{"bad color", []string{"--color", "sometimes", root}, "--color"},
		{"zero jobs", []string{"-j", "0", root}, "-j"},
		{"all without update", []string{"--all", root}, "--all goes with --update"},
		{"update a parent folder", []string{"--update", root}, "is not a page folder"},
		{"unknown flag", []string{"--frobnicate", root}, "frobnicate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := pith(t, "", append([]string{"check"}, tt.args...)...)
			if code != 2 || !strings.Contains(errOut, tt.wantErr) {
				t.Errorf("exit %d, stderr %q; want 2 and %q", code, errOut, tt.wantErr)
			}
		})
	}
	if code, out, _ := pith(t, "", "check", "-h"); code != 0 || !strings.Contains(out, "usage: pith check") || !strings.Contains(out, "-update") {
		t.Errorf("check -h: exit %d\n%s", code, out)
	}
}

func TestCheckCancel(t *testing.T) {
	root := copyFixtures(t, "docs-code-blocks", "forum-thread")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	code, _, errOut := pithCtx(t, ctx, "", "check", "-j", "1", root)
	if code != 1 || !strings.Contains(errOut, "context canceled") {
		t.Errorf("canceled check: exit %d, stderr %q", code, errOut)
	}
}

package pithtest_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/seed-d9e9b10c/pith/extractor"
	"github.com/seed-d9e9b10c/pith/pithtest"
)

// extractorWithComments keeps reader comments, which changes the output of
// pages that have some.
var extractorWithComments = extractor.Options{IncludeComments: true}

// fixtures is pith's own saved pages.
const fixtures = "../testdata/pages"

// copyPages copies the named fixtures into a temporary folder.
func copyPages(t *testing.T, names ...string) string {
	t.Helper()
	root := t.TempDir()
	for _, name := range names {
		if err := os.CopyFS(filepath.Join(root, name), os.DirFS(filepath.Join(fixtures, name))); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func TestRunPassesOnPithsFixtures(t *testing.T) {
	pithtest.Run(t, fixtures)
}

// TestRunHelper is run by runTests in a child process, on the folder
// PITHTEST_DIR; it does nothing otherwise.
func TestRunHelper(t *testing.T) {
	dir := os.Getenv("PITHTEST_DIR")
	if dir == "" {
		t.Skip("run by the other tests in a child process")
	}
	pithtest.Run(t, dir)
}

// runTests runs TestRunHelper on dir in a child process with extra flags,
// and returns its output and whether it passed.
func runTests(t *testing.T, dir string, flags ...string) (string, bool) {
	t.Helper()
	args := append([]string{"-test.run=^TestRunHelper$", "-test.v"}, flags...)
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "PITHTEST_DIR="+dir)
	out, err := cmd.CombinedOutput()
	if _, ok := err.(*exec.ExitError); err != nil && !ok {
		t.Fatal(err)
	}
	return string(out), err == nil
}

func TestRunReportsAndUpdates(t *testing.T) {
	root := copyPages(t, "news-cms-article", "docs-code-blocks")
	page := filepath.Join(root, "news-cms-article")

	if out, ok := runTests(t, root); !ok {
		t.Fatalf("fresh copies of the fixtures fail:\n%s", out)
	}

	// Break the expectations: a word of the text and the title.
	expected := filepath.Join(page, "expected.txt")
	text, _ := os.ReadFile(expected)
	os.WriteFile(expected, []byte(strings.Replace(string(text), "council", "senate", 1)), 0o644)
	meta := filepath.Join(page, "meta.json")
	m, _ := os.ReadFile(meta)
	os.WriteFile(meta, []byte(strings.Replace(string(m), `"title": "Harbor`, `"title": "Old Harbor`, 1)), 0o644)

	out, ok := runTests(t, root)
	if ok {
		t.Fatalf("changed page passed:\n%s", out)
	}
	for _, want := range []string{
		"--- FAIL: TestRunHelper/news-cms-article",
		"--- PASS: TestRunHelper/docs-code-blocks",
		"output changed (text, title); run the test with -update",
		"--- " + expected,
		"+++ pith output",
		"-  \"title\": \"Old Harbor",
		"+  \"title\": \"Harbor",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}

	out, ok = runTests(t, root, "-update")
	if !ok || !strings.Contains(out, "updated "+page+" (text, title)") {
		t.Fatalf("-update did not update the page:\n%s", out)
	}
	if out, ok := runTests(t, root); !ok {
		t.Fatalf("fails after -update:\n%s", out)
	}
	// The fixture's meta.json is in the layout pith writes: updating the
	// title back restores it byte for byte.
	if got, _ := os.ReadFile(meta); string(got) != string(m) {
		t.Errorf("meta.json after -update:\n%s\nwant:\n%s", got, m)
	}
}

func TestRunNewPage(t *testing.T) {
	root := copyPages(t, "news-seed-bare")
	os.Remove(filepath.Join(root, "news-seed-bare", "expected.txt"))
	out, ok := runTests(t, root)
	if ok || !strings.Contains(out, "has no expected.txt: run the test with -update") {
		t.Fatalf("a page without expected.txt: passed %v\n%s", ok, out)
	}
	if out, ok := runTests(t, root, "-update"); !ok {
		t.Fatalf("-update on a new page failed:\n%s", out)
	}
	if out, ok := runTests(t, root); !ok {
		t.Fatalf("fails after -update:\n%s", out)
	}
}

func TestRunOptionsUpdate(t *testing.T) {
	root := copyPages(t, "blog-with-comments")
	// With comments kept the output changes; Options.Update accepts it.
	t.Run("update", func(t *testing.T) {
		pithtest.RunOptions(t, root, pithtest.Options{Update: true, Extractor: extractorWithComments})
	})
	t.Run("check", func(t *testing.T) {
		pithtest.RunOptions(t, root, pithtest.Options{Extractor: extractorWithComments})
	})
	text, _ := os.ReadFile(filepath.Join(root, "blog-with-comments", "expected.txt"))
	orig, _ := os.ReadFile(filepath.Join(fixtures, "blog-with-comments", "expected.txt"))
	if len(text) <= len(orig) {
		t.Errorf("expected.txt with comments is not longer than without (%d <= %d bytes)", len(text), len(orig))
	}
}

func TestRunFailsWithoutPages(t *testing.T) {
	out, ok := runTests(t, t.TempDir())
	if ok || !strings.Contains(out, "no saved pages") {
		t.Errorf("an empty folder: passed %v\n%s", ok, out)
	}
}

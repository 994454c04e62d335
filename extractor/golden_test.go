package extractor_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/seed-d9e9b10c/pith/extractor"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/pages")

// pagesDir holds the saved pages: one folder per page, each with
// source.html, expected.txt (the exact Article.Text) and meta.json.
const pagesDir = "../testdata/pages"

// pageMeta is meta.json. Every field is optional; a field that is present is
// checked, one that is absent is not. Pointers tell the two apart, so that
// "authors": [] asserts that no author is found.
type pageMeta struct {
	URL       *string   `json:"url"`
	Title     *string   `json:"title"`
	Authors   *[]string `json:"authors"`
	Published *string   `json:"published"` // RFC 3339, or YYYY-MM-DD to check the date only
	SiteName  *string   `json:"site_name"`
	Language  *string   `json:"language"`
}

func TestGoldenPages(t *testing.T) {
	entries, err := os.ReadDir(pagesDir)
	if err != nil {
		t.Fatalf("reading %s: %v", pagesDir, err)
	}
	n := 0
	for _, e := range entries {
		if !e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		n++
		dir := filepath.Join(pagesDir, e.Name())
		t.Run(e.Name(), func(t *testing.T) {
			t.Parallel()
			testGoldenPage(t, dir)
		})
	}
	if n == 0 {
		t.Fatalf("no pages found in %s", pagesDir)
	}
}

func testGoldenPage(t *testing.T, dir string) {
	src, err := os.ReadFile(filepath.Join(dir, "source.html"))
	if err != nil {
		t.Fatalf("fixture: %v", err)
	}
	meta, err := readMeta(filepath.Join(dir, "meta.json"))
	if err != nil {
		t.Fatalf("fixture: %v", err)
	}

	var pageURL *url.URL
	if meta.URL != nil {
		pageURL, err = url.Parse(*meta.URL)
		if err != nil {
			t.Fatalf("fixture: meta.json url: %v", err)
		}
	}

	a, err := extractor.Extract(bytes.NewReader(src), pageURL, extractor.Options{})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	if a == nil {
		t.Fatalf("Extract returned a nil *Article and no error")
	}

	t.Run("text", func(t *testing.T) {
		golden := filepath.Join(dir, "expected.txt")
		if *update {
			if err := os.WriteFile(golden, []byte(a.Text), 0o644); err != nil {
				t.Fatalf("updating %s: %v", golden, err)
			}
			t.Logf("wrote %s", golden)
			return
		}
		b, err := os.ReadFile(golden)
		if errors.Is(err, fs.ErrNotExist) {
			t.Fatalf("fixture: %s is missing; run with -update to create it from the current output, then check it by hand", golden)
		} else if err != nil {
			t.Fatalf("fixture: %v", err)
		}
		// Article.Text never contains a CR (the HTML parser normalises line
		// endings), so CRLF in the file can only come from an editor or git.
		want := strings.ReplaceAll(string(b), "\r\n", "\n")
		// Article.Text has no trailing newline; tolerate the one editors add.
		want = strings.TrimSuffix(want, "\n")
		if a.Text != want {
			t.Errorf("Text differs from %s\n%s", golden, lineDiff(want, a.Text))
		}
	})

	if meta.Title != nil {
		t.Run("title", func(t *testing.T) {
			if a.Title != *meta.Title {
				t.Errorf("Title = %q, want %q", a.Title, *meta.Title)
			}
		})
	}
	if meta.Authors != nil {
		t.Run("authors", func(t *testing.T) {
			if !slices.Equal(a.Authors, *meta.Authors) {
				t.Errorf("Authors = %q, want %q", a.Authors, *meta.Authors)
			}
		})
	}
	if meta.Published != nil {
		t.Run("published", func(t *testing.T) {
			checkPublished(t, a.Published, *meta.Published)
		})
	}
	if meta.SiteName != nil {
		t.Run("site_name", func(t *testing.T) {
			if a.SiteName != *meta.SiteName {
				t.Errorf("SiteName = %q, want %q", a.SiteName, *meta.SiteName)
			}
		})
	}
	if meta.Language != nil {
		t.Run("language", func(t *testing.T) {
			// BCP 47 tags are case-insensitive: "en-gb" and "en-GB" are the same tag.
			if !strings.EqualFold(a.Language, *meta.Language) {
				t.Errorf("Language = %q, want %q", a.Language, *meta.Language)
			}
		})
	}
}

func readMeta(path string) (pageMeta, error) {
	var m pageMeta
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return m, nil // no metadata to check
	} else if err != nil {
		return m, err
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields() // catch typos such as "site-name"
	if err := dec.Decode(&m); err != nil {
		return m, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

// checkPublished compares got with want, which is either an RFC 3339
// timestamp (same instant required, whatever the zone) or a date
// (YYYY-MM-DD; only got's calendar date, in got's own zone, is compared).
func checkPublished(t *testing.T, got time.Time, want string) {
	t.Helper()
	if ts, err := time.Parse(time.RFC3339Nano, want); err == nil {
		if got.IsZero() {
			t.Errorf("Published is zero, want %s", ts.Format(time.RFC3339))
		} else if !got.Equal(ts) {
			t.Errorf("Published = %s, want %s (same instant)", got.Format(time.RFC3339), ts.Format(time.RFC3339))
		}
		return
	}
	if _, err := time.Parse(time.DateOnly, want); err == nil {
		if got.IsZero() {
			t.Errorf("Published is zero, want date %s", want)
		} else if d := got.Format(time.DateOnly); d != want {
			t.Errorf("Published = %s (date %s), want date %s", got.Format(time.RFC3339), d, want)
		}
		return
	}
	t.Fatalf("fixture: meta.json published %q is neither RFC 3339 nor YYYY-MM-DD", want)
}

// maxDiffLines caps how many differing lines a failure prints.
const maxDiffLines = 60

// lineDiff describes how got differs from want, line by line: lines only in
// want are prefixed "- " (missing from the output), lines only in got "+ "
// (extra in the output), with two lines of context around each change.
func lineDiff(want, got string) string {
	w := strings.Split(want, "\n")
	g := strings.Split(got, "\n")
	ops := diffLines(w, g)

	var missing, extra int
	for _, op := range ops {
		switch op.kind {
		case '-':
			missing++
		case '+':
			extra++
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "want %d lines, got %d: %d missing (-), %d extra (+)\n", len(w), len(g), missing, extra)

	const context = 2
	show := make([]bool, len(ops))
	for i, op := range ops {
		if op.kind == ' ' {
			continue
		}
		for j := max(0, i-context); j <= min(len(ops)-1, i+context); j++ {
			show[j] = true
		}
	}
	printed, hidden := 0, 0
	gap := false
	for i, op := range ops {
		if !show[i] {
			gap = true
			continue
		}
		if op.kind != ' ' && printed >= maxDiffLines {
			hidden++
			continue
		}
		if printed >= maxDiffLines {
			continue
		}
		if gap || i == 0 {
			fmt.Fprintf(&b, "@@ want line %d, got line %d @@\n", op.wi+1, op.gi+1)
			gap = false
		}
		fmt.Fprintf(&b, "%c %s\n", op.kind, visible(op.line))
		if op.kind != ' ' {
			printed++
		}
	}
	if hidden > 0 {
		fmt.Fprintf(&b, "... and %d more differing lines\n", hidden)
	}
	return b.String()
}

type diffOp struct {
	kind   byte // ' ' same, '-' only in want, '+' only in got
	line   string
	wi, gi int // line indexes in want and got where the op applies
}

// diffLines returns a shortest edit script from w to g, computed with a
// longest-common-subsequence table after trimming the common prefix and
// suffix. Above a size limit the middle is reported as replaced wholesale.
func diffLines(w, g []string) []diffOp {
	var ops []diffOp
	pre := 0
	for pre < len(w) && pre < len(g) && w[pre] == g[pre] {
		ops = append(ops, diffOp{' ', w[pre], pre, pre})
		pre++
	}
	suf := 0
	for suf < len(w)-pre && suf < len(g)-pre && w[len(w)-1-suf] == g[len(g)-1-suf] {
		suf++
	}
	mw, mg := w[pre:len(w)-suf], g[pre:len(g)-suf]

	if len(mw)*len(mg) > 4_000_000 {
		for i, l := range mw {
			ops = append(ops, diffOp{'-', l, pre + i, pre})
		}
		for i, l := range mg {
			ops = append(ops, diffOp{'+', l, pre + len(mw), pre + i})
		}
	} else {
		// lcs[i][j] is the LCS length of mw[i:] and mg[j:].
		lcs := make([][]int, len(mw)+1)
		for i := range lcs {
			lcs[i] = make([]int, len(mg)+1)
		}
		for i := len(mw) - 1; i >= 0; i-- {
			for j := len(mg) - 1; j >= 0; j-- {
				if mw[i] == mg[j] {
					lcs[i][j] = lcs[i+1][j+1] + 1
				} else {
					lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
				}
			}
		}
		i, j := 0, 0
		for i < len(mw) || j < len(mg) {
			switch {
			case i < len(mw) && j < len(mg) && mw[i] == mg[j]:
				ops = append(ops, diffOp{' ', mw[i], pre + i, pre + j})
				i++
				j++
			case j < len(mg) && (i == len(mw) || lcs[i][j+1] > lcs[i+1][j]):
				ops = append(ops, diffOp{'+', mg[j], pre + i, pre + j})
				j++
			default:
				ops = append(ops, diffOp{'-', mw[i], pre + i, pre + j})
				i++
			}
		}
	}

	for k := suf; k > 0; k-- {
		wi, gi := len(w)-k, len(g)-k
		ops = append(ops, diffOp{' ', w[wi], wi, gi})
	}
	return ops
}

// visible prints a line as is, unless it holds something a reader could not
// see (leading or trailing space, doubled spaces, tabs, no-break or
// zero-width spaces, control characters), in which case it is quoted.
func visible(s string) string {
	if s == "" {
		return ""
	}
	plain := strings.TrimSpace(s) == s && !strings.Contains(s, "  ")
	for _, r := range s {
		if r != ' ' && (unicode.IsSpace(r) || !unicode.IsPrint(r)) {
			plain = false
			break
		}
	}
	if plain {
		return s
	}
	return strconv.Quote(s)
}

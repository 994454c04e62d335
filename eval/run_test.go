package eval

import (
	"bytes"
	"context"
	"errors"
	"net/url"
	"os"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// fakeExtractor returns the page's text, its <title> as title, panics on
// pages that say PANIC, fails on pages that say ERROR and reports a
// fallback on pages that say FALLBACK.
type fakeExtractor struct{}

func (fakeExtractor) Name() string { return "fake" }

func (fakeExtractor) Extract(page []byte, _ *url.URL) (Result, error) {
	switch {
	case bytes.Contains(page, []byte("PANIC")):
		panic("fake bug")
	case bytes.Contains(page, []byte("ERROR")):
		return Result{}, errors.New("fake failure")
	}
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return Result{}, err
	}
	var title string
	var find func(*html.Node)
	find = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "title" && n.FirstChild != nil {
			title = n.FirstChild.Data
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c)
		}
	}
	find(doc)
	return Result{Text: HTMLText(doc), Title: title, Fallback: bytes.Contains(page, []byte("FALLBACK"))}, nil
}

// openCorpus writes files to a temporary folder and opens it.
func openCorpus(t *testing.T, files map[string]string) *Corpus {
	t.Helper()
	root := t.TempDir()
	writeFiles(t, root, files)
	c, err := Open(root)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

var savedRunFiles = map[string]string{
	"a/source.html":  "<title>Alpha</title><p>Alpha beta gamma delta</p>",
	"a/expected.txt": "Alpha beta gamma delta\n",
	"a/meta.json":    `{"title": "Alpha"}`,
	"b/source.html":  "PANIC",
	"b/expected.txt": "x y",
	"c/source.html":  "ERROR",
	"c/expected.txt": "z",
	"d/source.html":  "<p>FALLBACK Delta</p>",
	"d/expected.txt": "Delta",
}

func TestRunSaved(t *testing.T) {
	c := openCorpus(t, savedRunFiles)
	var log bytes.Buffer
	r, err := Run(context.Background(), c, []Extractor{fakeExtractor{}}, Options{Workers: 2, Worst: 2, Log: &log, Verbose: true})
	if err != nil {
		t.Fatal(err)
	}
	row := r.Rows[0]
	if row.Extractor != "fake" || row.Pages != 4 || row.Errors != 1 || row.Panics != 1 || row.FallbackPages != 1 {
		t.Errorf("counts = %+v", row)
	}
	// F1s: a 1, b 0, c 0, d (P 1/2, R 1) 2/3.
	if !near(row.F1, (1+2.0/3)/4) || !near(row.Precision, 1.5/4) || !near(row.Recall, 2.0/4) {
		t.Errorf("P/R/F1 = %v/%v/%v", row.Precision, row.Recall, row.F1)
	}
	if row.Exact == nil || !near(*row.Exact, 0.25) {
		t.Errorf("Exact = %v, want 0.25", row.Exact)
	}
	if row.Accuracy != nil || row.With != nil || row.Without != nil || row.ByType != nil {
		t.Errorf("figures saved pages do not measure are set: %+v", row)
	}
	if row.Metadata[FieldTitle] != 1 || row.MetadataPages[FieldTitle] != 1 || len(row.Metadata) != 1 {
		t.Errorf("Metadata = %v (%v)", row.Metadata, row.MetadataPages)
	}
	if row.PagesPerSec <= 0 || row.WallMS <= 0 || row.P99MS < row.MedianMS {
		t.Errorf("timing = %v pages/s, wall %v, median %v, p99 %v", row.PagesPerSec, row.WallMS, row.MedianMS, row.P99MS)
	}
	for _, want := range []string{"PANIC: fake on page b", "fake bug", "goroutine", "error: fake on page c", "fake failure"} {
		if !strings.Contains(log.String(), want) {
			t.Errorf("log lacks %q:\n%s", want, log.String())
		}
	}
	if r.WorstOf != "fake" || len(r.Worst) != 2 {
		t.Fatalf("worst = %s %+v", r.WorstOf, r.Worst)
	}
	b, cw := r.Worst[0], r.Worst[1]
	if b.ID != "b" || cw.ID != "c" || !strings.HasPrefix(b.Error, "panic: fake bug") || cw.Error != "fake failure" {
		t.Errorf("worst = %+v", r.Worst)
	}
	if b.Missed != (Passage{2, "x y"}) || b.Extra != (Passage{}) || !strings.HasSuffix(b.Source, "source.html") {
		t.Errorf("worst b = %+v", b)
	}
}

func TestRunScrapingHub(t *testing.T) {
	files := map[string]string{
		"html/a.html.gz":    "<p>one two three four five</p>",
		"html/b.html.gz":    "ERROR",
		"ground-truth.json": `{"a": {"articleBody": "one two three four five"}, "b": {"articleBody": "lost text"}}`,
	}
	c := openCorpus(t, files)
	r, err := Run(context.Background(), c, []Extractor{fakeExtractor{}, fakeExtractor{}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Rows) != 2 || r.Format != ScrapingHub || r.Pages != 2 {
		t.Fatalf("report = %+v", r)
	}
	row := r.Rows[0]
	// Page b predicted nothing: it counts for recall only.
	if !near(row.Precision, 1) || !near(row.Recall, 0.5) || !near(row.F1, 2.0/3) {
		t.Errorf("P/R/F1 = %v/%v/%v", row.Precision, row.Recall, row.F1)
	}
	if row.Accuracy == nil || !near(*row.Accuracy, 0.5) || row.Exact != nil {
		t.Errorf("Accuracy = %v, Exact = %v", row.Accuracy, row.Exact)
	}
	if r.Worst != nil {
		t.Errorf("Worst = %v without Options.Worst", r.Worst)
	}
}

func TestRunWCXB(t *testing.T) {
	files := map[string]string{
		"html/0001.html.gz": "<title>One</title><p>One</p><nav>Menu</nav>",
		"html/0002.html.gz": "<p>Two</p>",
		"ground-truth/0001.json": `{"_internal": {"page_type": {"primary": "article"}}, "ground_truth":
			{"title": "One", "main_content": "One", "with": ["one"], "without": ["menu", "footer"]}}`,
		"ground-truth/0002.json": `{"_internal": {"page_type": "forum"}, "ground_truth": {"title": "Two", "main_content": ""}}`,
	}
	c := openCorpus(t, files)
	r, err := Run(context.Background(), c, []Extractor{fakeExtractor{}}, Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	row := r.Rows[0]
	// Page 1: P 1/2, R 1; page 2: empty truth, non-empty prediction: 0.
	if !near(row.F1, (2.0/3)/2) || !near(row.Precision, 0.25) || !near(row.Recall, 0.5) {
		t.Errorf("P/R/F1 = %v/%v/%v", row.Precision, row.Recall, row.F1)
	}
	if row.With == nil || *row.With != 1 || row.Without == nil || *row.Without != 0.5 {
		t.Errorf("with/without = %v/%v", row.With, row.Without)
	}
	want := map[string]TypeScore{
		"article": {Pages: 1, Score: Score{0.5, 1, 2.0 / 3}},
		"forum":   {Pages: 1, Score: Score{}},
	}
	for typ, ts := range want {
		if got := row.ByType[typ]; got.Pages != ts.Pages || !nearScore(got.Score, ts.Score) {
			t.Errorf("ByType[%s] = %+v, want %+v", typ, got, ts)
		}
	}
	if row.Metadata[FieldTitle] != 0.5 {
		t.Errorf("title rate = %v, want 0.5", row.Metadata[FieldTitle])
	}
}

func TestRunFailures(t *testing.T) {
	c := openCorpus(t, savedRunFiles)
	if _, err := Run(context.Background(), c, nil, Options{}); err == nil {
		t.Error("Run with no extractor succeeded")
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Run(ctx, c, []Extractor{fakeExtractor{}}, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Run with a cancelled context: %v", err)
	}

	if err := os.Remove(c.Pages[2].Source); err != nil {
		t.Fatal(err)
	}
	_, err := Run(context.Background(), c, []Extractor{fakeExtractor{}}, Options{})
	if !errors.Is(err, os.ErrNotExist) || !strings.Contains(err.Error(), "page c") {
		t.Errorf("Run with an unreadable page: %v", err)
	}
}

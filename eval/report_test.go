package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestPercentile(t *testing.T) {
	ds := []time.Duration{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	tests := []struct {
		q    float64
		want time.Duration
	}{{0.5, 5}, {0.99, 10}, {0.1, 1}, {0, 1}}
	for _, tt := range tests {
		if got := percentile(ds, tt.q); got != tt.want {
			t.Errorf("percentile(%v) = %v, want %v", tt.q, got, tt.want)
		}
	}
	if got := percentile(nil, 0.5); got != 0 {
		t.Errorf("percentile(nil) = %v", got)
	}
}

func wcxbReport(t *testing.T, worst int) *Report {
	t.Helper()
	c := openCorpus(t, map[string]string{
		"html/0001.html.gz":      "<title>One</title><p>One two</p>",
		"html/0002.html.gz":      "<p>Menu</p>",
		"ground-truth/0001.json": `{"_internal": {"page_type": "article"}, "ground_truth": {"title": "One", "main_content": "One two", "with": ["one"], "without": ["menu"]}}`,
		"ground-truth/0002.json": `{"_internal": {"page_type": "forum"}, "ground_truth": {"main_content": "Post"}}`,
	})
	r, err := Run(context.Background(), c, []Extractor{fakeExtractor{}, fakeExtractor{}}, Options{Worst: worst})
	if err != nil {
		t.Fatal(err)
	}
	r.Rows[0].Extractor = "pith"
	return r
}

func TestWriteText(t *testing.T) {
	r := wcxbReport(t, 0)
	var out bytes.Buffer
	if err := r.WriteText(&out); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(out.String(), "\n"), "\n")
	if !strings.HasPrefix(lines[0], "wcxb corpus ") || !strings.Contains(lines[0], "2 pages") {
		t.Errorf("header = %q", lines[0])
	}
	for _, want := range []string{"F1 by type", "article", "forum", "metadata", "title", "without"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	// The main table ends the output, pith's row first.
	last := lines[len(lines)-3:]
	if !strings.HasPrefix(last[0], "extractor") || !strings.HasPrefix(last[1], "pith ") || !strings.HasPrefix(last[2], "fake ") {
		t.Errorf("last lines = %q", last)
	}
	if strings.Contains(out.String(), "acc") || strings.Contains(out.String(), "exact") {
		t.Errorf("columns WCXB does not measure appear:\n%s", out.String())
	}
	if len(lines) > 25 {
		t.Errorf("%d lines, want at most 25", len(lines))
	}
}

func TestWriteTextWorst(t *testing.T) {
	r := wcxbReport(t, 1)
	var out bytes.Buffer
	if err := r.WriteText(&out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"worst 1 pages for fake", "0002 [forum]  F1 0.000", "missed (1 words): Post", "extra (1 words): Menu", "0002.html.gz"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestWriteJSON(t *testing.T) {
	r := wcxbReport(t, 1)
	var out bytes.Buffer
	if err := r.WriteJSON(&out); err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"corpus", "format", "pages", "rows", "worst"} {
		if _, ok := got[key]; !ok {
			t.Errorf("report lacks %q", key)
		}
	}
	row := got["rows"].([]any)[0].(map[string]any)
	for _, key := range []string{"extractor", "pages", "errors", "panics", "precision", "recall", "f1", "with", "without",
		"by_type", "metadata", "fallback_pages", "pages_per_sec", "wall_ms", "median_ms", "p99_ms"} {
		if _, ok := row[key]; !ok {
			t.Errorf("row lacks %q", key)
		}
	}
	for _, key := range []string{"accuracy", "exact"} {
		if _, ok := row[key]; ok {
			t.Errorf("row has %q, which WCXB does not measure", key)
		}
	}
	article := row["by_type"].(map[string]any)["article"].(map[string]any)
	if article["pages"] != 1.0 || article["f1"] != 1.0 {
		t.Errorf("by_type.article = %v", article)
	}
	worst := got["worst"].([]any)[0].(map[string]any)
	for _, key := range []string{"id", "type", "f1", "precision", "recall", "missed", "extra", "source"} {
		if _, ok := worst[key]; !ok {
			t.Errorf("worst page lacks %q", key)
		}
	}
}

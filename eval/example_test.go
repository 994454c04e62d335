package eval_test

import (
	"context"
	"fmt"
	"log"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/seed-d9e9b10c/pith/eval"
)

func ExampleWordScore() {
	s := eval.WordScore("Cookies! The cat sat on the mat.", "The cat sat on the mat.")
	fmt.Printf("P %.3f  R %.3f  F1 %.3f\n", s.Precision, s.Recall, s.F1)
	// Output: P 0.857  R 1.000  F1 0.923
}

func ExampleShingleSummary() {
	pages := []eval.ShingleCounts{
		eval.ShingleMatch("one two three four five", "one two three four five"),
		eval.ShingleMatch("", "a page the extractor missed"),
	}
	s := eval.ShingleSummary(pages)
	fmt.Printf("P %.3f  R %.3f  F1 %.3f\n", s.Precision, s.Recall, s.F1)
	// Output: P 1.000  R 0.500  F1 0.667
}

// upper is a toy extractor: it "extracts" the page upper-cased.
type upper struct{}

func (upper) Name() string { return "upper" }

func (upper) Extract(page []byte, _ *url.URL) (eval.Result, error) {
	return eval.Result{Text: strings.ToUpper(string(page))}, nil
}

func ExampleRun() {
	// A saved-pages corpus of one page.
	dir, err := os.MkdirTemp("", "saved")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	page := filepath.Join(dir, "hello")
	os.Mkdir(page, 0o755)
	os.WriteFile(filepath.Join(page, "source.html"), []byte("Hello, world"), 0o644)
	os.WriteFile(filepath.Join(page, "expected.txt"), []byte("hello world\n"), 0o644)

	corpus, err := eval.Open(dir)
	if err != nil {
		log.Fatal(err)
	}
	report, err := eval.Run(context.Background(), corpus, []eval.Extractor{upper{}}, eval.Options{})
	if err != nil {
		log.Fatal(err)
	}
	row := report.Rows[0]
	fmt.Printf("%s on %s pages: F1 %.2f, exact %.2f\n", row.Extractor, report.Format, row.F1, *row.Exact)
	// Output: upper on saved pages: F1 1.00, exact 0.00
}

package extractor_test

import (
	"testing"

	"github.com/seed-d9e9b10c/pith/pithtest"
)

// TestGoldenPages checks pith's own saved pages in testdata/pages, one
// subtest per page, with the same comparison "pith check" makes: the exact
// Article.Text against expected.txt and the metadata meta.json expects.
// After a change you have reviewed, rewrite the expectations with
//
//	go test ./extractor -run TestGoldenPages -update
func TestGoldenPages(t *testing.T) {
	pithtest.Run(t, "../testdata/pages")
}

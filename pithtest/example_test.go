package pithtest_test

import (
	"testing"

	"github.com/seed-d9e9b10c/pith/extractor"
	"github.com/seed-d9e9b10c/pith/pithtest"
)

// A test of your own that guards the pages saved in testdata/pages with
// "pith save URL -o testdata/pages". Run it with "go test", and with
// "go test -update" to accept the output after a change you have reviewed.
func ExampleRun() {
	test := func(t *testing.T) {
		pithtest.Run(t, "testdata/pages")
	}
	_ = test // in your package: func TestSavedPages(t *testing.T) { ... }
}

// Pages whose expectations were written with reader comments kept
// ("pith save --comments") are checked with the same option.
func ExampleRunOptions() {
	test := func(t *testing.T) {
		pithtest.RunOptions(t, "testdata/with-comments", pithtest.Options{
			Extractor: extractor.Options{IncludeComments: true},
		})
	}
	_ = test
}

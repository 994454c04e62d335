package pithtest

import (
	"flag"
	"strconv"
	"testing"

	"github.com/seed-d9e9b10c/pith/extractor"
	"github.com/seed-d9e9b10c/pith/internal/savedpage"
)

// updateFlag is the name of the flag that makes Run write expectations.
const updateFlag = "update"

// update is -update when this package defined it.
var update *bool

func init() {
	// Define -update unless another package (a golden-file helper imported
	// earlier) has; updating() then reads that one.
	if flag.Lookup(updateFlag) == nil {
		update = flag.Bool(updateFlag, false, "pithtest: write the current output of saved pages as their expectation")
	}
}

// updating reports whether -update was given.
func updating() bool {
	if update != nil {
		return *update
	}
	f := flag.Lookup(updateFlag)
	if f == nil {
		return false
	}
	if g, ok := f.Value.(flag.Getter); ok {
		if b, ok := g.Get().(bool); ok {
			return b
		}
	}
	b, _ := strconv.ParseBool(f.Value.String())
	return b
}

// maxDiffLines caps each file's diff in a failure message.
const maxDiffLines = 200

// Options tunes RunOptions. The zero value is what Run uses.
type Options struct {
	// Extractor holds the options the pages are extracted with, such as
	// IncludeComments; the expectations must have been written with the same.
	// An empty ContentType means each page's recorded content_type.
	Extractor extractor.Options
	// Update writes the output as the new expectation, as -update does.
	Update bool
}

// Run checks every saved page at or below dir with pith's default options,
// in one parallel subtest per page named after the page's folder relative
// to dir. See RunOptions.
func Run(t *testing.T, dir string) {
	t.Helper()
	RunOptions(t, dir, Options{})
}

// RunOptions checks every saved page at or below dir, extracted with
// opts.Extractor, in one parallel subtest per page named after the page's
// folder relative to dir.
//
// A subtest fails when the page's text or an expected metadata field
// differs, showing a unified diff of each, when the page has no
// expected.txt yet, or when it cannot be read or extracted. With -update
// (or opts.Update), the subtests write the output as the new expectation
// instead (of a new page, every metadata field; of a changed page, the
// text and the fields that changed) and log what they wrote. Run itself
// fails when dir holds no saved page.
//
// Like all parallel subtests, the page subtests finish after the test
// function that called Run returns.
func RunOptions(t *testing.T, dir string, opts Options) {
	t.Helper()
	refs, err := savedpage.Find(dir)
	if err != nil {
		t.Fatalf("pithtest: %v", err)
	}
	if len(refs) == 0 {
		t.Fatalf("pithtest: no saved pages (folders with %s) in %s", savedpage.SourceFile, dir)
	}
	upd := opts.Update || updating()
	for _, ref := range refs {
		t.Run(ref.ID, func(t *testing.T) {
			t.Parallel()
			checkPage(t, ref, opts.Extractor, upd)
		})
	}
}

// checkPage is one page's subtest.
func checkPage(t *testing.T, ref savedpage.Ref, opts extractor.Options, update bool) {
	r := savedpage.Check(ref, opts)
	switch r.Status {
	case savedpage.Failed:
		t.Fatal(r.Err)
	case savedpage.Same:
		return
	}
	if update {
		if err := r.Update(); err != nil {
			t.Fatal(err)
		}
		t.Logf("updated %s (%s)", ref.Dir, r.Summary())
		return
	}
	if r.Status == savedpage.New {
		t.Fatalf("%s has no %s: run the test with -update to write the current output as its expectation, then review it",
			ref.Dir, savedpage.ExpectedFile)
	}
	t.Errorf("output changed (%s); run the test with -update to accept it\n%s",
		r.Summary(), r.Diff(savedpage.DiffOptions{MaxLines: maxDiffLines}))
}

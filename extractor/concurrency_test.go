package extractor

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"
)

// corpusDir holds the shared evaluation corpora, beside the repository.
const corpusDir = "../../shared/corpus"

// corpusPages returns the pages of the shared corpora by path, read and
// gunzipped: the ScrapingHub and WCXB pages and Readability's test pages.
// It skips the test when the corpora are not there.
func corpusPages(t *testing.T) map[string][]byte {
	t.Helper()
	var files []string
	for _, pattern := range []string{
		"scrapinghub/html/*.html.gz",
		"wcxb-dev/html/*.html.gz",
		"readability/pages/*/source.html",
	} {
		m, _ := filepath.Glob(filepath.Join(corpusDir, pattern))
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Skipf("no corpora in %s", corpusDir)
	}
	pages := make(map[string][]byte, len(files))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if filepath.Ext(f) == ".gz" {
			zr, err := gzip.NewReader(bytes.NewReader(data))
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			if data, err = io.ReadAll(zr); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
		}
		rel, _ := filepath.Rel(corpusDir, f)
		pages[rel] = data
	}
	return pages
}

// TestExtractCorporaConcurrent extracts every page of the shared corpora
// from 8 goroutines at once, each page once, and checks every result
// against the single-goroutine run: pith keeps no state between calls that
// one extraction could spoil for another. Under -race it takes every tenth
// page (all of them take many minutes there); .ci/run runs it both ways.
// -short skips it; TestExtractConcurrent does the same on the fixtures.
func TestExtractCorporaConcurrent(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the corpora take minutes under -race")
	}
	pages := corpusPages(t)
	names := make([]string, 0, len(pages))
	for name := range pages {
		names = append(names, name)
	}
	slices.Sort(names)
	if raceEnabled {
		// every tenth page: the race detector makes the whole corpora
		// take many minutes, and a tenth runs every stage many times over
		var sample []string
		for i, name := range names {
			if i%10 == 0 {
				sample = append(sample, name)
			}
		}
		names = sample
	}

	want := make(map[string]string, len(pages))
	for _, name := range names {
		a, err := Extract(bytes.NewReader(pages[name]), nil, Options{})
		want[name] = stableResult(a, err)
	}

	const workers = 8
	jobs := make(chan string)
	var mu sync.Mutex
	var differ []string
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for name := range jobs {
				a, err := Extract(bytes.NewReader(pages[name]), nil, Options{})
				if got := stableResult(a, err); got != want[name] {
					mu.Lock()
					differ = append(differ, fmt.Sprintf("%s: concurrent result differs:\n got %.300s\nwant %.300s", name, got, want[name]))
					mu.Unlock()
				}
			}
		}()
	}
	// the pages in reverse order, so that each goroutine's neighbours
	// are other pages than in the sequential run
	for _, name := range slices.Backward(names) {
		jobs <- name
	}
	close(jobs)
	wg.Wait()
	slices.Sort(differ)
	for _, d := range differ {
		t.Error(d)
	}
	t.Logf("%d pages, %d differ", len(names), len(differ))
}

// stableResult is describeResult without Article.Published: a relative
// date ("2 hours ago") counts from the moment of the extraction, which
// differs between the two runs by minutes.
func stableResult(a *Article, err error) string {
	if a != nil {
		c := *a
		c.Published = time.Time{}
		a = &c
	}
	return describeResult(a, err)
}

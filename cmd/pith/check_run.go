package main

import (
	"context"
	"sync"

	"github.com/seed-d9e9b10c/pith/extractor"
	"github.com/seed-d9e9b10c/pith/internal/savedpage"
)

// checked is one page's result, after the update when --update is on.
type checked struct {
	*savedpage.Result
	updated bool // the expectation was rewritten
}

// checkPages checks refs with cfg.jobs workers, updating them when
// cfg.update is set. The i-th channel receives the i-th page's result; wait
// waits for the workers, which stop early once ctx is done.
func checkPages(ctx context.Context, cfg *checkConfig, refs []savedpage.Ref) (results []chan *checked, wait func()) {
	opts := extractor.Options{IncludeComments: cfg.comments, NoFallback: cfg.noFallback}
	results = make([]chan *checked, len(refs))
	for i := range results {
		results[i] = make(chan *checked, 1)
	}
	jobs := make(chan int)
	var wg sync.WaitGroup
	wg.Go(func() {
		defer close(jobs)
		for i := range refs {
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	})
	for range min(cfg.jobs, len(refs)) {
		wg.Go(func() {
			for i := range jobs {
				if ctx.Err() != nil {
					return // the printer has stopped reading
				}
				results[i] <- checkOne(refs[i], opts, cfg.update)
			}
		})
	}
	return results, wg.Wait
}

// checkOne checks a page and, if update is set, writes its output as the
// expectation of a changed or new page. A failed update fails the page.
func checkOne(ref savedpage.Ref, opts extractor.Options, update bool) *checked {
	c := &checked{Result: savedpage.Check(ref, opts)}
	if !update || (c.Status != savedpage.Changed && c.Status != savedpage.New) {
		return c
	}
	if err := c.Update(); err != nil {
		c.Status, c.Err = savedpage.Failed, err
		return c
	}
	c.updated = true
	return c
}

// checkSummary counts the pages by outcome. The field names are part of
// --format json.
type checkSummary struct {
	Pages   int     `json:"pages"`
	Same    int     `json:"same"`
	Changed int     `json:"changed"`
	New     int     `json:"new"`
	Failed  int     `json:"failed"`
	Updated int     `json:"updated"`
	Seconds float64 `json:"seconds"`
}

func (s *checkSummary) add(r *checked) {
	s.Pages++
	switch r.Status {
	case savedpage.Same:
		s.Same++
	case savedpage.Changed:
		s.Changed++
	case savedpage.New:
		s.New++
	default:
		s.Failed++
	}
	if r.updated {
		s.Updated++
	}
}

package eval

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"runtime"
	"runtime/debug"
	"sync"
	"time"
)

// Options tunes Run. The zero value works.
type Options struct {
	// Workers is how many pages are extracted at once; 0 means runtime.NumCPU().
	Workers int
	// Worst is how many of the first extractor's lowest-F1 pages the report
	// lists, with their longest missed and extra passages; 0 lists none.
	Worst int
	// Log receives every panic (page, value and stack) and, when Verbose is
	// set, every extraction error. nil discards them.
	Log io.Writer
	// Verbose logs each extraction error, not only panics.
	Verbose bool
	// Pages, when not nil, receives one JSON line (PageRecord) per page
	// and extractor: each extractor's pages in corpus order, after the
	// previous extractor's.
	Pages io.Writer
	// ByLang breaks each row's main metric down by page language
	// (Row.ByLang): the language the page declares, else the one the first
	// extractor reports, else one guessed from the truth text (see
	// Report.LangSources).
	ByLang bool
}

func (o Options) workers() int {
	if o.Workers <= 0 {
		return runtime.NumCPU()
	}
	return o.Workers
}

// extraction is one extractor's run on one page.
type extraction struct {
	res      Result
	dur      time.Duration // the Extract call alone
	err      error
	panicked bool
	score    pageScore
}

// Run scores each extractor on every page of c and reports the results, one
// row per extractor in the order given. Extractors run one after the other,
// each over all pages with opts.Workers pages at a time, so that each row's
// wall time is its own; only the Extract call is timed, not reading or
// gunzipping the page. A panic in an extractor is recovered, logged and
// counted apart from errors; a page that failed or panicked is scored as
// an empty extraction. Run fails only if a page cannot be read, ctx ends or
// opts.Pages cannot be written.
func Run(ctx context.Context, c *Corpus, extractors []Extractor, opts Options) (*Report, error) {
	if len(extractors) == 0 {
		return nil, errors.New("eval: no extractor to run")
	}
	truths := make([]preparedTruth, len(c.Pages))
	err := forEach(ctx, len(c.Pages), opts.workers(), func(i int) error {
		truths[i] = prepare(c.Format, c.Pages[i].Truth)
		return nil
	})
	if err != nil {
		return nil, err
	}
	log := &lockedWriter{w: opts.Log}
	report := &Report{Corpus: c.Path, Format: c.Format, Pages: len(c.Pages)}
	var first []extraction
	var langs []string // each page's language, with opts.ByLang
	for i, ex := range extractors {
		var declared []string
		if i == 0 && opts.ByLang {
			declared = make([]string, len(c.Pages))
		}
		runs, wall, err := runExtractor(ctx, c, truths, ex, opts, log, declared)
		if err != nil {
			return nil, err
		}
		if declared != nil {
			langs, report.LangSources = pageLanguages(c, declared, runs)
		}
		report.Rows = append(report.Rows, summarize(ex.Name(), c, runs, wall, langs))
		if opts.Pages != nil {
			if err := writePages(opts.Pages, ex.Name(), c, runs); err != nil {
				return nil, err
			}
		}
		if i == 0 {
			first = runs
		}
	}
	if opts.Worst > 0 {
		report.WorstOf = extractors[0].Name()
		report.Worst = worstPages(c, first, opts.Worst)
	}
	return report, nil
}

// runExtractor runs ex over every page and scores each result. If declared
// is not nil, it also records there the language each page declares.
func runExtractor(ctx context.Context, c *Corpus, truths []preparedTruth, ex Extractor, opts Options, log *lockedWriter, declared []string) ([]extraction, time.Duration, error) {
	runs := make([]extraction, len(c.Pages))
	start := time.Now()
	err := forEach(ctx, len(c.Pages), opts.workers(), func(i int) error {
		page := &c.Pages[i]
		data, err := page.Load()
		if err != nil {
			return fmt.Errorf("eval: page %s: %w", page.ID, err)
		}
		if declared != nil {
			declared[i] = declaredLanguage(data)
		}
		run := extract(ex, data, page.URL, page.Fetch)
		switch {
		case run.panicked:
			log.printf("PANIC: %s on page %s (%s): %v\n%s\n", ex.Name(), page.ID, page.Source, run.err, run.stack)
		case run.err != nil && opts.Verbose:
			log.printf("error: %s on page %s (%s): %v\n", ex.Name(), page.ID, page.Source, run.err)
		}
		if run.err != nil {
			run.res = Result{}
		}
		run.score = scorePage(c.Format, page, &truths[i], run.res)
		runs[i] = run.extraction
		return nil
	})
	return runs, time.Since(start), err
}

// pageLanguages decides each page's language from what it declares, what
// the first extractor reported (runs) and its truth text, and counts the
// pages by where their language came from.
func pageLanguages(c *Corpus, declared []string, runs []extraction) ([]string, map[string]int) {
	langs := make([]string, len(c.Pages))
	sources := map[string]int{}
	for i := range c.Pages {
		var source string
		langs[i], source = pageLanguage(declared[i], runs[i].res.Language, c.Pages[i].Truth.Text)
		sources[source]++
	}
	return langs, sources
}

// timedRun is an extraction and, if it panicked, the stack at the panic.
type timedRun struct {
	extraction
	stack []byte
}

// extract calls ex.Extract, or ExtractFetched when ex is FetchAware and
// the page has a fetch record, timing it and recovering a panic.
func extract(ex Extractor, page []byte, pageURL *url.URL, f Fetch) (run timedRun) {
	if pageURL != nil {
		u := *pageURL // each extraction gets its own copy
		pageURL = &u
	}
	start := time.Now()
	defer func() {
		run.dur = time.Since(start)
		if v := recover(); v != nil {
			run.panicked = true
			run.err = fmt.Errorf("panic: %v", v)
			run.stack = debug.Stack()
		}
	}()
	if fa, ok := ex.(FetchAware); ok && f != (Fetch{}) {
		run.res, run.err = fa.ExtractFetched(page, pageURL, f)
		return run
	}
	run.res, run.err = ex.Extract(page, pageURL)
	return run
}

// forEach calls fn(i) for i in [0, n) on up to workers goroutines. It stops
// handing out work at the first error or when ctx ends, and returns that
// error (or ctx's).
func forEach(ctx context.Context, n, workers int, fn func(i int) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		next     = make(chan int)
		wg       sync.WaitGroup
		once     sync.Once
		firstErr error
	)
	for range min(workers, n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				if err := fn(i); err != nil {
					once.Do(func() { firstErr = err })
					cancel()
				}
			}
		}()
	}
	func() {
		defer close(next)
		for i := range n {
			select {
			case next <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	wg.Wait()
	if firstErr != nil {
		return firstErr
	}
	return ctx.Err()
}

// lockedWriter serialises log lines from concurrent workers.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) printf(format string, args ...any) {
	if l.w == nil {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	fmt.Fprintf(l.w, format, args...)
}

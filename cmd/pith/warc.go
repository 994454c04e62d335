package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"runtime"
	"sync/atomic"
	"time"

	"github.com/nlnwa/gowarc/v3"

	"github.com/seed-d9e9b10c/pith/extractor"
	"github.com/seed-d9e9b10c/pith/fetch"
)

const warcUsage = `Usage:
  pith warc [flags] FILE.warc[.gz]...

Reads WARC archives (the format of Common Crawl and the Internet Archive;
- reads standard input) as a stream, extracts every HTML page among their
response and resource records, and prints one JSON line per page with the
fields of "pith --format json" plus warc_date, warc_record_id, warc_file
and warc_offset (the record's byte offset in its file). source is the
record's WARC-Target-URI. Records that are not a 2xx HTML page (images,
scripts, redirects, revisits, requests, metadata) are skipped and counted in
the summary; an archive that cannot be read gets a line with the error.

Flags (before or after the files):
  --format FORMAT  json (default), text, markdown or html; documents in the
                   last three are headed "==> TARGET-URI <=="
  -j N             extract N pages in parallel (default: number of CPUs)
  --unordered      print pages as they finish rather than in archive order
  --comments       keep reader comments below the article
  --no-fallback    never use the go-readability second opinion
  -q, --quiet      no progress display and no summary on standard error

Exit status: 0 when every page was extracted, 1 when a page or an archive
failed, 2 on a usage error.
`

// warcInfo is where a page of "pith warc" came from.
type warcInfo struct {
	file     string
	offset   int64
	date     string // WARC-Date, as written
	recordID string // WARC-Record-ID
}

// warcItem is an HTML page read from an archive, or why an archive could
// not be read.
type warcItem struct {
	info   *warcInfo
	target string // WARC-Target-URI
	page   *fetch.Page
	err    error
	read   time.Duration // time spent reading the record
}

// runWARC is "pith warc".
func runWARC(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cfg := &config{}
	fs := flag.NewFlagSet("pith warc", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&cfg.format, "format", "json", "")
	fs.IntVar(&cfg.jobs, "j", runtime.NumCPU(), "")
	fs.BoolVar(&cfg.unordered, "unordered", false, "")
	fs.BoolVar(&cfg.opts.IncludeComments, "comments", false, "")
	fs.BoolVar(&cfg.opts.NoFallback, "no-fallback", false, "")
	fs.BoolVar(&cfg.quiet, "q", false, "")
	fs.BoolVar(&cfg.quiet, "quiet", false, "")
	files, err := parseOperands(fs, args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		io.WriteString(stdout, warcUsage)
		return 0
	case err != nil:
	case len(files) == 0:
		err = errors.New("warc: no files")
	case cfg.jobs < 1:
		err = errors.New("-j must be at least 1")
	default:
		err = checkFormat(cfg.format)
	}
	if err != nil {
		usageError(stderr, err)
		return 2
	}
	cfg.sources = files
	return processWARC(ctx, cfg, stdin, stdout, stderr)
}

// processWARC extracts the pages of cfg.sources, WARC files, as process
// does for pages.
func processWARC(ctx context.Context, cfg *config, stdin io.Reader, stdout, stderr io.Writer) int {
	bar := newProgress(stderr, -1, cfg.quiet)
	tally := newTally(0)
	out := newPrinter(stdout, cfg)
	out.headers = cfg.format != "json" // many pages, even from one file
	var skipped atomic.Int64
	limit := maxBytes(cfg.opts)
	b := &batch[warcItem]{
		jobs:      cfg.jobs,
		unordered: cfg.unordered,
		work: func(ctx context.Context, it warcItem) *result {
			return extractWARC(ctx, cfg, it)
		},
		emit: emitResult(tally, bar, out, stderr),
	}
	err := b.run(ctx, func(yield func(warcItem) bool) error {
		for _, name := range cfg.sources {
			if !readWARC(ctx, name, stdin, limit, &skipped, yield) {
				break
			}
		}
		return nil
	})
	bar.finish()
	tally.skipped = int(skipped.Load())
	return finish(ctx, err, tally, !cfg.quiet, stderr)
}

// extractWARC extracts one page of an archive.
func extractWARC(ctx context.Context, cfg *config, it warcItem) *result {
	start := time.Now()
	r := &result{source: it.target, url: it.target, warc: it.info, err: it.err}
	if r.source == "" {
		r.source = it.info.file
	}
	if r.err == nil {
		if err := ctx.Err(); err != nil {
			r.err = context.Cause(ctx)
		} else {
			r.article, r.err = extractor.FromPage(it.page, cfg.opts)
		}
	}
	if r.err != nil {
		r.article = metadataOnly(r.article, r.err)
	}
	if r.article != nil && r.article.URL != "" {
		r.url = r.article.URL
	}
	r.elapsed = it.read + time.Since(start)
	r.out = render(cfg, r)
	return r
}

// readWARC yields the HTML pages of the archive name ("-" for stdin), or
// an item with the error that stopped its reading, and counts the records
// it skips. It returns false when yield asked it to stop.
func readWARC(ctx context.Context, name string, stdin io.Reader, limit int64, skipped *atomic.Int64, yield func(warcItem) bool) bool {
	fail := func(offset int64, err error) bool {
		return yield(warcItem{info: &warcInfo{file: name, offset: offset}, err: err})
	}
	in := stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return fail(0, unwrapPath(err))
		}
		defer f.Close()
		in = f
	}
	// The HTTP messages are parsed by net/http (chunked bodies included),
	// so gowarc only frames the records. Its default policies collect
	// violations of the specification as warnings, which are ignored here.
	// (With WithSpecViolationPolicy(ErrIgnore), gowarc v3.1.0 returns
	// empty blocks.)
	wr, err := gowarc.NewWarcFileReaderFromStream(in, 0, gowarc.WithSkipParseBlock())
	if err != nil {
		return fail(0, err)
	}
	defer wr.Close()
	for ctx.Err() == nil {
		start := time.Now()
		rec, err := wr.Next()
		if err == io.EOF {
			return true
		}
		if err != nil {
			// The stream cannot be trusted past a broken record.
			return fail(rec.Offset, fmt.Errorf("reading the record at offset %d: %w", rec.Offset, err))
		}
		it, ok := warcPage(name, rec, limit)
		rec.Close()
		if !ok {
			skipped.Add(1)
			continue
		}
		it.read = time.Since(start)
		if !yield(it) {
			return false
		}
	}
	return false
}

// warcPage reads an archived HTML page from rec. ok is false for records
// that are not one: other record types, other content, other statuses.
// A page that is HTML but cannot be read (too large, truncated) is an item
// with an error.
func warcPage(name string, rec gowarc.Record, limit int64) (it warcItem, ok bool) {
	wr := rec.WarcRecord
	h := wr.WarcHeader()
	it = warcItem{
		info: &warcInfo{
			file:     name,
			offset:   rec.Offset,
			date:     h.Get(gowarc.WarcDate),
			recordID: h.GetId(gowarc.WarcRecordID),
		},
		target: h.Get(gowarc.WarcTargetURI),
	}
	if wr.Type() != gowarc.Response && wr.Type() != gowarc.Resource {
		return it, false
	}
	target, err := url.Parse(it.target)
	if err != nil || it.target == "" {
		return it, false // dns:, whois: and records without an address
	}
	raw, err := wr.Block().RawBytes()
	if err != nil {
		it.err = err
		return it, true
	}
	req := &http.Request{Method: http.MethodGet, URL: target}
	var resp *http.Response
	if wr.Type() == gowarc.Resource {
		// A resource record's block is the document itself.
		resp = &http.Response{StatusCode: http.StatusOK, Header: http.Header{}, Body: io.NopCloser(raw), Request: req}
		resp.Header.Set("Content-Type", h.Get(gowarc.ContentType))
	} else {
		if resp, err = http.ReadResponse(bufio.NewReader(raw), req); err != nil {
			return it, false // not an HTTP response (ftp:, malformed)
		}
		defer resp.Body.Close()
	}
	it.page, err = fetch.ReadResponse(resp, fetch.Options{MaxBytes: limit})
	var se *fetch.StatusError
	if errors.As(err, &se) || errors.Is(err, fetch.ErrNotHTML) {
		return it, false
	}
	it.err = err
	return it, true
}

package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/seed-d9e9b10c/pith/extractor"
	"github.com/seed-d9e9b10c/pith/fetch"
)

// result is what became of one source.
type result struct {
	source  string
	url     string             // the page's URL, if known
	article *extractor.Article // nil on error; metadata only on ErrNoContent
	elapsed time.Duration      // reading or fetching plus extraction
	err     error
	out     []byte    // the rendered output (see render)
	seq     int       // the source's place in the batch
	warc    *warcInfo // where a "pith warc" page came from; nil otherwise
}

// readList reads a --from-file list: one source per line, blank lines and
// lines starting with # skipped, surrounding spaces trimmed. name "-" reads
// stdin.
func readList(name string, stdin io.Reader) ([]string, error) {
	r := stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, unwrapPath(err)
		}
		defer f.Close()
		r = f
	}
	return parseList(r)
}

// parseList splits a source list into sources.
func parseList(r io.Reader) ([]string, error) {
	var sources []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		sources = append(sources, line)
	}
	return sources, sc.Err()
}

// schemeRE matches a source written as a URL ("scheme://..."). http and
// https URLs are fetched; fetch rejects the other schemes with a clear error
// rather than pith looking for a file called "ftp://...".
var schemeRE = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9+.-]*://`)

// handle reads or fetches one source and extracts its article.
func handle(ctx context.Context, cfg *config, source string, stdin io.Reader) *result {
	start := time.Now()
	r := &result{source: source, url: urlString(cfg.pageURL)}
	var err error
	if schemeRE.MatchString(source) {
		r.url = source
		var page *fetch.Page
		// The fetch client applies --timeout to each attempt, once the
		// host's turn has come.
		page, err = cfg.client.Get(ctx, source)
		if err == nil {
			r.url = page.URL.String()
			r.article, err = extractor.FromPage(page, cfg.opts)
		}
	} else {
		r.article, err = extractFile(ctx, cfg, source, stdin)
	}
	if err == nil && r.article == nil {
		err = errors.New("extractor returned no article")
	}
	if err != nil {
		r.article, r.err = metadataOnly(r.article, err), err
	}
	if r.article != nil && r.article.URL != "" {
		r.url = r.article.URL
	}
	r.elapsed = time.Since(start)
	r.out = render(cfg, r)
	return r
}

// metadataOnly is what a failed extraction leaves to print: the metadata of
// a page without main content (extractor.ErrNoContent: its title, authors
// and dates are still worth having in JSON), nothing on other errors.
func metadataOnly(a *extractor.Article, err error) *extractor.Article {
	if errors.Is(err, extractor.ErrNoContent) {
		return a
	}
	return nil
}

// extractFile reads a file or standard input, within --timeout, and
// extracts its article.
func extractFile(ctx context.Context, cfg *config, source string, stdin io.Reader) (*extractor.Article, error) {
	if cfg.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeoutCause(ctx, cfg.timeout, timeoutError(cfg.timeout))
		defer cancel()
	}
	in, err := open(ctx, cfg, source, stdin)
	if err != nil {
		return nil, err
	}
	defer in.close()
	return extractor.Extract(in.r, cfg.pageURL, cfg.opts)
}

// input is a file or standard input ready for extraction.
type input struct {
	r     io.Reader
	close func() error
}

// open opens a file or standard input, limiting what is read to the
// extractor's MaxBytes.
func open(ctx context.Context, cfg *config, source string, stdin io.Reader) (*input, error) {
	if err := ctx.Err(); err != nil {
		return nil, context.Cause(ctx)
	}
	limit := maxBytes(cfg.opts)
	if source == "-" {
		return &input{r: limitReader(ctx, stdin, limit), close: func() error { return nil }}, nil
	}
	f, err := openFile(source, limit)
	if err != nil {
		return nil, err
	}
	return &input{r: limitReader(ctx, f, limit), close: f.Close}, nil
}

func urlString(u *url.URL) string {
	if u == nil {
		return ""
	}
	return u.String()
}

func maxBytes(o extractor.Options) int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return extractor.DefaultMaxBytes
}

// timeoutError ends a file or standard-input source that took longer than
// --timeout; limitReader reports it as the context's cause.
type timeoutError time.Duration

func (e timeoutError) Error() string { return fmt.Sprintf("timed out after %v", time.Duration(e)) }
func (e timeoutError) Unwrap() error { return context.DeadlineExceeded }

// errIsDir reports a source that names a directory.
var errIsDir = errors.New("is a directory")

// openFile opens a file source, rejecting directories and regular files
// over the size limit before reading them.
func openFile(name string, limit int64) (*os.File, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, unwrapPath(err)
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, unwrapPath(err)
	}
	switch {
	case fi.IsDir():
		f.Close()
		return nil, errIsDir
	case fi.Mode().IsRegular() && fi.Size() > limit:
		f.Close()
		return nil, fmt.Errorf("%w (%d bytes, limit %d)", extractor.ErrTooLarge, fi.Size(), limit)
	}
	return f, nil
}

// unwrapPath drops the *fs.PathError layer when the diagnostic already
// names the file: "pith: a.html: no such file or directory".
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// limitReader reads r, failing with extractor.ErrTooLarge past the size
// limit and with the context's cause once ctx is done (checked between
// reads; a read that blocks is not interrupted).
func limitReader(ctx context.Context, r io.Reader, limit int64) io.Reader {
	return &boundedReader{ctx: ctx, r: r, limit: limit, left: limit}
}

type boundedReader struct {
	ctx   context.Context
	r     io.Reader
	limit int64
	left  int64 // bytes still allowed; -1 once the limit is passed
}

func (b *boundedReader) Read(p []byte) (int, error) {
	if b.ctx.Err() != nil {
		return 0, context.Cause(b.ctx)
	}
	if b.left < 0 {
		return 0, b.tooLarge()
	}
	// Allow one byte past the limit to tell "exactly the limit" from "more".
	if int64(len(p)) > b.left+1 {
		p = p[:b.left+1]
	}
	n, err := b.r.Read(p)
	b.left -= int64(n)
	if b.left < 0 {
		return n - 1, b.tooLarge()
	}
	return n, err
}

func (b *boundedReader) tooLarge() error {
	return fmt.Errorf("%w (more than %d bytes)", extractor.ErrTooLarge, b.limit)
}

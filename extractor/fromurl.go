package extractor

import (
	"context"
	"errors"
	"fmt"

	"github.com/seed-d9e9b10c/pith/fetch"
)

// FromURL downloads the page at rawURL and extracts it. It fetches with
// fetch.Get and the default fetch.Options, except that the body limit is
// opts.MaxBytes: limits, retries and content checks apply, but per-host
// politeness does not span calls. To crawl many pages (politeness, robots.txt,
// other limits), keep a fetch.Client and pass what its Get returns to
// FromPage.
//
// Errors are fetch's (a *fetch.StatusError, fetch.ErrNotHTML, ...) or
// Extract's. FromURL is safe for concurrent use.
func FromURL(ctx context.Context, rawURL string, opts Options) (*Article, error) {
	page, err := fetch.Get(ctx, rawURL, fetch.Options{MaxBytes: opts.maxBytes()})
	if err != nil {
		return nil, err
	}
	return FromPage(page, opts)
}

// errNotModified reports a page fetched conditionally that did not change.
var errNotModified = errors.New("pith: page not modified: no body to extract")

// FromPage extracts a page downloaded with the fetch package. The page's
// final URL resolves relative links, and its body is decoded with the
// charset fetch decided (which weighs the Content-Type header against the
// page's own declaration and bytes) rather than opts.ContentType. A page
// with NotModified set has no body and fails.
func FromPage(p *fetch.Page, opts Options) (*Article, error) {
	if p.NotModified {
		return nil, fmt.Errorf("%w (%s)", errNotModified, p.URL)
	}
	opts.ContentType = "text/html; charset=" + p.Charset
	if p.Charset == "" {
		opts.ContentType = p.ContentType
	}
	return ExtractBytes(context.Background(), p.Body, p.URL, opts)
}

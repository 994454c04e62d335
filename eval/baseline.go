package eval

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"

	"github.com/seed-d9e9b10c/pith/extractor"
)

// Extractor is anything eval can score: pith itself or a baseline.
// Implementations must be safe for concurrent use.
type Extractor interface {
	// Name labels the extractor's row in reports ("pith", "readeck").
	Name() string
	// Extract returns the main content of page, which was fetched from
	// pageURL (nil when unknown). page is the raw HTML, charset undecoded.
	Extract(page []byte, pageURL *url.URL) (Result, error)
}

// Result is what an extractor found on a page.
type Result struct {
	Text      string
	Title     string
	Authors   []string
	Published time.Time
	SiteName  string
	Language  string
	Excerpt   string
	// Fallback reports that the content was decided by a second opinion
	// (pith's go-readability fallback).
	Fallback bool
	// PageType is the extractor's page type ("article", "forum", ...), if it
	// classifies pages.
	PageType string
	// Confidence is the extractor's predicted extraction quality in [0, 1],
	// if it predicts one; HasConfidence says whether it does.
	Confidence    float64
	HasConfidence bool
}

// meta returns the result's value for a text metadata field.
func (r Result) meta(field string) string {
	switch field {
	case FieldTitle:
		return r.Title
	case FieldAuthors:
		return strings.Join(r.Authors, ", ")
	case FieldSiteName:
		return r.SiteName
	case FieldLanguage:
		return r.Language
	case FieldExcerpt:
		return r.Excerpt
	}
	return ""
}

// Pith scores pith's own extractor.
type Pith struct {
	// Options are passed to every extraction.
	Options extractor.Options
}

// Name returns "pith".
func (Pith) Name() string { return "pith" }

// Extract runs extractor.Extract. A page on which pith finds no main
// content (extractor.ErrNoContent) gives its metadata and an empty text,
// not an error: the metric decides whether that was right.
func (p Pith) Extract(page []byte, pageURL *url.URL) (Result, error) {
	return p.ExtractFetched(page, pageURL, Fetch{})
}

// ExtractFetched is Extract with a saved page's fetch record: its
// Content-Type (unless Options sets one) and its fetch time, the reference
// for relative dates (unless Options.Now is set).
func (p Pith) ExtractFetched(page []byte, pageURL *url.URL, f Fetch) (Result, error) {
	opts := p.Options
	if opts.ContentType == "" {
		opts.ContentType = f.ContentType
	}
	if opts.Now.IsZero() {
		opts.Now = f.Fetched
	}
	a, err := extractor.ExtractBytes(context.Background(), page, pageURL, opts)
	if errors.Is(err, extractor.ErrNoContent) && a == nil {
		return Result{}, nil
	}
	if err != nil && !errors.Is(err, extractor.ErrNoContent) {
		return Result{}, err
	}
	return Result{
		Text:      a.Text,
		Title:     a.Title,
		Authors:   a.Authors,
		Published: a.Published,
		SiteName:  a.SiteName,
		Language:  a.Language,
		Excerpt:   a.Excerpt,
		Fallback:  a.FromFallback,

		PageType:      string(a.PageType),
		Confidence:    a.Confidence,
		HasConfidence: true,
	}, nil
}

// Readeck is the readeck/go-readability (v2) baseline, a faithful port of
// Readability.js.
type Readeck struct{}

// Name returns "readeck".
func (Readeck) Name() string { return "readeck" }

// Extract runs readability.FromReader and renders its content with
// RenderText (block-aware inner text). An article without content gives
// empty text; a byline becomes the single author.
func (Readeck) Extract(page []byte, pageURL *url.URL) (Result, error) {
	a, err := readability.FromReader(bytes.NewReader(page), pageURL)
	if err != nil {
		return Result{}, err
	}
	var text strings.Builder
	if a.Node != nil {
		if err := a.RenderText(&text); err != nil {
			return Result{}, err
		}
	}
	r := Result{
		Text:     text.String(),
		Title:    a.Title(),
		SiteName: a.SiteName(),
		Language: a.Language(),
		Excerpt:  a.Excerpt(),
	}
	if by := strings.TrimSpace(a.Byline()); by != "" {
		r.Authors = []string{by}
	}
	if t, err := a.PublishedTime(); err == nil {
		r.Published = t
	}
	return r, nil
}

// baselineNames lists the baselines Baseline knows, in help order.
var baselineNames = []string{"readeck"}

// BaselineNames returns the names Baseline accepts.
func BaselineNames() []string { return append([]string(nil), baselineNames...) }

// Baseline returns the baseline extractor called name.
func Baseline(name string) (Extractor, error) {
	switch name {
	case "readeck":
		return Readeck{}, nil
	}
	return nil, fmt.Errorf("unknown baseline %q (known: %s)", name, strings.Join(baselineNames, ", "))
}

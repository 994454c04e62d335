package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"
	"time"
)

// record is one line of --format json. The field names are a stable
// interface: add fields, never rename or remove them.
type record struct {
	Source    string   `json:"source"`
	URL       string   `json:"url"`
	Title     string   `json:"title"`
	Authors   []string `json:"authors"`   // never null
	Published *string  `json:"published"` // RFC 3339, or null when unknown
	SiteName  string   `json:"site_name"`
	Language  string   `json:"language"`
	Excerpt   string   `json:"excerpt"`
	Text      string   `json:"text"`
	MS        float64  `json:"ms"`
	Fallback  bool     `json:"fallback"`
	Error     *string  `json:"error"` // null on success

	PageType           string  `json:"page_type"`            // article, forum, product, ...
	PageTypeConfidence float64 `json:"page_type_confidence"` // in [0, 1]
	Confidence         float64 `json:"confidence"`           // predicted extraction quality, in [0, 1]

	// Metadata beyond the v0 fields (issue 5).
	Modified     *string  `json:"modified"`      // RFC 3339, or null when unknown
	CanonicalURL string   `json:"canonical_url"` // the URL the page declares canonical
	Image        string   `json:"image"`         // lead image URL
	Tags         []string `json:"tags"`          // never null
	Categories   []string `json:"categories"`    // never null
	License      string   `json:"license"`       // declared licence URL or name

	// "pith warc" only: where the page was archived.
	WARCDate     string `json:"warc_date,omitempty"`      // WARC-Date
	WARCRecordID string `json:"warc_record_id,omitempty"` // WARC-Record-ID
	WARCFile     string `json:"warc_file,omitempty"`      // the archive
	WARCOffset   *int64 `json:"warc_offset,omitempty"`    // the record's byte offset in it
}

// render formats a result for cfg.format. It runs in the worker, so that
// the printer only copies bytes. Failed sources render to nothing except in
// json, where they get a record with the error.
func render(cfg *config, r *result) []byte {
	if cfg.format == "json" {
		return renderJSON(r)
	}
	if r.err != nil {
		return nil
	}
	var s string
	switch cfg.format {
	case "markdown":
		s = r.article.Markdown()
		if cfg.frontMatter {
			s = r.article.FrontMatter() + "\n" + s
		}
	case "html":
		s = r.article.HTML()
	default:
		s = r.article.Text
	}
	return []byte(strings.TrimRight(s, "\n") + "\n")
}

func renderJSON(r *result) []byte {
	rec := record{
		Source:     r.source,
		URL:        r.url,
		Authors:    []string{},
		Tags:       []string{},
		Categories: []string{},
		MS:         milliseconds(r.elapsed),
	}
	if a := r.article; a != nil {
		rec.Title = a.Title
		if len(a.Authors) > 0 {
			rec.Authors = a.Authors
		}
		if !a.Published.IsZero() {
			p := a.Published.Format(time.RFC3339)
			rec.Published = &p
		}
		rec.SiteName = a.SiteName
		rec.Language = a.Language
		rec.Excerpt = a.Excerpt
		rec.Text = a.Text
		rec.Fallback = a.FromFallback
		if !a.Modified.IsZero() {
			m := a.Modified.Format(time.RFC3339)
			rec.Modified = &m
		}
		rec.CanonicalURL, rec.Image, rec.License = a.CanonicalURL, a.Image, a.License
		if len(a.Tags) > 0 {
			rec.Tags = a.Tags
		}
		if len(a.Categories) > 0 {
			rec.Categories = a.Categories
		}
		rec.PageType = string(a.PageType)
		rec.PageTypeConfidence = round3(a.PageTypeConfidence)
		rec.Confidence = round3(a.Confidence)
	}
	if r.err != nil {
		msg := message(r)
		rec.Error = &msg
	}
	if w := r.warc; w != nil {
		rec.WARCDate, rec.WARCRecordID, rec.WARCFile, rec.WARCOffset = w.date, w.recordID, w.file, &w.offset
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // keep <, > and & readable in text
	// Encode cannot fail on strings, bools and a finite number; invalid
	// UTF-8 is replaced, not rejected.
	_ = enc.Encode(rec)
	return buf.Bytes()
}

// round3 rounds x to three decimals, for readable JSON.
func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// milliseconds is d in milliseconds, rounded to the microsecond.
func milliseconds(d time.Duration) float64 {
	return math.Round(float64(d)/float64(time.Microsecond)) / 1000
}

// printer writes results to standard output. With several sources, each
// text, markdown or html document gets a "==> SOURCE <==" header (as
// head(1) does) and documents are separated by a blank line.
type printer struct {
	w       *bufio.Writer
	headers bool // print headers
	printed bool // a document has been printed
}

func newPrinter(w io.Writer, cfg *config) *printer {
	return &printer{
		w:       bufio.NewWriter(w),
		headers: cfg.format != "json" && len(cfg.sources) > 1,
	}
}

// print writes one result and flushes it, so that output streams.
func (p *printer) print(r *result) error {
	if len(r.out) == 0 {
		return nil
	}
	if p.headers {
		if p.printed {
			p.w.WriteString("\n")
		}
		fmt.Fprintf(p.w, "==> %s <==\n", r.source)
	}
	p.w.Write(r.out)
	p.printed = true
	return p.w.Flush() // bufio.Writer keeps the first write error
}

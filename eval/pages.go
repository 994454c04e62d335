package eval

import (
	"encoding/json"
	"fmt"
	"io"
)

// PageRecord is how one extractor did on one page, as Options.Pages
// receives it: one JSON object a line, for comparing two runs page by page.
type PageRecord struct {
	Extractor string `json:"extractor"`
	ID        string `json:"id"`
	// Type is the page's type where the corpus gives one.
	Type   string `json:"type,omitempty"`
	Source string `json:"source"`
	Score
	// Same reports identical tokens (ScrapingHub) or text (saved pages).
	Same bool `json:"same,omitempty"`
	// With and Without are the shares of must-have and must-not-have
	// snippets found (WCXB), when the page has any.
	With    *float64 `json:"with,omitempty"`
	Without *float64 `json:"without,omitempty"`
	// Metadata tells, for each field the page's truth has, whether the
	// extractor's value matched.
	Metadata map[string]bool `json:"metadata,omitempty"`
	PageType string          `json:"page_type,omitempty"`
	Fallback bool            `json:"fallback,omitempty"`
	Error    string          `json:"error,omitempty"`
	MS       float64         `json:"ms"`
}

// writePages writes one PageRecord a page of runs, in corpus order.
func writePages(w io.Writer, name string, c *Corpus, runs []extraction) error {
	enc := json.NewEncoder(w)
	for i, run := range runs {
		page := &c.Pages[i]
		s := run.score
		rec := PageRecord{
			Extractor: name, ID: page.ID, Type: page.Type, Source: page.Source,
			Score: s.Score, Same: s.same,
			PageType: run.res.PageType, Fallback: run.res.Fallback,
			MS: float64(run.dur.Microseconds()) / 1000,
		}
		if s.hasWith {
			rec.With = &s.with
		}
		if s.hasWithout {
			rec.Without = &s.without
		}
		for f, outcome := range s.meta {
			if outcome == metaUnscored {
				continue
			}
			if rec.Metadata == nil {
				rec.Metadata = make(map[string]bool)
			}
			rec.Metadata[metaFields[f]] = outcome == metaMatched
		}
		if run.err != nil {
			rec.Error = run.err.Error()
		}
		if err := enc.Encode(&rec); err != nil {
			return fmt.Errorf("eval: writing page records: %w", err)
		}
	}
	return nil
}

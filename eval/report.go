package eval

import (
	"encoding/json"
	"io"
	"math"
	"slices"
	"time"
)

// Report is the outcome of a Run: one row per extractor.
type Report struct {
	// Corpus is the corpus's path.
	Corpus string `json:"corpus"`
	// Format is the corpus's layout, which decides the metric.
	Format Format `json:"format"`
	// Pages is how many pages were scored.
	Pages int `json:"pages"`
	// Rows hold one extractor's figures each, in the order they ran.
	Rows []Row `json:"rows"`
	// WorstOf names the extractor whose worst pages Worst lists.
	WorstOf string `json:"worst_of,omitempty"`
	// Worst lists the lowest-F1 pages of the first extractor, lowest first.
	Worst []WorstPage `json:"worst,omitempty"`
	// LangSources counts the pages by where Row.ByLang took their language
	// from (LangDeclared, LangExtracted, LangDetected, LangUnknown); set
	// with Options.ByLang.
	LangSources map[string]int `json:"lang_sources,omitempty"`
}

// Row is one extractor's figures on a corpus. Figures that the corpus's
// format does not measure are nil (and left out of JSON).
type Row struct {
	Extractor string `json:"extractor"`
	Pages     int    `json:"pages"`
	// Errors counts extractions that returned an error; Panics those that
	// panicked (a bug). Both are scored as empty extractions.
	Errors int `json:"errors"`
	Panics int `json:"panics"`
	// Precision, Recall and F1 are the corpus's main metric: 4-token
	// shingles for ScrapingHub, bags of words elsewhere.
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	// Accuracy is the share of pages whose tokens equal the truth's (ScrapingHub).
	Accuracy *float64 `json:"accuracy,omitempty"`
	// Exact is the share of pages whose text equals expected.txt (saved pages).
	Exact *float64 `json:"exact,omitempty"`
	// With and Without are the mean shares of WCXB's must-have and
	// must-not-have snippets found in the text.
	With    *float64 `json:"with,omitempty"`
	Without *float64 `json:"without,omitempty"`
	// ByType breaks the main metric down by page type (WCXB).
	ByType map[string]TypeScore `json:"by_type,omitempty"`
	// ByLang breaks it down by page language (the primary subtag: "en",
	// "pt"; "und" when unknown), with Options.ByLang. On ScrapingHub, where
	// the main metric pools all pages' shingles, these are means of per-page
	// figures, as ByType's are.
	ByLang map[string]TypeScore `json:"by_lang,omitempty"`
	// Metadata is the match rate of each metadata field, over the pages that
	// give it; MetadataPages counts those pages.
	Metadata      map[string]float64 `json:"metadata,omitempty"`
	MetadataPages map[string]int     `json:"metadata_pages,omitempty"`
	// Confidence says how well the extractor's confidence ranks its pages,
	// when it gives one.
	Confidence *ConfidenceRanking `json:"confidence,omitempty"`
	// PageTypeAccuracy is the share of pages whose page type the extractor
	// classified as the corpus does (WCXB).
	PageTypeAccuracy *float64 `json:"page_type_accuracy,omitempty"`
	// FallbackPages counts pages whose content came from a second opinion.
	FallbackPages int `json:"fallback_pages"`
	// PagesPerSec is pages / total extraction time: single-core throughput.
	PagesPerSec float64 `json:"pages_per_sec"`
	// WallMS is the elapsed time of the whole run over the corpus, workers
	// in parallel; MedianMS and P99MS are per-page extraction times.
	WallMS   float64 `json:"wall_ms"`
	MedianMS float64 `json:"median_ms"`
	P99MS    float64 `json:"p99_ms"`
}

// TypeScore is the main metric over the pages of one type or language.
type TypeScore struct {
	Pages int `json:"pages"`
	Score
}

// summarize turns one extractor's runs into its row; langs, if not nil,
// gives each page's language for Row.ByLang.
func summarize(name string, c *Corpus, runs []extraction, wall time.Duration, langs []string) Row {
	row := Row{Extractor: name, Pages: len(runs), WallMS: ms(wall)}
	durs := make([]time.Duration, len(runs))
	var total time.Duration
	var same int
	var withSum, withoutSum float64
	var withN, withoutN int
	var metaHit, metaN [len(metaFields)]int
	byType, byLang := map[string]*typeSum{}, map[string]*typeSum{}
	shingles := make([]ShingleCounts, 0, len(runs))
	var mean Score
	for i, r := range runs {
		switch {
		case r.panicked:
			row.Panics++
		case r.err != nil:
			row.Errors++
		}
		if r.res.Fallback {
			row.FallbackPages++
		}
		durs[i] = r.dur
		total += r.dur
		s := r.score
		shingles = append(shingles, s.shingles)
		mean.Precision += s.Precision
		mean.Recall += s.Recall
		mean.F1 += s.F1
		if s.same {
			same++
		}
		if s.hasWith {
			withSum += s.with
			withN++
		}
		if s.hasWithout {
			withoutSum += s.without
			withoutN++
		}
		for f, o := range s.meta {
			if o != metaUnscored {
				metaN[f]++
			}
			if o == metaMatched {
				metaHit[f]++
			}
		}
		if t := c.Pages[i].Type; t != "" {
			addTo(byType, t, s.Score)
		}
		if langs != nil {
			addTo(byLang, langs[i], s.Score)
		}
	}
	if c.Format == ScrapingHub {
		row.Precision, row.Recall, row.F1 = unpack(ShingleSummary(shingles))
		row.Accuracy = share(same, len(runs))
	} else if n := float64(len(runs)); n > 0 {
		row.Precision, row.Recall, row.F1 = mean.Precision/n, mean.Recall/n, mean.F1/n
	}
	if c.Format == Saved {
		row.Exact = share(same, len(runs))
	}
	if withN > 0 {
		row.With = ptr(withSum / float64(withN))
	}
	if withoutN > 0 {
		row.Without = ptr(withoutSum / float64(withoutN))
	}
	row.ByType = means(byType)
	row.ByLang = means(byLang)
	row.Confidence = rankByConfidence(runs)
	row.PageTypeAccuracy = pageTypeAccuracy(c, runs)
	for f, field := range metaFields {
		if metaN[f] == 0 {
			continue
		}
		if row.Metadata == nil {
			row.Metadata, row.MetadataPages = map[string]float64{}, map[string]int{}
		}
		row.Metadata[field] = float64(metaHit[f]) / float64(metaN[f])
		row.MetadataPages[field] = metaN[f]
	}
	if total > 0 {
		row.PagesPerSec = float64(len(runs)) / total.Seconds()
	}
	slices.Sort(durs)
	row.MedianMS = ms(percentile(durs, 0.5))
	row.P99MS = ms(percentile(durs, 0.99))
	return row
}

// typeSum accumulates per-page scores of one page type.
type typeSum struct {
	n   int
	sum Score
}

func (t *typeSum) add(s Score) {
	t.n++
	t.sum.Precision += s.Precision
	t.sum.Recall += s.Recall
	t.sum.F1 += s.F1
}

func (t *typeSum) mean() TypeScore {
	n := float64(t.n)
	return TypeScore{Pages: t.n, Score: Score{t.sum.Precision / n, t.sum.Recall / n, t.sum.F1 / n}}
}

// addTo adds a page's score to the sum of its group (type or language).
func addTo(sums map[string]*typeSum, key string, s Score) {
	ts := sums[key]
	if ts == nil {
		ts = &typeSum{}
		sums[key] = ts
	}
	ts.add(s)
}

// means returns each group's mean score, or nil for no groups.
func means(sums map[string]*typeSum) map[string]TypeScore {
	if len(sums) == 0 {
		return nil
	}
	m := make(map[string]TypeScore, len(sums))
	for k, ts := range sums {
		m[k] = ts.mean()
	}
	return m
}

// percentile returns the nearest-rank q-quantile of sorted durations.
func percentile(sorted []time.Duration, q float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	rank := int(math.Ceil(q * float64(len(sorted))))
	return sorted[min(max(rank, 1), len(sorted))-1]
}

func unpack(s Score) (p, r, f1 float64) { return s.Precision, s.Recall, s.F1 }

func share(n, of int) *float64 {
	if of == 0 {
		return ptr(0.0)
	}
	return ptr(float64(n) / float64(of))
}

func ptr[T any](v T) *T { return &v }

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// WriteJSON writes the report as one indented JSON object.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

package eval

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
	"time"
)

// metricName describes a format's main metric in the report header.
func metricName(f Format) string {
	switch f {
	case ScrapingHub:
		return "4-token shingle P/R/F1; acc = identical tokens"
	case WCXB:
		return "bag-of-words P/R/F1, mean over pages; with/without = snippets found"
	case Readability:
		return "bag-of-words P/R/F1 vs expected.html text; metadata match rates"
	case Saved:
		return "bag-of-words P/R/F1 vs expected.txt; exact = same text"
	}
	return "bag-of-words P/R/F1"
}

// WriteText writes the report as compact aligned tables: a header line,
// the worst pages (if any), the per-type F1, per-language F1 and metadata
// tables (where the report has them), and last the main table, one row per
// extractor, so that the main figures end the output.
func (r *Report) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "%s corpus %s: %d pages (%s)\n", r.Format, r.Corpus, r.Pages, metricName(r.Format))
	if len(r.Worst) > 0 {
		r.writeWorst(bw)
	}
	if len(r.Rows) > 0 && len(r.Rows[0].ByType) > 0 {
		r.writeBreakdown(bw, "F1 by type", func(row Row) map[string]TypeScore { return row.ByType })
	}
	if len(r.Rows) > 0 && len(r.Rows[0].ByLang) > 0 {
		r.writeLangSources(bw)
		r.writeBreakdown(bw, "F1 by lang", func(row Row) map[string]TypeScore { return row.ByLang })
	}
	if len(r.Rows) > 0 && len(r.Rows[0].Metadata) > 0 {
		r.writeMetadata(bw)
	}
	r.writeConfidence(bw)
	r.writeMain(bw)
	return bw.Flush()
}

func (r *Report) writeWorst(w io.Writer) {
	fmt.Fprintf(w, "\nworst %d pages for %s:\n", len(r.Worst), r.WorstOf)
	for i, p := range r.Worst {
		typ := ""
		if p.Type != "" {
			typ = " [" + p.Type + "]"
		}
		fmt.Fprintf(w, "%2d. %s%s  F1 %.3f  P %.3f  R %.3f  %s\n", i+1, p.ID, typ, p.F1, p.Precision, p.Recall, p.Source)
		if p.Error != "" {
			fmt.Fprintf(w, "    error: %s\n", firstLine(p.Error))
		}
		if p.Missed.Words > 0 {
			fmt.Fprintf(w, "    missed (%d words): %s\n", p.Missed.Words, p.Missed.Text)
		}
		if p.Extra.Words > 0 {
			fmt.Fprintf(w, "    extra (%d words): %s\n", p.Extra.Words, p.Extra.Text)
		}
	}
}

// writeBreakdown writes the main metric by group (page type, language),
// largest group first, one column per extractor.
func (r *Report) writeBreakdown(w io.Writer, title string, groups func(Row) map[string]TypeScore) {
	first := groups(r.Rows[0])
	keys := make([]string, 0, len(first))
	for k := range first {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		return cmp.Or(cmp.Compare(first[b].Pages, first[a].Pages), strings.Compare(a, b))
	})
	fmt.Fprintln(w)
	tw := newTable(w)
	fmt.Fprintf(tw, "%s\tpages", title)
	for _, row := range r.Rows {
		fmt.Fprintf(tw, "\t%s", row.Extractor)
	}
	fmt.Fprintln(tw)
	for _, k := range keys {
		fmt.Fprintf(tw, "%s\t%d", k, first[k].Pages)
		for _, row := range r.Rows {
			fmt.Fprintf(tw, "\t%.3f", groups(row)[k].F1)
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
}

// writeLangSources says where the pages' languages came from.
func (r *Report) writeLangSources(w io.Writer) {
	fmt.Fprint(w, "\nlanguages:")
	sep := " "
	for _, src := range []string{LangDeclared, LangExtracted, LangDetected, LangUnknown} {
		if n := r.LangSources[src]; n > 0 {
			fmt.Fprintf(w, "%s%d %s", sep, n, src)
			sep = ", "
		}
	}
	fmt.Fprintln(w)
}

func (r *Report) writeMetadata(w io.Writer) {
	first := r.Rows[0]
	fmt.Fprintln(w)
	tw := newTable(w)
	fmt.Fprint(tw, "metadata\tpages")
	for _, row := range r.Rows {
		fmt.Fprintf(tw, "\t%s", row.Extractor)
	}
	fmt.Fprintln(tw)
	for _, field := range metaFields {
		if _, ok := first.Metadata[field]; !ok {
			continue
		}
		fmt.Fprintf(tw, "%s\t%d", field, first.MetadataPages[field])
		for _, row := range r.Rows {
			fmt.Fprintf(tw, "\t%.3f", row.Metadata[field])
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
}

func (r *Report) writeMain(w io.Writer) {
	fmt.Fprintln(w)
	tw := newTable(w)
	has := func(get func(Row) *float64) bool {
		return len(r.Rows) > 0 && get(r.Rows[0]) != nil
	}
	extra := []struct {
		name string
		get  func(Row) *float64
	}{
		{"acc", func(r Row) *float64 { return r.Accuracy }},
		{"exact", func(r Row) *float64 { return r.Exact }},
		{"with", func(r Row) *float64 { return r.With }},
		{"without", func(r Row) *float64 { return r.Without }},
	}
	fmt.Fprint(tw, "extractor\tpages\terrors\tpanics\tP\tR\tF1")
	for _, e := range extra {
		if has(e.get) {
			fmt.Fprintf(tw, "\t%s", e.name)
		}
	}
	fmt.Fprintln(tw, "\tfallback\tpages/s\twall\tmedian\tp99")
	for _, row := range r.Rows {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f", row.Extractor, row.Pages, row.Errors, row.Panics,
			row.Precision, row.Recall, row.F1)
		for _, e := range extra {
			if has(e.get) {
				fmt.Fprintf(tw, "\t%s", optional(e.get(row)))
			}
		}
		fmt.Fprintf(tw, "\t%d\t%.1f\t%s\t%s\t%s\n", row.FallbackPages, row.PagesPerSec,
			duration(row.WallMS), duration(row.MedianMS), duration(row.P99MS))
	}
	tw.Flush()
}

func newTable(w io.Writer) *tabwriter.Writer {
	return tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
}

func optional(v *float64) string {
	if v == nil {
		return "-"
	}
	return fmt.Sprintf("%.3f", *v)
}

// duration formats milliseconds to about three significant digits.
func duration(msec float64) string {
	d := time.Duration(msec * float64(time.Millisecond))
	switch {
	case d >= 10*time.Second:
		return d.Round(100 * time.Millisecond).String()
	case d >= time.Second:
		return d.Round(10 * time.Millisecond).String()
	case d >= 10*time.Millisecond:
		return d.Round(100 * time.Microsecond).String()
	}
	return d.Round(10 * time.Microsecond).String()
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i] + " …"
	}
	return s
}

// writeConfidence writes, for each extractor that gives them, how well its
// confidence ranks its pages and how often its page type is right.
func (r *Report) writeConfidence(w io.Writer) {
	for _, row := range r.Rows {
		if c := row.Confidence; c != nil {
			fmt.Fprintf(w, "\n%s confidence: F1 %.3f on the least confident tenth of pages, %.3f on the rest (Spearman %.2f)",
				row.Extractor, c.LowDecileF1, c.RestF1, c.Spearman)
			if a := row.PageTypeAccuracy; a != nil {
				fmt.Fprintf(w, "; page type right on %.3f of pages", *a)
			}
			fmt.Fprintln(w)
		}
	}
}

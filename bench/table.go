package main

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
)

// corpusResults are the results of every contender on one corpus, in
// table order.
type corpusResults struct {
	name    string
	results []*result
}

func (cr *corpusResults) get(name string) *result {
	for _, r := range cr.results {
		if r.contender == name {
			return r
		}
	}
	return nil
}

// printTable writes the corpus's results as a Markdown table, padded so
// that it also reads as plain text.
func printTable(w io.Writer, cr *corpusResults) {
	floor, pith := cr.get(floorName), cr.get("pith")
	first := cr.results[0]
	fmt.Fprintf(w, "\n### %s: %d pages, %.1f MB\n\n", cr.name, first.pages, float64(first.bytes)/1e6)
	header := []string{"extractor", "total s", "pages/s", "MB/s", "median ms", "p99 ms", "max ms",
		"allocs/page", "MB alloc/page", "time ÷ floor", "alloc ÷ floor", "time ÷ pith", "GCs", "errors", "empty"}
	rows := [][]string{header}
	for _, r := range cr.results {
		rows = append(rows, []string{
			r.contender,
			fmt.Sprintf("%.2f", r.total.Seconds()),
			fmt.Sprintf("%.0f", r.pagesPerSec()),
			fmt.Sprintf("%.1f", r.mbPerSec()),
			ms(r.quantile(0.5)),
			ms(r.quantile(0.99)),
			ms(r.quantile(1)),
			fmt.Sprintf("%.0f", r.allocsPerPage()),
			fmt.Sprintf("%.2f", r.bytesPerPage()/1e6),
			ratio(r.total.Seconds(), secs(floor)),
			ratio(r.bytesPerPage(), bytesPerPage(floor)),
			ratio(r.total.Seconds(), secs(pith)),
			fmt.Sprint(r.gcs),
			fmt.Sprint(r.errors),
			fmt.Sprint(r.empty),
		})
	}
	writeMarkdown(w, rows)
	for _, r := range cr.results {
		if r.firstErr != "" {
			fmt.Fprintf(w, "\n%s failed on %d pages; the first: %.200s", r.contender, r.errors, r.firstErr)
		}
	}
	fmt.Fprintln(w)
}

// printSlowest lists pith's slowest pages, with the floor's time on each:
// the pages that make its p99.
func printSlowest(w io.Writer, cr *corpusResults, n int) {
	pith, floor := cr.get("pith"), cr.get(floorName)
	if pith == nil || n <= 0 {
		return
	}
	ids := make([]string, 0, len(pith.byPage))
	for id := range pith.byPage {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b string) int { return cmp.Compare(pith.byPage[b], pith.byPage[a]) })
	fmt.Fprintf(w, "\npith's slowest pages on %s:", cr.name)
	for _, id := range ids[:min(n, len(ids))] {
		fmt.Fprintf(w, " %s %s ms", id, ms(pith.byPage[id]))
		if floor != nil {
			fmt.Fprintf(w, " (floor %s)", ms(floor.byPage[id]))
		}
		fmt.Fprint(w, ";")
	}
	fmt.Fprintln(w)
}

// printAcceptance checks pith against the acceptance ratios of issue 8.
// The p99 ratio is required on WCXB-dev only, and shown for every corpus.
func printAcceptance(w io.Writer, cr *corpusResults) {
	pith, floor := cr.get("pith"), cr.get(floorName)
	if pith == nil || floor == nil {
		return
	}
	// the ratios are required on ScrapingHub and WCXB-dev, the p99 one
	// on WCXB-dev only
	name := strings.ToLower(cr.name)
	wcxb := strings.Contains(name, "wcxb")
	required := wcxb || strings.Contains(name, "scrapinghub")
	fmt.Fprintf(w, "\nAcceptance on %s (issue 8):\n\n", cr.name)
	check := func(what string, got float64, op string, want float64, required bool) {
		ok := got >= want
		if op == "≤" {
			ok = got <= want
		}
		verdict := "pass"
		if !ok {
			verdict = "FAIL"
		}
		if !required {
			verdict += " (not required here)"
		}
		fmt.Fprintf(w, "- %s: %.2f× (want %s %g×) %s\n", what, got, op, want, verdict)
	}
	for _, peer := range []struct {
		name string
		want float64
	}{{"readeck", 2}, {"go-trafilatura", 3}} {
		if r := cr.get(peer.name); r != nil {
			check("pith throughput ÷ "+peer.name+"'s", r.total.Seconds()/pith.total.Seconds(), "≥", peer.want, required)
		}
	}
	check("pith time ÷ floor's", pith.total.Seconds()/floor.total.Seconds(), "≤", 2, required)
	check("pith bytes allocated per page ÷ floor's", pith.bytesPerPage()/floor.bytesPerPage(), "≤", 2, required)
	check("pith p99 ÷ floor's p99", pith.quantile(0.99).Seconds()/floor.quantile(0.99).Seconds(), "≤", 3, wcxb)
	fmt.Fprintln(w)
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2f", d.Seconds()*1000) }

func secs(r *result) float64 {
	if r == nil {
		return 0
	}
	return r.total.Seconds()
}

func bytesPerPage(r *result) float64 {
	if r == nil {
		return 0
	}
	return r.bytesPerPage()
}

func ratio(a, b float64) string {
	if b == 0 {
		return "–"
	}
	return fmt.Sprintf("%.2f", a/b)
}

// writeMarkdown writes rows (the first is the header) as a Markdown table
// with padded columns; all columns but the first are right-aligned.
func writeMarkdown(w io.Writer, rows [][]string) {
	widths := make([]int, len(rows[0]))
	for _, row := range rows {
		for i, cell := range row {
			widths[i] = max(widths[i], len([]rune(cell)), 3)
		}
	}
	line := func(row []string) {
		var b strings.Builder
		b.WriteString("|")
		for i, cell := range row {
			pad := strings.Repeat(" ", widths[i]-len([]rune(cell)))
			if i == 0 {
				b.WriteString(" " + cell + pad + " |")
			} else {
				b.WriteString(" " + pad + cell + " |")
			}
		}
		fmt.Fprintln(w, b.String())
	}
	line(rows[0])
	sep := make([]string, len(widths))
	for i, n := range widths {
		if i == 0 {
			sep[i] = strings.Repeat("-", n)
		} else {
			sep[i] = strings.Repeat("-", n-1) + ":"
		}
	}
	var b strings.Builder
	b.WriteString("|")
	for _, s := range sep {
		b.WriteString(" " + s + " |")
	}
	fmt.Fprintln(w, b.String())
	for _, row := range rows[1:] {
		line(row)
	}
}

package extractor

import "golang.org/x/net/html"

// trace records why the pipeline dropped what it dropped, for Explain. A
// document without a trace records nothing and pays nothing.
type trace struct {
	notes      map[*html.Node]string // dropped element -> "stage: reason"
	candidates []Candidate           // best-scoring containers, best first
	selected   string                // path of the selected container
}

// drop removes n from the page and, when tracing, notes why.
func (d *document) drop(n *html.Node, stage, reason string) {
	if d.trace != nil {
		d.trace.notes[n] = stage + ": " + reason
	}
	d.markDirty(n.Parent)
	d.edits.remove(n)
}

// note joins the parts of a drop reason when d is traced, and is "" (and
// builds nothing) otherwise: an untraced run drops thousands of elements.
func (d *document) note(a, b, c string) string {
	if d.trace == nil {
		return ""
	}
	return a + b + c
}

// strconvQuote quotes a heading's text for a note, shortened.
func strconvQuote(s string) string {
	if len(s) > 40 {
		s = s[:40] + "…"
	}
	return `"` + s + `"`
}

package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/seed-d9e9b10c/pith/internal/savedpage"
)

// checkWriter prints the results of "pith check" in input order, then the
// summary.
type checkWriter interface {
	page(r *checked) error
	summary(s checkSummary) error
}

// textWriter prints a line per page that is not the same (every page with
// -v), the diff of each changed page, and a summary line.
type textWriter struct {
	w   *bufio.Writer
	cfg *checkConfig
}

func newTextWriter(w io.Writer, cfg *checkConfig) *textWriter {
	return &textWriter{w: bufio.NewWriter(w), cfg: cfg}
}

// Status labels: padded to one width, and their color.
var statusStyle = map[savedpage.Status]struct{ label, color string }{
	savedpage.Same:    {"same    ", ""},
	savedpage.Changed: {"changed ", "\x1b[1;33m"},
	savedpage.New:     {"new     ", "\x1b[1;36m"},
	savedpage.Failed:  {"failed  ", "\x1b[1;31m"},
}

func (t *textWriter) label(r *checked) string {
	s := statusStyle[r.Status]
	label := s.label
	if r.updated {
		label = "updated "
	}
	if t.cfg.color && s.color != "" {
		return s.color + label + "\x1b[0m"
	}
	return label
}

func (t *textWriter) page(r *checked) error {
	switch {
	case r.Status == savedpage.Same && !t.cfg.verbose:
		return nil
	case r.Status == savedpage.Failed:
		fmt.Fprintf(t.w, "%s%s: %s\n", t.label(r), r.Dir, pageError(r.Result))
	case r.Status == savedpage.New:
		what := "no " + savedpage.ExpectedFile + " yet"
		if r.updated {
			what = "new page, expectations written"
		}
		fmt.Fprintf(t.w, "%s%s: %s\n", t.label(r), r.Dir, what)
	case r.Status == savedpage.Changed:
		fmt.Fprintf(t.w, "%s%s: %s\n", t.label(r), r.Dir, r.Summary())
		if !r.updated {
			t.w.WriteString(r.Diff(savedpage.DiffOptions{Color: t.cfg.color}))
			t.w.WriteString("\n")
		}
	default:
		fmt.Fprintf(t.w, "%s%s\n", t.label(r), r.Dir)
	}
	return t.w.Flush() // bufio.Writer keeps the first write error
}

func (t *textWriter) summary(s checkSummary) error {
	fmt.Fprintf(t.w, "%d pages: %d same, %d changed, %d new, %d failed", s.Pages, s.Same, s.Changed, s.New, s.Failed)
	if t.cfg.update {
		fmt.Fprintf(t.w, ", %d updated", s.Updated)
	}
	fmt.Fprintf(t.w, " (%.1fs)\n", s.Seconds)
	if !t.cfg.update && s.Changed+s.New > 0 {
		t.w.WriteString("Review the diffs, then accept the current output with\n" +
			"  pith check --update [flags] PAGE...     (or --update --all DIR for every page)\n")
	}
	return t.w.Flush()
}

// pageError is a failed page's error without the "saved page DIR: " that
// the line already says.
func pageError(r *savedpage.Result) string {
	var pe *savedpage.Error
	if errors.As(r.Err, &pe) && pe.Dir == r.Dir {
		return strings.TrimPrefix(pe.Err.Error(), "pith: ")
	}
	return r.Err.Error()
}

// jsonWriter prints one JSON object at the end: the summary's counts and a
// result per page.
type jsonWriter struct {
	w       io.Writer
	results []checkRecord
}

// checkRecord is a page in --format json. The field names are a stable
// interface: add fields, never rename or remove them.
type checkRecord struct {
	Page    string   `json:"page"`    // the page's folder
	ID      string   `json:"id"`      // the folder relative to the DIR given
	Status  string   `json:"status"`  // same, changed, new or failed
	Changed []string `json:"changed"` // "text" and the meta.json fields that changed; never null
	Diff    string   `json:"diff"`    // unified diff of a changed page, "" otherwise
	Updated bool     `json:"updated"` // the expectation was rewritten (--update)
	Error   *string  `json:"error"`   // null unless failed
}

func (j *jsonWriter) page(r *checked) error {
	rec := checkRecord{Page: r.Dir, ID: r.ID, Status: r.Status.String(), Changed: []string{}, Updated: r.updated}
	switch r.Status {
	case savedpage.Changed:
		if r.TextChanged {
			rec.Changed = append(rec.Changed, "text")
		}
		rec.Changed = append(rec.Changed, r.Fields...)
		rec.Diff = r.Diff(savedpage.DiffOptions{})
	case savedpage.Failed:
		msg := pageError(r.Result)
		rec.Error = &msg
	}
	j.results = append(j.results, rec)
	return nil
}

func (j *jsonWriter) summary(s checkSummary) error {
	out := struct {
		checkSummary
		Results []checkRecord `json:"results"`
	}{s, j.results}
	if out.Results == nil {
		out.Results = []checkRecord{}
	}
	enc := json.NewEncoder(j.w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

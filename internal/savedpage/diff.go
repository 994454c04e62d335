package savedpage

import (
	"path/filepath"
	"strings"

	"github.com/seed-d9e9b10c/pith/internal/textdiff"
)

// DiffOptions tunes Result.Diff.
type DiffOptions struct {
	// Color highlights the diff for a terminal (see textdiff.Options.Color).
	Color bool
	// MaxLines caps the lines of each file's diff (0: no cap).
	MaxLines int
}

// Diff describes how the output differs from a changed page's
// expectations: a unified diff of expected.txt against the text extracted,
// then one of meta.json's changed fields against their new values. It is
// "" unless the page changed.
func (r *Result) Diff(opts DiffOptions) string {
	if r.Status != Changed {
		return ""
	}
	var b strings.Builder
	if r.TextChanged {
		b.WriteString(textdiff.Unified(expectedText(r.Page.Expected), expectedText(r.Text), textdiff.Options{
			From:     filepath.Join(r.Dir, ExpectedFile),
			To:       "pith output",
			Color:    opts.Color,
			MaxLines: opts.MaxLines,
		}))
	}
	if len(r.Fields) > 0 {
		// Both sides in meta.json's canonical layout, so that only the
		// changed members differ, one line each.
		updated := r.UpdatedMeta()
		b.WriteString(textdiff.Unified(string(r.Page.Meta.Marshal()), string(updated.Marshal()), textdiff.Options{
			From:     filepath.Join(r.Dir, MetaFile),
			To:       "pith output",
			Context:  -1,
			Color:    opts.Color,
			MaxLines: opts.MaxLines,
		}))
	}
	return b.String()
}

// Summary names what changed: "text", then the changed fields, as
// "text, title, authors"; for other statuses, the status or the error.
func (r *Result) Summary() string {
	switch r.Status {
	case Changed:
		parts := r.Fields
		if r.TextChanged {
			parts = append([]string{"text"}, parts...)
		}
		return strings.Join(parts, ", ")
	case Failed:
		return r.Err.Error()
	}
	return r.Status.String()
}

package textdiff

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// Options tunes [Unified]. The zero value prints a plain diff with three
// lines of context and no headers.
type Options struct {
	// From and To label the two texts in the "---" and "+++" header lines;
	// no headers are printed when both are empty.
	From, To string
	// Context is the number of unchanged lines shown around each change;
	// zero means 3, a negative value none.
	Context int
	// MaxLines caps the lines of hunks printed (0: no cap); the rest is
	// summed up in a last line.
	MaxLines int
	// Color marks deletions red and insertions green with ANSI escape
	// sequences and highlights the words that changed within a paragraph.
	Color bool
}

// ANSI escape sequences used with Options.Color.
const (
	ansiBold    = "\x1b[1m"
	ansiCyan    = "\x1b[36m"
	ansiRed     = "\x1b[31m"
	ansiGreen   = "\x1b[32m"
	ansiReverse = "\x1b[7m"
	ansiNoRev   = "\x1b[27m"
	ansiReset   = "\x1b[0m"
)

// Unified returns the unified diff turning text a into text b, or "" when
// they are equal. Both texts are split at "\n"; a final "\n" ends the last
// line rather than starting an empty one.
func Unified(a, b string, opts Options) string {
	if a == b {
		return ""
	}
	la, lb := Lines(a), Lines(b)
	edits := Diff(la, lb)
	ctx := opts.Context
	switch {
	case ctx == 0:
		ctx = 3
	case ctx < 0:
		ctx = 0
	}

	w := &writer{opts: opts}
	if opts.From != "" || opts.To != "" {
		w.line(ansiBold, "--- "+opts.From)
		w.line(ansiBold, "+++ "+opts.To)
	}
	for _, h := range hunks(edits, ctx) {
		if w.full() {
			break
		}
		w.hunk(edits[h.start:h.end], la, lb)
	}
	if w.skipped > 0 {
		fmt.Fprintf(&w.b, "[... %d more lines of diff not shown]\n", w.skipped)
	}
	return w.b.String()
}

// Lines splits s into lines at "\n". A final "\n" ends the last line; ""
// has no lines.
func Lines(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}

// span is a hunk: edits[start:end].
type span struct{ start, end int }

// hunks groups the changes of edits with ctx lines of context around each,
// merging groups whose context would touch or overlap.
func hunks(edits []Edit, ctx int) []span {
	var out []span
	for i := 0; i < len(edits); {
		if edits[i].Kind == Equal {
			i++
			continue
		}
		start := max(0, i-ctx)
		end := i
		for end < len(edits) {
			if edits[end].Kind != Equal {
				end++
				continue
			}
			run := end // a run of equal lines: end of hunk if longer than 2*ctx
			for run < len(edits) && edits[run].Kind == Equal {
				run++
			}
			if run == len(edits) || run-end > 2*ctx {
				end = min(end+ctx, len(edits))
				break
			}
			end = run
		}
		if n := len(out); n > 0 && out[n-1].end >= start {
			out[n-1].end = end
		} else {
			out = append(out, span{start, end})
		}
		i = end
	}
	return out
}

// writer accumulates a diff's lines, up to opts.MaxLines of hunk bodies.
type writer struct {
	b       strings.Builder
	opts    Options
	body    int // hunk lines written
	skipped int // hunk lines not written
}

func (w *writer) full() bool { return w.opts.MaxLines > 0 && w.body >= w.opts.MaxLines }

// line writes s, in color when coloring is on.
func (w *writer) line(color, s string) {
	if w.opts.Color && color != "" {
		w.b.WriteString(color + s + ansiReset + "\n")
		return
	}
	w.b.WriteString(s + "\n")
}

// bodyLine writes a line of a hunk unless the cap is reached.
func (w *writer) bodyLine(color, s string) {
	if w.full() {
		w.skipped++
		return
	}
	w.body++
	w.line(color, s)
}

// hunk writes one hunk: its header, then its lines, with the deletions of
// each change before its insertions.
func (w *writer) hunk(edits []Edit, a, b []string) {
	first := edits[0]
	var na, nb int
	for _, e := range edits {
		if e.Kind != Insert {
			na++
		}
		if e.Kind != Delete {
			nb++
		}
	}
	w.line(ansiCyan, fmt.Sprintf("@@ -%s +%s @@", rangeOf(first.A, na), rangeOf(first.B, nb)))
	for i := 0; i < len(edits); {
		if edits[i].Kind == Equal {
			w.bodyLine("", " "+a[edits[i].A])
			i++
			continue
		}
		var del, ins []string
		for ; i < len(edits) && edits[i].Kind != Equal; i++ {
			if edits[i].Kind == Delete {
				del = append(del, a[edits[i].A])
			} else {
				ins = append(ins, b[edits[i].B])
			}
		}
		w.change(del, ins)
	}
}

// change writes the deleted then the inserted lines of one change. Lines
// paired by position that differ only in characters a reader cannot see
// are quoted, escapes showing the difference; in color, other pairs that
// are versions of the same paragraph get their changed words highlighted.
func (w *writer) change(del, ins []string) {
	delOut := make([]string, len(del))
	insOut := make([]string, len(ins))
	for i, l := range del {
		delOut[i] = "-" + l
	}
	for i, l := range ins {
		insOut[i] = "+" + l
	}
	for i := range min(len(del), len(ins)) {
		if invisibleChange(del[i], ins[i]) {
			delOut[i], insOut[i] = "-"+strconv.Quote(del[i]), "+"+strconv.Quote(ins[i])
		} else if w.opts.Color {
			if d, n, ok := highlight(del[i], ins[i]); ok {
				delOut[i], insOut[i] = "-"+d, "+"+n
			}
		}
	}
	for _, l := range delOut {
		w.bodyLine(ansiRed, l)
	}
	for _, l := range insOut {
		w.bodyLine(ansiGreen, l)
	}
}

// rangeOf formats a hunk's range as diff -u does: "start,count", "start"
// when count is 1, and the line before with count 0 for an empty range.
func rangeOf(start, count int) string {
	switch count {
	case 0:
		return fmt.Sprintf("%d,0", start)
	case 1:
		return fmt.Sprint(start + 1)
	}
	return fmt.Sprintf("%d,%d", start+1, count)
}

// invisibleChange reports whether two different lines look the same: they
// differ only in the kind or number of white-space characters (no-break
// spaces, tabs, doubled or trailing spaces) or in characters that print
// nothing (zero-width spaces, control characters).
func invisibleChange(a, b string) bool {
	return a != b && looks(a) == looks(b)
}

// looks is what a reader sees of s: runs of white space as one space,
// without the space at either end or the characters that print nothing.
func looks(s string) string {
	s = strings.Map(func(r rune) rune {
		if !unicode.IsPrint(r) && !unicode.IsSpace(r) {
			return -1 // drop it
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

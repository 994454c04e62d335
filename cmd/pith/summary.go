package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"net"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/seed-d9e9b10c/pith/extractor"
	"github.com/seed-d9e9b10c/pith/fetch"
)

// tally counts what became of a batch's sources, for the summary line.
type tally struct {
	start   time.Time
	total   int // sources expected; 0 if unknown (a WARC stream)
	done    int
	failed  map[string]int // by reason
	skipped int            // WARC records that are not HTML pages
}

func newTally(total int) *tally {
	return &tally{start: time.Now(), total: total, failed: map[string]int{}}
}

// add counts one result.
func (t *tally) add(r *result) {
	if r.err != nil {
		t.failed[reason(r.err)]++
		return
	}
	t.done++
}

func (t *tally) nfailed() int {
	n := 0
	for _, c := range t.failed {
		n += c
	}
	return n
}

// write prints the summary line, such as
//
//	pith: 1998 done, 2 failed (1 HTTP 404, 1 timeout) of 2000 in 9.81s: 203.9 pages/s
//
// with "interrupted: " in front and how many sources were not reached when
// the batch was cut short.
func (t *tally) write(w io.Writer, interrupted bool) {
	elapsed := time.Since(t.start)
	var b strings.Builder
	b.WriteString("pith: ")
	if interrupted {
		b.WriteString("interrupted: ")
	}
	fmt.Fprintf(&b, "%d done, %d failed", t.done, t.nfailed())
	if len(t.failed) > 0 {
		reasons := slices.SortedFunc(maps.Keys(t.failed), func(a, b string) int {
			return cmp.Or(cmp.Compare(t.failed[b], t.failed[a]), cmp.Compare(a, b))
		})
		b.WriteString(" (")
		for i, r := range reasons {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%d %s", t.failed[r], r)
		}
		b.WriteString(")")
	}
	if t.skipped > 0 {
		fmt.Fprintf(&b, ", %d records skipped (not an HTML page)", t.skipped)
	}
	finished := t.done + t.nfailed()
	if t.total > 0 {
		fmt.Fprintf(&b, " of %d", t.total)
		if left := t.total - finished; left > 0 {
			fmt.Fprintf(&b, ", %d not reached", left)
		}
	}
	rate := 0.0
	if s := elapsed.Seconds(); s > 0 {
		rate = float64(finished) / s
	}
	precision := 10 * time.Millisecond
	if elapsed < time.Second {
		precision = time.Millisecond
	}
	fmt.Fprintf(&b, " in %s: %.1f pages/s\n", elapsed.Round(precision), rate)
	io.WriteString(w, b.String())
}

// reason sorts a failure into a few kinds for the summary.
func reason(err error) string {
	var se *fetch.StatusError
	var ie *extractor.InternalError
	var dns *net.DNSError
	var ne net.Error
	switch {
	case errors.As(err, &se):
		return fmt.Sprintf("HTTP %d", se.Code)
	case errors.Is(err, context.DeadlineExceeded):
		return "timeout"
	case errors.Is(err, context.Canceled):
		return "canceled"
	case errors.Is(err, fetch.ErrNotHTML), errors.Is(err, extractor.ErrNotHTML):
		return "not HTML"
	case errors.Is(err, fetch.ErrTooLarge), errors.Is(err, extractor.ErrTooLarge):
		return "too large"
	case errors.Is(err, extractor.ErrNoContent):
		return "no content"
	case errors.Is(err, fetch.ErrDisallowed):
		return "robots.txt"
	case errors.Is(err, fetch.ErrBlockedAddress):
		return "blocked address"
	case errors.Is(err, fetch.ErrTooManyRedirects), errors.Is(err, fetch.ErrRedirectLoop):
		return "redirects"
	case errors.Is(err, fetch.ErrUnsupportedScheme):
		return "not http(s)"
	case errors.Is(err, fs.ErrNotExist):
		return "no such file"
	case errors.As(err, &ie):
		return "internal error"
	case errors.As(err, &dns):
		return "DNS"
	case errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET), errors.Is(err, io.ErrUnexpectedEOF), errors.As(err, &ne):
		return "network"
	}
	return "other"
}

// emitResult returns a batch's emit step: count the result, report a
// failure on stderr above the progress bar, print the result and advance
// the bar.
func emitResult(t *tally, bar *progress, out *printer, stderr io.Writer) func(*result) error {
	return func(r *result) error {
		t.add(r)
		if r.err != nil {
			bar.println(stderr, fmt.Sprintf("pith: %s: %s", r.source, message(r)))
		}
		if err := out.print(r); err != nil {
			return fmt.Errorf("writing output: %w", err)
		}
		bar.add()
		return nil
	}
}

package main

import (
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress is the progress bar of a batch on standard error: count, rate
// and time left. It is shown only when standard error is a terminal, so
// that logs and pipes get clean lines; a nil *progress does nothing. Its
// methods are called from one goroutine, the one that prints the results.
type progress struct {
	w   io.Writer
	bar *progressbar.ProgressBar
}

// newProgress returns a progress bar for total sources (-1 if unknown) on
// stderr, or nil when stderr is not a terminal or quiet is set.
func newProgress(stderr io.Writer, total int, quiet bool) *progress {
	if quiet || !isTerminalFile(stderr) || os.Getenv("TERM") == "dumb" {
		return nil
	}
	bar := progressbar.NewOptions(total,
		progressbar.OptionSetWriter(stderr),
		progressbar.OptionSetDescription("pith"),
		progressbar.OptionSetWidth(30),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("pages"),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSetSpinnerChangeInterval(0), // no goroutine of its own
		progressbar.OptionClearOnFinish(),
		progressbar.OptionUseANSICodes(true),
	)
	return &progress{w: stderr, bar: bar}
}

// add counts a finished source.
func (p *progress) add() {
	if p != nil {
		_ = p.bar.Add(1)
	}
}

// println writes a line of diagnostics above the bar.
func (p *progress) println(w io.Writer, line string) {
	if p == nil {
		io.WriteString(w, line+"\n")
		return
	}
	_ = p.bar.Clear()
	io.WriteString(p.w, line+"\n")
	_ = p.bar.RenderBlank()
}

// finish removes the bar, before the summary is printed.
func (p *progress) finish() {
	if p != nil {
		_ = p.bar.Clear()
		_ = p.bar.Exit()
	}
}

// isTerminalFile reports whether w is a terminal.
func isTerminalFile(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

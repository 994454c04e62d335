package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/seed-d9e9b10c/pith/internal/savedpage"
)

const checkUsage = `usage: pith check [flags] DIR...

Extracts every saved page at or below each DIR (a folder with source.html,
expected.txt and an optional meta.json, as "pith save" writes) and compares
the output with the page's expectations. Prints each changed page with a
unified diff of its text and of the meta.json fields that changed, then a
summary: pages the same, changed, new (no expected.txt yet) and failed.

Extract with the flags the expectations were written with (--comments,
--no-fallback). After reviewing a change, accept it with --update:
  pith check --update DIR/page1 DIR/page2   those pages (each DIR a page folder)
  pith check --update --all DIR             every page below DIR

Exit status: 0 when no page changed or failed (new pages do not fail),
1 when one did or a DIR holds no page, 2 on a usage error.

Flags (before or after the DIRs):
`

// checkConfig is the parsed command line of "pith check".
type checkConfig struct {
	dirs       []string
	update     bool
	all        bool
	format     string
	color      bool
	verbose    bool
	jobs       int
	comments   bool
	noFallback bool
}

// runCheck runs "pith check ARGS" and returns the exit status.
func runCheck(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	cfg, err := parseCheckArgs(args, stdout, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		if !errors.Is(err, errReported) {
			fmt.Fprintf(stderr, "pith check: %v\nusage: pith check [flags] DIR... (see pith check -h)\n", err)
		}
		return 2
	}

	start := time.Now()
	refs, ok := findPages(cfg.dirs, stderr)
	ctx, cancel := context.WithCancel(ctx)
	results, wait := checkPages(ctx, cfg, refs)
	defer func() { cancel(); wait() }() // no worker outlives runCheck

	var out checkWriter = newTextWriter(stdout, cfg)
	if cfg.format == "json" {
		out = &jsonWriter{w: stdout}
	}
	var sum checkSummary
	for _, ch := range results {
		var r *checked
		select {
		case r = <-ch:
		case <-ctx.Done():
		}
		if ctx.Err() != nil { // even with a result at hand: stop at once
			fmt.Fprintf(stderr, "pith check: %v\n", context.Cause(ctx))
			return 1
		}
		sum.add(r)
		if err := out.page(r); err != nil {
			fmt.Fprintf(stderr, "pith check: writing output: %v\n", err)
			return 1
		}
	}
	sum.Seconds = math.Round(time.Since(start).Seconds()*1000) / 1000
	if err := out.summary(sum); err != nil {
		fmt.Fprintf(stderr, "pith check: writing output: %v\n", err)
		return 1
	}
	if !ok || sum.Failed > 0 || (sum.Changed > 0 && !cfg.update) {
		return 1
	}
	return 0
}

// subcommandFlags returns the flag set of a subcommand: errors go to
// stderr; -h prints usage, then the flags' defaults, on stdout.
func subcommandFlags(name, usage string, stdout, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fs.SetOutput(stdout)
		fmt.Fprint(stdout, usage)
		fs.PrintDefaults()
	}
	return fs
}

// errReported is a usage error the flag package has already printed.
var errReported = errors.New("usage error reported")

func parseCheckArgs(args []string, stdout, stderr io.Writer) (*checkConfig, error) {
	cfg := &checkConfig{}
	fs := subcommandFlags("pith check", checkUsage, stdout, stderr)
	fs.BoolVar(&cfg.update, "update", false, "write the current output as the expectation of the pages named")
	fs.BoolVar(&cfg.all, "all", false, "with --update: update every page below the DIRs")
	fs.StringVar(&cfg.format, "format", "text", "output `FORMAT`: text, or json (one object, for CI systems)")
	color := fs.String("color", "auto", "highlight diffs `WHEN`: auto (when standard output is a terminal and NO_COLOR is unset), always or never")
	fs.BoolVar(&cfg.verbose, "v", false, "list the pages that are the same too")
	fs.IntVar(&cfg.jobs, "j", runtime.NumCPU(), "check `N` pages at once")
	fs.BoolVar(&cfg.comments, "comments", false, "keep reader comments below the article")
	fs.BoolVar(&cfg.noFallback, "no-fallback", false, "never use the go-readability second opinion")

	dirs, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, err
		}
		return nil, errReported
	}
	cfg.dirs = dirs
	switch {
	case len(dirs) == 0:
		return nil, errors.New("no DIR to check")
	case cfg.format != "text" && cfg.format != "json":
		return nil, fmt.Errorf("unknown format %q (want text or json)", cfg.format)
	case cfg.jobs < 1:
		return nil, errors.New("-j must be at least 1")
	case cfg.all && !cfg.update:
		return nil, errors.New("--all goes with --update")
	}
	switch *color {
	case "auto":
		cfg.color = isTerminal(stdout) && os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != "dumb"
	case "always":
		cfg.color = true
	case "never":
	default:
		return nil, fmt.Errorf("--color %q: want auto, always or never", *color)
	}
	if cfg.update && !cfg.all {
		for _, d := range dirs {
			if !savedpage.IsPage(d) {
				return nil, fmt.Errorf("--update: %s is not a page folder (no %s); name the pages to update, or add --all to update every page below it",
					d, savedpage.SourceFile)
			}
		}
	}
	return cfg, nil
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// findPages lists the pages below every DIR, each once, in the order of the
// DIRs. It reports a DIR that cannot be read or holds no page on stderr
// and returns ok false.
func findPages(dirs []string, stderr io.Writer) (refs []savedpage.Ref, ok bool) {
	ok = true
	seen := map[string]bool{}
	for _, d := range dirs {
		found, err := savedpage.Find(d)
		if err == nil && len(found) == 0 {
			err = fmt.Errorf("no saved pages (folders with %s) in %s", savedpage.SourceFile, d)
		}
		if err != nil {
			fmt.Fprintf(stderr, "pith check: %v\n", err)
			ok = false
			continue
		}
		for _, r := range found {
			if key := filepath.Clean(r.Dir); !seen[key] {
				seen[key] = true
				refs = append(refs, r)
			}
		}
	}
	return refs, ok
}

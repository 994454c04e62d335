package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/seed-d9e9b10c/pith/extractor"
)

// version is pith's version; release builds set it with
// -ldflags "-X main.version=v1.2.3". When empty, the module version recorded
// by "go install" is used, else "devel".
var version = ""

// config is the parsed command line.
type config struct {
	format   string
	jobs     int
	pageURL  *url.URL      // --url; nil if not given
	timeout  time.Duration // per source; 0 means none
	opts     extractor.Options
	sources  []string
	fromFile string
}

// run is pith's main function, separated from main for testing. It returns
// the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "eval":
			return runEval(ctx, args[1:], stdout, stderr)
		case "check":
			return runCheck(ctx, args[1:], stdout, stderr)
		case "save":
			return runSave(ctx, args[1:], stdout, stderr)
		case "warc":
			return runWARC(ctx, args[1:], stdout, stderr)
		case "explain":
			return runExplain(ctx, args[1:], stdout, stderr)
		case "help":
			io.WriteString(stdout, usage)
			return 0
		}
	}

	cfg, err := parseArgs(args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		io.WriteString(stdout, usage)
		return 0
	case errors.Is(err, errVersion):
		fmt.Fprintln(stdout, "pith", versionString())
		return 0
	case err != nil:
		usageError(stderr, err)
		return 2
	}

	if cfg.fromFile != "" {
		list, err := readList(cfg.fromFile, stdin)
		if err != nil {
			fmt.Fprintf(stderr, "pith: %s: %v\n", cfg.fromFile, err)
			return 1
		}
		cfg.sources = append(cfg.sources, list...)
	}
	if err := checkSources(cfg); err != nil {
		usageError(stderr, err)
		return 2
	}
	return process(ctx, cfg, stdin, stdout, stderr)
}

// usageError reports a command-line error.
func usageError(stderr io.Writer, err error) {
	fmt.Fprintf(stderr, "pith: %v\nRun \"pith help\" for usage.\n", err)
}

// errVersion is returned by parseArgs for --version.
var errVersion = errors.New("version requested")

// parseArgs parses the flags, which may be interspersed with sources.
func parseArgs(args []string) (*config, error) {
	cfg := &config{}
	fs := flag.NewFlagSet("pith", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // run prints the usage itself
	fs.StringVar(&cfg.format, "format", "text", "")
	fs.StringVar(&cfg.fromFile, "from-file", "", "")
	fs.IntVar(&cfg.jobs, "j", runtime.NumCPU(), "")
	rawURL := fs.String("url", "", "")
	fs.DurationVar(&cfg.timeout, "timeout", 30*time.Second, "")
	fs.BoolVar(&cfg.opts.IncludeComments, "comments", false, "")
	fs.BoolVar(&cfg.opts.NoFallback, "no-fallback", false, "")
	showVersion := fs.Bool("version", false, "")

	// The flag package stops at the first non-flag argument; resume after
	// each source so that "pith page.html --format json" works, until "--".
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			cfg.sources = append(cfg.sources, rest...)
			break
		}
		cfg.sources = append(cfg.sources, rest[0])
		args = rest[1:]
	}

	if *showVersion {
		return nil, errVersion
	}
	switch cfg.format {
	case "text", "markdown", "html", "json":
	default:
		return nil, fmt.Errorf("unknown format %q (want text, markdown, html or json)", cfg.format)
	}
	if cfg.jobs < 1 {
		return nil, errors.New("-j must be at least 1")
	}
	if cfg.timeout < 0 {
		return nil, errors.New("--timeout must not be negative")
	}
	if *rawURL != "" {
		u, err := url.Parse(*rawURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, fmt.Errorf("--url %q is not an absolute http or https URL", *rawURL)
		}
		cfg.pageURL = u
	}
	return cfg, nil
}

// checkSources reports a missing source or a second use of standard input.
func checkSources(cfg *config) error {
	if len(cfg.sources) == 0 {
		return errors.New("no sources")
	}
	stdinUses := 0
	if cfg.fromFile == "-" {
		stdinUses++
	}
	for _, s := range cfg.sources {
		if s == "-" {
			stdinUses++
		}
	}
	if stdinUses > 1 {
		return errors.New("standard input (-) can be used only once")
	}
	return nil
}

// process extracts every source with cfg.jobs workers and prints the
// results in input order. Workers run at most a window of sources ahead of
// the printer, so a slow source does not make results pile up in memory.
func process(ctx context.Context, cfg *config, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	n := len(cfg.sources)
	done := make([]chan *result, n)
	for i := range done {
		done[i] = make(chan *result, 1)
	}
	window := make(chan struct{}, 4*cfg.jobs)
	jobs := make(chan int)

	var wg sync.WaitGroup
	wg.Go(func() { // feeder
		defer close(jobs)
		for i := range n {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	})
	for range min(cfg.jobs, n) {
		wg.Go(func() {
			for i := range jobs {
				done[i] <- handle(ctx, cfg, cfg.sources[i], stdin)
			}
		})
	}
	defer wg.Wait() // after cancel, so that nothing leaks past run

	out := newPrinter(stdout, cfg)
	failed := false
	for i := range n {
		var r *result
		select {
		case r = <-done[i]:
		case <-ctx.Done():
			fmt.Fprintf(stderr, "pith: %v\n", context.Cause(ctx))
			return 1
		}
		<-window
		if r.err != nil {
			failed = true
			fmt.Fprintf(stderr, "pith: %s: %s\n", r.source, message(r))
		}
		if err := out.print(r); err != nil {
			fmt.Fprintf(stderr, "pith: writing output: %v\n", err)
			return 1
		}
	}
	if failed {
		return 1
	}
	return 0
}

// message is r's error message without what the diagnostic line already
// says: the "pith: " prefix of the extractor's sentinel errors and the
// "GET SOURCE: " prefix of fetch errors for the source's own URL (a
// redirect target is kept).
func message(r *result) string {
	msg := strings.TrimPrefix(r.err.Error(), "pith: ")
	return strings.TrimPrefix(msg, "GET "+r.source+": ")
}

func versionString() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}

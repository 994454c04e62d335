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
	"time"

	"github.com/seed-d9e9b10c/pith/extractor"
	"github.com/seed-d9e9b10c/pith/fetch"
)

// version is pith's version; release builds set it with
// -ldflags "-X main.version=v1.2.3". When empty, the module version recorded
// by "go install" is used, else "devel".
var version = ""

// config is the parsed command line.
type config struct {
	format      string
	jobs        int
	pageURL     *url.URL      // --url; nil if not given
	timeout     time.Duration // per file, or per attempt at a URL; 0 means none
	opts        extractor.Options
	fetch       fetch.Options // how URLs are fetched
	client      *fetch.Client // made from fetch by run
	sources     []string
	fromFile    string
	unordered   bool // print results as they finish
	quiet       bool // no progress bar, no summary
	frontMatter bool // --front-matter: a YAML metadata block above Markdown output
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
			return runWARC(ctx, args[1:], stdin, stdout, stderr)
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
	cfg.client = &fetch.Client{Options: cfg.fetch}
	defer cfg.client.CloseIdleConnections()
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
	fs.BoolVar(&cfg.frontMatter, "front-matter", false, "")
	favor := fs.String("favor", "", "")
	fs.BoolVar(&cfg.opts.KeepCaptions, "captions", false, "")
	fs.BoolVar(&cfg.opts.DropTables, "no-tables", false, "")
	fs.BoolVar(&cfg.opts.DropLinks, "no-links", false, "")
	showVersion := fs.Bool("version", false, "")
	fs.BoolVar(&cfg.unordered, "unordered", false, "")
	fs.BoolVar(&cfg.quiet, "q", false, "")
	fs.BoolVar(&cfg.quiet, "quiet", false, "")
	fs.IntVar(&cfg.fetch.PerHost, "per-host", fetch.DefaultPerHost, "")
	fs.DurationVar(&cfg.fetch.HostDelay, "delay", 0, "")
	fs.IntVar(&cfg.fetch.Retries, "retries", fetch.DefaultRetries, "")
	fs.BoolVar(&cfg.fetch.RespectRobots, "respect-robots", false, "")
	fs.StringVar(&cfg.fetch.UserAgent, "user-agent", "", "")

	sources, err := parseOperands(fs, args)
	if err != nil {
		return nil, err
	}
	cfg.sources = sources
	if *showVersion {
		return nil, errVersion
	}
	if err := checkFormat(cfg.format); err != nil {
		return nil, err
	}
	switch f := extractor.Favor(*favor); f {
	case extractor.FavorBalanced, extractor.FavorPrecision, extractor.FavorRecall:
		cfg.opts.Favor = f
	default:
		return nil, fmt.Errorf("--favor %q: want precision or recall", *favor)
	}
	if cfg.jobs < 1 {
		return nil, errors.New("-j must be at least 1")
	}
	if cfg.timeout < 0 {
		return nil, errors.New("--timeout must not be negative")
	}
	if err := fetchOptions(cfg); err != nil {
		return nil, err
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

// parseOperands parses flags that may come before and after the
// operands and returns the operands. The flag package stops at the first
// operand; parsing resumes after each one, so that "pith page.html --format
// json" works, until "--".
func parseOperands(fs *flag.FlagSet, args []string) ([]string, error) {
	var operands []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return operands, nil
		}
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(operands, rest...), nil
		}
		operands = append(operands, rest[0])
		args = rest[1:]
	}
}

// checkFormat reports an unknown --format.
func checkFormat(format string) error {
	switch format {
	case "text", "markdown", "html", "json":
		return nil
	}
	return fmt.Errorf("unknown format %q (want text, markdown, html or json)", format)
}

// fetchOptions checks the fetching flags and completes cfg.fetch with the
// limits that other flags set.
func fetchOptions(cfg *config) error {
	f := &cfg.fetch
	switch {
	case f.PerHost < 1:
		return errors.New("--per-host must be at least 1")
	case f.HostDelay < 0:
		return errors.New("--delay must not be negative")
	case f.Retries < 0:
		return errors.New("--retries must not be negative")
	}
	if f.Retries == 0 {
		f.Retries = -1 // fetch's zero is its default
	}
	f.Timeout = cfg.timeout
	if f.Timeout == 0 {
		f.Timeout = -1 // none
	}
	f.MaxBytes = maxBytes(cfg.opts)
	return nil
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
// results, in input order or, with --unordered, as they finish (see batch).
// With more than one source it shows a progress bar on a terminal and
// ends with a summary on standard error.
func process(ctx context.Context, cfg *config, stdin io.Reader, stdout, stderr io.Writer) int {
	n := len(cfg.sources)
	many := n > 1
	bar := newProgress(stderr, n, cfg.quiet || !many)
	tally := newTally(n)
	out := newPrinter(stdout, cfg)
	b := &batch[string]{
		jobs:      min(cfg.jobs, n),
		unordered: cfg.unordered,
		work: func(ctx context.Context, source string) *result {
			return handle(ctx, cfg, source, stdin)
		},
		emit: emitResult(tally, bar, out, stderr),
	}
	err := b.run(ctx, func(yield func(string) bool) error {
		for _, s := range cfg.sources {
			if !yield(s) {
				break
			}
		}
		return nil
	})
	bar.finish()
	return finish(ctx, err, tally, many && !cfg.quiet, stderr)
}

// finish reports how a batch ended and returns the exit status: the error
// that stopped it, an interruption, then the summary if asked for.
func finish(ctx context.Context, err error, t *tally, summary bool, stderr io.Writer) int {
	interrupted := err == nil && ctx.Err() != nil
	switch {
	case err != nil:
		fmt.Fprintf(stderr, "pith: %v\n", err)
	case interrupted:
		fmt.Fprintf(stderr, "pith: %v\n", context.Cause(ctx))
	}
	if summary {
		t.write(stderr, interrupted)
	}
	if err != nil || interrupted || t.nfailed() > 0 {
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

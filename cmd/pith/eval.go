package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"

	"github.com/seed-d9e9b10c/pith/eval"
	"github.com/seed-d9e9b10c/pith/extractor"
)

const evalUsage = `usage: pith eval [flags] PATH

Scores pith's extraction on the corpus at PATH, whose layout is recognised
from its files:
  ScrapingHub benchmark   PATH/html/<id>.html.gz, PATH/ground-truth.json
  WCXB                    PATH/html/NNNN.html.gz, PATH/ground-truth/NNNN.json
  Readability test pages  PATH/pages/<name>/{source.html,expected.html,expected-metadata.json}
  saved pages             PATH/<name>/{source.html,expected.txt[,meta.json]},
                          at any depth, or PATH itself a page folder

Prints a table (or, with -json, one JSON object) whose last rows are the
main figures. Exit status: 0 ok, 1 a floor failed or the evaluation could
not run, 2 bad usage.

Flags (before or after PATH):
`

// runEval runs "pith eval ARGS", writing the report to stdout and
// diagnostics to stderr, and returns the exit status.
func runEval(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := subcommandFlags("pith eval", evalUsage, stdout, stderr)
	workers := fs.Int("j", runtime.NumCPU(), "extract `N` pages at once")
	baselines := fs.String("baseline", "", "also score the baselines `NAMES`, comma-separated ("+
		strings.Join(eval.BaselineNames(), ", ")+")")
	worst := fs.Int("worst", 0, "list pith's `N` lowest-F1 pages with their longest missed and extra passages")
	asJSON := fs.Bool("json", false, "print the report as one JSON object")
	floorsPath := fs.String("floors", "", "check pith's row against the floors in JSON `FILE`; exit 1 if one fails")
	pageType := fs.String("type", "", "score only the pages of `TYPE` (WCXB: article, forum, product, …)")
	limit := fs.Int("limit", 0, "score only the first `N` pages (after -type)")
	noFallback := fs.Bool("no-fallback", false, "disable pith's go-readability second opinion")
	verbose := fs.Bool("v", false, "log every extraction error to stderr, not only panics")
	pagesPath := fs.String("pages", "", "also write one JSON line per page and extractor to `FILE`: its scores,\n"+
		"snippets found, metadata matches, page type, fallback and error, to compare two runs page by page")
	by := fs.String("by", "", "also break the main metric down by `KEY`: lang (the page's declared language,\n"+
		"else the extracted one, else one detected from the truth text)")

	paths, err := parseInterspersed(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		return 2
	}
	if len(paths) != 1 {
		fmt.Fprintf(stderr, "pith eval: want one corpus PATH, got %d\nusage: pith eval [flags] PATH (see pith eval -h)\n", len(paths))
		return 2
	}
	if *workers < 1 || *limit < 0 || *worst < 0 {
		fmt.Fprintln(stderr, "pith eval: -j must be at least 1, -limit and -worst at least 0")
		return 2
	}
	if *by != "" && *by != "lang" {
		fmt.Fprintf(stderr, "pith eval: -by %q: the only breakdown key is lang (page types are always shown)\n", *by)
		return 2
	}

	extractors := []eval.Extractor{eval.Pith{Options: extractor.Options{NoFallback: *noFallback}}}
	for name := range strings.SplitSeq(*baselines, ",") {
		if name = strings.TrimSpace(name); name == "" {
			continue
		}
		b, err := eval.Baseline(name)
		if err != nil {
			fmt.Fprintf(stderr, "pith eval: -baseline: %v\n", err)
			return 2
		}
		extractors = append(extractors, b)
	}
	var floors *eval.Floors
	if *floorsPath != "" {
		if floors, err = eval.ReadFloors(*floorsPath); err != nil {
			fmt.Fprintf(stderr, "pith eval: %v\n", err)
			return 2
		}
	}

	corpus, err := eval.Open(paths[0])
	if err != nil {
		fmt.Fprintf(stderr, "pith eval: %v\n", err)
		return 1
	}
	if corpus, err = corpus.Select(*pageType, *limit); err != nil {
		fmt.Fprintf(stderr, "pith eval: %v\n", err)
		return 2
	}
	opts := eval.Options{
		Workers: *workers,
		Worst:   *worst,
		Log:     stderr,
		Verbose: *verbose,
		ByLang:  *by == "lang",
	}
	var pages *pageWriter
	if *pagesPath != "" {
		if pages, err = createPageWriter(*pagesPath); err != nil {
			fmt.Fprintf(stderr, "pith eval: %v\n", err)
			return 2
		}
		opts.Pages = pages.w
	}
	report, err := eval.Run(ctx, corpus, extractors, opts)
	if pages != nil {
		if cerr := pages.close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "pith eval: %v\n", err)
		return 1
	}
	if *asJSON {
		err = report.WriteJSON(stdout)
	} else {
		err = report.WriteText(stdout)
	}
	if err != nil {
		fmt.Fprintf(stderr, "pith eval: write report: %v\n", err)
		return 1
	}

	pith := report.Rows[0]
	if floors == nil {
		if pith.Panics > 0 {
			fmt.Fprintf(stderr, "pith eval: pith panicked on %d pages (stacks above)\n", pith.Panics)
		}
		return 0
	}
	fails := floors.Check(pith)
	for _, f := range fails {
		fmt.Fprintf(stderr, "FAIL floor %s\n", f)
	}
	if len(fails) > 0 {
		fmt.Fprintf(stderr, "pith eval: %d floors of %s failed\n", len(fails), *floorsPath)
		return 1
	}
	return 0
}

// parseInterspersed parses flags placed before, between or after the
// positional arguments, which it returns.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return positional, nil
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
}

// pageWriter is the buffered file -pages writes to.
type pageWriter struct {
	f *os.File
	w *bufio.Writer
}

func createPageWriter(path string) (*pageWriter, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	return &pageWriter{f: f, w: bufio.NewWriter(f)}, nil
}

// close flushes and closes the file, reporting the first error.
func (p *pageWriter) close() error {
	err := p.w.Flush()
	if cerr := p.f.Close(); err == nil {
		err = cerr
	}
	return err
}

package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"

	"github.com/seed-d9e9b10c/pith/extractor"
)

const explainUsage = `usage: pith explain [flags] FILE

Extracts the saved page FILE (or - for standard input) and shows how it was
read: the page type, the best-scoring containers, the one selected, and for
every block of text whether it was kept or, if dropped, why.

Flags:
`

// runExplain is "pith explain": the diagnostics for tuning a heuristic on
// one page.
func runExplain(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := subcommandFlags("pith explain", explainUsage, stdout, stderr)
	htmlOut := fs.String("html", "", "also write an annotated HTML view to `FILE`")
	pageURL := fs.String("url", "", "the page's `URL`")
	comments := fs.Bool("comments", false, "keep reader comments")
	noFallback := fs.Bool("no-fallback", false, "never use the go-readability second opinion")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	var u *url.URL
	if *pageURL != "" {
		var err error
		if u, err = url.Parse(*pageURL); err != nil || !u.IsAbs() {
			fmt.Fprintf(stderr, "pith explain: bad --url %q\n", *pageURL)
			return 2
		}
	}
	src := fs.Arg(0)
	in := io.Reader(os.Stdin)
	if src != "-" {
		f, err := os.Open(src)
		if err != nil {
			fmt.Fprintf(stderr, "pith explain: %v\n", err)
			return 1
		}
		defer f.Close()
		in = f
	}
	opts := extractor.Options{IncludeComments: *comments, NoFallback: *noFallback}
	e, err := extractor.Explain(in, u, opts)
	if e == nil {
		fmt.Fprintf(stderr, "pith explain: %s: %v\n", src, err)
		return 1
	}
	if err != nil {
		fmt.Fprintf(stderr, "pith explain: %s: %v\n", src, err)
	}
	if werr := e.WriteText(stdout); werr != nil {
		fmt.Fprintf(stderr, "pith explain: %v\n", werr)
		return 1
	}
	if *htmlOut != "" {
		f, err := os.Create(*htmlOut)
		if err != nil {
			fmt.Fprintf(stderr, "pith explain: %v\n", err)
			return 1
		}
		werr := e.WriteHTML(f)
		if cerr := f.Close(); werr == nil {
			werr = cerr
		}
		if werr != nil {
			fmt.Fprintf(stderr, "pith explain: %v\n", werr)
			return 1
		}
	}
	return 0
}

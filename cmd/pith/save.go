package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/seed-d9e9b10c/pith/extractor"
	"github.com/seed-d9e9b10c/pith/fetch"
	"github.com/seed-d9e9b10c/pith/internal/savedpage"
)

const saveUsage = `usage: pith save [flags] -o DIR URL...

Fetches each URL and saves it as a page folder in DIR, named from the URL
(example.com/news/story.html becomes DIR/example.com-news-story), holding:
  source.html    the page's bytes as fetched
  expected.txt   the text pith extracts from it now
  meta.json      the URL, final URL, fetch time, Content-Type and status,
                 and the metadata pith extracts now (title, authors, ...)
"pith check DIR" then tells whether pith still gives the same output.
An existing folder is not overwritten unless --force is given.

Prints each folder written on standard output, one per line; errors go to
standard error as "pith save: URL: message". Exit status: 0 when every URL
was saved, 1 when one failed, 2 on a usage error.

Flags (before or after the URLs):
`

// saveConfig is the parsed command line of "pith save".
type saveConfig struct {
	out      string
	urls     []string
	force    bool
	jobs     int
	opts     extractor.Options
	fromFile string
}

// runSave runs "pith save ARGS" and returns the exit status.
func runSave(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	cfg := &saveConfig{}
	fs := subcommandFlags("pith save", saveUsage, stdout, stderr)
	fs.StringVar(&cfg.out, "o", "", "save the pages in folder `DIR` (created if missing); required")
	fs.BoolVar(&cfg.force, "force", false, "overwrite page folders that exist")
	fs.StringVar(&cfg.fromFile, "from-file", "", "also read URLs from the file `LIST` (- for standard input), one per line")
	fs.IntVar(&cfg.jobs, "j", 4, "fetch `N` pages at once")
	fs.BoolVar(&cfg.opts.IncludeComments, "comments", false, "keep reader comments below the article (check with --comments too)")
	fs.BoolVar(&cfg.opts.NoFallback, "no-fallback", false, "never use the go-readability second opinion (check with --no-fallback too)")

	urls, err := parseInterspersed(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		return 2
	}
	if cfg.fromFile != "" {
		list, err := readList(cfg.fromFile, os.Stdin)
		if err != nil {
			fmt.Fprintf(stderr, "pith save: %s: %v\n", cfg.fromFile, err)
			return 1
		}
		urls = append(urls, list...)
	}
	cfg.urls = urls
	switch {
	case cfg.out == "":
		err = errors.New("-o DIR is required")
	case len(urls) == 0:
		err = errors.New("no URL to save")
	case cfg.jobs < 1:
		err = errors.New("-j must be at least 1")
	}
	if err != nil {
		fmt.Fprintf(stderr, "pith save: %v\nusage: pith save [flags] -o DIR URL... (see pith save -h)\n", err)
		return 2
	}
	return savePages(ctx, cfg, stdout, stderr)
}

// saved is what became of one URL.
type saved struct {
	url  string
	dir  string // the folder written
	warn string // a note about a page that was saved anyway
	err  error
}

// savePages fetches and saves every URL with cfg.jobs workers, printing
// the results in input order.
func savePages(ctx context.Context, cfg *saveConfig, stdout, stderr io.Writer) int {
	dirs := folderNames(cfg.out, cfg.urls)
	done := make([]chan saved, len(cfg.urls))
	for i := range done {
		done[i] = make(chan saved, 1)
	}
	ctx, cancel := context.WithCancel(ctx)
	jobs := make(chan int)
	var wg sync.WaitGroup
	defer func() { cancel(); wg.Wait() }() // no worker outlives runSave
	wg.Go(func() {
		defer close(jobs)
		for i := range cfg.urls {
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	})
	for range min(cfg.jobs, len(cfg.urls)) {
		wg.Go(func() {
			for i := range jobs {
				done[i] <- saveOne(ctx, cfg, cfg.urls[i], dirs[i])
			}
		})
	}

	failed := false
	for i := range cfg.urls {
		var s saved
		select {
		case s = <-done[i]:
		case <-ctx.Done():
		}
		if ctx.Err() != nil {
			fmt.Fprintf(stderr, "pith save: %v\n", context.Cause(ctx))
			return 1
		}
		if s.err != nil {
			failed = true
			fmt.Fprintf(stderr, "pith save: %s: %v\n", s.url, s.err)
			continue
		}
		if s.warn != "" {
			fmt.Fprintf(stderr, "pith save: %s: %s\n", s.url, s.warn)
		}
		fmt.Fprintln(stdout, s.dir)
	}
	if failed {
		return 1
	}
	return 0
}

// folderNames names a folder below out for each URL, adding "-2", "-3", ...
// to names that would repeat. A URL that cannot be named gets "".
func folderNames(out string, urls []string) []string {
	dirs := make([]string, len(urls))
	used := map[string]bool{}
	for i, u := range urls {
		name, err := savedpage.Name(u)
		if err != nil {
			continue
		}
		unique := name
		for n := 2; used[unique]; n++ {
			unique = name + "-" + strconv.Itoa(n)
		}
		used[unique] = true
		dirs[i] = filepath.Join(out, unique)
	}
	return dirs
}

// saveOne fetches rawURL, extracts it and writes the page folder dir.
func saveOne(ctx context.Context, cfg *saveConfig, rawURL, dir string) saved {
	s := saved{url: rawURL, dir: dir}
	if dir == "" {
		s.err = fetch.ErrUnsupportedScheme
		return s
	}
	if _, err := os.Stat(dir); err == nil && !cfg.force {
		s.err = errExists(dir)
		return s
	}
	page, err := fetch.Get(ctx, rawURL, fetch.Options{})
	if err != nil {
		s.err = errors.New(message(&result{source: rawURL, err: err}))
		return s
	}
	fetched := time.Now().UTC().Truncate(time.Second)
	opts := cfg.opts
	opts.ContentType = page.ContentType
	a, err := extractor.ExtractBytes(context.Background(), page.Body, page.URL, opts)
	switch {
	case errors.Is(err, extractor.ErrNoContent) && a != nil:
		s.warn = "no main content found; saved with an empty " + savedpage.ExpectedFile
	case err != nil:
		s.err = errors.New(message(&result{source: rawURL, err: err}))
		return s
	}
	f := savedpage.Fetched{
		Meta: savedpage.Meta{
			URL:         rawURL,
			FinalURL:    page.URL.String(),
			Fetched:     fetched,
			ContentType: page.ContentType,
			Status:      page.StatusCode,
		},
		Body: page.Body,
	}
	if err := savedpage.Create(dir, f, a, cfg.force); err != nil {
		if errors.Is(err, fs.ErrExist) {
			err = errExists(dir) // created meanwhile
		}
		s.err = err
	}
	return s
}

func errExists(dir string) error {
	return fmt.Errorf("%s exists; add --force to overwrite it", dir)
}

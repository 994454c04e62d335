// Command bench measures how fast pith extracts pages, next to its peers
// and to the cost of merely parsing them.
//
// It runs every contender over each corpus in one process, on one
// goroutine, one page at a time, and prints a Markdown table per corpus:
// total extraction time, pages/s, MB/s, median, p99 and slowest page,
// heap allocations and bytes allocated per page, and ratios to the
// parse-only floor (golang.org/x/net/html.Parse) and to pith; then the
// acceptance ratios of issue 8. Run it from this folder:
//
//	go run .                                    # ../../shared/corpus/{scrapinghub,wcxb-dev,readability}
//	go run . -count 3 ../../shared/corpus/wcxb-dev
//	go run . -count 3 -cpu                      # CPU time: for a busy machine
//	go run . -only floor,pith,pith-nofallback -count 3
//	go run . -only pith -count 3 -cpuprofile cpu.prof -memprofile mem.prof
//	go tool pprof -top -cum -focus 'extractor.Extract$' cpu.prof
//	go tool pprof -sample_index=alloc_space -top -focus 'extractor.Extract$' mem.prof
//
// The profiles cover every measured pass of every contender run, and the
// reading of the pages from disk: profile one contender at a time (-only
// pith) and focus on its entry point.
//
// bench is its own module, so that the peers it compares pith with are no
// dependencies of pith's.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/seed-d9e9b10c/pith/eval"
)

// defaultCorpora are the shared corpora, relative to this folder.
var defaultCorpora = []string{
	"../../shared/corpus/scrapinghub",
	"../../shared/corpus/wcxb-dev",
	"../../shared/corpus/readability",
}

// config is what the flags ask for.
type config struct {
	only                   string // comma-separated contenders; "" for the defaults
	count, warmup, limit   int
	slowest                int
	useCPU                 bool
	cpuProfile, memProfile string
	memRate                int
	paths                  []string // corpus folders
}

func main() {
	var c config
	flag.StringVar(&c.only, "only", "", "comma-separated contenders to run (default: floor,"+strings.Join(defaultContenders[1:], ",")+"; also: pith-nofallback, go-trafilatura+fb)")
	flag.IntVar(&c.count, "count", 1, "passes per contender and corpus; the fastest is reported")
	flag.IntVar(&c.warmup, "warmup", 10, "pages each contender extracts, unmeasured, before each pass")
	flag.IntVar(&c.limit, "pages", 0, "use only the first `n` pages of each corpus (0: all)")
	flag.BoolVar(&c.useCPU, "cpu", false, "time pages by the process's CPU time instead of the wall clock (steadier on a busy machine)")
	flag.IntVar(&c.slowest, "slowest", 5, "list pith's `n` slowest pages of each corpus")
	flag.StringVar(&c.cpuProfile, "cpuprofile", "", "write a CPU profile of the measured passes to `file`")
	flag.StringVar(&c.memProfile, "memprofile", "", "write an allocation profile of the measured passes to `file`")
	flag.IntVar(&c.memRate, "memprofilerate", 0, "runtime.MemProfileRate while writing -memprofile (0: the runtime's default)")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: go run . [flags] [corpus folder ...]\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	c.paths = flag.Args()
	if err := run(os.Stdout, c); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, c config) error {
	if c.memProfile == "" {
		runtime.MemProfileRate = 0 // sampling would be measured too
	} else if c.memRate > 0 {
		runtime.MemProfileRate = c.memRate
	}
	picked, err := pickContenders(c.only)
	if err != nil {
		return err
	}
	paths := c.paths
	if len(paths) == 0 {
		for _, p := range defaultCorpora {
			if _, err := os.Stat(p); err == nil {
				paths = append(paths, p)
			}
		}
		if len(paths) == 0 {
			return fmt.Errorf("no corpus given and none of %s found", strings.Join(defaultCorpora, ", "))
		}
	}
	corpora := make([][]page, len(paths))
	for i, p := range paths {
		if corpora[i], err = openCorpus(p, c.limit); err != nil {
			return err
		}
	}
	if c.cpuProfile != "" {
		f, err := os.Create(c.cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}

	printHeader(w, picked, c.count, c.warmup, c.useCPU)
	for i, pages := range corpora {
		name := filepath.Base(filepath.Clean(paths[i]))
		fmt.Fprintf(os.Stderr, "%s: %d pages\n", name, len(pages))
		bests := make([]*result, len(picked))
		for pass := range c.count {
			for j, con := range picked {
				start := time.Now()
				r, err := measure(con, pages, c.warmup, c.useCPU)
				if err != nil {
					return fmt.Errorf("%s: %w", paths[i], err)
				}
				fmt.Fprintf(os.Stderr, "  pass %d %-18s %6.2fs (wall %.1fs)\n", pass+1, con.name, r.total.Seconds(), time.Since(start).Seconds())
				bests[j] = best(bests[j], r)
			}
		}
		cr := &corpusResults{name: name, results: bests}
		printTable(w, cr)
		printSlowest(w, cr, c.slowest)
		printAcceptance(w, cr)
	}
	if c.memProfile != "" {
		f, err := os.Create(c.memProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
			return err
		}
	}
	return nil
}

// openCorpus lists a corpus's pages (any layout eval.Open knows).
func openCorpus(path string, limit int) ([]page, error) {
	c, err := eval.Open(path)
	if err != nil {
		return nil, err
	}
	ps := c.Pages
	if limit > 0 && len(ps) > limit {
		ps = ps[:limit]
	}
	pages := make([]page, len(ps))
	for i, p := range ps {
		pages[i] = page{id: p.ID, url: p.URL, load: p.Load}
	}
	if len(pages) == 0 {
		return nil, fmt.Errorf("%s: no pages", path)
	}
	return pages, nil
}

func printHeader(w io.Writer, picked []contender, count, warmup int, useCPU bool) {
	clock := "wall-clock time"
	if useCPU {
		clock = "process CPU time (-cpu)"
	}
	fmt.Fprintf(w, "%s %s/%s, %s, GOMAXPROCS=%d; one goroutine, one page at a time; %s, fastest of %d pass(es), %d warm-up pages; %s\n",
		runtime.Version(), runtime.GOOS, runtime.GOARCH, cpuModel(), runtime.GOMAXPROCS(0), clock, count, warmup,
		time.Now().UTC().Format("2006-01-02"))
	fmt.Fprintln(w, "\nContenders (each gets the raw bytes and the page URL, and returns plain text):")
	for _, c := range picked {
		fmt.Fprintf(w, "- %s: %s\n", c.name, c.what)
	}
	fmt.Fprintln(w, "\nMB = 10⁶ bytes of input (MB/s) or of heap allocated (MB alloc/page); ratios are of total time and of bytes allocated per page.")
}

// cpuModel names the processor, where /proc/cpuinfo says.
func cpuModel() string {
	f, err := os.Open("/proc/cpuinfo")
	if err != nil {
		return "unknown CPU"
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if k, v, ok := strings.Cut(s.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown CPU"
}

package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// The acceptance test of batch runs: 2,000 pages from a local server with
// -j 32 are all extracted, and pith's peak memory stays under 300 MB. The
// pages are pith's fixtures (10 to 45 kB of real-world HTML), served in
// turn. Under the race detector, which is ten times slower, 200 pages.
func TestBatchScale(t *testing.T) {
	pages := fixturePages(t)
	n := 2000
	if raceEnabled || testing.Short() {
		n = 200
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		i, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/p/"))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(pages[i%len(pages)])
	}))
	t.Cleanup(srv.Close)
	var list strings.Builder
	for i := range n {
		fmt.Fprintf(&list, "%s/p/%d\n", srv.URL, i)
	}
	listFile := writeFile(t, t.TempDir(), "urls.txt", list.String())

	resetPeakRSS()
	peakHeap := sampleHeap()
	out := &lineCounter{}
	var errOut bytes.Buffer
	start := time.Now()
	code := run(context.Background(), []string{"--from-file", listFile, "-j", "32", "--format", "json", "--unordered"}, strings.NewReader(""), out, &errOut)
	elapsed := time.Since(start)
	heap := peakHeap()

	if code != 0 || out.lines != n || out.failed != 0 {
		t.Fatalf("exit code %d, %d lines of %d, %d failed; stderr:\n%.2000s", code, out.lines, n, out.failed, errOut.String())
	}
	rss, ok := peakRSS()
	t.Logf("%d pages with -j 32 in %v: %.0f pages/s; peak heap in use %.0f MB; peak RSS of the test process %s",
		n, elapsed.Round(time.Millisecond), float64(n)/elapsed.Seconds(), float64(heap)/1e6, rssString(rss, ok))
	t.Logf("summary: %s", strings.TrimSpace(errOut.String()))
	if ok && rss > 300e6 {
		t.Errorf("peak RSS %.0f MB, want under 300 MB", float64(rss)/1e6)
	}
	if heap > 300e6 {
		t.Errorf("peak heap %.0f MB, want under 300 MB", float64(heap)/1e6)
	}
}

// fixturePages reads the source.html of pith's fixtures.
func fixturePages(t *testing.T) [][]byte {
	t.Helper()
	files, err := filepath.Glob("../../testdata/pages/*/source.html")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixture pages: %v", err)
	}
	var pages [][]byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, b)
	}
	return pages
}

// lineCounter counts the JSON lines written to it and those with an error.
type lineCounter struct {
	partial       []byte
	lines, failed int
}

func (c *lineCounter) Write(p []byte) (int, error) {
	c.partial = append(c.partial, p...)
	for {
		i := bytes.IndexByte(c.partial, '\n')
		if i < 0 {
			return len(p), nil
		}
		var rec struct{ Error *string }
		if err := json.Unmarshal(c.partial[:i], &rec); err != nil || rec.Error != nil {
			c.failed++
		}
		c.lines++
		c.partial = c.partial[i+1:]
	}
}

// sampleHeap samples the heap in use every 10ms until the returned function
// is called, which returns the peak.
func sampleHeap() func() uint64 {
	var peak uint64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			peak = max(peak, m.HeapInuse)
			select {
			case <-stop:
				return
			case <-time.After(10 * time.Millisecond):
			}
		}
	})
	return func() uint64 {
		close(stop)
		wg.Wait()
		return peak
	}
}

// resetPeakRSS resets the kernel's record of the process's peak resident
// set (Linux; elsewhere it does nothing).
func resetPeakRSS() { _ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

// peakRSS is the process's peak resident set since the last reset, in
// bytes (Linux's VmHWM).
func peakRSS() (uint64, bool) {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0, false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, err := strconv.ParseUint(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return kb << 10, err == nil
		}
	}
	return 0, false
}

func rssString(rss uint64, ok bool) string {
	if !ok {
		return "unknown"
	}
	return fmt.Sprintf("%.0f MB", float64(rss)/1e6)
}

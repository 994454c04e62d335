package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"go.uber.org/goleak"
)

// runBatch runs a batch of n items whose work sleeps delay(i) and returns
// the sequence numbers in the order they were emitted.
func runBatch(ctx context.Context, n, jobs int, unordered bool, delay func(i int) time.Duration, emitErrAt int) ([]int, error) {
	var got []int
	b := &batch[int]{
		jobs:      jobs,
		unordered: unordered,
		work: func(ctx context.Context, i int) *result {
			select {
			case <-time.After(delay(i)):
			case <-ctx.Done():
			}
			return &result{source: fmt.Sprint(i)}
		},
		emit: func(r *result) error {
			if len(got) == emitErrAt {
				return errors.New("disk full")
			}
			got = append(got, r.seq)
			return nil
		},
	}
	err := b.run(ctx, func(yield func(int) bool) error {
		for i := range n {
			if !yield(i) {
				return nil
			}
		}
		return nil
	})
	return got, err
}

func TestBatch(t *testing.T) {
	defer goleak.VerifyNone(t)
	slowFirst := func(i int) time.Duration { return time.Duration(max(0, 10-i)) * 3 * time.Millisecond }
	ordered, err := runBatch(context.Background(), 40, 4, false, slowFirst, -1)
	if err != nil || !slices.Equal(ordered, seqs(40)) {
		t.Errorf("ordered: %v, %v", ordered, err)
	}
	unordered, err := runBatch(context.Background(), 40, 4, true, slowFirst, -1)
	if err != nil || len(unordered) != 40 || slices.Equal(unordered, seqs(40)) {
		t.Errorf("unordered: %v, %v; want all 40, not in order", unordered, err)
	}
	if slices.Sort(unordered); !slices.Equal(unordered, seqs(40)) {
		t.Errorf("unordered: some missing or doubled: %v", unordered)
	}

	// An emit error stops the batch.
	got, err := runBatch(context.Background(), 1000, 4, false, func(int) time.Duration { return time.Millisecond }, 5)
	if err == nil || len(got) != 5 {
		t.Errorf("emit error: %d emitted, error %v", len(got), err)
	}

	// Cancelling stops it promptly.
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	got, err = runBatch(ctx, 1000, 4, true, func(int) time.Duration { return 20 * time.Millisecond }, -1)
	if err != nil || len(got) == 0 || len(got) >= 1000 {
		t.Errorf("cancelled: %d emitted, error %v", len(got), err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("cancelled batch took %v", d)
	}
}

func seqs(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}

// With --unordered, results come as they finish: the fast sources before
// the slow first one.
func TestRunUnordered(t *testing.T) {
	srv := newSite(t)
	sources := []string{srv.URL + "/slow/400/first"}
	for i := range 5 {
		sources = append(sources, fmt.Sprintf("%s/a/doc%d", srv.URL, i))
	}
	args := append([]string{"--unordered", "-j", "3", "--format", "json"}, sources...)
	code, out, errOut := pith(t, "", args...)
	if code != 0 {
		t.Fatalf("exit code %d; stderr:\n%s", code, errOut)
	}
	var got []string
	for _, rec := range decodeLines(t, out) {
		got = append(got, rec["source"].(string))
	}
	if len(got) != len(sources) || got[len(got)-1] != sources[0] {
		t.Errorf("order %q, want the slow source last", got)
	}
}

// Ctrl-C during an unordered batch: the lines printed are whole JSON lines,
// the summary says the run was interrupted.
func TestRunCancelUnordered(t *testing.T) {
	srv := newSite(t)
	var args []string
	for i := range 40 {
		if i%4 == 0 {
			args = append(args, srv.URL+"/a/ok"+fmt.Sprint(i))
		} else {
			args = append(args, srv.URL+"/hang")
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(300*time.Millisecond, cancel)
	start := time.Now()
	code, out, errOut := pithCtx(t, ctx, "", append([]string{"--unordered", "--format", "json", "-j", "8"}, args...)...)
	if code != 1 {
		t.Errorf("exit code %d, want 1", code)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v after cancellation", d)
	}
	for _, rec := range decodeLines(t, out) {
		if rec["error"] != nil {
			t.Errorf("a cancelled source was printed: %v", rec)
		}
	}
	if !strings.Contains(errOut, "pith: context canceled\n") || !strings.Contains(errOut, "pith: interrupted: ") || !strings.Contains(errOut, "not reached") {
		t.Errorf("stderr:\n%s", errOut)
	}
}

func TestRunFetchFlags(t *testing.T) {
	var requests atomic.Int32
	var lastUA atomic.Value
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nDisallow: /private\n")
	})
	mux.HandleFunc("/private", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, articleHTML("Private"))
	})
	mux.HandleFunc("/busy", func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		lastUA.Store(r.Header.Get("User-Agent"))
		http.Error(w, "busy", http.StatusServiceUnavailable)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)

	code, _, errOut := pith(t, "", "--respect-robots", srv.URL+"/private")
	if code != 1 || !strings.Contains(errOut, "disallowed by robots.txt") {
		t.Errorf("--respect-robots: exit code %d, stderr %q", code, errOut)
	}
	if code, _, errOut := pith(t, "", srv.URL+"/private"); code != 0 {
		t.Errorf("robots.txt obeyed without --respect-robots: %s", errOut)
	}

	code, _, errOut = pith(t, "", "--retries", "0", "--user-agent", "tester/1", srv.URL+"/busy")
	if code != 1 || !strings.Contains(errOut, "HTTP 503") || requests.Load() != 1 || lastUA.Load() != "tester/1" {
		t.Errorf("--retries 0: exit code %d, %d requests, User-Agent %v, stderr %q", code, requests.Load(), lastUA.Load(), errOut)
	}

	for _, args := range [][]string{{"--per-host", "0"}, {"--retries", "-1"}, {"--delay", "-1s"}} {
		if code, _, errOut := pith(t, "", append(args, srv.URL+"/private")...); code != 2 || !strings.Contains(errOut, args[0]) {
			t.Errorf("%q: exit code %d, stderr %q; want a usage error", args, code, errOut)
		}
	}
}

// The summary counts the failures by reason; no progress bar is drawn when
// standard error is not a terminal.
func TestRunSummary(t *testing.T) {
	srv := newSite(t)
	args := []string{"-j", "4", "--format", "json", "--retries", "0",
		srv.URL + "/a/one", srv.URL + "/a/two", srv.URL + "/missing", srv.URL + "/missing", srv.URL + "/image", "/no/such/file.html"}
	code, _, errOut := pith(t, "", args...)
	if code != 1 {
		t.Errorf("exit code %d", code)
	}
	lines := strings.Split(strings.TrimSpace(errOut), "\n")
	summary := lines[len(lines)-1]
	want := "pith: 2 done, 4 failed (2 HTTP 404, 1 no such file, 1 not HTML) of 6 in "
	if !strings.HasPrefix(summary, want) || !strings.HasSuffix(summary, " pages/s") {
		t.Errorf("summary %q, want %q...", summary, want)
	}
	if strings.Contains(errOut, "\x1b") || strings.Contains(errOut, "\r") {
		t.Errorf("terminal codes on a non-terminal stderr: %q", errOut)
	}

	// -q: no summary; one source: no summary either.
	if _, _, errOut := pith(t, "", append([]string{"-q"}, args...)...); strings.Contains(errOut, "done") {
		t.Errorf("-q printed a summary:\n%s", errOut)
	}
	if _, _, errOut := pith(t, "", srv.URL+"/a/one"); errOut != "" {
		t.Errorf("one source: stderr %q", errOut)
	}
}

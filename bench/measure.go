package main

import (
	"cmp"
	"fmt"
	"net/url"
	"runtime"
	"slices"
	"time"
)

// page is one corpus page, loaded from disk just before it is extracted
// so that the corpus does not sit in the heap and shift the garbage
// collector's pacing.
type page struct {
	id   string
	url  *url.URL
	load func() ([]byte, error)
}

// result is one contender's pass over one corpus.
type result struct {
	contender string
	pages     int
	bytes     int64           // input bytes
	total     time.Duration   // sum of the per-page times
	times     []time.Duration // per page, sorted
	byPage    map[string]time.Duration
	allocs    uint64 // heap objects allocated by the extractions
	allocated uint64 // heap bytes allocated by the extractions
	gcs       uint32 // garbage collections during the extractions
	errors    int    // pages the contender failed on (or panicked on)
	empty     int    // pages it answered with no text
	firstErr  string
}

func (r *result) pagesPerSec() float64 { return float64(r.pages) / r.total.Seconds() }
func (r *result) mbPerSec() float64    { return float64(r.bytes) / 1e6 / r.total.Seconds() }
func (r *result) allocsPerPage() float64 {
	return float64(r.allocs) / float64(r.pages)
}
func (r *result) bytesPerPage() float64 { return float64(r.allocated) / float64(r.pages) }

// quantile returns the q-quantile of the per-page times (nearest rank).
func (r *result) quantile(q float64) time.Duration {
	if len(r.times) == 0 {
		return 0
	}
	i := int(q*float64(len(r.times))+0.999999) - 1
	return r.times[max(0, min(i, len(r.times)-1))]
}

// measure runs c over the pages, one page at a time on this goroutine.
// Each page is timed on its own; the heap is read before and after each
// extraction (runtime.ReadMemStats, outside the timed section), so loading
// the page costs neither time nor allocations. Garbage collection is left
// on, as in a crawler: its cost lands on the extractions that trigger it.
//
// With useCPU, a page's time is the CPU time the process spent on it (the
// extraction's and the garbage collector's, on every core) instead of the
// wall-clock time: on a machine shared with other work, CPU time is
// disturbed much less.
func measure(c contender, pages []page, warmup int, useCPU bool) (*result, error) {
	for _, p := range pages[:min(warmup, len(pages))] {
		data, err := p.load()
		if err != nil {
			return nil, err
		}
		call(c, data, p.url)
	}
	r := &result{contender: c.name, times: make([]time.Duration, 0, len(pages)), byPage: make(map[string]time.Duration, len(pages))}
	runtime.GC()
	var before, after runtime.MemStats
	for _, p := range pages {
		data, err := p.load()
		if err != nil {
			return nil, err
		}
		runtime.ReadMemStats(&before)
		cpuStart, cpuErr := cpuTime()
		start := time.Now()
		n, err := call(c, data, p.url)
		elapsed := time.Since(start)
		if useCPU {
			cpuEnd, cpuErr2 := cpuTime()
			if cpuErr = cmp.Or(cpuErr, cpuErr2); cpuErr != nil {
				return nil, cpuErr
			}
			elapsed = cpuEnd - cpuStart
		}
		runtime.ReadMemStats(&after)

		r.pages++
		r.bytes += int64(len(data))
		r.total += elapsed
		r.times = append(r.times, elapsed)
		r.byPage[p.id] = elapsed
		r.allocs += after.Mallocs - before.Mallocs
		r.allocated += after.TotalAlloc - before.TotalAlloc
		r.gcs += after.NumGC - before.NumGC
		switch {
		case err != nil:
			r.errors++
			if r.firstErr == "" {
				r.firstErr = fmt.Sprintf("%s: %v", p.id, err)
			}
		case n == 0:
			r.empty++
		}
	}
	slices.Sort(r.times)
	return r, nil
}

// call runs the contender on one page, turning a panic into an error.
func call(c contender, data []byte, pageURL *url.URL) (n int, err error) {
	defer func() {
		if v := recover(); v != nil {
			n, err = 0, fmt.Errorf("panic: %v", v)
		}
	}()
	return c.run(data, pageURL)
}

// best keeps, of several passes of one contender, the one with the least
// total time: on a shared machine the fastest pass is the one least
// disturbed by other work.
func best(a, b *result) *result {
	if a == nil || b.total < a.total {
		return b
	}
	return a
}

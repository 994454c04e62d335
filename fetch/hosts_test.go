package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// meter is a handler that records how many requests it serves at once.
type meter struct {
	busy time.Duration
	now  atomic.Int32
	peak atomic.Int32
}

func (m *meter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	n := m.now.Add(1)
	defer m.now.Add(-1)
	for {
		p := m.peak.Load()
		if n <= p || m.peak.CompareAndSwap(p, n) {
			break
		}
	}
	time.Sleep(m.busy)
	html(page)(w, r)
}

// getAll fetches url n times at once with c.
func getAll(t *testing.T, c *Client, url string, n int) {
	t.Helper()
	var wg sync.WaitGroup
	for range n {
		wg.Go(func() {
			if _, err := c.Get(context.Background(), url); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
}

func TestPerHost(t *testing.T) {
	tests := []struct {
		perHost int
		max     int32 // the most requests at once allowed
		min     int32 // the least expected, the requests overlapping
	}{
		{perHost: 1, max: 1, min: 1},
		{perHost: 3, max: 3, min: 2},
		{perHost: 0, max: DefaultPerHost, min: 2},
		{perHost: -1, max: 8, min: DefaultPerHost + 1},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.perHost), func(t *testing.T) {
			leakCheck(t)
			m := &meter{busy: 100 * time.Millisecond}
			srv := serve(t, m.ServeHTTP)
			c := &Client{Options: with(func(o *Options) { o.PerHost = tt.perHost })}
			getAll(t, c, srv.URL+"/", 8)
			if p := m.peak.Load(); p > tt.max || p < tt.min {
				t.Errorf("%d requests at once, want %d to %d", p, tt.min, tt.max)
			}
		})
	}
}

func TestHostDelay(t *testing.T) {
	leakCheck(t)
	m := &meter{}
	srv := serve(t, m.ServeHTTP)
	const delay = 40 * time.Millisecond
	c := &Client{Options: with(func(o *Options) { o.HostDelay = delay; o.PerHost = -1 })}
	start := time.Now()
	getAll(t, c, srv.URL+"/", 5)
	// Five starts spaced by the delay take four delays at least, however
	// busy the machine.
	if d := time.Since(start); d < 4*delay {
		t.Errorf("5 requests took %v, want at least %v", d, 4*delay)
	}
}

// A Retry-After holds back the host's other requests too.
func TestRetryAfterHoldsHost(t *testing.T) {
	leakCheck(t)
	f := &failing{status: http.StatusTooManyRequests, retryAfter: "1", fails: 1}
	srv := serve(t, f.ServeHTTP)
	c := &Client{Options: fast}
	if _, err := c.Get(context.Background(), srv.URL+"/first"); err != nil {
		t.Fatal(err)
	}
	// The first Get waited a second; the host's turn has come back.
	start := time.Now()
	if _, err := c.Get(context.Background(), srv.URL+"/second"); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 800*time.Millisecond {
		t.Errorf("second Get waited %v", d)
	}

	// While a host's pause lasts, a Get waits, and gives up with its context.
	h, _ := c.hosts.acquire(context.Background(), "paused.example", 0, 1)
	c.hosts.release(h, time.Hour)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	_, err := c.hosts.acquire(ctx, "paused.example", 0, 1)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("acquire during a pause: %v, want the context's deadline", err)
	}
}

func TestHostsSweep(t *testing.T) {
	var h hosts
	for i := range 3 * sweepMin {
		e, err := h.acquire(context.Background(), string(rune('a'+i%26))+string(rune(i)), 0, 1)
		if err != nil {
			t.Fatal(err)
		}
		h.release(e, 0)
	}
	if n := len(h.m); n > 2*sweepMin {
		t.Errorf("%d hosts kept, want at most %d", n, 2*sweepMin)
	}
}

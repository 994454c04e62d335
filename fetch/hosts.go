package fetch

import (
	"context"
	"sync"
	"time"
)

// hosts keeps the politeness state of the hosts a Client talks to: how many
// requests each has in flight and when the next may start.
type hosts struct {
	mu    sync.Mutex
	m     map[string]*host
	swept int // size of m after the last sweep
}

// host is one host's turn-taking.
type host struct {
	slots chan struct{} // a token per request in flight; nil: no limit

	mu    sync.Mutex
	next  time.Time     // earliest start of the next request
	delay time.Duration // least time between two starts

	users int // requests holding or waiting for a slot; guarded by hosts.mu
}

// sweepMin is the size below which the map of hosts is not swept.
const sweepMin = 256

// acquire waits for key's turn: one of its perHost slots (no limit if
// negative), then the end of the host's delay since the previous start,
// which is at least delay. The caller must call release with the returned
// host.
func (h *hosts) acquire(ctx context.Context, key string, delay time.Duration, perHost int) (*host, error) {
	h.mu.Lock()
	if h.m == nil {
		h.m = make(map[string]*host)
	}
	e := h.m[key]
	if e == nil {
		h.sweep()
		e = &host{}
		if perHost > 0 {
			e.slots = make(chan struct{}, perHost)
		}
		h.m[key] = e
	}
	e.users++
	h.mu.Unlock()

	if e.slots != nil {
		select {
		case e.slots <- struct{}{}:
		case <-ctx.Done():
			h.leave(e)
			return nil, context.Cause(ctx)
		}
	}
	e.mu.Lock()
	e.delay = max(e.delay, delay)
	now := time.Now()
	start := now
	if e.next.After(now) {
		start = e.next
	}
	e.next = start.Add(e.delay)
	e.mu.Unlock()
	if err := sleep(ctx, start.Sub(now)); err != nil {
		h.release(e, 0)
		return nil, err
	}
	return e, nil
}

// release gives back e's slot. pause, if positive, is how long the host
// asked everyone to wait (Retry-After) before its next request.
func (h *hosts) release(e *host, pause time.Duration) {
	if pause > 0 {
		e.mu.Lock()
		if until := time.Now().Add(pause); until.After(e.next) {
			e.next = until
		}
		e.mu.Unlock()
	}
	if e.slots != nil {
		<-e.slots
	}
	h.leave(e)
}

func (h *hosts) leave(e *host) {
	h.mu.Lock()
	e.users--
	h.mu.Unlock()
}

// sweep forgets hosts nobody is using whose turn has come, once the map has
// doubled since the last sweep, so that a long-lived Client does not grow
// without bound. h.mu must be held.
func (h *hosts) sweep() {
	if len(h.m) < max(sweepMin, 2*h.swept) {
		return
	}
	now := time.Now()
	for k, e := range h.m {
		e.mu.Lock()
		idle := e.users == 0 && !e.next.After(now)
		e.mu.Unlock()
		if idle {
			delete(h.m, k)
		}
	}
	h.swept = len(h.m)
}

// sleep waits for d or until ctx is done, returning the context's cause.
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		if ctx.Err() != nil {
			return context.Cause(ctx)
		}
		return nil
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return context.Cause(ctx)
	}
}

package main

import (
	"context"
	"sync"
)

// batch runs work on a stream of items with a number of workers and hands
// each result to emit, on the caller's goroutine: in the order the items
// came, or, if unordered, as soon as each finishes.
//
// Workers run at most a window of items ahead of emit (4 per worker), so
// memory stays bounded whatever the length of the stream: in order, a slow
// item holds the others back once the window is full; unordered, only the
// items in progress are held.
type batch[T any] struct {
	jobs      int
	unordered bool
	work      func(ctx context.Context, item T) *result
	emit      func(*result) error
}

// windowPerJob is how many items per worker may be in flight or waiting to
// be emitted.
const windowPerJob = 4

// run feeds the items that feed yields (feed must stop when yield returns
// false) to the workers and emits their results. It returns emit's first
// error, else feed's. When ctx is done, it stops feeding, drops the results
// still to come (the work in progress sees the cancelled context) and
// returns once every worker has stopped.
func (b *batch[T]) run(ctx context.Context, feed func(yield func(T) bool) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		seq  int
		item T
	}
	window := make(chan struct{}, windowPerJob*b.jobs)
	jobs := make(chan job)
	// results never blocks: at most cap(window) items are in flight.
	results := make(chan *result, cap(window))

	var feedErr error
	var feeder, workers sync.WaitGroup
	feeder.Go(func() {
		defer close(jobs)
		seq := 0
		feedErr = feed(func(item T) bool {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return false
			}
			select {
			case jobs <- job{seq: seq, item: item}:
				seq++
				return true
			case <-ctx.Done():
				return false
			}
		})
	})
	for range b.jobs {
		workers.Go(func() {
			for j := range jobs {
				r := b.work(ctx, j.item)
				r.seq = j.seq
				results <- r
			}
		})
	}
	go func() {
		workers.Wait()
		close(results)
	}()

	var emitErr error
	emit := func(r *result) {
		<-window
		if emitErr == nil && ctx.Err() == nil {
			if emitErr = b.emit(r); emitErr != nil {
				cancel()
			}
		}
	}
	pending := map[int]*result{} // finished out of order, waiting for their turn
	next := 0
	for r := range results {
		if b.unordered || ctx.Err() != nil {
			emit(r)
			continue
		}
		pending[r.seq] = r
		for pending[next] != nil {
			r := pending[next]
			delete(pending, next)
			next++
			emit(r)
		}
	}
	feeder.Wait()
	if emitErr != nil {
		return emitErr
	}
	return feedErr
}

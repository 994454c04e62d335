package main

import (
	"context"
	"fmt"
	"io"
)

// runWARC is "pith warc": WARC archives. Not written yet.
func runWARC(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "pith warc: not implemented yet")
	return 2
}

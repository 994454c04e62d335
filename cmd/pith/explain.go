package main

import (
	"context"
	"fmt"
	"io"
)

// runExplain is "pith explain": why each block was kept or dropped. Not written yet.
func runExplain(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "pith explain: not implemented yet")
	return 2
}

package main

import (
	"context"
	"fmt"
	"io"
)

// runCheck is "pith check": saved pages against their expectations. Not written yet.
func runCheck(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "pith check: not implemented yet")
	return 2
}

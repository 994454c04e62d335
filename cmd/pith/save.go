package main

import (
	"context"
	"fmt"
	"io"
)

// runSave is "pith save": pages as saved-page folders. Not written yet.
func runSave(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "pith save: not implemented yet")
	return 2
}

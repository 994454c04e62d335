package extractor

import (
	"errors"
	"fmt"
)

var (
	// ErrNotHTML reports input that is not an HTML document (binary data,
	// JSON, an image, ...).
	ErrNotHTML = errors.New("pith: input is not HTML")
	// ErrTooLarge reports input larger than Options.MaxBytes.
	ErrTooLarge = errors.New("pith: input too large")
	// ErrNoContent reports a page in which no main content was found.
	ErrNoContent = errors.New("pith: no main content found")
)

// InternalError reports a bug in pith met while extracting a page: a panic
// that was recovered so that the caller's process carries on. Please report
// it with the page.
type InternalError struct {
	// Value is what the code panicked with.
	Value any
	// Stack is the goroutine's stack at the panic.
	Stack []byte
}

func (e *InternalError) Error() string {
	return fmt.Sprintf("pith: internal error: %v", e.Value)
}

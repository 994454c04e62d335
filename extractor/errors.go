package extractor

import "errors"

var (
	// ErrNotHTML reports input that is not an HTML document (binary data,
	// JSON, an image, ...).
	ErrNotHTML = errors.New("pith: input is not HTML")
	// ErrTooLarge reports input larger than Options.MaxBytes.
	ErrTooLarge = errors.New("pith: input too large")
	// ErrNoContent reports a page in which no main content was found.
	ErrNoContent = errors.New("pith: no main content found")
)
